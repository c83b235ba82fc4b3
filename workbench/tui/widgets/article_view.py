"""The article's text beside its claims: every claim underlined, the selected one highlighted
and scrolled into view. Text is shown literally (no markup, control characters made visible)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from workbench.extract.segment import paragraphs
from workbench.safe_text import visible


class Paragraph(Static):
    """One paragraph of the article; knows its span so clicks map to claims."""

    def __init__(self, start: int, end: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.start, self.end = start, end


class ArticleView(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    ArticleView { padding: 0 1; }
    ArticleView Paragraph { margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("n", "next_claim", "Next claim", id="article.next"),
        Binding("p", "previous_claim", "Previous claim", id="article.previous"),
    ]

    @dataclass
    class ClaimChosen(Message):
        """The analyst moved to a claim from the article side."""

        claim_id: int

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = ""
        self.claims: list[dict] = []
        self.selected: int | None = None

    def load(self, text: str, claims: list[dict], selected: int | None = None) -> None:
        self.text = visible(text)
        self.claims = sorted(claims, key=lambda c: c["start"])
        self.selected = selected
        self.remove_children()
        self.mount_all(Paragraph(start, end) for start, end in paragraphs(self.text))
        self.call_after_refresh(self._paint)

    def highlight(self, claim_id: int | None) -> None:
        self.selected = claim_id
        self._paint()

    def _paint(self) -> None:
        chosen = None
        for paragraph in self.query(Paragraph):
            body = Text(self.text[paragraph.start:paragraph.end])
            for claim in self.claims:
                start = max(claim["start"], paragraph.start) - paragraph.start
                end = min(claim["end"], paragraph.end) - paragraph.start
                if end <= start:
                    continue
                if claim["id"] == self.selected:
                    body.stylize("reverse bold", start, end)
                    chosen = chosen or paragraph
                else:
                    body.stylize("underline", start, end)
            paragraph.update(body)
        if chosen is not None:
            self.scroll_to_widget(chosen, animate=False, top=False)

    def _step(self, direction: int) -> None:
        if not self.claims:
            return
        ids = [c["id"] for c in self.claims]
        index = ids.index(self.selected) + direction if self.selected in ids else 0
        self.post_message(self.ClaimChosen(ids[max(0, min(len(ids) - 1, index))]))

    def action_next_claim(self) -> None:
        self._step(1)

    def action_previous_claim(self) -> None:
        self._step(-1)

    def on_click(self, event) -> None:
        widget = event.widget if isinstance(event.widget, Paragraph) else None
        if widget is None:
            return
        for claim in self.claims:
            if claim["start"] < widget.end and widget.start < claim["end"]:
                self.post_message(self.ClaimChosen(claim["id"]))
                return
