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


def _cli(store, *args: object) -> str:
    result = CliRunner().invoke(
        main, [*map(str, args), "--db", str(store.path), "--analyst", store.analyst]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_a_match_decision_is_in_both_claims_histories_each_naming_the_other(tmp_path):
    """A trial: confirming a suggestion from the earlier article's claim 14 logged "match
    confirmed: … (with claim 14)" on claim 14 (the partner was 37), and claim 37's history
    said nothing of it. Each decision (confirm, reject, a link by hand) and its undo and redo
    is in both claims' histories, each naming the other claim; history only grows."""
    from tests.small_article import two_reports

    store = two_reports(tmp_path / "w.db")
    first = claim_ids(store)[0]  # "12 people were killed on Monday"
    (match,) = store.matches(first)
    other = match["other_claim_id"]
    raw = store.db.execute("SELECT claim_id FROM claim_matches WHERE id = ?", [match["id"]])
    assert raw.fetchone()[0] == other  # the later claim is the match's first: decided from
    # the second side, the row named the claim itself

    def lines(claim: int) -> list[str]:
        return _cli(store, "history", claim).splitlines()

    def last_ids() -> list[int]:
        return [row[0] for row in store.db.execute("SELECT id FROM history ORDER BY id")]

    for decision, said in (("confirmed", "match confirmed"), ("rejected", "match rejected")):
        seen = last_ids()
        store.decide_match(match["id"], decision, claim_id=first)
        assert lines(first)[-1].endswith(f"→ {decision} (with claim {other})")
        assert lines(other)[-1].endswith(f"→ {decision} (with claim {first})")
        assert f"{said}:" in lines(other)[-1]
        # undone from the other side: one step takes back both rows, each history says so
        assert "undone:" in _cli(store, "undo", "--claim", other)
        assert store.matches(first)[0]["state"] == "suggested"
        for claim, partner in ((first, other), (other, first)):
            assert f"({said} with claim {partner}); match suggested" in lines(claim)[-1]
        assert "redone:" in _cli(store, "redo", "--claim", first)
        for claim, partner in ((first, other), (other, first)):
            assert f"({said} with claim {partner}); match {decision}" in lines(claim)[-1]
        _cli(store, "undo", "--claim", first)
        assert last_ids()[: len(seen)] == seen  # appended to, never rewritten

    homes, drones = claim_ids(store)[1], store.claims(article_id=store.second_id)[-1]["id"]
    _cli(store, "match", "--link", homes, drones)
    assert lines(homes)[-1].endswith(f"→ confirmed (with claim {drones})")
    assert lines(drones)[-1].endswith(f"→ confirmed (with claim {homes})")
    assert "undone: link of claim" in _cli(store, "undo", "--claim", drones)
    for claim, partner in ((homes, drones), (drones, homes)):
        assert f"seen before with claim {partner}); match unlinked" in lines(claim)[-1]


def test_a_reused_verdict_and_source_say_which_claim_they_came_from(tmp_path):
    """`Y` (confirm and reuse) copied the other claim's verdict as a plain "verdict given:
    True": it says it was reused from that claim, and so does each source it copied."""
    from tests.small_article import two_reports

    store = two_reports(tmp_path / "w.db")
    first = claim_ids(store)[0]
    (match,) = store.matches(first)
    other = match["other_claim_id"]
    source = store.add_source("https://example.org/toll", title="Toll")
    store.link_source(other, source, "supports", excerpt="12 dead")
    store.set_verdict(other, "true", "The hospital's count")
    store.confirm_match(match["id"], first, reuse=True)
    said = _cli(store, "history", first)
    assert f"verdict given: True — “The hospital's count” (reused from claim {other})" in said
    assert f"“12 dead” (reused from claim {other})" in said
    theirs = _cli(store, "history", other)
    assert f"(with claim {first})" in theirs and "reused from" not in theirs
    assert "undone: confirmation of match" in _cli(store, "undo", "--claim", first)
    assert store.claim(first)["verdict_record"] is None
    assert "match suggested" in _cli(store, "history", other).splitlines()[-1]


def test_a_decision_logged_before_names_the_other_claim_of_its_match(tmp_path):
    """A database written before both sides were logged holds rows that name the deciding
    claim itself: read, they name the other claim of their match."""
    from tests.small_article import two_reports

    store = two_reports(tmp_path / "w.db")
    first = claim_ids(store)[0]
    (match,) = store.matches(first)
    store.db.execute("UPDATE claim_matches SET state = 'confirmed' WHERE id = ?", [match["id"]])
    store.db.table("history").insert(
        {
            "claim_id": first,
            "article_id": store.article_id,
            "analyst": "ana",
            "at": "2026-11-26T10:00:00",
            "action": "match.confirmed",
            "entity": "claim_matches",
            "entity_id": match["id"],
            "before": '{"state": "suggested"}',
            "after": f'{{"state": "confirmed", "other_claim_id": {first}, "review_id": null}}',
        }
    )
    store.db.conn.commit()
    last = _cli(store, "history", first).splitlines()[-1]
    assert last.endswith(f"→ confirmed (with claim {match['other_claim_id']})")


def test_a_long_value_an_edit_changed_is_said_by_what_changed():
    """A trial: after a date was corrected, the history read "claim edited: dates: décembre =
    2026-12, octobre =… → décembre = 2026-12, octobre =…": the cut hid the one thing that
    changed. A list now says the items taken out and put in, a long text the part that
    changed with the words around it."""
    import json

    def said(before: object, after: object, key: str) -> str:
        row = {"action": "claim.edited", "before": {key: before}, "after": {key: after}}
        return describe_change(row, width=30)

    december = {"text": "décembre", "iso": "2026-12"}
    wrong, right = {"text": "octobre", "iso": "2027-10"}, {"text": "octobre", "iso": "2026-10"}
    dates = said(json.dumps([december, wrong]), json.dumps([december, right]), "dates")
    assert dates == "dates: octobre = 2027-10 → octobre = 2026-10"
    assert said(json.dumps([december, wrong]), json.dumps([december]), "dates") == (
        "dates: removed octobre = 2027-10"
    )
    text = "La rupture du barrage a fait au moins {} morts et 37 disparus, a annoncé le préfet."
    assert said(text.format("cinq"), text.format("six"), "text") == (
        "text: …fait au moins cinq morts et 37… → …fait au moins six morts et 37…"
    )
    assert said("Six ATACMS.", "Huit ATACMS.", "text") == "text: Six ATACMS. → Huit ATACMS."


def test_the_command_line_history_says_a_note_whole_up_to_a_line(tmp_path):
    """A trial: `workbench history` cut a note at 30 characters ("Montant à vérifier dans la
    co…")."""
    store = small_store(tmp_path / "note.db")
    first = claim_ids(store)[0]
    note = "Montant à vérifier dans la convention signée avec l'État"
    store.add_note(first, note)
    assert note in _cli(store, "history", first)
