"""The claims of one article in a table: one DataTable widget however many rows, every cell a
literal Text so article words can never act as markup.

The first column, `#`, is the claim's number in its article ("Claim 7": the card, the forms,
the notices and every report use it; its database id, which the command line takes, is on
the card). The table fits 80 columns with the number, status, verdict and the claim; wider
terminals add speaker, kinds, figures and score, and the claim column takes every cell that
is left."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from workbench.extract.types import KINDS
from workbench.figure_text import figure_brief
from workbench.safe_text import visible
from workbench.tui.widgets.quiet_size import set_virtual_size

VERDICT_STYLES = {5: "bold green3", 4: "green3", 3: "yellow3", 2: "dark_orange", 1: "bold red3"}
STATUS_STYLES = {
    "new": "dim",
    "in-progress": "yellow3",
    "checked": "green3",
    "dismissed": "strike dim",
}
KIND_LETTERS = {kind: kind[0].upper() for kind in KINDS}  # N D Q A E
MIN_CLAIM = 56
"""The claim column never shrinks below this to make room for an optional column."""


def evidence_summary(claim: dict) -> str:
    """Normalised figures and dates in one short line: "6 missiles · 2024-11-19"."""
    parts = [figure_brief(n) for n in claim.get("numbers", [])]
    parts += [d["iso"] for d in claim.get("dates", [])]
    return " · ".join(parts)


SEEN_GLYPHS = {"confirmed": "◆", "suggested": "◇", "weak": "·"}
"""The seen-before column: a confirmed match, suggested ones waiting for a decision, or only
weak suggestions (the model finds them less likely the same claim than not)."""
DISAGREE_GLYPH = "≠"
"""The seen-before column of a claim with a likely suggestion waiting for a decision whose
figures disagree with the claim's (a report of the same fact with another figure, or a match
whose figures cannot both be true): it says more than whether the claim was seen before,
which the card and `m` still say. Styled as the card's lines of figures that disagree."""
SEEN_LEGEND = (
    "seen column: "
    + ", ".join(f"{SEEN_GLYPHS[state]} {state}" for state in ("confirmed", "suggested", "weak"))
    + f", {DISAGREE_GLYPH} a likely suggestion's figures disagree (m lists it)"
)
"""What the seen-before column's marks say (the help screen's legend)."""


def _seen_cell(row: dict) -> Text:
    if row.get("figures_disagree"):
        return Text(DISAGREE_GLYPH, style="bold dark_orange")
    return Text(SEEN_GLYPHS.get(row.get("seen") or "", ""), style="cyan")


def seen_of(states: Iterable[str]) -> str | None:
    """A claim's seen-before state from the states of its matches (see `match_counts`)."""
    states = set(states)
    for state in ("confirmed", "suggested", "weak"):
        if state in states:
            return state
    return None


def _clip(text: str, width: int) -> str:
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= width else flat[: max(1, width - 1)] + "…"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    """The most this column takes (its content decides below that)."""
    cell: Callable[[dict, dict, int], Text]
    """(row, labels, width) -> the cell."""


def _number(row: dict) -> str:
    """The claim's number in its article (its id, labelled, while it is not known)."""
    return str(row["place"]) if row.get("place") else f"id {row['id']}"


def _verdict(row: dict, labels: dict, width: int) -> Text:
    label = labels.get(row.get("verdict") or "")
    if not label:
        return Text("—", style="dim")
    return Text(
        _clip(label["label_en"], width), style=VERDICT_STYLES.get(label["rating"], "italic")
    )


COLUMNS = {
    "id": Column("id", "#", 5, lambda r, _, w: Text(_number(r), style="dim")),
    "seen": Column("seen", "", 1, lambda r, _, w: _seen_cell(r)),
    "status": Column(
        "status",
        "status",
        11,
        lambda r, _, w: Text(r["status"], style=STATUS_STYLES.get(r["status"], "")),
    ),
    "verdict": Column("verdict", "verdict", 12, _verdict),
    # Cut by the table at whatever width the column has (a resize changes only that width).
    "claim": Column(
        "claim",
        "claim",
        MIN_CLAIM,
        lambda r, _, w: Text(
            " ".join(visible(r["text"]).split()), no_wrap=True, overflow="ellipsis"
        ),
    ),
    "speaker": Column(
        "speaker", "speaker", 22, lambda r, _, w: Text(_clip(r.get("speaker") or "", w))
    ),
    "kinds": Column(
        "kinds",
        "kinds",
        5,
        lambda r, _, w: Text("".join(KIND_LETTERS[k] for k in r["kinds"] if k in KIND_LETTERS)),
    ),
    "figures": Column(
        "figures", "figures · dates", 24, lambda r, _, w: Text(_clip(evidence_summary(r), w))
    ),
    "score": Column("score", "score", 5, lambda r, _, w: Text(f"{r['score']:.2f}")),
}
NOWHERE = Coordinate(-2, 0)
"""A cursor on no row (-1 is the header's)."""
ALWAYS = ("id", "seen", "status", "verdict", "claim")
OPTIONAL = ("speaker", "figures", "kinds", "score")
"""Added in this order while the claim column keeps MIN_CLAIM cells."""
ORDER = ("id", "seen", "kinds", "claim", "speaker", "figures", "status", "verdict", "score")


def content_widths(rows: list[dict], labels: dict[str, dict]) -> dict[str, int]:
    """Each column but the claim sized to what it has to show: the rows' ids, speakers,
    figures and kinds; every status and every label of the scale (so a save never clips
    them); never more than the column's own cap, never less than its title."""

    def widest(key: str, values) -> int:
        column = COLUMNS[key]
        return min(column.width, max([len(column.title), 1, *map(len, values)]))

    return {
        "id": max(2, *(len(_number(r)) for r in rows)) if rows else 2,
        "seen": 1,
        "status": widest("status", STATUS_STYLES),
        "verdict": widest("verdict", [e["label_en"] for e in labels.values()]),
        "speaker": widest(
            "speaker", [" ".join(visible(r.get("speaker") or "").split()) for r in rows]
        ),
        "figures": widest("figures", [evidence_summary(r) for r in rows]),
        "kinds": widest("kinds", [COLUMNS["kinds"].cell(r, labels, 5).plain for r in rows]),
        "score": COLUMNS["score"].width,
    }


def layout(width: int, sizes: dict[str, int]) -> dict[str, int]:
    """Which columns fit in `width` cells: the others as wide as their content (`sizes`),
    optional ones only while the claim keeps MIN_CLAIM cells; the claim takes the rest."""
    padding = 2  # DataTable pads each cell by one on both sides
    chosen = {key: sizes[key] for key in ALWAYS if key != "claim"}
    room = width - 2  # the vertical scrollbar

    def claim_room(columns: dict[str, int]) -> int:
        return room - sum(w + padding for w in columns.values()) - padding

    for key in OPTIONAL:
        if claim_room({**chosen, key: sizes[key]}) >= MIN_CLAIM:
            chosen[key] = sizes[key]
    chosen["claim"] = max(16, claim_room(chosen))
    return {key: chosen[key] for key in ORDER if key in chosen}


class ClaimsTable(DataTable):
    """Claims, one row each, keyed by claim id."""

    DEFAULT_CSS = """
    ClaimsTable { height: 1fr; }
    """
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="claims.down"),
        Binding("k", "cursor_up", "Up", show=False, id="claims.up"),
        Binding("home", "first_row", "First claim", show=False, id="claims.first"),
        Binding("end", "last_row", "Last claim", show=False, id="claims.last"),
    ]

    def __init__(self, on_move: Callable[[int], None] | None = None, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.labels: dict[str, dict] = {}
        self.shown: list[dict] = []
        """The rows on display, in order (the table's own copy of what the store gave)."""
        self.widths: dict[str, int] = {}
        self.wb_sizes: dict[str, int] = {}
        """What each column needs for every row shown since the table opened: the columns
        chosen from it stay where they are when a filter narrows the rows (sized on the rows
        a search found, a column that fits came and went, and the others moved)."""
        self.wb_on_move = on_move
        """Called with the claim the cursor moved to, as it moves (not through a message: the
        screen then draws the row, the article's highlight and the card in one frame; a
        message reaches the screen after the table's own frame is drawn)."""
        self.wb_rebuilding = False

    def watch_cursor_coordinate(self, old, new) -> None:
        super().watch_cursor_coordinate(old, new)
        if old.row != new.row and not self.wb_rebuilding and self.wb_on_move is not None:
            claim_id = self.selected_claim_id
            if claim_id is not None:
                self.wb_on_move(claim_id)

    def _render_line_in_row(self, row_key, line_no, base_style, cursor_location, hover_location):
        # Textual 8.2.8 keys each row's rendering on the cursor's place, so that every row is
        # drawn again after any move: when the table scrolls, the whole table (about 8 ms
        # idle). A row away from the cursor (and the mouse) is drawn the same wherever they
        # are: it is drawn with them nowhere, and its rendering is found again.
        row = self._row_locations.get(row_key)
        row = -1 if row is None else row  # the header
        if cursor_location.row != row:
            cursor_location = NOWHERE
        if hover_location.row != row:
            hover_location = NOWHERE
        return super()._render_line_in_row(
            row_key, line_no, base_style, cursor_location, hover_location
        )

    def on_resize(self) -> None:
        """Fit the columns to the new width. When the same columns fit, only the claim's
        width changes, in place: rebuilding the table (every row added again) at each
        resize took most of the time a resize took (about 60 ms of 200 on 100 rows)."""
        if not self.shown:
            return
        widths = layout(self.size.width, self._sizes(self.shown))
        if widths == self.widths:
            return
        if widths.keys() != self.widths.keys():
            self.show(self.shown, self.labels, self.selected_claim_id)
            return
        self.widths = widths
        claim = self.columns[ColumnKey("claim")]
        claim.width = widths["claim"]
        virtual = sum(column.get_render_width(self) for column in self.columns.values())
        set_virtual_size(self, Size(virtual, self.virtual_size.height))
        self.refresh()

    def show(self, rows: list[dict], labels: dict[str, dict], keep: int | None = None) -> None:
        """Replace the rows; keep the cursor on claim `keep` when it is still listed."""
        self.labels = labels
        self.shown = list(rows)
        # Rebuilding moves the cursor to the top and back: no highlight for that passage
        # (the screen would select the first claim and load its card for nothing).
        self.wb_rebuilding = True
        try:
            self._rebuild(rows, labels, keep)
        finally:
            self.wb_rebuilding = False

    def _rebuild(self, rows: list[dict], labels: dict[str, dict], keep: int | None) -> None:
        with self.prevent(DataTable.RowHighlighted):
            self.clear(columns=True)
            self.widths = layout(self.size.width or 100, self._sizes(rows))
            for key, width in self.widths.items():
                self.add_column(COLUMNS[key].title, key=key, width=width)
            self._add(rows)
            if keep is not None and str(keep) in self.rows:
                self.move_cursor(row=self.get_row_index(str(keep)), scroll=True)

    def _sizes(self, rows: list[dict]) -> dict[str, int]:
        """The columns' sizes for `rows` and every row shown before them (never narrower)."""
        found = content_widths(rows, self.labels)
        self.wb_sizes = {key: max(size, self.wb_sizes.get(key, 0)) for key, size in found.items()}
        return self.wb_sizes

    def extend(self, rows: list[dict]) -> None:
        """Append the next page of rows."""
        self.shown = self.shown + rows
        self._add(rows)

    def update_claim(self, row: dict) -> None:
        """Repaint one claim's row after a save, leaving the others alone."""
        key = str(row["id"])
        if key not in self.rows:
            return
        self.shown = [row if r["id"] == row["id"] else r for r in self.shown]
        for column, cell in zip(self.widths, self._cells(row), strict=True):
            self.update_cell(key, column, cell)

    def _add(self, rows: list[dict]) -> None:
        for row in rows:
            self.add_row(*self._cells(row), key=str(row["id"]))

    def _cells(self, row: dict) -> list[Text]:
        return [COLUMNS[key].cell(row, self.labels, width) for key, width in self.widths.items()]

    def action_first_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_last_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)

    @property
    def selected_claim_id(self) -> int | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return int(key.value) if key.value is not None else None

    def neighbours(self, reach: int) -> list[int]:
        """The claims in the `reach` rows below and above the cursor, nearest first: where
        the next moves go."""
        row = self.cursor_row
        rows = [row + step * side for step in range(1, reach + 1) for side in (1, -1)]
        return [
            int(key.value)
            for index in rows
            if 0 <= index < self.row_count
            and (key := self.coordinate_to_cell_key(Coordinate(index, 0))[0]).value is not None
        ]

    def next_unchecked(self, after: int | None) -> int | None:
        """The first claim below `after` (then from the top) that is neither checked nor
        dismissed: where the check flow goes next."""
        ids = [r["id"] for r in self.shown]
        start = ids.index(after) + 1 if after in ids else 0
        for row in self.shown[start:] + self.shown[:start]:
            if row["status"] in ("new", "in-progress") and row["id"] != after:
                return row["id"]
        return None
