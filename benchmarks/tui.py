"""TUI speed on a large database (100k claims in 5,000 articles, one of them 2,000 claims).

In a real terminal (tmux, the screen polled with capture-pane), each against a baseline run
in the same session, interleaved, medians of several runs:
- first paint: from process start to the first rows painted, `workbench` (the article list)
  against a bare Textual app painting a 200-row DataTable (goal: within 2x);
- `workbench open FILE` on an article already stored: to its claims shown (goal < 1.5 s, the
  language model never loaded).
Through Textual's Pilot, in process:
- cursor move to the next claim's card on a 2,000-claim article against a 20-claim one
  (goal < 20 ms median on the big one): to the card loaded, and to the frame that shows it;
- the check flow's save-and-advance: from the form's save to the next claim's card;
- the first screen, the big article opened, a filter keystroke.

Run: python benchmarks/tui.py [--claims 100000] [--runs 7] [--db PATH (kept and reused)]
     [--only terminal|pilot|moves|resize] [--rounds 3]
(`--only moves`: the cursor moves alone, about a minute; `--only resize`: in tmux, drags of
the terminal's edge, then the time to the settled screen, against the bare app.)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import fill, synthetic_article  # noqa: E402

BIG_TITLE = "Big article"
SMALL_FILE_CLAIMS = 200

BARE_APP = """
from textual.app import App
from textual.widgets import DataTable


class Bare(App):
    def compose(self):
        yield DataTable()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("#", "claim", "speaker")
        table.add_rows((str(i), f"bare row {i} claim text", "speaker") for i in range(200))


Bare().run()
"""

LAUNCHER = """
import atexit, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(str("spacy" in sys.modules)))
from workbench.cli import main
main(sys.argv[1:], prog_name="workbench")
"""
"""`workbench` as its console script runs it, recording whether spaCy was ever imported."""


# -- the database -----------------------------------------------------------------------------
def prepared(path: Path, claims: int) -> tuple[int, int, Path]:
    """The benchmark database at `path` (built once, then reused): returns the big article,
    a 20-claim article, and a text file holding a stored article."""
    from workbench.article_files import load
    from workbench.store import Store

    store = Store.open(path, "bench")
    if not store.articles():
        started = time.perf_counter()
        fill(store, claims - 2_000 - SMALL_FILE_CLAIMS, batch=50)
        text, extraction = synthetic_article(999_999, 2_000)
        store.ingest(text, extraction, title=BIG_TITLE)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    text, extraction = synthetic_article(888_888, SMALL_FILE_CLAIMS)
    stored_file = path.with_suffix(".article.txt")
    stored_file.write_text(text, encoding="utf-8")
    assert load(str(stored_file)).text == text, "the file reads back as another text"
    store.ingest(text, extraction, title="Stored file")  # once: the same text is one article
    big = next(a["id"] for a in store.articles() if a["title"] == BIG_TITLE)
    small = next(a["id"] for a in store.articles() if a["claims"] == 20)
    print(f"{store.count_claims():,} claims in {len(store.articles()):,} articles", flush=True)
    store.close()
    return big, small, stored_file


# -- in a real terminal -----------------------------------------------------------------------
class Tmux:
    """One command in a detached tmux session, its screen polled until a text shows."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.name = f"wb-bench-{os.getpid()}-{time.monotonic_ns()}"
        exports = " ".join(f"{k}={v!r}" for k, v in env.items())
        # Bytecode is written and read (in the run's own cache folder, `PYTHONPYCACHEPREFIX`):
        # an installed workbench has its modules compiled, as Textual's are. A session that
        # sets PYTHONDONTWRITEBYTECODE would otherwise compile every workbench module on
        # every start, which no user pays.
        unset = "-u COLUMNS -u LINES -u PYTHONDONTWRITEBYTECODE"
        self.line = f"env {unset} {exports} " + " ".join(map(repr, command))

    def time_until(self, marker: str, timeout: float = 60) -> float:
        """Seconds from starting the process to `marker` on its screen."""
        started = self._start()
        try:
            return self._wait_for(marker, started, timeout)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)

    def settling_after_drags(self, marker: str, drags: int) -> list[float]:
        """Seconds from the end of each drag of the terminal's right edge (160 columns to 110
        and back, two columns every 12 ms, as a terminal sends them) to the screen settled
        (unchanged for a second), once `marker` is shown."""
        started = self._start()
        try:
            self._wait_for(marker, started, 60)
            time.sleep(2)  # the article and the card come after the claims
            settled = []
            for _ in range(drags):
                for width in [*range(158, 108, -2), *range(110, 161, 2)]:
                    subprocess.run(
                        ["tmux", "resize-window", "-t", self.name, "-x", str(width), "-y", "48"]
                    )
                    time.sleep(0.012)
                ended = changed = time.perf_counter()
                shown = self._screen(colours=True)
                while time.perf_counter() - changed < 1.0:
                    if (now := self._screen(colours=True)) != shown:
                        shown, changed = now, time.perf_counter()
                    time.sleep(0.01)
                settled.append(changed - ended)
            return settled
        finally:
            subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)

    def _start(self) -> float:
        for _ in range(5):  # the tmux server may be exiting as its last session closed
            started = time.perf_counter()
            begun = subprocess.run(
                ["tmux", "new-session", "-d", "-s", self.name, "-x", "160", "-y", "48", self.line],
                capture_output=True,
            )
            if begun.returncode == 0:
                return started
            time.sleep(0.2)
        raise RuntimeError(f"tmux would not start: {begun.stderr.decode()}")

    def _screen(self, colours: bool = False) -> str:
        command = ["tmux", "capture-pane", "-p", *(["-e"] if colours else []), "-t", self.name]
        return subprocess.run(command, capture_output=True, text=True).stdout

    def _wait_for(self, marker: str, started: float, timeout: float) -> float:
        while time.perf_counter() - started < timeout:
            if marker in (screen := self._screen()):
                return time.perf_counter() - started
            time.sleep(0.005)
        raise TimeoutError(f"{marker!r} never showed:\n{screen}")


def terminal_env(db: Path, folder: Path) -> dict[str, str]:
    """The environment of an app started in tmux: this checkout, its own home and bytecode."""
    return {
        "WORKBENCH_DB": str(db),
        "WORKBENCH_ANALYST": "bench",
        "HOME": str(folder),
        "TERM": "xterm-256color",
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }


def terminal_figures(db: Path, stored_file: Path, runs: int, folder: Path) -> dict[str, float]:
    from workbench.store import Store

    bare = folder / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    launcher = folder / "launcher.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    spacy_seen = folder / "spacy-imported"
    env = terminal_env(db, folder)
    store = Store.open(db, "bench")
    first_title = store.articles()[0]["title"]
    store.close()
    python = sys.executable
    timings: dict[str, list[float]] = {"bare": [], "workbench": [], "open": []}
    # One untimed start of each first, which compiles the bytecode both sides then read.
    Tmux([python, str(bare)], env).time_until("bare row 0 claim")
    Tmux([python, "-m", "workbench"], env).time_until(first_title)
    Tmux([python, str(launcher), str(spacy_seen), "open", str(stored_file)], env).time_until(
        "claims · sorted by"
    )
    for _ in range(runs):  # interleaved, so a burst of load hits both sides alike
        timings["bare"].append(Tmux([python, str(bare)], env).time_until("bare row 0 claim"))
        timings["workbench"].append(Tmux([python, "-m", "workbench"], env).time_until(first_title))
        timings["open"].append(
            Tmux(
                [python, str(launcher), str(spacy_seen), "open", str(stored_file)], env
            ).time_until("claims · sorted by")
        )
    bare_ms = statistics.median(timings["bare"]) * 1000
    workbench_ms = statistics.median(timings["workbench"]) * 1000
    return {
        "first paint, bare Textual 200-row table (ms)": bare_ms,
        "first paint, workbench article list (ms)": workbench_ms,
        "first paint ratio (goal <= 2)": workbench_ms / bare_ms,
        "open FILE already stored, to claims (ms)": statistics.median(timings["open"]) * 1000,
        "open FILE loaded spaCy (0 = never)": float(
            spacy_seen.exists() and spacy_seen.read_text() == "True"
        ),
    }


def resize_figures(db: Path, big: int, runs: int, folder: Path) -> dict[str, float]:
    """After a drag of the terminal's edge, milliseconds to the settled screen: the bare app
    (a 200-row table) and the workbench on the 2,000-claim article, interleaved."""
    bare = folder / "bare_app.py"
    bare.write_text(BARE_APP, encoding="utf-8")
    env = terminal_env(db, folder)
    python = sys.executable
    settled: dict[str, list[float]] = {"bare": [], "workbench": []}
    for _ in range(runs):
        settled["bare"] += Tmux([python, str(bare)], env).settling_after_drags("bare row 0", 2)
        settled["workbench"] += Tmux(
            [python, "-m", "workbench", "open", str(big)], env
        ).settling_after_drags("claims · sorted by", 2)
    bare_ms = statistics.median(settled["bare"]) * 1000
    workbench_ms = statistics.median(settled["workbench"]) * 1000
    return {
        "after a drag, settled: bare Textual 200-row table (ms)": bare_ms,
        "after a drag, settled: workbench, 2,000-claim article (ms)": workbench_ms,
        "after a drag, ratio to the bare app": workbench_ms / bare_ms,
    }


# -- through Pilot ----------------------------------------------------------------------------
async def wait_until(pilot, condition, timeout: float = 20.0, light: bool = False) -> float:
    """Poll `condition`; `light` polls with a bare sleep, lighter than pilot.pause (which
    waits for the app to be idle) when timing a few milliseconds."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the screen never got there")
        await (asyncio.sleep(0.0005) if light else pilot.pause(0.001))
    return time.perf_counter() - started


async def open_article(app, pilot, article_id: int):
    from workbench.tui.screens.main import MainScreen
    from workbench.tui.widgets.claims_table import ClaimsTable

    screen = MainScreen(article_id)
    await app.push_screen(screen)
    await wait_until(
        pilot,
        lambda: screen.query_one(ClaimsTable).row_count > 0 and screen.claim is not None,
    )
    return screen


def frame_clock(app) -> list[float]:
    """When the app writes each frame to its terminal (headless: the same work, no output)."""
    frames: list[float] = []
    write = app._display

    def timed(*args, **kwargs):
        frames.append(time.perf_counter())
        return write(*args, **kwargs)

    app._display = timed
    return frames


async def cursor_moves(
    app, pilot, article_id: int, moves: int, frames: list[float]
) -> tuple[list[float], list[float]]:
    """Milliseconds from a cursor move to the next claim's card loaded, and to the first frame
    written after the card took it (what the analyst sees). The article settles first: its
    text is painted once it is shown, and that first paint is not a cursor move. The card's
    `show` is timed itself: a frame may be written before a poll sees the new card."""
    from workbench.tui.widgets.claim_card import ClaimCard
    from workbench.tui.widgets.claims_table import ClaimsTable

    screen = await open_article(app, pilot, article_id)
    await pilot.pause(0.5)
    table = screen.query_one(ClaimsTable)
    card = screen.query_one(ClaimCard)
    shown_at: list[float] = []
    show = card.show

    def timed_show(claim):
        show(claim)
        shown_at.append(time.perf_counter())

    card.show = timed_show  # type: ignore[method-assign]
    loaded, painted = [], []
    for _ in range(moves):
        before = screen.claim_id
        started = time.perf_counter()
        table.action_cursor_down()
        await wait_until(
            pilot,
            lambda b=before: card.claim is not None and card.claim["id"] != b,
            light=True,
        )
        shown = shown_at[-1]
        loaded.append((shown - started) * 1000)
        await wait_until(pilot, lambda s=shown: bool(frames) and frames[-1] > s, light=True)
        painted.append((next(f for f in frames if f > shown) - started) * 1000)
        await asyncio.sleep(0.03)  # keys typed one by one, not a burst
    del card.show
    await app.pop_screen()
    return loaded, painted


async def save_and_advance(app, pilot, article_id: int, checks: int) -> list[float]:
    """Milliseconds from the check form's save to the next unchecked claim's card shown."""
    from textual.widgets import Input

    from workbench.tui.screens.check import CheckForm

    screen = await open_article(app, pilot, article_id)
    timings = []
    for _ in range(checks):
        checked = screen.claim_id
        screen.action_check()
        await wait_until(pilot, lambda: isinstance(app.screen, CheckForm))
        form = app.screen
        await pilot.pause()
        form.query_one("#check-rationale", Input).value = "benchmark"
        started = time.perf_counter()
        form.action_save()
        await wait_until(
            pilot,
            lambda c=checked: (
                screen.claim is not None and screen.claim["id"] != c and app.screen is screen
            ),
            light=True,
        )
        timings.append((time.perf_counter() - started) * 1000)
    await app.pop_screen()
    return timings


async def pilot_figures(
    db: Path, big: int, small: int, moves_only: bool = False, rounds: int = 3
) -> dict[str, float]:
    """The Pilot figures; `moves_only`: the cursor moves alone (a minute instead of several),
    in `rounds` interleaved rounds."""
    from workbench.store import Store
    from workbench.tui import make_app
    from workbench.tui.screens.articles import ArticlesScreen

    figures = {}
    started = time.perf_counter()
    app = make_app(store=Store.open(db, "bench-pilot"))
    frames = frame_clock(app)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ArticlesScreen)
                and any(t.row_count > 0 for t in app.screen.query("#articles-table"))
            ),
        )
        figures["article list up, in process (ms)"] = (time.perf_counter() - started) * 1000
        opened = time.perf_counter()
        await open_article(app, pilot, big)
        figures["2,000-claim article up (ms)"] = (time.perf_counter() - opened) * 1000
        await app.pop_screen()
        if not moves_only:
            figures.update(await filter_keystrokes(app, pilot, big))
        # interleaved rounds, so load on the machine falls on both articles alike
        moves: dict[str, list[float]] = {}
        for _ in range(rounds):
            for name, article, count in (("20", small, 15), ("2,000", big, 30)):
                loaded, painted = await cursor_moves(app, pilot, article, count, frames)
                moves.setdefault(f"{name} loaded", []).extend(loaded)
                moves.setdefault(f"{name} painted", []).extend(painted)
        for name in ("20", "2,000"):
            loaded, painted = moves[f"{name} loaded"], moves[f"{name} painted"]
            what = f"cursor move, {name}-claim article"
            figures[f"{what}, card loaded, median (ms)"] = statistics.median(loaded)
            figures[f"{what}, painted, median (ms)"] = statistics.median(painted)
            figures[f"{what}, painted, worst (ms)"] = max(painted)
        if not moves_only:
            saves = await save_and_advance(app, pilot, big, 10)
            figures["check save-and-advance, median (ms)"] = statistics.median(saves)
            figures["check save-and-advance, worst (ms)"] = max(saves)
    return figures


async def filter_keystrokes(app, pilot, article_id: int) -> dict[str, float]:
    """Milliseconds from a keystroke in the search box to the table showing its rows."""
    from workbench.tui.widgets.claims_table import ClaimsTable

    figures = {}
    screen = await open_article(app, pilot, article_id)
    table = screen.query_one(ClaimsTable)
    search = screen.query_one("#filter-search")
    shown_at = []
    original_show = table.show

    def timed_show(*args, **kwargs):
        original_show(*args, **kwargs)
        shown_at.append(time.perf_counter())

    table.show = timed_show  # type: ignore[method-assign]
    timings = []
    for length in range(1, len("porte-parole 1") + 1):
        before = len(shown_at)
        typed = time.perf_counter()
        search.value = "porte-parole 1"[:length]
        await wait_until(pilot, lambda b=before: len(shown_at) > b, light=True)
        timings.append((shown_at[-1] - typed) * 1000)
        await pilot.pause(0.05)
    figures["filter keystroke, median (ms)"] = statistics.median(timings)
    figures["filter keystroke, worst (ms)"] = max(timings)
    await app.pop_screen()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="keep the database here (built if missing)")
    parser.add_argument(
        "--only",
        choices=["terminal", "pilot", "moves", "resize"],
        help="one half of the figures, or the cursor moves alone (about a minute)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of cursor moves")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "tui.db"
        big, small, stored_file = prepared(db, args.claims)
        figures: dict[str, float] = {}
        if args.only == "resize":
            figures.update(resize_figures(db, big, args.runs, Path(folder)))
        elif args.only in ("pilot", "moves"):
            pass
        elif shutil.which("tmux"):
            figures.update(terminal_figures(db, stored_file, args.runs, Path(folder)))
        else:
            print("tmux not found: terminal measures skipped")
        if args.only not in ("terminal", "resize"):
            figures.update(
                asyncio.run(pilot_figures(db, big, small, args.only == "moves", rounds=args.rounds))
            )
        for name, value in figures.items():
            print(f"{name:58} {value:9.1f}")
        print(
            "goals: first paint within 2x the bare app; open FILE stored < 1500 ms; "
            "cursor move < 20 ms median on 2,000 claims"
        )


if __name__ == "__main__":
    main()
