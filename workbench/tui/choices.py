"""What the forms return: small typed records, checked before the form closes."""

from __future__ import annotations

from dataclasses import dataclass

STANCE_LETTERS = {"s": "supports", "r": "refutes", "c": "context"}
"""Stance as one letter, in forms where speed matters."""


@dataclass(frozen=True)
class VerdictChoice:
    label: str
    rationale: str | None


@dataclass(frozen=True)
class SourceChoice:
    """A new source (`source_id` None) or one from the library, linked with a stance."""

    url: str
    stance: str
    excerpt: str | None = None
    source_id: int | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    archived_url: str | None = None


@dataclass(frozen=True)
class CheckChoice:
    """The check form's result: a verdict, and a source when one was given."""

    verdict: VerdictChoice
    source: SourceChoice | None


@dataclass(frozen=True)
class StatusChoice:
    status: str


@dataclass(frozen=True)
class NoteChoice:
    body: str


@dataclass(frozen=True)
class DateChoice:
    role: str
    when: str
    iso: str


@dataclass(frozen=True)
class ExportChoice:
    fmt: str
    folder: str
    audience: str
    language: str | None
