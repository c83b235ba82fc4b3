from datetime import date

import pytest

from workbench.extract.dates import find_dates

SAMPLE_DAY = date(2024, 11, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        ("fr", SAMPLE_DAY, "ce mardi 19 novembre marquait", [("mardi 19 novembre", "2024-11-19")]),
        (
            "fr",
            SAMPLE_DAY,
            "dans la nuit de lundi à mardi",
            [("la nuit de lundi à mardi", "2024-11-19")],
        ),
        ("fr", SAMPLE_DAY, "une attaque le 20 novembre", [("le 20 novembre", "2024-11-20")]),
        ("fr", SAMPLE_DAY, "avait prévenu mi-septembre", [("mi-septembre", "2024-09")]),
        ("fr", SAMPLE_DAY, "hier soir", [("hier", "2024-11-19")]),
        ("fr", SAMPLE_DAY, "jeudi, il a parlé", [("jeudi", "2024-11-14")]),
        ("fr", SAMPLE_DAY, "il y a trois jours", [("il y a trois jours", "2024-11-17")]),
        ("fr", SAMPLE_DAY, "en 2022", [("en 2022", "2022")]),
        ("fr", SAMPLE_DAY, "le 1er mars 2023", [("le 1er mars 2023", "2023-03-01")]),
        ("fr", SAMPLE_DAY, "le 19/11/2024", [("19/11/2024", "2024-11-19")]),
        ("fr", date(2021, 12, 10), "depuis dimanche", [("dimanche", "2021-12-05")]),
        ("fr", date(2021, 12, 10), "la semaine dernière", [("la semaine dernière", "2021-12")]),
        ("en", date(2012, 9, 2), "after Friday's election", [("Friday", "2012-08-31")]),
        ("en", date(2012, 9, 2), "In a statement Sunday", [("Sunday", "2012-09-02")]),
        ("en", date(2012, 9, 2), "up from 10 percent in 2008", [("in 2008", "2008")]),
        ("en", SAMPLE_DAY, "last Tuesday", [("last Tuesday", "2024-11-19")]),
        ("en", SAMPLE_DAY, "Nov 19 2024", [("Nov 19 2024", "2024-11-19")]),
        ("en", SAMPLE_DAY, "three days ago", [("three days ago", "2024-11-17")]),
        ("en", SAMPLE_DAY, "in May", [("in May", "2024-05")]),
    ],
)
def test_expressions_resolve_against_publication(language, published, text, expected):
    found = [(d.text, d.iso) for d in find_dates(text, published, language)]
    assert found == expected


def test_the_pronoun_je_is_not_thursday():
    assert find_dates("je pense que nous perdrons", SAMPLE_DAY, "fr") == []


def test_modal_may_is_not_a_month():
    assert find_dates("we may go there", SAMPLE_DAY, "en") == []


def test_weekday_contradicting_its_day_is_flagged_not_trusted():
    (mention,) = find_dates("mardi 20 novembre", SAMPLE_DAY, "fr")
    assert mention.iso == "2024-11-20"
    assert mention.warning and "mardi" in mention.warning


def test_future_tense_looks_ahead():
    (past,) = find_dates("vendredi", SAMPLE_DAY, "fr")
    (future,) = find_dates("vendredi", SAMPLE_DAY, "fr", future=True)
    assert past.iso == "2024-11-15"
    assert future.iso == "2024-11-22"
    (opening,) = find_dates("l'ouverture se fera le 22 mai", date(2017, 5, 2), "fr", future=True)
    assert opening.iso == "2017-05-22"


def test_impossible_dates_are_not_extracted():
    assert find_dates("le 31/02/2024", SAMPLE_DAY, "fr") == []
