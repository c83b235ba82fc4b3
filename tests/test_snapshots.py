"""Snapshot tests of the main screens at 160x48 and 80x24 (pytest-textual-snapshot).
Review changes with `pytest --snapshot-update` only after looking at the report."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui_support import ferry_store, prepared_store, settle
from workbench.tui import make_app

SIZES = [pytest.param((160, 48), id="160x48"), pytest.param((80, 24), id="80x24")]


@pytest.fixture(autouse=True)
def fixed_reports_folder(monkeypatch):
    """The export form shows the folder: one that does not depend on the test's tmp path."""
    monkeypatch.setenv("WORKBENCH_REPORTS", "/srv/desk/reports")


@pytest.fixture
def worked_store(tmp_path, sample_text, sample_extraction):
    """The sample with some work done on the ATACMS claim, at fixed times."""
    store = prepared_store(tmp_path / "snap.db", sample_text, sample_extraction)
    claim_id = store.claims(search="ATACMS")[0]["id"]
    store.set_status(claim_id, "in-progress")
    store.set_verdict(claim_id, "Plutôt faux", "Le Pentagone parle de quatre missiles.")
    source = store.add_source(
        "https://example.org/pentagon",
        title="Point presse",
        publisher="Pentagone",
        published="2024-11-20",
        accessed="2024-11-21",
    )
    store.link_source(claim_id, source, "refutes", excerpt="quatre missiles ATACMS")
    store.add_note(claim_id, "Rappeler le ministère.")
    store.snap_claim = claim_id
    return store


def steady_cursors(pilot) -> None:
    """A blinking cursor is drawn or not depending on when the picture is taken: hold it
    steady (shown in the focused input) so the snapshot does not depend on timing."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def _app(store):
    return make_app(store=store, article_id=store.sample_id)


async def _on_six(pilot) -> None:
    await settle(pilot)
    table = pilot.app.screen.query_one("#claims")
    table.move_cursor(row=table.get_row_index(str(pilot.app.gateway.store.snap_claim)))
    await settle(pilot)


@pytest.mark.parametrize("size", [*SIZES, pytest.param((100, 30), id="100x30")])
def test_main_screen(snap_compare, worked_store, size):
    """At 100x30 too: the line under the table and the search box were cut there."""
    assert snap_compare(_app(worked_store), terminal_size=size, run_before=settle)


def test_main_screen_of_an_article_without_outlet(
    snap_compare, tmp_path, sample_text, sample_extraction
):
    """The title line says the date right after the title (three spaces stood there)."""
    store = prepared_store(tmp_path / "snap.db", sample_text, sample_extraction, outlet=None)
    assert snap_compare(_app(store), terminal_size=(80, 24), run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_claim_card(snap_compare, worked_store, size):
    assert snap_compare(_app(worked_store), terminal_size=size, run_before=_on_six)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("view", "key"),
    [
        ("check_form", "c"),
        ("verdict_form", "v"),
        ("source_form", "s"),
        ("history_view", "h"),
        ("export_form", "x"),
    ],
)
def test_view_over_the_claim(snap_compare, worked_store, size, view, key):
    async def run_before(pilot):
        await _on_six(pilot)
        await pilot.press(key)
        await settle(pilot)
        steady_cursors(pilot)
        await pilot.pause()

    assert snap_compare(_app(worked_store), terminal_size=size, run_before=run_before)


def test_light_theme(snap_compare, worked_store):
    async def run_before(pilot):
        pilot.app.theme = "textual-light"
        await _on_six(pilot)

    assert snap_compare(_app(worked_store), terminal_size=(160, 48), run_before=run_before)


@pytest.mark.parametrize("key", [pytest.param("", id="card"), pytest.param("m", id="matches")])
def test_a_suggestion_whose_figures_disagree(snap_compare, tmp_path, french_nlp, key):
    """The card and `m` on a suggestion whose figures disagree (19 injured against 17):
    never one claim, it is said as a report of the same fact with another figure, not
    confirmed, setting a figure against its like only."""
    store = ferry_store(tmp_path / "ferry.db")

    async def run_before(pilot):
        await settle(pilot)
        table = pilot.app.screen.query_one("#claims")
        table.move_cursor(row=table.get_row_index(str(store.injured)))
        await settle(pilot)
        if key:
            await pilot.press(key)
            await settle(pilot)

    app = make_app(store=store, article_id=store.wire)
    assert snap_compare(app, terminal_size=(160, 48), run_before=run_before)
