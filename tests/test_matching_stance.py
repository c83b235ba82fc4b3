"""A claim's stance (it states, denies or asks for its fact) and figures that never meet:
two reports of one event that share their people and words and still say two things."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workbench.matching.evaluate import load_pairs, precision_at_recall
from workbench.matching.features import features
from workbench.matching.matcher import model
from workbench.matching.signature import text_signature
from workbench.matching.stance import stance, stance_words

DAY = date(2009, 3, 16)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le gouvernement a annoncé la fermeture de l'usine.", "fr", set()),
        ("Il n’a pas été arrêté.", "fr", {"not"}),
        ("Le déficit ne descendra pas sous les 5 %.", "fr", {"not"}),
        # "ne ... que" says "only": no negation
        ("L'origine n'a été identifiée que la semaine dernière.", "fr", set()),
        ("Aucun accord n'a été trouvé.", "fr", {"not"}),
        ("L'opposition a appelé lundi à l'arrestation du président.", "fr", {"asked"}),
        ("Les syndicats réclament une hausse de 5 %.", "fr", {"asked"}),
        ("The army refused to arrest the president.", "en", {"not"}),
        ("He won’t resign.", "en", {"not"}),
        ("The ministry denied reports of his death.", "en", {"not"}),
        ("Rajoelina called for the arrest of the president.", "en", {"asked"}),
        ("Supporters are looking to the council to annul the results.", "en", {"asked"}),
        ("The council annulled the results from seven regions.", "en", set()),
    ],
)
def test_a_claims_stance_is_read_from_its_grammar_words(text, language, expected):
    assert stance(text, language) == expected


def test_the_words_of_a_stance_are_quoted_as_written():
    assert stance_words("Il n’a pas été arrêté.", "fr")["not"] == ("n’a pas",)


def test_asked_for_and_refused_are_two_facts_in_any_language_pair():
    """The same people and act, asked for in one report and refused in the other: evidence
    against one claim, which the model weighs against it; the same stance across languages
    is none."""
    asked_fr = text_signature(
        "Le chef de l'opposition Andry Rajoelina a appelé lundi à l'arrestation du président "
        "Marc Ravalomanana.",
        "fr",
        DAY,
    )
    asked_en = text_signature(
        "Opposition leader Andry Rajoelina on Monday called for the arrest of President Marc "
        "Ravalomanana.",
        "en",
        DAY,
    )
    refused = text_signature(
        "The army refused on Monday to arrest President Marc Ravalomanana.", "en", DAY
    )
    assert features(asked_fr, asked_en)["stance apart"] == 0.0
    apart = features(asked_fr, refused)
    assert apart["stance apart"] == 1.0
    assert model().explain(apart)["stance apart"] < 0


def test_figures_that_never_meet_are_never_one_claim():
    """ "Five dead" and "four dead" in reports of one fire share everything else: never one
    claim (the pair may be one fact told with another figure, which `decided` says)."""
    five = text_signature("Five people died in the fire in Marseille on Monday.", "en", DAY)
    four = text_signature("Four people died in the fire in Marseille on Monday.", "en", DAY)
    found = features(five, four)
    assert found["other figure"] == 1.0
    assert model().probability(found) == 0.0
    same = text_signature("Five people were killed in the fire in Marseille on Monday.", "en", DAY)
    assert model().probability(features(five, same)) > model().threshold


def test_the_blind_pair_set_scored_by_the_shipped_matcher():
    """The trial pair set (labelled before it was ever scored, never trained on): precision
    at recall 0.8 of the shipped matcher. 0.870 before stances and figures that never meet;
    0.941 with them."""
    folder = FIXTURES / "matching-trials"
    pairs = [
        p for p in load_pairs([(folder / "claims.jsonl", folder / "pairs.jsonl")]) if p.labelled
    ]
    used = model()
    scores = [used.probability(p.evidence) for p in pairs]
    assert precision_at_recall(scores, [p.same for p in pairs], 0.8) >= 0.92  # 0.941


def test_no_verdict_is_reused_between_claims_of_another_stance(tmp_path):
    """A verdict on "the mayor called for the closure" says nothing true of "the mayor
    refused to close" (a trial's pair, suggested at 1.00: the same names and words): reuse
    is refused with the two stances and their words, nothing written; the match alone can
    be confirmed."""
    from tests.test_cli_matches import _article
    from workbench.store import Store
    from workbench.store.errors import InvalidInput

    store = Store.open(tmp_path / "stance.db", "ana")
    said = {}
    for title, sentence in (
        ("Asked", "Mayor Claire Dumontel called for the closure of the D12 road after 3 dead."),
        ("Refused", "Mayor Claire Dumontel refused to close the D12 road after 3 dead."),
    ):
        stored = store.ingest(*_article([(sentence, "3")]), title=title)
        said[title] = store.claims(article_id=stored.article_id)[0]["id"]
    (match,) = [m for m in store.matches(said["Refused"]) if m["state"] == "suggested"]
    store.set_verdict(said["Asked"], "true", "The mayor's letter of Thursday")
    history = store.db["history"].count
    with pytest.raises(InvalidInput) as refused:
        store.confirm_match(match["id"], said["Refused"], reuse=True)
    assert str(refused.value).startswith(
        f"claim {said['Refused']} denies or refuses it (“refused”) where claim {said['Asked']} "
        "asks for it (“called for”): its verdict and sources are not reused"
    )
    assert store.db["history"].count == history
    assert store.claim(said["Refused"])["verdict"] is None
    store.confirm_match(match["id"], said["Refused"])
    assert store.matches(said["Refused"])[0]["state"] == "confirmed"
    store.close()
