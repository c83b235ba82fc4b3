"""A claim's timeline: every change, who made it and when, before -> after."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from workbench.safe_text import visible


def describe_change(row: dict) -> str:
    before, after = row.get("before"), row.get("after")
    if isinstance(after, dict) and "undid" in after:
        return f"undid change #{after['undid']}"
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in after if before.get(k) != after.get(k)]
        return "; ".join(f"{k}: {before.get(k)!s:.40} → {after.get(k)!s:.40}" for k in keys)
    if isinstance(after, dict):
        return ", ".join(
            f"{k}={v!s:.40}"
            for k, v in after.items()
            if v is not None and k not in ("claim_id", "source_id")
        )
    return ""


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,h,q", "close", "Close", id="history.close")]

    def __init__(self, claim_id: int, rows: list[dict]) -> None:
        super().__init__()
        self.claim_id, self.rows = claim_id, rows

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(f"History of claim {self.claim_id} (esc closes)", classes="form-title")
            yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "when", "who", "action", "before → after")
        for row in self.rows:
            table.add_row(
                Text(str(row["id"]), style="dim"),
                Text(row["at"][:19].replace("T", " ")),
                Text(visible(row["analyst"] or "—")),
                Text(row["action"]),
                Text(visible(describe_change(row))),
            )
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
