"""The extraction engine on the sample article and on hostile input."""

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE
from workbench.extract import extract
from workbench.extract.language import detect_language


def _claim_containing(extraction, words, text=None):
    """The claim holding `words`, else the first claim cut from the sentence holding them
    (the words may be the reporting frame, which stays out of the claim)."""
    matches = [c for c in extraction.claims if words in c.text]
    if not matches:
        text = text or SAMPLE.read_text(encoding="utf-8")
        matches = [c for c in extraction.claims if words in text[c.sentence.start : c.sentence.end]]
    assert matches, f"no claim contains {words!r}"
    return matches[0]


def test_six_atacms_claim_carries_figure_and_speaker(sample_extraction):
    claim = _claim_containing(sample_extraction, "six missiles américains ATACMS")
    assert {"number", "attribution"} <= set(claim.kinds)
    six = next(n for n in claim.numbers if n.text == "six")
    assert six.value == 6 and six.unit == "missiles"
    assert "ministère de la défense russe" in claim.speaker


def test_dates_resolve_against_publication(sample_extraction):
    claim = _claim_containing(sample_extraction, "millième jour")
    assert [(d.text, d.iso) for d in claim.dates] == [("mardi 19 novembre", "2024-11-19")]
    assert [n.value for n in claim.numbers] == [1000]


def test_pronouns_and_roles_resolve_to_named_people(sample_extraction):
    assert _claim_containing(sample_extraction, "Elle a donc décidé").speaker.startswith(
        "ambassade des Etats-Unis"
    )
    assert _claim_containing(sample_extraction, "Le président russe").speaker == "Vladimir Poutine"
    assert _claim_containing(sample_extraction, "Le président américain").speaker == "Donald Trump"
    assert _claim_containing(sample_extraction, "nous perdrons").speaker == "Volodymyr Zelensky"
    assert _claim_containing(sample_extraction, "a-t-il ajouté").speaker == "Volodymyr Zelensky"


def test_titles_and_impressions_are_not_claims(sample_extraction):
    texts = [c.text for c in sample_extraction.claims]
    assert "La Russie brandit la menace nucléaire" not in texts
    assert not any("apparait inquiet" in t for t in texts)


def test_every_score_is_explained(sample_extraction):
    for claim in sample_extraction.claims:
        assert 0 < claim.score <= 1
        assert claim.signals


def test_empty_and_blank_text_give_no_claims(french_nlp):
    assert extract("", "fr", date(2024, 1, 1)).claims == []
    assert extract(" \n\n\t ", None, date(2024, 1, 1)).claims == []


def test_language_is_detected():
    assert detect_language("Le ministère a assuré que la Russie avait tiré.") == "fr"
    assert detect_language("The ministry said that Russia had fired.") == "en"


def test_english_works_without_a_model():
    text = (
        "Officials said at least 40 people were killed on Tuesday. "
        '"We will rebuild," the mayor, Anna Rossi, told reporters.'
    )
    result = extract(text, "en", date(2024, 3, 8))
    assert result.language == "en"
    first, second = result.claims
    assert first.speaker == "Officials" and first.numbers[0].value == 40
    assert first.dates[0].iso == "2024-03-05"
    assert second.speaker == "Anna Rossi" and "quote" in second.kinds


def test_untrusted_markup_stays_text(french_nlp):
    text = "Le ministre a déclaré que [bold red]12[/] drones [@click=app.quit]ont été abattus."
    claims = extract(text, "fr", date(2024, 1, 1)).claims
    assert claims and all(c.text == text[c.start : c.end] for c in claims)
    held = " ".join(c.text for c in claims)
    assert "[bold red]12[/]" in held and "[@click=app.quit]" in held
    assert all((c.sentence.start, c.sentence.end) == (0, len(text)) for c in claims)


def test_large_input_completes():
    paragraph = (
        "Officials said 40 people died on Tuesday in the city. "
        "The army reported 12 attacks since Monday.\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph))
    result = extract(text, "en", date(2024, 3, 8))
    assert len(result.claims) == 2 * (5_000_000 // len(paragraph))


_PIECES = st.sampled_from(
    [
        "mardi ",
        "six ",
        "a déclaré ",
        "said ",
        " 19 novembre",
        "selon ",
        "il ",
        "« ",
        " »",
        '"',
        ". ",
        "\n\n",
        "[bold]",
        "\x1b[31m",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=12), _PIECES), max_size=40).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_TEXT, language=st.sampled_from(["fr", "en"]))
@example(text=f"{'0' * 26} 19 novembre:{'0' * 54}a déclaré « 019 19 novembre", language="fr")
def test_any_text_gives_spans_in_bounds(french_nlp, text, language):
    """Hypothesis found "00… 19 novembre:00… a déclaré « 019 19 novembre", whose frame's date
    lies before the quoted claim: the date of a frame stays within the sentence."""
    result = extract(text, language, date(2024, 11, 20))
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
        assert claim.end - claim.start <= 400
        for number in claim.numbers:
            assert claim.start <= number.start < number.end <= claim.end
        # a date of the frame a clause was said in dates it from outside its span ("Trois
        # personnes sont mortes, a annoncé mercredi le préfet"), never outside its sentence
        sentence = claim.sentence
        for when in claim.dates:
            assert sentence.start <= when.start < when.end <= sentence.end
        for mention in [*claim.numbers, *claim.dates]:
            assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Au moins 158 personnes ont été tuées, selon un bilan communiqué jeudi par les "
            "services de secours.",
            "services de secours",
        ),
        (
            "D'après l'agence météorologique Aemet, il est tombé une année de pluie en huit heures.",
            "agence météorologique Aemet",
        ),
        (
            "« Nous ne savons pas encore », a prévenu la ministre de la Défense, Margarita Robles, "
            "sur la radio Cadena SER.",
            "Margarita Robles",
        ),
        ("Son avocat a demandé l'annulation du procès.", "avocat"),
    ],
)
def test_french_attribution_patterns(french_nlp, text, speaker):
    (claim,) = extract(text, "fr", date(2024, 10, 31)).claims
    assert claim.speaker == speaker


def test_a_pronoun_follows_the_quoted_minister(french_nlp):
    text = (
        "« Nous ne savons pas encore », a prévenu la ministre de la Défense, Margarita "
        "Robles, sur la radio Cadena SER. Elle a annoncé l'envoi de 500 militaires."
    )
    first, second = extract(text, "fr", date(2024, 10, 31)).claims
    assert first.speaker == second.speaker == "Margarita Robles"


def test_english_titles_and_scores():
    text = (
        "The measure passed 51-50 in the Senate on Tuesday. Speaker Mike Johnson said he "
        "hoped to sign it by July 4."
    )
    first, second = extract(text, "en", date(2025, 7, 2)).claims
    assert [n.value for n in first.numbers] == [51, 50]
    assert second.speaker == "Mike Johnson"
    assert second.dates[0].iso == "2025-07-04"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le chalutier « Mare Nostrum », qui reliait Sète et Tanger, a coulé lundi avec "
            "14 marins à bord.",
            "fr",
        ),
        ("L'opération « Aube Rouge » a mobilisé 300 gendarmes jeudi.", "fr"),
        ("The tanker “Sea Star”, which carried 20 crew, sank near the coast on Monday.", "en"),
    ],
)
def test_a_short_name_in_quotation_marks_after_its_noun_is_no_quote(french_nlp, text, language):
    """A trial's "Le ferry « C. R. », qui assurait la liaison entre L. et B., a sombré" read the
    ship's name as a quotation, and its speaker as "liaison entre L. et B."."""
    claims = extract(text, language, date(2026, 11, 26)).claims
    assert claims
    assert all("quote" not in c.signals and c.speaker is None for c in claims)


def test_a_quotation_after_a_noun_is_still_one(french_nlp):
    text = "Le ministre a dénoncé « une Catastrophe », a rapporté l'AFP. Il a lancé « Jamais »."
    claims = extract(text, "fr", date(2026, 11, 26)).claims
    assert all("quote" in c.signals for c in claims)
