"""Messages the workers post back to the UI: each names what happened."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ArticlesLoaded(Message):
    rows: list[dict]


@dataclass
class ClaimsLoaded(Message):
    article: dict
    rows: list[dict]
    total: int
    offset: int = 0
    """Where these rows start: 0 replaces the table, more appends a page."""


@dataclass
class ClaimLoaded(Message):
    claim: dict


@dataclass
class ChangeSaved(Message):
    """A write went through; `description` says what, for the analyst."""

    description: str
    claim_id: int | None = None


@dataclass
class IngestProgressed(Message):
    done: int
    total: int
    name: str


@dataclass
class IngestFinished(Message):
    article_ids: list[int]
    skipped: list[str]


@dataclass
class ReportExported(Message):
    path: str


@dataclass
class ArticleLoaded(Message):
    article: dict
    scale: list[dict]
    claims: list[dict]
