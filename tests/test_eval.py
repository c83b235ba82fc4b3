"""Extraction quality floors, measured with the fixtures' matching rule."""

import pytest

from tests.conftest import FIXTURES
from workbench.evaluate import Score, evaluate, evaluate_file, score_claims, speaker_matches
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
    assert score["speaker_accuracy"] == 1.0
    assert score["date_mentions_found"] == 1.0


SET_D = {
    "ukraine-atacms-fr.gold.json",
    "voa60-afrique-2021-12-10-fr.gold.json",
    "wikitribune-2017-fr.gold.json",
    "italy-earthquake-2009-en.gold.json",
    "angola-election-2012-en.gold.json",
}


def test_first_five_articles_keep_their_floors(scores):
    articles, _ = scores
    pooled = Score()
    for score in articles:
        if score.name in SET_D:
            pooled.add(score)
    assert pooled.required > 0
    assert pooled.recall >= 0.95
    assert pooled.precision >= 0.9
    assert pooled.to_dict()["number_accuracy"] >= 0.95
    assert pooled.to_dict()["date_accuracy"] >= 0.95
    assert pooled.to_dict()["speaker_accuracy"] >= 0.9


def test_pooled_floors_over_every_development_article(scores):
    """Issue 11's floors over the 19 development articles."""
    articles, pooled = scores
    assert len(articles) >= 19
    figures = pooled.to_dict()
    assert pooled.recall >= 0.95
    assert pooled.precision >= 0.9
    assert figures["number_accuracy"] >= 0.97
    assert figures["date_accuracy"] >= 0.95
    assert figures["speaker_accuracy"] >= 0.9
    assert figures["tightness"] >= 0.75
    assert figures["separate"] >= 0.9


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


def test_tightness_is_overlap_over_union_of_the_best_span():
    text = "Le ministère a assuré que l'Ukraine avait utilisé six missiles."
    core = "l'Ukraine avait utilisé six missiles"
    gold = {"claims": [{"id": "c", "core": core}], "dates": []}
    start = text.index(core)
    sentence = Claim(0, len(text), text)
    clause = Claim(start, start + len(core), core)
    assert score_claims(gold, text, [sentence], "x").tightness == len(core) / len(text)
    assert score_claims(gold, text, [sentence, clause], "x").tightness == 1.0
    assert score_claims(gold, text, [], "x").tightness is None


def test_separate_counts_claims_some_span_finds_alone():
    text = "X said that A happened here, adding that B happened there."
    first, second = "A happened here", "B happened there"
    gold = {
        "claims": [
            {"id": "a", "core": first},
            {"id": "b", "core": second},
            {"id": "o", "core": "X said", "optional": True},
        ],
        "dates": [],
    }
    whole = Claim(0, len(text), text)
    a_start, b_start = text.index(first), text.index(second)
    a_alone = Claim(a_start, a_start + len(first), first)
    b_alone = Claim(b_start, b_start + len(second), second)
    assert score_claims(gold, text, [whole], "x").separate == 0
    assert score_claims(gold, text, [whole, a_alone], "x").separate == 1
    both = score_claims(gold, text, [a_alone, b_alone], "x")
    assert both.separate == 2 and both.separate_share == 1.0
    pooled = Score()
    pooled.add(both)
    pooled.add(score_claims(gold, text, [whole], "y"))
    assert pooled.separate_share == 0.5
    assert pooled.tightness == pytest.approx((2 + (len(first) + len(second)) / len(text)) / 4)


@pytest.mark.parametrize(
    "content",
    [
        "",
        "not json",
        '{"a": 1}',
        "[1, 2]",
        '{"article": "x.txt", "publication_date": "soon", "claims": []}',
        '{"article": "missing.txt", "publication_date": "2024-01-01", "claims": []}',
    ],
)
def test_a_file_that_is_not_a_gold_file_is_one_error_line(tmp_path, content):
    from click.testing import CliRunner

    from workbench.cli import main

    gold = tmp_path / "bad.gold.json"
    gold.write_text(content, encoding="utf-8")
    (tmp_path / "x.txt").write_text("Un article.", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "bad.gold.json" in lines[0]
