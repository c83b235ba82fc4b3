"""One line that says as much as its width holds, without cutting a word of what matters:
the article's title shortened before its outlet and date, the claims' count before its hints."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget


class FittingLine(Widget):
    """A head and the longest of its tails that fits after it (tails longest first). When
    none does, the head is shortened with "…" before the last tail, which is always shown
    (a title before its date). Drawn again at each width: a resize costs no layout."""

    DEFAULT_CSS = """
    FittingLine { height: 1; width: 1fr; }
    """

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.wb_head = Text()
        """What is shown first, shortened when the width asks it."""
        self.wb_tails: tuple[Text, ...] = ()
        """What may follow the head, longest first."""

    def show(self, head: Text, tails: Sequence[Text] = ()) -> None:
        self.wb_head, self.wb_tails = head, tuple(tails)
        self.refresh()

    def render(self) -> Text:
        return fitted(self.wb_head, self.wb_tails, self.content_size.width)


def fitted(head: Text, tails: Sequence[Text], width: int) -> Text:
    """`head` and the first of `tails` that fits in `width` cells after it; else `head`
    shortened with "…" before the last tail (cut itself only when it alone is too wide)."""
    for tail in tails:
        if head.cell_len + tail.cell_len <= width:
            return Text.assemble(head, tail, end="", no_wrap=True)
    last = tails[-1] if tails else Text()
    room = width - last.cell_len
    if room < 2:
        line = Text.assemble(head, last, end="", no_wrap=True)
        line.truncate(max(0, width), overflow="ellipsis")
        return line
    short = head.copy()
    short.truncate(room, overflow="ellipsis")
    return Text.assemble(short, last, end="", no_wrap=True)
