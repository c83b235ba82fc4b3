"""An extracted date read wrongly is corrected or removed like the claim's other fields: with
`e` in the app, `claim edit --date/--drop-date` on the command line; in the history, undone
by `u`, and replayed from the history alone."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from textual.widgets import Input

from tests.small_article import claim_ids, small_store
from tests.tui_support import run_app, settle
from workbench.report.changes import describe_change
from workbench.store import InvalidInput, StaleEdit, Store
from workbench.tui.screens.forms import EditClaimForm
from workbench.tui.widgets.claim_card import ClaimCard


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "dates.db")
    yield store
    store.close()


def days(store: Store, claim_id: int) -> list[tuple[str, str]]:
    return [(d["text"], d["iso"]) for d in store.claim(claim_id)["dates"]]


def test_a_date_is_corrected_then_removed_logged_undone_and_replayed(small):
    monday = claim_ids(small)[0]  # "12 people were killed on Monday", read as 2024-01-08
    small.edit_claim(monday, dates=[{"text": "on Monday", "iso": "2024-01-01"}])
    corrected = small.claim(monday)["dates"][0]
    assert (corrected["iso"], corrected["start"], corrected["end"]) == ("2024-01-01", 58, 67)
    small.edit_claim(monday, dates=[])
    assert days(small, monday) == []
    last = small.history(monday)[-1]
    assert last["action"] == "claim.edited" and set(last["after"]) == {"dates", "kinds"}
    assert describe_change(last) == "dates: on Monday = 2024-01-01 → none"
    assert small.replay(monday)["dates"] == "[]"
    assert "dates on claim" in str(small.undo(monday))
    assert days(small, monday) == [("on Monday", "2024-01-01")]
    small.undo(monday)
    assert days(small, monday) == [("on Monday", "2024-01-08")]
    small.redo(monday)
    assert days(small, monday) == [("on Monday", "2024-01-01")]


def test_a_typed_date_must_be_a_real_day_with_its_words(small):
    monday = claim_ids(small)[0]
    count = small.db["history"].count
    for bad in ({"text": "on Monday", "iso": "2024-02-30"}, {"text": " ", "iso": "2024-01-01"}):
        with pytest.raises(InvalidInput):
            small.edit_claim(monday, dates=[bad])
    assert small.db["history"].count == count
    assert days(small, monday) == [("on Monday", "2024-01-08")]


def test_a_date_someone_else_changed_since_the_form_opened_is_refused(small):
    monday = claim_ids(small)[0]
    ana, bob = Store.open(small.path, "ana"), Store.open(small.path, "bob")
    seen_by_ana = ana.claim(monday)
    bob.edit_claim(monday, dates=[{"text": "on Monday", "iso": "2024-01-01"}])
    with pytest.raises(StaleEdit, match="dates changed since you opened it .by bob"):
        ana.edit_claim(monday, dates=[], base=seen_by_ana)
    assert days(small, monday) == [("on Monday", "2024-01-01")]


def test_claim_edit_command_corrects_and_drops_dates(small, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    from workbench.cli import main

    homes = claim_ids(small)[1]  # "... destroyed in 2023"

    def edit(*args: str):
        return CliRunner().invoke(main, ["claim", "edit", str(homes), *args])

    assert edit("--date", "in 2023=2022").exit_code == 0
    assert days(small, homes) == [("in 2023", "2022")]
    refused = edit("--drop-date", "in 2024")
    assert refused.exit_code == 2 and "has no date 'in 2024'" in refused.stderr
    refused = edit("--date", "in 2023=2022-13")
    assert refused.exit_code == 2 and "error:" in refused.stderr
    assert edit("--drop-date", "IN 2023").exit_code == 0
    assert days(small, homes) == []


def test_the_edit_form_removes_and_corrects_a_date_and_u_takes_it_back(small):
    """A trial: an analyst who saw "on Monday" resolved to the wrong Monday had no way to
    correct or remove it: `e` offered the speaker, the figures and the span only."""
    monday = claim_ids(small)[0]

    async def edit_dates(app, pilot, typed: str) -> None:
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)
        field = app.screen.query_one("#edit-dates", Input)
        assert field.value == "; ".join(f"{t}={iso}" for t, iso in days(small, monday))
        field.value = typed
        await pilot.press("ctrl+s")
        await settle(pilot)

    async def scenario(app, pilot):
        await edit_dates(app, pilot, "on Monday=2024-01-01")
        assert "on Monday → 2024-01-01" in app.screen.query_one(ClaimCard).plain
        await edit_dates(app, pilot, "")
        assert "on Monday →" not in app.screen.query_one(ClaimCard).plain
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#edit-dates", Input).value = "on Monday=2024-13-01"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)  # refused, kept open with the problem
        assert "2024-13-01" in str(app.screen.query_one(".form-error").render())
        await pilot.press("escape", "escape")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)

    run_app(small, scenario, article_id=small.article_id)
    check = Store.open(small.path, "check")
    assert days(check, monday) == [("on Monday", "2024-01-01")]
    edits = [h for h in check.history(monday) if h["action"] == "claim.edited"]
    assert [h["analyst"] for h in edits] == ["ana", "ana"]
