"""Messages the workers post back to the UI: each names what happened."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the index is built in the article's worker, once its claims are painted
    from workbench.matching.disagreement import FigureIndex


@dataclass
class ArticlesLoaded(Message):
    rows: list[dict]


@dataclass
class ClaimsLoaded(Message):
    rows: list[dict]
    total: int
    offset: int = 0
    """Where these rows start: 0 replaces the table, more appends a page."""
    scale: list[dict] | None = None
    """The verdict scale, read with the first page (the table shows its labels)."""


@dataclass
class RowsReread(Message):
    """The table's rows read again after another connection committed."""

    rows: list[dict]


@dataclass
class HeadingReread(Message):
    """The article's heading (title, outlet, day) read again after another connection
    committed: an outlet corrected from another shell showed only once the article was
    opened again."""

    heading: dict


@dataclass
class FiguresMarked(Message):
    """Which of these shown claims wait on a likely suggestion whose figures disagree (read
    once the article's figures are in: see `MainScreen._with_seen`)."""

    claim_ids: list[int]
    marked: set[int]


@dataclass
class ClaimLoaded(Message):
    claim: dict
    read: int = 0
    """The gateway call that read it: a card read before a save never replaces the card the
    save read back."""


@dataclass
class CardsReadAhead(Message):
    """The cards of the claims next to the cursor, read before the analyst moves there."""

    cards: list[dict]
    read: int = 0
    """The gateway call that read them: dropped if a change was saved after it."""


@dataclass
class ChangeSaved(Message):
    """A write went through; `description` says what, for the analyst."""

    description: str
    claim_id: int | None = None
    card: dict | None = None
    """The changed claim as the card shows it, read back in the same worker."""
    reload_article: bool = False
    """The claim's words or span may have changed: reload the article and the table."""
    advance: bool = False
    """Move on to the next unchecked claim (the check flow)."""
    read: int = 0
    """The gateway call that wrote the change and read the card back."""


@dataclass
class WriteDone(Message):
    """A write worker is over (saved, refused or failed): give back its share of the keys
    held (`hold`, see `typeahead`)."""

    hold: int | None = None


@dataclass
class IngestProgressed(Message):
    done: int
    total: int
    name: str


@dataclass
class IngestFinished(Message):
    article_ids: list[int]
    skipped: list[str]
    assumed: list[str] = field(default_factory=list)
    """One line per article stored without a publication date: the day assumed."""
    empty: list[str] = field(default_factory=list)
    """One line per article stored in which no claim was found."""


@dataclass
class ReportExported(Message):
    path: str


@dataclass
class ArticleLoaded(Message):
    article: dict
    claims: list[dict]
    figures: FigureIndex
    """The article's figures by quantity, for the card's disagreement flags."""
