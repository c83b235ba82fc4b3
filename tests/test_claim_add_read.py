"""A claim the analyst adds by hand is read as the extractor reads a clause it cut: the
sentence's speaker, its figures, its dates resolved against the article's day, kinds and
score; from the command line and from the app, on fixture articles in both languages."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner
from textual.widgets import Input, TextArea
from textual.widgets.text_area import Selection

from tests.conftest import FIXTURES
from tests.tui_support import run_app, settle
from workbench.cli import main
from workbench.extract import extract, read_span
from workbench.store import Store
from workbench.tui.widgets.claim_card import ClaimCard

# (article, published, the words added, speaker, a figure as said, a date as said)
HAND_ADDED = [
    pytest.param(
        "pepfar-senat-2008-fr",
        "2008-07-17",
        "Le Sénat américain a approuvé mercredi une enveloppe d'aide de 48 milliards de dollars",
        "Sénat américain",
        "48 milliards = 48,000,000,000 dollars",
        ("mercredi", "2008-07-16", ""),
        id="fr",
    ),
    pytest.param(
        # the sentence's frame, "Angola's electoral commission says", lies outside the words
        "angola-election-2012-en",
        "2012-09-02",
        "has a big lead with most of the votes counted after Friday's national election, "
        "effectively extending his 33 years in power",
        "Angola's electoral commission",
        "33 years",
        ("Friday", "2012-08-31", " (mentioned)"),  # it names the election: not the fact's day
        id="en",
    ),
]


def _article(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize(
    ("name", "published"),
    [("pepfar-senat-2008-fr", "2008-07-17"), ("angola-election-2012-en", "2012-09-02")],
)
def test_an_extracted_claims_span_reads_as_the_extractor_read_it(french_nlp, name, published):
    """One reading: the span of every claim the extractor found, read by hand, is that
    claim, field for field (speaker and its kind, figures, dates with their roles, even a
    frame's day outside the words, kinds, signals, score, sentence)."""
    text = _article(name)
    day = date.fromisoformat(published)
    extraction = extract(text, None, day)
    assert extraction.claims
    for claim in extraction.claims:
        read = read_span(text, (claim.start, claim.end), extraction.language, day)
        assert read.to_dict() == claim.to_dict()


def test_words_not_in_the_article_are_read_on_their_own():
    """No sentence of the article holds them: their figures and dates, against the
    publication day, and no speaker, though the words name one; a speaker typed stands."""
    text = _article("angola-election-2012-en")
    words = "The commission said 12 ballot boxes went missing on Friday"
    read = read_span(text, words, "en", date(2012, 9, 2))
    assert (read.start, read.end, read.text, read.sentence) == (0, len(words), words, None)
    assert read.speaker is None
    assert [(n.text, n.value) for n in read.numbers] == [("12", 12)]
    assert [(d.text, d.iso) for d in read.dates] == [("on Friday", "2012-08-31")]
    assert read.score > 0 and "number" in read.kinds
    typed = read_span(text, words, "en", date(2012, 9, 2), speaker="Jane Roe")
    assert typed.speaker == "Jane Roe" and "named source" in typed.signals


def test_a_span_across_two_sentences_is_read_on_its_own_where_it_stands():
    """It sits in no one sentence: read alone, no speaker, its offsets the article's and its
    own span its sentence (as the store keeps such a claim)."""
    text = _article("angola-election-2012-en")
    start = text.index("72 percent of polling stations")
    end = text.index("220 seats") + len("220 seats")
    read = read_span(text, (start, end), "en", date(2012, 9, 2))
    assert read.speaker is None and read.text == text[start:end]
    assert read.sentence is not None and (read.sentence.start, read.sentence.end) == (start, end)
    assert [n.text for n in read.numbers] == ["72 percent", "220"]
    assert all(text[n.start : n.end] == n.text for n in read.numbers)
    assert [(d.text, d.iso) for d in read.dates] == [("on Friday", "2012-08-31")]


@pytest.mark.parametrize(("name", "published", "words", "speaker", "figure", "day"), HAND_ADDED)
def test_claim_add_reads_speaker_figure_and_date(
    french_nlp, tmp_path, name, published, words, speaker, figure, day
):
    """`workbench claim add` on a real database file: the claim shows the sentence's
    speaker (not marked as the desk's), its figure and its date resolved against the
    article's day, scored as an extracted claim; its words as typed; its history says it
    was added today."""
    db = tmp_path / "desk.db"
    ingested = run("--db", db, "ingest", FIXTURES / f"{name}.txt", "--date", published, "--json")
    assert ingested.exit_code == 0, ingested.output
    article = json.loads(ingested.stdout)["ingested"][0]["article_id"]
    added = run("--db", db, "claim", "add", article, "--text", words)
    assert added.exit_code == 0, added.output
    claim_id = int(added.output.split("(id ")[1].split(")")[0])
    shown = run("--db", db, "show", claim_id).output
    assert f"“{words}”" in shown
    assert f"  speaker:  {speaker}\n" in shown
    assert f"  figures:  {figure}\n" in shown
    assert f"{day[0]}={day[1]}{day[2]}" in shown  # the role in words, as on the card
    store = Store.open(db, "check")
    claim = store.claim(claim_id)
    assert claim["text"] == words and claim["origin"] == "analyst"
    assert claim["score"] > 0.25 and {"number", "date", "event"} <= set(claim["kinds"])
    assert "added by analyst" in claim["signals"]
    (row,) = [h for h in store.history(claim_id) if h["action"] == "claim.added"]
    assert row["at"][:10] == datetime.now(UTC).date().isoformat()
    store.close()


def test_a_speaker_typed_stands_over_the_one_read_and_is_the_desks(french_nlp, tmp_path):
    """`--speaker` wins, and is marked as the desk's; the speaker read is the article's."""
    db = tmp_path / "desk.db"
    name, published, words = HAND_ADDED[0].values[:3]
    assert run("--db", db, "ingest", FIXTURES / f"{name}.txt", "--date", published).exit_code == 0
    typed = run("--db", db, "claim", "add", 1, "--text", words, "--speaker", "Harry Reid")
    read = run("--db", db, "claim", "add", 1, "--text", words)
    assert typed.exit_code == 0 and read.exit_code == 0, typed.output + read.output
    typed_id, read_id = (int(r.output.split("(id ")[1].split(")")[0]) for r in (typed, read))
    assert (
        "speaker:  Harry Reid (corrected by the desk)" in run("--db", db, "show", typed_id).output
    )
    shown = run("--db", db, "show", read_id).output
    assert "speaker:  Sénat américain\n" in shown


@pytest.mark.parametrize(("name", "published", "words", "speaker", "figure", "day"), HAND_ADDED)
def test_the_app_adds_a_claim_read_like_an_extracted_one(
    french_nlp, tmp_path, name, published, words, speaker, figure, day
):
    """`a`, the words selected, ctrl+s: the card of the claim added shows its speaker, its
    figure and its date resolved against the article's day."""
    text = _article(name)
    store = Store.open(tmp_path / "tui.db", "ana")
    article = store.ingest(text, extract(text, None, date.fromisoformat(published))).article_id
    start = text.index(words)

    async def scenario(app, pilot):
        await pilot.press("a")
        area = app.screen.query_one(TextArea)
        area.selection = Selection(
            area.document.get_location_from_index(start),
            area.document.get_location_from_index(start + len(words)),
        )
        assert app.screen.query_one(Input).value == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        lines = {
            line.split(maxsplit=1)[0]: line.split(maxsplit=1)[-1].strip()
            for line in app.screen.query_one(ClaimCard).plain.splitlines()
            if line.strip()
        }
        assert lines["speaker"] == speaker
        assert lines["figures"] == figure
        assert lines["dates"] == f"{day[0]} → {day[1]}{day[2]}"

    run_app(store, scenario, article_id=article)
    reopened = Store.open(store.path, "check")
    (added,) = [c for c in reopened.claims() if c["origin"] == "analyst"]
    assert (added["text"], added["speaker"]) == (words, speaker)
    assert [d["iso"] for d in added["dates"]] == [day[1]]
    (row,) = [h for h in reopened.history(added["id"]) if h["action"] == "claim.added"]
    assert row["at"][:10] == datetime.now(UTC).date().isoformat()
    reopened.close()
    store.close()


def test_adding_a_claim_on_an_existing_claims_words_says_so(tmp_path):
    """A trial added a claim on the very words of an extracted one and was not told: the
    claim is added (a second claim on one span may be meant), with a warning naming the
    claims already there."""
    db = tmp_path / "desk.db"
    name, published = HAND_ADDED[1].values[:2]
    assert run("--db", db, "ingest", FIXTURES / f"{name}.txt", "--date", published).exit_code == 0
    store = Store.open(db, "check")
    extracted = store.claims(article_id=1)[0]
    store.close()
    first = run(
        "--db", db, "claim", "add", 1, "--start", extracted["start"], "--end", extracted["end"]
    )
    assert first.exit_code == 0, first.output
    assert first.stderr.strip() == f"warning: claim 1 (id {extracted['id']}) already on these words"
    again = run(
        "--db", db, "claim", "add", 1, "--start", extracted["start"], "--end", extracted["end"]
    )
    added_first = first.stdout.split(" added")[0]
    assert again.stderr.strip() == (
        f"warning: claim 1 (id {extracted['id']}), {added_first} already on these words"
    )


def test_the_app_says_when_a_claim_is_added_on_an_existing_claims_words(tmp_path):
    """The same in the app: `a` on the words of claim 1 adds the claim and says which
    claims were already there."""
    name, published = HAND_ADDED[1].values[:2]
    text = _article(name)
    store = Store.open(tmp_path / "tui.db", "ana")
    article = store.ingest(text, extract(text, None, date.fromisoformat(published))).article_id
    extracted = store.claims(article_id=article)[0]

    async def scenario(app, pilot):
        await pilot.press("a")
        area = app.screen.query_one(TextArea)
        area.selection = Selection(
            area.document.get_location_from_index(extracted["start"]),
            area.document.get_location_from_index(extracted["end"]),
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert f"claim 1 (id {extracted['id']}) already on these words" in said

    run_app(store, scenario, article_id=article)
    reopened = Store.open(store.path, "check")
    assert [c["text"] for c in reopened.claims() if c["origin"] == "analyst"] == [extracted["text"]]
    reopened.close()
