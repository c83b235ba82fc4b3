"""Two analysts on one claim: an edit changes only what its analyst changed, and an edit made on
values someone else has changed since is refused with a message, never a silent overwrite."""

from __future__ import annotations

import asyncio
import json

import pytest
from click.testing import CliRunner
from textual.widgets import Input

from tests.small_article import claim_ids, small_store
from tests.tui_support import settle
from workbench.store import InvalidInput, StaleEdit, Store
from workbench.tui import make_app
from workbench.tui.screens.forms import EditClaimForm


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "edit.db")
    yield store
    store.close()


def test_an_edit_on_a_stale_card_keeps_the_other_analysts_change(small):
    claim_id = claim_ids(small)[0]
    ana, bob = Store.open(small.path, "ana"), Store.open(small.path, "bob")
    seen_by_ana = ana.claim(claim_id)  # ana's card
    bob.edit_claim(claim_id, speaker="Health ministry", base=bob.claim(claim_id))
    # ana corrects a figure from her stale card: bob's speaker stays, the unit stays.
    ana.edit_claim(
        claim_id,
        speaker=seen_by_ana["speaker"],
        numbers=[{"text": "12", "value": 13}],
        base=seen_by_ana,
    )
    claim = small.claim(claim_id)
    assert claim["speaker"] == "Health ministry"
    assert [(n["value"], n["unit"]) for n in claim["numbers"]] == [(13, "people")]
    last = small.history(claim_id)[-1]
    assert last["analyst"] == "ana" and set(last["after"]) == {"numbers"}
    # ana now changes the speaker from that same stale card: refused, nothing written.
    count = small.db["history"].count
    with pytest.raises(StaleEdit, match="speaker changed since you opened it .by bob"):
        ana.edit_claim(claim_id, speaker="Police", base=seen_by_ana)
    assert small.claim(claim_id)["speaker"] == "Health ministry"
    assert small.db["history"].count == count


def test_claim_edit_command_writes_only_the_figures(small, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    from workbench.cli import main

    claim_id = claim_ids(small)[1]
    before = small.claim(claim_id)
    result = CliRunner().invoke(main, ["claim", "edit", str(claim_id), "--figure", "300=310"])
    assert result.exit_code == 0, result.output
    after = small.claim(claim_id)
    assert after["speaker"] == before["speaker"]
    assert [(n["text"], n["value"], n["unit"]) for n in after["numbers"]] == [("300", 310, "homes")]
    assert set(small.history(claim_id)[-1]["after"]) == {"numbers"}
    # The same figures again change nothing and log nothing.
    count = small.db["history"].count
    CliRunner().invoke(main, ["claim", "edit", str(claim_id), "--figure", "300=310"])
    assert small.db["history"].count == count


def test_claim_edit_corrects_one_figure_and_keeps_the_others(small, monkeypatch):
    """A trial: `--figure "1,500=1500"` on a claim giving 1,500 people and 300 homes dropped
    the homes. A typed figure corrects the one written so (or is added); the others stay,
    and `--drop-figure` removes one by name (an unknown one is refused, nothing written)."""
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    from workbench.cli import main

    claim_id = claim_ids(small)[1]
    small.edit_claim(
        claim_id,
        numbers=[{"text": "300", "value": 300}, {"text": "1,500", "value": 1500, "unit": "people"}],
    )

    def edit(*args: str):
        return CliRunner().invoke(main, ["claim", "edit", str(claim_id), *args])

    def figures() -> list[tuple]:
        return [(n["text"], n["value"], n["unit"]) for n in small.claim(claim_id)["numbers"]]

    assert edit("--figure", "300=310").exit_code == 0
    assert figures() == [("300", 310, "homes"), ("1,500", 1500, "people")]
    assert edit("--figure", "eight=8").exit_code == 0
    assert figures()[-1] == ("eight", 8, None) and len(figures()) == 3
    count = small.db["history"].count
    refused = edit("--drop-figure", "nine")
    assert refused.exit_code == 2 and "has no figure 'nine'" in refused.stderr
    assert small.db["history"].count == count
    assert edit("--drop-figure", "EIGHT", "--drop-figure", "300").exit_code == 0
    assert figures() == [("1,500", 1500, "people")]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_figures_must_be_finite(small, value):
    with pytest.raises(InvalidInput, match="finite"):
        small.edit_claim(claim_ids(small)[0], numbers=[{"text": "six", "value": value}])


def test_two_apps_on_one_database_file(small, monkeypatch):
    """Pilot drives two real apps, ana's and bob's, on the same file."""
    # Ana's card was read before bob's edit and has not been re-read yet: the app polls for
    # other analysts' changes (issue 14), so hold the poll off to keep her card stale.
    monkeypatch.setenv("WORKBENCH_POLL_SECONDS", "3600")
    claim_id = claim_ids(small)[0]
    apps = {
        name: make_app(store=Store.open(small.path, name), article_id=small.article_id)
        for name in ("ana", "bob")
    }

    async def edit(app, pilot, **fields) -> None:
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)
        for field, value in fields.items():
            app.screen.query_one(f"#edit-{field}", Input).value = value
        await pilot.press("ctrl+s")
        await settle(pilot)

    # What ana is told, as it is told: the app forgets a notification once it has been shown
    # for its time, and under load the refusal expired before the scenario ended.
    told: list[str] = []
    notify = apps["ana"].notify
    apps["ana"].notify = lambda message, *args, **kwargs: (  # type: ignore[method-assign]
        told.append(str(message)),
        notify(message, *args, **kwargs),
    )[1]

    async def scenario() -> list[str]:
        async with apps["ana"].run_test(size=(120, 40)) as ana:
            await settle(ana)
            assert apps["ana"].screen.claim_id == claim_id  # ana's card is open
            async with apps["bob"].run_test(size=(120, 40)) as bob:
                await settle(bob)
                await edit(apps["bob"], bob, speaker="Health ministry")
            # From her stale card: a new speaker is refused, a figure is merged.
            await edit(apps["ana"], ana, speaker="Police")
            await edit(apps["ana"], ana, figures="12=13")
            return told

    shown = asyncio.run(scenario())
    claim = Store.open(small.path, "check").claim(claim_id)
    assert claim["speaker"] == "Health ministry"
    assert [(n["value"], n["unit"]) for n in claim["numbers"]] == [(13, "people")]
    assert any("speaker changed since you opened it" in message for message in shown), shown
    edits = [
        # the speaker's kind follows the speaker: it is not an edit of its own
        (h["analyst"], sorted(k for k in h["after"] if k != "speaker_kind"))
        for h in Store.open(small.path, "check").history(claim_id)
        if h["action"] == "claim.edited"
    ]
    assert edits == [("bob", ["speaker"]), ("ana", ["numbers"])]
    json.dumps(edits)
