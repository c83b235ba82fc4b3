"""Filters over the claims table: full-text search as you type, status, kind, verdict, speaker."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select

from workbench.extract.types import KINDS
from workbench.store import STATUSES


class SearchBox(Input):
    """The search box: its placeholder says as much as its width shows ("search claims
    (/)" was cut to "search claims (" at 80 columns)."""

    PLACEHOLDERS = ("search claims (/)", "search (/)", "/")
    """Longest first; the box is never narrower than the shortest."""

    def on_resize(self) -> None:
        width = self.content_size.width
        self.placeholder = next(
            (said for said in self.PLACEHOLDERS if len(said) <= width), self.PLACEHOLDERS[-1]
        )


class FilterBar(Horizontal):
    DEFAULT_CSS = """
    FilterBar { height: 1; }
    FilterBar Input { width: 1fr; min-width: 12; }
    FilterBar Select { width: 15; margin-left: 1; }
    FilterBar #filter-kind { width: 13; }
    FilterBar #filter-speaker { width: 1fr; max-width: 24; min-width: 10; margin-left: 1; }
    """

    @dataclass
    class Changed(Message):
        filters: dict

    def __init__(self, labels: list[dict] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.labels = labels or []

    def compose(self):
        yield SearchBox(placeholder=SearchBox.PLACEHOLDERS[0], id="filter-search", compact=True)
        yield Select([(s, s) for s in STATUSES], prompt="status", id="filter-status", compact=True)
        yield Select([(k, k) for k in KINDS], prompt="kind", id="filter-kind", compact=True)
        yield Select(
            [("no verdict", "none")] + [(e["label_en"], e["key"]) for e in self.labels],
            prompt="verdict",
            id="filter-verdict",
            compact=True,
        )
        yield Input(placeholder="speaker", id="filter-speaker", compact=True)

    def set_labels(self, labels: list[dict]) -> None:
        self.labels = labels
        self.query_one("#filter-verdict", Select).set_options(
            [("no verdict", "none")] + [(e["label_en"], e["key"]) for e in labels]
        )

    @property
    def filters(self) -> dict:
        def value(selector: str):
            chosen = self.query_one(selector, Select).value
            return None if chosen is Select.NULL else chosen

        return {
            "search": self.query_one("#filter-search", Input).value or None,
            "speaker": self.query_one("#filter-speaker", Input).value or None,
            "status": value("#filter-status"),
            "kind": value("#filter-kind"),
            "verdict": value("#filter-verdict"),
        }

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self, event) -> None:
        event.stop()
        self.post_message(self.Changed(self.filters))
