"""The desk in the storage layer: analysts, assignment, review of verdicts, queues and the
overview. Every transition, and every refusal leaving the database exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import claim_with
from workbench.store import InvalidInput, NotFound, Store


def as_(store: Store, analyst: str) -> Store:
    """The same database file opened by another analyst (another connection)."""
    return Store.open(store.path, analyst)


def fingerprint(store: Store) -> tuple:
    """Everything a refused change could have touched."""
    return (
        tuple(store.db.query("SELECT id, assignee, assigned_at, review, verdict FROM claims")),
        tuple(store.db.query("SELECT * FROM verdict_reviews")),
        tuple(store.db.query("SELECT * FROM analysts")),
        tuple(store.db.query("SELECT * FROM settings")),
        store.db["history"].count,
    )


@pytest.fixture
def desk(sample_store):
    """The sample article, a desk of ana and bob, review on; `six` is the ATACMS claim."""
    sample_store.add_analyst("ana")
    sample_store.add_analyst("bob")
    sample_store.set_review(True)
    sample_store.six = claim_with(sample_store, "ATACMS")["id"]
    yield sample_store


def test_review_is_off_on_a_new_database_and_switching_it_is_logged(sample_store):
    assert not sample_store.review_on()
    sample_store.set_review(True)
    assert sample_store.review_on()
    rows = list(sample_store.db.query("SELECT * FROM history WHERE action = 'settings.review'"))
    assert [r["after"] for r in rows] == ['{"review": "on"}']


def test_analysts_are_added_once_with_a_clean_name(sample_store):
    assert sample_store.add_analyst("  Zoé   Martin ")
    assert not sample_store.add_analyst("Zoé Martin")
    assert [a["name"] for a in sample_store.analysts()] == ["Zoé Martin"]
    for bad in ("", "   ", "evil\x1b[31m"):
        before = fingerprint(sample_store)
        with pytest.raises(InvalidInput):
            sample_store.add_analyst(bad)
        assert fingerprint(sample_store) == before


def test_assign_claims_and_a_whole_article_with_history(desk):
    claims = [c["id"] for c in desk.claims(article_id=desk.sample_id)]
    assert desk.assign(claims[:2], "bob") == claims[:2]
    assert desk.assign(claims[:2], "bob") == []  # nothing changes twice
    assert desk.claim_row(claims[0])["assignee"] == "bob"
    changed = desk.assign_article(desk.sample_id, "ana")
    assert set(changed) == set(claims)
    assert {c["assignee"] for c in desk.claims(article_id=desk.sample_id)} == {"ana"}
    steps = [h for h in desk.history(claims[0]) if h["action"].startswith("claim.")]
    assert [(h["action"], h["after"]["assignee"]) for h in steps[1:]] == [
        ("claim.assigned", "bob"),
        ("claim.assigned", "ana"),
    ]
    assert desk.replay(claims[0])["assignee"] == "ana"
    desk.assign([claims[0]], None)
    assert desk.claim_row(claims[0])["assignee"] is None
    assert desk.history(claims[0])[-1]["action"] == "claim.unassigned"


def test_assigning_to_an_unknown_analyst_is_refused_and_writes_nothing(desk):
    before = fingerprint(desk)
    with pytest.raises(InvalidInput, match="unknown analyst 'zed'.*analyst add zed"):
        desk.assign([desk.six], "zed")
    with pytest.raises(InvalidInput, match="unknown analyst"):
        desk.assign_article(desk.sample_id, "zed")
    assert fingerprint(desk) == before


def test_assigning_a_missing_claim_writes_none_of_the_others(desk):
    before = fingerprint(desk)
    with pytest.raises(NotFound):
        desk.assign([desk.six, 999_999], "bob")
    assert fingerprint(desk) == before


def test_proposed_then_approved_by_another_analyst(desk):
    bob = as_(desk, "bob")
    bob.set_verdict(desk.six, "false", "Four missiles, not six.")
    assert desk.claim_row(desk.six)["review"] == "proposed"
    assert [h["action"] for h in desk.history(desk.six)][-1] == "verdict.proposed"
    desk.review(desk.six, "approve")
    assert desk.claim_row(desk.six)["review"] == "approved"
    last = desk.history(desk.six)[-1]
    assert (last["action"], last["analyst"], last["after"]["author"]) == (
        "verdict.approved",
        "ana",
        "bob",
    )
    assert desk.replay(desk.six)["reviews"]
    bob.close()


def test_returned_with_a_comment_then_proposed_again(desk):
    bob = as_(desk, "bob")
    bob.set_verdict(desk.six, "false", "Checked.")
    desk.review(desk.six, "return", "  Which source says four?  ")
    assert desk.claim_row(desk.six)["review"] == "returned"
    review = desk.reviews_of(desk.six)[-1]
    assert (review["decision"], review["comment"]) == ("returned", "Which source says four?")
    assert [q["reason"] for q in bob.queue()] == ["returned"]
    bob.set_verdict(desk.six, "mostly-false", "The Pentagon says four.")
    assert desk.claim_row(desk.six)["review"] == "proposed"
    desk.review(desk.six, "approve")
    assert desk.claim_row(desk.six)["review"] == "approved"
    actions = [h["action"] for h in desk.history(desk.six)]
    assert actions[-4:] == [
        "verdict.proposed",
        "verdict.returned",
        "verdict.proposed",
        "verdict.approved",
    ]
    bob.close()


def test_the_author_can_never_approve_their_own_verdict(desk):
    desk.set_verdict(desk.six, "false", "Checked.")
    before = fingerprint(desk)
    with pytest.raises(InvalidInput, match="ana proposed this verdict and cannot review it"):
        desk.review(desk.six, "approve")
    assert fingerprint(desk) == before


def test_the_database_itself_refuses_a_self_approval(desk):
    """Enforced below the Python API: a writer that skips the store's checks is refused too."""
    verdict_id = desk.set_verdict(desk.six, "false", "Checked.")
    conn = sqlite3.connect(desk.path)
    with pytest.raises(sqlite3.IntegrityError, match="author of a verdict cannot approve it"):
        conn.execute(
            "INSERT INTO verdict_reviews (verdict_id, claim_id, decision, analyst, decided_at) "
            "VALUES (?, ?, 'approved', 'ana', 'now')",
            [verdict_id, desk.six],
        )
    with pytest.raises(sqlite3.IntegrityError, match="needs a comment"):
        conn.execute(
            "INSERT INTO verdict_reviews (verdict_id, claim_id, decision, analyst, decided_at) "
            "VALUES (?, ?, 'returned', 'bob', 'now')",
            [verdict_id, desk.six],
        )
    conn.close()
    assert desk.reviews_of(desk.six) == []


def test_reviewing_a_claim_without_a_verdict_is_refused(desk):
    before = fingerprint(desk)
    with pytest.raises(InvalidInput, match="has no verdict to review"):
        desk.review(desk.six, "approve")
    assert fingerprint(desk) == before


def test_returning_without_a_comment_is_refused(desk):
    as_(desk, "bob").set_verdict(desk.six, "false", "Checked.")
    before = fingerprint(desk)
    for empty in (None, "", "   "):
        with pytest.raises(InvalidInput, match="say why"):
            desk.review(desk.six, "return", empty)
    assert fingerprint(desk) == before


def test_an_approved_verdict_is_not_reviewed_again_and_unknown_decisions_are_refused(desk):
    as_(desk, "bob").set_verdict(desk.six, "false", "Checked.")
    desk.review(desk.six, "approve")
    before = fingerprint(desk)
    with pytest.raises(InvalidInput, match="is approved, not waiting for review"):
        desk.review(desk.six, "approve")
    with pytest.raises(InvalidInput, match="not one of approve, return"):
        desk.review(desk.six, "reject")
    with pytest.raises(NotFound):
        desk.review(999_999, "approve")
    assert fingerprint(desk) == before


def test_undo_of_an_approval_puts_the_verdict_back_to_proposed(desk):
    as_(desk, "bob").set_verdict(desk.six, "false", "Checked.")
    desk.review(desk.six, "approve")
    desk.undo(desk.six)
    assert desk.claim_row(desk.six)["review"] == "proposed"
    assert desk.reviews_of(desk.six)[-1]["retracted_at"]
    assert desk.replay(desk.six)["reviews"] == {}


def test_queues_say_what_waits_for_whom(desk):
    bob = as_(desk, "bob")
    first, second, third = [c["id"] for c in desk.claims(article_id=desk.sample_id)][:3]
    desk.assign([first, second], "bob")
    bob.set_verdict(second, "true", "Checked.")  # proposed by bob: waits for anyone else's review
    desk.set_verdict(third, "false", "Checked.")  # proposed by ana
    assert [(q["claim_id"], q["reason"]) for q in bob.queue()] == [
        (first, "assigned"),
        (third, "review"),
    ]
    assert [(q["claim_id"], q["reason"]) for q in desk.queue()] == [(second, "review")]
    everyone = desk.waiting()
    assert {(q["claim_id"], q["for"]) for q in everyone} == {
        (first, "bob"),
        (second, None),
        (third, None),
    }
    desk.set_review(False)  # solo use: nothing waits for a reviewer
    assert [q["reason"] for q in desk.waiting()] == ["assigned"]
    bob.close()


def test_overview_counts_by_article_and_analyst(desk):
    bob = as_(desk, "bob")
    ids = [c["id"] for c in desk.claims(article_id=desk.sample_id)]
    desk.assign(ids[:3], "bob")
    bob.set_status(ids[0], "in-progress")
    bob.set_verdict(ids[1], "true", "Checked.")
    bob.set_verdict(ids[2], "false", "Checked.")
    desk.review(ids[2], "approve")
    view = desk.overview()
    (article,) = view["articles"]
    assert (article["new"], article["in-progress"], article["proposed"], article["approved"]) == (
        len(ids) - 3,
        1,
        1,
        1,
    )
    (person,) = view["analysts"]
    assert (person["key"], person["new"], person["in-progress"], person["proposed"]) == (
        "bob",
        0,
        1,
        1,
    )
    assert person["waiting"] == 1  # claim ids[0]; ids[1] waits for someone else's review
    assert [item["claim_id"] for item in view["longest"]] == [ids[0], ids[1]]


def test_an_analyst_without_assignments_has_a_row_for_the_verdicts_they_proposed(desk):
    """A trial: ana had two approved verdicts and one returned, and no row, because the
    overview counted assigned claims only."""
    bob = as_(desk, "bob")
    first, second = [c["id"] for c in desk.claims(article_id=desk.sample_id)][:2]
    desk.set_verdict(first, "true", "Checked.")  # ana, unassigned
    desk.set_verdict(second, "false", "Checked.")
    bob.review(first, "approve")
    bob.review(second, "return", "which source?")
    (ana,) = desk.overview()["analysts"]
    assert (ana["key"], ana["approved"], ana["returned"]) == ("ana", 1, 1)
    bob.close()
    bob.close()


def test_data_version_moves_when_another_connection_writes(desk):
    bob = as_(desk, "bob")
    seen = desk.data_version()
    desk.add_note(desk.six, "mine")  # this connection's own writes do not move it
    assert desk.data_version() == seen
    bob.add_note(desk.six, "theirs")
    assert desk.data_version() != seen
    bob.close()


def test_a_verdict_without_its_rationale_is_not_approved(desk):
    """A verdict recorded before the rationale rule (an old database, an import) was approved,
    then refused by the export: approving keeps the same rule (`check_rationale`) and says
    what to fix."""
    desk.db.execute(
        "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
        "VALUES (?, 'false', '  ', 'bob', '2026-01-01T00:00:00')",
        [desk.six],
    )
    desk.db.execute(
        "UPDATE claims SET verdict = 'false', review = 'proposed' WHERE id = ?", [desk.six]
    )
    before = fingerprint(desk)
    with pytest.raises(InvalidInput) as refused:
        desk.review(desk.six, "approve")
    assert str(refused.value) == (
        f"claim {desk.six}: a verdict needs its rationale: say what the evidence shows; its "
        f"verdict false has none, so it is not approved: return it to its author (workbench "
        f'review {desk.six} return -m "...") or give it one (workbench verdict set {desk.six} '
        'false -r "..."), which proposes it again'
    )
    assert fingerprint(desk) == before
    desk.review(desk.six, "return", "Why false?")  # returning it is what it needs
    assert desk.claim_row(desk.six)["review"] == "returned"
