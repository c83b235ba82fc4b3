"""Undo and redo: skip what cannot be reverted, never run dry while changes remain, scoped to a
claim or not, safe when two processes of one analyst undo at once, and always described."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections import Counter

import pytest
from click.testing import CliRunner

from tests.small_article import add_read, claim_ids, small_store
from workbench.store import NotFound, Store


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "undo.db")
    yield store
    store.close()


def undone_targets(store) -> list[int]:
    return [
        json.loads(row["after"])["undid"]
        for row in store.db.query("SELECT after FROM history WHERE action = 'undo' ORDER BY id")
    ]


def test_more_than_fifty_changes_all_undo_past_what_cannot_be(small):
    first, second, third = claim_ids(small)
    notes = [small.add_note(first, f"note {i}") for i in range(30)]
    add_read(small, small.article_id, 0, 16)  # claim.added: not undoable, never in the way
    small.add_source("https://example.org/report", title="Report")  # source.added: same
    notes += [small.add_note(second, f"note {i}") for i in range(25)]
    small.set_verdict(third, "false", "Checked.")
    assert small.undo().description == f"verdict on {small.claim_named(third)} back to none"
    assert (
        small.undo().description == f"status on {small.claim_named(third)} back to new"
    )  # the verdict's
    for note_id in reversed(notes):
        claim = first if note_id in notes[:30] else second
        assert small.undo().description == f"note on {small.claim_named(claim)} removed"
    with pytest.raises(NotFound, match="nothing of yours to undo"):
        small.undo()
    assert small.db["notes"].count == 55  # retracted, not erased
    assert small.count_claims() == 4 and len(small.sources()) == 1
    assert sorted(undone_targets(small)) == sorted(set(undone_targets(small)))
    assert small.replay(first)["notes"] == {}


def test_undo_scoped_to_a_claim_or_across_all(small):
    first, second, _ = claim_ids(small)
    small.set_status(first, "in-progress")
    small.add_note(second, "later, elsewhere")
    assert small.undo(claim_id=first).description == (
        f"status on {small.claim_named(first)} back to new"
    )
    assert small.claim(second)["notes"]  # the other claim's newer note stays
    with pytest.raises(
        NotFound, match=re.escape(f"nothing of yours to undo on {small.claim_named(first)}")
    ):
        small.undo(claim_id=first)
    assert small.undo().description == f"note on {small.claim_named(second)} removed"


def test_redo_restores_what_undo_took_back_until_a_new_change(small):
    first, second, _ = claim_ids(small)
    small.set_verdict(first, "half true", "Checked.")
    small.set_verdict(first, "false", "four, not six")
    extracted = small.claim(second)["speaker"]
    small.edit_claim(second, speaker="Jo Park")
    assert small.undo().description == f"speaker on {small.claim_named(second)} back to {extracted}"
    assert small.undo().description == f"verdict on {small.claim_named(first)} back to Half true"
    assert small.claim(first)["verdict"] == "half-true"
    assert small.redo().description == f"verdict on {small.claim_named(first)} set again to False"
    assert small.claim(first)["verdict"] == "false"
    assert small.redo(claim_id=second).description == (
        f"speaker on {small.claim_named(second)} set again to Jo Park"
    )
    with pytest.raises(NotFound, match="nothing of yours to redo"):
        small.redo()
    # A redone change is undone again first; a new change ends what can be redone.
    assert small.undo().description == f"speaker on {small.claim_named(second)} back to {extracted}"
    small.add_note(first, "new work")
    with pytest.raises(NotFound, match="nothing of yours to redo"):
        small.redo()
    for claim_id in (first, second):
        replayed, current = small.replay(claim_id), small.claim(claim_id)
        assert replayed.get("speaker") == current["speaker"]
        live = [v for v in replayed["verdicts"].values() if v]
        assert (live[-1]["label"] if live else None) == current["verdict"]
    assert [h["action"] for h in small.history(first)].count("redo") == 1


def test_undo_keeps_what_another_analyst_changed_since(small):
    first = claim_ids(small)[0]
    small.edit_claim(first, speaker="Anna Smith")
    small.set_status(first, "in-progress")
    other = Store(small.db, "bob")
    other.edit_claim(first, speaker="The ministry")
    # ana's status change still holds and is undone; her speaker was overwritten by bob, so
    # undo skips it rather than putting her old value over his.
    assert small.undo().description == f"status on {small.claim_named(first)} back to new"
    with pytest.raises(NotFound):
        small.undo()
    assert small.claim(first)["speaker"] == "The ministry"


def test_two_simultaneous_undos_never_take_the_same_change(small):
    first = claim_ids(small)[0]
    for i in range(40):
        small.add_note(first, f"note {i}")
    go = small.path.parent / "go"
    script = textwrap.dedent(
        """
        import os, sys, time
        from workbench.store import NotFound, Store
        store = Store.open(sys.argv[1], "ana")
        while not os.path.exists(sys.argv[2]):
            time.sleep(0.001)
        for _ in range(30):
            try:
                store.undo()
            except NotFound:
                break
        """
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", script, str(small.path), str(go)]) for _ in range(2)
    ]
    go.touch()
    assert [w.wait(timeout=60) for w in workers] == [0, 0]
    targets = undone_targets(small)
    assert [t for t, n in Counter(targets).items() if n > 1] == []
    assert len(targets) == 40
    assert small.claim(first)["notes"] == []


def test_undo_and_redo_commands_say_what_they_did(small, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    monkeypatch.setenv("WORKBENCH_ANALYST", "ana")
    from workbench.cli import main

    first, second, _ = claim_ids(small)
    small.add_note(first, "call the ministry")
    small.add_note(second, "check the mayor")
    run = CliRunner().invoke
    result = run(main, ["undo", "--claim", str(first)])
    assert (result.exit_code, result.output) == (
        0,
        f"undone: note on {small.claim_named(first)} removed\n",
    )
    result = run(main, ["redo", "--claim", str(first)])
    assert (result.exit_code, result.output) == (
        0,
        f"redone: note on {small.claim_named(first)} restored\n",
    )
    assert run(main, ["redo"]).exit_code == 2
    history = run(main, ["history", str(first)]).output
    assert "undone: change #" in history and "redone: change #" in history


def test_a_check_undoes_and_redoes_as_one_step(small):
    """The check flow's save (source, verdict, status in one transaction) is one step for
    undo and redo, named as such; the change before it is the next one undone."""
    from workbench.store import Citation

    first, second, _ = claim_ids(small)
    small.add_note(first, "before the check")
    small.check_claim(first, "false", "four, not six", Citation("https://example.org/x", "refutes"))
    small.add_note(second, "elsewhere, later")
    undone = small.undo(claim_id=first)
    assert undone.description == f"check of {small.claim_named(first)}: verdict, source, status"
    assert undone.claim_id == first
    claim = small.claim(first)
    assert (claim["status"], claim["verdict"], claim["sources"]) == ("new", None, [])
    assert small.claim(first)["notes"]  # the note before the check is the next step
    redone = small.redo(claim_id=first)
    assert redone.description == f"check of {small.claim_named(first)}: verdict, source, status"
    claim = small.claim(first)
    assert (claim["status"], claim["verdict"]) == ("checked", "false")
    assert [s["stance"] for s in claim["sources"]] == ["refutes"]
    assert small.undo(claim_id=first).description.startswith(f"check of {small.claim_named(first)}")
    assert small.undo(claim_id=first).description == f"note on {small.claim_named(first)} removed"
    replayed = small.replay(first)
    assert replayed["status"] == "new" and not any(replayed["sources"].values())


def test_a_check_that_only_moves_the_status_undoes_that(small):
    """An unchanged verdict is not written again: the check's one step is its status."""
    first = claim_ids(small)[0]
    small.set_verdict(first, "false", "four")
    small.set_status(first, "in-progress")
    small.check_claim(first, "false", "four")
    assert small.undo(claim_id=first).description == f"check of {small.claim_named(first)}: status"
    assert small.claim(first)["status"] == "in-progress"


def test_an_article_assigned_in_one_command_is_undone_and_redone_in_one_step(small):
    """`assign --article` wrote one change per claim, and took one undo per claim."""
    small.add_analyst("ana")
    small.add_analyst("bob")
    ids = claim_ids(small)
    small.assign(ids[:1], "bob")
    changed = small.assign_article(small.claim_row(ids[0])["article_id"], "ana")
    assert len(changed) == len(ids) > 2

    undone = small.undo()
    assert str(undone) == f"assignment of {len(ids)} claims to ana"
    assert [small.claim_row(i)["assignee"] for i in ids] == ["bob"] + [None] * (len(ids) - 1)
    redone = small.redo()
    assert str(redone) == f"assignment of {len(ids)} claims to ana"
    assert {small.claim_row(i)["assignee"] for i in ids} == {"ana"}
    small.undo()
    assert str(small.undo()) == f"assignee on {small.claim_named(ids[0])} back to none"
