"""The check flow under a real terminal's conditions, driven with Pilot: keys typed ahead of
the screen (a fast analyst, a loaded machine) and reads that come back late. Each test holds
one race found while driving the loop in tmux."""

from __future__ import annotations

import pytest
from textual import events

from tests.tui_support import prepared_store, run_app, settle
from workbench.store import Store
from workbench.tui.messages import ClaimLoaded
from workbench.tui.screens.check import CheckForm
from workbench.tui.widgets.claim_card import ClaimCard


@pytest.fixture
def tui_store(tmp_path, sample_text, sample_extraction):
    store = prepared_store(tmp_path / "races.db", sample_text, sample_extraction)
    yield store
    store.close()


def first_ids(store, n: int) -> list[int]:
    return [c["id"] for c in store.claims(article_id=store.sample_id)][:n]


def burst(app, *keys: str) -> None:
    """Keys as a terminal delivers them when the app is busy: all queued before the first is
    handled (Pilot's `press` waits between keys, which hides these races)."""
    for key in keys:
        if len(key) == 1:
            name = {" ": "space", "/": "slash", ":": "colon", ".": "full_stop"}.get(key, key)
            app.post_message(events.Key(name, key))
        else:
            app.post_message(events.Key(key, "\r" if key == "enter" else None))


def test_keys_typed_ahead_in_the_check_form_land_in_their_fields(tui_store):
    """The digit, the rationale, the URL, the stance letter and the excerpt arrive at once:
    each lands in its field (the rationale typed right after its digit used to go to the
    label list, and the check was saved without it)."""
    first = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        burst(app, "6", *"Four not six", "enter", *"https://example.org/x", "enter")
        burst(app, "r", *"quatre", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, CheckForm)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    claim = Store.open(tui_store.path, "check").claim(first)
    assert claim["verdict_record"]["label"] == "false"
    assert claim["verdict_record"]["rationale"] == "Four not six"
    assert [(s["url"], s["stance"], s["excerpt"]) for s in claim["sources"]] == [
        ("https://example.org/x", "refutes", "quatre")
    ]


def test_undo_and_redo_refresh_the_card_the_next_form_starts_from(tui_store):
    """After `u` the card no longer shows the verdict taken back, and the check form opens
    with no rationale; after `U` both are back (the card kept what undo had removed)."""
    first = first_ids(tui_store, 1)[0]
    tui_store.set_verdict(first, "false", "Four not six")

    async def scenario(app, pilot):
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.claim["verdict_record"] is None
        assert "none yet" in app.screen.query_one(ClaimCard).plain
        await pilot.press("U")
        await settle(pilot)
        assert app.screen.claim["verdict_record"]["rationale"] == "Four not six"
        await pilot.press("c")
        await settle(pilot)
        assert app.screen.query_one("#check-rationale").value == "Four not six"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_undo_on_another_claim_shows_that_claims_card(tui_store):
    """ctrl+z from claim 2 takes back claim 1's verdict and selects claim 1: the card and
    the next form are claim 1's (they stayed claim 2's, and a check saved claim 2's
    pre-filled rationale onto claim 1)."""
    first, second = first_ids(tui_store, 2)
    tui_store.set_verdict(second, "true", "Said by the ministry")
    tui_store.set_verdict(first, "false", "Four not six")

    async def scenario(app, pilot):
        await pilot.press("j")
        await settle(pilot)
        assert app.screen.claim_id == second
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.screen.claim_id == first
        assert app.screen.claim["id"] == first
        assert app.screen.query_one(ClaimCard).claim["id"] == first
        await pilot.press("c")
        await settle(pilot)
        assert app.screen.claim["id"] == first
        assert app.screen.query_one("#check-rationale").value == ""

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_card_read_before_a_save_never_replaces_the_saved_one(tui_store):
    """A card read that started before a save but reached the screen after it is dropped:
    the card (and the rationale the next form is pre-filled with) stays the saved one."""
    first = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        screen = app.screen
        stale = dict(screen.claim)  # read before the verdict below
        await pilot.press("v", "6")
        await pilot.press(*"Four")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.claim["verdict_record"]["rationale"] == "Four"
        screen.post_message(ClaimLoaded(stale, read=1))
        await settle(pilot)
        assert screen.claim["verdict_record"]["rationale"] == "Four"
        assert "Four" in screen.query_one(ClaimCard).plain

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert Store.open(tui_store.path, "check").claim(first)["verdict_record"]["rationale"] == "Four"


def test_c_pressed_while_the_card_loads_opens_the_form_once_it_is_in(tui_store):
    """Right after a cursor move (or save-and-advance) the next claim's card is still
    loading: `c` waits for it instead of being dropped (the digit and rationale typed next
    went to the table, whose keys are actions)."""
    second = first_ids(tui_store, 2)[1]

    async def scenario(app, pilot):
        screen = app.screen
        with app.gateway._lock:  # the database busy: the next card cannot load yet
            await pilot.press("j", "c")
            assert not isinstance(app.screen, CheckForm)
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        assert app.screen.claim["id"] == second == screen.claim_id

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_second_enter_typed_ahead_of_the_save_saves_once(tui_store):
    """Enter twice on the excerpt before the form closes: one save, the app still running
    (the second dismiss used to pop the last screen: ScreenStackError, the app gone)."""
    first = first_ids(tui_store, 1)[0]

    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        burst(app, "6", *"Four", "enter", "enter", "enter", "enter", "enter", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, CheckForm)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    claim = Store.open(tui_store.path, "check").claim(first)
    assert claim["verdict_record"]["label"] == "false"


def test_u_after_a_check_undoes_that_check_in_one_step(tui_store):
    """The check form saved (verdict, source, status) and the cursor moved on: `u` takes
    the whole check back on the claim just checked, says so, and selects it; `U` puts it
    all back (u undid one part at a time, on the claim the cursor had moved to)."""
    first, second = first_ids(tui_store, 2)
    named = tui_store.claim_named(first)  # "claim 1 (id 1)": its number, then its id

    async def scenario(app, pilot):
        screen = app.screen
        said = []
        app.notify = lambda message, **_: said.append(message)  # kept past their timeout
        await pilot.press("c")
        await settle(pilot)
        burst(app, "6", *"Four", "enter", *"https://example.org/x", "enter", "r", "enter")
        await settle(pilot)
        assert screen.claim_id == second
        await pilot.press("u")
        await settle(pilot)
        assert f"Undone: check of {named}: verdict, source, status" in said
        assert screen.claim_id == first
        undone = Store.open(tui_store.path, "check").claim(first)
        assert (undone["status"], undone["verdict"], undone["sources"]) == ("new", None, [])
        await pilot.press("U")
        await settle(pilot)
        assert f"Redone: check of {named}: verdict, source, status" in said

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    claim = Store.open(tui_store.path, "check").claim(first)
    assert (claim["status"], claim["verdict"]) == ("checked", "false")
    assert [s["stance"] for s in claim["sources"]] == ["refutes"]


def test_a_burst_moving_the_cursor_then_checking_opens_the_form_on_the_new_claim(tui_store):
    """`j c 3 some text` typed before the form is up, as a terminal delivers it: the cursor
    moves first, the form opens on the claim moved to, and the digit and the text land in
    the form (the form opened on the previous claim and the text went to the table)."""
    second = first_ids(tui_store, 2)[1]

    async def scenario(app, pilot):
        burst(app, "j", "c", "3", *"some text")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, CheckForm)
        assert form.claim["id"] == second
        assert form.query_one("#check-labels").highlighted == 2
        assert form.query_one("#check-rationale").value == "some text"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_keys_typed_while_the_next_card_loads_wait_for_the_form(tui_store):
    """The database busy while `j c 3 text` arrives (the next claim's card cannot load): the
    keys wait and land in the form once it is up on the claim moved to."""
    second = first_ids(tui_store, 2)[1]

    async def scenario(app, pilot):
        with app.gateway._lock:
            burst(app, "j", "c", "3", *"slow disk")
            for _ in range(5):
                await pilot.pause()
            assert not isinstance(app.screen, CheckForm)
        await settle(pilot)
        form = app.screen
        assert isinstance(form, CheckForm) and form.claim["id"] == second
        assert form.query_one("#check-rationale").value == "slow disk"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_second_check_typed_ahead_of_the_first_save_lands_on_the_next_claim(tui_store):
    """Two checks typed in one go: the keys after the first save wait until the cursor has
    moved on, then open the form on the next claim (they went to the closing form)."""
    first, second, third = first_ids(tui_store, 3)

    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        burst(app, "6", *"Four", "enter", *"https://example.org/x", "enter", "r", "enter")
        burst(app, "c", "1", *"Second", "enter", "enter", "enter", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, CheckForm)
        assert app.screen.claim_id == third

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    check = Store.open(tui_store.path, "check")
    one, two = check.claim(first), check.claim(second)
    assert (one["verdict"], one["verdict_record"]["rationale"]) == ("false", "Four")
    assert (two["verdict"], two["verdict_record"]["rationale"]) == ("true", "Second")
    assert two["status"] == "checked" and two["sources"] == []


def test_cursor_moves_while_a_card_is_read_read_only_the_last_card(tui_store):
    """Eight `j`, each handled while the first card is still being read (key repeat on a
    busy database): the row moves with each key, and once that read is back only the claim
    the cursor ended on is read (one read per key queued seven reads behind the analyst,
    and ahead of their saves)."""
    ninth = first_ids(tui_store, 9)[8]
    reads: list[int] = []

    async def scenario(app, pilot):
        screen = app.screen
        load = screen.load_card

        def counted(claim_id):
            reads.append(claim_id)
            return load(claim_id)

        screen.load_card = counted
        with app.gateway._lock:  # the first read waits: the other keys arrive meanwhile
            for _ in range(8):
                await pilot.press("j")
            assert screen.query_one("#claims").selected_claim_id == ninth
        await settle(pilot)
        assert screen.query_one(ClaimCard).claim["id"] == ninth

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert len(reads) == 2 and reads[-1] == ninth


def test_fields_typed_ahead_with_tab_in_the_source_form_land_in_their_fields(tui_store):
    """URL, Tab, title, Tab, publisher, Tab, date sent at once: the characters after a Tab
    went to the field Tab had not yet left ("https://a.example/1Title1Pub1")."""
    from textual.widgets import Input

    from workbench.tui.screens.source_form import SourceForm

    async def scenario(app, pilot):
        await pilot.press("s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, SourceForm)
        burst(app, *"https://a.example/1", "tab", *"Title1", "tab", *"Pub1", "tab", *"2024-11-19")
        await settle(pilot)
        values = {
            name: form.query_one(f"#source-{name}", Input).value
            for name in ("url", "title", "publisher", "published")
        }
        assert values == {
            "url": "https://a.example/1",
            "title": "Title1",
            "publisher": "Pub1",
            "published": "2024-11-19",
        }

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_backspaces_in_a_burst_are_not_overtaken_by_the_characters_after_them(tui_store):
    """A trial: ten letters, ten backspaces and ten letters typed in one burst in the search box
    left "abcdefgABC", and the date form took "2026-11-26" typed over "2026-11-27" as
    "22026-11-2": Textual runs a box's bound keys only once they have bubbled up to the app,
    and the characters behind them were inserted first."""

    async def scenario(app, pilot):
        await pilot.press("slash")
        await settle(pilot)
        burst(app, *"abcdefghij", *["backspace"] * 10, *"ABCDEFGHIJ")
        await settle(pilot)
        assert app.screen.focused.value == "ABCDEFGHIJ"
        burst(app, "home", "delete", "delete", *"xy", "end", "left", "backspace", "Z")
        await settle(pilot)
        assert app.screen.focused.value == "xyCDEFGHZJ"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_an_enter_typed_before_the_library_answers_waits_for_it(tui_store):
    """A trial: words to find a source in the library and Enter typed in one burst: the
    Enter came before the search's reply, went to the stance, and the check was refused
    ("source URL 'valdrac bilan' is not an http(s) address"). It now waits for the reply
    and takes the first result, as at an analyst's pace (Enter on words takes the first)."""
    first = first_ids(tui_store, 1)[0]
    tui_store.add_source("https://example.org/pentagon", title="Pentagon briefing")

    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        burst(app, "6", *"Four not six", "enter", *"pentagon brief", "enter")
        burst(app, "r", *"quatre", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, CheckForm)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    claim = Store.open(tui_store.path, "check").claim(first)
    assert claim["verdict_record"]["rationale"] == "Four not six"
    assert [(s["url"], s["stance"], s["excerpt"]) for s in claim["sources"]] == [
        ("https://example.org/pentagon", "refutes", "quatre")
    ]


def test_words_typed_right_after_the_search_key_go_to_the_search_box(tui_store):
    """A trial: "/inspection" typed in one burst ran the letters as commands (n opened the
    note form), and "/" typed slowly landed in the box."""
    from textual.widgets import Input

    async def scenario(app, pilot):
        burst(app, "/", *"inspection")
        await settle(pilot)
        assert app.screen.query_one("#filter-search", Input).value == "inspection"
        assert app.screen.focused.id == "filter-search"
        burst(app, *"/x")  # a slash inside the box is a character
        await settle(pilot)
        assert app.screen.query_one("#filter-search", Input).value == "inspection/x"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_saving_with_library_words_takes_the_source_found_or_says_none_was(tui_store):
    """A trial: ctrl+s with words in the check form's source field, their results on
    screen, was refused as "not an http(s) address"; words that found nothing got the same
    message. Saving now takes the result highlighted (as Enter does), and words that found
    nothing are said to have found nothing, with nothing written."""
    first, second = first_ids(tui_store, 2)
    tui_store.add_source("https://example.org/briefing", title="Defence briefing")

    async def scenario(app, pilot):
        await pilot.press("c")
        await settle(pilot)
        burst(app, "6", *"Checked", "enter", *"zzz nothing")
        await settle(pilot)
        app.screen.query_one("#check-stance").value = "s"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CheckForm)
        error = str(app.screen.query_one(".form-error").render())
        assert "nothing in the library matches “zzz nothing”" in error
        source = app.screen.query_one("#check-source")
        source.value = ""
        source.focus()
        burst(app, *"defence brief")
        await settle(pilot)
        assert app.screen.found
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, CheckForm)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    store = Store.open(tui_store.path, "check")
    assert [(s["url"], s["stance"]) for s in store.claim(first)["sources"]] == [
        ("https://example.org/briefing", "supports")
    ]
    assert store.claim(second)["sources"] == []
