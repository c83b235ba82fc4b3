"""Extraction quality floors, measured with the fixtures' matching rule."""

import pytest

from tests.conftest import FIXTURES
from workbench.evaluate import evaluate, evaluate_file, score_claims, speaker_matches
from workbench.extract import Claim, DateMention


@pytest.fixture(scope="module")
def scores(french_nlp):
    return evaluate(sorted(FIXTURES.glob("*.gold.json")))


def test_sample_article_floors(french_nlp):
    score = evaluate_file(FIXTURES / "ukraine-atacms-fr.gold.json").to_dict()
    assert score["recall"] == 1.0
    assert score["precision"] >= 0.9
    assert score["number_accuracy"] == 1.0
    assert score["date_accuracy"] == 1.0
    assert score["speaker_accuracy"] >= 0.95
    assert score["date_mentions_found"] == 1.0


def test_pooled_floors(scores):
    articles, pooled = scores
    assert len(articles) >= 5
    assert pooled.recall >= 0.95
    assert pooled.precision >= 0.9
    assert pooled.to_dict()["number_accuracy"] >= 0.95
    assert pooled.to_dict()["date_accuracy"] >= 0.95
    assert pooled.to_dict()["speaker_accuracy"] >= 0.9


def test_matching_rule_needs_half_the_core_and_rejects_paragraphs():
    text = "A" * 50 + " the core claim is here " + "B" * 500
    gold = {"claims": [{"id": "c", "core": "the core claim is here"}], "dates": []}
    start = text.index("the core")
    half = Claim(start, start + 12, text[start : start + 12])
    too_little = Claim(start, start + 5, text[start : start + 5])
    paragraph = Claim(0, 520, text[:520])
    assert score_claims(gold, text, [half], "x").found == 1
    assert score_claims(gold, text, [too_little], "x").found == 0
    result = score_claims(gold, text, [paragraph], "x")
    assert result.found == 0 and result.relevant == 1


def test_speaker_rule():
    assert speaker_matches("Zelensky", "Volodymyr Zelensky")
    assert speaker_matches("ministère de la défense russe", "ministère de la défense russe")
    assert not speaker_matches("il", "Volodymyr Zelensky")
    assert not speaker_matches("Donald Trump", "Volodymyr Zelensky")
    assert not speaker_matches(None, "Volodymyr Zelensky")


def test_dates_are_scored_at_their_granularity():
    text = "Il a parlé mi-septembre."
    gold = {
        "claims": [
            {"id": "c", "core": text, "dates": [{"text": "mi-septembre", "iso": "2024-09"}]}
        ],
        "dates": [],
    }
    right = Claim(0, len(text), text, dates=[DateMention("mi-septembre", "2024-09-15", 11, 23)])
    wrong = Claim(0, len(text), text, dates=[DateMention("mi-septembre", "2023-09", 11, 23)])
    assert score_claims(gold, text, [right], "x").dates == [1, 1]
    assert score_claims(gold, text, [wrong], "x").dates == [0, 1]
