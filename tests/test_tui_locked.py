"""A note typed while another program holds the database: the save fails, the form comes back
with the text and the reason, and saving again once the database is free stores it."""

from __future__ import annotations

import sqlite3

from textual.widgets import Static, TextArea

from tests.small_article import claim_ids, small_store
from tests.tui_support import run_app, settle, type_text
from workbench.store import Store
from workbench.tui.screens.forms import NoteForm


def test_a_note_typed_while_the_database_is_locked_is_kept(tmp_path):
    store = small_store(tmp_path / "locked.db")
    store.db.execute("PRAGMA busy_timeout = 100")  # fail fast in the test
    first = claim_ids(store)[0]
    other = sqlite3.connect(store.path, isolation_level=None)

    async def scenario(app, pilot):
        other.execute("BEGIN IMMEDIATE")  # another program writing
        await pilot.press("n")
        await type_text(pilot, "Call the ministry")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteForm)
        assert app.screen.query_one(TextArea).text == "Call the ministry"
        assert "locked" in str(app.screen.query_one(".form-error", Static).render())
        other.execute("ROLLBACK")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, NoteForm)

    run_app(store, scenario, article_id=store.article_id)
    other.close()
    claim = Store.open(store.path, "check").claim(first)
    assert [n["body"] for n in claim["notes"]] == ["Call the ministry"]


def test_the_filter_bar_fits_a_60x20_terminal(tmp_path):
    from workbench.tui.widgets.filter_bar import FilterBar

    store = small_store(tmp_path / "small.db")

    async def scenario(app, pilot):
        bar = app.screen.query_one(FilterBar)
        search = bar.query_one("#filter-search").region
        verdict = bar.query_one("#filter-verdict").region
        assert search.width >= 15, search
        assert verdict.right <= 60 and verdict.width >= 11, verdict

    run_app(store, scenario, size=(60, 20), article_id=store.article_id)
