"""The desk overview: per article and per analyst, claims new / in progress / proposed /
returned / approved / done (new / in progress / done while review is off), and what waits
longest (enter opens it)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from workbench.claim_name import claim_name
from workbench.safe_text import visible
from workbench.tui.screens.queue import REASON_STYLES, REASONS, QueueScreen, when
from workbench.tui.widgets.row_table import RowTable


class OverviewScreen(Screen):
    BINDINGS = [
        Binding("enter", "open", "Open claim", id="overview.open"),
        Binding("y", "app.queue", "My queue", id="overview.queue"),
        Binding("o", "app.articles", "Articles", id="overview.articles"),
        Binding("escape", "app.leave", "Back", id="overview.back"),
        Binding("q", "app.quit", "Quit", id="overview.quit"),
        Binding("f1,question_mark", "app.help", "Keys", id="overview.help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.longest: list[dict] = []
        self.pending: dict | None = None
        """A view that arrived before the tables were mounted."""
        self.ready = False

    def compose(self):
        yield Label("Desk overview", id="overview-title")
        yield RowTable(id="overview-articles")
        yield RowTable(id="overview-analysts")
        yield Label("Waiting longest", classes="overview-heading")
        yield RowTable(id="overview-longest")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#overview-longest", DataTable).add_columns(
            "since", "why", "for", "claim", "text"
        )
        self.query_one("#overview-longest", DataTable).focus()
        self.ready = True
        if self.pending is not None:
            self.show(self.pending)

    def show(self, view: dict) -> None:
        if not self.ready:
            self.pending = view
            return
        review = "review on" if view["review"] else "review off: a claim checked is done"
        self.query_one("#overview-title", Label).update(
            f"Desk overview — {review}, {view['waiting']} waiting"
        )
        # the states counted as review is on or off (no "proposed" column while it is off)
        states = view["states"]
        named = [state.replace("-", " ") for state in states]
        articles = self.query_one("#overview-articles", DataTable)
        articles.clear(columns=True)
        articles.add_columns("article", *named)
        for row in view["articles"]:
            name = visible(f"{row['key']} {row['title'] or ''}")[:40]
            articles.add_row(Text(name), *[Text(str(row[s]), justify="right") for s in states])
        people = self.query_one("#overview-analysts", DataTable)
        people.clear(columns=True)
        people.add_columns("analyst", *named, "waiting")
        for row in view["analysts"]:
            people.add_row(
                Text(visible(row["key"])),
                *[Text(str(row[s]), justify="right") for s in states],
                Text(str(row["waiting"]), justify="right", style="bold"),
            )
        longest = self.query_one("#overview-longest", DataTable)
        longest.clear()
        self.longest = view["longest"]
        for item in self.longest:
            longest.add_row(
                Text(when(item["since"]), style="dim"),
                Text(REASONS[item["reason"]], style=REASON_STYLES[item["reason"]]),
                Text(visible(item["for"] or f"not {item['author']}")),
                Text(claim_name(item["place"], item["claim_id"])),
                Text(" ".join(visible(item["text"]).split())[:80]),
            )

    @on(DataTable.RowSelected, "#overview-longest")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one("#overview-longest", DataTable)
        if self.longest and table.row_count:
            item = self.longest[table.cursor_row]
            self.post_message(QueueScreen.Opened(item["article_id"], item["claim_id"]))
