"""A claim's timeline: every change, who made it and when, before -> after."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from workbench.report.changes import HIDDEN, describe_change, field_value
from workbench.report.labels import action_word
from workbench.safe_text import visible
from workbench.tui.widgets.row_table import RowTable


class ChangeScreen(ModalScreen[None]):
    """One change in full: who, when, what, and every field before and after."""

    BINDINGS = [Binding("escape,enter,q", "close", "Close", id="change.close")]

    def __init__(self, row: dict) -> None:
        super().__init__()
        self.row = row

    def compose(self):
        row = self.row
        body = Text()
        body.append(f"#{row['id']}  {action_word(row['action'], 'en')}", style="bold")
        body.append(f"  by {visible(row['analyst'] or '—')} at {row['at'][:19]}\n\n", style="dim")
        for side in ("before", "after"):
            body.append(f"{side}\n", style="bold")
            value = row.get(side)
            if isinstance(value, dict):
                for key, item in value.items():
                    if key not in HIDDEN:
                        body.append(f"  {key}: ", style="bold")
                        body.append(visible(field_value(item)) + "\n")
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

    def __init__(self, claim_id: int, rows: list[dict]) -> None:
        super().__init__()
        self.claim_id, self.rows = claim_id, rows

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                f"History of claim {self.claim_id} (enter opens a change, esc closes)",
                classes="form-title",
            )
            yield RowTable(id="history-table")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "when", "who", "action", "before → after")
        by_id = {row["id"]: row for row in self.rows}
        for row in self.rows:
            change = visible(describe_change(row, by_id))
            table.add_row(
                Text(str(row["id"]), style="dim"),
                Text(row["at"][:19].replace("T", " ")),
                Text(visible(row["analyst"] or "—")),
                Text(action_word(row["action"], "en")),
                Text(change if len(change) <= 60 else change[:59] + "…"),
                key=str(row["id"]),
            )
        table.focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        chosen = next(r for r in self.rows if str(r["id"]) == event.row_key.value)
        self.app.push_screen(ChangeScreen(chosen))

    def action_close(self) -> None:
        self.dismiss(None)
