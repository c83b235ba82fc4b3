"""A claim's span moved after an analyst corrected its figures or dates: the rules read the new
span again, and the analyst's corrections are put back where their words still are; one whose
words the new span no longer holds is dropped, said so (the command line, the app, the
history) and brought back by undo. What the desk set stays marked "(corrected by the desk)",
in the reports, on the card and in `workbench show`."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from textual.widgets import Input

from tests.small_article import claim_ids, edit_read, small_store
from tests.tui_support import run_app, settle
from workbench.extract import extract, read_span
from workbench.report.changes import describe_change
from workbench.store import Store
from workbench.store.articles import claim_row
from workbench.tui.screens.forms import EditClaimForm
from workbench.tui.widgets.claim_card import ClaimCard

MONDAY = {"text": "on Monday", "iso": "2024-01-01"}
"""A correction of the first claim's "on Monday" (read as 2024-01-08)."""


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "span.db")
    yield store
    store.close()


def days(store: Store, claim_id: int) -> list[tuple[str, str]]:
    return [(d["text"], d["iso"]) for d in store.claim(claim_id)["dates"]]


def figures(store: Store, claim_id: int) -> list[tuple[str, float]]:
    return [(n["text"], n["value"]) for n in store.claim(claim_id)["numbers"]]


def test_a_corrected_date_survives_a_span_move_that_keeps_its_words(small):
    killed = claim_ids(small)[0]  # "12 people were killed on Monday", 36-67
    small.edit_claim(killed, dates=[MONDAY], speaker="Interior ministry")
    assert edit_read(small, killed, start=22).dropped == []  # "ministry said 12 people ..."
    claim = small.claim(killed)
    assert claim["text"].startswith("ministry said 12")
    assert days(small, killed) == [("on Monday", "2024-01-01")]
    assert claim["speaker"] == "Interior ministry"  # a span move never touches the speaker
    assert claim["corrected"] == {"speaker": True, "numbers": frozenset(), "dates": {0}}
    # the figure the rules read again is theirs, and stays unmarked
    assert figures(small, killed) == [("12", 12)]


def test_a_correction_whose_words_leave_the_span_is_dropped_said_and_undone(small):
    killed = claim_ids(small)[0]
    small.edit_claim(killed, dates=[MONDAY], numbers=[{"text": "12", "value": 13}])
    dropped = edit_read(small, killed, end=57).dropped  # "12 people were killed": no "on Monday"
    assert [(d["field"], d["text"], d["iso"]) for d in dropped] == [
        ("dates", "on Monday", "2024-01-01")
    ]
    assert days(small, killed) == []
    assert figures(small, killed) == [("12", 13)]  # still inside: kept, still the desk's
    assert small.claim(killed)["corrected"]["numbers"] == {0}
    last = small.history(killed)[-1]
    assert (
        "correction dropped (its words are outside the new span): on Monday = 2024-01-01"
        in describe_change(last)
    )
    assert small.replay(killed)["dates"] == "[]"  # what the history says beside the columns
    assert "typed" not in small.replay(killed)  # is no column of the claim
    small.undo(killed)
    assert days(small, killed) == [("on Monday", "2024-01-01")]
    assert small.claim(killed)["corrected"]["dates"] == {0}


def test_the_same_words_elsewhere_in_the_new_span_are_another_mention(small):
    """A correction is of the words at their place: moved to another sentence holding the
    same figure, the rules' reading of that one stands, and the correction is dropped."""
    killed = claim_ids(small)[0]
    small.edit_claim(killed, numbers=[{"text": "12", "value": 13}])
    text = small.article(small.article_id)["text"]
    # the same claim moved onto the army's sentence, whose "40" is another figure
    start = text.index("The army")
    dropped = edit_read(
        small, killed, start=start, end=start + len("The army reported 40 drones")
    ).dropped
    assert [(d["text"], d["value"]) for d in dropped] == [("12", 13)]
    assert figures(small, killed) == [("40", 40)]
    assert small.claim(killed)["corrected"]["numbers"] == frozenset()


def test_what_is_typed_with_a_span_move_is_the_desks(small):
    """A figure or date typed in the save that moves the span counts as set by the desk,
    not as read again by the rules (the report's mark was missing)."""
    killed = claim_ids(small)[0]
    edit_read(small, killed, start=22, numbers=[{"text": "12", "value": 13}], dates=[MONDAY])
    assert figures(small, killed) == [("12", 13)]
    assert days(small, killed) == [("on Monday", "2024-01-01")]
    assert small.claim(killed)["corrected"] == {
        "speaker": False,
        "numbers": {0},
        "dates": {0},
    }
    (article,) = small.dossier([small.article_id])
    assert next(c for c in article["claims"] if c["id"] == killed)["corrected"]["numbers"] == {0}
    edit_read(small, killed, start=36, numbers=[])  # removed in the save that moves the span
    assert figures(small, killed) == []
    assert days(small, killed) == [("on Monday", "2024-01-01")]


def test_a_figure_the_desk_removed_is_not_read_again_by_a_later_span_move(small):
    killed = claim_ids(small)[0]
    small.edit_claim(killed, numbers=[])  # "12" is no figure, the analyst says
    edit_read(small, killed, start=22)
    assert small.claim(killed)["text"].startswith("ministry said 12")
    assert figures(small, killed) == []
    edit_read(small, killed, start=36)  # and again: still removed
    assert figures(small, killed) == []
    small.undo(killed)
    small.undo(killed)
    small.undo(killed)  # the removal taken back: the rules' reading again
    assert figures(small, killed) == [("12", 12)]
    edit_read(small, killed, start=22)
    assert figures(small, killed) == [("12", 12)]


def test_claim_edit_says_which_correction_a_span_move_dropped(small, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    from workbench.cli import main

    killed = claim_ids(small)[0]

    def run(*args: str):
        return CliRunner().invoke(main, [*args])

    assert run("claim", "edit", str(killed), "--date", "on Monday=2024-01-01").exit_code == 0
    kept = run("claim", "edit", str(killed), "--start", "22")
    assert kept.exit_code == 0 and kept.stderr == ""
    shown = run("show", str(killed)).stdout
    assert "dates:    on Monday=2024-01-01 (corrected by the desk)" in shown
    assert "figures:  12 people\n" in shown  # read by the rules: unmarked
    moved = run("claim", "edit", str(killed), "--end", "57")
    assert moved.exit_code == 0
    assert moved.stderr.splitlines() == [
        "warning: correction dropped, its words outside the new span: date on Monday = "
        f"2024-01-01 (`workbench undo --claim {killed}` brings it back)"
    ]
    assert "correction dropped" in run("history", str(killed)).stdout
    assert run("undo", "--claim", str(killed)).exit_code == 0
    assert days(small, killed) == [("on Monday", "2024-01-01")]
    assert run("show", "--json", str(killed)).stdout.count('"dates": [\n      0\n    ]') == 1


def test_show_marks_a_corrected_speaker_and_figure(small, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(small.path))
    from workbench.cli import main

    killed = claim_ids(small)[0]
    small.edit_claim(killed, speaker="Interior ministry", numbers=[{"text": "12", "value": 13}])
    shown = CliRunner().invoke(main, ["show", str(killed)]).stdout
    assert "speaker:  Interior ministry (corrected by the desk)" in shown
    assert "figures:  12 = 13 people (corrected by the desk)" in shown
    assert "dates:    on Monday=2024-01-08\n" in shown


def test_the_edit_form_says_what_a_span_move_dropped_and_the_card_marks_corrections(small):
    killed = claim_ids(small)[0]
    notes: list[tuple[str, str | None]] = []

    async def edit(app, pilot, field: str, typed: str) -> None:
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)
        app.screen.query_one(field, Input).value = typed
        await pilot.press("ctrl+s")
        await settle(pilot)

    async def scenario(app, pilot):
        notify = app.screen.notify
        app.screen.notify = lambda message, **kw: (
            notes.append((message, kw.get("severity"))),
            notify(message, **kw),
        )
        await edit(app, pilot, "#edit-dates", "on Monday=2024-01-01")
        card = app.screen.query_one(ClaimCard).plain
        assert "on Monday → 2024-01-01 (corrected by the desk)" in card
        assert "12 people (corrected" not in card
        await edit(app, pilot, "#edit-span", "22-67")
        assert "on Monday → 2024-01-01 (corrected by the desk)" in (
            app.screen.query_one(ClaimCard).plain
        )
        await edit(app, pilot, "#edit-span", "36-57")
        assert "on Monday →" not in app.screen.query_one(ClaimCard).plain
        await pilot.press("u")
        await settle(pilot)
        assert "on Monday → 2024-01-01 (corrected by the desk)" in (
            app.screen.query_one(ClaimCard).plain
        )

    run_app(small, scenario, article_id=small.article_id)
    said = [message for message, _ in notes]
    assert [line.split(":")[0] for line in said[:3]] == ["Claim 1 edited"] * 3
    assert "; correction" not in said[0] + said[1]
    assert said[2].endswith(
        "; correction dropped, its words outside the new span: date on Monday = "
        "2024-01-01 (u brings it back)"
    )
    assert days(Store.open(small.path, "check"), killed) == [("on Monday", "2024-01-01")]


def test_a_span_moved_off_its_dates_no_longer_lists_the_claim_as_dated(small):
    """A trial: a claim whose moved span held no date still listed "date" among its kinds,
    and `workbench claims --kind date` listed it. Undo puts the kinds back with the span."""
    killed = claim_ids(small)[0]  # "12 people were killed on Monday", 36-67
    edit_read(small, killed, end=57)  # "12 people were killed"
    assert small.claim(killed)["kinds"] == ["number", "attribution", "event"]
    assert killed not in [c["id"] for c in small.claims(kind="date")]
    small.undo(claim_id=killed)
    assert small.claim(killed)["kinds"] == ["number", "date", "attribution", "event"]


def test_two_corrections_on_overlapping_words_both_survive_a_span_move(small):
    """A trial: "on Monday" and "Monday" both corrected, then the span moved with both still
    inside it: "on Monday" vanished, and nothing said so."""
    killed = claim_ids(small)[0]  # "12 people were killed on Monday", 36-67
    small.edit_claim(
        killed,
        dates=[{"text": "on Monday", "iso": "2024-01-12"}, {"text": "Monday", "iso": "2024-01-12"}],
    )
    assert edit_read(small, killed, start=22).dropped == []
    assert days(small, killed) == [("on Monday", "2024-01-12"), ("Monday", "2024-01-12")]


RELEASED = (
    "Storm toll\n\n"
    "Police arrested 12 suspects on Monday, the prefect said. Five were released the next "
    "day, a police spokesman told reporters.\n\n"
    "The army reported 40 drones over the city.\n"
)
"""Read in its sentence, as the extraction reads it, "Five were released the next day" is
the police spokesman's, counts five suspects (the count before it) and is dated the day after
Monday, 2024-01-09; read from its words alone it has no speaker, no date and counts nothing."""
PUBLISHED = date(2024, 1, 10)
FIVE = (RELEASED.index("Five were"), RELEASED.index(", a police spokesman"))
ARMY = (RELEASED.index("The army"), RELEASED.index(" over the city"))


@pytest.fixture
def released(tmp_path, monkeypatch):
    """A store file holding RELEASED, which `workbench` (the command line) opens."""
    path = tmp_path / "released.db"
    store = Store.open(path, "ana")
    store.article_id = store.ingest(  # type: ignore[attr-defined]
        RELEASED, extract(RELEASED, "en", PUBLISHED), title="Storm toll"
    ).article_id
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    yield store
    store.close()


def claim_of(store: Store, words: str) -> int:
    return next(c["id"] for c in store.claims() if c["text"].startswith(words))


def workbench(*args: str):
    from workbench.cli import main

    return CliRunner().invoke(main, list(args))


def test_a_span_moved_onto_a_sentence_is_read_as_a_claim_added_there(released):
    """A moved span had its figures and dates read from its words alone and kept its old
    speaker, kinds and score: moved onto the spokesman's sentence, the army's claim kept
    "army", and "Five" counted nothing and "the next day" was no date. It is read as `claim
    add` reads the same span (`read_span`), and undo brings back what it was."""
    army = claim_of(released, "The army")
    was = released.claim(army)
    moved = workbench("claim", "edit", str(army), "--start", str(FIVE[0]), "--end", str(FIVE[1]))
    assert moved.exit_code == 0, moved.output
    assert moved.stdout.startswith(f"{released.claim_named(army)} edited: span, ")
    assert "speaker" in moved.stdout and moved.stderr == ""
    claim, read = released.claim(army), claim_row(read_span(RELEASED, FIVE, "en", PUBLISHED))
    assert claim["speaker"] == read["speaker"] == "police spokesman"
    assert claim["speaker_kind"] == read["speaker_kind"]
    assert (claim["numbers"], claim["dates"]) == (read["numbers"], read["dates"])
    assert [(n["text"], n["value"], n["unit"]) for n in claim["numbers"]] == [
        ("Five", 5, "suspects")
    ]
    assert [(d["text"], d["iso"]) for d in claim["dates"]] == [("the next day", "2024-01-09")]
    assert (claim["kinds"], claim["signals"], claim["score"]) == (
        read["kinds"],
        read["signals"],
        read["score"],
    )
    assert claim["corrected"] == {"speaker": False, "numbers": frozenset(), "dates": frozenset()}
    history = workbench("history", str(army)).stdout
    assert "speaker: army → police spokesman" in history
    assert "signals" not in history and "score" not in history  # they follow the reading
    undo = workbench("undo", "--claim", str(army))
    assert undo.exit_code == 0 and "signals" not in undo.stdout and "score" not in undo.stdout
    undone = released.claim(army)
    for field in ("start", "end", "speaker", "speaker_kind", "numbers", "dates", "kinds", "score"):
        assert undone[field] == was[field], field
    # back on the army's sentence, the spokesman is no longer what its span reads: typed,
    # he is the desk's
    assert workbench("claim", "edit", str(army), "--speaker", "police spokesman").exit_code == 0
    assert released.claim(army)["corrected"]["speaker"]


def test_a_desk_correction_the_moved_span_still_holds_stands_over_its_reading(released):
    five = claim_of(released, "Five were")
    corrected = workbench("claim", "edit", str(five), "--date", "the next day=2024-01-11")
    assert corrected.exit_code == 0, corrected.output
    end = RELEASED.index(
        ".", FIVE[0]
    )  # the frame taken in: "..., a police spokesman told reporters"
    moved = workbench("claim", "edit", str(five), "--end", str(end))
    assert moved.exit_code == 0 and moved.stderr == "", moved.output
    claim = released.claim(five)
    assert claim["text"].endswith("a police spokesman told reporters")
    assert [(d["text"], d["iso"]) for d in claim["dates"]] == [("the next day", "2024-01-11")]
    assert claim["corrected"] == {"speaker": False, "numbers": frozenset(), "dates": {0}}
    # the rest is the new span's reading
    read = claim_row(read_span(RELEASED, (FIVE[0], end), "en", PUBLISHED))
    assert claim["numbers"] == read["numbers"]
    assert [(n["text"], n["unit"]) for n in claim["numbers"]] == [("Five", "suspects")]
    assert claim["speaker"] == read["speaker"] == "police spokesman"
    shown = workbench("show", str(five)).stdout
    assert "dates:    the next day=2024-01-11 (corrected by the desk)" in shown


def test_a_speaker_the_analyst_typed_stands_over_the_one_a_move_reads(released):
    """Typed with the move, or before it ("" for nobody), the analyst's speaker stays, and
    is the desk's; the figures and dates are still the new span's reading."""
    army = claim_of(released, "The army")
    span = ("--start", str(FIVE[0]), "--end", str(FIVE[1]))
    typed = workbench("claim", "edit", str(army), *span, "--speaker", "Jane Doe")
    assert typed.exit_code == 0, typed.output
    claim = released.claim(army)
    assert (claim["speaker"], claim["corrected"]["speaker"]) == ("Jane Doe", True)
    assert [(n["text"], n["unit"]) for n in claim["numbers"]] == [("Five", "suspects")]
    back = workbench("claim", "edit", str(army), "--start", str(ARMY[0]), "--end", str(ARMY[1]))
    assert back.exit_code == 0, back.output
    claim = released.claim(army)
    assert (claim["speaker"], claim["corrected"]["speaker"]) == ("Jane Doe", True)
    assert [(n["text"], n["unit"]) for n in claim["numbers"]] == [("40", "drones")]
    assert workbench("claim", "edit", str(army), "--speaker", "").exit_code == 0  # nobody
    assert workbench("claim", "edit", str(army), *span).exit_code == 0
    claim = released.claim(army)
    assert (claim["speaker"], claim["corrected"]["speaker"]) == (None, True)
    assert "named source" not in claim["signals"]  # read without a source, as the desk says
    assert [(d["text"], d["iso"]) for d in claim["dates"]] == [("the next day", "2024-01-09")]


def test_the_edit_form_reads_a_moved_span_as_a_claim_added_there(released):
    """`e` with a new span: the card gives the speaker, figures and dates read there."""
    arrested = claim_of(released, "Police arrested")

    async def scenario(app, pilot):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditClaimForm)
        app.screen.query_one("#edit-span", Input).value = f"{FIVE[0]}-{FIVE[1]}"
        await pilot.press("ctrl+s")
        await settle(pilot)
        card = app.screen.query_one(ClaimCard).plain
        assert "police spokesman" in card and "prefect" not in card
        assert "the next day → 2024-01-09" in card

    run_app(released, scenario, article_id=released.article_id)
    claim = Store.open(released.path, "check").claim(arrested)
    assert claim["speaker"] == "police spokesman" and not claim["corrected"]["speaker"]
    assert [(n["text"], n["unit"]) for n in claim["numbers"]] == [("Five", "suspects")]


def test_a_speaker_a_move_read_is_the_articles_and_one_typed_with_an_older_move_the_desks():
    """History rows alone: the speaker a move's reading gave ("read") is the article's; a
    move logged before moves were read set a speaker only when the analyst typed it."""
    from workbench.store.history import analyst_set

    def rows(*edits: dict) -> list[dict]:
        born = {"start": 0, "end": 9, "text": "t", "speaker": "army"}
        return [
            {
                "id": 1,
                "action": "claim.extracted",
                "entity": "claim",
                "before": None,
                "after": born,
            },
            *(
                {"id": i, "action": "claim.edited", "entity": "claim", "before": {}, "after": e}
                for i, e in enumerate(edits, start=2)
            ),
        ]

    read = {"start": 20, "speaker": "police spokesman", "read": {"speaker": "police spokesman"}}
    assert not analyst_set(rows(read))["speaker"]
    older = {"start": 20, "speaker": "Jane Doe", "typed": {"numbers": []}}
    assert analyst_set(rows(older))["speaker"]
    typed = {"start": 20, "speaker": "Jane Doe", "typed": {"speaker": "Jane Doe"}}
    assert analyst_set(rows(read, typed))["speaker"]
