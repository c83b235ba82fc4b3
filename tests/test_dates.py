from datetime import date

import pytest

from workbench.extract import extract
from workbench.extract.dates import find_dates, published_day

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
        # the night from one day to the next is one date, as "la nuit de lundi à mardi" is
        (
            "en",
            SAMPLE_DAY,
            "the dam gave way overnight from Tuesday to Wednesday",
            [("overnight from Tuesday to Wednesday", "2024-11-20")],
        ),
        (
            "en",
            SAMPLE_DAY,
            "shelling on the night of Monday to Tuesday",
            [("on the night of Monday to Tuesday", "2024-11-19")],
        ),
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


SPRING = date(2025, 2, 14)  # a Friday in February: months after it are last year's in the past


@pytest.mark.parametrize(
    ("language", "published", "text", "future", "iso"),
    [
        ("en", SPRING, "the plant closed in June", False, "2024-06"),
        ("en", SPRING, "the plant will reopen in June", True, "2025-06"),
        ("fr", SPRING, "l'usine a fermé en octobre", False, "2024-10"),
        ("en", SPRING, "output fell in the third quarter", False, "2024"),
        ("en", SPRING, "output will rise in the third quarter", True, "2025"),
        ("en", SPRING, "in the first quarter of the year", False, "2025"),
        ("en", SPRING, "in the second quarter of last year", False, "2024"),
        ("en", SPRING, "Q3 2021 results", False, "2021"),
        ("fr", SPRING, "au quatrième trimestre, les ventes ont baissé", False, "2024"),
        ("fr", SPRING, "au deuxième trimestre de l'année dernière", False, "2024"),
        ("en", SPRING, "since the beginning of the year", False, "2025"),
        ("fr", SPRING, "depuis le début de l'année", False, "2025"),
        ("en", SPRING, "it closed late Thursday", False, "2025-02-13"),
        ("en", SPRING, "as of Monday, 40 cases", False, "2025-02-10"),
        ("en", SPRING, "earlier this month", False, "2025-02"),
        ("fr", SPRING, "il y a deux semaines", False, "2025-01"),
        ("fr", SPRING, "la semaine dernière", False, "2025-02"),
    ],
)
def test_months_quarters_and_relative_expressions_follow_date_and_tense(
    language, published, text, future, iso
):
    (mention,) = find_dates(text, published, language, future=future)
    assert mention.iso == iso


def test_each_year_of_a_pair_is_a_date():
    found = [d.iso for d in find_dates("growth for 2019 and 2020", SPRING, "en")]
    assert found == ["2019", "2020"]
    assert [d.iso for d in find_dates("entre 2010 et 2012", SPRING, "fr")] == ["2010", "2012"]
    assert find_dates("between 3,000 and 2007 people", SPRING, "en") == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-20", date(2024, 11, 20)),
        (" 2024-11-20\n", date(2024, 11, 20)),
        ("2024-11-20T08:00:00+01:00", date(2024, 11, 20)),
        ("2024-11-20T23:59:59.123Z", date(2024, 11, 20)),
        ("2024-11-20 08:00", date(2024, 11, 20)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2024-02-31", None),
        ("2023-02-29", None),
        ("2024-11", None),
        ("2024", None),
        ("20/11/2024", None),
        ("2024-11-20 et après", None),
        ("hier", None),
        ("", None),
        (None, None),
        (20241120, None),
    ],
)
def test_published_day_one_rule(value, expected):
    """Every reader of a publication date (--date, the ingest form, file metadata, stored
    articles, ClaimReview) uses this rule: a real ISO day, or the day of an ISO timestamp."""
    assert published_day(value) == expected


@pytest.mark.parametrize(
    ("language", "text", "iso"),
    [
        ("fr", "aujourd’hui, le conseil a voté", "2025-02-14"),
        ("fr", "l’an dernier", "2024"),
        ("en", "the mandate was extended until the end of June", "2025-06"),
        ("fr", "le mandat a été prolongé jusqu'en juin", "2025-06"),
        ("fr", "il viendra en début de semaine prochaine", "2025-02"),
        ("en", "she will travel early next week", "2025-02"),
    ],
)
def test_curly_apostrophes_deadlines_and_parts_of_weeks(language, text, iso):
    (mention,) = find_dates(text, SPRING, language)
    assert mention.iso == iso


def test_rules_skipped_on_text_without_digits_never_match_such_text():
    """find_dates skips the rules marked as needing a digit when the text has none: each of
    them must be unable to match digit-free text (every fixture, its digits removed)."""
    import re
    from pathlib import Path

    from workbench.extract.dates import _NEEDS_DIGIT

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in fixtures.glob("*.txt")]
    texts.append(
        "le 1er mars, mi-septembre, in June 2009, the first quarter, Q3, mardi 19 novembre"
    )
    texts = [re.sub(r"\d", "", text) for text in texts]
    assert _NEEDS_DIGIT
    for pattern in _NEEDS_DIGIT:
        assert not any(pattern.search(text) for text in texts), pattern.pattern


def test_mentions_read_again_against_a_corrected_date_keep_their_tense():
    """`reread` finds how each mention was read (its window, its tense) from what it was
    read as, then reads it against the new date: a future-tense "Monday" stays ahead."""
    from workbench.extract.dates import reread

    text = "Flood toll rises. The minister will visit on Monday, after the storm of March 3."
    sentence = (18, len(text))
    was, now = date(2024, 1, 10), date(2024, 1, 17)
    stored = [
        {"text": m.text, "iso": m.iso, "start": m.start + 18, "end": m.end + 18, "warning": None}
        for m in find_dates(text[18:], was, "en", future=True)
    ]
    assert [m["iso"] for m in stored] == ["2024-01-15", "2024-03-03"]
    again = reread(text, [sentence], stored, "en", was, now)
    assert [m["iso"] for m in again] == ["2024-01-22", "2024-03-03"]
    assert [(m["text"], m["start"]) for m in again] == [(m["text"], m["start"]) for m in stored]
    # what was not read by these rules (an edited iso) is not guessed at
    edited = [{**stored[0], "iso": "2023-12-25"}]
    assert reread(text, [sentence], edited, "en", was, now) is None


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # the date hangs on the past reporting verb, the future is in the reported clause
        (
            "en",
            SAMPLE_DAY,
            "The minister said on Friday that 40 schools will reopen next month.",
            [("on Friday", "2024-11-15"), ("next month", "2024-12")],
        ),
        (
            "fr",
            SAMPLE_DAY,
            "Le ministre a déclaré vendredi que 40 écoles rouvriront le mois prochain.",
            [("vendredi", "2024-11-15"), ("le mois prochain", "2024-12")],
        ),
        (
            "en",
            SAMPLE_DAY,
            "On Friday, the mayor said the bridge will reopen in March.",
            [("On Friday", "2024-11-15"), ("in March", "2025-03")],
        ),
        (
            "en",
            SAMPLE_DAY,
            "The talks, which will resume on Thursday, were suspended on Monday.",
            [("on Thursday", "2024-11-21"), ("on Monday", "2024-11-18")],
        ),
        # the future verb governs the date, the past frame comes after it
        (
            "fr",
            date(2019, 4, 16),
            "Le premier ministre réunira mercredi les ministres concernés, a fait savoir Matignon.",
            [("mercredi", "2019-04-17")],
        ),
        (
            "fr",
            SAMPLE_DAY,
            "Les deux dirigeants se sont rencontrés lundi et se reverront en décembre.",
            [("lundi", "2024-11-18"), ("décembre", "2024-12")],
        ),
        # a conditional reported in the past points forward; a compound one stays in the past
        (
            "fr",
            date(2026, 11, 26),
            "Le maire a annoncé hier que 250 logements seraient construits en mars.",
            [("hier", "2026-11-25"), ("mars", "2027-03")],
        ),
        (
            "fr",
            SAMPLE_DAY,
            "Selon la police, le suspect aurait été arrêté jeudi, et il sera jugé en janvier.",
            [("jeudi", "2024-11-14"), ("janvier", "2025-01")],
        ),
        (
            "en",
            SAMPLE_DAY,
            "He said the vote would be held on Sunday.",
            [("on Sunday", "2024-11-24")],
        ),
        # "aller" or "devoir" before an infinitive announce what is to come
        ("fr", SAMPLE_DAY, "Le texte doit être voté vendredi.", [("vendredi", "2024-11-22")]),
        (
            "en",
            SAMPLE_DAY,
            "The summit is due to open on Thursday, but talks stalled on Monday.",
            [("on Thursday", "2024-11-21"), ("on Monday", "2024-11-18")],
        ),
    ],
)
def test_a_relative_date_takes_the_tense_of_the_verb_it_depends_on(
    french_nlp, language, published, text, expected
):
    assert _dates_extracted(text, language, published) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # SAMPLE_DAY is a Wednesday: a plan or an intention puts a bare weekday ahead
        ("fr", "La région prévoit de rouvrir la ligne vendredi.", [("vendredi", "2024-11-22")]),
        ("fr", "Le syndicat compte manifester samedi.", [("samedi", "2024-11-23")]),
        (
            "fr",
            "L'intersyndicale prévoit une nouvelle grève vendredi.",
            [("vendredi", "2024-11-22")],
        ),
        # a participle completing a future verb takes its tense
        (
            "fr",
            "La circulation restera interrompue entre les deux gares jusqu'à vendredi.",
            [("vendredi", "2024-11-22")],
        ),
        (
            "fr",
            "La direction envisage de fermer l'usine lundi, a-t-on appris.",
            [("lundi", "2024-11-25")],
        ),
        ("en", "The council plans to vote on the budget on Friday.", [("on Friday", "2024-11-22")]),
        (
            # the plan speaks of what follows it, not of the day before it
            "en",
            "The mayor closed the bridge on Monday and plans to reopen it on Friday.",
            [("on Monday", "2024-11-18"), ("on Friday", "2024-11-22")],
        ),
        (
            "en",
            "The striking pilots said they hope to reach a deal on Monday.",
            [("on Monday", "2024-11-25")],
        ),
    ],
)
def test_a_plan_or_an_intention_looks_ahead(french_nlp, language, text, expected):
    assert _dates_extracted(text, language, SAMPLE_DAY) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le gouvernement prévoit de présenter le texte vendredi.", "gouvernement"),
        ("Le collectif prévoit une nouvelle journée d'action vendredi.", "collectif"),
    ],
)
def test_a_verb_the_parse_took_for_an_adjective_is_no_part_of_the_speaker(
    french_nlp, text, speaker
):
    from workbench.extract import extract

    claims = extract(text, "fr", SAMPLE_DAY)
    assert [c.speaker for c in claims.claims] == [speaker]


def _dates_extracted(text: str, language: str, published: date) -> list[tuple[str, str]]:
    """Every date of the claims `extract` finds in `text`, in order (the French parse is the
    session's model)."""
    from workbench.extract import extract

    claims = extract(text, language, published).claims
    return sorted(((d.text, d.iso) for c in claims for d in c.dates), key=lambda d: text.find(d[0]))


def test_redating_keeps_each_dates_own_tense():
    """A sentence with a past and a future date is read again, each with its own tense."""
    from workbench.extract.dates import reread

    text = "The minister said on Friday that schools will reopen on Monday."
    was, now = SAMPLE_DAY, date(2024, 11, 27)
    mentions = [
        {"text": "on Friday", "iso": "2024-11-15", "start": 18, "end": 27},
        {"text": "on Monday", "iso": "2024-11-25", "start": 53, "end": 62},
    ]
    assert [text[m["start"] : m["end"]] for m in mentions] == ["on Friday", "on Monday"]
    again = reread(text, [(0, len(text))], mentions, "en", was, now)
    assert again is not None
    assert [m["iso"] for m in again] == ["2024-11-22", "2024-12-02"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Protesters marched last weekend.", [("last weekend", "2024-11")]),
        ("en", "The talks will resume this weekend.", [("this weekend", "2024-11")]),
        ("fr", "Ils ont manifesté le week-end dernier.", [("le week-end dernier", "2024-11")]),
        ("en", "Earlier on Tuesday, the army said", [("Earlier on Tuesday", "2024-11-19")]),
        ("en", "Hours earlier, police had closed the road.", [("Hours earlier", "2024-11-20")]),
        ("fr", "Le suspect avait été vu la veille au soir.", [("la veille au soir", "2024-11-19")]),
        (
            "fr",
            "Le 12 mars, le maire a démissionné; la veille, il avait nié.",
            [("Le 12 mars", "2024-03-12"), ("la veille", "2024-03-11")],
        ),
        ("fr", "la veille du 14 juillet", [("la veille du 14 juillet", "2024-07-13")]),
        ("fr", "la veille de l'élection", []),
        (
            "en",
            "On Monday he left; the next day he returned.",
            [("On Monday", "2024-11-18"), ("the next day", "2024-11-19")],
        ),
        ("en", "the next day", []),
        ("fr", "Le chômage a baissé l'an dernier.", [("l'an dernier", "2023")]),
        ("fr", "La cathédrale fut fondée en 1163.", [("en 1163", "1163")]),
        ("en", "The cathedral was founded in 1163, by the bishop.", [("in 1163", "1163")]),
        ("en", "in 1500 cases", []),
        (
            "fr",
            "Mardi vers 18 h 50, la police est arrivée.",
            [("Mardi", "2024-11-19"), ("vers 18 h 50", "2024-11-19")],
        ),
        # a time of day alone names no day (it was read as the publication day)
        ("fr", "Le feu a pris à 18 heures.", []),
        ("fr", "Ils ont marché pendant 5 heures.", []),
        ("en", "The quake struck at 3:32 a.m. local time.", []),
        (
            "en",
            "The quake struck on Monday at 3:32 a.m. local time.",
            [("on Monday", "2024-11-18"), ("at 3:32 a.m.", "2024-11-18")],
        ),
    ],
)
def test_weekends_days_said_of_another_day_times_and_old_years(language, text, expected):
    assert [(d.text, d.iso) for d in find_dates(text, SAMPLE_DAY, language)] == expected


def test_a_wire_services_clock_time_is_a_time_not_a_figure():
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates(
        "Brent crude was up 1.2% at 1645 GMT, trading at $81.", SAMPLE_DAY, "en"
    )
    assert [n.value for n in numbers] == [1.2, 81]
    assert dates == []  # a time alone names no day
    numbers, dates = figures_and_dates("Mardi vers 0830 GMT, l'or cédait 2 %.", SAMPLE_DAY, "fr")
    assert [n.value for n in numbers] == [2]
    assert [d.text for d in dates] == ["Mardi", "vers 0830 GMT"]


def test_a_time_of_day_is_not_two_figures():
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates("vers 18 h 50, la police est arrivée", SAMPLE_DAY, "fr")
    assert numbers == []
    assert dates == []  # nor a day: no day is named
    numbers, dates = figures_and_dates(
        "mardi vers 18 h 50, la police est arrivée", SAMPLE_DAY, "fr"
    )
    assert numbers == []
    assert [d.text for d in dates] == ["mardi", "vers 18 h 50"]


def test_a_day_before_an_event_gives_no_date():
    found = find_dates(
        "The bridge collapsed on June 3, a day before the storm hit.", date(2024, 6, 10), "en"
    )
    assert [(d.text, d.iso) for d in found] == [("June 3", "2024-06-03")]
    found = find_dates(
        "The vote was on June 3. A day before, the polls closed.", date(2024, 6, 10), "en"
    )
    assert [(d.text, d.iso) for d in found] == [
        ("June 3", "2024-06-03"),
        ("A day before", "2024-06-02"),
    ]


def test_a_day_named_in_the_previous_sentence_anchors_the_day_before_or_after(french_nlp):
    from workbench.extract import extract

    text = (
        "Le cargo a quitté le port de Sète le jeudi 7 novembre. Le lendemain, il a été "
        "arraisonné au large de Malte.\n\nLe sommet s'est ouvert le lundi 11 novembre. La "
        "veille, les ministres avaient préparé le texte.\n\nThe ferry left Dover on November 8. "
        "The next day, it ran aground. Hours earlier, the crew had reported a leak."
    )
    found = []
    for language, part in (
        ("fr", text.split("The ferry")[0]),
        ("en", "The ferry" + text.split("The ferry")[1]),
    ):
        for claim in extract(part, language, SAMPLE_DAY).claims:
            found.extend((d.text, d.iso) for d in claim.dates)
    assert found == [
        ("jeudi 7 novembre", "2024-11-07"),
        ("Le lendemain", "2024-11-08"),
        ("lundi 11 novembre", "2024-11-11"),
        ("La veille", "2024-11-10"),
        ("November 8", "2024-11-08"),
        ("The next day", "2024-11-09"),
        ("Hours earlier", "2024-11-09"),
    ]
    # the day must be named in the sentence right before: two sentences on, publication
    assert [d.iso for d in find_dates("La veille, il avait nié.", SAMPLE_DAY, "fr")] == [
        "2024-11-19"
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a word that is a month and something else is a date only in a date's context
        ("fr", "Les pompiers cherchent encore sept randonneurs égarés.", []),
        ("fr", "Ils étaient sept. Puis huit.", []),
        ("fr", "La sonde européenne doit se poser sur Mars.", []),
        ("fr", "Le chantier a repris en mai.", [("mai", "2024-05")]),
        ("fr", "Les loyers ont grimpé depuis août.", [("août", "2024-08")]),
        ("fr", "Il a plu de mars à mai.", [("de mars à mai", "2024")]),  # one range
        ("fr", "La crue de mars dernier", [("mars", "2024-03")]),
        ("fr", "le bilan de sept 2023", [("sept 2023", "2023-09")]),
        ("fr", "le 7 sept. 2023", [("le 7 sept. 2023", "2023-09-07")]),
        ("en", "The panel heard from Jan Novak in March.", [("in March", "2024-03")]),
        ("en", "a book written by May Quinlan", []),
        ("en", "the crowds arrived in March Madness fashion", []),
        ("en", "sales have slowed since Dec and fell in Sept 2023", [("Sept 2023", "2023-09")]),
    ],
)
def test_a_month_word_needs_a_date_context(language, text, expected):
    found = [(d.text, d.iso) for d in find_dates(text, SAMPLE_DAY, language)]
    assert found == expected


def test_seven_is_a_figure_not_september(french_nlp):
    from workbench.extract import extract

    text = "Les sauveteurs recherchaient encore sept alpinistes portés disparus jeudi soir."
    (claim,) = extract(text, "fr", SAMPLE_DAY).claims
    assert [(n.text, n.value, n.unit) for n in claim.numbers] == [("sept", 7, "alpinistes")]
    assert [d.text for d in claim.dates] == ["jeudi"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "prochain" after the date, "d'ici" before it: ahead, whatever the verb's tense
        (
            "Le conseil a fixé une cérémonie le 2 octobre prochain.",
            "fr",
            [("le 2 octobre", "2027-10-02")],
        ),
        ("La facture pourrait doubler d'ici à la mi-juin.", "fr", [("mi-juin", "2027-06")]),
        # a present "is expected", "is due": ahead
        ("The ruling is expected by Tuesday evening.", "en", [("Tuesday", "2026-11-17")]),
        # what was threatened or vowed is still to come, unless "had" puts it in the past
        ("Pilots have threatened to walk out in March.", "en", [("in March", "2027-03")]),
        ("The union vowed to strike on Friday.", "en", [("on Friday", "2026-11-20")]),
        ("He had promised to repay it on Friday.", "en", [("on Friday", "2026-11-13")]),
    ],
)
def test_a_word_of_the_future_beside_the_date_looks_ahead(text, language, expected, french_nlp):
    """A trial's verdict story put "le 4 septembre prochain" a year back, its election count
    "expected by Thursday" two days back, its airline story "threatened to strike in August"
    in the past August."""
    assert _dates_extracted(text, language, date(2026, 11, 16)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # 2026-11-18 is a Wednesday. A present passive of a planning verb looks ahead, as
        # English "is scheduled", "is expected" already did
        (
            "Un concert de soutien est prévu dimanche au gymnase, a indiqué l'association.",
            "fr",
            [("dimanche", "2026-11-22")],
        ),
        (
            "Les obsèques sont programmées mardi à l'église Saint-Jean, ont fait savoir ses proches.",
            "fr",
            [("mardi", "2026-11-24")],
        ),
        ("Le verdict est attendu lundi, selon l'avocat.", "fr", [("lundi", "2026-11-23")]),
        (
            "A memorial service is scheduled for Friday, the family said.",
            "en",
            [("Friday", "2026-11-20")],
        ),
        # a plan that was, or a plan made, stays in the past
        (
            "Le départ était prévu lundi, mais la course a été annulée.",
            "fr",
            [("lundi", "2026-11-16")],
        ),
        ("La réunion a été programmée lundi par le maire.", "fr", [("lundi", "2026-11-16")]),
    ],
)
def test_what_is_planned_for_a_day_looks_ahead(text, language, expected, french_nlp):
    """A trial's care-home fire story put "une marche blanche est prévue samedi" on the past
    Saturday while the English copy's "will hold ... on Saturday" was next Saturday."""
    assert _dates_extracted(text, language, date(2026, 11, 18)) == expected


@pytest.mark.parametrize(
    ("text", "years", "figures"),
    [
        ("A 2019 audit by the regulator found serious flaws.", ["2019"], []),
        ("The council's 2023 budget cut 40 posts.", ["2023"], [40]),
        ("An 1898 map shows the river further east.", ["1898"], []),
        # a plural after the figure still counts ("its 2000 employees")
        ("The firm said its 2000 employees would keep their jobs.", [], [2000]),
    ],
)
def test_a_year_qualifying_a_noun_is_a_date_not_a_count(text, years, figures):
    """A trial's "A 2024 inspection by the agency found ..." gave the figure "2,024
    inspection"."""
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates(text, SAMPLE_DAY, "en")
    assert [d.iso for d in dates] == years
    assert [n.value for n in numbers] == figures


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("The 2000 residents of the valley were moved to shelters.", "en", [2000]),
        ("Officials said 40 of the 1800 local residents had left.", "en", [40, 1800]),
        ("Tickets were set aside for 2000 fans of the visiting side.", "en", [2000]),
        ("Between 1900 and 2000 people marched through the capital.", "en", [1900, 2000]),
        ("Plus de 2000 habitants ont été évacués.", "fr", [2000]),
        ("La mairie a prévu des repas pour 1800 bénévoles.", "fr", [1800]),
        ("Entre 1900 et 2000 manifestants ont défilé dans la ville.", "fr", [1900, 2000]),
        ("Les 2000 habitants du village ont été relogés.", "fr", [2000]),
    ],
)
def test_a_figure_in_year_range_counting_a_plural_noun_is_no_year(text, language, figures):
    """ "the 2000 residents" was read as the year 2000: a figure that a plural noun after it
    says the count of is a count, unless a word of time stands before it ("in 2019
    officials said")."""
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates(text, SAMPLE_DAY, language)
    assert [d.iso for d in dates] == []
    assert [n.value for n in numbers] == figures


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        # what belongs to a year: an event, a record, a measure of it
        ("The 2020 elections were marred by fraud.", "en", ["2020"]),
        ("Its 2019 results showed a loss.", "en", ["2019"]),
        ("Emissions fell 5 percent from 2019 levels.", "en", ["2019"]),
        ("The 2002 Games were held in Salt Lake City.", "en", ["2002"]),
        # a word of time before the figure makes it a year, whatever follows
        ("In 2019 officials said the bridge was safe.", "en", ["2019"]),
        ("Depuis 2015 les prix ont doublé.", "fr", ["2015"]),
        ("Les élections de 2017 ont été annulées.", "fr", ["2017"]),
        ("La loi de 2005 dans sa version initiale prévoyait des amendes.", "fr", ["2005"]),
        ("Fin 2019 les travaux ont commencé.", "fr", ["2019"]),
    ],
)
def test_a_year_before_a_plural_stays_a_year_where_time_is_meant(text, language, years):
    from workbench.extract.mentions import figures_and_dates

    _, dates = figures_and_dates(text, SAMPLE_DAY, language)
    assert [d.iso for d in dates] == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of a verb of saying is the day of the statement, wherever the frame stands
        (
            "Twelve homes were flooded, the mayor said on Monday, after the river burst its banks.",
            [("on Monday", "2026-11-16", "statement")],
        ),
        (
            "The state has released 8 million euros to rebuild homes, deputy minister for housing "
            "Paul Ade said during a visit on Friday.",
            [("on Friday", "2026-11-13", "statement")],
        ),
        (
            "Farmers will receive 2 million pounds in aid, secretary of state for rural affairs "
            "Jane Holt told reporters on Tuesday.",
            [("on Tuesday", "2026-11-17", "statement")],
        ),
        (
            "On Tuesday, the agency told reporters the toll had risen to 12.",
            [("On Tuesday", "2026-11-17", "statement")],
        ),
        # the day of the fact stays the fact's, with the frame after it or not
        ("The levee gave way on Tuesday, the agency said.", [("on Tuesday", "2026-11-17", None)]),
        (
            "An inquiry was opened on Sunday, she added.",
            [("on Sunday", "2026-11-15", None)],
        ),
        ("The city declared an emergency on Monday.", [("on Monday", "2026-11-16", None)]),
        # a stretch of time opening the sentence is what the statement speaks of
        (
            "Since the beginning of the year, the agency reported that 4,000 people crossed.",
            [("Since the beginning of the year", "2026", None)],
        ),
    ],
)
def test_the_day_something_was_said_is_marked_as_the_statements(text, expected):
    """A trial's "Eight elderly residents have died ..., authorities said on Thursday, after
    ..." and "..., the minister said during a visit on Wednesday" dated the facts by the day
    they were said, where the French copy marked it (role "statement")."""
    from workbench.extract import extract

    claims = extract(text, "en", date(2026, 11, 18)).claims
    assert [(d.text, d.iso, d.role) for c in claims for d in c.dates] == expected


@pytest.mark.parametrize(
    ("language", "text", "claim", "expected"),
    [
        (
            "en",
            "The report, published in March by the agency, said 40 percent of rivers were "
            "polluted.",
            "40 percent of rivers were polluted",
            [],
        ),
        (
            "en",
            "The mayor, elected in 2020, said 12 schools would close.",
            "12 schools would close",
            [],
        ),
        (
            "en",
            "Ruth Ambler, appointed by the board in May, said 200 jobs were at risk.",
            "200 jobs were at risk",
            [],
        ),
        (
            "en",
            "The audit, completed in June, said on Tuesday that 40 schools failed.",
            "40 schools failed",
            [("on Tuesday", "2026-11-17", "statement")],
        ),
        (
            "fr",
            "Le rapport, publié en mars par l'agence, indique que 40 % des rivières sont polluées.",
            "40 % des rivières sont polluées",
            [],
        ),
        (
            "fr",
            "Le directeur, nommé en mai par le conseil, a affirmé que 200 emplois sont menacés.",
            "200 emplois sont menacés",
            [],
        ),
        # a participle setting the occasion of the saying keeps its day the statement's
        (
            "en",
            "The minister, asked on Wednesday about the cuts, said 40 schools would close.",
            "40 schools would close",
            [("on Wednesday", "2026-11-18", "statement")],
        ),
        (
            "fr",
            "La ministre, interrogée mardi sur France Inter, a déclaré que 12 écoles fermeront.",
            "12 écoles fermeront",
            [("mardi", "2026-11-17", "statement")],
        ),
    ],
)
def test_a_day_in_a_participle_on_the_subject_is_not_the_statements(
    french_nlp, language, text, claim, expected
):
    """ "The report, published in March by the agency, said ..." marked March as the day of
    saying: a past participle set between commas after the subject describes the subject (when
    it came out, when they were elected), as a relative there does ("Marsh, who took over in
    January, said"); its day is neither the statement's nor the claim's."""
    from workbench.extract import extract

    claims = extract(text, language, date(2026, 11, 18)).claims
    assert [(c.text, [(d.text, d.iso, d.role) for d in c.dates]) for c in claims] == [
        (claim, expected)
    ]


def _claims_of(text: str, language: str) -> list[tuple[str, list, list]]:
    from workbench.extract import extract

    extraction = extract(text, language, date(2026, 11, 25))
    return [
        (c.text, [(d.text, d.iso) for d in c.dates], [(n.text, n.unit) for n in c.numbers])
        for c in extraction.claims
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a time of day alone names no day: no date (it read as the publication day), and the
        # claim keeps the abbreviation's dot, which also ends the sentence
        (
            "en",
            "The explosion happened shortly after 9 p.m. Officials said 12 people were hurt.",
            [
                ("The explosion happened shortly after 9 p.m.", [], []),
                ("12 people were hurt", [], [("12", "people")]),
            ],
        ),
        # a time zone named by a place after the time belongs to the sentence
        (
            "en",
            "The blast happened shortly after 9 p.m. Moscow time, officials said.",
            [("The blast happened shortly after 9 p.m. Moscow time", [], [])],
        ),
        (
            "en",
            "Police sealed off the square shortly after 9 p.m. on Friday, the mayor said.",
            [
                (
                    "Police sealed off the square shortly after 9 p.m. on Friday",
                    [("shortly after 9 p.m.", "2026-11-20"), ("on Friday", "2026-11-20")],
                    [],
                )
            ],
        ),
        (
            "fr",
            "L'incendie s'est déclaré peu après 21 heures et 40 maisons ont été détruites.",
            [
                ("L'incendie s'est déclaré peu après 21 heures", [], []),
                ("40 maisons ont été détruites", [], [("40", "maisons")]),
            ],
        ),
        (
            "fr",
            "L'incendie s'est déclaré peu après 21h et 40 maisons ont été détruites.",
            [
                ("L'incendie s'est déclaré peu après 21h", [], []),
                ("40 maisons ont été détruites", [], [("40", "maisons")]),
            ],
        ),
        (
            "fr",
            "L'incendie s'est déclaré mardi vers 21 heures, a indiqué le préfet.",
            [
                (
                    "L'incendie s'est déclaré mardi vers 21 heures",
                    [("mardi", "2026-11-24"), ("vers 21 heures", "2026-11-24")],
                    [],
                )
            ],
        ),
    ],
)
def test_a_time_of_day_neither_cuts_a_claim_nor_names_a_day(french_nlp, language, text, expected):
    """A new user's report: "shortly after 9 p.m." was dated the publication day and its claim
    ended on "p.m"; "peu après 21 heures et 40 maisons ont été détruites" lost the time to the
    second clause's subject (the parse coordinated "heures" and "maisons")."""
    assert _claims_of(text, language) == expected


def test_a_time_of_day_takes_the_day_the_previous_sentence_named(french_nlp):
    text = "Les faits se sont produits mardi à Lyon. Vers 21 heures, la police est intervenue."
    assert _claims_of(text, "fr")[1][1] == [("Vers 21 heures", "2026-11-24")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: under a verb looking ahead, October went to next year, after
        # the December it is compared with
        (
            "fr",
            "L'inflation devrait ralentir à 1,4 % en décembre, contre 1,9 % en octobre.",
            [("décembre", "2026-12"), ("octobre", "2026-10")],
        ),
        (
            "en",
            "Inflation is expected to slow to 1.4% in December from 1.9% in October.",
            [("in December", "2026-12"), ("in October", "2026-10")],
        ),
        (
            "fr",
            "Le chômage devrait atteindre 8 % en juin, après 7,5 % en mars.",
            [("juin", "2027-06"), ("mars", "2026-03")],
        ),
        (
            "en",
            "Exports will rise to 5 billion in June, up from 4.2 billion in March.",
            [("in June", "2027-06"), ("in March", "2026-03")],
        ),
        (
            "en",
            "Prices will be 3% higher in December compared with 2.5% in October.",
            [("in December", "2026-12"), ("in October", "2026-10")],
        ),
        # no comparison: the verb still decides
        ("fr", "Les soldes commenceront en janvier.", [("janvier", "2027-01")]),
        (
            "en",
            "The strike will run from 6 a.m. on Monday.",
            [("6 a.m.", "2026-11-30"), ("on Monday", "2026-11-30")],
        ),
    ],
)
def test_the_earlier_side_of_a_comparison_lies_behind(french_nlp, language, text, expected):
    """ "contre 1,9 % en octobre", "from 1.9% in October", "up from", "après 7,5 % en mars",
    "compared with": the value compared against is one already known, its month the last
    one of that name, whichever way the verb looks."""
    assert [d for _, dates, _ in _claims_of(text, language) for d in dates] == expected


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # any such month, no date
        ("fr", date(2026, 8, 13), "Il a plu 90 mm, un record pour un mois de juillet.", []),
        ("fr", date(2026, 8, 13), "Il pleut chaque mois de novembre.", []),
        ("fr", date(2026, 8, 13), "Il a plu 90 mm au mois de juillet.", ["2026-07"]),
    ],
)
def test_a_month_of_any_year_gives_no_date(french_nlp, language, published, text, expected):
    claims = extract(text, language, published).claims
    assert [d.iso for c in claims for d in c.dates] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # 2026-11-18 is a Wednesday. What a verb of appeal, demand or promise asks for is still
        # to come, whatever the tense of the verb that asks
        (
            "fr",
            "Le maire a exhorté jeudi les habitants à quitter leurs maisons samedi.",
            [("jeudi", "2026-11-12"), ("samedi", "2026-11-21")],
        ),
        (
            "fr",
            "Le préfet a demandé aux syndicats de « lever les piquets lundi ».",
            [("lundi", "2026-11-23")],
        ),
        ("fr", "Le syndicat exige que le travail reprenne lundi.", [("lundi", "2026-11-23")]),
        (
            "en",
            'The governor on Monday urged residents and businesses to "stay home on Friday".',
            [("on Monday", "2026-11-16"), ("on Friday", "2026-11-20")],
        ),
        (
            "en",
            "The mayor called on residents to leave their homes on Saturday.",
            [("on Saturday", "2026-11-21")],
        ),
        # the day of the appeal itself, or what had been asked, stays behind
        (
            "en",
            "Police on Monday asked residents to stay indoors.",
            [("on Monday", "2026-11-16")],
        ),
        ("en", "He had urged them to return on Monday.", [("on Monday", "2026-11-16")]),
        ("fr", "Les pompiers ont réussi lundi à maîtriser le feu.", [("lundi", "2026-11-16")]),
    ],
)
def test_what_an_appeal_or_a_promise_asks_for_looks_ahead(french_nlp, language, text, expected):
    """A trial's hospital strike put the minister's call "à reprendre le dialogue dès lundi" /
    "to return to talks by Monday" on the Monday before publication."""
    assert _dates_extracted(text, language, date(2026, 11, 18)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # 2026-11-18 is a Wednesday: a start or a deadline with no tense to say otherwise
        ("fr", "Les écoles rouvrent dès lundi.", [("lundi", "2026-11-23")]),
        (
            "fr",
            "La ligne est fermée à partir de vendredi et jusqu'à dimanche.",
            [("vendredi", "2026-11-20"), ("dimanche", "2026-11-22")],
        ),
        (
            "en",
            "Schools reopen from Monday to Wednesday.",
            [("Monday", "2026-11-23"), ("Wednesday", "2026-11-25")],
        ),
        ("en", "New fares apply starting Monday.", [("Monday", "2026-11-23")]),
        # a past tense keeps them behind, as does "depuis"/"since"
        ("en", "Residents were evacuated by Monday.", [("Monday", "2026-11-16")]),
        ("fr", "Les secours sont intervenus dès lundi.", [("lundi", "2026-11-16")]),
        ("fr", "Les écoles sont fermées depuis lundi.", [("lundi", "2026-11-16")]),
        # a day naming what happened on it is no deadline
        ("en", "The town was hit by Tuesday's storm.", [("Tuesday", "2026-11-17")]),
    ],
)
def test_a_start_or_a_deadline_without_a_tense_looks_ahead(french_nlp, language, text, expected):
    """ "dès lundi", "by Monday" in what was urged ("à « reprendre le dialogue dès lundi »")
    or in a present ("rouvrent dès lundi") lay on the Monday before publication."""
    assert _dates_extracted(text, language, date(2026, 11, 18)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le procès s'était ouvert en janvier de l'année dernière.",
            [("janvier de l'année dernière", "2025-01")],
        ),
        ("fr", "L'usine a fermé en mars l'an dernier.", [("mars l'an dernier", "2025-03")]),
        (
            "fr",
            "Le chantier doit commencer en avril de l'année prochaine.",
            [("avril de l'année prochaine", "2027-04")],
        ),
        (
            "fr",
            "Le pont sera rouvert en février de cette année.",
            [("février de cette année", "2026-02")],
        ),
        (
            "fr",
            "Le contrat a été signé le 3 mai de l'an passé.",
            [("le 3 mai de l'an passé", "2025-05-03")],
        ),
        (
            "fr",
            "Les ventes ont reculé au premier trimestre de l'année prochaine.",
            [("au premier trimestre de l'année prochaine", "2027")],
        ),
        ("en", "The trial opened in January last year.", [("in January last year", "2025-01")]),
        ("en", "The plant will close in March next year.", [("in March next year", "2027-03")]),
        ("en", "Prices rose in June of this year.", [("in June of this year", "2026-06")]),
        ("en", "The deal was signed on May 3 last year.", [("May 3 last year", "2025-05-03")]),
        # "last" and "next" say which way, whatever the verb
        (
            "en",
            "Prices will be lower than last January.",
            [("last January", "2026-01")],
        ),
        # the relative year said first, joined to its month, day or quarter
        (
            "fr",
            "Le procès s'était ouvert l'an dernier en janvier.",
            [("l'an dernier en janvier", "2025-01")],
        ),
        (
            "fr",
            "Les travaux reprendront l'an prochain en avril.",
            [("l'an prochain en avril", "2027-04")],
        ),
        (
            "fr",
            "Le contrat a été signé l'année dernière le 3 mai.",
            [("l'année dernière le 3 mai", "2025-05-03")],
        ),
        ("en", "The trial opened last year in January.", [("last year in January", "2025-01")]),
        ("en", "Last year on May 3, the deal was signed.", [("Last year on May 3", "2025-05-03")]),
        (
            "en",
            "Sales fell last year in the second quarter.",
            [("last year in the second quarter", "2025")],
        ),
        # another year, or a surname: the relative year stands alone
        ("fr", "Il est arrivé en février de cette année-là.", [("février", "2026-02")]),
        ("fr", "Les ventes ont reculé l'an dernier en France.", [("l'an dernier", "2025")]),
        (
            "en",
            "Theresa May last year said 300 jobs would go.",
            [("last year", "2025")],
        ),
    ],
)
def test_a_day_or_month_qualified_by_a_relative_year_is_of_that_year(
    french_nlp, language, text, expected
):
    """A trial's "Le procès s'était ouvert en janvier de l'année dernière" and "The trial
    opened in January last year" gave January of the publication year and, apart, the year
    before: one date, the month of the year named relative to publication (2025-01); so too
    with the year said first ("l'an dernier en janvier", "last year in January")."""
    assert _dates_extracted(text, language, date(2026, 11, 25)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2026-11-18 is a Wednesday: the subjunctive of a "that" clause a demand governs
        ("The union demanded that talks resume on Monday.", [("on Monday", "2026-11-23")]),
        ("Nurses asked that 800 posts be filled by Friday.", [("Friday", "2026-11-20")]),
        # a verb with a tense of its own, or a relative inside the clause, says otherwise
        ("He insisted that talks had resumed on Monday.", [("on Monday", "2026-11-16")]),
        (
            "Police asked that residents who fled on Monday stay away.",
            [("on Monday", "2026-11-16")],
        ),
        ("He said that talks resume on Monday.", [("on Monday", "2026-11-16")]),
    ],
)
def test_what_a_demand_asks_that_looks_ahead(text, expected):
    """ "demanding that 800 additional nurses be hired": what is demanded is still to come."""
    assert _dates_extracted(text, "en", date(2026, 11, 18)) == expected


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "dates"),
    [
        # a past participle set after the subject with no auxiliary describes it: the day it
        # gives is the event's (the revelation), its agent speaks for nothing
        (
            "L'affaire, révélée en mars 2021 par l'hebdomadaire Expresso, avait provoqué la "
            "démission du ministre.",
            "L'affaire, révélée en mars 2021 par l'hebdomadaire Expresso, avait provoqué la "
            "démission du ministre",
            None,
            [("mars 2021", "2021-03", None)],
        ),
        (
            "Trois hommes ont été arrêtés mardi, dénoncés par un voisin.",
            "Trois hommes ont été arrêtés mardi, dénoncés par un voisin",
            None,
            [("mardi", "2026-11-24", None)],
        ),
        # an inverted frame, its verb with a tense of its own, says the day of the statement
        (
            "Le pont, a indiqué mardi le préfet, a été fermé.",
            "Le pont, a indiqué mardi le préfet, a été fermé",
            "préfet",
            [("mardi", "2026-11-24", "statement")],
        ),
    ],
)
def test_a_participle_describing_the_subject_dates_an_event_not_a_statement(
    french_nlp, text, claim, speaker, dates
):
    """A trial's "L'affaire, révélée en mars 2021 par l'hebdomadaire Expresso, avait provoqué
    la démission ..." was read as a frame set inside the sentence ("Le pont, a indiqué mardi le
    préfet, a été fermé"): March 2021 marked as the day of a statement, the weekly its
    speaker."""
    (found,) = extract(text, "fr", date(2026, 11, 25)).claims
    assert (found.text, found.speaker) == (claim, speaker)
    assert [(d.text, d.iso, d.role) for d in found.dates] == dates


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Il avait perçu 2,3 millions d'euros entre 2017 et 2020.",
            [("2017", "2017"), ("2020", "2020")],
        ),
        ("fr", "Le site a fonctionné de 2009 à 2015.", [("2009", "2009"), ("2015", "2015")]),
        ("fr", "Le budget pour 2027 prévoit 40 milliards d'euros.", [("2027", "2027")]),
        (
            "en",
            "He received 2.4 million euros in bribes between 2017 and 2020.",
            [("2017", "2017"), ("2020", "2020")],
        ),
        ("en", "Output fell 12% from 2019 levels.", [("2019", "2019")]),
        # a preposition of time stays with its year, as it says which way it runs
        ("fr", "Le pont est fermé depuis 2019.", [("depuis 2019", "2019")]),
    ],
)
def test_a_word_opening_a_range_or_a_count_is_no_part_of_the_year(
    french_nlp, language, text, expected
):
    """A trial's "entre 2017 et 2020" and "between 2017 and 2020" gave the dates "entre 2017"
    and "between 2017": the word opening the range belongs to the range (two dates, as the
    store keeps them), the date is the year."""
    assert _dates_extracted(text, language, date(2026, 11, 25)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # days of one month: that month
        ("fr", "Le salon se tiendra du 3 au 5 mars.", [("du 3 au 5 mars", "2027-03")]),
        (
            "fr",
            "Les pluies ont duré entre le 3 et le 5 mars.",
            [("entre le 3 et le 5 mars", "2026-03")],
        ),
        (
            "fr",
            "Le musée a fermé du mardi 3 au jeudi 5 mars 2026.",
            [("du mardi 3 au jeudi 5 mars 2026", "2026-03")],
        ),
        ("en", "The fair will run from 3 to 5 March.", [("from 3 to 5 March", "2027-03")]),
        ("en", "Talks were held from March 3 to 5.", [("from March 3 to 5", "2026-03")]),
        ("en", "Rail strikes hit the city on June 8-10.", [("June 8-10", "2026-06")]),
        # months of one year, or days across months: that year
        ("fr", "Les prix ont augmenté entre mars et mai.", [("entre mars et mai", "2026")]),
        ("fr", "L'usine a tourné de février à avril 2025.", [("de février à avril 2025", "2025")]),
        (
            "fr",
            "La ville a été inondée du 28 février au 3 mars.",
            [("du 28 février au 3 mars", "2026")],
        ),
        ("en", "Prices rose between March and May.", [("between March and May", "2026")]),
        (
            "en",
            "The plant was idle from April to June last year.",
            [("from April to June last year", "2025")],
        ),
        # a range across a year has no single date: its two ends
        (
            "en",
            "Output fell between March 2024 and May 2025.",
            [("March 2024", "2024-03"), ("May 2025", "2025-05")],
        ),
    ],
)
def test_a_range_of_days_or_months_is_one_date_holding_it(french_nlp, language, text, expected):
    """ "du 3 au 5 mars" gave only the 5th (and 3 as a figure), "between March and May" no
    date: a range is one date, at the grain of the model that holds it whole (a month for
    days of one month, a year for months of one year); the model has no interval."""
    assert _dates_extracted(text, language, date(2026, 11, 25)) == expected
    claims = extract(text, language, date(2026, 11, 25)).claims
    assert [n.text for c in claims for n in c.numbers] == []


def test_the_night_from_one_day_to_the_next_is_no_range(french_nlp):
    """ "la nuit du 3 au 4 mars" is the night ending on the 4th, as "la nuit de lundi à
    mardi" is Tuesday: not a range of two days."""
    text = "Il a neigé dans la nuit du 3 au 4 mars."
    assert _dates_extracted(text, "fr", date(2026, 11, 25)) == [("4 mars", "2026-03-04")]


@pytest.mark.parametrize(
    ("text", "language", "times", "figures"),
    [
        # a trial's "entre lundi 22 heures et mardi 6 heures" gave two durations, and the
        # matcher met "less than six hours" in another report as the same figure (0.91)
        (
            "Aucune vanne n'a été ouverte entre lundi 22 heures et mardi 6 heures.",
            "fr",
            [("22 heures", "2026-11-23"), ("6 heures", "2026-11-24")],
            [],
        ),
        # a bare number of hours elsewhere is still a duration
        ("Les secours sont intervenus pendant 6 heures.", "fr", [], [("6", "heures")]),
    ],
)
def test_a_bare_hour_after_a_weekday_is_that_days_time(text, language, times, figures):
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates(text, date(2026, 11, 25), language)
    assert [(d.text, d.iso) for d in dates if "heure" in d.text] == times
    assert [(n.text, n.unit) for n in numbers] == figures
