"""The selected claim's card: the claim, its verdict and rationale, sources, notes, then the
figures, dates, speaker and what else is known. What the analyst decided comes first so it
stays above the fold on a short terminal. Built from literal Text pieces laid out in a grid
(wrapped lines keep their indent): nothing from the article or a source is markup."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.claim_name import claim_name
from workbench.matching.sides import LIKELY, OTHER_FIGURE, is_weak
from workbench.report.corrected import dates_said, figures_said, speaker_said
from workbench.report.explain import explain_lines
from workbench.report.flag_text import describe_flag, describe_match_flag
from workbench.report.match_text import (
    describe_match,
    describe_other_figure,
    match_state,
    other_claim,
    shortened,
)
from workbench.report.words import action_word, moment
from workbench.safe_text import visible
from workbench.tui.widgets.claims_table import SEEN_GLYPHS, VERDICT_STYLES
from workbench.tui.widgets.quiet_size import set_virtual_size

LABEL_WIDTH = 10
KEPT_AHEAD = 8
"""Cards laid out ahead, kept (two claims on each side of the cursor, the last ones left)."""
LISTED_MATCHES = 5
"""Matches a card lists (the best ones); `m` lists them all. A claim may have hundreds, and a
card is built on every cursor move."""


class _Lines:
    """Label / value rows of a two-column grid: a wrapped value stays in its column."""

    def __init__(self) -> None:
        self.grid = Table.grid(padding=(0, 1))
        self.grid.add_column(width=LABEL_WIDTH, no_wrap=True, style="bold")
        self.grid.add_column(ratio=1, overflow="fold")

    def add(self, label: str, value: str, style: str = "") -> None:
        self.grid.add_row(Text(label), Text(visible(value), style=style))


REVIEW_STATES = {
    "proposed": "proposed: waits for another analyst's review",
    "returned": "returned to its author",
    "approved": "approved",
}
"""Where a verdict stands in the desk's review (when review is on), said on the card."""


def claim_heading(claim: dict) -> str:
    """The claim as its article's reports head it: its place in the article, the number a
    public report gives it, then its id, which the table and the command line use ("Claim 4
    (id 27)", as the internal report writes it)."""
    return claim_name(claim.get("place"), claim["id"], capital=True)


def render_card(claim: dict) -> Group:
    head = Text()
    head.append(claim_heading(claim), style="bold")
    head.append(
        f"  {claim['status']} · {claim['origin']} · score {claim['score']:.2f}"
        f" ({', '.join(claim.get('signals') or [])})",
        style="dim",
    )
    quote = Text("“" + visible(claim["text"]) + "”", style="italic")
    lines = _Lines()
    sentence = claim.get("sentence_text")
    if sentence and sentence.strip() != claim["text"].strip():
        lines.add("in", sentence, "dim")
    verdict = claim.get("verdict_record")
    if verdict:
        lines.add(
            "verdict",
            f"{verdict['label_en']} / {verdict['label_fr']}",
            VERDICT_STYLES.get(verdict["rating"], "italic"),
        )
        if verdict.get("rationale"):
            lines.add("", verdict["rationale"])
        review = REVIEW_STATES.get(claim.get("review_shown") or "")
        lines.add(
            "",
            f"by {verdict['analyst']} at {moment(verdict['decided_at'])}"
            + (f" · {review}" if review else ""),
            "dim",
        )
    else:
        lines.add("verdict", "none yet", "dim")
    for source in claim.get("sources", []):
        lines.add("source", f"[{source['stance']}] {source.get('title') or source['url']}")
        if source.get("title") or source.get("publisher"):  # else its address is its name
            lines.add("", f"{source.get('publisher') or ''} {source['url']}".strip(), "dim")
        if source.get("excerpt"):
            lines.add("", f"“{source['excerpt']}”", "italic")
    for note in claim.get("notes", []):
        lines.add("note", f"{note['body']} — {note['analyst']}")
    # what the desk corrected is marked as the reports mark it (report/corrected.py)
    lines.add("speaker", speaker_said(claim, "en"))
    lines.add("figures", ", ".join(figures_said(claim, "en")) or "—")
    dates = ", ".join(
        said + (f" (! {d['warning']})" if d.get("warning") else "")
        for said, d in zip(dates_said(claim, "en"), claim.get("dates", []), strict=True)
    )
    lines.add("dates", dates or "—")
    for attached in claim.get("attached_dates", []):
        lines.add("date", f"{attached['role']}: {attached['iso']} ({attached['text']})")
    for match in claim.get("matches", []):
        if match.get("kind") == OTHER_FIGURE:
            if match["state"] != "rejected":
                _add_other_figure(lines, match, claim.get("numbers") or [])
        elif match["state"] != "rejected" and not is_weak(match):
            _add_match(lines, match)
    if claim.get("more_matches"):
        lines.add("", f"and {claim['more_matches']} more — m to see all", "dim")
    if claim.get("weak_matches"):
        lines.add(
            "weak" if claim.get("more_matches") or _listed(claim) else "seen",
            f"{claim['weak_matches']} weak suggestion(s) folded: score below {LIKELY:.2f}, "
            "the model gives them less than even odds — m lists them",
            "dim",
        )
    for flag in claim.get("disagreements", []):
        if flag.get("estimates"):  # both may be true: a difference, not a contradiction
            lines.add("estimates", describe_flag(flag, "en"), "dark_orange")
        else:
            lines.add("(!) figure", describe_flag(flag, "en"), "bold dark_orange")
    change = claim.get("last_change")
    if change:
        lines.add(
            "changed",
            f"{action_word(change['action'], 'en')} by {change['analyst']} at {moment(change['at'])}",
            "dim",
        )
    return Group(head, quote, lines.grid)


def _listed(claim: dict) -> bool:
    return any(m["state"] != "rejected" and not is_weak(m) for m in claim.get("matches", []))


def _add_other_figure(lines: _Lines, match: dict, numbers: list[dict]) -> None:
    """A report of the same fact with another figure, said as a disagreement between reports
    ("another report gives another figure: 38 miners (Reuters, 2026-03-12) vs 37 mineurs
    here"), then the other claim's words and what says it is the same fact; dimmed when the
    model gives it less than even odds. `m` confirms (links) or dismisses it."""
    weak = is_weak(match)
    lines.add(
        "figure",
        f"≠ {match['score']:.2f} · {describe_other_figure(match, 'en', numbers)}",
        "dim" if weak else "bold dark_orange",
    )


def _add_match(lines: _Lines, match: dict) -> None:
    """A match on the card: its state and score, the other claim (id, language, article,
    date) and its words, that claim's own verdict, for a suggestion the figures that would
    disagree if it is the same fact, then why, one piece of evidence a line."""
    glyph = SEEN_GLYPHS.get("weak" if is_weak(match) else match["state"], "")
    origin = " by hand" if match.get("origin") == "analyst" else ""
    if match.get("review_url"):
        lines.add(
            "seen", f"{glyph} {match['state']}{origin} · {describe_match(match, 'en')}", "cyan"
        )
        return
    score = "" if origin else f" {match['score']:.2f}"
    lines.add(
        "seen", f"{glyph} {match['state']}{origin}{score} · {other_claim(match, 'en')}", "cyan"
    )
    if match.get("other_text"):
        lines.add("", f"“{shortened(match['other_text'])}”", "italic")
    lines.add("", match_state(match, "en"), "dim")
    if match["state"] == "suggested":  # a confirmed match's are the claim's own, below
        for flag in match.get("disagreements", []):
            style = "dark_orange" if flag.get("estimates") else "bold dark_orange"
            lines.add("", describe_match_flag(flag, match, "en"), style)
    for number, line in enumerate(explain_lines(match, "en")):
        lines.add("", ("why: " if number == 0 else "     ") + line, "dim")


def card_text(claim: dict, width: int = 100) -> str:
    """The card as plain text, laid out at `width` cells."""
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(render_card(claim))
    return console.export_text()


class ClaimCard(ScrollView):
    """The card, drawn line by line (Textual's line API) in its own scrolling pane.

    A new card changes only the card: its lines are redrawn and its scrollable height set
    without laying out the screen (Textual lays out every widget when a widget's virtual
    size changes, which cost more than the rest of a cursor move); a layout happens only
    when the card's scrollbar comes or goes.

    Cards read ahead (the claims next to the cursor) are laid out while the analyst reads
    this one (`lay_out_ahead`), and so is the card left by a move: a move to one of them
    draws lines already laid out."""

    DEFAULT_CSS = """
    ClaimCard {
        padding: 0 1;
        overflow-x: hidden;
        scrollbar-gutter: stable;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.claim: dict | None = None
        """The claim on display (None: none selected)."""
        self.wb_empty: RenderableType = Text("Select a claim to see its card.", style="dim")
        """What the card says with no claim."""
        self.wb_lines: list[Strip] = []
        """The card laid out at `wb_width` cells, one strip a line."""
        self.wb_strips: dict[int, Strip] = {}
        """Lines in the pane's colours, as drawn (dropped when the colours change)."""
        self.wb_style: Style | None = None
        """The pane's colours (Textual computes them from every ancestor: once a card, not
        once a line)."""
        self.wb_width = 0
        self.wb_ahead: dict[int, tuple[dict, list[Strip]]] = {}
        """claim id -> (claim, its card laid out at `wb_width`), the most recent last."""

    def show(self, claim: dict | None) -> None:
        """Show `claim`'s card from its top; the card already shown (read again, unchanged)
        is left as it is, scrolled where the analyst left it."""
        if claim is not None and claim == self.claim and self.wb_lines:
            return
        leaving = self.claim
        if (
            leaving is not None
            and self.wb_lines
            and (claim is None or claim["id"] != leaving["id"])
        ):
            self._keep_ahead(leaving, self.wb_lines)  # a move back draws it at once
        self.claim = claim
        if claim is None:
            self.wb_empty = Text("No claim selected.", style="dim")
        ahead = self.wb_ahead.get(claim["id"]) if claim is not None else None
        if ahead is not None and ahead[0] == claim and self.wb_width:
            self._draw(ahead[1])
        else:
            self._lay_out()
        self.scroll_to(0, 0, animate=False, immediate=True)  # a new card reads from its top

    # -- cards laid out ahead ---------------------------------------------------------------
    def read_ahead(self, claim_id: int) -> dict | None:
        """The claim as read ahead, if its card is laid out."""
        ahead = self.wb_ahead.get(claim_id)
        return ahead[0] if ahead is not None else None

    def lay_out_ahead(self, claim: dict) -> None:
        """Lay out `claim`'s card now, to draw it at once when it is shown."""
        if self.wb_width and claim != self.read_ahead(claim["id"]):
            self._keep_ahead(claim, self._laid_out(render_card(claim)))

    def forget_ahead(self) -> None:
        """Drop the cards read ahead (something was saved: they may say what it changed)."""
        self.wb_ahead = {}

    def _keep_ahead(self, claim: dict, lines: list[Strip]) -> None:
        self.wb_ahead.pop(claim["id"], None)
        self.wb_ahead[claim["id"]] = (claim, lines)
        while len(self.wb_ahead) > KEPT_AHEAD:
            del self.wb_ahead[next(iter(self.wb_ahead))]

    # -- drawing ----------------------------------------------------------------------------
    def _laid_out(self, body: RenderableType) -> list[Strip]:
        options = self.app.console_options.update(highlight=False, width=self.wb_width)
        return [Strip(line) for line in self.app.console.render_lines(body, options, pad=False)]

    def _lay_out(self) -> None:
        """Lay the card out at the pane's width, and redraw it."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return  # no size yet: the first resize lays it out
        if width != self.wb_width:
            self.wb_ahead = {}  # laid out at another width
        self.wb_width = width
        self._draw(self._laid_out(render_card(self.claim) if self.claim else self.wb_empty))

    def _draw(self, lines: list[Strip]) -> None:
        self.wb_lines = lines
        self.wb_strips = {}
        self.wb_style = None  # read again for each card: an ancestor's colours may change
        self._set_height(len(lines))
        self.refresh()

    def _set_height(self, lines: int) -> None:
        """The card's scrollable height, without a layout of the screen when it can."""
        set_virtual_size(self, Size(self.wb_width, lines))

    def on_mount(self) -> None:
        self._lay_out()

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self.wb_width:
            self._lay_out()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.wb_strips = {}  # the lines take the pane's colours (focus changes them)
        self.wb_style = None

    def render_line(self, y: int) -> Strip:
        if self.wb_style is None:
            self.wb_style = self.rich_style
        row = self.scroll_offset.y + y
        if row >= len(self.wb_lines):
            return Strip.blank(self.wb_width, self.wb_style)
        strip = self.wb_strips.get(row)
        if strip is None:
            strip = self.wb_lines[row].crop_extend(0, self.wb_width, None)
            strip = self.wb_strips[row] = strip.apply_style(self.wb_style)
        return strip

    @property
    def plain(self) -> str:
        """What the card says, as text."""
        return card_text(self.claim, max(40, self.size.width - 2)) if self.claim else ""
