"""How a history row reads, the same in the UI and on the command line: an undo or redo names
what it took back and the values it restored, never a Python dict or an empty arrow."""

from __future__ import annotations

from click.testing import CliRunner

from tests.small_article import claim_ids, small_store
from workbench.cli import main
from workbench.report.changes import describe_change


def test_undo_and_redo_rows_say_what_they_took_back(tmp_path):
    store = small_store(tmp_path / "w.db")
    claim = claim_ids(store)[0]
    store.set_status(claim, "checked")
    store.add_note(claim, "hello")
    store.undo(claim)  # the note
    store.undo(claim)  # the status
    store.redo(claim)  # the status again
    store.set_verdict(claim, "false", "same")
    store.set_verdict(claim, "false", "same")
    rows = store.history(claim)
    by_id = {row["id"]: row for row in rows}
    lines = [describe_change(row, by_id) for row in rows]
    # a claim found reads as its words and speaker, not "end=412, origin=extracted, …"
    assert lines[0].startswith("“12 people were killed on Monday") and "end=" not in lines[0]
    assert lines[1:] == [
        "status: new → checked",
        "body=hello",
        f"undid change #{rows[2]['id']} (note added)",
        f"undid change #{rows[1]['id']} (status set): status: checked → new",
        f"redid change #{rows[1]['id']} (status set): status: new → checked",
        "label=false, rationale=same",
        "(unchanged)",
    ]
    for line in lines:
        assert "{" not in line and "None" not in line

    result = CliRunner().invoke(main, ["history", str(claim), "--db", str(store.path)])
    assert result.exit_code == 0, result.output
    assert "(status set): status: checked → new" in result.output


def test_a_match_decision_says_which_claim_it_concerns(tmp_path):
    """Linking two claims read "other_claim_id: — → 5", as if the other claim had changed."""
    store = small_store(tmp_path / "w.db")
    claim, other = claim_ids(store)[:2]
    store.link_claims(claim, other)
    row = store.history(claim)[-1]
    assert row["action"] == "match.linked"
    line = describe_change(row)
    assert line.endswith(f"→ confirmed (with claim {other})") and "other_claim_id" not in line
