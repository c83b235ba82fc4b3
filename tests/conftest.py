"""Shared fixtures: the French model loads once per test session; no test touches user data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SAMPLE = FIXTURES / "ukraine-atacms-fr.txt"


@pytest.fixture(scope="session")
def french_nlp():
    """The French pipeline, loaded once for the whole session (it takes seconds)."""
    from workbench.extract.nlp import french

    return french()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_extraction(french_nlp, sample_text):
    from datetime import date

    from workbench.extract import extract

    return extract(sample_text, "fr", date(2024, 11, 20))


@pytest.fixture(autouse=True)
def isolated_user_world(tmp_path, monkeypatch):
    """Point every default path at a temporary folder so tests never touch real data."""
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "workbench.db"))
    monkeypatch.setenv("WORKBENCH_ANALYST", "tester")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def store(tmp_path):
    """A real database file in a temporary folder, opened for analyst 'ana'."""
    from workbench.store import Store

    opened = Store.open(tmp_path / "store.db", "ana")
    yield opened
    opened.close()


@pytest.fixture
def sample_store(store, sample_text, sample_extraction):
    """The store with the sample article ingested (article id in `store.sample_id`)."""
    result = store.ingest(
        sample_text,
        sample_extraction,
        title="Ukraine: premières frappes",
        url="https://example.org/ukraine",
        outlet="Exemple",
    )
    store.sample_id = result.article_id
    return store


def claim_with(store, words: str) -> dict:
    """The stored claim whose text contains `words`."""
    matches = [c for c in store.claims() if words in c["text"]]
    assert matches, words
    return matches[0]
