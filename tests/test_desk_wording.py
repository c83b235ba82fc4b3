"""The desk's views say what is true of the state they show. A trial: `workbench desk` counted
a checked claim "proposed" under "review is off", `workbench queue` said "nothing waiting"
with 30 claims still new, and `redo` said "redone: status ... back to in-progress"."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.small_article import claim_ids, small_store
from workbench.cli import main


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "desk.db")
    yield store
    store.close()


def run(store, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(store.path), "--analyst", "ana", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_with_review_off_a_checked_claim_is_done_not_proposed(small):
    first = claim_ids(small)[0]
    small.set_verdict(first, "true", "the toll")  # checked, its verdict stored as proposed
    view = small.overview()
    assert view["states"] == ["new", "in-progress", "done"]
    (article,) = view["articles"]
    assert (article["new"], article["done"], article["proposed"]) == (
        len(claim_ids(small)) - 1,
        1,
        0,
    )
    shown = run(small, "desk")
    assert "proposed" not in shown
    assert shown.startswith("review is off (a claim checked is done)")
    assert "done" in shown.splitlines()[2]  # the articles' header
    small.set_review(True)  # now it waits for a second analyst's review
    view = small.overview()
    assert "proposed" in view["states"] and view["articles"][0]["proposed"] == 1
    assert view["articles"][0]["done"] == 0


def test_an_empty_queue_says_what_a_queue_holds_and_where_new_claims_are(small):
    count = len(claim_ids(small))
    shown = run(small, "queue").splitlines()
    assert shown == [
        "nothing waiting for ana: no claim assigned to you, no verdict returned to you, "
        "no review (review is off)",
        f"{count} claims are new or in progress and assigned to no one, so in no queue: "
        "`workbench claims --status new` lists them, `workbench assign` gives them to an "
        "analyst",
    ]
    assert run(small, "queue", "--all").startswith("nothing waiting: no claim assigned")
    small.add_analyst("ana")
    small.assign(claim_ids(small), "ana")
    queued = run(small, "queue")
    assert "nothing waiting" not in queued and "assigned to no one" not in queued
    assert queued.count("assigned ") == count


def test_redo_says_it_set_the_value_again_not_back(small):
    first = claim_ids(small)[0]
    small.set_status(first, "in-progress")
    assert run(small, "undo") == f"undone: status on claim 1 (id {first}) back to new\n"
    assert run(small, "redo") == (
        f"redone: status on claim 1 (id {first}) set again to in-progress\n"
    )
