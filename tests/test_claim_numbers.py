"""One number a user reads for a claim: its number in its article ("Claim 1"), which the
table, the card, the forms, the notices and every report give; the database id, which the
command line takes, is always written "id N". A trial: the table's `#` was the id (20-34),
the card said "Claim 11 (id 30)", the check form "Claim 30", and a match "claim 11 (fr)", a
third claim."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.small_article import two_reports
from tests.tui_support import run_app, settle
from workbench.cli import main
from workbench.store import Store


@pytest.fixture
def reports(tmp_path):
    store = two_reports(tmp_path / "numbers.db")
    yield store
    store.close()


def first_of_second(store) -> dict:
    """The second report's first claim: claim 1 of its article, whose id is not 1."""
    claim = store.claims(article_id=store.second_id)[0]
    assert store.claim(claim["id"])["place"] == 1 and claim["id"] != 1
    return claim


def run(store, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(store.path), "--analyst", "ana", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_line_gives_a_claims_number_and_its_id_each_labelled(reports):
    claim_id = first_of_second(reports)["id"]
    header, first, *_ = run(reports, "claims", "--article", str(reports.second_id)).splitlines()
    assert header.split()[:3] == ["id", "art", "no"]
    assert first.split()[:3] == [str(claim_id), str(reports.second_id), "1"]
    shown = run(reports, "show", str(claim_id)).splitlines()
    assert shown[0] == f"Claim 1 (id {claim_id}) of article {reports.second_id}: Floods kill twelve"
    assert run(reports, "history", str(claim_id)).splitlines()[0] == (
        f"history of claim 1 (id {claim_id})"
    )
    assert run(reports, "status", str(claim_id), "checked") == f"claim 1 (id {claim_id}): checked\n"


def test_a_match_names_the_other_claim_by_its_number_labelled_id_and_language(reports):
    """ "claim 2 (en)" read as the card's "Claim 2"; the desk now names it as it names any
    claim, "claim 3 (id 3)", then its language."""
    mine = reports.claims(article_id=reports.second_id, search="drones")[0]["id"]
    (match,) = [m for m in reports.matches(mine) if m.get("other_claim_id")]
    other = match["other_claim_id"]
    place = reports.claim(other)["place"]
    shown = run(reports, "show", str(mine))
    assert f"claim {place} (id {other}) in English in “Flood toll rises”" in shown
    assert f"claim {other} (en)" not in shown


def test_the_app_numbers_a_claim_as_the_card_and_the_reports_do(reports):
    from textual.widgets import Label

    from workbench.tui.screens.check import CheckForm
    from workbench.tui.screens.history import HistoryScreen
    from workbench.tui.widgets.claim_card import ClaimCard
    from workbench.tui.widgets.claims_table import ClaimsTable

    claim_id = first_of_second(reports)["id"]
    places = reports.claim_numbers([reports.second_id])

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        numbers = [table.get_row_at(row)[0].plain for row in range(table.row_count)]
        assert numbers == [str(places[r["id"]]) for r in table.shown] == ["1", "2"]
        assert app.screen.claim_id == claim_id
        card = app.screen.query_one(ClaimCard)
        assert card.plain.startswith(f"Claim 1 (id {claim_id})")
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        hints = [str(label.render()) for label in app.screen.query(Label)]
        assert any(hint.startswith("Claim 1: verdict") for hint in hints), hints
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        title = str(app.screen.query_one(".form-title", Label).render())
        assert title.startswith("History of Claim 1 ")

    run_app(Store.open(reports.path, "ana"), scenario, article_id=reports.second_id)


def test_the_commands_that_change_a_claim_name_it_by_its_number_and_id(reports):
    """ "claim 21: Mostly true" named the claim by its id where the app's table says 2."""
    claim_id = first_of_second(reports)["id"]
    named = f"claim 1 (id {claim_id})"
    said = run(reports, "verdict", "set", str(claim_id), "false", "-r", "Eleven, not twelve.")
    assert said == f"{named}: False (Faux)\n"
    assert run(reports, "note", "add", str(claim_id), "ask the ministry") == (
        f"{named}: note added\n"
    )
    assert (
        run(reports, "date", "add", str(claim_id), "2024-01-08") == f"{named}: event date added\n"
    )
    linked = run(reports, "source", "add", "https://example.org/toll", "--claim", str(claim_id))
    assert linked.splitlines()[1] == f"linked to {named} (context)"
    assert f"note     on {named}:  ask the ministry" in run(reports, "search", "ministry")
