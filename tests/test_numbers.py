from datetime import date

import pytest

from workbench.extract import extract
from workbench.extract.numbers import find_numbers


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "six missiles américains", [("six", 6, "missiles")]),
        ("fr", "a couté la vie à huit personnes", [("huit", 8, "personnes")]),
        # an ordinal ranks, it counts nothing: no unit ("le millième jour" is not 1000 days)
        ("fr", "le millième jour de l'offensive", [("millième", 1000, None)]),
        ("fr", "Plus de 30.000 personnes ont fui", [("30.000", 30000, "personnes")]),
        ("fr", "un budget de 1 000 euros", [("1 000", 1000, "euros")]),
        ("fr", "2,5 millions de personnes", [("2,5 millions", 2_500_000, "personnes")]),
        ("fr", "une hausse de 15 %", [("15 %", 15, "%")]),
        ("fr", "vingt-trois soldats", [("vingt-trois", 23, "soldats")]),
        ("fr", "la première femme élue maire", [("première", 1, None)]),
        ("fr", "le premier pays à signer", [("premier", 1, None)]),
        ("en", "the first woman to lead the bank", [("first", 1, None)]),
        ("en", "a .6 percent increase", [(".6 percent", 0.6, "%")]),
        ("en", "a weekly one-hour programme", [("one", 1, "hour")]),
        ("fr", "trois quarts des votes", [("trois quarts", 0.75, "votes")]),
        ("en", "a $3.2bn deal", [("3.2bn", 3.2e9, "dollars")]),
        ("en", "at least 1,500 people have been injured", [("1,500", 1500, "people")]),
        ("en", "almost three-quarters of the vote", [("three-quarters", 0.75, "vote")]),
        # a function word is never a unit; compound and hyphenated nouns are one unit
        ("fr", "la moitié du budget annuel", [("la moitié", 0.5, "budget")]),
        ("fr", "un tiers de la récolte", [("un tiers", 0.333333333333, "récolte")]),
        ("fr", "un lac de 40 kilomètres carrés", [("40", 40, "kilomètres carrés")]),
        ("fr", "9 000 mètres cubes de gravats", [("9 000", 9000, "mètres cubes")]),
        ("en", "a 300 square mile reserve", [("300", 300, "square mile")]),
        ("fr", "une cinquantaine de garde-côtes", [("cinquantaine", 50, "garde-côtes")]),
        ("fr", "18 chefs-lieux", [("18", 18, "chefs-lieux")]),
        # a figure joined to its noun by a hyphen counts that noun
        ("en", "a 45-year-old teacher", [("45", 45, "year")]),
        ("en", "a 12-week course", [("12", 12, "week")]),
        # "a third" + a noun is the ordinal; + "of" or a verb, a fraction
        ("en", "a third candidate, a 52-year-old", [("third", 3, None), ("52", 52, "year")]),
        ("en", "a third of the harvest", [("a third", 0.333333333333, "harvest")]),
        ("en", "72 percent of polling stations", [("72 percent", 72, "%")]),
        ("en", "Africa's second-largest oil producer", [("second", 2, None)]),
        ("en", "the nation's 19 million people", [("19 million", 19_000_000, "people")]),
        ("en", "a dozen people", [("dozen", 12, "people")]),
        (
            "en",
            "a depth of 10 kilometres (6.2 miles)",
            [("10", 10, "kilometres"), ("6.2", 6.2, "miles")],
        ),
    ],
)
def test_figures_are_found_with_value_and_unit(language, text, expected):
    found = [(n.text, n.value, n.unit) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "l'une d'elles a été touchée"),
        ("fr", "un homme et une femme"),
        ("fr", "contre le Covid-19 à 3:32"),
        ("fr", "un bâtiment neuf."),
        ("en", "one of them said a word"),
        ("fr", "pour la première fois depuis"),
        ("fr", "sa première visite officielle"),
        ("fr", "le premier chantier du port"),
        ("en", "for the first time"),
        ("en", "their first meeting"),
    ],
)
def test_articles_and_names_are_not_figures(language, text):
    assert find_numbers(text, language) == []


def test_offsets_point_at_the_figure():
    text = "Selon l'armée, 12 drones et vingt et un missiles."
    for number in find_numbers(text, "fr"):
        assert text[number.start : number.end] == number.text
    assert [n.value for n in find_numbers(text, "fr")] == [12, 21]


def test_bounds_are_marked_approximate():
    (number,) = find_numbers("au moins 22 morts", "fr")
    assert number.approximate
    (exact,) = find_numbers("22 morts", "fr")
    assert not exact.approximate


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "La crue a fait au moins 9 morts et 41 blessés.", [True, True]),
        ("fr", "Plus de 200 granges, 35 hangars et 8 silos ont brûlé.", [True, True, True]),
        ("en", "The storm left at least 60 injured and 4 dead.", [True, True]),
        ("en", "Some 80 firefighters and six planes fought the blaze.", [True, False]),
        ("fr", "Environ 80 pompiers et six avions ont lutté contre le feu.", [True, False]),
        ("en", "More than 90 homes, 12 barns and 3 churches were flooded.", [True, True, True]),
        ("en", "At least 9 people drowned and 20 are still missing.", [True, False]),
        ("en", "At least 40 injured and exactly 2 dead.", [True, False]),
        ("fr", "Au moins 8 morts ont été recensés et 15 blessés évacués.", [True, False]),
    ],
)
def test_a_bound_holds_for_the_counts_listed_after_it(language, text, expected):
    assert [n.approximate for n in find_numbers(text, language)] == expected


def test_fractions_keep_their_exact_value():
    (two_thirds,) = find_numbers("two-thirds of the voters", "en")
    assert abs(two_thirds.value - 2 / 3) < 1e-9
    (tiers,) = find_numbers("deux tiers des électeurs", "fr")
    assert abs(tiers.value - 2 / 3) < 1e-9


def test_an_estimated_figure_is_approximate():
    (found,) = find_numbers("an estimated 2.5 million voters", "en")
    assert found.approximate


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a range: the scale and unit written once apply to both ends, both are bounds
        (
            "fr",
            "entre 12 et 14 millions de visiteurs",
            [("12", 12_000_000, "visiteurs", True), ("14 millions", 14_000_000, "visiteurs", True)],
        ),
        (
            "en",
            "between 12 and 14 million people",
            [("12", 12_000_000, "people", True), ("14 million", 14_000_000, "people", True)],
        ),
        ("en", "from 5 to 10 percent", [("5", 5, "%", True), ("10 percent", 10, "%", True)]),
        ("fr", "« cinq à six ans » au moins", [("cinq", 5, "ans", True), ("six", 6, "ans", True)]),
        ("fr", "une peine de dix ans au moins", [("dix", 10, "ans", True)]),
        ("fr", "12 et 14 personnes", [("12", 12, None, False), ("14", 14, "personnes", False)]),
        # halves
        ("fr", "une heure et demie de débat", [("une heure et demie", 1.5, "heure", False)]),
        ("fr", "deux ans et demi de prison", [("deux ans et demi", 2.5, "ans", False)]),
        ("en", "an hour and a half later", [("an hour and a half", 1.5, "hour", False)]),
        ("en", "two and a half years", [("two and a half years", 2.5, "years", False)]),
        # money: a currency sign or an elided "de" before the currency
        ("en", "a $3.2 million grant", [("3.2 million", 3_200_000, "dollars", False)]),
        ("en", "it cost €5 million.", [("5 million", 5_000_000, "euros", False)]),
        ("fr", "un don de 3 500 €", [("3 500", 3500, "euros", False)]),
        ("fr", "200 millions d'euros", [("200 millions", 200_000_000, "euros", False)]),
        ("fr", "1,7 millions d’hommes", [("1,7 millions", 1_700_000, "hommes", False)]),
    ],
)
def test_ranges_bounds_halves_and_money(language, text, expected):
    found = [(n.text, n.value, n.unit, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a scale joined by a hyphen is one figure with its scale
        ("en", "a $450-million loan", [("450-million", 450_000_000, "dollars", False)]),
        ("en", "the $1.8-billion plan", [("1.8-billion", 1_800_000_000, "dollars", False)]),
        (
            "fr",
            "un prêt de 3,5-milliards d'euros",
            [("3,5-milliards", 3_500_000_000, "euros", False)],
        ),
        # a number inside a name is no figure, unless a plural noun says what it counts
        ("fr", "Il l'a dit sur France 3 hier soir", []),
        ("en", "a Airbus 380 and an iPhone 14 were shown", []),
        ("en", "it aired on Channel 5 and Radio 4 last night", []),
        ("en", "she told Radio Kampala 14 soldiers died", [("14", 14, "soldiers", False)]),
        ("en", "the court gave Mr Obi 30 days to appeal", [("30", 30, "days", False)]),
        ("en", "Some 300 people marched", [("300", 300, "people", True)]),
        ("en", "Rebels Seize 12 Towns In North Kivu", [("12", 12, None, False)]),
        # a score or a tally is two exact figures, not a range
        ("en", "Leeds won 4-2 at home", [("4", 4, None, False), ("2", 2, None, False)]),
        ("en", "they beat Ghana 2–1 in the final", [("2", 2, None, False), ("1", 1, None, False)]),
        ("en", "they lost 0-3 to Spain", [("0", 0, None, False), ("3", 3, None, False)]),
        ("en", "the board voted 7-2 to approve it", [("7", 7, None, False), ("2", 2, None, False)]),
        (
            "fr",
            "Lens s'est imposé 3-0 face à Brest",
            [("3", 3, None, False), ("0", 0, None, False)],
        ),
        ("en", "a 3-4 year delay", [("3", 3, "year", True), ("4", 4, "year", True)]),
    ],
)
def test_hyphenated_scales_names_and_scores(language, text, expected):
    found = [(n.text, n.value, n.unit, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


def test_donations_in_one_article_are_sums_of_money_not_one_fact_given_twice(french_nlp):
    """Two donations of one article, 200 and 150 millions d'euros, are money (a measure):
    within an article they are different facts, never "figures disagree"."""
    from workbench.matching.disagreement import article_flags

    text = (
        "La fondation a donné 200 millions d'euros à l'hôpital, selon son directeur.\n\n"
        "Une banque a promis 150 millions d'euros aux écoles, a indiqué le maire."
    )
    extraction = extract(text, "fr", date(2024, 1, 1))
    claims = [{**c.to_dict(), "id": i} for i, c in enumerate(extraction.claims, 1)]
    assert [n["unit"] for c in claims for n in c["numbers"]] == ["euros", "euros"]
    assert article_flags({"language": "fr", "claims": claims}) == {}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The council approved a $2.5-million repair plan.", [("2.5-million", 2_500_000)]),
        ("en", "a 40-billion-dollar deficit", [("40-billion", 40e9)]),
        ("fr", "un chantier à 2,5-millions d'euros", [("2,5-millions", 2_500_000)]),
        ("fr", "une rallonge de 1,2-milliard", [("1,2-milliard", 1.2e9)]),
    ],
)
def test_a_scale_joined_by_a_hyphen_is_one_figure(language, text, expected):
    assert [(n.text, n.value) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le reportage diffusé sur France 2 a été vu par 4 millions de personnes.", [4e6]),
        ("en", "An Airbus A320 carrying 150 passengers landed safely.", [150]),
        ("en", "The Boeing 737 jet had 132 people aboard.", [132]),
        ("en", "Microsoft said Windows 11 now runs on 500 million devices.", [500e6]),
        ("en", "Leaders met at the G20 summit as Covid-19 cases rose by 12 percent.", [12]),
        ("fr", "L'équipage du vol Air France 447 comptait 12 membres.", [12]),
        ("en", "She spoke on Channel 4 for 20 minutes.", [20]),
        ("en", "In a poll, Biden had 46% and Trump 44%.", [46, 44]),
        ("en", "Some 300 people marched.", [300]),
        ("fr", "Environ 300 personnes ont défilé.", [300]),
        ("fr", "Les 27 pays de l'Union ont voté.", [27]),
        ("en", "The fine is EUR 5 million.", [5e6]),
        ("en", "Brixa led the gainers on the Stoxx 600 index, up 7%.", [7]),
        ("fr", "Le titre a pris 3 %, meilleure hausse de l'indice SBF 120.", [3]),
        ("en", "Six new indexes and 40 taxes were set up.", [6, 40]),
        ("fr", "Elle a recueilli 312 voix.", [312]),
    ],
)
def test_a_number_inside_a_name_is_no_figure(language, text, expected):
    assert [n.value for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The court gave Mensah 30 days to appeal.", [30]),
        ("en", "A nurse told Reuters 14 people had died overnight.", [14]),
        ("fr", "Le juge accorde à Diallo 15 jours pour répondre.", [15]),
        ("en", "Channel 4 says the show drew 2 million viewers.", [2e6]),
    ],
)
def test_a_name_followed_by_a_count_keeps_the_count(language, text, expected):
    assert [n.value for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Officials declared a Level 3 emergency.", [(3, "level")]),
        ("en", "Cyclone Ana weakened to Category 2 overnight.", [(2, "category")]),
        ("fr", "Le plan passe en Phase 2 dès lundi.", [(2, "phase")]),
    ],
)
def test_the_step_of_a_graded_scale_is_a_figure(language, text, expected):
    assert [(n.value, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # words qualifying the noun stand between a figure and what it counts
        ("en", "Crews cleared 30 fallen pine trees", [("30", 30, "trees")]),
        ("en", "nine stranded hikers were found", [("nine", 9, "hikers")]),
        ("en", "envoys of three West African nations", [("three", 3, "nations")]),
        ("fr", "trois nouvelles grandes écoles", [("trois", 3, "écoles")]),
        ("en", "a third of the rise while gains slowed", [("a third", 0.333333333333, "rise")]),
        ("fr", "une dizaine de pompiers", [("dizaine", 10, "pompiers")]),
        (
            "en",
            "prices rose 5 percent in 2019 and 7 in 2020",
            [("5 percent", 5, "%"), ("7", 7, None)],
        ),
    ],
)
def test_what_a_figure_counts_skips_the_words_qualifying_it(language, text, expected):
    found = [(n.text, n.value, n.unit) for n in find_numbers(text, language)]
    assert found == expected


def test_a_unit_per_time_is_one_unit_and_m_before_a_slash_no_million():
    found = find_numbers("des rafales à 90 km/h, un courant de 3 m/s", "fr")
    assert [(n.text, n.value, n.unit) for n in found] == [("90", 90, "km/h"), ("3", 3, "m/s")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space between groups of three digits separates thousands in English text too
        ("The fire forced 3 180 residents to leave.", [("3 180", 3180, "residents")]),
        ("About 12 400 hectares burned.", [("12 400", 12400, "hectares")]),
        # but a day of the month before a count stays a day
        ("On May 15 200 people gathered outside.", [("200", 200, "people")]),
        # nor is a group joined to a hyphenated word: ten races of 100 metres
        ("She won 10 100-metre races.", [("10", 10, None), ("100", 100, "metre")]),
    ],
)
def test_english_thousands_written_with_a_space(text, expected):
    assert [(n.text, n.value, n.unit) for n in find_numbers(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The landslide injured about 40 and killed 14.",
            [("40", 40, "injured"), ("14", 14, "killed")],
        ),
        ("Riot police arrested 23 outside the stadium.", [("23", 23, "arrested")]),
        # what comes after the verb's count says when, not what it counts
        ("The outbreak has infected 1,200 since March.", [("1,200", 1200, "infected")]),
        # the count before the participle and after the verb say the same thing apart
        ("14 killed and 40 injured", [("14", 14, "killed"), ("40", 40, "injured")]),
        ("It injured 9 workers.", [("9", 9, "workers")]),
    ],
)
def test_a_bare_count_after_a_verb_counts_what_the_verb_says(text, expected):
    assert [(n.text, n.value, n.unit) for n in find_numbers(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vingt-deux d'entre eux ont pu remonter.", "fr"),
        ("Trois d'entre elles sont blessées.", "fr"),
        ("Twenty-two of them reached the surface.", "en"),
        ("Two of us stayed behind.", "en"),
    ],
)
def test_a_pronoun_is_never_what_a_figure_counts(text, language):
    """A trial's card read "Vingt-deux = 22 eux": the pronoun stands for what is counted."""
    assert [n.unit for n in find_numbers(text, language)] == [None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a change from one figure to another is no range: both exact, each its own unit
        (
            "Turnover rose 12% to 4.1 billion euros last year.",
            "en",
            [("12%", 12, "%", False), ("4.1 billion", 4_100_000_000, "euros", False)],
        ),
        (
            "Its shares dropped 3.4% to 950 pence.",
            "en",
            [("3.4%", 3.4, "%", False), ("950", 950, "pence", False)],
        ),
        (
            "Unemployment went from 7 to 9 percent.",
            "en",
            [("7", 7, "%", False), ("9 percent", 9, "%", False)],
        ),
        (
            "Le taux est passé de 4 à 6 % en un an.",
            "fr",
            [("4", 4, "%", False), ("6 %", 6, "%", False)],
        ),
        # a range stays a range
        (
            "Between 4 and 6 percent of voters",
            "en",
            [("4", 4, "%", True), ("6 percent", 6, "%", True)],
        ),
    ],
)
def test_a_change_from_one_figure_to_another_is_no_range(text, language, expected):
    """A trial's results story read "Revenue climbed 9% to 3.8 billion pounds" as a range,
    9 billion percent, approximate."""
    found = [(n.text, n.value, n.unit, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The bank closed nine of its branches.", "en", [("nine", 9, "branches")]),
        ("Six of their players were injured.", "en", [("Six", 6, "players")]),
        ("Le stock atteindra 5 000 d'ici à juin.", "fr", [("5 000", 5000, None)]),
        ("Il a cité 300 que le maire conteste.", "fr", [("300", 300, None)]),
        ("Sales fell by a third since the spring.", "en", [("a third", 1 / 3, None)]),
    ],
)
def test_a_possessive_or_a_conjunction_is_never_the_unit(text, language, expected):
    """A trial card read "14 of its jets" as 14 its, "10 000 d'ici" as 10 000 ici."""
    found = [(n.text, n.value, n.unit) for n in find_numbers(text, language)]
    assert [(t, pytest.approx(v), u) for t, v, u in found] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'usine de Trois-Rivières a fermé.", "fr"),
        ("Il habite dans les Deux-Sèvres.", "fr"),
        ("The Seven-Oaks branch closed.", "en"),
    ],
)
def test_a_number_word_in_a_hyphenated_place_name_is_no_figure(text, language):
    assert find_numbers(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "At least nine hikers were rescued and four are still missing.",
            [(9, "hikers"), (4, "hikers")],
        ),
        (
            "en",
            "Some 200 houses were flooded, 30 were destroyed.",
            [(200, "houses"), (30, "houses")],
        ),
        (
            "fr",
            "Trois ouvriers sont morts et deux sont portés disparus.",
            [(3, "ouvriers"), (2, "ouvriers")],
        ),
        (
            "fr",
            "Quelque 40 granges ont brûlé, dont 12 ont été détruites.",
            [(40, "granges"), (12, "granges")],
        ),
        # a sum of money is no count to carry over; nor a percentage
        ("en", "He paid $300 and 20 were refunded.", [(300, "dollars"), (20, None)]),
        ("en", "Prices rose 5% and 3 are expected.", [(5, "%"), (3, None)]),
    ],
)
def test_a_figure_standing_for_its_noun_counts_what_the_figure_before_counted(
    language, text, expected
):
    """A trial's dam story: "At least 14 people were killed and 30 are still missing" gave 30
    of nothing."""
    assert [(n.value, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The defendants received jail terms of between three and eight years.",
            [("three", 3, "years", True), ("eight", 8, "years", True)],
        ),
        (
            "fr",
            "Les accusés ont écopé de peines comprises entre trois et huit ans de prison.",
            [("trois", 3, "ans", True), ("huit", 8, "ans", True)],
        ),
        # "and"/"et" still joins the parts of one compound
        (
            "en",
            "The ship carried one hundred and five passengers.",
            [("one hundred and five", 105, "passengers", False)],
        ),
        ("fr", "Vingt et un passagers sont arrivés.", [("Vingt et un", 21, "passagers", False)]),
    ],
)
def test_a_range_of_number_words_gives_both_ends(french_nlp, language, text, expected):
    """A trial's "received sentences of between two and six years" gave no figure: "two and
    six" was read as one compound, which is no number."""
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the nearest count of things, past a measure and a part set in an apposition
        (
            "en",
            "Twenty miners, including two engineers, spent up to three days underground, "
            "while nine were rescued unhurt.",
            [(20, "miners"), (2, "engineers"), (3, "days"), (9, "miners")],
        ),
        (
            "en",
            "Five firefighters fought the fire that destroyed 40 homes, and 12 were damaged.",
            [(5, "firefighters"), (40, "homes"), (12, "homes")],
        ),
        # what the sentence before counted, in the same paragraph
        (
            "en",
            "Thirty protesters were held for two days. Eight were charged.",
            [(30, "protesters"), (2, "days"), (8, "protesters")],
        ),
        (
            "en",
            "Police arrested 12 suspects. Five were released.",
            [(12, "suspects"), (5, "suspects")],
        ),
        (
            "fr",
            "Douze ouvriers, dont deux contremaîtres, ont été licenciés après trois ans de "
            "service. Cinq ont été réembauchés.",
            [(12, "ouvriers"), (2, "contremaîtres"), (3, "ans"), (5, "ouvriers")],
        ),
        # never across a paragraph
        (
            "en",
            "Thirty protesters were held for two days.\n\nEight were charged.",
            [(30, "protesters"), (2, "days"), (8, None)],
        ),
    ],
)
def test_an_elided_head_counts_the_nearest_count_of_things_before_it(
    french_nlp, language, text, expected
):
    """A trial's "Eleven co-defendants, including three construction executives, received
    sentences of between two and six years, ..., while four were acquitted" counted four
    executives (then four years), and "Quatre ont été relaxés", a sentence after "Onze autres
    prévenus ... ont été condamnés", counted nothing."""
    assert [(value, unit) for _, value, unit, _ in _figures(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an ordinal ranks a floor, a round, a place: it is no count, of what follows or of
        # a plural further on
        (
            "fr",
            "Les extincteurs du troisième étage avaient été vérifiés",
            [("troisième", 3, None)],
        ),
        ("fr", "un appartement au 5e étage", [("5e", 5, None)]),
        ("en", "flats on the fourth floor were evacuated", [("fourth", 4, None)]),
        ("en", "a fire on the 12th floor", [("12th", 12, None)]),
    ],
)
def test_an_ordinal_counts_nothing(language, text, expected):
    """A trial's "les détecteurs de fumée du deuxième étage avaient été contrôlés" gave the
    count "2 contrôlés"."""
    assert [(n.text, n.value, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Douze passagers ont été hospitalisés, dont deux gravement.",
            [("Douze", 12, "passagers"), ("deux", 2, "passagers")],
        ),
        (
            "fr",
            "Neuf salariés ont été licenciés, dont trois d'entre eux en CDI.",
            [("Neuf", 9, "salariés"), ("trois", 3, "salariés")],
        ),
        (
            "en",
            "Fifteen climbers were rescued, three of them critically hurt.",
            [("Fifteen", 15, "climbers"), ("three", 3, "climbers")],
        ),
        (
            "en",
            "Thirty cars were damaged, including five.",
            [("Thirty", 30, "cars"), ("five", 5, "cars")],
        ),
        # a part placed or described by a preposition is still a part of the count
        (
            "fr",
            "Onze randonneurs ont été secourus, dont deux dans un état critique.",
            [("Onze", 11, "randonneurs"), ("deux", 2, "randonneurs")],
        ),
        (
            "fr",
            "Au total, 26 élèves ont été intoxiqués, dont quatre en réanimation.",
            [("26", 26, "élèves"), ("quatre", 4, "élèves")],
        ),
        (
            "en",
            "Some 14 miners were hurt, including two in critical condition.",
            [("14", 14, "miners"), ("two", 2, "miners")],
        ),
        # a second part, in the same list, is a part all the same
        (
            "fr",
            "La tempête a fait 30 blessés, dont 8 à Brest et 2 à Quimper.",
            [("30", 30, "blessés"), ("8", 8, "blessés"), ("2", 2, "blessés")],
        ),
        (
            "en",
            "Some 25 homes were flooded, including six in Tralee and two at Listowel.",
            [("25", 25, "homes"), ("six", 6, "homes"), ("two", 2, "homes")],
        ),
        # a word of manner is never what a figure counts
        ("en", "prices rose 4 sharply", [("4", 4, None)]),
        # a part of a sum of money is in its currency (a new user's trial: "31,5 milliards
        # d'euros, dont 9,2 milliards sur la Sécurité sociale" lost its euros)
        (
            "fr",
            "un budget de 3 millions d'euros, dont 200 000 seulement",
            [("3 millions", 3_000_000, "euros"), ("200 000", 200_000, "euros")],
        ),
        (
            "fr",
            "L'effort atteint 31,5 milliards d'euros, dont 14 milliards sur les dépenses de "
            "l'Etat et 9,2 milliards sur la Sécurité sociale.",
            [
                ("31,5 milliards", 31_500_000_000, "euros"),
                ("14 milliards", 14_000_000_000, "euros"),
                ("9,2 milliards", 9_200_000_000, "euros"),
            ],
        ),
        (
            "fr",
            "La charge atteindra 67 milliards d'euros, soit près de 8 milliards de plus qu'en "
            "2026.",
            [("67 milliards", 67_000_000_000, "euros"), ("8 milliards", 8_000_000_000, "euros")],
        ),
        (
            "en",
            "The fund raised $5 billion, including 2 billion from Europe.",
            [("5 billion", 5_000_000_000, "dollars"), ("2 billion", 2_000_000_000, "dollars")],
        ),
        # money still stands for no subject of the next clause
        (
            "en",
            "The plan costs $3 million and 200 are hired.",
            [("3 million", 3_000_000, "dollars"), ("200", 200, None)],
        ),
    ],
)
def test_a_part_of_a_head_count_counts_what_it_refines(language, text, expected):
    """A trial's "23 personnes ont été blessées, dont quatre grièvement" counted "4
    grièvement", and "four of them seriously" counted nothing."""
    assert [(n.text, n.value, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "A survey found that one in four nurses had worked unpaid overtime.",
            [("one in four", 25, "%", False)],
        ),
        ("en", "Six in 10 voters backed the plan.", [("Six in 10", 60, "%", False)]),
        (
            "en",
            "Two out of three bridges need repairs.",
            [("Two out of three", 66.7, "%", True)],
        ),
        (
            "fr",
            "Selon l'étude, un collégien sur cinq a déjà été harcelé.",
            [("un collégien sur cinq", 20, "%", False)],
        ),
        ("fr", "trois sur dix ont renoncé à se soigner", [("trois sur dix", 30, "%", False)]),
        # a rate over a stretch of time, a tally of raids, two counts in digits: no share
        (
            "en",
            "The storm dumped 9 inches in 12 hours",
            [("9", 9, "inches", False), ("12", 12, "hours", False)],
        ),
        (
            "en",
            "Soldiers killed two in three raids",
            [("two", 2, "killed", False), ("three", 3, "raids", False)],
        ),
        (
            "fr",
            "Il reste 45 lits sur 130 disponibles",
            [("45", 45, "lits", False), ("130", 130, "disponibles", False)],
        ),
        ("fr", "ouvert 24 heures sur 24", [("24", 24, "heures", False), ("24", 24, None, False)]),
        # "sur" + a count of its own is "about" or "on"
        (
            "fr",
            "un débat sur trois propositions de loi",
            [("trois", 3, "propositions", False)],
        ),
    ],
)
def test_one_in_three_is_a_share_not_a_count(language, text, expected):
    """A trial's "one in three homes was short of night staff" gave "3 homes"; a share is
    kept as percentages are (unit "%"), approximate when a tenth does not give it exactly."""
    found = [(n.text, n.value, n.unit, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Organisers said half a million people marched through the capital.",
            [("half a million", 500_000, "people")],
        ),
        (
            "en",
            "About a quarter of a million people have fled the region, the UN said.",
            [("a quarter of a million", 250_000, "people")],
        ),
        (
            "en",
            "The plan costs three-quarters of a billion dollars.",
            [("three-quarters of a billion", 750_000_000, "dollars")],
        ),
        ("en", "Police said half a dozen men were arrested.", [("half a dozen", 6, "men")]),
        (
            "fr",
            "Un demi-million de personnes ont manifesté samedi, selon la CGT.",
            [("Un demi-million", 500_000, "personnes")],
        ),
        (
            "fr",
            "Près d'un quart de million de réfugiés ont quitté le pays.",
            [("un quart de million", 250_000, "réfugiés")],
        ),
        ("fr", "Une demi-douzaine de maisons ont brûlé.", [("Une demi-douzaine", 6, "maisons")]),
        # a share of a count stays a share: no scale follows the fraction
        (
            "en",
            "Half of the 300 residents were evacuated.",
            [("Half", 0.5, None), ("300", 300, "residents")],
        ),
        (
            "fr",
            "La moitié des 300 habitants ont été évacués.",
            [("La moitié", 0.5, None), ("300", 300, "habitants")],
        ),
        # already one figure each
        ("en", "Some 1.5 million people live there.", [("1.5 million", 1_500_000, "people")]),
        (
            "en",
            "Two and a half million people voted.",
            [("Two and a half million", 2_500_000, "people")],
        ),
        (
            "fr",
            "Un million et demi de personnes ont été touchées.",
            [("Un million et demi", 1_500_000, "personnes")],
        ),
    ],
)
def test_a_fraction_of_a_scale_is_one_figure(french_nlp, language, text, expected):
    """ "half a million people" is 500,000 people: read apart, "half" was 0.5 and "million"
    1,000,000, two figures of which neither is the one written ("un demi-million" gave only
    the million)."""
    extraction = extract(text, language, date(2026, 11, 25))
    found = [(n.text, n.value, n.unit) for c in extraction.claims for n in c.numbers]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "8 milliards = 8 000 000 000 qu'en"
        ("fr", "Il manque 8 milliards de plus qu'en 2026.", [("8 milliards", None)]),
        ("fr", "Ils étaient 300 qu'on a relogés.", [("300", None)]),
        ("fr", "On en compte 40 jusqu'à lundi.", [("40", None)]),
    ],
)
def test_an_elided_function_word_is_never_a_unit(language, text, expected):
    assert [(n.text, n.unit) for n in find_numbers(text, language)] == expected


def _figures(text: str, language: str) -> list[tuple[str, float, str | None, bool]]:
    claims = extract(text, language, date(2026, 8, 13)).claims
    return [(n.text, n.value, n.unit, n.approximate) for c in claims for n in c.numbers]


def test_an_order_of_size_gives_a_participle_no_figure_to_stand_alone_on():
    # before an order of size was a figure, the participle folded back into its clause; it
    # still does (a piece with a figure of its own, "flooding 300 homes", stands alone)
    text = "The flood destroyed 300 homes, leaving hundreds of families without shelter."
    (claim,) = extract(text, "en", date(2026, 8, 13)).claims
    assert claim.text == text.rstrip(".")
    assert [(n.value, n.unit) for n in claim.numbers] == [(300, "homes"), (200, "families")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole series of French collective numerals, each about its number
        ("Une huitaine de chalets ont brûlé.", [("huitaine", 8, "chalets", True)]),
        ("Une soixantaine de granges ont brûlé.", [("soixantaine", 60, "granges", True)]),
        ("Une quinzaine de bus ont été affrétés.", [("quinzaine", 15, "bus", True)]),
        ("Une septantaine de vaches ont péri.", [("septantaine", 70, "vaches", True)]),
        (
            "Une dizaine de milliers de manifestants ont défilé.",
            [("dizaine de milliers", 10_000, "manifestants", True)],
        ),
        # a quarantine is no count; forty of something is
        ("Le navire a été soumis à une quarantaine stricte.", []),
        ("Une quarantaine de marins ont été débarqués.", [("quarantaine", 40, "marins", True)]),
    ],
)
def test_a_french_collective_numeral_is_about_its_number(french_nlp, text, expected):
    assert _figures(text, "fr") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: 262 had no unit, so a report compared it with nothing
        (
            "fr",
            "Le budget a été adopté par 289 voix contre 262.",
            [("289", "voix"), ("262", "voix")],
        ),
        ("en", "The bill passed by 289 votes to 263.", [("289", "votes"), ("263", "votes")]),
        ("fr", "Le oui l'emporte avec 53 % contre 47.", [("53 %", "%"), ("47", "%")]),
        ("en", "The motion won 120 votes against 80.", [("120", "votes"), ("80", "votes")]),
        # its own noun stays; a change goes where it goes
        (
            "fr",
            "Il y a eu 12 blessés contre 3 morts.",
            [("12", "blessés"), ("3", "morts")],
        ),
        ("en", "Prices rose 5 percent to 10.", [("5 percent", "%"), ("10", None)]),
    ],
)
def test_a_figure_set_against_another_counts_the_same(language, text, expected):
    """ "289 voix contre 262", "289 votes to 263": the second figure's noun is left unsaid."""
    assert [(n.text, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: an estimate after a currency sign or inside quotes was exact
        ("en", "Interest payments will rise by about €8bn.", [("8bn", True)]),
        ("en", "It would cost roughly €1.5bn in tax revenue.", [("1.5bn", True)]),
        ("en", "It would cost roughly $2 million.", [("2 million", True)]),
        ("fr", "Le déficit devrait s'établir « autour de 4,9 % » en 2027.", [("4,9 %", True)]),
        ("fr", "Le déficit devrait s'établir autour de « 4,9 % ».", [("4,9 %", True)]),
        ("fr", "Le coût est de l'ordre de 3 millions d'euros.", [("3 millions", True)]),
        ("en", "The deficit would be around 4.9%.", [("4.9%", True)]),
        # a currency sign alone makes no estimate
        ("en", "It would cost €1.5bn.", [("1.5bn", False)]),
    ],
)
def test_an_estimate_holds_past_a_currency_sign_or_a_quotation_mark(language, text, expected):
    found = [(n.text, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "passerait de 43,2 % à 43,5 %" was read as a range, both bounds
        (
            "fr",
            "Le taux passerait ainsi de 43,2 % à 43,5 % du PIB.",
            [("43,2 %", "%", False), ("43,5 %", "%", False)],
        ),
        (
            "fr",
            "Le chômage augmentera de 7 % à 8 % l'an prochain.",
            [("7 %", "%", False), ("8 %", "%", False)],
        ),
        (
            "fr",
            "Le prix baisserait de 10 à 8 euros.",
            [("10", "euros", False), ("8", "euros", False)],
        ),
        (
            "en",
            "The ratio will go from 43.2% to 43.5%.",
            [("43.2%", "%", False), ("43.5%", "%", False)],
        ),
        # without a verb of change, a range
        (
            "fr",
            "Il risque de 5 à 10 ans de prison.",
            [("5", "ans", True), ("10", "ans", True)],
        ),
        (
            "fr",
            "une croissance comprise entre 0,7 et 0,9 %",
            [("0,7", "%", True), ("0,9 %", "%", True)],
        ),
    ],
)
def test_a_change_in_any_tense_is_no_range(language, text, expected):
    found = [(n.text, n.unit, n.approximate) for n in find_numbers(text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "l'article 49.3" was the figure 49.3
        ("fr", "Le gouvernement a envisagé de recourir à l'article 49.3 de la Constitution.", []),
        ("fr", "Les articles 12 et 13 de la loi créent 300 postes.", [("300", "postes")]),
        ("fr", "selon l'alinéa 2 du texte", []),
        ("en", "under section 230 of the act", []),
        ("en", "The Government used Article 49.3 of the constitution.", []),
        # a count of articles stays one
        ("fr", "Le texte compte 12 articles.", [("12", "articles")]),
    ],
)
def test_the_number_of_an_article_of_law_is_no_figure(language, text, expected):
    assert [(n.text, n.unit) for n in find_numbers(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "Chaque dixième de croissance" and "each tenth of a percentage
        # point" were the figure 10
        (
            "fr",
            "« Chaque dixième de croissance en moins coûte 1,5 milliard d'euros »",
            [("dixième", 0.1, "croissance"), ("1,5 milliard", 1_500_000_000, "euros")],
        ),
        ("fr", "Le taux a baissé de deux dixièmes de point.", [("deux dixièmes", 0.2, "point")]),
        ("fr", "Un cinquième des salariés est concerné.", [("Un cinquième", 0.2, "salariés")]),
        (
            "en",
            "Each tenth of a percentage point of lost growth costs money.",
            [("tenth of a percentage point", 0.1, "point")],
        ),
        ("en", "Three tenths of the votes were counted.", [("Three tenths", 0.3, "votes")]),
        # before its noun an ordinal still ranks, and counts nothing
        ("fr", "Il célèbre le dixième anniversaire de la loi.", [("dixième", 10, None)]),
        ("fr", "Il brigue un cinquième mandat.", [("cinquième", 5, None)]),
        ("en", "Every tenth voter was polled.", [("tenth", 10, None)]),
        ("en", "It celebrated the tenth anniversary.", [("tenth", 10, None)]),
    ],
)
def test_an_ordinal_after_a_count_and_before_of_is_a_fraction(language, text, expected):
    found = [(n.text, n.value, n.unit) for n in find_numbers(text, language)]
    assert [(t, pytest.approx(v), u) for t, v, u in found] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "half a percentage point" had no unit, and "3 basis points"
        # was 3 points, as "0.3 percentage points" is 0.3
        (
            "en",
            "The deficit falls by half a percentage point.",
            [("half a percentage point", 0.5, "point")],
        ),
        ("en", "Bond yields fell 3 basis points.", [("3 basis points", 0.03, "points")]),
        ("en", "The levy rises by 0.3 percentage points.", [("0.3", 0.3, "points")]),
        ("en", "The bank raised rates by 25 bps.", [("25 bps", 0.25, "points")]),
        ("fr", "Le taux a reculé de 15 points de base.", [("15 points de base", 0.15, "points")]),
        ("fr", "La croissance a reculé d'un demi-point.", [("un demi-point", 0.5, "point")]),
        ("en", "She waited half an hour.", [("half an hour", 0.5, "hour")]),
        ("en", "It fell by half a basis point.", [("half a basis point", 0.005, "point")]),
        # a share of a whole stays a share, of a scale one figure
        ("en", "Half the residents left.", [("Half", 0.5, None)]),
        ("en", "half a million people", [("half a million", 500_000, "people")]),
        ("fr", "Il a gagné la demi-finale.", []),
    ],
)
def test_a_fraction_of_a_unit_and_basis_points_are_said_in_that_unit(language, text, expected):
    found = [(n.text, n.value, n.unit) for n in find_numbers(text, language)]
    assert [(t, pytest.approx(v), u) for t, v, u in found] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a new user's trial: "the likely 2027 deficit" was 2,027 deficit
        (
            "en",
            "She put the likely 2027 deficit at 4.9%.",
            ([("4.9%", None)], [("2027", "2027")]),
        ),
        (
            "en",
            "The company's expected 2026 surplus is small.",
            ([], [("2026", "2026")]),
        ),
        (
            "fr",
            "Le budget 2027 prévoit un déficit de 4,6 %.",
            ([("4,6 %", None)], [("2027", "2027")]),
        ),
        # a count stays a count
        ("en", "The remaining 2000 troops left.", ([("2000", "troops")], [])),
        ("fr", "La ville compte 2000 habitants.", ([("2000", "habitants")], [])),
        ("en", "The estimated 2000 dead were buried.", ([("2000", "dead")], [])),
    ],
)
def test_a_year_qualifying_a_noun_is_a_date_not_a_count(french_nlp, language, text, expected):
    claims = extract(text, language, date(2026, 11, 25)).claims
    numbers = [(n.text, n.unit if n.unit != "%" else None) for c in claims for n in c.numbers]
    dates = [(d.text, d.iso) for c in claims for d in c.dates]
    assert (numbers, dates) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an order of size in the plural is at least two of it: a lower bound, approximate,
        # the same in both languages
        ("fr", "Des centaines de chalets ont brûlé.", [("centaines", 200, "chalets", True)]),
        ("en", "Hundreds of cabins burned.", [("Hundreds", 200, "cabins", True)]),
        ("fr", "Des dizaines de bus ont été affrétés.", [("dizaines", 20, "bus", True)]),
        ("en", "Dozens of buses were chartered.", [("Dozens", 24, "buses", True)]),
        ("fr", "Des milliers de foyers sont privés d'eau.", [("milliers", 2000, "foyers", True)]),
        ("en", "Thousands of homes have no water.", [("Thousands", 2000, "homes", True)]),
        (
            "fr",
            "Des dizaines de milliers de manifestants ont défilé.",
            [("dizaines de milliers", 20_000, "manifestants", True)],
        ),
        (
            "en",
            "Tens of thousands of protesters marched.",
            [("Tens of thousands", 20_000, "protesters", True)],
        ),
        ("en", "Several hundred cabins burned.", [("Several hundred", 200, "cabins", True)]),
        ("fr", "Plusieurs centaines de chalets ont brûlé.", [("centaines", 200, "chalets", True)]),
        # "tens" alone, and a game's scores, count nothing
        ("en", "The scores were level after the break.", []),
    ],
)
def test_an_order_of_size_in_the_plural_is_a_lower_bound(french_nlp, language, text, expected):
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Parmi les passagers, douze sont toujours hospitalisés.",
            [("douze", 12, "passagers", False)],
        ),
        (
            "en",
            "Among the passengers, twelve are still in hospital.",
            [("twelve", 12, "passengers", False)],
        ),
        (
            "en",
            "Of the injured climbers, two remain in hospital.",
            [("two", 2, "climbers", False)],
        ),
    ],
)
def test_a_count_takes_the_noun_of_the_partitive_before_it(french_nlp, language, text, expected):
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The thermometer read 40 degrees Celsius (104 Fahrenheit) at noon.",
            [("40", 40, "°C", False), ("104", 104, "°F", False)],
        ),
        ("en", "It was 40°C in the shade.", [("40", 40, "°C", False)]),
        (
            # a possessive after "of" says whose, the noun after it what the share is of
            "en",
            "Floods covered nearly a third of the region's farmland.",
            [("a third", 0.333333333333, "farmland", True)],
        ),
    ],
)
def test_a_temperature_scale_and_a_possessed_noun_are_what_a_figure_counts(
    language, text, expected
):
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a word right after a French scale noun qualifies the elided noun: what the figure
        # counts is the noun of the figure it is set against, or nothing
        (
            "fr",
            "Les recettes ont atteint 420 millions d'euros, contre 510 millions attendus.",
            [("420 millions", 420e6, "euros", False), ("510 millions", 510e6, "euros", False)],
        ),
        ("fr", "Le projet a coûté 3 milliards annoncés.", [("3 milliards", 3e9, None, False)]),
        # "de" still brings the noun
        (
            "fr",
            "Une trentaine de blessés ont été évacués.",
            [("trentaine", 30, "blessés", True)],
        ),
        # after "of", a participle qualifies the noun after it
        (
            "en",
            "Dozens of cancelled flights were rebooked.",
            [("Dozens", 24, "flights", True)],
        ),
        ("en", "Thousands of displaced families fled.", [("Thousands", 2000, "families", True)]),
    ],
)
def test_a_participle_after_a_scale_or_after_of_is_no_unit(language, text, expected):
    """A trial's battery plant story read "contre 780 millions prévus" as 780 million
    "prévus", its hospital strike "hundreds of scheduled operations" as 200 "scheduled"."""
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # one unit per scale, whatever the spelling or the language: never "degrees" for both
        (
            "en",
            "The water was at 4 degrees C and the air at 39 degrees Fahrenheit.",
            [("4", 4, "°C", False), ("39", 39, "°F", False)],
        ),
        ("en", "Readings peaked at 104 °F on Sunday.", [("104", 104, "°F", False)]),
        (
            "fr",
            "Le thermomètre affichait 38 degrés Celsius à l'ombre, et 41 °C au soleil.",
            [("38", 38, "°C", False), ("41", 41, "°C", False)],
        ),
        # the French-language press gives a bare "degrés" of heat in Celsius
        ("fr", "Le mercure a atteint 41,5 degrés à Séville.", [("41,5", 41.5, "°C", False)]),
        # not an angle, nor a bare English "degrees", whose scale is unsaid
        ("fr", "La route fait un virage à 90 degrés.", [("90", 90, "degrés", False)]),
        ("en", "It was 12 degrees warmer than usual.", [("12", 12, "degrees", False)]),
    ],
)
def test_a_temperature_is_in_its_scale_one_unit_string_per_scale(language, text, expected):
    """A trial's wildfire read "44 degrees Celsius (111 Fahrenheit)" as "degrees Celsius" and
    "Fahrenheit": 44 degrees Celsius and 111 degrees Fahrenheit would both have counted
    "degrees", one quantity, and "44 degrés Celsius" in French another spelling again."""
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Il a fait -5 °C à Lyon cette nuit.", [("-5", -5, "°C", False)]),
        ("fr", "Le thermomètre est descendu à moins 5 degrés.", [("moins 5", -5, "°C", False)]),
        ("fr", "Le solde commercial s'établit à −3,2 %.", [("−3,2 %", -3.2, "%", False)]),
        ("en", "It was minus 5 degrees in Oslo on Monday.", [("minus 5", -5, "degrees", False)]),
        ("en", "Temperatures fell to −5 °C overnight.", [("−5", -5, "°C", False)]),
        (
            "en",
            "Readings ranged from -5 to -10 °C.",
            [("-5", -5, "°C", True), ("-10", -10, "°C", True)],
        ),
        # a hyphen between two figures is a range, a season or a score, not a minus
        (
            "fr",
            "Les enfants de 5-6 ans sont accueillis.",
            [("5", 5, "ans", True), ("6", 6, "ans", True)],
        ),
        ("en", "The 2017-2018 season drew 12 teams.", [("12", 12, "teams", False)]),
        # "au moins" is a bound, not a sign
        ("fr", "Au moins 5 personnes sont mortes.", [("5", 5, "personnes", True)]),
    ],
)
def test_a_minus_sign_or_word_makes_a_figure_negative(language, text, expected):
    """ "-5 °C", "moins 5 degrés", "minus 5 degrees" and "−5 °C" (the minus sign, U+2212)
    were read as 5: the sign is part of the figure, its value negative."""
    assert _figures(text, language) == expected
