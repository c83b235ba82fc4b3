"""Helpers for driving the real app with Textual's Pilot."""

from __future__ import annotations

import asyncio
import contextlib
import itertools

from textual.worker import WorkerCancelled

from workbench.store import Store
from workbench.tui import make_app


class FixedClock:
    """Timestamps one second apart from a fixed moment, so screens and snapshots repeat."""

    def __init__(self) -> None:
        self._ticks = itertools.count()

    def __call__(self) -> str:
        tick = next(self._ticks)
        return f"2024-11-21T09:{tick // 60 % 60:02d}:{tick % 60:02d}.000000+00:00"


def prepared_store(
    path, text: str, extraction, analyst: str = "ana", outlet: str | None = "Exemple"
) -> Store:
    store = Store.open(path, analyst)
    store.clock = FixedClock()
    store.sample_id = store.ingest(
        text,
        extraction,
        title="Ukraine : premières frappes ATACMS",
        url="https://example.org/ukraine",
        outlet=outlet,
    ).article_id
    return store


FERRY_FR = (
    "Naufrage d'un ferry au large de Bastia\n\nLe ferry a sombré mardi soir au large de "
    "Bastia. Selon les secours, dix-sept blessés ont été évacués vers l'hôpital de Bastia, "
    "dont trois dans un état grave.\n"
)
FERRY_EN = (
    "Ferry sinks off Bastia\n\nThe ferry sank off Bastia on Tuesday night. Nineteen people "
    "were injured, three of them seriously.\n"
)
"""Two reports of one sinking whose tolls of the injured differ (17 and 19) while the part
of each, those seriously hurt (three), is the same: the matcher suggests the pair on that
three, as it did on a trial's ferry articles."""


def ferry_store(path) -> Store:
    """The two ferry reports, French then English, at fixed times (the French model must be
    loaded: the `french_nlp` fixture). `store.injured` is the English toll of the injured."""
    from datetime import date

    from workbench.extract import extract

    store = Store.open(path, "ana")
    store.clock = FixedClock()
    day = date(2026, 11, 26)
    store.french = store.ingest(
        FERRY_FR, extract(FERRY_FR, "fr", day), title="Naufrage au large de Bastia"
    ).article_id
    store.wire = store.ingest(
        FERRY_EN, extract(FERRY_EN, "en", day), title="Ferry sinks off Bastia", outlet="Wire"
    ).article_id
    store.injured = store.claims(article_id=store.wire, search="Nineteen")[0]["id"]
    return store


async def settle(pilot, rounds: int = 4) -> None:
    """Let every worker finish and every message land."""
    for _ in range(rounds):
        # An exclusive worker replaced by a newer one is cancelled: wait for the newer one too.
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(c, c) for c in text])


async def pick_from_library(pilot, form, words: str) -> None:
    """In the source form: search the library for `words` and pick the first result."""
    from textual.widgets import Input

    form.query_one("#source-search", Input).focus()
    await type_text(pilot, words)
    await settle(pilot)
    await pilot.press("enter", "enter")  # to the results, pick the first


def run_app(store: Store, scenario, size=(120, 40), **kwargs):
    """Run `scenario(app, pilot)` against the real app on `store`; returns the app."""
    app = make_app(store=store, **kwargs)

    async def main():
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(app, pilot)
            await settle(pilot)

    asyncio.run(main())
    return app


async def open_matches(app, pilot, claim_id: int):
    """The matches dialog of one claim, opened with `m` from its row."""
    from workbench.tui.screens.matches import MatchesScreen
    from workbench.tui.widgets.claims_table import ClaimsTable

    table = app.screen.query_one(ClaimsTable)
    table.move_cursor(row=table.get_row_index(str(claim_id)))
    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)
    assert isinstance(app.screen, MatchesScreen)
    return app.screen
