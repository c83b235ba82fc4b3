"""TUI speed on a large database, timed through Textual's Pilot: the first screen and a filter
keystroke, with 100k claims stored (one article of 2,000 claims among them).

Run: python benchmarks/tui.py [--claims 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import fill, synthetic_article  # noqa: E402


async def wait_until(pilot, condition, timeout: float = 10.0, light: bool = False) -> float:
    """Poll `condition`; `light` polls with a bare sleep, lighter than pilot.pause (which
    waits for the app to be idle) when timing a few milliseconds."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the screen never got there")
        await (asyncio.sleep(0.001) if light else pilot.pause(0.001))
    return time.perf_counter() - started


async def measure(store, big_article: int) -> dict:
    from workbench.tui import make_app
    from workbench.tui.screens.articles import ArticlesScreen
    from workbench.tui.widgets.claims_table import ClaimsTable

    figures = {}
    started = time.perf_counter()
    app = make_app(store=store)
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, ArticlesScreen)
                and app.screen.query_one("#articles-table").row_count > 0
            ),
        )
        figures["article list up (ms)"] = (time.perf_counter() - started) * 1000
        opened = time.perf_counter()
        app.screen.post_message(ArticlesScreen.Opened(big_article))
        await wait_until(
            pilot,
            lambda: (
                type(app.screen).__name__ == "MainScreen"
                and app.screen.query_one(ClaimsTable).row_count > 0
            ),
        )
        figures["2,000-claim article up (ms)"] = (time.perf_counter() - opened) * 1000
        table = app.screen.query_one(ClaimsTable)
        search = app.screen.query_one("#filter-search")
        shown_at = []
        original_show = table.show

        def timed_show(*args, **kwargs):
            original_show(*args, **kwargs)
            shown_at.append(time.perf_counter())

        table.show = timed_show
        timings = []
        # From the search box's new value to the table holding the new rows: the query in a
        # worker, the message back, the table rebuilt (Pilot's polling is not counted).
        for length in range(1, len("porte-parole 1") + 1):
            before = len(shown_at)
            typed = time.perf_counter()
            search.value = "porte-parole 1"[:length]
            await wait_until(pilot, lambda b=before: len(shown_at) > b, light=True)
            timings.append((shown_at[-1] - typed) * 1000)
            await pilot.pause(0.05)
        figures["filter keystroke, median (ms)"] = statistics.median(timings)
        figures["filter keystroke, worst (ms)"] = max(timings)
        figures["rows after filter"] = table.row_count
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()

    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "tui.db", "bench")
        fill(store, args.claims - 2_000)
        text, extraction = synthetic_article(999_999, 2_000)
        big = store.ingest(text, extraction, title="Big article").article_id
        print(f"{store.count_claims():,} claims in {len(store.articles()):,} articles")
        for name, value in asyncio.run(measure(store, big)).items():
            print(f"{name:34} {value:8.1f}")
        print("goals: first screen < 1000 ms, filter keystroke < 50 ms")


if __name__ == "__main__":
    main()
