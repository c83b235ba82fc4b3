"""The article picker: title, outlet, date, progress and last activity of every article."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, ProgressBar

from workbench.report.words import moment
from workbench.safe_text import visible
from workbench.tui.widgets.row_table import RowTable

FIRST_ROWS = 100
"""Rows put in the table before the first paint (more than a tall terminal shows)."""
BATCH_ROWS = 250
"""Rows added per refresh after it, so keys are answered between batches."""


class ArticlesScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Open", id="articles.open"),
        Binding("i", "app.ingest", "Ingest", id="articles.ingest"),
        Binding("q", "app.quit", "Quit", id="articles.quit"),
        Binding("f1,question_mark", "app.help", "Keys", id="articles.help"),
    ]

    @dataclass
    class Opened(Message):
        article_id: int

    def __init__(self) -> None:
        super().__init__()
        self._articles_pending: list[dict] = []
        """Rows still to add to the table, a batch per refresh."""

    def compose(self):
        yield Label("Articles — enter opens, i ingests a file", id="articles-title")
        yield ProgressBar(id="ingest-progress", show_eta=False, classes="-idle")
        yield Label("", id="ingest-status")
        yield RowTable(id="articles-table")
        yield Footer()

    def show_progress(self, done: int, total: int, name: str) -> None:
        """Ingest progress: the bar, and what is being read now."""
        bar = self.query_one(ProgressBar)
        bar.remove_class("-idle")
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#ingest-status", Label).update(
            Text(visible(f"ingesting {done}/{total}: {name}"), style="dim")
        )

    def hide_progress(self) -> None:
        self.query_one(ProgressBar).add_class("-idle")
        self.query_one("#ingest-status", Label).update("")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("id", "title", "outlet", "published", "checked", "last activity")
        table.focus()

    def show(self, rows: list[dict]) -> None:
        """Every article, the first screenful at once and the rest a batch per refresh: a
        table measures each cell it is given, and thousands of rows would hold back the
        first paint (and then the keys) for seconds."""
        table = self.query_one(DataTable)
        table.clear()
        self._articles_pending = rows[FIRST_ROWS:]
        self._add_rows(rows[:FIRST_ROWS])
        if self._articles_pending:
            self.call_after_refresh(self._add_more)
        if not rows:
            self.query_one("#articles-title", Label).update(
                "No articles yet — press i to ingest a file"
            )

    def _add_more(self) -> None:
        batch, self._articles_pending = (
            self._articles_pending[:BATCH_ROWS],
            self._articles_pending[BATCH_ROWS:],
        )
        self._add_rows(batch)
        if self._articles_pending:
            self.call_after_refresh(self._add_more)

    def _add_rows(self, rows: list[dict]) -> None:
        table = self.query_one(DataTable)
        for row in rows:
            table.add_row(
                Text(str(row["id"]), style="dim"),
                Text(visible(row["title"] or "")[:60]),
                Text(visible(row["outlet"] or "")[:20]),
                Text(row["published"] or ""),
                Text(f"{row['checked']}/{row['claims']}"),
                Text(moment(row["last_activity"])),
                key=str(row["id"]),
            )

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.post_message(self.Opened(int(event.row_key.value)))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
            if key.value is not None:
                self.post_message(self.Opened(int(key.value)))
