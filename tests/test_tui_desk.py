"""The desk in the app, driven with Pilot: my queue as the first screen, review and assign by
keyboard, the overview, another analyst's change showing up on the open claim; snapshots of
the queue, review and overview screens at 80x24 and 160x48."""

from __future__ import annotations

import asyncio
import time
from datetime import date

import pytest

from tests.tui_support import prepared_store, run_app, settle
from workbench.extract import Extraction
from workbench.store import Store
from workbench.tui import make_app
from workbench.tui.screens.articles import ArticlesScreen
from workbench.tui.screens.desk_forms import ReviewForm
from workbench.tui.screens.main import MainScreen
from workbench.tui.screens.overview import OverviewScreen
from workbench.tui.screens.queue import QueueScreen

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


def acting_as(store: Store, analyst: str, change) -> None:
    """One change by another analyst, on the same connection and fixed clock."""
    me, store.analyst = store.analyst, analyst
    try:
        change(store)
    finally:
        store.analyst = me


@pytest.fixture
def desk_store(tmp_path, sample_text, sample_extraction):
    """The sample with a desk of ana (at the keyboard) and bob, review on; bob proposed a
    verdict on the ATACMS claim, and two claims are assigned to ana."""
    store = prepared_store(tmp_path / "desk.db", sample_text, sample_extraction)
    for name in ("ana", "bob"):
        store.add_analyst(name)
    store.set_review(True)
    claims = [c["id"] for c in store.claims(article_id=store.sample_id)]
    store.six = store.claims(search="ATACMS")[0]["id"]
    store.assigned = [c for c in claims if c != store.six][:2]
    store.assign(store.assigned, "ana")
    acting_as(store, "bob", lambda s: s.set_verdict(store.six, "false", "Four, not six."))
    yield store
    store.close()


def reopened(store) -> Store:
    return Store.open(store.path, "check")


async def on_claim(pilot, claim_id: int) -> None:
    await settle(pilot)
    table = pilot.app.screen.query_one("#claims")
    table.move_cursor(row=table.get_row_index(str(claim_id)))
    await settle(pilot)


def test_my_queue_is_the_first_screen_and_opens_the_claim(desk_store):
    async def scenario(app, pilot):
        assert isinstance(app.screen, QueueScreen)
        assert [i["claim_id"] for i in app.screen.items] == [*desk_store.assigned, desk_store.six]
        assert [i["reason"] for i in app.screen.items] == ["assigned", "assigned", "review"]
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.claim_id == desk_store.six
        assert app.screen.claim["id"] == desk_store.six

    run_app(desk_store, scenario)


def test_without_work_waiting_the_first_screen_is_the_article_list(
    tmp_path, sample_text, sample_extraction
):
    store = prepared_store(tmp_path / "solo.db", sample_text, sample_extraction)

    second = "Second article\n\nThe army said 40 drones flew over the city."
    store.ingest(second, Extraction("en", date(2024, 11, 21)), title="Second")

    async def scenario(app, pilot):
        assert isinstance(app.screen, ArticlesScreen)
        table = app.screen.query_one("#articles-table")
        assert table.cursor_row == 0
        await pilot.press("j")  # as in the claims table: j and k move on every list
        assert table.cursor_row == 1
        await pilot.press("k")
        assert table.cursor_row == 0

    run_app(store, scenario)


def test_approve_by_keyboard(desk_store):
    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        await pilot.press("R")
        await settle(pilot)
        assert isinstance(app.screen, ReviewForm)
        await pilot.press("1")

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    assert reopened(desk_store).claim_row(desk_store.six)["review"] == "approved"


def test_return_with_a_comment_by_keyboard(desk_store):
    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        await pilot.press("R", "2", "enter")  # no comment yet: the form says so and stays
        await settle(pilot)
        assert isinstance(app.screen, ReviewForm)
        await pilot.press(*"Source?", "enter")

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    store = reopened(desk_store)
    assert store.claim_row(desk_store.six)["review"] == "returned"
    assert store.reviews_of(desk_store.six)[-1]["comment"] == "Source?"


def test_self_approval_in_the_ui_is_refused_by_the_store(desk_store):
    notes = []

    async def scenario(app, pilot):
        app.notify = lambda message, **kw: notes.append((message, kw.get("severity")))
        desk_store.analyst = "bob"  # bob at the keyboard, on his own verdict
        await on_claim(pilot, desk_store.six)
        await pilot.press("R", "1")

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    assert reopened(desk_store).claim_row(desk_store.six)["review"] == "proposed"
    assert any("cannot review it" in m and s == "error" for m, s in notes)


def test_a_verdict_without_its_rationale_is_not_approved_in_the_ui(desk_store):
    """A bare verdict from an old database: `R` then approve says what to fix, approves
    nothing (the export would refuse it)."""
    desk_store.db.execute(
        "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
        "VALUES (?, 'false', NULL, 'bob', '2026-01-01T00:00:00')",
        [desk_store.six],
    )
    desk_store.db.conn.commit()
    notes = []

    async def scenario(app, pilot):
        app.notify = lambda message, **kw: notes.append((message, kw.get("severity")))
        await on_claim(pilot, desk_store.six)
        await pilot.press("R", "1")

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    assert reopened(desk_store).claim_row(desk_store.six)["review"] == "proposed"
    assert any("a verdict needs its rationale" in m and s == "error" for m, s in notes)


def test_assign_by_keyboard(desk_store):
    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        await pilot.press("A", "2")  # bob

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    row = reopened(desk_store).claim_row(desk_store.six)
    assert row["assignee"] == "bob"


def test_overview_counts_and_opens_what_waits_longest(desk_store):
    async def scenario(app, pilot):
        await pilot.press("b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        articles = screen.query_one("#overview-articles")
        cells = [str(c) for c in articles.get_row_at(0)]
        # review is on: proposed, returned, approved, then done (checked without review)
        assert cells[1:] == [str(len(desk_store.claims()) - 1), "0", "1", "0", "0", "0"]
        people = screen.query_one("#overview-analysts")
        assert [str(c) for c in people.get_row_at(0)] == [
            "ana",
            *("2", "0", "0", "0", "0", "0"),
            "3",
        ]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.claim_id == desk_store.assigned[0]

    run_app(desk_store, scenario)


def test_esc_leaves_the_overview_and_the_queue_for_the_screen_below(desk_store):
    """A trial: Esc left neither the desk overview nor the queue, whose footers offered no
    way back, and typing meant for elsewhere landed on their keys."""

    async def scenario(app, pilot):
        await pilot.press("b")
        await settle(pilot)
        below = app.screen_stack[-2]
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is below
        await pilot.press("o")
        await settle(pilot)
        articles = app.screen
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, QueueScreen) and app.screen is not below
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is articles

    run_app(desk_store, scenario)


def test_another_analysts_change_shows_on_the_open_claim(desk_store, monkeypatch):
    """Bob writes from his own connection; ana's open card shows it within a few seconds,
    without a reload of the article."""
    monkeypatch.setenv("WORKBENCH_POLL_SECONDS", "0.2")
    bob = Store.open(desk_store.path, "bob")
    seen = {}

    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        loads = []
        screen = app.screen
        original = screen.load_article
        screen.load_article = lambda: (loads.append(1), original())
        bob.add_note(desk_store.six, "Called the ministry: four.")
        start = time.monotonic()
        while time.monotonic() - start < 5:
            await asyncio.sleep(0.1)
            notes = (screen.claim or {}).get("notes", [])
            if any(n["body"].startswith("Called the ministry") for n in notes):
                seen["after"] = time.monotonic() - start
                break
        seen["reloads"] = len(loads)

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    bob.close()
    assert seen.get("after") is not None and seen["after"] < 3
    assert seen["reloads"] == 0


def test_another_analysts_verdict_shows_in_the_table_rows(desk_store, monkeypatch):
    """A trial: a verdict set from the command line while the app was open left the table's
    row at "new / —" until the next save in the app. Rows on screen are read again when
    another connection commits; the cursor stays where it was."""
    monkeypatch.setenv("WORKBENCH_POLL_SECONDS", "0.2")
    bob = Store.open(desk_store.path, "bob")
    other = desk_store.assigned[1]
    seen = {}

    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        table = app.screen.query_one("#claims")
        bob.set_verdict(other, "true", "Confirmed by the ministry.")
        start = time.monotonic()
        while time.monotonic() - start < 5:
            await asyncio.sleep(0.1)
            row = next(r for r in table.shown if r["id"] == other)
            if row["verdict"] == "true":
                seen["after"] = time.monotonic() - start
                seen["cells"] = " ".join(str(c) for c in table.get_row(str(other)))
                break
        seen["cursor"] = app.screen.claim_id

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    bob.close()
    assert seen.get("after") is not None and seen["after"] < 3
    assert "True" in seen["cells"]
    assert seen["cursor"] == desk_store.six


@pytest.mark.parametrize(
    ("command", "heading"),
    [
        (("article", "outlet", "{article}", "Le Monde"), "Le Monde 2024-11-20"),
        (("article", "date", "{article}", "2024-11-21"), "Exemple 2024-11-21"),
    ],
)
def test_an_article_corrected_from_another_shell_shows_in_the_heading(
    desk_store, monkeypatch, command, heading
):
    """A trial: `workbench article outlet` run in another shell while the article was open
    changed the store, and the heading kept the old outlet until the article was opened
    again. The heading is read again when another connection commits, as the card and the
    rows are; the article's text is not reloaded for it."""
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_POLL_SECONDS", "0.2")
    desk_store.set_outlet(desk_store.sample_id, "Exemple")
    seen = {}

    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        screen = app.screen
        line = screen.query_one("#article-title")
        seen["before"] = line.wb_tails[0].plain
        loads = []
        original = screen.load_article
        screen.load_article = lambda: (loads.append(1), original())
        args = [part.format(article=desk_store.sample_id) for part in command]
        result = CliRunner().invoke(main, ["--db", str(desk_store.path), *args])
        assert result.exit_code == 0, result.output
        start = time.monotonic()
        while time.monotonic() - start < 5:
            await asyncio.sleep(0.1)
            if line.wb_tails[0].plain.strip() == heading:
                seen["after"] = time.monotonic() - start
                seen["shown"] = str(line.render())
                break
        seen["reloads"] = len(loads)

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
    assert seen["before"].strip() == "Exemple 2024-11-20"
    assert seen.get("after") is not None and seen["after"] < 3
    assert heading in seen["shown"]
    assert seen["reloads"] == 0


@pytest.mark.parametrize("size", SIZES)
def test_queue_screen_snapshot(snap_compare, desk_store, size):
    assert snap_compare(make_app(store=desk_store), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_review_form_snapshot(snap_compare, desk_store, size):
    async def run_before(pilot):
        await on_claim(pilot, desk_store.six)
        await pilot.press("R")
        await settle(pilot)

    app = make_app(store=desk_store, article_id=desk_store.sample_id)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_overview_snapshot(snap_compare, desk_store, size):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)

    assert snap_compare(make_app(store=desk_store), terminal_size=size, run_before=run_before)


def test_the_card_says_where_a_verdict_stands_in_review(desk_store):
    """The card's verdict line never showed whether it was proposed, returned or approved."""
    from workbench.tui.widgets.claim_card import card_text

    async def scenario(app, pilot):
        await on_claim(pilot, desk_store.six)
        assert "proposed: waits for another analyst's review" in card_text(app.screen.claim)
        acting_as(desk_store, "ana", lambda s: s.review(desk_store.six, "return", "source?"))
        desk_store.set_review(False)  # solo again: nothing waits, the card says nothing
        assert "review" not in card_text(app.screen._card_data(desk_store, desk_store.six))

    run_app(desk_store, scenario, article_id=desk_store.sample_id)
