"""Across articles: the matcher on the gold pairs, disagreement flags, ClaimReview import,
suggested matches with decisions in history, and the timeline."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from workbench.cli import main
from workbench.extract import extract
from workbench.matching.claimreview import parse
from workbench.matching.disagreement import _flag, disagreements, figures_of
from workbench.matching.evaluate import (
    average_precision,
    cross_validate,
    evaluate,
    precision_at_recall,
)
from workbench.store import InvalidInput, Store

ENGLISH_REPORT = (
    "Russia's defence ministry said Ukraine fired six US-made ATACMS missiles at a facility "
    "in the Bryansk region on Tuesday.\n\n"
    "Vladimir Putin lowered the threshold for a nuclear strike, signing a decree that "
    "broadens the conditions for using nuclear weapons.\n\n"
    "A Russian drone strike killed eleven people overnight into Tuesday, officials said."
)


@pytest.fixture(scope="module")
def dev_pairs(french_nlp):
    from workbench.matching.evaluate import load_pairs

    folder = FIXTURES / "matching-dev"
    return load_pairs([(folder / "claims.jsonl", folder / "pairs.jsonl")])


def test_scores_on_the_development_pairs(dev_pairs):
    """Floors at what the matcher reaches (README, "Across articles"), in-sample with the
    shipped model and leave-one-cluster-out with the model refitted without each event."""
    shipped = evaluate(dev_pairs)
    assert shipped["overall"]["pairs"] == 132 and shipped["cross_language"]["pairs"] == 55
    assert shipped["overall"]["pr_auc"] >= 0.90  # 0.918
    # 0.621 (2.3455e648; 0.655 with 2.6a72213b, 0.690 with 2.e73387dd, whose threshold was 0.055)
    assert shipped["cross_language"]["recall"] >= 0.60
    held_out = cross_validate(dev_pairs)
    assert held_out["clusters"] == [
        "benin",
        "bongo",
        "ivorycoast",
        "madagascar",
        "mauritania",
        "togo",
    ]
    assert held_out["overall"]["pr_auc"] >= 0.88  # 0.892
    assert held_out["overall"]["precision_at_recall_0.8"] >= 0.90  # 0.920 (goal 0.9)
    assert held_out["cross_language"]["precision_at_recall_0.8"] >= 0.85  # 0.871
    assert held_out["cross_language"]["recall"] >= 0.75  # 0.793 (goal 0.7)


def test_a_rounded_figure_meets_its_precise_value_but_two_precise_values_differ():
    """53% rounds 53.31%; magnitudes of 6.3 (USGS) and 5.8 (INGV) are two measurements,
    though both round to 6 (they counted as one figure, "same figure, same count")."""
    from workbench.matching.features import _close
    from workbench.matching.signature import Figure

    def figure(value: float) -> Figure:
        return Figure(value, None, frozenset())

    assert _close(figure(53), figure(53.31)) and _close(figure(53.31), figure(53))
    assert not _close(figure(6.3), figure(5.8))
    assert not _close(figure(53.4), figure(52.6))
    assert not _close(figure(6), figure(7))


def test_an_age_counts_years_and_a_duration_meets_it_in_another_unit():
    """ "elle avait 81 ans" and "at the age of 81" count one thing (an age is years: they
    met only as a bare shared number); "within 60 days" and "in two months" are one figure
    (they were "figures apart"), and so are hours and days."""
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature

    def evidence(first: str, second: str) -> dict[str, float]:
        day = date(2024, 1, 1)
        return features(text_signature(first, "fr", day), text_signature(second, "en", day))

    age = evidence("Elle avait 81 ans.", "The writer died in Paris at the age of 81.")
    assert age["same figure, same count"] == 1.0 and not age["shared figure"]
    months = evidence(
        "La loi prévoit une élection dans les deux mois.",
        "The law calls for a vote within 60 days.",
    )
    assert months["same figure, same count"] == 1.0 and not months["figures apart"]
    other = evidence("Le vote aura lieu dans deux mois.", "The vote is within 90 days.")
    assert other["figures apart"] == 1.0
    # A trial: hours were no duration, and "36 heures" / "a day and a half" were apart.
    hours = evidence(
        "L'autoroute est restée fermée pendant 36 heures.",
        "The motorway was closed for a day and a half.",
    )
    assert hours["same figure, same count"] == 1.0 and not hours["figures apart"]
    minutes = evidence("Le feu a mis 90 minutes à traverser le village.", "It took two hours.")
    assert minutes["figures apart"] == 1.0


def test_a_count_said_by_its_order_of_size_is_no_figure_to_match_or_set_against():
    """ "thousands of people" reads as at least 2,000 (the extractor's lower bound): two
    unrelated events' "some 2,000 people have fled" and "leaving thousands of people
    homeless" met as one figure (0.81 on the 19 fixture articles), and "des milliers" would
    disagree with "12 000"."""
    from workbench.matching.disagreement import disagreements, figures_of
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature

    day = date(2009, 4, 7)
    evidence = features(
        text_signature("Some 2,000 people have fled the fighting in Mogadishu.", "en", day),
        text_signature(
            "The quake destroyed homes, leaving thousands of people homeless.", "en", day
        ),
    )
    assert not evidence["same figure, same count"] and not evidence["shared figure"]
    assert text_signature("Des milliers de manifestants ont défilé.", "fr", day).figures == ()

    def said(text: str, written: str, value: float) -> list:
        number = {"text": written, "value": value, "unit": "manifestants", "approximate": True}
        return figures_of([number], text, "x", "fr")

    thousands = said("Des milliers de manifestants ont défilé.", "milliers", 2000)
    counted = said("Quelque 12 000 manifestants ont défilé.", "12 000", 12000)
    assert not disagreements(thousands, counted) and not disagreements(counted, thousands)


def test_the_words_of_an_estimate_are_no_content_words():
    """A trial: "près de 80 % des salariés" met "shares closed down 8.4%" through "près"
    (close), and the two, different facts, were suggested at 0.99 as one fact with another
    figure."""
    from workbench.matching.signature import text_signature
    from workbench.matching.words import content_stems

    assert content_stems("près de 80 % des salariés, environ 900", "fr") == ["salari"]
    assert content_stems("nearly 80% of the staff, roughly 900", "en") == ["staff"]
    day = date(2026, 11, 26)
    french = text_signature("Norvalis emploie près de 80 % des salariés du site.", "fr", day)
    english = text_signature("Norvalis shares closed down 8.4% in Paris.", "en", day)
    # only the company's name is left for the two to share
    assert [w for w in french.senses if w & english.every_sense] == [frozenset({"~norva"})]


def test_a_count_of_people_meets_a_count_of_a_kind_of_person_to_whom_the_same_befell():
    """A trial: "douze personnes ont été tuées" and "twelve passengers died" never met (the
    passengers were counted as passengers, the people as the dead); a noun whose commonest
    sense in WordNet names a kind of person now counts people of that kind. Two kinds of
    people are still two counts, and so are the dead and the injured."""
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature
    from workbench.matching.wordnet import person_nouns

    assert {"passenger", "patient", "villager", "employee"} <= person_nouns()
    assert not {"day", "missile", "percent", "voice"} & person_nouns()

    def counted(first: str, second: str) -> bool:
        day = date(2024, 1, 1)
        evidence = features(text_signature(first, "fr", day), text_signature(second, "en", day))
        return evidence["same figure, same count"] == 1.0

    assert counted("Douze personnes ont été tuées.", "Twelve passengers died.")
    assert counted("Le naufrage a fait 85 blessés.", "85 passengers were injured.")
    assert counted("Au moins 85 employés ont été licenciés.", "85 people lost their jobs.")
    assert not counted("Douze soldats ont été tués.", "Twelve civilians died.")
    assert not counted("Le naufrage a fait 85 morts.", "85 passengers were injured.")


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("une aide de 2,5 millions d'euros", "an aid of 2.5 million euros"),
        ("un prêt de 40 millions de livres sterling", "a loan of 40 million pounds"),
        ("une amende de 3 millions de dollars", "a fine of $3 million"),
    ],
)
def test_one_sum_in_one_currency_counts_the_same_in_either_language(french, english):
    """A trial: "2,5 millions d'euros" and "2.5 million euros" never met as one figure
    ("euros" had no English sense); each currency named, in words or by its sign, is known by
    the currencies it may name (the CLDR's names, through Babel)."""
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature

    day = date(2024, 1, 1)
    evidence = features(
        text_signature(f"Le ministère a annoncé {french}.", "fr", day),
        text_signature(f"The ministry announced {english}.", "en", day),
    )
    assert evidence["same figure, same count"] == 1.0
    other = features(
        text_signature(f"Le ministère a annoncé {french}.", "fr", day),
        text_signature("The ministry announced an aid of 2.5 million yen.", "en", day),
    )
    assert not other["same figure, same count"]


def test_two_shares_are_one_quantity_only_when_the_words_around_them_meet():
    """A share is a share of something: "près de 80 % des effectifs du site" and "shares
    closed down 8.4%" (a trial's pair, both naming the company) were set against each other
    as "another report gives another figure" (0.92). Shares of one thing still are ("les
    commandes ont chuté de 35 %" / "orders had fallen 40%")."""
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature

    def other_figure(first: str, second: str) -> float:
        day = date(2026, 11, 26)
        signatures = text_signature(first, "fr", day), text_signature(second, "en", day)
        return features(*signatures)["other figure"]

    assert not other_figure(
        "Norvalis supprime 1 150 emplois, soit près de 80 % des effectifs du site.",
        "Norvalis shares closed down 8.4% at 12.30 euros in Paris on Wednesday.",
    )
    assert other_figure(
        "Les commandes des constructeurs ont chuté de 35 % depuis janvier.",
        "Orders from carmakers had fallen 40% since January.",
    )


def test_a_share_money_or_a_measure_never_counts_the_same_as_people():
    """A percentage and a number of people are two counts, whatever words they share: "40 %
    of the country's electricity" and "injured about 40, the country's ministry said" met on
    "country" and counted as "same figure, same count" (a user's two articles, 0.64). Sums of
    money and sizes never count people either; two shares, or people and people, still do."""
    from workbench.matching.features import features
    from workbench.matching.signature import text_signature

    def evidence(first: str, second: str) -> dict[str, float]:
        day = date(2024, 1, 1)
        return features(text_signature(first, "fr", day), text_signature(second, "en", day))

    share = evidence(
        "Le port assure environ 30 % des exportations du pays.",
        "The storm killed 5 people and injured about 30 across the country, officials said.",
    )
    assert not share["same figure, same count"]
    money = evidence(
        "Les inondations ont détruit 12 millions d'euros de récoltes dans la région.",
        "Floods killed 12 million cattle and 12 million people in the region.",
    )
    assert not money["same figure, same count"]
    size = evidence(
        "La coulée a recouvert 60 hectares du village.",
        "The mudslide buried 60 villagers, the village head said.",
    )
    assert not size["same figure, same count"]
    shares = evidence(
        "Le port assure environ 30 % des exportations du pays.",
        "The port handles around 30 percent of the country's exports.",
    )
    assert shares["same figure, same count"] == 1.0
    people = evidence(
        "La tempête a tué cinq personnes dans le pays.",
        "The storm killed 5, officials in the country said.",
    )
    assert people["same figure, same count"] == 1.0


def test_one_shared_word_does_not_make_two_speakers_one():
    """Speakers agree by how much of each one's description the other covers, or by their
    names: two institutes of two countries are two speakers (one shared sense made them
    one), a ministry named in each language is one."""
    from workbench.matching.features import features
    from workbench.matching.signature import signature

    def said(speaker: str, language: str):
        return signature("Le séisme a atteint une magnitude.", [], [], speaker, language)

    usgs = said("L'institut américain USGS", "fr")
    ingv = said("l'Institut national de géophysique italien", "fr")
    assert features(usgs, ingv)["same speaker"] < 0.5 < features(usgs, ingv)["other speaker"]
    ministry = said("Le ministère de la défense russe", "fr")
    english = said("Russia's defence ministry", "en")
    assert features(ministry, english)["same speaker"] == 1.0
    assert features(said("Volodymyr Zelensky", "fr"), said("Zelenskiy", "en"))["same speaker"] > 0.8


def test_an_undated_claim_is_read_as_of_its_articles_day():
    """A claim that gives no date reports its article's news: a date the other claim gives
    that does not agree with that day is a date that disagrees (the MPLA's 82 percent "in
    2008" against an undated report of 2012), never a same day; without a known day (or
    when the day agrees at the dated claim's granularity) it is no evidence."""
    from workbench.matching.features import features
    from workbench.matching.signature import signature

    dated = signature(
        "The MPLA received 82 percent of the vote in 2008.", [], [{"iso": "2008"}], None, "en"
    )

    def undated(published: str | None):
        text = "Le MPLA a obtenu près des trois quarts des voix."
        return signature(text, [], [], None, "fr", published)

    evidence = features(dated, undated("2012-08-31"))
    assert evidence["other date"] == 1.0 and evidence["same day"] == 0.0
    assert features(undated("2012-08-31"), dated)["other date"] == 1.0  # either side
    assert features(dated, undated("2008-09-07"))["other date"] == 0.0  # the same year
    assert features(dated, undated(None))["other date"] == 0.0  # no known day
    # Two undated claims, or two dated ones, are compared as before: by their own dates.
    assert features(undated("2012-08-31"), undated("2008-09-07"))["other date"] == 0.0
    both = signature("x", [], [{"iso": "2008"}], None, "en", "2012-08-31")
    assert features(dated, both)["other date"] == 0.0


def test_yesterdays_event_agrees_with_todays_undated_report_and_a_statement_day_is_no_fact_day():
    """A report tells of the last days' events and the coming days' plans: an undated claim
    agrees with a date within a week of its article's day (a tester's French "Trois
    personnes sont mortes", published on Wednesday, was held apart from "three people died
    on Tuesday"); the day something was said ("mardi", role "statement") is not the day of
    the fact, and is not compared."""
    from workbench.matching.features import features
    from workbench.matching.signature import signature

    def dated(iso: str, role: str | None = None):
        text = "Three people died in the outbreak."
        return signature(text, [], [{"iso": iso, "role": role}], None, "en", "2026-11-25")

    undated = signature("Trois personnes sont mortes.", [], [], None, "fr", "2026-11-25")
    assert features(dated("2026-11-24"), undated)["other date"] == 0.0  # yesterday
    assert features(dated("2026-11-27"), undated)["other date"] == 0.0  # planned, Friday
    assert features(dated("2026-11"), undated)["other date"] == 0.0
    assert features(dated("2026-10-14"), undated)["other date"] == 1.0  # six weeks before
    assert features(dated("2025"), undated)["other date"] == 1.0
    # Said on Tuesday: the claim gives no date of its fact.
    said = dated("2026-11-24", "statement")
    assert said.dates == frozenset()
    assert features(said, dated("2026-11-20"))["other date"] == 0.0  # it was 24 against 20


def test_undated_claims_of_articles_weeks_apart_are_never_one_claim():
    """Each undated claim tells its article's news (within a week of its day), so two from
    articles more than two weeks apart tell two facts: the four generals detained in
    Madagascar (March 2009) and the four dismissed in Mauritania (August 2008) came out one
    claim at 0.92. Known only when both articles' days are known and neither claim dates
    its fact."""
    from workbench.matching.features import features
    from workbench.matching.matcher import model
    from workbench.matching.signature import signature

    def said(text: str, language: str, published: str | None, dates=()):
        return signature(text, [], [{"iso": iso} for iso in dates], None, language, published)

    detained = "Four Army generals were detained."
    dismissed = "Le président a limogé quatre généraux."
    apart = features(said(detained, "en", "2009-03-17"), said(dismissed, "fr", "2008-08-06"))
    assert apart["news apart"] == 1.0
    assert model().probability(apart) == 0.0
    assert model().out_of_reach(apart)
    week = features(said(detained, "en", "2009-03-17"), said(dismissed, "fr", "2009-03-10"))
    assert week["news apart"] == 0.0
    assert (
        features(said(detained, "en", None), said(dismissed, "fr", "2008-08-06"))["news apart"]
        == 0.0
    )  # a day assumed from the ingest tells nothing
    dated = said(dismissed, "fr", "2008-08-06", ["2009-03-16"])
    assert features(said(detained, "en", "2009-03-17"), dated)["news apart"] == 0.0


def test_a_fact_checks_claim_is_no_news_of_a_day():
    """A fact-check's claim is a claim in circulation, which a report of any later day may
    repeat: never "news apart" from an article's undated claim, however old the check."""
    from workbench.matching.features import features
    from workbench.matching.signature import signature
    from workbench.matching.suggest import review_signature

    review = review_signature(
        {"claim_reviewed": "Four Army generals were detained.", "item_date": "2009-03-17"}
    )
    assert not review.news and review.published == "2009-03-17"
    later = signature("Four Army generals were detained.", [], [], None, "en", "2010-06-01")
    assert features(review, later)["news apart"] == 0.0
    assert features(later, review)["news apart"] == 0.0


def test_days_that_never_agree_are_apart_whatever_coarser_date_stands_beside_them():
    """ "Rajoelina, who ousted the president earlier this week, was sworn in on Saturday" and
    "soldiers seized the presidential office on Monday": "this week", read as its month,
    covered Monday, and the two days counted as dates that agree. A coarser date alone still
    agrees with a day it holds."""
    from workbench.matching.features import features
    from workbench.matching.signature import signature

    def dated(*isos: str):
        text = "The opposition leader took office."
        return signature(text, [], [{"iso": iso} for iso in isos], None, "en", "2009-03-23")

    sworn = dated("2009-03", "2009-03-21")
    assert features(sworn, dated("2009-03-16"))["other date"] == 1.0
    assert features(dated("2009-03-16"), sworn)["other date"] == 1.0  # either side
    assert features(sworn, dated("2009-03-21"))["same day"] == 1.0
    assert features(dated("2009-03"), dated("2009-03-16"))["other date"] == 0.0
    assert features(sworn, dated("2009-03"))["other date"] == 0.0


def test_matching_reads_an_articles_day_unless_it_was_assumed(tmp_path):
    """The store hands matching each claim's article day, none for a day assumed from the
    ingest; an extraction worker prepares claims with the day it was given."""
    from workbench.ingest.work import extract_batch

    text = "The MPLA received 82 percent of the vote, the electoral commission said."
    store = Store.open(tmp_path / "days.db", "marie")
    given = store.ingest(text, extract(text, "en", date(2012, 8, 31))).article_id
    other = "The ruling party won 72 percent of the vote, officials said."
    assumed = store.ingest(
        other, extract(other, "en", date(2026, 1, 5)), published_assumed=True
    ).article_id
    assert {c["published"] for c in store.claims_to_match(given)} == {"2012-08-31"}
    assert {c["published"] for c in store.claims_to_match(assumed)} == {None}
    claim_ids = [c["id"] for c in store.claims_to_match(given)]
    assert {c["published"] for c in store.claims_by_id(claim_ids)} == {"2012-08-31"}
    (worked,) = extract_batch([(text, "en", date(2012, 8, 31))])
    assert {c.signature.published for c in worked.prepared.claims} == {"2012-08-31"}
    (unknown,) = extract_batch([(text, "en", None)])
    assert {c.signature.published for c in unknown.prepared.claims} == {None}


def test_the_penalty_chosen_on_the_development_pairs_lies_inside_the_grid(dev_pairs):
    """A penalty chosen at the grid's edge says the best one may lie beyond it (0.1 was
    the grid's smallest, and the one chosen)."""
    from workbench.matching.evaluate import choose
    from workbench.matching.model import PENALTIES

    assert min(PENALTIES) < choose(dev_pairs)[0] < max(PENALTIES)


def test_negatives_drawn_from_other_clusters_are_fitted_on_never_scored(dev_pairs):
    """Claims of two clusters are two claims (the pair sets' rule): each claim's closest
    claims of other events, as retrieval would bring them, are negatives to fit on; the
    figures are the labelled pairs' alone."""
    from workbench.matching.evaluate import cluster
    from workbench.matching.suggest import CANDIDATES

    drawn = [p for p in dev_pairs if not p.labelled]
    labelled = {frozenset((p.a, p.b)) for p in dev_pairs if p.labelled}
    assert len(labelled) == 132 and len(drawn) > 1000
    assert all(cluster(p.a) != cluster(p.b) and not p.same for p in drawn)
    assert not labelled & {frozenset((p.a, p.b)) for p in drawn}
    per_claim: dict[str, int] = {}
    for p in drawn:
        per_claim[p.a] = per_claim.get(p.a, 0) + 1
    assert max(per_claim.values()) <= CANDIDATES


def _pairs(rows: list[tuple[float, bool]]) -> list:
    """Pairs of six made-up events whose only evidence is "shared words"."""
    from workbench.matching.evaluate import Pair
    from workbench.matching.features import FEATURES

    return [
        Pair(
            f"e{i % 6}-a-{i}",
            f"e{i % 6}-b-{i}",
            same,
            False,
            {**dict.fromkeys(FEATURES, 0.0), "shared words": value},
            "x",
        )
        for i, (value, same) in enumerate(rows)
    ]


def test_the_penalty_is_chosen_on_held_out_events():
    """Evidence that tells pairs apart earns a weak penalty (large weights; once the
    left-out pairs rank as well as they can, weaker ones are no better and the stronger of
    them is kept); evidence that says nothing about the labels, the strongest."""
    from workbench.matching.evaluate import choose_penalty
    from workbench.matching.model import PENALTIES

    separable = _pairs([(i / 60 + (0.5 if i % 2 else 0.0), bool(i % 2)) for i in range(60)])
    assert min(PENALTIES) <= choose_penalty(separable) <= 0.001
    noise = _pairs([((i * 7919 % 61) / 61, bool(i * 104729 % 3 == 0)) for i in range(60)])
    assert choose_penalty(noise) == max(PENALTIES)


def test_weights_keep_the_sign_of_their_evidence():
    """Evidence for a match never counts against one, evidence against never for one, even
    where the training pairs say otherwise (here "same day" fires on negatives only)."""
    from workbench.matching.model import fit

    rows = _pairs([(i / 40 + (0.5 if i % 2 else 0.0), bool(i % 2)) for i in range(40)])
    evidence = [
        {**p.evidence, "same day": float(not p.same and i % 4 == 0)} for i, p in enumerate(rows)
    ]
    model = fit(evidence, [p.same for p in rows], "", [])
    assert model.weights["same day"] == 0.0
    assert model.weights["shared words"] > 0


def test_irregular_english_forms_meet_their_base(monkeypatch, tmp_path):
    from workbench.matching import wordnet
    from workbench.matching.words import content_stems

    assert "win" in content_stems("Yayi won the vote", "en")  # as "wins" and "remporté"
    assert "rose" in content_stems("Senate President Rose Francine Rogombe", "en")  # a name
    monkeypatch.setattr(wordnet, "WORDNET", tmp_path)  # the package missing
    wordnet.irregular.cache_clear()
    try:
        assert wordnet.base_form("won") == "won"
        assert "wordnet-base" in (wordnet.status() or "")
    finally:
        monkeypatch.undo()
        wordnet.irregular.cache_clear()
    assert wordnet.status() is None


def test_precision_at_recall_and_average_precision():
    scores = [0.9, 0.8, 0.7, 0.6, 0.5]
    labels = [True, False, True, True, False]
    assert precision_at_recall(scores, labels, 0.8) == pytest.approx(0.75)
    assert average_precision(scores, labels) == pytest.approx((1 + 2 / 3 + 3 / 4) / 3)
    assert average_precision([0.5, 0.5], [True, False]) == pytest.approx(0.5)  # ties count once


def test_eval_matching_command(french_nlp, monkeypatch):
    monkeypatch.chdir(FIXTURES.parent)
    result = CliRunner().invoke(main, ["eval", "--matching"])
    assert result.exit_code == 0, result.output
    assert "cross-language" in result.output and "P@R0.8" in result.output
    assert "PR-AUC" in result.output
    explicit = CliRunner().invoke(
        main,
        [
            "eval",
            "--matching",
            "--cross-validate",
            "--json",
            str(FIXTURES / "matching" / "claims.jsonl"),
            str(FIXTURES / "matching" / "pairs.jsonl"),
        ],
    )
    data = json.loads(explicit.output)
    assert data["model"]["overall"]["pairs"] == 60
    assert data["leave-one-cluster-out"]["overall"]["pairs"] == 60
    odd = CliRunner().invoke(
        main, ["eval", "--matching", str(FIXTURES / "matching" / "claims.jsonl")]
    )
    assert odd.exit_code == 2 and "error:" in odd.output


def test_the_tuning_protocol_keeps_the_held_aside_clusters_out_of_the_fit(french_nlp):
    """`eval --matching --hold-aside C`: the tuning scores touch no pair of C, and C's pairs
    are scored by the model that never saw them (the helpers' own scripts did this before)."""
    dev = FIXTURES / "matching-dev"
    result = CliRunner().invoke(
        main, ["eval", "--matching", str(dev), "--hold-aside", "togo", "--json"]
    )
    assert result.exit_code == 0, result.output
    protocol = json.loads(result.output)["held_aside"]
    pairs = [json.loads(line) for line in (dev / "pairs.jsonl").read_text().splitlines()]
    touching = [p for p in pairs if "togo" in (p["a"].split("-")[0], p["b"].split("-")[0])]
    assert "togo" not in protocol["tuning"]["clusters"]
    assert protocol["tuning"]["overall"]["pairs"] == len(pairs) - len(touching)
    assert protocol["aside"]["overall"]["pairs"] == len(touching)
    assert not [
        d for d in json.loads(result.output)["model"]["decisions"] if "togo" in d["a"] + d["b"]
    ]
    alone = CliRunner().invoke(main, ["eval", "--hold-aside", "togo"])
    assert alone.exit_code == 2 and "--hold-aside goes with --matching" in alone.output


def _figures(text: str, language: str = "fr"):
    (claim,) = extract(text, language, date(2024, 11, 20)).claims
    return figures_of(claim.to_dict()["numbers"], text, "x")


def test_the_tuning_protocol_never_prints_a_held_aside_pair(french_nlp):
    """The shipped model's errors listed by `eval --matching --hold-aside C` leave out C's
    pairs (they were printed, so the held-aside clusters' pairs could be read)."""
    sets = [str(FIXTURES / "matching" / name) for name in ("claims.jsonl", "pairs.jsonl")]
    result = CliRunner().invoke(main, ["eval", "--matching", *sets, "--hold-aside", "ua"])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("    ")]
    assert errors and not [line for line in errors if "ua-" in line]
    assert "pairs touching the held-aside clusters" in result.output


def test_disagreements_are_found_and_only_for_the_same_quantity(french_nlp):
    eight = _figures("Les frappes ont coûté la vie à huit personnes, selon la police.")
    ten = _figures("Le bilan officiel fait état de dix morts, selon la police.")
    six_words = _figures("L'armée a tiré six missiles contre la ville.")
    six_digits = _figures("L'armée a tiré 6 missiles contre la ville.")
    about_ten = _figures("Environ 10 morts ont été recensés par la police.")
    assert [(a.value, b.value) for a, b in disagreements(eight, ten)] == [(8, 10)]
    assert disagreements(six_words, six_digits) == []
    assert disagreements(six_words, eight) == []  # missiles and the dead are not compared
    assert disagreements(ten, about_ten) == []


def test_figures_differ_as_the_matcher_reads_them(french_nlp):
    """An estimate meets an exact figure within the digit it is written to; two estimates
    of other values differ (as estimates), as they do for the matcher's "other figure"."""
    exact = _figures("La fermeture entraînera la suppression de 1 150 emplois.")
    rounded = _figures("La fermeture entraînera la suppression d'environ 1 200 emplois.")
    low = _figures("Il aurait touché quelque 2,3 millions d'euros de pots-de-vin.")
    high = _figures("Il aurait touché environ 2,4 millions d'euros de pots-de-vin.")
    ten = _figures("Le bilan officiel fait état de dix morts, selon la police.")
    about_eleven = _figures("Environ 11 morts ont été recensés par la police.")
    assert disagreements(exact, rounded) == []
    differing = disagreements(low, high)
    assert [(a.value, b.value) for a, b in differing] == [(2_300_000, 2_400_000)]
    assert _flag(*differing[0])["estimates"]  # both may be true: no contradiction
    assert [(a.value, b.value) for a, b in disagreements(ten, about_eleven)] == [(10, 11)]


def test_claimreview_parsing_valid_partial_and_malformed():
    review = {
        "@type": "ClaimReview",
        "claimReviewed": "Six missiles were fired",
        "url": "https://fc.example/1",
        "datePublished": "2024-11-21",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": "2",
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Mostly false",
        },
        "author": {"@type": "Organization", "name": "Desk"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"name": "Ministry"},
            "datePublished": "2024-11-19",
            "appearance": [{"url": "https://news.example/a"}],
        },
    }
    records, problems = parse(review)
    assert problems == [] and records[0]["rating_value"] == 2.0
    assert records[0]["appearance_url"] == "https://news.example/a"
    feed = {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [review]}]}
    assert len(parse(feed)[0]) == 1
    assert len(parse({"@graph": [review, review]})[0]) == 2
    partial = {**review, "url": "javascript:alert(1)"}
    no_rating = {k: v for k, v in review.items() if k != "reviewRating"}
    records, problems = parse([review, partial, no_rating, "text", {"@type": "Article"}])
    assert len(records) == 1 and len(problems) == 4
    assert any("url" in p for p in problems) and any("reviewRating" in p for p in problems)


@pytest.fixture
def two_languages(tmp_path, sample_text, sample_extraction):
    store = Store.open(tmp_path / "cross.db", "marie")
    french = store.ingest(sample_text, sample_extraction, title="Le Monde").article_id
    english = store.ingest(
        ENGLISH_REPORT, extract(ENGLISH_REPORT, "en", date(2024, 11, 19)), title="Wire"
    ).article_id
    store.french, store.english = french, english
    return store


def test_a_claim_reworded_in_the_other_language_is_suggested(two_languages):
    store = two_languages
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    matches = store.matches(six_en)
    assert matches[0]["other_claim_id"] == six_fr  # the best suggestion
    figure = {"same figure, same count", "shared figure"} & matches[0]["signals"].keys()
    assert figure and matches[0]["signals"][figure.pop()] > 0  # explained
    assert store.matches(six_fr)[0]["other_claim_id"] == six_en  # seen from both sides
    nuclear = store.claims(article_id=store.english, search="threshold")[0]["id"]
    poutine = store.claims(article_id=store.french, search="seuil")[0]["id"]
    assert store.matches(nuclear)[0]["other_claim_id"] == poutine
    eleven = store.claims(article_id=store.english, search="eleven")[0]["id"]
    eight = store.claims(article_id=store.french, search="huit")[0]["id"]
    # same night, different toll: not the same claim
    assert eight not in [m["other_claim_id"] for m in store.matches(eleven)]


def test_a_suggestion_keeps_its_evidence_in_the_claims_own_words(two_languages):
    """A suggestion stores what it compared (words, names, figures, dates, speakers, as the
    claims write them) with the matcher's version, so the card and the report explain it
    without the matcher: which words met and how (a dictionary across languages), which
    figures; a speaker is one line (it read "other speaker -0.82, same speaker +0.51"); the
    other claim's state is said as that claim's; seen from the other side, it turns round."""
    from workbench.matching.matcher import version
    from workbench.report.explain import explain_lines
    from workbench.report.match_text import describe_match

    store = two_languages
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    match = store.matches(six_en)[0]
    assert match["other_claim_id"] == six_fr and match["matcher"] == version()
    assert match["origin"] == "matcher"
    evidence = match["evidence"]
    english = store.claim(six_en)["text"]
    french = store.claim(six_fr)["text"]
    pairs = evidence["words"]["pairs"]
    assert pairs and all(a in english and b in french for a, b, _ in pairs)
    assert "dictionary" in {how for _, _, how in pairs}
    same = evidence["figures"]["same"]
    assert all(a in english and b in french for a, b in same)
    lines = explain_lines(match, "en")
    assert not any(line.startswith(("same speaker", "other speaker")) for line in lines)
    assert sum(line.startswith("speaker") for line in lines) <= 1
    words_line = next(line for line in lines if line.startswith("words in common"))
    assert f"{pairs[0][0]} ≈ {pairs[0][1]}" in words_line or pairs[0][0] in words_line
    figure_line = next(line for line in lines if line.startswith("same figure, same count"))
    assert f"{same[0][0]} = {same[0][1]}" in figure_line
    described = describe_match(match, "en")
    named = f"claim {store.claim(six_fr)['place']} (id {six_fr}) in French"
    assert "that claim: not checked yet" in described and named in described
    assert french[:30] in described and "“Le Monde”" in described
    back = next(m for m in store.matches(six_fr) if m["other_claim_id"] == six_en)
    assert back["evidence"]["words"]["pairs"][0][:2] == pairs[0][1::-1]
    assert back["evidence"]["figures"]["same"][0] == same[0][::-1]
    # stored, not recomputed: a changed stored explanation is what the report says
    store.db.execute(
        "UPDATE claim_matches SET evidence = ? WHERE id = ?",
        ['{"figures": {"same": [["six", "6"]]}}', match["id"]],
    )
    again = store.matches(six_en)[0]
    assert "six = 6" in describe_match(again, "en")


def test_a_claim_the_analyst_corrects_is_matched_again(two_languages):
    """After a hand correction of a claim's figures the matcher looks at it again (nothing
    was matched again): its suggestions are rescored and explained afresh, one it no longer
    makes is dropped, and the undo brings them back; matches an analyst decided are never
    touched."""
    store = two_languages
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    before = {m["other_claim_id"]: m for m in store.matches(six_en)}
    assert before[six_fr]["state"] == "suggested"
    decided = next((m for m in before.values() if m["other_claim_id"] != six_fr), None)
    if decided is not None:
        store.decide_match(decided["id"], "rejected", claim_id=six_en)
    figures = store.claim(six_en)["numbers"]
    six = next(n for n in figures if n["value"] == 6)
    store.edit_claim(six_en, numbers=[{**n, "value": 900.0} if n is six else n for n in figures])
    after = {m["other_claim_id"]: m for m in store.matches(six_en)}
    if six_fr in after:  # rescored on the corrected figure, explained afresh
        assert after[six_fr]["score"] < before[six_fr]["score"]
        assert "6" not in str(after[six_fr]["evidence"].get("figures", {}).get("same", []))
    if decided is not None:
        kept = after[decided["other_claim_id"]]
        assert (kept["state"], kept["score"], kept["id"]) == (
            "rejected",
            decided["score"],
            decided["id"],
        )
    store.undo(six_en)
    again = {m["other_claim_id"]: m for m in store.matches(six_en)}
    assert again[six_fr]["state"] == "suggested"
    assert again[six_fr]["score"] == before[six_fr]["score"]
    assert again[six_fr]["evidence"] == before[six_fr]["evidence"]


def test_confirm_and_reject_are_logged(two_languages, monkeypatch):
    store = two_languages
    monkeypatch.setenv("WORKBENCH_DB", str(store.path))
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    match_id = store.matches(six_en)[0]["id"]
    store.set_verdict(store.matches(six_en)[0]["other_claim_id"], "false", "four, not six")
    shown = CliRunner().invoke(main, ["show", str(six_en)])
    assert f"match {match_id} (suggested" in shown.output
    assert "checked on" in shown.output and "False" in shown.output
    assert "why: " in shown.output and re.search(r"(figure|count) \+", shown.output)  # explained
    assert CliRunner().invoke(main, ["match", str(match_id), "confirm"]).exit_code == 0
    assert store.matches(six_en)[0]["state"] == "confirmed"
    actions = [h["action"] for h in store.history(six_en)]
    assert "match.confirmed" in actions
    Store.open(store.path, "tester").undo()  # the CLI's analyst (WORKBENCH_ANALYST) undoes
    assert store.matches(six_en)[0]["state"] == "suggested"
    assert CliRunner().invoke(main, ["match", "9999", "reject"]).exit_code == 2


def test_a_verdict_without_a_rationale_is_not_reused(two_languages):
    """`Y` reuses the earlier claim's verdict with its rationale: one an older version
    recorded without a rationale is not given to another claim; the match is not confirmed
    either (one transaction), and the analyst is told which claim to give one first."""
    store = two_languages
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    store.db.execute(
        "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
        "VALUES (?, 'false', '  ', 'old', '2026-01-01T00:00:00')",
        [six_en],
    )
    match = store.matches(six_fr)[0]
    assert match["other_claim_id"] == six_en
    with pytest.raises(InvalidInput, match=f"claim {six_en}'s verdict false has no rationale"):
        store.confirm_match(match["id"], six_fr, reuse=True)
    assert store.matches(six_fr)[0]["state"] == "suggested"
    assert store.current_verdict(six_fr) is None


def test_a_matched_claim_with_another_figure_is_flagged(two_languages):
    store = two_languages
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    store.decide_match(store.matches(six_fr)[0]["id"], "confirmed")
    # Later the English figure is corrected: the confirmed match now disagrees on it.
    store.edit_claim(six_en, numbers=[{"text": "five", "value": 5, "unit": "missiles"}])
    flags = store.disagreements(six_fr)
    assert any(f["other_value"] == 5 and "matched" in f["where"] for f in flags)


def test_only_a_confirmed_match_is_compared_figure_by_figure(two_languages):
    """A trial: a weak suggestion (0.07) between "9 dead" and "Eleven killed" put "(!) figure
    neuf = 9 (dead) but Eleven = 11 in matched claim 9" on the card, before anything was
    matched. A suggestion is no statement of the same fact; once confirmed it is."""
    import json

    store = two_languages
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    six_en = store.claims(article_id=store.english, search="ATACMS")[0]["id"]
    five = [{"text": "five", "value": 5, "unit": "missiles", "approximate": False}]
    store.db.execute("UPDATE claims SET numbers = ? WHERE id = ?", [json.dumps(five), six_en])
    assert store.matches(six_fr)[0]["state"] == "suggested"
    assert not [f for f in store.disagreements(six_fr) if f["other_value"] == 5]
    store.decide_match(store.matches(six_fr)[0]["id"], "confirmed")
    assert [f for f in store.disagreements(six_fr) if f["other_value"] == 5]


def test_import_claimreview_command(two_languages, tmp_path, monkeypatch):
    store = two_languages
    monkeypatch.setenv("WORKBENCH_DB", str(store.path))
    good = tmp_path / "reviews.json"
    good.write_text(
        json.dumps(
            [
                {
                    "@type": "ClaimReview",
                    "claimReviewed": "Ukraine fired six ATACMS missiles at Russia",
                    "url": "https://fc.example/atacms",
                    "datePublished": "2024-11-21",
                    "reviewRating": {
                        "@type": "Rating",
                        "ratingValue": 4,
                        "alternateName": "Mostly true",
                    },
                    "author": {"@type": "Organization", "name": "FC Desk"},
                    "itemReviewed": {
                        "@type": "Claim",
                        "author": {"name": "Russian defence ministry"},
                    },
                },
                {"@type": "ClaimReview", "url": "https://fc.example/broken"},
            ]
        )
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = CliRunner().invoke(main, ["import-claimreview", str(good), str(broken)])
    assert result.exit_code == 2
    assert "1 imported" in result.output and "broken.json" in result.stderr
    assert "missing claimReviewed" in result.stderr
    six_fr = store.claims(article_id=store.french, search="ATACMS")[0]["id"]
    assert any(m["review_url"] == "https://fc.example/atacms" for m in store.matches(six_fr))


def test_timeline(two_languages, monkeypatch):
    monkeypatch.setenv("WORKBENCH_DB", str(two_languages.path))
    result = CliRunner().invoke(main, ["timeline", "--search", "ATACMS"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    dates = [line.split()[0] for line in lines]
    assert dates == sorted(dates)
    assert any("◆" in line and "Le Monde" in line for line in lines)
    assert any("2024-09" in line for line in lines)


# Spelling variants of one name found in the development articles (fixtures/matching-dev and
# fixtures/matching): the claims and sources write them so.
NAME_VARIANTS = [
    ("Ouattara", "en", "Outtara", "en"),  # ivorycoast-voa-en-b vs ivorycoast-voa-en-a
    ("Waghef", "fr", "Waghf", "en"),  # mauritania-wn-fr vs mauritania-wn-en
    ("N'Dre", "en", "N’Dré", "fr"),  # ivorycoast-voa-en-b vs ivorycoast-voaafrique-fr
    ("Abdel Aziz", "fr", "Abdelaziz", "en"),  # mauritania-wn-fr vs mauritania-voa-en
    ("Barcelona", "en", "Barcelone", "fr"),  # bongo-voa-en-a vs bongo-voaafrique-fr
    ("Mauritania", "en", "Mauritanie", "fr"),  # mauritania-wn-en vs mauritania-wn-fr
    ("Bryansk", "en", "Briansk", "fr"),  # ua-en vs ua-fr (fixtures/matching)
    ("Cameroon", "en", "Cameroun", "fr"),  # fixtures/matching, English and French
]
# Different people and places of the same articles, which must stay apart.
DIFFERENT_NAMES = [
    ("Gbagbo", "Bongo"),
    ("Rajoelina", "Ravalomanana"),
    ("Ouattara", "Ould"),
    ("Rogombe", "Gnassingbe"),
    ("Eyadema", "Eyeghe"),
    ("Houngbedji", "Bakayoko"),
]


def _closeness(first: str, first_lang: str, second: str, second_lang: str) -> float:
    """How close two one-name texts come: as names (spelling similarity), or as words
    through the dictionary (place names FreeDict lists, "Mauritanie" -> "Mauritania")."""
    from workbench.matching.features import features, shared_names
    from workbench.matching.signature import signature

    a = signature(first, [], [], None, first_lang)
    b = signature(second, [], [], None, second_lang)
    assert a.names or a.words and b.names or b.words
    return max(shared_names(a, b), features(a, b)["shared words"])


def test_spelling_variants_come_closer_than_different_names():
    """No cutoff is asserted (the model weighs the similarity): every real variant of one
    name is closer than any two different names of the same articles."""
    variants = [_closeness(*variant) for variant in NAME_VARIANTS]
    different = [_closeness(first, "fr", second, "en") for first, second in DIFFERENT_NAMES]
    assert min(variants) > max(different), (variants, different)


def test_every_piece_of_evidence_has_a_french_label():
    from workbench.matching.features import FEATURES
    from workbench.report.explain import EVIDENCE

    assert set(EVIDENCE) == set(FEATURES)


def test_a_text_that_also_gives_the_claims_figure_does_not_disagree(french_nlp):
    """The winner's 53% meets "53% against 36% for his rival": the rival's share is another
    fact of the same text, not a second value for the winner's."""
    claim = _figures("Le président sortant a obtenu 53% des voix, selon la commission.")
    both = _figures("Le président a obtenu 53% des voix contre 36% à son principal adversaire.")
    other = _figures("Le président n'a obtenu que 48% des voix, selon l'opposition.")
    assert disagreements(claim, both) == []
    assert [(a.value, b.value) for a, b in disagreements(claim, other)] == [(53, 48)]


def article_flags_of(text: str, published: date) -> dict[int, list[dict]]:
    """The figures that disagree between the claims of a French article, claims numbered
    from 1 in the article's order."""
    from workbench.matching.disagreement import article_flags

    claims = [
        {**c.to_dict(), "id": i} for i, c in enumerate(extract(text, "fr", published).claims, 1)
    ]
    return article_flags({"language": "fr", "claims": claims})


def flagged_values(text: str, published: date) -> list[tuple[float, float]]:
    """Each flag of a French article as (its figure, the other figure), sorted."""
    flagged = article_flags_of(text, published)
    return sorted((f["value"], f["other_value"]) for found in flagged.values() for f in found)


def test_a_figure_the_claim_gives_itself_does_not_disagree_with_it(french_nlp):
    """ "Eight dead and 40 injured" meets "huit morts": the claim says eight too, so the text
    is no second value for its 40 (the other way round it still disagrees)."""

    claim = _figures("Selon la police, 12 personnes sont mortes samedi et 40 personnes dimanche.")
    other = _figures("Le bilan est de 12 morts, selon l'hôpital.")
    assert disagreements(claim, other) == []
    text = (
        "Selon la police, 12 personnes sont mortes samedi et 40 personnes dimanche.\n\n"
        "Le bilan est de 12 morts, selon l'hôpital."
    )
    assert [
        f for f in article_flags_of(text, date(2024, 1, 1)).get(1, []) if f["other_value"] == 12
    ] == []


def test_measures_are_not_compared_between_claims_of_one_article(french_nlp):
    """Within one article, 73 years of age and 41 years in power are two facts; eight dead and
    ten dead are one fact given twice."""

    text = (
        "Le président est mort à l'âge de 73 ans, selon la présidence.\n\n"
        "Il a dirigé le pays pendant 41 ans, selon les historiens.\n\n"
        "Le bombardement a coûté la vie à huit personnes, selon la police.\n\n"
        "Selon l'hôpital, le bombardement a fait dix morts."
    )
    values = flagged_values(text, date(2024, 1, 1))
    assert values == [(8, 10), (10, 8)]


def test_people_counted_without_their_fate_are_not_compared_within_an_article(french_nlp):
    """A trial's ferry article: 34 people rescued, 17 still missing and a capacity of
    100 people were flagged as one quantity with three values, in the public report too.
    Within one article such counts are different facts; the dead stay compared (the card
    and the report still flag 12 dead against 15 dead), and a matched claim or a source,
    which speak of the same fact, still meet a bare count of people."""
    from workbench.matching.disagreement import disagreements

    text = (
        "Au moins 34 personnes ont été secourues mardi après le naufrage, a annoncé la police.\n\n"
        "Selon les secours, 17 personnes étaient toujours portées disparues mercredi.\n\n"
        "Le bateau, autorisé à transporter 100 personnes, en transportait 180, selon le port.\n\n"
        "Le naufrage a fait 12 morts selon la mairie.\n\n"
        "Selon l'hôpital, le naufrage a fait 15 morts."
    )
    values = flagged_values(text, date(2026, 3, 12))
    assert values == [(12, 15), (15, 12)]
    missing = _figures("Selon les secours, 17 personnes étaient toujours portées disparues.")
    reported = _figures("Les secours disent que 21 personnes sont toujours portées disparues.")
    assert [(a.value, b.value) for a, b in disagreements(missing, reported)] == [(17, 21)]


def test_counts_of_one_article_are_compared_only_when_they_are_tolls_of_one_fact(french_nlp):
    """A trial's care-home fire: 86 residents housed, 63 unhurt and seven who died were
    flagged as one quantity with three values, in the public report too. Within one article
    only tolls are compared, and only tolls of one fact: 40 dead in the province since
    Monday and three in a bridge's collapse are two facts; three and five dead in the
    collapse are one, given twice."""
    text = (
        "Le stade, qui peut accueillir 30 000 spectateurs, était plein dimanche, selon le club.\n\n"
        "Selon la police, 2 000 spectateurs ont été évacués avant la fin du match.\n\n"
        "Au total, 40 personnes ont été tuées dans la province depuis lundi, selon le gouverneur.\n\n"
        "Selon les pompiers, trois personnes ont été tuées dans l'effondrement d'un pont à Kigoma.\n\n"
        "Selon l'hôpital, cinq personnes ont été tuées dans l'effondrement du pont."
    )
    assert flagged_values(text, date(2026, 3, 1)) == [(3, 5), (5, 3)]


@pytest.mark.parametrize(
    ("language", "unit", "text"),
    [
        ("fr", "randonneurs", "Cinq randonneurs ont péri dans l'avalanche"),
        ("fr", "passagers", "Douze passagers ont succombé à leurs blessures"),
        ("fr", "ouvriers", "Trois ouvriers meurent chaque semaine sur ces chantiers"),
        ("en", "climbers", "Four climbers perished on the ridge"),
        ("en", "patients", "Two patients succumbed to the infection"),
    ],
)
def test_tolls_said_with_perir_succomber_or_perish_count_the_dead(language, unit, text):
    """A trial: "Sept résidents ont péri" was not known as a toll, so "Eight residents have
    died", linked as the same fact, raised no flag."""
    from workbench.matching.disagreement import figures_of

    found = figures_of([{"text": text.split()[0], "value": 5, "unit": unit}], text, "c", language)
    assert [f.fate for f in found] == ["dead"]


def test_a_toll_said_with_perir_disagrees_with_the_linked_report_of_another(french_nlp):
    from workbench.matching.disagreement import disagreements, figures_of

    french = figures_of(
        [{"text": "Sept", "value": 7, "unit": "résidents"}],
        "Sept résidents ont péri dans l'incendie",
        "claim 1",
        "fr",
    )
    english = figures_of(
        [{"text": "Eight", "value": 8, "unit": "residents"}],
        "Eight elderly residents have died in the fire",
        "matched claim 2",
        "en",
    )
    assert [(a.value, b.value) for a, b in disagreements(french, english)] == [(7, 8)]


def test_figures_meet_across_languages_and_apart_by_what_befell_them(french_nlp):
    """A trial's mine collapse: "37 mineurs travaillaient" and "38 miners were working",
    linked as one fact, raised no flag (mineurs and miners were two units), while "onze
    mineurs ont été tués" and "37 mineurs travaillaient", in one article, were flagged as one
    quantity with two values, in the public report too."""
    from workbench.matching.disagreement import disagreements, figures_of

    french = figures_of(
        [{"text": "37", "value": 37, "unit": "mineurs"}],
        "37 mineurs travaillaient dans la galerie",
        "claim 4",
        "fr",
    )
    english = figures_of(
        [{"text": "38", "value": 38, "unit": "miners"}],
        "38 miners were working in the tunnel",
        "matched claim 13",
        "en",
    )
    assert [(a.value, b.value) for a, b in disagreements(french, english)] == [(37, 38)]
    missions = figures_of(
        [{"text": "4", "value": 4, "unit": "missions"}], "4 missions", "source", "en"
    )
    six = figures_of([{"text": "six", "value": 6, "unit": "missiles"}], "six missiles", "c", "fr")
    assert disagreements(six, missions) == []  # a shared spelling is no shared unit
    text = (
        "Au moins onze mineurs ont été tués dans l'effondrement, selon la direction.\n\n"
        "Selon le ministère, 37 mineurs travaillaient dans la galerie.\n\n"
        "Selon les secours, neuf mineurs ont été tués."
    )
    values = flagged_values(text, date(2026, 3, 12))
    assert values == [(9, 11), (11, 9)]


def test_sums_in_any_currency_are_not_compared_between_claims_of_one_article(french_nlp):
    """A trial: the aid promised (50 millions de soms) was flagged against the damage (2
    milliards de soms) in the public report: "soms" was not known as money. Currencies now
    come from the CLDR's names, in both languages."""
    from workbench.matching.disagreement import is_measure

    assert all(is_measure("", unit) for unit in ("soms", "nairas", "livres", "rupees", "rand"))
    assert not any(is_measure("", unit) for unit in ("personnes", "missiles", "dead", "people"))
    text = (
        "Le gouvernement a promis une aide de 50 millions de soms, selon le ministre.\n\n"
        "Les dégâts sont estimés à 2 milliards de soms, selon la banque centrale."
    )
    assert [n.unit for c in extract(text, "fr", date(2025, 3, 4)).claims for n in c.numbers] == [
        "soms",
        "soms",
    ]
    assert article_flags_of(text, date(2025, 3, 4)) == {}


def test_a_unit_is_named_by_its_head_word_in_either_language():
    """English puts a compound's head last, French first: "Eleven co-defendants" counted
    "co" (a trial's corruption verdict), "three construction executives" would count
    constructions. A French unit's plural has its singular's senses ("emplois": job)."""
    from workbench.matching.signature import quantity

    assert quantity("co-defendants", "Eleven co-defendants", "en", "Eleven")[0] == "defend"
    executives = quantity("construction executives", "three construction executives", "en")
    assert executives[0] == "execut"
    leaders = quantity("dirigeants d'entreprises", "trois dirigeants d'entreprises", "fr")
    assert leaders[0] == "dirig"
    assert "job" in quantity("emplois", "1 150 emplois", "fr", "1 150")[1]
