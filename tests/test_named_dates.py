"""A date that names a thing ("Sunday's runoff", "le scrutin de dimanche") is marked "named":
it tells which vote the claim speaks of, not when the claim's fact happened, so the matcher
never compares it as the fact's day."""

from datetime import date

import pytest

from workbench.extract import extract

THURSDAY = date(2026, 11, 19)


def _dates(text: str, language: str) -> list[tuple[str, str, str | None]]:
    return [
        (d.text, d.iso, d.role) for c in extract(text, language, THURSDAY).claims for d in c.dates
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a date owning a noun, or standing between a determiner and its noun
        (
            "en",
            "The opposition leader won 41 percent of Sunday's runoff, the commission said.",
            [("Sunday", "2026-11-15", "named")],
        ),
        (
            "en",
            "The court certified the results of the March 2 referendum on Tuesday.",
            [("March 2", "2026-03-02", "named"), ("on Tuesday", "2026-11-17", None)],
        ),
        (
            "en",
            "The utility missed its Friday deadline to restore power to 3,000 homes.",
            [("Friday", "2026-11-13", "named")],
        ),
        (
            "en",
            "The 2019 census counted 3 million people, the ministry said.",
            [("2019", "2019", "named")],
        ),
        # French, from the parse: a date completing a noun with "de"
        (
            "fr",
            "Le candidat a obtenu 41 % des voix au scrutin de dimanche.",
            [("dimanche", "2026-11-15", "named")],
        ),
        (
            "fr",
            "Les résultats du référendum du 2 mars ont été validés mardi par la cour.",
            [("2 mars", "2026-03-02", "named"), ("mardi", "2026-11-17", None)],
        ),
        # the fact's own day, a moment of a day, a stretch of time: not named
        (
            "en",
            "The dam failed Sunday night, killing four people.",
            [("Sunday", "2026-11-15", None)],
        ),
        ("en", "On Sunday police arrested 12 people.", [("On Sunday", "2026-11-15", None)]),
        (
            "en",
            "Since the end of January, 300 people have fled the town.",
            [("the end of January", "2026-01", None)],
        ),
        (
            "fr",
            "Quatre personnes sont mortes dans la nuit de mardi à mercredi.",
            [("la nuit de mardi à mercredi", "2026-11-18", None)],
        ),
        (
            "fr",
            "Les travaux commenceront à la fin de janvier, selon la mairie, pour 3 millions d'euros.",
            [("fin de janvier", "2027-01", None)],
        ),
    ],
)
def test_a_date_naming_a_thing_is_marked_named(language, text, expected):
    assert list(dict.fromkeys(_dates(text, language))) == expected


def test_a_named_date_is_not_the_facts_date_for_the_matcher():
    """Before, "won 41 percent of Sunday's runoff" (said on Thursday) and "a déclaré jeudi X
    vainqueur" carried two dates that never meet: evidence against the same fact."""
    from workbench.matching.evaluate import signature_from_text
    from workbench.matching.features import features

    english = signature_from_text(
        "Commission chairman Paul Mbeki says Joseph Kanda won 41 percent of Sunday's runoff.",
        "en",
        THURSDAY,
    )
    french = signature_from_text(
        "La commission électorale a déclaré jeudi Joseph Kanda vainqueur du second tour avec 41 %.",
        "fr",
        THURSDAY,
    )
    assert english.dates == frozenset()
    assert features(english, french)["other date"] == 0.0


def test_a_named_date_says_so_in_reports():
    from workbench.report.words import date_said

    mention = {"text": "Sunday", "iso": "2026-11-15", "role": "named"}
    assert date_said(mention) == "Sunday → 2026-11-15 (mentioned)"
    assert date_said(mention, "fr") == "Sunday → 2026-11-15 (mentionnée)"
