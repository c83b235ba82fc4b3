"""What the main screen opens without changing a claim: the selected claim's history, the
article's timeline, and the export of its report (the form, then the report written in a
worker).

A part of `MainScreen` (which keeps the keys, the selection, the reads and the writes): its
dialogs, in their own module."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.screen import Screen

from workbench.tui.messages import ReportExported

if TYPE_CHECKING:
    from workbench.tui.choices import ExportChoice
    from workbench.tui.gateway import StoreGateway


class MainDialogs(Screen):
    """The main screen's dialogs and export (mixed into `MainScreen`)."""

    if TYPE_CHECKING:  # what the dialogs use of MainScreen, defined there
        article_id: int
        article: dict

        @property
        def gateway(self) -> StoreGateway: ...

        def _need_claim(self) -> int | None: ...

        def _push(self, screen: Screen, done: Callable[[Any], None] | None = None) -> None: ...

    @work(thread=True, group="export", exit_on_error=False)
    def export(self, choice: ExportChoice) -> None:
        from workbench.report import report_path, write_report

        path = report_path(
            self.article, choice.fmt, choice.folder, choice.audience, choice.language
        )
        self.gateway.call(
            lambda store: write_report(
                store,
                [self.article_id],
                choice.fmt,
                path,
                choice.language,
                audience=choice.audience,
            )
        )
        self.post_message(ReportExported(str(path)))

    @on(ReportExported)
    def _exported(self, message: ReportExported) -> None:
        self.notify(f"Report saved to {message.path}", title="Export", markup=False, timeout=10)

    def action_history(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        self._show_history(claim_id)

    @work(thread=True, group="history", exit_on_error=False)
    def _show_history(self, claim_id: int) -> None:
        from workbench.tui.screens.history import HistoryScreen

        rows, scale, place = self.gateway.call(
            lambda store: (
                store.history(claim_id),
                store.scale(),
                store.claim_numbers([self.article_id]).get(claim_id),
            )
        )
        self.app.call_from_thread(self.app.push_screen, HistoryScreen(claim_id, rows, scale, place))

    def action_timeline(self) -> None:
        self._show_timeline()

    @work(thread=True, group="timeline", exit_on_error=False)
    def _show_timeline(self) -> None:
        from workbench.report.timeline import events
        from workbench.tui.screens.matches import TimelineScreen

        items = events(  # a timeline shows no match: the suggestions are not read
            self.gateway.call(
                lambda store: store.dossier([self.article_id], confirmed_matches_only=True)
            )
        )
        self.app.call_from_thread(self.app.push_screen, TimelineScreen(items))

    def action_export(self) -> None:
        def done(choice: ExportChoice | None) -> None:
            if choice:
                self.notify(f"Exporting the {choice.audience} report…", markup=False)
                self.export(choice)

        from workbench.report import reports_folder
        from workbench.tui.screens.export import ExportForm

        # beside the database in use (--db, $WORKBENCH_DB), not always the default one's
        self._push(ExportForm(self.article, reports_folder(self.gateway.store.path)), done)
