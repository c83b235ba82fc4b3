"""The main screen: one article's claims in a table, the article beside it, the selected
claim's card below, and every action on the claim one key away.

Every read and write runs in a thread worker through the app's StoreGateway; results come
back as messages, so the UI never waits on SQLite or spaCy."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label
from textual.worker import Worker

from workbench.extract.dates import published_day
from workbench.safe_text import visible
from workbench.store import StoreError
from workbench.tui.gateway import StoreGateway
from workbench.tui.messages import (
    ArticleLoaded,
    ChangeSaved,
    ClaimLoaded,
    ClaimsLoaded,
    ReportExported,
)
from workbench.tui.screens.add_claim import AddClaimScreen
from workbench.tui.screens.forms import (
    DateForm,
    EditClaimForm,
    NoteForm,
    SourceForm,
    StatusForm,
    VerdictForm,
)
from workbench.tui.screens.history import HistoryScreen
from workbench.tui.screens.matches import MatchesScreen, TimelineScreen
from workbench.tui.widgets.article_view import ArticleView
from workbench.tui.widgets.claim_card import ClaimCard
from workbench.tui.widgets.claims_table import ClaimsTable
from workbench.tui.widgets.filter_bar import FilterBar

PAGE = 100
"""Rows fetched at once; the next page loads when the cursor reaches the end."""
NARROW_WIDTH = 100
TINY_WIDTH = 72
"""Below this the filters shrink so the search box keeps room to type (60x20 terminals)."""


if TYPE_CHECKING:
    from workbench.tui.app import ClaimWorkbench


class MainScreen(Screen):
    BINDINGS = [
        Binding("slash", "search", "Search", id="main.search"),
        Binding("v", "verdict", "Verdict", id="main.verdict"),
        Binding("s", "source", "Source", id="main.source"),
        Binding("t", "status", "Status", id="main.status"),
        Binding("n", "note", "Note", id="main.note"),
        Binding("d", "date", "Date", id="main.date"),
        Binding("h", "history", "History", id="main.history"),
        Binding("x", "export", "Export", id="main.export"),
        Binding("u", "undo", "Undo", id="main.undo"),
        Binding("m", "matches", "Seen before", show=False, id="main.matches"),
        Binding("l", "timeline", "Timeline", show=False, id="main.timeline"),
        Binding("a", "add_claim", "Add claim", show=False, id="main.add_claim"),
        Binding("e", "edit_claim", "Edit claim", show=False, id="main.edit_claim"),
        Binding("r", "sort", "Sort by score/position", show=False, id="main.sort"),
        Binding(
            "w", "toggle_article", "Article/card (narrow)", show=False, id="main.toggle_article"
        ),
        Binding("tab", "focus_next", "Next pane", show=False, id="main.focus_next"),
        Binding("escape", "focus_table", "Back to table", show=False, id="main.focus_table"),
        Binding("o", "app.articles", "Articles", show=False, id="main.articles"),
    ]

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.article: dict = {}
        self.labels: dict[str, dict] = {}
        self.scale: list[dict] = []
        self.claim: dict | None = None
        self.claim_id: int | None = None
        self.sort = "position"
        self.total = 0
        """How many claims match the filters; the table holds the first pages of them."""

    @property
    def workbench(self) -> ClaimWorkbench:
        """The app this screen runs in (imported here: the app module imports this one)."""
        from workbench.tui.app import ClaimWorkbench

        assert isinstance(self.app, ClaimWorkbench)
        return self.app

    @property
    def gateway(self) -> StoreGateway:
        return self.workbench.gateway

    def compose(self):
        yield Label("", id="article-title")
        yield FilterBar(id="filters")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ClaimsTable(id="claims")
                yield Label("", id="claims-count")
                yield ClaimCard(id="card")
            yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        # After the first refresh, so every child (the filter selects) is mounted when the
        # article arrives.
        self.call_after_refresh(self.load_article)
        self.query_one(ClaimsTable).focus()

    def on_resize(self, event) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.width < TINY_WIDTH, "-tiny")

    # -- workers: reads ---------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(self) -> None:
        article, scale, claims = self.gateway.call(
            lambda store: (
                store.article(self.article_id),
                store.scale(),
                store.claims(article_id=self.article_id),
            )
        )
        self.post_message(ArticleLoaded(article, scale, claims))

    @work(thread=True, exclusive=True, group="claims", exit_on_error=False)
    def load_claims(self, filters: dict, offset: int = 0) -> None:
        rows, total = self.gateway.call(
            lambda store: store.claims_page(
                article_id=self.article_id, sort=self.sort, limit=PAGE, offset=offset, **filters
            )
        )
        self.post_message(ClaimsLoaded(self.article, rows, total, offset))

    @work(thread=True, exclusive=True, group="card", exit_on_error=False)
    def load_card(self, claim_id: int) -> None:
        self.post_message(
            ClaimLoaded(
                self.gateway.call(
                    lambda store: {
                        **store.claim(claim_id),
                        "matches": store.matches(claim_id),
                        "disagreements": store.disagreements(claim_id),
                    }
                )
            )
        )

    # -- workers: writes (never cancelled: each one is something the analyst did) ----------
    @work(thread=True, group="writes", exit_on_error=False)
    def save(
        self,
        description: str,
        change,
        claim_id: int | None = None,
        select_result: bool = False,
        reopen: Callable[[str], None] | None = None,
    ) -> None:
        """Apply one change; `select_result` moves to the claim the change returns (added).
        `reopen(reason)` brings back the form that asked for it when the store refuses."""
        try:
            result = self.gateway.call(change)
        except StoreError as error:
            if reopen is None:
                raise
            self.app.call_from_thread(reopen, str(error))
            return
        self.post_message(ChangeSaved(description, result if select_result else claim_id))

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        self.workbench.report_failure(event)

    @work(thread=True, group="export", exit_on_error=False)
    def export(self) -> None:
        from workbench.report import default_report_path, write_report

        path = default_report_path(self.article, "html")
        self.gateway.call(lambda store: write_report(store, [self.article_id], "html", path))
        self.post_message(ReportExported(str(path)))

    # -- messages ---------------------------------------------------------------------------
    @on(ArticleLoaded)
    def _article_loaded(self, message: ArticleLoaded) -> None:
        self.article, self.scale = message.article, message.scale
        self.labels = {entry["key"]: entry for entry in message.scale}
        title = Text(
            visible(self.article.get("title") or f"Article {self.article_id}"), style="bold"
        )
        title.append(
            f"  {visible(self.article.get('outlet') or '')} {self.article.get('published') or ''}",
            style="dim",
        )
        self.query_one("#article-title", Label).update(title)
        self.query_one(FilterBar).set_labels(message.scale)
        self.query_one(ArticleView).load(self.article["text"], message.claims, self.claim_id)
        self.load_claims(self.query_one(FilterBar).filters)

    @on(ClaimsLoaded)
    def _claims_loaded(self, message: ClaimsLoaded) -> None:
        table = self.query_one(ClaimsTable)
        if message.offset:
            table.extend(message.rows)
        else:
            table.show(message.rows, self.labels, keep=self.claim_id)
        self.total = message.total
        shown = (
            f"{table.row_count} of {message.total}"
            if message.total > table.row_count
            else str(message.total)
        )
        self.query_one("#claims-count", Label).update(
            f"{shown} claims · sorted by {self.sort} · ? for keys"
        )
        if table.row_count and table.selected_claim_id != self.claim_id:
            self._select(table.selected_claim_id)
        elif not table.row_count:
            self.query_one(ClaimCard).show(None)

    @on(ClaimLoaded)
    def _claim_loaded(self, message: ClaimLoaded) -> None:
        if message.claim["id"] == self.claim_id:
            self.claim = message.claim
            self.query_one(ClaimCard).show(message.claim)

    @on(ChangeSaved)
    def _change_saved(self, message: ChangeSaved) -> None:
        self.notify(message.description, markup=False)
        if message.claim_id is not None:
            self.claim_id = message.claim_id
        self.claim = None
        if self.claim_id is not None:
            self.load_card(self.claim_id)
        self.load_article()

    @on(ReportExported)
    def _exported(self, message: ReportExported) -> None:
        self.notify(f"Report saved to {message.path}", title="Export", markup=False, timeout=10)

    @on(DataTable.RowHighlighted, "#claims")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._select(int(event.row_key.value))
        table = self.query_one(ClaimsTable)
        if event.cursor_row >= table.row_count - 1 and table.row_count < self.total:
            self.load_claims(self.query_one(FilterBar).filters, offset=table.row_count)

    @on(ArticleView.ClaimChosen)
    def _chosen_in_article(self, message: ArticleView.ClaimChosen) -> None:
        table = self.query_one(ClaimsTable)
        if str(message.claim_id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(message.claim_id)))
        self._select(message.claim_id)

    @on(FilterBar.Changed)
    def _filters_changed(self, message: FilterBar.Changed) -> None:
        self.load_claims(message.filters)

    @on(Input.Submitted, "#filter-search")
    def _search_submitted(self) -> None:
        self.query_one(ClaimsTable).focus()

    def _select(self, claim_id: int | None) -> None:
        if claim_id is None or claim_id == self.claim_id and self.claim:
            return
        self.claim_id = claim_id
        self.claim = None
        self.query_one(ArticleView).highlight(claim_id)
        self.load_card(claim_id)

    # -- actions ----------------------------------------------------------------------------
    def _need_claim(self) -> int | None:
        if self.claim_id is None:
            self.notify("Select a claim first.", severity="warning")
        return self.claim_id

    def action_search(self) -> None:
        self.query_one("#filter-search", Input).focus()

    def action_focus_table(self) -> None:
        self.query_one(ClaimsTable).focus()

    def action_sort(self) -> None:
        self.sort = "score" if self.sort == "position" else "position"
        self.load_claims(self.query_one(FilterBar).filters)

    def action_toggle_article(self) -> None:
        self.toggle_class("-show-article")

    def action_verdict(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        current = self.claim.get("verdict_record") if self.claim else None

        def done(result: dict | None) -> None:
            if result:
                label = self.labels[result["label"]]["label_en"]
                self.save(
                    f"Verdict: {label}",
                    lambda store: store.set_verdict(claim_id, result["label"], result["rationale"]),
                    claim_id,
                )

        self.app.push_screen(VerdictForm(self.scale, current), done)

    def action_source(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return

        def done(result: dict | None) -> None:
            if result:

                def change(store):
                    source_id = store.add_source(
                        result["url"],
                        title=result["title"],
                        publisher=result["publisher"],
                        published=result["published"],
                        archived_url=result["archived_url"],
                    )
                    store.link_source(
                        claim_id, source_id, result["stance"], excerpt=result["excerpt"]
                    )

                self.save(f"Source linked ({result['stance']})", change, claim_id)

        self.app.push_screen(SourceForm(self._search_library), done)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _search_library(self, words: str, reply) -> None:
        found = self.gateway.call(lambda store: store.sources(words or None, limit=20))
        self.app.call_from_thread(reply, found)

    def action_status(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return

        def done(result: dict | None) -> None:
            if result:
                self.save(
                    f"Status: {result['status']}",
                    lambda store: store.set_status(claim_id, result["status"]),
                    claim_id,
                )

        self.app.push_screen(StatusForm(self.claim["status"] if self.claim else "new"), done)

    def action_note(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        self._note_form(claim_id)

    def _note_form(self, claim_id: int, body: str = "", error: str | None = None) -> None:
        """The note form; if the save fails (the database locked), it opens again with the
        text typed and the reason."""

        def done(result: dict | None) -> None:
            if result:
                self.save(
                    "Note added",
                    lambda store: store.add_note(claim_id, result["body"]),
                    claim_id,
                    reopen=lambda reason: self._note_form(claim_id, result["body"], reason),
                )

        self.app.push_screen(NoteForm(body, error), done)

    def action_date(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        anchor = published_day(self.article.get("published"))

        def done(result: dict | None) -> None:
            if result:
                self.save(
                    f"Date added: {result['iso']}",
                    lambda store: store.add_date(claim_id, result["role"], result["when"]),
                    claim_id,
                )

        self.app.push_screen(DateForm(anchor, self.article.get("language") or "fr"), done)

    def action_history(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        self._show_history(claim_id)

    @work(thread=True, group="history", exit_on_error=False)
    def _show_history(self, claim_id: int) -> None:
        rows = self.gateway.call(lambda store: store.history(claim_id))
        self.app.call_from_thread(self.app.push_screen, HistoryScreen(claim_id, rows))

    def action_matches(self) -> None:
        if (claim_id := self._need_claim()) is None or not self.claim:
            return

        def done(result: dict | None) -> None:
            if result:
                self.save(
                    f"Match {result['state']}",
                    lambda store: store.decide_match(result["match_id"], result["state"]),
                    claim_id,
                )

        self.app.push_screen(
            MatchesScreen(self.claim.get("matches", []), self.article.get("language") or "en"), done
        )

    def action_timeline(self) -> None:
        self._show_timeline()

    @work(thread=True, group="timeline", exit_on_error=False)
    def _show_timeline(self) -> None:
        from workbench.report.timeline import events

        items = events(self.gateway.call(lambda store: store.dossier([self.article_id])))
        self.app.call_from_thread(self.app.push_screen, TimelineScreen(items))

    def action_export(self) -> None:
        self.notify("Exporting the report…", markup=False)
        self.export()

    def action_undo(self) -> None:
        self.save("Last change undone", lambda store: store.undo())

    def action_add_claim(self) -> None:
        def done(result: dict | None) -> None:
            if result:
                self.save(
                    "Claim added",
                    lambda store: store.add_claim(
                        self.article_id, result["start"], result["end"], speaker=result["speaker"]
                    ),
                    select_result=True,
                )

        self.app.push_screen(AddClaimScreen(self.article.get("text", "")), done)

    def action_edit_claim(self) -> None:
        if (claim_id := self._need_claim()) is None or not self.claim:
            return

        def done(result: dict | None) -> None:
            if result:
                # The card the form started from: a field someone else changed since is
                # refused (StaleEdit, shown), never silently put back.
                self.save(
                    "Claim edited",
                    lambda store: store.edit_claim(claim_id, **result, base=base),
                    claim_id,
                )

        base = dict(self.claim)
        self.app.push_screen(EditClaimForm(self.claim), done)
