"""The check flow's save (source, verdict, status) is one store transaction: all or nothing."""

from __future__ import annotations

import pytest

from tests.conftest import claim_with
from workbench.store import Citation, DatabaseUnavailable, InvalidInput, NotFound, Store


def counts(store: Store) -> dict[str, int]:
    return {
        table: store.db[table].count
        for table in ("sources", "claim_sources", "verdicts", "history")
    }


def test_a_check_saves_source_verdict_and_status_together(sample_store):
    claim = claim_with(sample_store, "six missiles")["id"]
    sample_store.check_claim(
        claim,
        "false",
        "Four, per the Pentagon.",
        Citation("https://example.org/pentagon", "refutes", excerpt="four missiles"),
    )
    checked = sample_store.claim(claim)
    assert checked["status"] == "checked"
    assert checked["verdict_record"]["rationale"] == "Four, per the Pentagon."
    assert [s["url"] for s in checked["sources"]] == ["https://example.org/pentagon"]
    actions = [row["action"] for row in sample_store.history(claim)][-4:]
    assert actions == ["source.linked", "status.set", "verdict.set", "claim.checked"]


def test_a_failure_half_way_through_a_check_writes_nothing(sample_store):
    """The source is added to the library and linked, then the verdict is refused: none of
    it stays (before, the source and its link were kept without the verdict)."""
    claim = claim_with(sample_store, "six missiles")["id"]
    before = counts(sample_store)
    with pytest.raises(InvalidInput):
        sample_store.check_claim(
            claim, "no-such-label", "why", Citation("https://example.org/new", "refutes")
        )
    assert counts(sample_store) == before
    assert sample_store.claim(claim)["status"] == "new"


def test_a_write_refused_by_the_database_in_the_middle_keeps_nothing(sample_store):
    """As if the disk filled up after the source was linked: the database refuses the
    verdict row, and the whole check is rolled back."""
    claim = claim_with(sample_store, "six missiles")["id"]
    sample_store.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON verdicts "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    before = counts(sample_store)
    with pytest.raises(DatabaseUnavailable):
        sample_store.check_claim(
            claim, "false", "why", Citation("https://example.org/new", "refutes")
        )
    assert counts(sample_store) == before
    assert sample_store.claim(claim)["status"] == "new"
    assert not sample_store.db.conn.in_transaction


def test_a_refused_library_source_writes_nothing(sample_store):
    claim = claim_with(sample_store, "six missiles")["id"]
    sample_store.set_status(claim, "in-progress")
    before = counts(sample_store)
    with pytest.raises(NotFound):
        sample_store.check_claim(
            claim, "false", "why", Citation("https://example.org/x", "refutes", source_id=999)
        )
    with pytest.raises(InvalidInput):
        sample_store.check_claim(claim, "false", "why", Citation("ftp://example.org/", "refutes"))
    assert counts(sample_store) == before
    assert sample_store.claim(claim)["status"] == "in-progress"


def test_citing_a_new_url_with_a_refused_stance_leaves_no_library_source(sample_store):
    claim = claim_with(sample_store, "six missiles")["id"]
    before = counts(sample_store)
    with pytest.raises(InvalidInput):
        sample_store.cite(claim, Citation("https://example.org/orphan", "maybe"))
    assert counts(sample_store) == before
