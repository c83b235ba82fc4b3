"""The Claim Workbench app: one factory (`make_app`) builds it for the command line and the
tests alike; the app owns the store gateway, ingest from inside the UI, help and keymaps."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from textual import on, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.worker import Worker, WorkerState

from workbench.store import Store
from workbench.tui.desk import DeskApp
from workbench.tui.gateway import StoreGateway
from workbench.tui.messages import ArticlesLoaded, IngestFinished, IngestProgressed
from workbench.tui.screens.articles import ArticlesScreen

# The first screen (the article list or the queue) needs none of the article screen, its
# forms and their widgets: they are imported when first used, or in a worker once the first
# rows are painted (see `first_screen_shown`).


def keymap_path() -> Path:
    """`$WORKBENCH_KEYMAP`, else `$XDG_CONFIG_HOME/claim-workbench/keymap.toml`."""
    if os.environ.get("WORKBENCH_KEYMAP"):
        return Path(os.environ["WORKBENCH_KEYMAP"])
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "claim-workbench" / "keymap.toml"


class ClaimWorkbench(DeskApp):
    CSS_PATH = "workbench.tcss"
    TITLE = "Claim Workbench"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Keys", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("i", "ingest", "Ingest", show=False, id="app.ingest"),
        Binding("o", "articles", "Articles", show=False, id="app.articles"),
    ]

    def __init__(
        self, gateway: StoreGateway, *, article_id: int | None = None, ingest: dict | None = None
    ) -> None:
        super().__init__()
        self.gateway = gateway
        self.start_article = article_id
        self.start_ingest = ingest
        self._resumed = False
        self.startup_notice: str | None = None
        """Said once the first screen is up (a --date that was not applied)."""

    def on_mount(self) -> None:
        self._load_keymap()
        if self.startup_notice:
            self.notify(self.startup_notice, severity="warning", timeout=15)
        self.set_timer(5.0, self.first_screen_shown)  # in case no screen says so
        if self.start_ingest:
            self.push_screen(ArticlesScreen())
            self.run_ingest(self.start_ingest)
        elif self.start_article is not None:
            from workbench.tui.screens.main import MainScreen

            self.push_screen(MainScreen(self.start_article))
        else:
            self.load_queue(first=True)  # my queue if work waits, else the articles

    def on_unmount(self) -> None:
        self.gateway.close()

    def _load_keymap(self) -> None:
        path = keymap_path()
        if not path.exists():
            return
        try:
            keys = tomllib.loads(path.read_text(encoding="utf-8")).get("keys", {})
            self.set_keymap({str(k): str(v) for k, v in keys.items()})
        except (OSError, tomllib.TOMLDecodeError) as error:
            self.notify(f"keymap {path} ignored: {error}", severity="warning", markup=False)

    def first_screen_shown(self) -> None:
        """The first screen has its rows: now match what a killed ingest left unmatched (once).
        Matching brings numpy and the matching model and may hold the database a while; the
        first paint waits for neither."""
        if not self._resumed:
            self._resumed = True
            self.call_after_refresh(self.import_screens)  # once the rows are painted
            self.set_timer(1.0, self.resume_matching)  # after the rows are painted

    @work(thread=True, group="imports", exit_on_error=False)
    def import_screens(self) -> None:
        """The article screen, its forms and dialogs, imported while the analyst reads the
        first screen, so neither opening an article nor the first key waits for them."""
        import workbench.tui.screens.add_claim  # noqa: F401
        import workbench.tui.screens.check  # noqa: F401
        import workbench.tui.screens.export  # noqa: F401
        import workbench.tui.screens.history  # noqa: F401
        import workbench.tui.screens.main  # noqa: F401
        import workbench.tui.screens.matches  # noqa: F401

    @work(thread=True, group="matching", exit_on_error=False)
    def resume_matching(self) -> None:
        self.gateway.call(lambda store: store.resume_matching())

    # -- article picker -------------------------------------------------------------------
    def action_articles(self) -> None:
        if not isinstance(self.screen, ArticlesScreen):
            self.push_screen(ArticlesScreen())
        self.load_articles()

    @work(thread=True, exclusive=True, group="articles", exit_on_error=False)
    def load_articles(self) -> None:
        self.post_message(ArticlesLoaded(self.gateway.call(lambda store: store.articles())))

    @on(ArticlesLoaded)
    def _articles_loaded(self, message: ArticlesLoaded) -> None:
        # The list may come back while the app closes, with no screen left to show it on.
        top = self.screen_stack[-1] if self.screen_stack else None
        if isinstance(top, ArticlesScreen):
            top.show(message.rows)
            self.first_screen_shown()

    @on(ArticlesScreen.Opened)
    def _open_article(self, message: ArticlesScreen.Opened) -> None:
        from workbench.tui.screens.main import MainScreen

        self.push_screen(MainScreen(message.article_id))

    # -- ingest from inside the app ------------------------------------------------------
    def action_ingest(self) -> None:
        from workbench.tui.screens.forms import IngestForm

        def done(result: dict | None) -> None:
            if result:
                self.run_ingest(result)

        self.push_screen(IngestForm(), done)

    @work(thread=True, group="ingest", exit_on_error=False)
    def run_ingest(self, options: dict) -> None:
        """The one ingest flow (`workbench.ingest`), storing through the gateway; the model
        loads here or in worker processes, never on the UI thread."""
        from workbench.extract.dates import published_day
        from workbench.ingest import Defaults, Progress, StoreWriter, ingest

        defaults = Defaults(
            published=published_day(options.get("date")),
            language=None if options.get("lang", "auto") == "auto" else options["lang"],
        )

        def progressed(progress: Progress) -> None:
            name = progress.last.name if progress.last else "loading the language model"
            self.post_message(IngestProgressed(progress.done, progress.total, name))

        summary = ingest(
            [options["path"]],
            StoreWriter(self.gateway.call),
            defaults=defaults,
            on_progress=progressed,
        )
        opened = [s.article_id for s in summary.stored]
        opened += [d.article_id for d in summary.duplicates if d.article_id is not None]
        assumed = [
            f"{s.name}: no publication date given or found, {s.published_assumed} (today) "
            "assumed; D on its claims corrects it"
            for s in summary.stored
            if s.published_assumed
        ] + [
            f"{s.name}: no publication date given, {s.published_found[0]} "
            f"{s.published_found[1]}; D on its claims corrects it"
            for s in summary.stored
            if s.published_found
        ]
        empty = [
            f"{s.name}: no claim was found in it; a, on its claims, adds one from its text"
            for s in summary.stored
            if not s.claims
        ]
        self.post_message(
            IngestFinished(opened, [r.reason for r in summary.refused], assumed, empty)
        )

    @on(IngestProgressed)
    def _ingest_progressed(self, message: IngestProgressed) -> None:
        screen = self.screen
        if isinstance(screen, ArticlesScreen):
            screen.show_progress(message.done, message.total, message.name)
        else:
            self.notify(
                f"Ingest {message.done}/{message.total}: {message.name}", timeout=2, markup=False
            )

    @on(IngestFinished)
    def _ingest_finished(self, message: IngestFinished) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ArticlesScreen):
                screen.hide_progress()
        for reason in message.skipped:
            self.notify(f"skipped: {reason}", severity="warning", markup=False, timeout=8)
        for notice in message.assumed:
            self.notify(
                notice, title="Publication date", severity="warning", markup=False, timeout=15
            )
        for notice in message.empty:
            self.notify(notice, title="No claim", severity="warning", markup=False, timeout=15)
        if len(message.article_ids) == 1:
            from workbench.tui.screens.main import MainScreen

            self.push_screen(MainScreen(message.article_ids[0]))
        else:
            self.load_articles()

    # -- errors, help, palette -----------------------------------------------------------
    @on(Worker.StateChanged)
    def report_failure(self, event: Worker.StateChanged) -> None:
        """No failure is swallowed: every worker error reaches the analyst. Screens forward
        their workers' state changes here (the message does not bubble)."""
        if event.state == WorkerState.ERROR:
            self.notify(
                str(event.worker.error),
                title="Not saved" if event.worker.group == "writes" else "Error",
                severity="error",
                markup=False,
                timeout=10,
            )

    async def action_quit(self) -> None:
        """Quit (q, ctrl+q); with typed work in an open form, the first press only asks, as
        Esc does: a half-typed note is never dropped by one key."""
        from workbench.tui.screens.form_screen import FormScreen

        for screen in self.screen_stack:
            if not isinstance(screen, FormScreen) or not screen.holds_typed_work():
                continue
            if not screen.wb_quit_armed:
                screen.wb_quit_armed = True
                screen.show_error("ctrl+q again quits and drops what you typed; ctrl+s saves it.")
                return
        self.exit()

    def action_help(self) -> None:
        from workbench.tui.keys import part_name
        from workbench.tui.screens.help import HelpScreen
        from workbench.tui.screens.main import MainScreen
        from workbench.tui.widgets.claims_table import KIND_LETTERS, SEEN_LEGEND

        ours: list[tuple[str, str, str]] = []
        textuals: list[tuple[str, str, str]] = []
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.description:
                where = part_name(active.node)
                # Every binding of the workbench has an id (keymap.toml remaps by it); the
                # widgets' own (a table's "Page Left") come after, not in the first screenful.
                found = ours if binding.id else textuals
                found.append((self.get_key_display(binding), binding.description, where))
        legend = (
            "kinds column: "
            + ", ".join(f"{letter} {kind}" for kind, letter in KIND_LETTERS.items())
            + f"\n{SEEN_LEGEND}"
            if isinstance(self.screen, MainScreen)
            else ""
        )
        self.push_screen(
            HelpScreen(ours + textuals, legend)
        )  # the focused part first, the app last

    def get_system_commands(self, screen):
        """Textual's own commands, then each of our actions once (a widget's cursor keys,
        such as "Cursor left" of every table, are left to the help screen)."""
        seen: set[str] = set()
        for command in super().get_system_commands(screen):
            if command.title not in seen:
                seen.add(command.title)
                yield command
        for _, active in screen.active_bindings.items():
            binding, node = active.binding, active.node
            if (
                not binding.description
                or binding.id is None
                or binding.description in seen
                or binding.action in ("help", "quit", "command_palette")
            ):
                continue
            seen.add(binding.description)
            yield SystemCommand(
                binding.description,
                f"key: {self.get_key_display(binding)}",
                lambda n=node, a=binding.action: self.run_action(a, n),
            )
        filters = getattr(screen, "filter_commands", None)
        if filters:
            yield from filters()


def make_app(
    db_path: str | Path | None = None,
    analyst: str | None = None,
    *,
    store: Store | None = None,
    article_id: int | None = None,
    ingest: dict | None = None,
) -> ClaimWorkbench:
    """Build the app on a database; the CLI and the tests both come through here."""
    store = store or Store.open(db_path, analyst)
    return ClaimWorkbench(StoreGateway(store), article_id=article_id, ingest=ingest)
