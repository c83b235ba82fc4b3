"""Plain data types that extraction returns; they carry offsets into the article text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class NumberMention:
    """A figure as written and its value; `unit` is what it counts when the text makes it clear."""

    text: str
    value: float
    start: int
    end: int
    unit: str | None = None
    approximate: bool = False
    """True for "about", "at least", "plus de", "environ": the figure is a bound, not exact."""


@dataclass(frozen=True)
class DateMention:
    """A temporal expression resolved against the publication date, at its own granularity.

    `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    """

    text: str
    iso: str
    start: int
    end: int
    warning: str | None = None
    """Set when the text contradicts itself, e.g. a weekday that is not the day's weekday."""
    role: str | None = None
    """ "statement" when the date stands in the reporting frame ("a annoncé mercredi soir",
    "officials said on Wednesday"): the day it was said, which dates the claim as of then,
    not the day the fact happened; "named" when it names a thing the claim speaks of ("Sunday's
    vote", "la présidentielle du 28 novembre", see `named_dates`); None when it dates the
    fact, or the text does not tell."""


@dataclass(frozen=True)
class Span:
    """A stretch of the article, `[start, end)` in `str` offsets."""

    start: int
    end: int


@dataclass
class Claim:
    """A check-worthy statement: a span of the article with what a fact-checker needs."""

    start: int
    end: int
    text: str
    kinds: list[str] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    speaker: str | None = None
    speaker_kind: str | None = None
    """"person" or "organisation" (institutions, places speaking for them, groups), as far as
    the article's words tell; None when they do not."""
    score: float = 0.0
    signals: list[str] = field(default_factory=list)
    """Why the score is what it is: the names of the signals that fired."""
    sentence: Span | None = None
    """The sentence the claim was cut from: the context the UI and reports show around it."""

    def to_dict(self) -> dict:
        """The stable JSON shape other tools score (see `workbench extract --json`)."""
        data = asdict(self)
        data["score"] = round(self.score, 3)
        return data


# What a claim can be; the store, the command line and the UI filter by these.
KINDS = ("number", "date", "quote", "attribution", "event")
