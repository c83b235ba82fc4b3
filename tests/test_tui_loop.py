"""The analyst's loop (issue 13), driven with Pilot: each test names the defect it holds."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from textual.widgets import Input, OptionList

from tests.conftest import ROOT, SAMPLE
from tests.tui_support import pick_from_library, prepared_store, run_app, settle, type_text
from workbench.plural import counted
from workbench.store import Store
from workbench.tui.screens.check import CheckForm
from workbench.tui.screens.history import ChangeScreen, HistoryScreen
from workbench.tui.screens.source_form import SourceForm
from workbench.tui.widgets.article_view import ArticleView
from workbench.tui.widgets.claim_card import LABEL_WIDTH, ClaimCard, card_text
from workbench.tui.widgets.claims_table import ClaimsTable
from workbench.tui.widgets.filter_bar import FilterBar


@pytest.fixture
def tui_store(tmp_path, sample_text, sample_extraction):
    store = prepared_store(tmp_path / "loop.db", sample_text, sample_extraction)
    yield store
    store.close()


def reopened(store) -> Store:
    return Store.open(store.path, "check")


def first_ids(store, n: int) -> list[int]:
    return [c["id"] for c in store.claims(article_id=store.sample_id)][:n]


# 1 -------------------------------------------------------------------------------------------
def test_changing_a_verdict_keeps_its_rationale(tui_store):
    claim = first_ids(tui_store, 1)[0]
    tui_store.set_verdict(claim, "mostly-false", "Four per the Pentagon")

    async def scenario(app, pilot):
        await pilot.press("v")
        await settle(pilot)
        assert app.screen.query_one("#verdict-rationale", Input).value == "Four per the Pentagon"
        await pilot.press("6", "enter")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    verdict = reopened(tui_store).current_verdict(claim)
    assert verdict["label"] == "false" and verdict["rationale"] == "Four per the Pentagon"


def test_the_verdict_form_names_its_claim_and_the_digit_is_its_only_number(tui_store):
    """A trial: the `v` form did not say which claim it was for (`c` did), and its options
    read "2  Mostly true / Plutôt vrai (4)": two numbers a line, the key not the rating."""
    from workbench.tui.screens.source_form import library_line

    claim = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("v")
        await settle(pilot)
        hints = " ".join(str(label.render()) for label in app.screen.query(".form-hint"))
        assert f"Claim {claim}:" in hints
        options = app.screen.query_one("#verdict-labels", OptionList)
        second = str(options.get_option_at_index(1).prompt)
        assert second == "2  Mostly true / Plutôt vrai · rating 4 of 5"
        assert str(options.get_option_at_index(6).prompt).endswith("Invérifiable")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    untitled = {"title": None, "url": "https://example.org/a"}
    assert library_line(untitled).plain == "https://example.org/a"  # the address once, no "-"
    titled = library_line({**untitled, "title": "Report"}).plain
    assert titled == "Report <https://example.org/a>"


@pytest.mark.parametrize(("key", "form"), [("v", "verdict"), ("c", "check")])
@pytest.mark.parametrize("typed", ["", "   "])
def test_a_verdict_without_a_rationale_is_not_saved(tui_store, key, form, typed):
    """A trial: `v`, a digit and Enter (or `c`, a digit, ctrl+s) recorded a verdict with no
    rationale, which the public report then published as it was. The form stays open with
    the reason under its fields, the cursor in the rationale; nothing is written until one
    is typed."""
    claim = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press(key)
        await settle(pilot)
        opened = app.screen
        await pilot.press("6")
        await type_text(pilot, typed)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is opened  # still open
        assert "a verdict needs its rationale" in str(opened.query_one(".form-error").render())
        assert opened.focused.id == f"{form}-rationale"
        assert reopened(tui_store).claim(claim)["verdicts"] == []  # nothing written
        await type_text(pilot, "Four, not six")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not opened

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    check = reopened(tui_store).claim(claim)
    assert [v["rationale"] for v in check["verdicts"]] == ["Four, not six"]


# 2 -------------------------------------------------------------------------------------------
def test_tab_cycles_the_panes(tui_store):
    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        assert app.focused is table
        visited = []
        for _ in range(12):
            await pilot.press("tab")
            visited.append(app.focused)
            if app.focused is table:
                break
        assert app.screen.query_one(ArticleView) in visited
        assert app.screen.query_one("#filter-search") in visited
        assert visited[-1] is table  # and round again

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


# 3 -------------------------------------------------------------------------------------------
def test_the_first_column_is_the_claim_id(tui_store):
    async def scenario(app, pilot):
        await pilot.press("r")  # sort by score: positions and ids part ways
        await settle(pilot)
        table = app.screen.query_one(ClaimsTable)
        for index in range(table.row_count):
            key = table.coordinate_to_cell_key((index, 0)).row_key.value
            assert str(table.get_cell_at((index, 0))) == key
        card = app.screen.query_one(ClaimCard).plain
        assert card.startswith(f"Claim {table.selected_claim_id}")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


# 6 -------------------------------------------------------------------------------------------
def test_a_verdict_moves_the_status(tui_store):
    claim = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("v", "6")
        await type_text(pilot, "No")
        await pilot.press("enter")
        await settle(pilot)
        status = app.screen.query_one(ClaimsTable).get_cell(str(claim), "status")
        assert str(status) == "checked"  # the row was refreshed

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert reopened(tui_store).claim(claim)["status"] == "checked"
    assert reopened(tui_store).articles()[0]["checked"] == 1


# the check flow ------------------------------------------------------------------------------
def test_the_check_flow_in_six_command_keys(tui_store):
    first, second, third = first_ids(tui_store, 3)
    tui_store.add_source(
        "https://example.org/pentagon",
        title="Pentagon briefing",
        archived_url="https://archive.example.org/pentagon",
    )
    keys: list[str] = []

    async def press(pilot, *pressed: str) -> None:
        keys.extend(pressed)
        await pilot.press(*pressed)

    async def scenario(app, pilot):
        await press(pilot, "c")
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        await press(pilot, "6")
        await type_text(pilot, "Four, not six")
        await press(pilot, "enter")
        await type_text(pilot, "https://example.org/ministry")
        await press(pilot, "enter", "r")
        await type_text(pilot, "quatre missiles")
        await press(pilot, "enter")
        await settle(pilot)
        assert len(keys) == 6
        assert app.screen.claim_id == second  # moved on to the next unchecked claim
        # the same loop with a source picked from the library by a few words
        await pilot.press("c", "4")
        await type_text(pilot, "context matters")
        await pilot.press("enter")
        await type_text(pilot, "Pentagon")
        await settle(pilot)
        await pilot.press("enter")  # takes the first source found
        assert app.screen.focused.id == "check-stance"
        await pilot.press("s", "enter")
        await settle(pilot)
        assert app.screen.claim_id == third

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    check = reopened(tui_store)
    one, two = check.claim(first), check.claim(second)
    assert (one["status"], one["verdict"], one["verdict_record"]["rationale"]) == (
        "checked",
        "false",
        "Four, not six",
    )
    assert one["sources"][0]["stance"] == "refutes"
    assert one["sources"][0]["excerpt"] == "quatre missiles"
    assert two["status"] == "checked" and two["sources"][0]["stance"] == "supports"
    assert two["sources"][0]["archived_url"] == "https://archive.example.org/pentagon"
    assert len(check.sources()) == 2  # the library source was reused, not copied


# 7 -------------------------------------------------------------------------------------------
def test_the_source_form_reads_dates_shows_every_problem_and_asks_before_dropping(tui_store):
    async def scenario(app, pilot):
        await pilot.press("s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, SourceForm)
        await type_text(pilot, "not a url")
        form.query_one("#source-published", Input).value = "19 novembre 2024"
        form.query_one("#source-archive", Input).value = "ftp://x"
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = str(form.query_one(".form-error").render())
        assert "source URL" in error and "archived" in error and "stance" in error
        assert "19 novembre" not in error  # the date form's words are read here too
        assert form.focused.id == "source-url"  # focus on the first problem
        await pilot.press("escape")
        assert app.screen is form  # asks first
        await pilot.press("escape")
        assert app.screen is not form

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


# 9 -------------------------------------------------------------------------------------------
def test_the_card_keeps_wrapped_lines_in_their_column_and_the_history_opens(tui_store):
    claim = first_ids(tui_store, 1)[0]
    long = "Le Pentagone parle de quatre missiles, et non de six, " * 4
    tui_store.set_verdict(claim, "false", long)
    text = card_text(tui_store.claim(claim), width=60)
    rationale = [line for line in text.splitlines() if "Pentagone" in line or "six" in line]
    assert len(rationale) > 1
    assert all(line[: LABEL_WIDTH + 1].strip() == "" for line in rationale)

    async def scenario(app, pilot):
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("down", "down", "enter")  # the verdict, third change
        await settle(pilot)
        assert isinstance(app.screen, ChangeScreen)
        shown = str(app.screen.query_one("#change-body").render())
        assert long.strip() in " ".join(shown.split()) + " "

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_disagreement_reads_with_a_space(tui_store):
    flag = {
        "figure": "huit",
        "value": 8,
        "quantity": "dead",
        "other_figure": "dix",
        "other_value": 10,
        "where": "claim 3",
    }
    claim = {**tui_store.claim(first_ids(tui_store, 1)[0]), "disagreements": [flag]}
    assert "(!) figure huit = 8" in card_text(claim)


# 10 ------------------------------------------------------------------------------------------
def test_everything_fits_at_80_by_24(tui_store):
    async def scenario(app, pilot):
        screen = app.screen
        for widget in screen.query_one(FilterBar).children:
            assert widget.region.right <= 80 and widget.region.width > 0, widget.id
        table = screen.query_one(ClaimsTable)
        assert list(table.columns)[:1] == ["id"]
        assert {"id", "status", "verdict", "claim"} <= {str(k.value) for k in table.columns}
        card = screen.query_one(ClaimCard)
        verdict_line = card.plain.splitlines().index(
            next(line for line in card.plain.splitlines() if line.startswith("verdict"))
        )
        assert verdict_line < card.region.height
        # j/k move the claim from the article pane too
        screen.query_one(ArticleView).focus()
        before = screen.claim_id
        await pilot.press("j")
        await settle(pilot)
        assert screen.claim_id != before
        await pilot.press("k")
        await settle(pilot)
        assert screen.claim_id == before
        await pilot.press("escape", "s")
        await settle(pilot)
        save = app.screen.query_one("#form-save")
        assert save.region.bottom <= 24 and save.region.height > 0

    run_app(tui_store, scenario, size=(80, 24), article_id=tui_store.sample_id)


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
def test_the_note_form_keeps_save_and_cancel_on_screen(tui_store, size):
    """A trial at 160x48: the note form was taller than the screen, its Save/Cancel row
    below the last line."""

    async def scenario(app, pilot):
        await pilot.press("n")
        await settle(pilot)
        for button in ("#form-save", "#form-cancel"):
            shown = app.screen.query_one(button)
            assert shown.region.height > 0 and shown.region.bottom <= size[1], button
            # drawn, not covered by the form's own border and padding
            assert app.screen.get_widget_at(shown.region.x, shown.region.y)[0] is shown
        assert app.screen.query_one("#note-body").region.height >= 5  # room to write

    run_app(tui_store, scenario, size=size, article_id=tui_store.sample_id)


def test_errors_stay_on_screen_at_80_by_24_after_picking_from_the_library(tui_store):
    """A library source picked in the source form (its results listed above the fields)
    then saved with two problems: the form still fits 24 rows, every error line and Save
    are on screen, and focus is on the first field in error, scrolled into view (the
    errors and the buttons were pushed below the last row)."""
    for n in range(9):
        tui_store.add_source(f"https://example.org/pentagon-{n}", title=f"Pentagon briefing {n}")

    async def scenario(app, pilot):
        await pilot.press("s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, SourceForm)
        await pick_from_library(pilot, form, "Pentagon")
        await settle(pilot)
        assert form.focused.id == "source-stance"
        form.query_one("#source-archive", Input).value = "ftp://x"
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = form.query_one(".form-error")
        shown = str(error.render())
        assert "stance" in shown and "archived" in shown
        assert error.region.height >= 2 and error.region.bottom <= 24
        save = form.query_one("#form-save")
        assert save.region.height > 0 and save.region.bottom <= 24
        assert form.focused.id == "source-stance"
        visible_fields = form.query_one(".form-fields").region
        assert visible_fields.contains_region(form.focused.region)

    run_app(tui_store, scenario, size=(80, 24), article_id=tui_store.sample_id)


# 11 ------------------------------------------------------------------------------------------
def test_wide_terminals_give_the_claim_the_room_and_end_moves_the_cursor(tui_store):
    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        widths = {str(key.value): column.width for key, column in table.columns.items()}
        assert widths["claim"] >= 56 and widths.get("speaker", 0) >= 20
        # the others as wide as their content, the claim takes every cell left
        assert widths["id"] == max(2, len(str(max(c["id"] for c in tui_store.claims()))))
        assert sum(widths.values()) + 2 * len(widths) == table.size.width - 2
        await pilot.press("end")
        await settle(pilot)
        assert table.cursor_row == table.row_count - 1
        assert app.screen.claim_id == table.selected_claim_id

    run_app(tui_store, scenario, size=(160, 48), article_id=tui_store.sample_id)


# 12 ------------------------------------------------------------------------------------------
def test_the_palette_lists_each_action_once_and_finds_the_filters(tui_store):
    async def scenario(app, pilot):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert len(titles) == len(set(titles))
        assert "Cursor left" not in titles and "Copy selected text" not in titles
        assert any("filter" in t.lower() for t in titles)
        assert "Check" in titles and "Export" in titles

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


# 13 ------------------------------------------------------------------------------------------
def test_reopening_a_stored_file_opens_it_without_ingesting(tui_store, monkeypatch):
    from workbench.cli import main
    from workbench.tui.app import ClaimWorkbench

    started = {}

    def run(self, *args, **kwargs):
        started.update(article=self.start_article, ingest=self.start_ingest)

    monkeypatch.setattr(ClaimWorkbench, "run", run)
    result = CliRunner().invoke(main, ["open", str(SAMPLE), "--db", str(tui_store.path)])
    assert result.exit_code == 0, result.output
    assert started == {"article": tui_store.sample_id, "ingest": None}


# 14 ------------------------------------------------------------------------------------------
def test_a_cursor_move_reads_one_claim_not_the_whole_article(tui_store, monkeypatch):
    reads = []
    original = Store.dossier

    def counted(self, article_ids):
        reads.append(article_ids)
        return original(self, article_ids)

    monkeypatch.setattr(Store, "dossier", counted)

    async def scenario(app, pilot):
        for _ in range(5):
            await pilot.press("j")
        await settle(pilot)
        assert app.screen.query_one(ClaimCard).claim["id"] == app.screen.claim_id

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert reads == []


def test_the_card_still_shows_disagreements(tmp_path, french_nlp):
    from datetime import date

    from workbench.extract import extract

    text = (
        "Le bombardement a coûté la vie à huit personnes, selon la police.\n\n"
        "Selon l'hôpital, le bombardement a fait dix morts."
    )
    store = Store.open(tmp_path / "flags.db", "ana")
    article = store.ingest(text, extract(text, "fr", date(2024, 1, 1))).article_id

    async def scenario(app, pilot):
        assert "(!) figure" in app.screen.query_one(ClaimCard).plain

    run_app(store, scenario, article_id=article)


# 5 -------------------------------------------------------------------------------------------
def test_the_readme_keys_are_the_bindings():
    from workbench.tui.keys import keys_markdown

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- keys:start -->\n(.*?)<!-- keys:end -->", readme, re.S)
    assert block, "README lacks the keys table"
    assert block.group(1) == keys_markdown()


def test_every_form_field_is_reachable_in_the_check_form(tui_store):
    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, CheckForm)
        assert form.query_one("#check-labels", OptionList).highlighted == 0
        assert form.query_one("#check-found").has_class("-empty")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_the_palettes_check_opens_the_check_form(tui_store):
    """The form keys now hold what is typed after them: run from the palette (no key), the
    action still opens its form and gives the keys back."""

    async def scenario(app, pilot):
        (check,) = [c for c in app.get_system_commands(app.screen) if c.title == "Check"]
        await check.callback()  # as the palette runs it
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        await pilot.press("4")
        await type_text(pilot, "typed")
        assert app.screen.query_one("#check-rationale", Input).value == "typed"
        assert not app.holding_keys

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_an_assumed_publication_date_is_shown_and_corrected_with_D(tmp_path, sample_extraction):
    """An article stored without a publication date shows the day assumed on its main
    screen; D corrects it, and its claims' relative dates are read again against it."""
    from tests.conftest import SAMPLE

    store = Store.open(tmp_path / "assumed.db", "ana")
    text = SAMPLE.read_text(encoding="utf-8")
    article = store.ingest(text, sample_extraction, published_assumed=True).article_id
    before = {c["id"]: c["dates"] for c in store.claims()}
    said = []

    async def scenario(app, pilot):
        app.notify = lambda message, **_: said.append(message)
        title = str(app.screen.query_one("#article-title").render())
        assert "2024-11-20" in title and "assumed" in title
        await pilot.press("D")
        await settle(pilot)
        hint = app.screen.query(".form-hint").first()
        assert hint.size.height >= 2  # wrapped inside the dialog: it was cut at one line
        assert hint.region.right <= hint.parent.region.right
        field = app.screen.query_one("#article-published", Input)
        assert field.value == "2024-11-20"
        field.value = "2024-11-27"
        await pilot.press("enter")
        await settle(pilot)
        title = str(app.screen.query_one("#article-title").render())
        assert "2024-11-27" in title and "assumed" not in title

    run_app(store, scenario, article_id=article)
    check = reopened(store)
    assert check.article(article)["published"] == "2024-11-27"
    moved = [c["id"] for c in check.claims() if c["dates"] != before[c["id"]]]
    assert moved  # the sample says "mardi", "mercredi": a week later now
    assert any(f"dates read again on {counted(len(moved), 'claim')}" in m for m in said)


def test_quitting_with_a_half_typed_note_asks_first(tui_store):
    from workbench.tui.screens.forms import NoteForm

    async def scenario(app, pilot):
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, NoteForm)
        await type_text(pilot, "call the ministry")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running and app.screen is form  # nothing dropped yet
        assert "ctrl+q again quits" in str(form.query_one(".form-error").render())
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


async def open_edit_form(pilot, claim: int) -> None:
    """The cursor on `claim`, then `e`."""
    table = pilot.app.screen.query_one(ClaimsTable)
    table.move_cursor(row=table.get_row_index(str(claim)))
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)


def test_the_edit_form_opens_on_its_first_field_and_never_replaces_it_on_a_tab(tui_store):
    """A new analyst's trial: the edit form opened with no field focused (keys typed went
    nowhere) and a Tab selected the whole speaker, so the figure typed next replaced it."""
    claim, speaker = next(
        (c["id"], c["speaker"])
        for c in tui_store.claims(article_id=tui_store.sample_id)
        if c["speaker"]
    )

    async def scenario(app, pilot):
        await open_edit_form(pilot, claim)
        assert app.screen.focused is app.screen.query_one("#edit-speaker", Input)
        await pilot.press("tab", "shift+tab")  # back on the filled speaker: nothing selected
        await type_text(pilot, "X")
        await pilot.press("ctrl+s")
        await settle(pilot)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert reopened(tui_store).claim(claim)["speaker"] == speaker + "X"


def test_a_refused_date_gives_the_focus_back_to_the_date(tui_store):
    """A save refused ("the date is empty") with the focus elsewhere left it there: what the
    analyst typed next went nowhere."""
    claim = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("d")
        await settle(pilot)
        when = app.screen.query_one("#date-when", Input)
        assert "20 novembre 2024" in when.placeholder  # this article's day, in its language
        await pilot.press("tab")  # off the field: the role select has the focus
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.focused is when
        await type_text(pilot, "mardi")
        await pilot.press("ctrl+s")
        await settle(pilot)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    attached = reopened(tui_store).claim(claim)["attached_dates"]
    assert [d["text"] for d in attached] == ["mardi"]


def test_the_date_field_is_first_bordered_and_says_what_yesterday_counts_from(tui_store):
    """A trial: the focused date box had no border and sat below the role select, so the
    analyst pressed Tab to reach it and typed into nothing; "yesterday" did not say from
    which day it counts."""
    claim = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("d")
        await settle(pilot)
        when = app.screen.query_one("#date-when", Input)
        assert app.screen.focused is when
        fields = [w for w in app.screen.focus_chain if w.id in ("date-when", "date-role")]
        assert fields[0] is when  # the first field, above the role
        assert not when.compact and when.styles.border_top[0] not in ("", "none")
        hints = " ".join(str(label.render()) for label in app.screen.query(".form-hint"))
        assert "publication day, 2024-11-20" in hints
        await type_text(pilot, "hier")
        await pilot.press("ctrl+s")
        await settle(pilot)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    attached = reopened(tui_store).claim(claim)["attached_dates"]
    assert [(d["text"], d["iso"], d["role"]) for d in attached] == [("hier", "2024-11-19", "event")]


def test_the_edit_form_shows_every_problem_at_once_and_moves_to_the_first(tui_store):
    """A second trial: a bad figure and a bad span were shown one save at a time, and the
    focus stayed where it was."""
    claim = first_ids(tui_store, 1)[0]
    before = tui_store.claim(claim)

    async def scenario(app, pilot):
        await open_edit_form(pilot, claim)
        form = app.screen
        form.query_one("#edit-figures", Input).value = "six=6Q"
        span = form.query_one("#edit-span", Input)
        span.value += "W"
        span.focus()
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = str(form.query_one(".form-error").render())
        assert "is not text=number" in shown and "span must be START-END" in shown
        assert form.focused is form.query_one("#edit-figures", Input)
        await pilot.press("escape", "escape")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    after = reopened(tui_store).claim(claim)
    assert (after["numbers"], after["start"], after["end"]) == (
        before["numbers"],
        before["start"],
        before["end"],
    )


def test_the_keys_help_names_the_parts_and_explains_the_kinds_letters(tui_store):
    """A trial: `?` listed "(ClaimsTable)", "(MainScreen)", "(ClaimWorkbench)", and the
    claims table's kinds letters (NDAE) were explained nowhere."""
    from workbench.tui.screens.help import HelpScreen

    async def scenario(app, pilot):
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        wheres = {where for _, _, where in app.screen.bindings}
        assert {"claims table", "main screen", "anywhere"} <= wheres
        assert not any(re.search(r"[a-z][A-Z]", where) for where in wheres)
        assert "N number, D date, Q quote, A attribution, E event" in app.screen.wb_legend

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
