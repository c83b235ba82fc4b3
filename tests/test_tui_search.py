"""The claims table's search box folds accents and case both ways, as `workbench search` does:
inside one article the table's search scans that article's claims rather than probing the
full-text index, and it must find what the index finds."""

from __future__ import annotations

from datetime import date

import pytest

from tests.tui_support import run_app, settle, type_text
from workbench.extract import extract
from workbench.store import Store
from workbench.tui.widgets.claims_table import ClaimsTable

WRITTEN_PLAIN = (
    "Flood toll rises\n\n"
    "According to the mayor, Helene Barbaroux, 300 homes were destroyed in 2023.\n\n"
    "The army reported 40 drones over the city.\n"
)
WRITTEN_ACCENTED = WRITTEN_PLAIN.replace("Helene", "HÉLÈNE").replace("drones", "DRÔNES")


def _store(path, text: str) -> Store:
    store = Store.open(path, "ana")
    store.article_id = store.ingest(  # type: ignore[attr-defined]
        text, extract(text, "en", date(2024, 1, 10)), title="Flood toll rises"
    ).article_id
    return store


@pytest.mark.parametrize(
    ("text", "typed", "found"),
    [
        (WRITTEN_PLAIN, "Hélène", "Barbaroux"),
        (WRITTEN_ACCENTED, "helene", "Barbaroux"),
        (WRITTEN_ACCENTED, "drône", "army"),
        (WRITTEN_ACCENTED, "drones", "army"),
    ],
    ids=["accents typed, none written", "none typed, written", "drône", "drones"],
)
def test_the_table_search_folds_accents_and_case(tmp_path, text, typed, found):
    store = _store(tmp_path / "search.db", text)
    in_index = store.search(typed)["claims"]
    assert [found in c["text"] for c in in_index] == [True]  # what `workbench search` finds

    async def scenario(app, pilot):
        await pilot.press("slash")
        await type_text(pilot, typed)
        await settle(pilot)
        table = app.screen.query_one(ClaimsTable)
        assert table.row_count == 1
        assert found in store.claim(app.screen.claim_id)["text"]

    run_app(store, scenario, article_id=store.article_id)
    store.close()


def test_the_table_search_still_narrows(tmp_path):
    """Folding finds more forms of a word, not every claim: a word absent stays absent."""
    store = _store(tmp_path / "search.db", WRITTEN_ACCENTED)
    assert store.claims(article_id=store.article_id, search="Hélène Barbaroux 300")
    assert not store.claims(article_id=store.article_id, search="Helena")
    assert not store.claims(article_id=store.article_id, search="hélène 100%")
    store.close()


WIDE_SPEAKER = (
    "Storm report\n\n"
    "According to the regional civil protection agency spokesperson Maria Fernanda Oliveira, "
    "300 homes were destroyed in 2023.\n\n"
    "The army reported 40 drones over the city.\n"
)
"""A claim with a long speaker and one without: a search finding the second only left the
columns sized on its narrow cells."""


def test_the_columns_stay_where_they_were_when_a_search_narrows_the_rows(tmp_path):
    """A trial: the columns rearranged as a search narrowed the rows (sized on the rows
    found, a column that fits beside narrower cells came, and the others moved)."""
    store = _store(tmp_path / "search.db", WIDE_SPEAKER)

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        columns = list(table.widths)
        await pilot.press("slash")
        await type_text(pilot, "drones")
        await settle(pilot)
        assert table.row_count == 1
        assert list(table.widths) == columns  # no column came or went

    run_app(store, scenario, size=(160, 48), article_id=store.article_id)
    store.close()


def test_esc_clears_the_search_first(tmp_path):
    """A trial: Esc in the search box, or on the table it narrowed, left the search on."""
    store = _store(tmp_path / "search.db", WIDE_SPEAKER)
    every = len(store.claims(article_id=store.article_id))

    async def scenario(app, pilot):
        from textual.widgets import Input

        table = app.screen.query_one(ClaimsTable)
        await pilot.press("slash")
        await type_text(pilot, "drones")
        await settle(pilot)
        assert table.row_count == 1 < every
        await pilot.press("escape")  # in the search box: the search is cleared
        await settle(pilot)
        assert app.screen.query_one("#filter-search", Input).value == ""
        assert table.row_count == every and app.screen.focused is table
        await pilot.press("slash")
        await type_text(pilot, "drones")
        await pilot.press("enter")  # to the table, the search still on
        await settle(pilot)
        assert app.screen.focused is table and table.row_count == 1
        await pilot.press("escape")
        await settle(pilot)
        assert table.row_count == every

    run_app(store, scenario, article_id=store.article_id)
    store.close()


def test_enter_on_the_ingest_forms_path_ingests(tmp_path):
    """A trial: Enter on the path moved to the optional date, and the analyst waited for an
    ingest that had not started; a path that is not there is said, the form kept."""
    store = Store.open(tmp_path / "empty.db", "ana")
    path = store.path
    article = tmp_path / "wire.txt"
    article.write_text(WRITTEN_PLAIN, encoding="utf-8")

    async def scenario(app, pilot):
        await pilot.press("i")
        await type_text(pilot, str(tmp_path / "nowhere.txt"))
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "IngestForm"
        assert "no such file or folder" in str(app.screen.query_one(".form-error").render())
        app.screen.query_one("#ingest-path").value = str(article)
        await pilot.press("enter")
        await settle(pilot, rounds=8)
        assert type(app.screen).__name__ != "IngestForm"

    run_app(store, scenario)
    assert [a["claims"] > 0 for a in Store.open(path).articles()] == [True]
