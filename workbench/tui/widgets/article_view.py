"""The article's text beside its claims: every claim underlined, the selected one highlighted
(its sentence in bold around it, as context) and scrolled into view.

One line-API widget whatever the article's length (Textual's `ScrollView`): the text is
wrapped at the pane's width once (kept per width, so a resize back costs nothing) and only the
lines on screen are drawn. Moving the highlight redraws the few lines it touches, never lays
out the screen, so it costs the same on a 20-claim and a 2,000-claim article. Text is shown
literally: no markup is interpreted, control characters are made visible."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.extract.segment import paragraphs
from workbench.safe_text import visible
from workbench.tui.widgets.quiet_size import set_virtual_size

UNDERLINE = Style(underline=True)
SELECTED = Style(reverse=True, bold=True)
CONTEXT = Style(bold=True)
"""A claim is underlined; the selected one reversed, inside its sentence in bold."""

_WORD = re.compile(r"\S+\s*|\s+")


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """The lines of `text[start:end]` (no newline in it) at `width` cells, as (start, end)
    offsets: broken at spaces (a line's trailing spaces stay on it), a word wider than the
    line cut where the line ends."""
    width = max(1, width)
    lines = []
    line_start, used = start, 0
    for match in _WORD.finditer(text, start, end):
        word_start, word_end = match.span()
        word = match.group()
        bare = word.rstrip()
        size = _cells(bare)
        if used and used + size > width:
            lines.append((line_start, word_start))
            line_start, used = word_start, 0
        if size > width:  # longer than a line: cut it
            for index in range(word_start, word_start + len(bare)):
                cells = get_character_cell_size(text[index])
                if used and used + cells > width:
                    lines.append((line_start, index))
                    line_start, used = index, 0
                used += cells
            size = 0
        used += size + _cells(word[len(bare) :])
    lines.append((line_start, end))
    return lines


@dataclass
class Wrapped:
    """The article laid out at one width: its lines, and the lines each claim is on."""

    lines: list[tuple[int, int]]
    """(start, end) of each line in the text; a blank line between paragraphs is empty."""
    starts: list[int]
    claims_on: list[list[dict]]
    """The claims each line shows part of, in the order they start."""
    rows_of: dict[int, tuple[int, int]]
    """claim id -> its first and last line."""

    def rows_between(self, start: int, end: int) -> tuple[int, int]:
        """The first and last line showing part of the span [start, end)."""
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_left(self.starts, end) - 1)
        return first, last


def lay_out(text: str, claims: list[dict], width: int) -> Wrapped:
    """`text` wrapped at `width`, paragraphs one blank line apart, a line break kept."""
    lines: list[tuple[int, int]] = []
    for start, end in paragraphs(text):
        if lines:
            lines.append((start, start))
        position = start
        for piece in text[start:end].split("\n"):
            lines += wrap(text, position, position + len(piece), width)
            position += len(piece) + 1
    starts = [start for start, _ in lines]
    claims_on: list[list[dict]] = [[] for _ in lines]
    rows_of: dict[int, tuple[int, int]] = {}
    wrapped = Wrapped(lines, starts, claims_on, rows_of)
    for claim in claims:  # sorted by start
        first, last = wrapped.rows_between(claim["start"], claim["end"])
        rows_of[claim["id"]] = (first, last)
        for row in range(first, last + 1):
            claims_on[row].append(claim)
    return wrapped


class ArticleView(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    ArticleView {
        padding: 0 1;
        scrollbar-gutter: stable;
        overflow-x: hidden;
    }
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
        self.wb_claim_of: dict[int, dict] = {}
        self.wb_layouts: dict[int, Wrapped] = {}
        """The article wrapped at each width it was shown at."""
        self.wb_strips: dict[int, Strip] = {}
        """Lines drawn at the current width and highlight (dropped when either changes)."""
        self.wb_width = 0
        """The width the text is laid out at (0: not yet, the pane has no size)."""

    # -- the text ---------------------------------------------------------------------------
    def load(self, text: str, claims: list[dict], selected: int | None = None) -> None:
        """Show `text` (untrusted: shown as written) with its `claims` marked."""
        # One character for one: claims' offsets stay valid. A tab is drawn as a space.
        self.text = visible(text).replace("\t", " ")
        self.claims = sorted(claims, key=lambda c: (c["start"], c["end"]))
        self.wb_claim_of = {claim["id"]: claim for claim in self.claims}
        self.selected = selected
        self.wb_layouts = {}
        self.wb_width = 0
        self._fit()

    def _content_width(self) -> int:
        return self.scrollable_content_region.width

    def _wrapped_at(self, width: int) -> Wrapped:
        if width not in self.wb_layouts:
            self.wb_layouts[width] = lay_out(self.text, self.claims, width)
        return self.wb_layouts[width]

    @property
    def wrapped(self) -> Wrapped:
        """The article at the width it is shown at."""
        return self._wrapped_at(self.wb_width or 1)

    def _fit(self) -> None:
        """Lay the text out at the pane's width (its virtual size follows), once the pane
        has one; keep the selected claim in view."""
        width = self._content_width()
        if width <= 0:
            return  # not laid out yet: its first resize fits it
        self.wb_width = width
        self.wb_strips = {}
        set_virtual_size(self, Size(width, len(self.wrapped.lines)))
        self.refresh()
        self._scroll_to_selected()

    def on_resize(self, event: events.Resize) -> None:
        if self._content_width() != self.wb_width:
            self._fit()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.wb_strips = {}  # the lines carry the pane's colours (focus changes them)

    @property
    def plain(self) -> str:
        """The article as the pane lays it out, one line a line."""
        return "\n".join(self.text[start:end].rstrip() for start, end in self.wrapped.lines)

    # -- drawing ----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        row = self.scroll_offset.y + y
        width = self._content_width()
        if not self.wb_width or row >= len(self.wrapped.lines):
            return Strip.blank(width, self.rich_style)
        strip = self.wb_strips.get(row)
        if strip is None:
            strip = self.wb_strips[row] = self._draw(self.wrapped, row, width)
        return strip

    def _draw(self, wrapped: Wrapped, row: int, width: int) -> Strip:
        start, end = wrapped.lines[row]
        line = Text(self.text[start:end].rstrip(" "), end="")  # a wrapped line's spaces: not drawn

        def mark(style: Style, span_start: int, span_end: int) -> None:
            span_start, span_end = max(start, span_start) - start, min(end, span_end) - start
            if span_end > span_start:
                line.stylize(style, span_start, span_end)

        chosen = self.wb_claim_of.get(self.selected) if self.selected is not None else None
        if chosen and chosen.get("sentence_start") is not None:
            mark(CONTEXT, chosen["sentence_start"], chosen["sentence_end"])
        for claim in wrapped.claims_on[row]:
            mark(SELECTED if claim is chosen else UNDERLINE, claim["start"], claim["end"])
        segments = line.render(self.app.console)
        return Strip(segments).crop_extend(0, width, None).apply_style(self.rich_style)

    def _rows_of(self, claim_id: int | None) -> tuple[int, int] | None:
        """The lines the highlight of `claim_id` is on: the claim and its sentence."""
        claim = self.wb_claim_of.get(claim_id) if claim_id is not None else None
        if claim is None:
            return None
        first, last = self.wrapped.rows_between(claim["start"], claim["end"])
        if claim.get("sentence_start") is not None:
            around = self.wrapped.rows_between(claim["sentence_start"], claim["sentence_end"])
            first, last = min(first, around[0]), max(last, around[1])
        return first, last

    def highlight(self, claim_id: int | None) -> None:
        """Move the highlight, redrawing only the lines it leaves and the lines it takes."""
        if claim_id == self.selected:
            return
        touched = [self._rows_of(self.selected), self._rows_of(claim_id)]
        self.selected = claim_id
        if not self.wb_width:
            return
        for rows in touched:
            if rows is not None:
                first, last = rows
                for row in range(first, last + 1):
                    self.wb_strips.pop(row, None)
                self.refresh_lines(first, last - first + 1)
        self._scroll_to_selected()

    def _scroll_to_selected(self) -> None:
        """Bring the selected claim into view with its sentence (when it fits): when it is
        out of view, a third of the way down, so the next claims are in view too and the
        next moves redraw a few lines instead of scrolling the pane."""
        rows = self._rows_of(self.selected) if self.wb_width else None
        if rows is None or self.selected is None:
            return
        height = self.scrollable_content_region.height
        claim = self.wb_claim_of[self.selected]
        if rows[1] - rows[0] >= height:
            rows = self.wrapped.rows_between(claim["start"], claim["end"])
        first, last = rows
        top = self.scroll_offset.y
        if first < top or last >= top + height:
            target = first - height // 3 if last - first < height * 2 // 3 else first
            self.scroll_to(y=max(0, target), animate=False, immediate=True)

    # -- keys and clicks --------------------------------------------------------------------
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

    def on_click(self, event: events.Click) -> None:
        """A click on a claim chooses it; elsewhere on a line, the first claim on it."""
        offset = event.get_content_offset(self)
        if offset is None or not self.wb_width:
            return
        wrapped = self.wrapped
        row = self.scroll_offset.y + offset.y
        if not 0 <= row < len(wrapped.lines) or not wrapped.claims_on[row]:
            return
        start, end = wrapped.lines[row]
        position, cells = start, 0
        while position < end and cells + cell_len(self.text[position]) <= offset.x:
            cells += cell_len(self.text[position])
            position += 1
        claims = wrapped.claims_on[row]
        under = [c for c in claims if c["start"] <= position < c["end"]]
        self.post_message(self.ClaimChosen((under or claims)[0]["id"]))
