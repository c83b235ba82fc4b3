"""A claim's timeline: every change, who made it and when, before -> after."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from workbench.report.changes import HIDDEN, describe_change, field_name, field_value
from workbench.report.words import action_word, moment
from workbench.safe_text import visible
from workbench.tui.widgets.row_table import RowTable


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
                for key, item in value.items():
                    if key not in HIDDEN:
                        body.append(f"  {field_name(key)}: ", style="bold")
                        body.append(visible(field_value(item, key)) + "\n")
            else:
                body.append(f"  {visible(field_value(value))}\n")
        with Vertical(classes="form wide"):
            yield Label("Change (esc closes)", classes="form-title")
            with VerticalScroll():
                yield Static(body, id="change-body")

    def action_close(self) -> None:
        self.dismiss(None)


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,h,q", "close", "Close", id="history.close")]

    def __init__(self, claim_id: int, rows: list[dict], scale: list[dict] | None = None) -> None:
        super().__init__()
        self.claim_id, self.rows = claim_id, rows
        self.wb_scale = scale or []

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                f"History of claim {self.claim_id} (enter opens a change, esc closes)",
                classes="form-title",
            )
            yield RowTable(id="history-table")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "when", "who", "action", "what")
        by_id = {row["id"]: row for row in self.rows}
        for row in self.rows:
            change = visible(describe_change(row, by_id, scale=self.wb_scale))
            table.add_row(
                Text(str(row["id"]), style="dim"),
                Text(moment(row["at"])),
                Text(visible(row["analyst"] or "—")),
                Text(action_word(row["action"], "en")),
                Text(change if len(change) <= 60 else change[:59] + "…"),
                key=str(row["id"]),
            )
        table.focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        chosen = next(r for r in self.rows if str(r["id"]) == event.row_key.value)
        by_id = {row["id"]: row for row in self.rows}
        said = describe_change(chosen, by_id, scale=self.wb_scale)
        self.app.push_screen(ChangeScreen(chosen, said))

    def action_close(self) -> None:
        self.dismiss(None)
