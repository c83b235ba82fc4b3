"""What the forms return: small typed records, checked before the form closes."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.store.records import Citation

STANCE_LETTERS = {"s": "supports", "r": "refutes", "c": "context"}
"""Stance as one letter, in forms where speed matters."""


@dataclass(frozen=True)
class VerdictChoice:
    label: str
    rationale: str | None


SourceChoice = Citation
"""A new source (`source_id` None) or one from the library, linked with a stance: the
store's own record, so the form's result goes to the store as it is."""


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
