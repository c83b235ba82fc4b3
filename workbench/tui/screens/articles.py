"""The article picker: title, outlet, date, progress and last activity of every article."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, ProgressBar

from workbench.safe_text import visible


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

    def compose(self):
        yield Label("Articles — enter opens, i ingests a file", id="articles-title")
        yield ProgressBar(id="ingest-progress", show_eta=False, classes="-idle")
        yield Label("", id="ingest-status")
        yield DataTable(id="articles-table", cursor_type="row", zebra_stripes=True)
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
        table = self.query_one(DataTable)
        table.clear()
        for row in rows:
            table.add_row(
                Text(str(row["id"]), style="dim"),
                Text(visible(row["title"] or "")[:60]),
                Text(visible(row["outlet"] or "")[:20]),
                Text(row["published"] or ""),
                Text(f"{row['checked']}/{row['claims']}"),
                Text((row["last_activity"] or "")[:16].replace("T", " ")),
                key=str(row["id"]),
            )
        if not rows:
            self.query_one("#articles-title", Label).update(
                "No articles yet — press i to ingest a file"
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
