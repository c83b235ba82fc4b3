"""A suggestion the matcher makes while storing an article is explained in the claims' words
when it is read (the writer stores only a mark): the card, `show`, the report and a dump read
what working it out at storing time gave, and a suggestion an analyst decided, or whose
claim is dated again, keeps saying what the matcher compared."""

from __future__ import annotations

from datetime import date

from tests.test_matching import two_languages  # noqa: F401  (the fixture)
from workbench.extract import extract
from workbench.matching.explain import details
from workbench.matching.prepare import prepare_claim
from workbench.matching.sides import UNRENDERED, flipped
from workbench.matching.suggest import written
from workbench.store import Store


def _stored(store) -> dict[int, str]:
    return dict(store.db.execute("SELECT id, evidence FROM claim_matches").fetchall())


def _said_at_storing(store, claim_id: int, other_id: int) -> dict:
    """The explanation as the ingest worked it out before: from the claims' preparation (an
    extraction worker's signatures), in their words."""
    mine, theirs = store.claims_by_id([claim_id]), store.claims_by_id([other_id])
    return details(
        prepare_claim(mine[0]).signature,
        prepare_claim(theirs[0]).signature,
        written(mine[0]),
        written(theirs[0]),
    )


def test_an_ingests_suggestions_are_explained_when_read_as_when_stored(two_languages):  # noqa: F811
    store = two_languages
    stored = _stored(store)
    assert stored and set(stored.values()) == {UNRENDERED}
    pairs = store.db.execute(
        "SELECT id, claim_id, other_claim_id FROM claim_matches WHERE other_claim_id IS NOT NULL"
    ).fetchall()
    for match_id, claim_id, other_id in pairs:
        said = _said_at_storing(store, claim_id, other_id)
        assert said
        read = next(m for m in store.matches(claim_id) if m["id"] == match_id)
        assert read["evidence"] == said
        seen_from_there = next(m for m in store.matches(other_id) if m["id"] == match_id)
        assert seen_from_there["evidence"] == flipped(said)
    # a dump carries the explanations said, readable by any workbench
    dumped = store.dump([store.french, store.english])["tables"]["claim_matches"]
    assert dumped and all(row["evidence"] != UNRENDERED for row in dumped)


def test_a_decided_suggestion_keeps_what_the_matcher_compared(two_languages):  # noqa: F811
    store = two_languages
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    match = next(m for m in store.matches(six_en) if m["other_claim_id"] == six_fr)
    before = match["evidence"]
    assert before["figures"]["same"]
    store.decide_match(match["id"], "confirmed", claim_id=six_en)
    assert _stored(store)[match["id"]] != UNRENDERED
    figures = store.claim(six_fr)["numbers"]
    store.edit_claim(
        six_fr,
        numbers=[{**n, "value": 900.0, "text": "900"} if n["value"] == 6 else n for n in figures],
    )
    kept = next(m for m in store.matches(six_en) if m["id"] == match["id"])
    assert kept["state"] == "confirmed"
    assert kept["evidence"] == before


def test_a_suggestion_whose_claim_is_dated_again_keeps_its_dates(tmp_path):
    # Dated again (its article's publication date corrected), a claim is indexed again, not
    # matched again: its suggestions keep the score and the dates the matcher compared.
    store = Store.open(tmp_path / "dated.db", "ana")
    # The day of the fact, not of a statement (a statement's day is not compared).
    french = (
        "Douze personnes ont été tuées mardi dans l'explosion d'un dépôt de carburant à "
        "Kaboul, selon le ministère de la Santé."
    )
    english = (
        "Twelve people were killed on Tuesday in the explosion of a fuel depot in Kabul, the "
        "health ministry said."
    )
    store.ingest(french, extract(french, "fr", date(2024, 11, 21)), title="fr")
    article = store.ingest(english, extract(english, "en", date(2024, 11, 21)), title="en")
    (claim,) = store.claims(article_id=article.article_id)
    (match,) = store.matches(claim["id"])
    assert match["evidence"]["dates"] == [["2024-11-19"], ["2024-11-19"]]
    assert store.set_published(article.article_id, "2024-12-05").claims == [claim["id"]]
    assert store.claim(claim["id"])["dates"][0]["iso"] != "2024-11-19"
    (kept,) = store.matches(claim["id"])
    assert (kept["score"], kept["evidence"]) == (match["score"], match["evidence"])


def read(text: str, language: str):
    """A claim's signature and its words as stored, read on 2026-11-25 by the extractor's
    own figures."""
    from workbench.extract.mentions import figures_and_dates
    from workbench.matching.explain import Written
    from workbench.matching.signature import text_signature

    day = date(2026, 11, 25)
    numbers, _ = figures_and_dates(text, day, language)
    stored = [{"text": n.text, "value": n.value} for n in numbers]
    return text_signature(text, language, day), Written(text, stored, None, language)


def test_an_estimate_that_meets_a_figure_is_explained_with_its_words():
    """A trial: "31,5 milliards = 30 billion" read as two outlets agreeing, where one wrote
    "about 30 billion" (an estimate within reach of the other figure)."""
    (a, mine), (b, theirs) = (
        read("Le plan prévoit 31,5 milliards d'euros d'économies.", "fr"),
        read("The plan includes about 30 billion euros of savings.", "en"),
    )
    assert details(a, b, mine, theirs)["figures"]["same"] == [
        ["31,5 milliards", "about 30 billion"]
    ]


def test_a_figure_said_by_its_order_of_size_is_not_quoted_for_another():
    """A count said by its order of size ("Thousands") is no figure of the signature: the
    explanation quoted the claim's figures by position and said "Thousands = Douze" for the
    12 dead that met."""
    (a, mine), (b, theirs) = (
        read("Thousands fled the city and 12 people died, officials said.", "en"),
        read("Douze personnes sont mortes dans la ville.", "fr"),
    )
    assert details(a, b, mine, theirs)["figures"]["same"] == [["12", "Douze"]]
