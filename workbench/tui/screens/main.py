"""The main screen: one article's claims in a table, the article beside it, the selected
claim's card below, and every action on the claim one key away.

Every read and write runs in a thread worker through the app's StoreGateway; results come
back as messages, so the UI never waits on SQLite or spaCy. The selected claim and the sort
are reactives; after a save only the changed row and the card are refreshed (the article is
reloaded only when a claim's words or span changed).

The forms it opens are in `claim_forms`, its history, timeline and export in `main_dialogs`
(parts of this screen, mixed in): this module keeps the keys, the selection, the reads and
the writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input
from textual.worker import Worker, WorkerState

from workbench.matching.sides import LIKELY, is_other_figure, is_weak
from workbench.plural import counted
from workbench.safe_text import visible
from workbench.store import StoreError
from workbench.tui.gateway import ReadFirst, StoreGateway
from workbench.tui.messages import (
    ArticleLoaded,
    CardsReadAhead,
    ChangeSaved,
    ClaimLoaded,
    ClaimsLoaded,
    FiguresMarked,
    HeadingReread,
    RowsReread,
    WriteDone,
)
from workbench.tui.screens.claim_forms import ClaimForms
from workbench.tui.screens.main_dialogs import MainDialogs
from workbench.tui.typeahead import OpenedByKey, release_keys
from workbench.tui.widgets.article_view import ArticleView
from workbench.tui.widgets.claim_card import LISTED_MATCHES, ClaimCard
from workbench.tui.widgets.claims_table import SEEN_GLYPHS, ClaimsTable, seen_of
from workbench.tui.widgets.filter_bar import FilterBar
from workbench.tui.widgets.fitting_line import FittingLine

PAGE = 100
"""Rows fetched at once; the next page loads when the cursor reaches the end."""
NARROW_WIDTH = 100
TINY_WIDTH = 72
READ_AHEAD = 2
"""Cards read ahead on each side of the cursor (see `MainScreen._read_ahead`)."""
"""Below this the filters shrink so the search box keeps room to type (60x20 terminals)."""

FINISHED = (WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED)
Change = Callable[[Any], Any]
"""A write: called with the Store, in a worker, alone on the connection."""


if TYPE_CHECKING:
    from workbench.matching.disagreement import FigureIndex
    from workbench.tui.app import ClaimWorkbench

# The claims are what the analyst waits for: the forms, the dialogs and Textual's form widgets
# are imported when one first opens (or by the app's worker once the claims are painted,
# `ClaimWorkbench.first_screen_shown`), the figures of the whole article (matching's
# disagreement index) once they are painted.


class MainScreen(ClaimForms, MainDialogs):
    # The keys that open a form are priority bindings: the app runs them as it reads them,
    # so the keys typed after them are held (`typeahead`) until the form is up, and the form
    # opens once the keys typed before them (a cursor move) have run.
    BINDINGS = [
        Binding("c", "opening('check')", "Check", priority=True, id="main.check"),
        Binding("v", "opening('verdict')", "Verdict", priority=True, id="main.verdict"),
        Binding("s", "opening('source')", "Source", priority=True, id="main.source"),
        Binding("t", "opening('status')", "Status", show=False, priority=True, id="main.status"),
        Binding("n", "opening('note')", "Note", show=False, priority=True, id="main.note"),
        Binding("d", "opening('date')", "Date", show=False, priority=True, id="main.date"),
        Binding(
            "D",
            "opening('article_date')",
            "Article date",
            show=False,
            priority=True,
            id="main.article_date",
        ),
        Binding("h", "history", "History", show=False, id="main.history"),
        Binding("u", "undo", "Undo", id="main.undo"),
        Binding("U", "redo", "Redo", show=False, id="main.redo"),
        Binding("ctrl+z", "undo_anywhere", "Undo (any claim)", show=False, id="main.undo_any"),
        Binding("x", "opening('export')", "Export", priority=True, id="main.export"),
        Binding("slash", "search", "Search", show=False, priority=True, id="main.search"),
        Binding("right_square_bracket", "next_claim", "Next claim", show=False, id="main.next"),
        Binding(
            "left_square_bracket", "previous_claim", "Previous claim", show=False, id="main.prev"
        ),
        Binding(
            "m", "opening('matches')", "Seen before", show=False, priority=True, id="main.matches"
        ),
        Binding("l", "timeline", "Timeline", show=False, id="main.timeline"),
        Binding(
            "a", "opening('add_claim')", "Add claim", show=False, priority=True, id="main.add_claim"
        ),
        Binding(
            "e",
            "opening('edit_claim')",
            "Edit claim",
            show=False,
            priority=True,
            id="main.edit_claim",
        ),
        Binding("r", "sort", "Sort: by score ⇄ in article order", show=False, id="main.sort"),
        Binding(
            "w", "toggle_article", "Article/card (narrow)", show=False, id="main.toggle_article"
        ),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="main.focus_next"),
        Binding(
            "shift+tab", "app.focus_previous", "Previous pane", show=False, id="main.focus_prev"
        ),
        Binding("escape", "focus_table", "Back to table", show=False, id="main.focus_table"),
        Binding("o", "app.articles", "Articles", show=False, id="main.articles"),
    ]

    # `var`: reactives that repaint nothing themselves. A plain `reactive` on the screen
    # repaints the whole screen on every change: each cursor move redrew every cell.
    claim_id: var[int | None] = var(None, init=False)
    """The selected claim: the card, the article highlight and every action follow it."""
    sort: var[str] = var("position", init=False)
    """Table order: "position" in the article, or "score"."""

    def __init__(self, article_id: int) -> None:
        super().__init__()
        self.article_id = article_id
        self.article: dict = {}
        self.labels: dict[str, dict] = {}
        self.scale: list[dict] = []
        self.claim: dict | None = None
        """The selected claim as last loaded (None while it loads)."""
        self.card_read = 0
        """The gateway call that read `claim`: an older read arriving late is dropped."""
        self.card_reading: int | None = None
        """The claim whose card is being read (one read at a time: see `_read_card`)."""
        self.waiting: tuple[int, str, int | None] | None = None
        """(claim, action, hold) asked for while the claim's card was still loading: run when
        it is in, so a form never opens on another claim's data and a key is never dropped;
        the keys typed meanwhile are held (hold) until then."""
        self.opening: int | None = None
        """The hold of the key whose action runs now: the screen it opens gives it back."""
        self.figures: FigureIndex | None = None
        """The article's figures by quantity, for the card's disagreement flags (no card
        is read before they are in)."""
        self.article_asked = False
        """The article was asked for (once the first claims are painted)."""
        self.total = 0
        """How many claims match the filters; the table holds the first pages of them."""
        self.advance_after_save = False
        self.just_checked: tuple[int, int] | None = None
        """(claim checked, claim the cursor moved on to) right after a check-form save: `u`
        there takes back that check, not something on the claim moved to."""
        self.wb_reading_ahead = False
        """The cards next to the cursor are being read (see `_read_ahead`)."""
        self.wb_saved = 0
        """The gateway call of the latest change saved: a card read ahead before it is
        dropped (it may not say what the change did)."""
        self.wb_numbers: dict[int, int] = {}
        """Each claim of the article with its number in it, the table's `#` (read with the
        table's rows; a number never changes, and a claim added reads them again)."""

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
        yield FittingLine(id="article-title")
        yield FilterBar(id="filters")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ClaimsTable(on_move=self._cursor_moved, id="claims")
                yield FittingLine(id="claims-count")
                yield ClaimCard(id="card")
            yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        # The claims first (with the verdict scale they show): they are what the analyst
        # waits for. The article, its figures and the card come once they are painted.
        self.load_claims(self.query_one(FilterBar).filters)
        self.query_one(ClaimsTable).focus()

    def on_resize(self, event) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.width < TINY_WIDTH, "-tiny")

    # -- reactives --------------------------------------------------------------------------
    def watch_claim_id(self, claim_id: int | None) -> None:
        if self.just_checked and claim_id != self.just_checked[1]:
            self.just_checked = None  # the analyst moved on: undo follows the cursor again
        if self.waiting and self.waiting[0] != claim_id:
            release_keys(self, self.waiting[2])  # that claim is no longer the one selected
            self.waiting = None
        self.claim = None
        self.card_read = 0
        self.query_one(ArticleView).highlight(claim_id)
        if claim_id is None or self.figures is None:
            return  # the card is read once the article's figures are in
        card = self.query_one(ClaimCard)
        ahead = card.read_ahead(claim_id)
        if ahead is None:
            self._read_card(claim_id)
            return
        # Drawn at once from the card read ahead, in the frame that moves the row and the
        # highlight; read again once that frame is drawn (`claim`, which the forms start
        # from, is only ever a card read after the move), and shown again if it changed.
        card.show(ahead)
        self.call_after_refresh(self._read_behind)

    def _cursor_moved(self, claim_id: int) -> None:
        """The table's cursor moved: select its claim now, in the same frame as the row."""
        self.claim_id = claim_id

    def watch_sort(self) -> None:
        self.load_claims(self.query_one(FilterBar).filters)

    # -- workers: reads ---------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(self) -> None:
        """The article, every claim of it (underlined in its text) and their figures (the
        card's disagreement flags): read once the first claims are painted."""
        from workbench.matching.disagreement import FigureIndex, news_day

        def read(store):
            article = store.article(self.article_id)
            claims = store.claims(article_id=self.article_id)
            return (
                article,
                claims,
                FigureIndex(claims, article.get("language") or "fr", news_day(article)),
            )

        self.post_message(ArticleLoaded(*self.gateway.call(read)))

    @work(thread=True, exclusive=True, group="claims", exit_on_error=False)
    def load_claims(self, filters: dict, offset: int = 0) -> None:
        def read(store):
            rows, total = store.claims_page(
                article_id=self.article_id, sort=self.sort, limit=PAGE, offset=offset, **filters
            )
            return self._with_seen(store, rows), total, None if self.scale else store.scale()

        rows, total, scale = self.gateway.call(read)
        self.post_message(ClaimsLoaded(rows, total, offset, scale))

    def _with_seen(self, store, rows: list[dict]) -> list[dict]:
        """The rows with what the table's "seen before" column shows and each claim's
        number in its article, its `#` (one query each for the whole article), and, once the article's figures are read, which of them wait on a likely
        suggestion whose figures disagree (`_figures_marked`)."""
        seen = store.seen_before(self.article_id)
        numbers = self.wb_numbers = store.claim_numbers([self.article_id])
        marked = self._figures_marked(store, rows) if self.figures is not None else set()
        for row in rows:
            row["seen"] = seen.get(row["id"])
            row["place"] = numbers.get(row["id"])
            row["figures_disagree"] = row["id"] in marked
        return rows

    def _figures_marked(self, store, rows: list[dict]) -> set[int]:
        """Which of these claims wait on a likely suggestion whose figures disagree with
        theirs (`flag_text.waits_with_other_figures`): their matches in one query, no
        explanation worked out. The first page is painted before the disagreement reading
        is imported (`load_article`), and marked once it is (`mark_figures`)."""
        from workbench.report.flag_text import waits_with_other_figures

        language = store.article_language(self.article_id) or "fr"
        found = store.matches_of([row["id"] for row in rows], explained=False)
        return {
            row["id"] for row in rows if waits_with_other_figures(row, found[row["id"]], language)
        }

    @work(thread=True, exclusive=True, group="marks", exit_on_error=False)
    def mark_figures(self, rows: list[dict]) -> None:
        marked = self.gateway.call(lambda store: self._figures_marked(store, rows))
        self.post_message(FiguresMarked([row["id"] for row in rows], marked))

    @on(FiguresMarked)
    def _figures_marked_read(self, message: FiguresMarked) -> None:
        """Repaint the rows whose mark changed (only the mark: a row saved meanwhile keeps
        what the save showed)."""
        table = self.query_one(ClaimsTable)
        asked = set(message.claim_ids)
        for row in table.shown:
            marked = row["id"] in message.marked
            if row["id"] in asked and bool(row.get("figures_disagree")) != marked:
                table.update_claim({**row, "figures_disagree": marked})

    def _read_card(self, claim_id: int) -> None:
        """Read the card of `claim_id`, one read at a time: while one is on its way, the
        claim selected when it is back is read next. A burst of j reads two cards, not one
        per key, and each key moves the table's row at once."""
        if self.card_reading is None:
            self.card_reading = claim_id
            self.load_card(claim_id)

    def _card_read_done(self) -> None:
        read, self.card_reading = self.card_reading, None
        selected = self.claim_id
        if selected is not None and selected != read and self.claim is None:
            self._read_card(selected)

    @work(thread=True, group="card", exit_on_error=False)
    def load_card(self, claim_id: int) -> None:
        read, claim = self.gateway.numbered(self._card_data, claim_id)
        self.post_message(ClaimLoaded(claim, read))

    def _read_behind(self) -> None:
        """Read the card shown from what was read ahead, and the next ones ahead."""
        if self.claim is None and self.claim_id is not None:
            self._read_card(self.claim_id)
        self._read_ahead()

    def _read_ahead(self) -> None:
        """Read the cards of the claims next to the cursor, two on each side (those not read
        yet; only ever those few, never the article's), so that the next move draws its card in the frame that moves the row; two, so
        that a move leaves the time of a keystroke to read the one after it."""
        if self.wb_reading_ahead or self.figures is None:
            return
        card = self.query_one(ClaimCard)
        wanted = [
            claim_id
            for claim_id in self.query_one(ClaimsTable).neighbours(READ_AHEAD)
            if claim_id != self.claim_id and card.read_ahead(claim_id) is None
        ]
        if wanted:
            self.wb_reading_ahead = True
            self.load_ahead(wanted)

    @work(thread=True, group="ahead", exit_on_error=False)
    def load_ahead(self, claim_ids: list[int]) -> None:
        read, cards = self.gateway.numbered(
            lambda store: [self._card_data(store, claim_id) for claim_id in claim_ids]
        )
        self.post_message(CardsReadAhead(cards, read))

    def forget_read_ahead(self) -> None:
        """Something changed in the database: the cards read ahead may say otherwise."""
        self.query_one(ClaimCard).forget_ahead()

    def database_changed(self) -> None:
        """Another analyst or a command committed: the card and the table's rows are read
        again (a verdict set from the command line showed "new / —" until the next save)."""
        self.forget_read_ahead()
        if self.claim_id is not None:
            self.load_card(self.claim_id)
        self.reread_rows([row["id"] for row in self.query_one(ClaimsTable).shown])
        self.reread_heading()

    @work(thread=True, exclusive=True, group="heading", exit_on_error=False)
    def reread_heading(self) -> None:
        """The article's title, outlet and day read again (`workbench article outlet` from
        another shell, another analyst's `D`): its text and claims are not."""
        self.post_message(
            HeadingReread(self.gateway.call(lambda store: store.article_heading(self.article_id)))
        )

    @on(HeadingReread)
    def _heading_reread(self, message: HeadingReread) -> None:
        if not self.article:
            return  # not shown yet: the article's own read brings it
        if any(self.article.get(name) != value for name, value in message.heading.items()):
            self.article = {**self.article, **message.heading}
            self._show_heading()

    @work(thread=True, exclusive=True, group="reread", exit_on_error=False)
    def reread_rows(self, claim_ids: list[int]) -> None:
        rows = self.gateway.call(lambda store: self._with_seen(store, store.claim_rows(claim_ids)))
        self.post_message(RowsReread(rows))

    @on(RowsReread)
    def _rows_reread(self, message: RowsReread) -> None:
        """Repaint the rows that changed, leaving the cursor and the scroll where they are."""
        table = self.query_one(ClaimsTable)
        shown = {row["id"]: row for row in table.shown}
        for row in message.rows:
            if row["id"] in shown and shown[row["id"]] != row:
                table.update_claim(row)

    def _card_data(self, store, claim_id: int) -> dict:
        """What the card shows, computed for this one claim (never the whole article): its
        best matches only, and how many there are (`m` reads them all)."""
        from workbench.report.flag_text import placed, waits_with_other_figures, with_match_flags

        claim = {**store.claim(claim_id), "matches": store.matches(claim_id, LISTED_MATCHES)}
        with_match_flags(claim, claim["matches"], claim["article"].get("language") or "fr")
        counts = store.match_counts(claim_id)
        # on the card: likely matches, and reports of the same fact with another figure
        listed = sum(
            m["state"] != "rejected" and (is_other_figure(m) or not is_weak(m))
            for m in claim["matches"]
        )
        claim["match_count"] = sum(counts.values())
        claim["weak_matches"] = counts.get("weak", 0)
        hidden = counts.get("rejected", 0) + counts.get("other figure rejected", 0)
        claim["more_matches"] = claim["match_count"] - hidden - claim["weak_matches"] - listed
        claim["seen"] = seen_of(state for state, count in counts.items() if count)
        # the table's mark, from the matches listed (best first) and, when the card lists
        # only the best ones and those it leaves out may be likely too, from all of them
        listed_all = len(claim["matches"]) < LISTED_MATCHES
        language = claim["article"].get("language") or "fr"
        claim["figures_disagree"] = waits_with_other_figures(claim, claim["matches"], language)
        below = listed_all or float(claim["matches"][-1]["score"] or 0) < LIKELY
        if not (claim["figures_disagree"] or below):
            every = store.matches_of([claim_id], explained=False)[claim_id]
            claim["figures_disagree"] = waits_with_other_figures(claim, every, language)
        flags = self.figures.flags(claim) if self.figures else []
        claim["disagreements"] = placed(flags, self.wb_numbers)  # "claim 3 (id 12)"
        # A verdict's review state means something only while the desk reviews verdicts.
        claim["review_shown"] = claim.get("review") if store.review_on() else None
        return claim

    # -- workers: writes (never cancelled: each one is something the analyst did) ----------
    def save(
        self,
        description: str | Callable[[Any], str],
        change: Change | ReadFirst,
        claim_id: int | None = None,
        *,
        select_result: bool = False,
        reload_article: bool = False,
        advance: bool = False,
        reopen: Callable[[str], None] | None = None,
    ) -> None:
        """Apply one change (in a worker), then read back what the screen shows of the
        changed claim. `select_result` moves to the claim the change returns (added);
        `advance` moves the cursor on to the next unchecked claim (the check flow).
        `reopen(reason)` brings back the form that asked for it when the store refuses, so
        nothing typed is lost.

        Keys held when the change is asked for (typed after a form's save) stay held until
        it is done and shown, as if the analyst had waited for it; a `ReadFirst` change does
        its slow work in the worker first, the keys held all the while."""
        hold = self.workbench.share_hold()
        self._write(
            description, change, claim_id, select_result, reload_article, advance, reopen, hold
        )

    @work(thread=True, group="writes", exit_on_error=False)
    def _write(
        self,
        description: str | Callable[[Any], str],
        change: Change | ReadFirst,
        claim_id: int | None,
        select_result: bool,
        reload_article: bool,
        advance: bool,
        reopen: Callable[[str], None] | None,
        hold: int | None,
    ) -> None:
        def run(store):
            result = write(store)
            target = result if select_result else claim_id
            touched = getattr(result, "claim_id", None)
            if touched is not None:
                target = touched  # an undo or redo names the claim it touched
            card = self._card_data(store, target) if target is not None else None
            if card and self.figures is not None:
                self.figures.put(card)
            said = description(result) if callable(description) else description
            return said, card

        try:
            try:
                write = change.make() if isinstance(change, ReadFirst) else change
                read, (said, card) = self.gateway.numbered(run)
            except StoreError as error:
                if reopen is None:
                    raise
                self.app.call_from_thread(
                    self.app.notify,
                    str(error),
                    title="Not saved",
                    severity="error",
                    markup=False,
                    timeout=10,
                )
                self.app.call_from_thread(reopen, str(error))
                return
            self.post_message(
                ChangeSaved(said, card["id"] if card else None, card, reload_article, advance, read)
            )
        finally:
            # Behind ChangeSaved in the screen's queue: the keys held come back once the
            # change is shown (the cursor moved on, the card read back).
            self.post_message(WriteDone(hold))

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        self.workbench.report_failure(event)
        if event.worker.group == "card" and event.state in FINISHED:
            self._card_read_done()  # after its ClaimLoaded, posted before the worker ended
        elif event.worker.group == "ahead" and event.state in FINISHED:
            self.wb_reading_ahead = False

    # -- messages ---------------------------------------------------------------------------
    @on(ArticleLoaded)
    def _article_loaded(self, message: ArticleLoaded) -> None:
        first = self.figures is None
        self.article, self.figures = message.article, message.figures
        self._show_heading()
        self.query_one(ArticleView).load(self.article["text"], message.claims, self.claim_id)
        self.forget_read_ahead()  # a claim's words, span or figures may have changed
        if first:
            if self.claim_id is not None:
                self.load_card(self.claim_id)  # it waited for the figures
            self.mark_figures(list(self.query_one(ClaimsTable).shown))  # they waited too
        else:
            self.load_claims(self.query_one(FilterBar).filters)  # words or spans changed

    def _show_heading(self) -> None:
        """The line above the panes: the title, then the outlet and day the article has."""
        title = Text(
            visible((self.article.get("title") or "").strip() or f"Article {self.article_id}"),
            style="bold",
        )
        # only the parts the article has: no outlet left three spaces before the date
        parts = (self.article.get("outlet"), self.article.get("published"))
        known = " ".join(visible(part.strip()) for part in parts if part and part.strip())
        said = Text(f"  {known}" if known else "", style="dim")
        if self.article.get("published_assumed"):
            said.append("  (date assumed at ingest: D corrects it)", style="bold yellow")
        # a long title is shortened, never its outlet and date
        self.query_one("#article-title", FittingLine).show(title, [said])

    @on(ClaimsLoaded)
    def _claims_loaded(self, message: ClaimsLoaded) -> None:
        if message.scale:
            self.scale = message.scale
            self.labels = {entry["key"]: entry for entry in message.scale}
            self.query_one(FilterBar).set_labels(message.scale)
        table = self.query_one(ClaimsTable)
        if message.offset:
            table.extend(message.rows)
        else:
            table.show(message.rows, self.labels, keep=self.claim_id)
        self.total = message.total
        self._count()
        if not self.article_asked:
            self.article_asked = True
            self.call_after_refresh(self.load_article)  # once the claims are painted
        self.workbench.first_screen_shown()
        if table.row_count and table.selected_claim_id != self.claim_id:
            self.claim_id = table.selected_claim_id
        elif not table.row_count:
            self.query_one(ClaimCard).show(None)

    def _count(self) -> None:
        table = self.query_one(ClaimsTable)
        shown = counted(self.total, "claim")
        if self.total > table.row_count:
            shown = f"{table.row_count} of {shown}"
        seen = f" · {SEEN_GLYPHS['suggested']} seen before (m)"
        # the hints go first when the pane is narrow, never the count cut in a word
        self.query_one("#claims-count", FittingLine).show(
            Text(f"{shown} · sorted by {self.sort} (r)"),
            [Text(f"{seen} · c check · ? keys"), Text(seen), Text()],
        )

    @on(ClaimLoaded)
    def _claim_loaded(self, message: ClaimLoaded) -> None:
        self._show_card(message.claim, message.read)

    def _show_card(self, claim: dict, read: int) -> None:
        """Show `claim` on the card if it is the selected one and no later read of it is
        shown already (a card read before a save, arriving after it, would put back what
        the save changed: the next check form would open with the old rationale)."""
        if claim["id"] != self.claim_id or read < self.card_read:
            return
        self.claim, self.card_read = claim, read
        self.query_one(ClaimCard).show(claim)
        self.call_after_refresh(self._read_ahead)
        if self.waiting and self.waiting[0] == claim["id"]:
            _, action, hold = self.waiting
            self.waiting = None
            self._run_opening(action, hold)

    @on(CardsReadAhead)
    def _cards_read_ahead(self, message: CardsReadAhead) -> None:
        if message.read < self.wb_saved:
            return  # read before a change was saved
        card = self.query_one(ClaimCard)
        for claim in message.cards:
            if claim["id"] != self.claim_id:
                card.lay_out_ahead(claim)

    @on(ChangeSaved)
    def _change_saved(self, message: ChangeSaved) -> None:
        # Any change may touch other claims' cards (figures that disagree, matches).
        self.wb_saved = max(self.wb_saved, message.read)
        self.forget_read_ahead()
        self.notify(message.description, markup=False)
        table = self.query_one(ClaimsTable)
        card = message.card
        if message.reload_article:
            if card is not None:
                self.claim_id = card["id"]
                self._show_card(card, message.read)
            self.load_article()
            return
        self.just_checked = None
        if card is not None:
            table.update_claim(card)
            if message.advance:
                following = table.next_unchecked(card["id"])
                if following is not None:
                    self.just_checked = (card["id"], following)
                    self._go_to(following)
                    return
            if card["id"] != self.claim_id:
                self._go_to(card["id"])
            self._show_card(card, message.read)

    @on(WriteDone)
    def _write_done(self, message: WriteDone) -> None:
        release_keys(self, message.hold)

    @on(DataTable.RowHighlighted, "#claims")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(ClaimsTable)
        if event.cursor_row != table.cursor_row:
            return  # the cursor has moved on since: its own highlight follows
        if event.row_key.value is not None:
            self.claim_id = int(event.row_key.value)
        if event.cursor_row >= table.row_count - 1 and table.row_count < self.total:
            self.load_claims(self.query_one(FilterBar).filters, offset=table.row_count)

    @on(ArticleView.ClaimChosen)
    def _chosen_in_article(self, message: ArticleView.ClaimChosen) -> None:
        self._go_to(message.claim_id)

    def _go_to(self, claim_id: int) -> None:
        table = self.query_one(ClaimsTable)
        if str(claim_id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(claim_id)), scroll=True)
        self.claim_id = claim_id

    @on(FilterBar.Changed)
    def _filters_changed(self, message: FilterBar.Changed) -> None:
        self.load_claims(message.filters)

    @on(Input.Submitted, "#filter-search")
    def _search_submitted(self) -> None:
        self.query_one(ClaimsTable).focus()

    def filter_commands(self):
        """Palette entries for the filters, so "filter" finds them."""
        from textual.app import SystemCommand

        for name, selector in (
            ("Filter: search claims", "#filter-search"),
            ("Filter by status", "#filter-status"),
            ("Filter by kind", "#filter-kind"),
            ("Filter by verdict", "#filter-verdict"),
            ("Filter by speaker", "#filter-speaker"),
        ):
            yield SystemCommand(
                name, "move to the filter", lambda s=selector: self.query_one(s).focus()
            )

    # -- actions ----------------------------------------------------------------------------
    def action_opening(self, action: str) -> None:
        """A key that opens a form, run as the app reads it: the keys read after it are held
        until the form is up; the form opens once the keys read before it have run (a
        cursor move typed just before opens the form on the claim moved to)."""
        from textual.widgets import TextArea

        if isinstance(self.focused, Input | TextArea):
            raise SkipAction()  # a letter typed in the search box
        app = self.workbench
        hold = app.hold_keys()
        app.after_keys(lambda: self._run_opening(action, hold))

    def _run_opening(self, action: str, hold: int | None) -> None:
        """Run `action` with its hold: the screen it opens (or the card it waits for) takes
        the hold; if it opened nothing, the keys held come back now."""
        self.opening = hold
        try:
            getattr(self, f"action_{action}")()
        finally:
            hold, self.opening = self.opening, None
            release_keys(self, hold)

    def _push(self, screen: Screen, done: Callable[[Any], None] | None = None) -> None:
        """Open `screen` over this one; it gives back the hold of the key that opened it once
        it is up. A form's save keeps its own hold until the change is saved and shown."""
        from workbench.tui.screens.form_screen import FormScreen

        hold, self.opening = self.opening, None
        if isinstance(screen, FormScreen):
            screen.wb_opening, screen.wb_keeps_hold = hold, True
            callback = done

            def finished(result: Any) -> None:
                try:
                    if callback is not None:
                        callback(result)  # a save started here takes a share of the hold
                finally:
                    release_keys(self, screen.wb_save_hold)

            self.app.push_screen(screen, finished)
        else:
            if isinstance(screen, OpenedByKey):
                screen.wb_opening = hold  # given back by the screen once it is up
            else:
                release_keys(self, hold)
            self.app.push_screen(screen, done)

    def _need_claim(self) -> int | None:
        if self.claim_id is None:
            self.notify("Select a claim first.", severity="warning")
        return self.claim_id

    def _need_card(self, action: str) -> dict | None:
        """The selected claim as loaded, for a form that starts from it; while it loads, the
        action waits for it (never opened on a stale or empty card), and so do the keys
        typed after the one that asked for it."""
        if (claim_id := self._need_claim()) is None:
            return None
        if self.claim is None or self.claim["id"] != claim_id:
            if self.waiting:
                release_keys(self, self.waiting[2])
            self.waiting = (claim_id, action, self.opening)
            self.opening = None
            return None
        return self.claim

    def action_search(self) -> None:
        """To the search box as the app reads the key, so the words typed right after it go
        there (they ran as commands: "/inspection" typed fast opened the note form on "n");
        a "/" typed in a text box is a character."""
        from textual.widgets import TextArea

        if isinstance(self.focused, Input | TextArea):
            raise SkipAction()
        self.set_focus(self.query_one("#filter-search", Input))

    def action_focus_table(self) -> None:
        """Esc: back to the table; in the search box, or on the table while a search
        narrows it, the search is cleared first (the table listed the claims found, with
        nothing left to type in, and Esc left it so)."""
        search = self.query_one("#filter-search", Input)
        table = self.query_one(ClaimsTable)
        if search.value and self.focused in (search, table):
            search.value = ""  # the filters change: every claim again, the cursor kept
        table.focus()

    def action_sort(self) -> None:
        self.sort = "score" if self.sort == "position" else "position"

    def action_toggle_article(self) -> None:
        self.toggle_class("-show-article")

    def action_next_claim(self) -> None:
        self.query_one(ClaimsTable).action_cursor_down()

    def action_previous_claim(self) -> None:
        self.query_one(ClaimsTable).action_cursor_up()

    def action_undo(self) -> None:
        """Undo the latest change on the selected claim, saying what was undone; right after
        a check moved the cursor on, the claim just checked (its whole check)."""
        if self.just_checked and self.just_checked[1] == self.claim_id:
            claim_id: int | None = self.just_checked[0]
        elif (claim_id := self._need_claim()) is None:
            return
        self.save(
            lambda done: f"Undone: {done.description}",
            lambda store: store.undo(claim_id),
            claim_id,
            reload_article=True,
        )

    def action_undo_anywhere(self) -> None:
        self.save(
            lambda done: f"Undone: {done.description}",
            lambda store: store.undo(),
            reload_article=True,
        )

    def action_redo(self) -> None:
        """Redo what undo took back on the selected claim."""
        if (claim_id := self._need_claim()) is None:
            return
        self.save(
            lambda done: f"Redone: {done.description}",
            lambda store: store.redo(claim_id),
            claim_id,
            reload_article=True,
        )
