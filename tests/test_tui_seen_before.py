"""Seen before (issue 13, item 15): the claims table marks claims that match earlier ones,
from the stored suggestions in one query per article, and confirming a match can reuse the
earlier claim's verdict, rationale and sources in one transaction, logged and undoable."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import OptionList

from tests.tui_support import open_matches, prepared_store, run_app, settle
from workbench.store import Store
from workbench.tui.screens.main import READ_AHEAD
from workbench.tui.screens.matches import MatchesScreen
from workbench.tui.widgets.claims_table import SEEN_GLYPHS, ClaimsTable


@pytest.fixture
def matched(tmp_path, sample_text, sample_extraction, french_nlp):
    from tests.test_matching import ENGLISH_REPORT
    from workbench.extract import extract

    store = prepared_store(tmp_path / "seen.db", sample_text, sample_extraction)
    store.wire = store.ingest(
        ENGLISH_REPORT, extract(ENGLISH_REPORT, "en", date(2024, 11, 19)), title="Wire"
    ).article_id
    store.six = store.claims(article_id=store.sample_id, search="ATACMS")[0]["id"]
    match = store.matches(store.six)[0]
    store.earlier = match["other_claim_id"]
    store.match_id = match["id"]
    yield store
    store.close()


def seen_cells(table: ClaimsTable) -> dict[int, str]:
    column = list(table.widths).index("seen")
    return {
        int(row.key.value): str(table.get_row_at(index)[column])
        for index, row in enumerate(table.ordered_rows)
    }


def test_the_table_marks_claims_seen_before_from_one_query_per_article(matched, monkeypatch):
    calls = {"seen_before": 0, "matches": 0}
    for name in calls:
        original = getattr(Store, name)

        def counted(self, *args, _name=name, _original=original, **kwargs):
            calls[_name] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, counted)
    suggested = set(Store.open(matched.path).seen_before(matched.sample_id))
    assert matched.six in suggested

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        cells = seen_cells(table)
        assert cells[matched.six] == SEEN_GLYPHS["suggested"]
        assert {c for c, glyph in cells.items() if glyph} == suggested
        assert len(cells) > len(suggested)  # the others stay blank
        assert calls["seen_before"] == 1  # the whole article at once, not a query per row
        # the selected claim's card and the few read ahead around it, never a card per row
        assert calls["matches"] <= 1 + 2 * READ_AHEAD

    calls["seen_before"] = 0
    run_app(matched, scenario, article_id=matched.sample_id)


def test_confirming_a_match_reuses_the_earlier_verdict_and_sources(matched):
    pentagon = matched.add_source("https://example.org/pentagon", title="Pentagon")
    matched.link_source(matched.earlier, pentagon, "refutes", excerpt="four missiles")
    matched.set_verdict(matched.earlier, "false", "Four were fired, not six")

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        table.move_cursor(row=table.get_row_index(str(matched.six)))
        await settle(pilot)
        assert screen.claim_id == matched.six
        # the card names the other claim by its words, language and article, says its state
        # as that claim's, and explains with one line per piece of evidence
        from workbench.tui.widgets.claim_card import ClaimCard

        card = " ".join(screen.query_one(ClaimCard).plain.split())
        earlier = matched.claim(matched.earlier)["text"]
        place = matched.claim(matched.earlier)["place"]
        assert f"claim {place} (id {matched.earlier}) in English in “Wire”" in card
        assert " ".join(earlier.split()[:4]) in card
        assert "that claim: checked on" in card and "why: " in card
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MatchesScreen)
        said: list[str] = []
        app.notify = lambda message, **_: said.append(str(message))
        # `r` sorts the claims table on the main screen: here, out of habit, it writes
        # nothing and says which key reuses (it reused before)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, MatchesScreen) and screen.claim["verdict_record"] is None
        assert any("Y (shift+y) confirms and reuses" in m for m in said), said
        await pilot.press("Y")
        await settle(pilot)
        assert screen.claim["verdict_record"]["rationale"] == "Four were fired, not six"
        # the label as the analyst reads it, not the scale's key ("verdict false")
        assert any("reused: verdict False, 1 source(s)" in m for m in said), said
        assert seen_cells(table)[matched.six] == SEEN_GLYPHS["confirmed"]

    run_app(matched, scenario, article_id=matched.sample_id)
    store = Store.open(matched.path, "ana")
    six = store.claim(matched.six)
    assert (six["verdict"], six["status"]) == ("false", "checked")
    assert six["verdict_record"]["rationale"] == "Four were fired, not six"
    assert [(s["url"], s["stance"], s["excerpt"]) for s in six["sources"]] == [
        ("https://example.org/pentagon", "refutes", "four missiles")
    ]
    actions = [h["action"] for h in store.history(matched.six)]
    assert actions[-4:] == ["match.confirmed", "status.set", "verdict.set", "source.linked"]
    # both claims' histories say it, each naming the other; the verdict and the source say
    # where they came from (a trial read "with claim" the claim itself, and a plain verdict)
    mine, theirs = store.history(matched.six), store.history(matched.earlier)
    assert mine[-4]["after"]["other_claim_id"] == matched.earlier
    assert (theirs[-1]["action"], theirs[-1]["after"]["other_claim_id"]) == (
        "match.confirmed",
        matched.six,
    )
    assert [row["after"].get("reused_from") for row in mine[-2:]] == [matched.earlier] * 2
    # one undo takes back the whole reuse (the source, the verdict, the status, the
    # confirmation), as one check-flow save is taken back by one; one redo brings it back
    undone = store.undo(matched.six)
    assert "match" in str(undone) and "verdict" in str(undone)
    six = store.claim(matched.six)
    assert six["verdict"] is None and six["sources"] == [] and six["status"] == "new"
    assert store.matches(matched.six)[0]["state"] == "suggested"
    store.redo(matched.six)
    six = store.claim(matched.six)
    assert (six["verdict"], six["status"], len(six["sources"])) == ("false", "checked", 1)
    assert store.matches(matched.six)[0]["state"] == "confirmed"


def test_a_reuse_that_fails_half_way_keeps_nothing(matched):
    """One transaction: the database refusing the source link rolls back the confirmation
    and the verdict too."""
    pentagon = matched.add_source("https://example.org/pentagon")
    matched.link_source(matched.earlier, pentagon, "refutes")
    matched.set_verdict(matched.earlier, "false", "Four")
    matched.db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON claim_sources "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    history = matched.db["history"].count
    with pytest.raises(Exception, match="disk"):
        matched.confirm_match(matched.match_id, matched.six, reuse=True)
    assert matched.db["history"].count == history
    assert matched.matches(matched.six)[0]["state"] == "suggested"
    assert matched.claim(matched.six)["verdict"] is None


def test_the_matches_dialog_stays_open_while_the_analyst_decides(matched):
    """n on one suggestion saves it and leaves the dialog up for the next (it used to close
    after each decision, and the next n opened the note form)."""

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        dialog = await open_matches(app, pilot, matched.six)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is dialog
        assert "[rejected]" in str(dialog.query_one(OptionList).get_option_at_index(0).prompt)
        assert Store.open(matched.path).matches(matched.six)[0]["state"] == "rejected"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert seen_cells(table)[matched.six] != SEEN_GLYPHS["suggested"]

    run_app(matched, scenario, article_id=matched.sample_id)


def test_weak_suggestions_are_marked_apart_and_folded_on_the_card(matched):
    """A suggestion the model finds less likely the same claim than not (its calibrated score
    below LIKELY, though above the shipped threshold) is not shown as a strong one: its own
    mark in the table, folded on the card, listed after the likely ones and marked weak in
    `m`. (Scores of 0.09-0.19 were shown as ◇ like 0.95.)"""
    from workbench.matching.sides import LIKELY
    from workbench.tui.widgets.claim_card import ClaimCard

    mine = matched.matches(matched.six)
    weak = {m["id"] for m in mine}
    matched.db.execute(
        f"UPDATE claim_matches SET score = ? WHERE id IN ({','.join('?' * len(weak))})",
        [round(LIKELY / 4, 2), *weak],
    )
    assert Store.open(matched.path).seen_before(matched.sample_id)[matched.six] == "weak"

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        assert seen_cells(table)[matched.six] == SEEN_GLYPHS["weak"] != SEEN_GLYPHS["suggested"]
        table.move_cursor(row=table.get_row_index(str(matched.six)))
        await settle(pilot)
        card = screen.query_one(ClaimCard).plain
        assert f"{len(weak)} weak suggestion(s) folded" in card
        assert "[suggested]" not in card and "suggested 0." not in card
        await pilot.press("m")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, MatchesScreen)
        first = str(dialog.query_one(OptionList).get_option_at_index(0).prompt)
        assert first.startswith(SEEN_GLYPHS["weak"]) and "weak" in first

    run_app(matched, scenario, article_id=matched.sample_id)


def test_the_analyst_links_a_claim_the_matcher_missed_by_id_or_by_words(matched):
    """`a` in the matches dialog picks another claim, by its id or by words of it, and links
    it as the same fact: confirmed, made by hand, in history as the analyst's, undoable; the
    matcher never touches it (`workbench match` could only confirm or reject suggestions)."""
    from tests.tui_support import type_text
    from workbench.tui.screens.link import LinkScreen

    paired = {m["other_claim_id"] for m in matched.matches(matched.six)}
    others = [
        c
        for c in matched.claims(article_id=matched.wire)
        if c["id"] not in paired and len(c["text"].split()) > 3
    ]
    by_id, by_words = others[0], others[1]
    words = " ".join(w for w in by_words["text"].split() if w.isalpha() and len(w) > 4)[:40]

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        table.move_cursor(row=table.get_row_index(str(matched.six)))
        await settle(pilot)
        for typed in (str(by_id["id"]), words):
            await pilot.press("m")
            await settle(pilot)
            await pilot.press("a")
            await settle(pilot)
            assert isinstance(app.screen, LinkScreen)
            await type_text(pilot, typed)
            await pilot.press("enter")
            await settle(pilot)
            if isinstance(app.screen, LinkScreen):  # words: pick the result
                results = app.screen.query_one(OptionList)
                found = [c["id"] for c in app.screen.wb_found]
                assert by_words["id"] in found
                results.highlighted = found.index(by_words["id"])
                await pilot.press("enter")
                await settle(pilot)
            assert app.screen is screen

    run_app(matched, scenario, article_id=matched.sample_id)
    store = Store.open(matched.path, "ana")
    linked = {
        m["other_claim_id"]: m for m in store.matches(matched.six) if m["origin"] == "analyst"
    }
    assert set(linked) == {by_id["id"], by_words["id"]}
    assert {m["state"] for m in linked.values()} == {"confirmed"}
    history = [h for h in store.history(matched.six) if h["action"] == "match.linked"]
    assert len(history) == 2 and {h["analyst"] for h in history} == {"ana"}
    # the matcher, run again, leaves the links as they are
    store.db.execute("UPDATE articles SET matched_with = NULL")
    store.resume_matching()
    again = {m["other_claim_id"]: m for m in store.matches(matched.six)}
    assert all(again[i]["state"] == "confirmed" for i in linked)
    assert all(again[i]["origin"] == "analyst" for i in linked)
    # undo takes the last link back: no longer seen, never suggested again
    store.undo(matched.six)
    assert by_words["id"] not in {m["other_claim_id"] for m in store.matches(matched.six)}
    store.db.execute("UPDATE articles SET matched_with = NULL")
    store.resume_matching()
    assert by_words["id"] not in {m["other_claim_id"] for m in store.matches(matched.six)}


def test_match_link_on_the_command_line(matched, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.setenv("WORKBENCH_DB", str(matched.path))
    other = next(
        c["id"]
        for c in matched.claims(article_id=matched.wire)
        if c["id"] not in {m["other_claim_id"] for m in matched.matches(matched.six)}
    )
    runner = CliRunner()
    done = runner.invoke(
        main, ["--analyst", "lea", "match", "--link", str(matched.six), str(other)]
    )
    assert done.exit_code == 0, done.output
    assert "linked" in done.output
    again = runner.invoke(main, ["match", "--link", str(matched.six), str(other)])
    assert again.exit_code == 2 and "already linked" in again.output
    missing = runner.invoke(main, ["match", "--link", str(matched.six), "99999"])
    assert missing.exit_code == 2 and "error:" in missing.output
    shown = runner.invoke(main, ["show", str(matched.six)])
    assert "linked by hand by lea" in shown.output
    assert Store.open(matched.path).history(matched.six)[-1]["action"] == "match.linked"


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
def test_the_matches_dialog_shows_its_keys_whole_and_fills_its_height(matched, size):
    """The title's keys wrap inside the dialog (at 160 columns "a links another claim by
    hand, esc closes" was cut), the list takes the dialog's height (it stopped at 12 lines,
    about one match), and a match's long lines continue under their own words, not at the
    left edge where they read as the next match."""

    async def scenario(app, pilot):
        dialog = await open_matches(app, pilot, matched.six)
        title = dialog.query_one("#matches-title")
        assert "esc closes" in "".join(
            strip.text for strip in title.render_lines(title.region.reset_offset)
        )
        options = dialog.query_one(OptionList)
        frame = dialog.query_one(".form")
        assert options.region.bottom >= frame.region.bottom - 4
        for number in range(options.option_count):
            prompt = str(options.get_option_at_index(number).prompt)
            assert all(line.startswith("    ") for line in prompt.splitlines()[1:])
            assert max(map(len, prompt.splitlines())) <= min(110, size[0]) - 14

    run_app(matched, scenario, size=size, article_id=matched.sample_id)


def test_reuse_never_replaces_a_verdict_unasked(matched):
    """A trial: `r` (now `Y`) replaced the analyst's own verdict (Misleading, with its
    rationale) by the matched claim's, silently. The store refuses unless asked to replace,
    nothing written; in the app, `Y` asks first: `n` keeps the verdict, `y` replaces it."""
    from workbench.store.errors import InvalidInput
    from workbench.tui.screens.confirm import ConfirmScreen

    matched.set_verdict(matched.earlier, "false", "Four were fired, not six")
    matched.set_verdict(matched.six, "true", "Six, says the ministry")
    history = matched.db["history"].count
    with pytest.raises(InvalidInput, match="already has the verdict true"):
        matched.confirm_match(matched.match_id, matched.six, reuse=True)
    assert matched.db["history"].count == history
    assert matched.matches(matched.six)[0]["state"] == "suggested"

    async def scenario(app, pilot):
        await open_matches(app, pilot, matched.six)
        await pilot.press("Y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Six, says the ministry" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await settle(pilot)
        assert Store.open(matched.path).claim(matched.six)["verdict"] == "true"
        await open_matches(app, pilot, matched.six)
        await pilot.press("Y")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)

    run_app(matched, scenario, article_id=matched.sample_id)
    six = Store.open(matched.path).claim(matched.six)
    assert (six["verdict"], six["verdict_record"]["rationale"]) == (
        "false",
        "Four were fired, not six",
    )


def test_nothing_is_reused_between_claims_whose_figures_disagree(matched):
    """A verdict on "six missiles", and a source supporting it, say nothing true of a claim
    giving eight: reuse is refused with the two figures, nothing written."""
    import json

    from workbench.store.errors import InvalidInput

    matched.set_verdict(matched.earlier, "true", "Six, per the ministry")
    # as an extraction would have read them (an edit would match the claims again)
    for claim_id, value in ((matched.six, 8), (matched.earlier, 6)):
        figure = {"text": "six", "value": value, "unit": "missiles", "approximate": False}
        matched.db.execute(
            "UPDATE claims SET numbers = ? WHERE id = ?", [json.dumps([figure]), claim_id]
        )
    history = matched.db["history"].count
    with pytest.raises(InvalidInput, match="gives six where claim .* gives six .*not reused"):
        matched.confirm_match(matched.match_id, matched.six, reuse=True)
    assert matched.db["history"].count == history
    assert matched.claim(matched.six)["verdict"] is None
    matched.confirm_match(matched.match_id, matched.six)  # the match alone is confirmed
    assert matched.matches(matched.six)[0]["state"] == "confirmed"


@pytest.fixture
def ferry(tmp_path, french_nlp):
    from tests.tui_support import ferry_store

    store = ferry_store(tmp_path / "ferry.db")
    yield store
    store.close()


OTHER_FIGURE_LINE = "another report gives another figure: dix-sept = 17 blessés"


def test_a_suggestion_whose_figures_disagree_says_so_before_it_is_confirmed(ferry, monkeypatch):
    """A trial: a pair suggested on "three = trois" whose other figures were 19 and 17
    injured said so only in why it was suggested ("other figure -3.22") until an analyst
    confirmed it; then "(!)". Two claims whose figures of one quantity never meet are never
    one claim (`model.NEVER_ONE`): the pair is suggested as a report of the same fact with
    another figure, and the card, `m` and `workbench show` say its figures before any
    decision; confirmed, the card says they disagree, as the claim's own."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.matching.sides import OTHER_FIGURE
    from workbench.tui.widgets.claim_card import ClaimCard

    monkeypatch.setenv("WORKBENCH_DB", str(ferry.path))
    (match,) = [m for m in ferry.matches(ferry.injured) if m.get("other_claim_id")]
    assert match["kind"] == OTHER_FIGURE and match["state"] == "suggested"
    shown = CliRunner().invoke(main, ["show", str(ferry.injured)])
    assert shown.exit_code == 0, shown.output
    said = " ".join(shown.output.split())
    assert f"{OTHER_FIGURE_LINE} (2026-11-26) vs Nineteen = 19 people here" in said
    assert "(!) figure:" not in shown.output  # not the claim's own disagreement: a suggestion
    other = f"claim {match['other_place']} (id {match['other_claim_id']}) in French in"

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        table.move_cursor(row=table.get_row_index(str(ferry.injured)))
        await settle(pilot)
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert OTHER_FIGURE_LINE in card and "(!) figure " not in card
        await pilot.press("m")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        prompt = " ".join(str(options.get_option_at_index(0).prompt).split())
        assert "another report gives another figure" in prompt and "17 blessés" in prompt
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert f"(!) figure Nineteen = 19 injured but dix-sept = 17 in {other}" in card

    run_app(ferry, scenario, article_id=ferry.wire)


def test_why_sets_a_figure_against_its_like_only(ferry):
    """Why the ferry pair was suggested said "other figure: Nineteen ≠ dix-sept, three ≠
    dix-sept, Nineteen ≠ trois": the part (three seriously hurt, which met "trois") against
    the other's whole. A figure that met one of the other claim's is set against none."""
    from workbench.report.match_text import other_figure_pairs

    (match,) = ferry.matches(ferry.injured)
    assert [(mine.split()[0], theirs.split()[0]) for mine, theirs in other_figure_pairs(match)] == [
        ("Nineteen", "dix-sept")
    ]


def test_figures_whose_counterpart_is_not_known_are_said_as_two_sets():
    """Two figures of one kind on each side, none meeting (19 and 3 injured against 17 and
    4): which counts what the other counts is not known, so no pair is said ("Nineteen ≠
    quatre" set the whole against the part); a report of the same fact with another figure
    says its figures the same way, and a figure that met is set against none there either."""
    from workbench.report.explain import explain_lines
    from workbench.report.match_text import other_figure_pairs

    crossed = [["Nineteen", "dix-sept"], ["Nineteen", "quatre"], ["three", "dix-sept"]]
    match = {
        "signals": {"other figure": -3.22},
        "evidence": {"figures": {"other": [*crossed, ["three", "quatre"]]}},
    }
    assert explain_lines(match, "en") == ["other figure -3.22: Nineteen, three / dix-sept, quatre"]
    met = {"figures": {"same": [["three", "trois"]], "other": [*crossed[:1], ["three", "x"]]}}
    assert other_figure_pairs({"evidence": met}) == [("Nineteen", "dix-sept")]


@pytest.fixture
def other_figures(tmp_path):
    """Two reports of a strike and a fire: the strike's tolls differ (12 dead, 14 dead), the
    fire's rescued sailors do not (30). Built without NLP."""
    from tests.test_cli_matches import _article

    store = Store.open(tmp_path / "figures.db", "ana")
    for toll in (12, 14):
        store.ingest(
            *_article(
                [
                    (
                        f"Officials in Kharkiv counted {toll} dead after the strike on the "
                        "central market.",
                        str(toll),
                    ),
                    (
                        "Firefighters in Odesa pulled 30 sailors from the burning tanker Zorya.",
                        "30",
                    ),
                ]
            ),
            title=f"Strike {toll}",
        )
    store.twelve, store.sailors = (c["id"] for c in store.claims(article_id=1))
    yield store
    store.close()


def test_the_table_marks_a_claim_whose_likely_suggestion_gives_another_figure(other_figures):
    """◇ says a claim was seen before; ≠ that a likely suggestion waiting for a decision
    gives its figure otherwise (the card and `m` say which): 12 dead here, 14 there. Rejected,
    the suggestion leaves no mark; the help screen says what the marks mean."""
    from workbench.tui.screens.help import HelpScreen
    from workbench.tui.widgets.claims_table import DISAGREE_GLYPH

    store = other_figures
    from workbench.matching.sides import OTHER_FIGURE

    [strike] = [m for m in store.matches(store.twelve) if m["state"] == "suggested"]
    assert strike["kind"] == OTHER_FIGURE and strike["score"] >= 0.5  # a likely one

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        cells = seen_cells(table)
        assert cells == {store.twelve: DISAGREE_GLYPH, store.sailors: SEEN_GLYPHS["suggested"]}
        row = table.get_row_index(str(store.twelve))
        assert "dark_orange" in str(table.get_row_at(row)[list(table.widths).index("seen")].style)
        dialog = await open_matches(app, pilot, store.twelve)
        assert "another figure" in dialog.query_one(OptionList).get_option_at_index(0).prompt
        await pilot.press("n")  # rejected: a decision taken, nothing waits
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert seen_cells(table) == {store.twelve: "", store.sailors: SEEN_GLYPHS["suggested"]}
        await pilot.press("u")  # the rejection undone: it waits again
        await settle(pilot)
        assert seen_cells(table)[store.twelve] == DISAGREE_GLYPH
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = " ".join(str(part.render()) for part in app.screen.query("Static"))
        assert f"{DISAGREE_GLYPH} a likely suggestion's figures disagree" in shown

    run_app(store, scenario, article_id=1)


def test_the_mark_stays_when_the_card_lists_only_better_matches(tmp_path):
    """A claim repeated word for word by five articles and given another toll by a sixth:
    its card lists the five best matches, all agreeing; after a save the row, drawn again
    from the card, still marks the sixth, likely and waiting."""
    from tests.test_cli_matches import _article
    from workbench.tui.widgets.claim_card import LISTED_MATCHES
    from workbench.tui.widgets.claims_table import DISAGREE_GLYPH

    store = Store.open(tmp_path / "tolls.db", "ana")
    sentence = "Officials in Kharkiv counted {} dead after the strike on the central market{}"
    ends = [".", "!", " today.", " again.", " then.", " there.", " here."]  # texts differ
    for end, toll in zip(ends, [12] * (LISTED_MATCHES + 1) + [14], strict=True):
        store.ingest(*_article([(sentence.format(toll, end), str(toll))]), title=end)
    [claim] = store.claims(article_id=1)
    matches = store.matches(claim["id"])
    assert len(matches) == LISTED_MATCHES + 1 and matches[-1]["score"] >= 0.5
    assert "14" in matches[-1]["other_text"]  # the one that disagrees comes last

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        assert seen_cells(table) == {claim["id"]: DISAGREE_GLYPH}
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("o", "k", "ctrl+s")  # a note saved: the row drawn from the card
        await settle(pilot)
        assert store.history(claim["id"])[-1]["action"] == "note.added"
        assert seen_cells(table) == {claim["id"]: DISAGREE_GLYPH}

    run_app(store, scenario, article_id=1)
    store.close()
