"""The article's text beside its claims: every claim underlined, the selected one highlighted
and scrolled into view. Text is shown literally (no markup, control characters made visible)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from workbench.extract.segment import paragraphs
from workbench.safe_text import visible

PIECE = 1500
"""Longest block of text in one widget: a wall of text is cut so a repaint stays cheap."""


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's span cut at spaces into blocks of at most about PIECE characters."""
    pieces = []
    while end - start > PIECE:
        cut = text.rfind(" ", start, start + PIECE)
        cut = cut if cut > start else start + PIECE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


class Paragraph(Static):
    """One paragraph of the article; knows its span so clicks map to claims."""

    def __init__(self, start: int, end: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.start, self.end = start, end


class ArticleView(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    ArticleView { padding: 0 1; }
    ArticleView Paragraph { margin-bottom: 1; }
    ArticleView Paragraph.-continued { margin-bottom: 0; }
    """
    BINDINGS = [
        Binding("j,down", "next_claim", "Next claim", id="article.next"),
        Binding("k,up", "previous_claim", "Previous claim", id="article.previous"),
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
        self.blocks_of: dict[int, list[Paragraph]] = {}
        self.claims_of: dict[int, list[dict]] = {}

    def load(self, text: str, claims: list[dict], selected: int | None = None) -> None:
        self.text = visible(text)
        self.claims = sorted(claims, key=lambda c: c["start"])
        self.selected = selected
        self.remove_children()
        spans = [piece for span in paragraphs(self.text) for piece in _pieces(self.text, *span)]
        blocks = [Paragraph(start, end) for start, end in spans]
        # Which blocks each claim touches, and the claims of each block, computed once.
        self.blocks_of = {}
        self.claims_of = {id(b): [] for b in blocks}
        starts = [b.start for b in blocks]
        for claim in self.claims:
            index = max(0, bisect_right(starts, claim["start"]) - 1)
            while index < len(blocks) and blocks[index].start < claim["end"]:
                if claim["start"] < blocks[index].end:
                    self.blocks_of.setdefault(claim["id"], []).append(blocks[index])
                    self.claims_of[id(blocks[index])].append(claim)
                index += 1
        self.mount_all(blocks)
        self.call_after_refresh(self._paint_all)

    def _paint_all(self) -> None:
        for paragraph in self.query(Paragraph):
            self._paint(paragraph, layout=True)
        self._scroll_to_selected()

    def _claims_in(self, paragraph: Paragraph) -> list[dict]:
        return self.claims_of.get(id(paragraph), [])

    def _paragraphs_of(self, claim_id: int | None) -> list[Paragraph]:
        return self.blocks_of.get(claim_id, []) if claim_id is not None else []

    def highlight(self, claim_id: int | None) -> None:
        """Move the highlight, repainting only the paragraphs that change."""
        touched = self._paragraphs_of(self.selected) + self._paragraphs_of(claim_id)
        self.selected = claim_id
        for paragraph in {id(p): p for p in touched}.values():
            self._paint(paragraph)
        self._scroll_to_selected()

    def _paint(self, paragraph: Paragraph, layout: bool = False) -> None:
        """Style one block; a new highlight never changes its size, so no relayout."""
        body = Text(self.text[paragraph.start : paragraph.end])
        for claim in self._claims_in(paragraph):
            if claim["id"] == self.selected and claim.get("sentence_start") is not None:
                # the selected claim's sentence is its context: shown in bold around it
                start = max(claim["sentence_start"], paragraph.start) - paragraph.start
                end = min(claim["sentence_end"], paragraph.end) - paragraph.start
                body.stylize("bold", start, end)
        for claim in self._claims_in(paragraph):
            start = max(claim["start"], paragraph.start) - paragraph.start
            end = min(claim["end"], paragraph.end) - paragraph.start
            style = "reverse bold" if claim["id"] == self.selected else "underline"
            body.stylize(style, start, end)
        paragraph.update(body, layout=layout)

    def _scroll_to_selected(self) -> None:
        chosen = self._paragraphs_of(self.selected)
        if chosen:
            self.scroll_to_widget(chosen[0], animate=False, top=False)

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
