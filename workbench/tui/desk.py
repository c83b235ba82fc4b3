"""The desk inside the app: my queue (the first screen when work waits), the overview,
assign and review keys on the claim shown, and noticing other analysts' changes.

Other analysts write to the same file from their own processes. A light poll of SQLite's
change counter (`PRAGMA data_version`, which moves only when another connection commits)
tells the app something changed; it then re-reads only what the screen shows (the claim's
card and the table's rows, the queue, the overview), never the whole article."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.binding import Binding
from textual.message import Message

from workbench.claim_name import claim_number
from workbench.tui.gateway import StoreGateway
from workbench.tui.messages import ClaimsLoaded
from workbench.tui.screens.overview import OverviewScreen
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.typeahead import TypeAheadApp

if TYPE_CHECKING:  # imported where used: the first screen needs neither
    from workbench.tui.screens.main import MainScreen


def _main_screen() -> type[MainScreen]:
    """The article screen's class, imported on first use."""
    from workbench.tui.screens.main import MainScreen

    return MainScreen


def poll_seconds() -> float:
    """How often the app looks for other analysts' changes (`$WORKBENCH_POLL_SECONDS`, 1.5)."""
    return float(os.environ.get("WORKBENCH_POLL_SECONDS", "1.5"))


@dataclass
class QueueLoaded(Message):
    items: list[dict]
    first: bool = False
    """Loaded to choose the first screen."""


@dataclass
class OverviewLoaded(Message):
    view: dict


@dataclass
class DatabaseChanged(Message):
    """Another connection committed since the last look."""


class DeskApp(TypeAheadApp):
    BINDINGS = [
        Binding("y", "queue", "My queue", show=False, id="app.queue"),
        Binding("b", "overview", "Desk overview", show=False, id="app.overview"),
        Binding("A", "assign", "Assign claim", show=False, id="app.assign"),
        Binding("R", "review", "Review verdict", show=False, id="app.review"),
    ]

    gateway: StoreGateway
    _seen_version: int | None = None
    _open_claim: int | None = None
    """A claim chosen in the queue or overview, selected once its article's table is up."""

    def on_mount(self) -> None:
        self.set_interval(poll_seconds(), self.poll_changes, name="desk-poll")

    @property
    def analyst(self) -> str:
        return self.gateway.store.analyst

    def _call(self, function):
        return self.gateway.call(function)

    # -- the first screen ----------------------------------------------------------------
    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def load_queue(self, first: bool = False) -> None:
        self.post_message(QueueLoaded(self._call(lambda store: store.queue()), first))

    @on(QueueLoaded)
    def _queue_loaded(self, message: QueueLoaded) -> None:
        if message.first:
            if message.items:
                self.push_screen(QueueScreen(self.analyst))
            else:
                self.action_articles()  # type: ignore[attr-defined]
                return
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.show(message.items)

    def action_leave(self) -> None:
        """Esc on the queue or the desk overview: back to the screen it was opened from (the
        first screen shown has none: the articles are on `o`)."""
        if len(self.screen_stack) > 2:
            self.pop_screen()
        else:
            self.notify("Nothing to go back to: o lists the articles.")

    def action_queue(self) -> None:
        if not isinstance(self.screen, QueueScreen):
            self.push_screen(QueueScreen(self.analyst))
        self.load_queue()

    # -- the overview --------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def load_overview(self) -> None:
        self.post_message(OverviewLoaded(self._call(lambda store: store.overview())))

    @on(OverviewLoaded)
    def _overview_loaded(self, message: OverviewLoaded) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, OverviewScreen):
                screen.show(message.view)

    def action_overview(self) -> None:
        if not isinstance(self.screen, OverviewScreen):
            self.push_screen(OverviewScreen())
        self.load_overview()

    @on(QueueScreen.Opened)
    def _open_from_queue(self, message: QueueScreen.Opened) -> None:
        self._open_claim = message.claim_id
        self.push_screen(_main_screen()(message.article_id))

    @on(ClaimsLoaded)
    def _main_screen_shown(self) -> None:
        """Move the table to the claim chosen in the queue, once the table has it."""
        from workbench.tui.widgets.claims_table import ClaimsTable

        screen = self.screen
        if self._open_claim is None or not isinstance(screen, _main_screen()):
            return
        table = screen.query_one(ClaimsTable)
        if str(self._open_claim) in table.rows:
            table.move_cursor(row=table.get_row_index(str(self._open_claim)))
            self._open_claim = None

    # -- assign and review the claim shown -----------------------------------------------
    def _shown_claim(self) -> tuple[MainScreen, dict] | None:
        screen = self.screen
        if not isinstance(screen, _main_screen()) or not screen.claim:
            self.notify("Open a claim first.", severity="warning")
            return None
        return screen, screen.claim

    def action_assign(self) -> None:
        if (shown := self._shown_claim()) is None:
            return
        self._ask_assign(*shown)

    @work(thread=True, group="desk-forms", exit_on_error=False)
    def _ask_assign(self, screen: MainScreen, claim: dict) -> None:
        names = [row["name"] for row in self._call(lambda store: store.analysts())]

        def done(result: dict | None) -> None:
            if result is None:
                return
            to, whole = result["to"], result["article"]
            what = (
                f"article {claim['article_id']}"
                if whole
                else claim_number(claim.get("place"), claim["id"])
            )
            screen.save(
                f"{what} assigned to {to}" if to else f"{what} unassigned",
                (lambda store: store.assign_article(claim["article_id"], to))
                if whole
                else (lambda store: store.assign([claim["id"]], to)),
                claim["id"],
            )

        from workbench.tui.screens.desk_forms import AssignForm

        self.call_from_thread(self.push_screen, AssignForm(names, claim.get("assignee")), done)

    def action_review(self) -> None:
        if (shown := self._shown_claim()) is None:
            return
        screen, claim = shown

        def done(result: dict | None) -> None:
            if result:
                screen.save(
                    f"Verdict {'approved' if result['decision'] == 'approve' else 'returned'}",
                    lambda store: store.review(claim["id"], result["decision"], result["comment"]),
                    claim["id"],
                )

        from workbench.tui.screens.desk_forms import ReviewForm

        self.push_screen(ReviewForm(claim, self.analyst), done)

    # -- other analysts' changes ---------------------------------------------------------
    @work(thread=True, exclusive=True, group="desk-poll", exit_on_error=False)
    def poll_changes(self) -> None:
        version = self._call(lambda store: store.data_version())
        if self._seen_version is not None and version != self._seen_version:
            self.post_message(DatabaseChanged())
        self._seen_version = version

    @on(DatabaseChanged)
    def _database_changed(self) -> None:
        screen = self.screen
        if isinstance(screen, _main_screen()):
            screen.database_changed()
        elif isinstance(screen, QueueScreen):
            self.load_queue()
        elif isinstance(screen, OverviewScreen):
            self.load_overview()
