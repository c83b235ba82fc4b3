"""My queue: what waits for the analyst at the keyboard, oldest first (claims assigned to
them, verdicts returned to them, verdicts waiting for their review). The first screen for
someone with work waiting; enter opens the claim."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from workbench.claim_name import claim_name
from workbench.report.words import moment
from workbench.safe_text import visible
from workbench.tui.widgets.row_table import RowTable

REASONS = {"assigned": "assigned", "returned": "returned", "review": "to review"}
REASON_STYLES = {"assigned": "cyan", "returned": "bold dark_orange", "review": "magenta"}


def when(stamp: str | None) -> str:
    return moment(stamp)


class QueueScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Open claim", id="queue.open"),
        Binding("o", "app.articles", "Articles", id="queue.articles"),
        Binding("b", "app.overview", "Desk", id="queue.overview"),
        Binding("escape", "app.leave", "Back", id="queue.back"),
        Binding("q", "app.quit", "Quit", id="queue.quit"),
        Binding("f1,question_mark", "app.help", "Keys", id="queue.help"),
    ]

    @dataclass
    class Opened(Message):
        """The analyst chose a claim of the queue."""

        article_id: int
        claim_id: int

    def __init__(self, analyst: str) -> None:
        super().__init__()
        self.analyst = analyst
        self.items: list[dict] = []
        self.pending: list[dict] | None = None
        """Items that arrived before the table was mounted."""
        self.ready = False

    def compose(self):
        yield Label(f"My queue — {visible(self.analyst)}", id="queue-title")
        yield RowTable(id="queue-table")
        yield Label("", id="queue-comment")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("why", "since", "claim", "article", "text")
        table.focus()
        self.ready = True
        if self.pending is not None:
            self.show(self.pending)

    def show(self, items: list[dict]) -> None:
        """Replace the rows, keeping the cursor on the same claim when it is still there."""
        if not self.ready:
            self.pending = items
            return
        table = self.query_one(DataTable)
        keep = self.items[table.cursor_row]["claim_id"] if self.items and table.row_count else None
        self.items = items
        table.clear()
        for item in items:
            table.add_row(
                Text(REASONS[item["reason"]], style=REASON_STYLES[item["reason"]]),
                Text(when(item["since"]), style="dim"),
                Text(claim_name(item["place"], item["claim_id"])),
                Text(visible(item["article"] or "")[:24]),
                Text(" ".join(visible(item["text"]).split())[:90]),
                key=str(item["claim_id"]),
            )
        if keep is not None and str(keep) in table.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))
        title = f"My queue — {visible(self.analyst)}: {len(items)} waiting"
        if not items:
            title += " (nothing: o lists the articles)"
        self.query_one("#queue-title", Label).update(title)
        self._show_comment()

    @on(DataTable.RowHighlighted)
    def _show_comment(self) -> None:
        table = self.query_one(DataTable)
        item = self.items[table.cursor_row] if self.items and table.row_count else None
        comment = Text()
        if item and item["reason"] == "returned" and item["comment"]:
            comment.append(f"{visible(item['reviewer'])}: ", style="bold")
            comment.append(visible(item["comment"]))
        elif item and item["reason"] == "review":
            comment.append(f"proposed by {visible(item['author'])}", style="dim")
        self.query_one("#queue-comment", Label).update(comment)

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if self.items and table.row_count:
            item = self.items[table.cursor_row]
            self.post_message(self.Opened(item["article_id"], item["claim_id"]))
