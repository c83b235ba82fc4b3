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
        "“hello”",
        f"change #{rows[2]['id']} (note added: “hello”)",
        f"change #{rows[1]['id']} (status set); status: checked → new",
        f"change #{rows[1]['id']} (status set); status: new → checked",
        "False — “same”",
        "(unchanged)",
    ]
    for line in lines:
        assert "{" not in line and "None" not in line

    result = CliRunner().invoke(main, ["history", str(claim), "--db", str(store.path)])
    assert result.exit_code == 0, result.output
    assert "undone: change" in result.output
    assert "(status set); status: checked → new" in result.output


def test_a_match_decision_says_which_claim_it_concerns(tmp_path):
    """Linking two claims read "other_claim_id: — → 5", as if the other claim had changed."""
    store = small_store(tmp_path / "w.db")
    claim, other = claim_ids(store)[:2]
    store.link_claims(claim, other)
    row = store.history(claim)[-1]
    assert row["action"] == "match.linked"
    line = describe_change(row)
    assert line.endswith(f"→ confirmed (with claim {other})") and "other_claim_id" not in line


def test_every_change_reads_in_words_in_the_cli_and_the_app(tmp_path):
    """A trial's history read "body=…", "iso=…, role=event", "claim.extracted", "source.linked
    excerpt=…, stance=…", "claim.checked label=mostly-true, parts=[56, 57, 58]" and "undid
    change #72 (match confirmed): state: — → confirmed"."""
    import asyncio

    from tests.tui_support import run_app, settle
    from workbench.store import Citation
    from workbench.tui.screens.history import HistoryScreen

    store = small_store(tmp_path / "w.db")
    claim, other = claim_ids(store)[:2]
    store.add_note(claim, "Ask the prefecture.")
    store.add_date(claim, "event", "2024-11-19")
    store.check_claim(
        claim,
        "mostly-true",
        "The toll rose.",
        Citation("https://example.org/toll", "supports", excerpt="14 morts"),
    )
    store.link_claims(claim, other)
    store.undo(claim)
    result = CliRunner().invoke(main, ["history", str(claim), "--db", str(store.path)])
    assert result.exit_code == 0, result.output
    said = result.output
    for words in (
        "claim found: “",
        "note added: “Ask the prefecture.”",
        "date attached: 19 November 2024 (event)\n",
        "source attached: linked as supporting: https://example.org/toll — “14 morts”",
        "verdict given: Mostly true — “The toll rose.”",
        "claim checked: verdict Mostly true, source attached as supporting: "
        "https://example.org/toll, status checked",
        "undone: change #",
    ):
        assert words in said, words
    for code in ("body=", "iso=", "role=", "claim.extracted", "stance=", "parts=", "label="):
        assert code not in said, code
    assert "state:" not in said and "—  →" not in said

    async def scenario(app, pilot):
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#history-table")
        cells = " | ".join(
            str(cell) for row in range(table.row_count) for cell in table.get_row_at(row)
        )
        assert "linked as supporting: https://example.org/toll" in cells
        assert (
            "verdict Mostly true, source attached as supporting: https://example.org/toll, "
            "status checked"
        ) in cells
        assert "19 November 2024 (event)" in cells and "iso=" not in cells

    asyncio.set_event_loop(asyncio.new_event_loop())
    run_app(store, scenario, article_id=store.claim(claim)["article_id"])


def test_the_history_says_which_note_source_or_verdict_a_change_was_about(tmp_path):
    """A trial: after `u`, `h` read "undone  change #27 (note added)", "change #34 (source
    attached)", "change #29 (verdict given)": which note? Each says what it took back, in
    the app's history and on the command line; a note's text stays text there (its escape
    shown, its markup not read, its line break a space), shortened when long."""
    import asyncio

    from rich.text import Text

    from tests.tui_support import run_app, settle
    from workbench.store import Citation
    from workbench.tui.screens.history import HistoryScreen

    store = small_store(tmp_path / "w.db")
    claim = claim_ids(store)[0]
    body = "Ask \x1b[31m[bold]her[/bold]\nthen the mayor " + "again " * 12
    store.add_note(claim, body)
    store.check_claim(
        claim, "false", "No.", Citation("https://example.org/toll", "refutes", excerpt="14")
    )
    for _ in range(2):  # the check (verdict, status, source) in one step, then the note
        store.undo(claim)
    rows = store.history(claim)
    by_id = {row["id"]: row for row in rows}
    lines = [describe_change(row, by_id, width=30) for row in rows if row["action"] == "undo"]
    note = next(line for line in lines if "(note added" in line)
    assert (
        note.startswith("change #") and "(note added: “Ask \x1b[31m[bold]her[/bold] the…”)" in note
    )
    assert "\n" not in note and "…" in note and "again again again again" not in note
    assert any("(source attached: linked as refuting: https://example.org/toll" in x for x in lines)
    assert any("(verdict given: False — “No.”)" in line for line in lines)

    result = CliRunner().invoke(main, ["history", str(claim), "--db", str(store.path)])
    assert (
        "undone: change #" in result.output and "(note added: “Ask ␛[31m[bold]her" in result.output
    )

    async def scenario(app, pilot):
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        table = app.screen.query_one("#history-table")
        whats = [table.get_row_at(row)[-1] for row in range(table.row_count)]
        undone = next(cell for cell in whats if "(note added" in str(cell))
        assert isinstance(undone, Text) and not undone.spans  # no markup read
        assert "(note added: “Ask ␛[31m[bold]her[/bold] then the mayo…”)" in str(undone)
        assert "\n" not in str(undone) and "again again again again" not in str(undone)
        assert any("(source attached: linked as refuting:" in str(cell) for cell in whats)

    asyncio.set_event_loop(asyncio.new_event_loop())
    run_app(store, scenario, article_id=store.article_id)
