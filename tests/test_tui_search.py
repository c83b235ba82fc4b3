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
