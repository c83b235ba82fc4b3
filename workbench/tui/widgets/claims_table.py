"""The claims of one article in a table: one DataTable widget however many rows, every cell a
literal Text so article words can never act as markup."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from workbench.extract.types import KINDS
from workbench.safe_text import visible

VERDICT_STYLES = {5: "bold green3", 4: "green3", 3: "yellow3", 2: "dark_orange", 1: "bold red3"}
STATUS_STYLES = {
    "new": "dim",
    "in-progress": "yellow3",
    "checked": "green3",
    "dismissed": "strike dim",
}
KIND_LETTERS = {kind: kind[0].upper() for kind in KINDS}  # N D Q A E


def evidence_summary(claim: dict) -> str:
    """Normalised figures and dates in one short line: "6 missiles · 2024-11-19"."""
    parts = [
        f"{n['value']:g}{' ' + n['unit'] if n.get('unit') else ''}"
        for n in claim.get("numbers", [])
    ]
    parts += [d["iso"] for d in claim.get("dates", [])]
    return " · ".join(parts)


class ClaimsTable(DataTable):
    """Claims, one row each, keyed by claim id."""

    DEFAULT_CSS = """
    ClaimsTable { height: 1fr; }
    """
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="claims.down"),
        Binding("k", "cursor_up", "Up", show=False, id="claims.up"),
    ]

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.labels: dict[str, dict] = {}

    def on_resize(self) -> None:
        if getattr(self, "shown", None) is not None:
            self.show(self.shown, self.labels, self.selected_claim_id)

    def show(self, rows: list[dict], labels: dict[str, dict], keep: int | None = None) -> None:
        """Replace the rows; keep the cursor on claim `keep` when it is still listed."""
        self.labels = labels
        self.shown = rows
        self.clear(columns=True)
        width = self.size.width or 100
        narrow = width < 90
        # Fixed columns and cell padding take about 50 cells, speaker and figures 36 more.
        claim_width = max(16, width - (50 if narrow else 80))
        columns = ["#", "kinds", "claim", "status", "verdict"]
        if not narrow:
            columns[3:3] = ["speaker", "figures · dates"]
        columns.append("score")
        for column in columns:
            self.add_column(column, key=column, width=claim_width if column == "claim" else None)
        self.narrow, self.claim_width = narrow, claim_width
        self._add(rows, 1)
        if keep is not None and str(keep) in self.rows:
            self.move_cursor(row=self.get_row_index(str(keep)))

    def extend(self, rows: list[dict]) -> None:
        """Append the next page of rows."""
        start = self.row_count + 1
        self.shown = self.shown + rows
        self._add(rows, start)

    def _add(self, rows: list[dict], first_position: int) -> None:
        for position, row in enumerate(rows, first_position):
            self.add_row(
                *self._cells(position, row, self.narrow, self.claim_width), key=str(row["id"])
            )

    def _cells(self, position: int, row: dict, narrow: bool, width: int) -> list[Text]:
        label = self.labels.get(row.get("verdict") or "")
        verdict = Text(
            label["label_en"] if label else "—",
            style=VERDICT_STYLES.get(label["rating"], "italic") if label else "dim",
        )
        flat = " ".join(visible(row["text"]).split())
        claim = Text(flat if len(flat) <= width else flat[: width - 1] + "…")
        cells = [
            Text(str(position), style="dim"),
            Text("".join(KIND_LETTERS[k] for k in row["kinds"] if k in KIND_LETTERS)),
            claim,
            Text(row["status"], style=STATUS_STYLES.get(row["status"], "")),
            verdict,
            Text(f"{row['score']:.2f}"),
        ]
        if not narrow:
            cells[3:3] = [
                Text(visible(row.get("speaker") or "")[:14]),
                Text(evidence_summary(row)[:14]),
            ]
        return cells

    @property
    def selected_claim_id(self) -> int | None:
        if not self.row_count:
            return None
        key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return int(key.value) if key.value is not None else None
