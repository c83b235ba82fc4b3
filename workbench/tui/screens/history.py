"""A claim's timeline: every change, who made it and when, before -> after."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from workbench.claim_name import claim_number
from workbench.report.changes import HIDDEN, describe_change, field_name, field_value
from workbench.report.words import action_word, moment
from workbench.safe_text import visible
from workbench.tui.widgets.row_table import RowTable

VALUE_WIDTH = 40
"""Characters of a value (a note, a source, a rationale) on a history line."""
WHAT_MIN = 20
"""The fewest cells the history's "what" column wraps in (on a narrow terminal the table
scrolls sideways rather than wrap a change a word a line)."""


class ChangeScreen(ModalScreen[None]):
    """One change in full: who, when, what, and every field before and after."""

    BINDINGS = [Binding("escape,enter,q", "close", "Close", id="change.close")]

    def __init__(self, row: dict, said: str = "") -> None:
        super().__init__()
        self.row, self.wb_said = row, said

    def compose(self):
        row = self.row
        body = Text()
        body.append(f"#{row['id']}  {action_word(row['action'], 'en')}", style="bold")
        body.append(f"  by {visible(row['analyst'] or '—')} at {moment(row['at'])}\n", style="dim")
        body.append(f"{visible(self.wb_said)}\n\n")
        for side in ("before", "after"):
            body.append(f"{side}\n", style="bold")
            value = row.get(side)
            if isinstance(value, dict):
                self._fields(body, value, "  ")
            else:
                body.append(f"  {visible(field_value(value))}\n")
        with Vertical(classes="form wide"):
            yield Label("Change (esc closes)", classes="form-title")
            with VerticalScroll():
                yield Static(body, id="change-body")

    def _fields(self, body: Text, values: dict, indent: str) -> None:
        """Each field and its value; the values an undo restored (a dict) listed under it,
        none when it restored none (a note taken back), never a Python dict."""
        for key, item in values.items():
            if key in HIDDEN or item == {}:
                continue
            body.append(f"{indent}{field_name(key)}: ", style="bold")
            if isinstance(item, dict):
                body.append("\n")
                self._fields(body, item, indent + "  ")
            else:
                body.append(visible(field_value(item, key)) + "\n")

    def action_close(self) -> None:
        self.dismiss(None)


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,h,q", "close", "Close", id="history.close")]

    def __init__(
        self,
        claim_id: int,
        rows: list[dict],
        scale: list[dict] | None = None,
        place: int | None = None,
    ) -> None:
        super().__init__()
        self.claim_id, self.rows, self.place = claim_id, rows, place
        self.wb_scale = scale or []

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                f"History of {claim_number(self.place, self.claim_id)} (enter opens a change, "
                "esc closes)",
                classes="form-title",
            )
            yield RowTable(id="history-table")

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.call_after_refresh(self._fill)  # once the table has its width

    def _fill(self) -> None:
        """One row a change; what it did wraps in the room the other columns leave (cut at
        60 characters, it lost which note, source or verdict a change was about)."""
        table = self.query_one(DataTable)
        by_id = {row["id"]: row for row in self.rows}
        rows = [
            [
                Text(str(row["id"]), style="dim"),
                Text(moment(row["at"])),
                Text(visible(row["analyst"] or "—")),
                Text(action_word(row["action"], "en")),
                # each value shortened on its own: the line says which one it was
                Text(visible(describe_change(row, by_id, width=VALUE_WIDTH, scale=self.wb_scale))),
            ]
            for row in self.rows
        ]
        titles = ("#", "when", "who", "action")
        widths = [
            max([len(title), *(cells[i].cell_len for cells in rows)])
            for i, title in enumerate(titles)
        ]
        for title, width in zip(titles, widths, strict=True):
            table.add_column(title, width=width)
        padding = 2 * table.cell_padding * (len(titles) + 1)
        room = table.scrollable_content_region.width - sum(widths) - padding - 2  # scrollbar
        table.add_column("what", width=max(WHAT_MIN, room))
        for row, cells in zip(self.rows, rows, strict=True):
            table.add_row(*cells, key=str(row["id"]), height=None)

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        chosen = next(r for r in self.rows if str(r["id"]) == event.row_key.value)
        by_id = {row["id"]: row for row in self.rows}
        said = describe_change(chosen, by_id, scale=self.wb_scale)
        self.app.push_screen(ChangeScreen(chosen, said))

    def action_close(self) -> None:
        self.dismiss(None)
