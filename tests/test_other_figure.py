"""Same fact, other figure: two independently written reports (tests/fixtures/bus-ravine-*,
written for these tests, French and English) give one fact with other figures ("Vingt-sept
personnes ont été tuées" / "The accident killed 29 people"). The real matcher, through
ingest, suggests the pair as a report of the same fact with another figure, never as a match;
the analyst confirms it (the claims linked, the figures compared and flagged) or dismisses it,
each decision in the history and undoable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.tui_support import open_matches
from workbench.matching.sides import MATCH, OTHER_FIGURE, is_other_figure
from workbench.store import Store

REPORTS = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def reports(french_nlp):
    from workbench.extract import extract

    found = {}
    for language in ("fr", "en"):
        text = (REPORTS / f"bus-ravine-{language}.txt").read_text(encoding="utf-8")
        found[language] = (text, extract(text, language, date(2025, 6, 4)))
    return found


@pytest.fixture
def both(tmp_path, reports):
    """A store with the two reports ingested, the French one first."""
    store = Store.open(tmp_path / "bus.db", "ana")
    for language, outlet in (("fr", "AFP"), ("en", "Reuters")):
        text, extraction = reports[language]
        store.ingest(text, extraction, title=f"Bus {language}", outlet=outlet)
    yield store
    store.close()


def _claim(store: Store, words: str) -> dict:
    found = [c for c in store.claims() if words in c["text"]]
    assert len(found) == 1, (words, [c["text"] for c in store.claims()])
    return found[0]


def _between(store: Store, words: str, other_words: str) -> dict:
    mine, theirs = _claim(store, words), _claim(store, other_words)
    found = [m for m in store.matches(mine["id"]) if m["other_claim_id"] == theirs["id"]]
    assert len(found) == 1, store.matches(mine["id"])
    return found[0]


def test_the_same_fact_with_another_figure_is_suggested_never_as_a_match(both):
    dead = _between(both, "Vingt-sept personnes", "killed 29 people")
    assert dead["kind"] == OTHER_FIGURE and dead["state"] == "suggested"
    assert is_other_figure(dead)
    assert dead["evidence"]["figures"]["other"] == [["Vingt-sept", "29"]]
    assert "other figure" not in dead["signals"]  # figures left out of what says one fact
    # the same facts with the same figures stay matches
    injured = _between(both, "Quatorze blessés", "Fourteen injured")
    assert injured["kind"] == MATCH
    # not "seen before", not compared as a matched claim until the analyst confirms it
    french = _claim(both, "Vingt-sept personnes")
    assert french["id"] not in both.seen_before(french["article_id"])
    assert both.match_counts(french["id"]) == {OTHER_FIGURE: 1}
    assert not [f for f in both.disagreements(french["id"]) if f["other_value"] == 29]


def test_confirming_links_the_pair_and_flags_the_figures_undo_takes_it_back(both):
    french = _claim(both, "Vingt-sept personnes")
    english = _claim(both, "killed 29 people")
    suggestion = _between(both, "Vingt-sept personnes", "killed 29 people")
    both.decide_match(suggestion["id"], "confirmed", claim_id=english["id"])
    linked = _between(both, "Vingt-sept personnes", "killed 29 people")
    assert linked["state"] == "confirmed" and not is_other_figure(linked)
    assert french["id"] in both.seen_before(french["article_id"])
    flags = both.disagreements(french["id"])
    assert [(f["value"], f["other_value"]) for f in flags] == [(27, 29)]
    assert both.history(english["id"])[-1]["action"] == "other_figure.confirmed"
    both.undo(english["id"])
    back = _between(both, "Vingt-sept personnes", "killed 29 people")
    assert back["state"] == "suggested" and is_other_figure(back)
    assert not both.disagreements(french["id"])


def test_dismissing_hides_it_and_is_undoable(both):
    french = _claim(both, "Vingt-sept personnes")
    suggestion = _between(both, "Vingt-sept personnes", "killed 29 people")
    both.decide_match(suggestion["id"], "rejected", claim_id=french["id"])
    assert both.history(french["id"])[-1]["action"] == "other_figure.dismissed"
    assert both.match_counts(french["id"]) == {"other figure rejected": 1}
    assert not both.disagreements(french["id"])
    both.undo(french["id"])
    assert both.match_counts(french["id"]) == {OTHER_FIGURE: 1}


def test_show_says_it_as_a_disagreement_between_reports(both):
    from workbench.cli import main as cli

    french = _claim(both, "Vingt-sept personnes")
    result = CliRunner().invoke(cli, ["--db", str(both.path), "show", str(french["id"])])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("  figure:"))
    assert "another report gives another figure: 29 people (Reuters, " in line
    assert "vs Vingt-sept = 27 personnes here" in line
    assert "“The accident killed 29 people”" in line
    match_id = _between(both, "Vingt-sept personnes", "killed 29 people")["id"]
    result = CliRunner().invoke(cli, ["--db", str(both.path), "match", str(match_id), "dismiss"])
    assert result.exit_code == 0, result.output
    assert "dismissed" in result.output


def test_the_new_kind_changes_no_match(both):
    """`decided` answers a match exactly where `suggested` does (same score and explanation),
    and the other kind only for pairs it leaves out, on every pair of the two reports'
    claims."""
    from workbench.matching.matcher import decided, suggested
    from workbench.matching.suggest import claim_signature

    rows = both.claims_by_id([c["id"] for c in both.claims()], decoded=False)
    sigs = [claim_signature(row) for row in rows]
    kinds = []
    for i, a in enumerate(sigs):
        for b in sigs[i + 1 :]:
            found, match = decided(a, b), suggested(a, b)
            if match is not None:
                assert found == (MATCH, match)
            elif found is not None:
                kinds.append(found[0])
    assert kinds == [OTHER_FIGURE]


def test_the_report_says_it_in_the_claims_language(both):
    """Internal Markdown and HTML, in the article's language: the disagreement between the two
    reports, each figure with what it counts; the public report only once confirmed."""
    from workbench.report import render_report

    french = _claim(both, "Vingt-sept personnes")
    said = (
        "Autre chiffre ailleurs\u00a0: un autre article donne un autre chiffre\u00a0: "
        "29 people (Reuters, "
    )
    for fmt in ("md", "html"):
        text, _ = render_report(both, [french["article_id"]], fmt, audience="internal")
        assert said in text, fmt
        assert "contre Vingt-sept = 27 personnes ici" in text
        public, _ = render_report(both, [french["article_id"]], fmt, audience="public")
        assert "Autre chiffre ailleurs" not in public
    both.decide_match(_between(both, "Vingt-sept personnes", "killed 29 people")["id"], "confirmed")
    public, _ = render_report(both, [french["article_id"]], "md", audience="public")
    assert (
        "Autre chiffre ailleurs\u00a0: même fait, autre chiffre (rapprochées)\u00a0: 29 people"
    ) in public
    assert "une affirmation en anglais" in public  # named for a reader, no database id


def _app_on_french(both, scenario):
    from tests.tui_support import run_app

    french = _claim(both, "Vingt-sept personnes")
    run_app(both, scenario, article_id=french["article_id"])
    return french


def test_the_card_and_m_y_link_the_reports_and_flag_the_figures(both):
    from textual.widgets import OptionList

    from tests.tui_support import settle
    from workbench.tui.widgets.claim_card import ClaimCard

    french = _claim(both, "Vingt-sept personnes")

    async def scenario(app, pilot):
        screen = app.screen
        dialog = await open_matches(app, pilot, french["id"])
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert "another report gives another figure: 29 people (Reuters, " in card
        assert "vs Vingt-sept = 27 personnes here" in card
        assert "(!) figure" not in card
        first = str(dialog.query_one(OptionList).get_option_at_index(0).prompt)
        assert "[suggested, same fact, another figure" in first
        await pilot.press("y")
        await settle(pilot)
        assert "same fact, another figure (linked)" in str(
            dialog.query_one(OptionList).get_option_at_index(0).prompt
        )
        await pilot.press("escape")
        await settle(pilot)
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert "(!) figure" in card and "29" in card

    _app_on_french(both, scenario)
    store = Store.open(both.path, "ana")
    assert store.history(french["id"])[-1]["action"] == "other_figure.confirmed"
    assert [(f["value"], f["other_value"]) for f in store.disagreements(french["id"])] == [(27, 29)]


def test_m_n_dismisses_and_u_takes_it_back(both):
    from textual.widgets import OptionList

    from tests.tui_support import settle
    from workbench.tui.widgets.claim_card import ClaimCard

    french = _claim(both, "Vingt-sept personnes")

    async def scenario(app, pilot):
        screen = app.screen
        dialog = await open_matches(app, pilot, french["id"])
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is dialog
        prompt = str(dialog.query_one(OptionList).get_option_at_index(0).prompt)
        assert "[dismissed, same fact, another figure" in prompt
        await pilot.press("escape")
        await settle(pilot)
        assert "another report gives another figure" not in screen.query_one(ClaimCard).plain
        assert Store.open(both.path).match_counts(french["id"]) == {"other figure rejected": 1}
        await pilot.press("u")
        await settle(pilot)
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert "another report gives another figure" in card

    _app_on_french(both, scenario)
    store = Store.open(both.path, "ana")
    assert [h["action"] for h in store.history(french["id"])][-2:] == [
        "other_figure.dismissed",
        "undo",
    ]


def test_a_figure_corrected_to_agree_turns_it_into_a_match(both):
    """The analyst corrects the English figure to 27: matched again, the pair is a match
    suggestion (the same row, its kind and score refreshed), and back when the edit is undone."""
    english = _claim(both, "killed 29 people")
    row = _between(both, "Vingt-sept personnes", "killed 29 people")
    both.edit_claim(english["id"], numbers=[{"text": "29", "value": 27}])
    now = _between(both, "Vingt-sept personnes", "killed 29 people")
    assert (now["id"], now["kind"], now["state"]) == (row["id"], MATCH, "suggested")
    assert now["score"] > row["score"]
    both.undo(english["id"])
    again = _between(both, "Vingt-sept personnes", "killed 29 people")
    assert (again["id"], again["kind"]) == (row["id"], OTHER_FIGURE)
