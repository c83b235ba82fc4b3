"""A claim edit says what it changed, or that it changed nothing, and lets the analyst correct
what a figure counts. A trial: `claim edit 26 --figure four=4` printed "claim 26 edited" with
nothing changed and nothing in the history, and neither the command nor the form could
correct "4 executives" where the article says co-defendants."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.small_article import two_reports
from tests.tui_support import run_app, settle
from workbench.cli import main
from workbench.store import InvalidInput, Store


@pytest.fixture
def reports(tmp_path):
    store = two_reports(tmp_path / "edit.db")
    yield store
    store.close()


def twelve(store) -> dict:
    """The second report's "Twelve people were killed": claim 1 of its article, whose id is
    not 1 (the first report's claims were stored before it)."""
    (claim,) = store.claims(article_id=store.second_id, search="Twelve")
    return claim


def run(store, *args: str):
    return CliRunner().invoke(main, ["--db", str(store.path), "--analyst", "ana", *args])


def figures(store, claim_id: int) -> list[tuple]:
    return [(n["text"], n["value"], n["unit"]) for n in store.claim(claim_id)["numbers"]]


def test_an_edit_that_changes_nothing_says_unchanged_and_writes_nothing(reports):
    claim = twelve(reports)
    assert figures(reports, claim["id"]) == [("Twelve", 12, "people")]
    logged = reports.db["history"].count
    result = run(reports, "claim", "edit", str(claim["id"]), "--figure", "Twelve=12")
    assert result.exit_code == 0
    assert result.output.startswith(
        f"unchanged: claim 1 (id {claim['id']}) already holds what was given "
        "(figures: Twelve = 12 people); to correct what a figure counts, give its unit "
        "after the value"
    )
    assert "edited" not in result.output
    assert reports.db["history"].count == logged
    assert reports.edit_claim(claim["id"], speaker=claim["speaker"] or "").changed == []


def test_an_edit_asking_for_nothing_is_refused(reports):
    result = run(reports, "claim", "edit", str(twelve(reports)["id"]))
    assert result.exit_code == 2 and result.output.startswith("error: nothing to change")


def test_the_command_line_corrects_what_a_figure_counts_logged_and_undone(reports):
    claim_id = twelve(reports)["id"]
    result = run(reports, "claim", "edit", str(claim_id), "--figure", "Twelve=12 flood victims")
    assert result.output == f"claim 1 (id {claim_id}) edited: figures\n"
    assert figures(reports, claim_id) == [("Twelve", 12, "flood victims")]
    history = run(reports, "history", str(claim_id)).output
    assert "Twelve = 12 people → Twelve = 12 flood victims" in history
    undone = run(reports, "undo").output
    assert undone == f"undone: figures on claim 1 (id {claim_id}) back to Twelve = 12 people\n"
    assert figures(reports, claim_id) == [("Twelve", 12, "people")]
    redone = run(reports, "redo").output
    assert redone == (
        f"redone: figures on claim 1 (id {claim_id}) set again to Twelve = 12 flood victims\n"
    )
    # a value corrected without a unit keeps the one it has
    run(reports, "claim", "edit", str(claim_id), "--figure", "Twelve=13")
    assert figures(reports, claim_id) == [("Twelve", 13, "flood victims")]


def test_a_value_with_a_space_is_refused_not_read_as_a_unit(reports):
    """ "1 500 people" would read as 1 counting "500 people": refused, nothing written."""
    from workbench.figure_text import typed_figure

    assert typed_figure("four=4 co-defendants") == {
        "text": "four",
        "value": 4,
        "unit": "co-defendants",
    }
    assert typed_figure("six=6") == {"text": "six", "value": 6}
    with pytest.raises(ValueError):
        typed_figure("Twelve=1 500 people")
    logged = reports.db["history"].count
    result = run(reports, "claim", "edit", str(twelve(reports)["id"]), "--figure", "Twelve=1 2")
    assert result.exit_code == 2 and "is not TEXT=NUMBER [UNIT]" in result.output
    assert reports.db["history"].count == logged


def test_a_unit_is_words_on_one_line(reports):
    with pytest.raises(InvalidInput, match="unit"):
        reports.edit_claim(
            twelve(reports)["id"], numbers=[{"text": "Twelve", "value": 12, "unit": "a;b"}]
        )


def test_the_edit_form_corrects_what_a_figure_counts(reports):
    """The form showed "Twelve=12" and refused "Twelve=12 victims" ("is not text=number")."""
    from textual.widgets import Input

    from workbench.tui.screens.forms import EditClaimForm

    claim_id = twelve(reports)["id"]
    told: list[str] = []

    async def scenario(app, pilot):
        app.notify = lambda message, *args, **kwargs: told.append(str(message))
        app.screen.query_one("ClaimsTable").move_cursor(row=0)
        await settle(pilot)
        assert app.screen.claim_id == claim_id
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)
        field = app.screen.query_one("#edit-figures", Input)
        assert field.value == "Twelve=12 people"
        field.value = "Twelve=12 victims"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EditClaimForm), told
        logged = reports.db["history"].count
        await pilot.press("e")  # saved as it opened: said so, nothing written
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert reports.db["history"].count == logged

    run_app(Store.open(reports.path, "ana"), scenario, article_id=reports.second_id)
    assert figures(reports, claim_id) == [("Twelve", 12, "victims")]
    assert "Claim 1 edited: figures" in told
    assert "Claim 1 unchanged: the form held what the claim already says" in told
