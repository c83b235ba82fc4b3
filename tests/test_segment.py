import pytest

from workbench.extract.segment import MAX_SPAN, paragraphs, sentences


def _texts(text):
    return [text[s.start : s.end] for s in sentences(text)]


def test_paragraph_breaks_always_end_a_sentence():
    text = "Les Etats-Unis aident les Ukrainiens\n\nEn réaction, la Russie a promis une réponse."
    assert len(paragraphs(text)) == 2
    assert _texts(text) == [
        "Les Etats-Unis aident les Ukrainiens",
        "En réaction, la Russie a promis une réponse.",
    ]


def test_quotes_are_not_cut_and_closing_quotes_stay_with_their_sentence():
    text = (
        "« Nous avons tiré. Nous tirerons encore », a dit le général. "
        'The BBC reports the area as "hard hit." Then it rained.'
    )
    assert _texts(text) == [
        "« Nous avons tiré. Nous tirerons encore », a dit le général.",
        'The BBC reports the area as "hard hit."',
        "Then it rained.",
    ]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Mr. dos Santos won. J. K. Rowling wrote at 3:32 a.m. local time. M. Macron a parlé."
    assert _texts(text) == [
        "Mr. dos Santos won.",
        "J. K. Rowling wrote at 3:32 a.m. local time.",
        "M. Macron a parlé.",
    ]


def test_titles_before_a_name_do_not_end_sentences():
    text = (
        "Prayers were led by the Very Rev. Alan Price. Prof. Jane Roe and Maj. Tom Poe spoke. "
        "Mgr. Paul Ndu said Mass at St. Mary's. Lt. Gen. Mark Jones left. Adm. Ray Cole stayed."
    )
    assert _texts(text) == [
        "Prayers were led by the Very Rev. Alan Price.",
        "Prof. Jane Roe and Maj. Tom Poe spoke.",
        "Mgr. Paul Ndu said Mass at St. Mary's.",
        "Lt. Gen. Mark Jones left.",
        "Adm. Ray Cole stayed.",
    ]


def test_short_title_lines_are_marked_as_headings():
    text = "La Russie brandit la menace nucléaire\n\nVladimir Poutine a signé un décret."
    first, second = sentences(text)
    assert first.heading and not second.heading


def test_no_span_exceeds_the_limit_even_without_punctuation():
    text = "mot " * 3000
    spans = sentences(text)
    assert spans and all(s.end - s.start <= MAX_SPAN for s in spans)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in spans)


def test_a_dateline_opening_a_paragraph_is_left_out():
    text = (
        "Title line\n\nHOBART, June 2 - Two ferries collided in the harbour.\n\n"
        "ROME (AP) — The senate voted 200 to 40.\n\n"
        "GENÈVE, 7 mars (AFP) – Le conseil a voté.\n\n"
        "NATO forces - the ones here - left."
    )
    assert _texts(text) == [
        "Title line",
        "Two ferries collided in the harbour.",
        "The senate voted 200 to 40.",
        "Le conseil a voté.",
        "NATO forces - the ones here - left.",
    ]


def test_a_datelines_date_is_no_claims():
    from datetime import date

    from workbench.extract import extract

    text = "HOBART, June 2 - Two ferries collided in the harbour on Sunday, police said."
    claims = extract(text, "en", date(2024, 6, 2)).claims
    assert [c.text for c in claims] == ["Two ferries collided in the harbour on Sunday"]
    assert [d.text for d in claims[0].dates] == ["on Sunday"]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dateline_in_ordinary_capitals_is_cut_and_its_day_is_context(dash):
    from datetime import date

    from workbench.extract import extract

    text = (
        "Incendie dans le Var\n\n"
        f"Fréjus, 12 août 2025 {dash} La veille, les flammes ont détruit 300 hectares de pins.\n\n"
        f"Saint-Louis (AFP) {dash} Le fleuve a débordé samedi."
    )
    claims = extract(text, "fr", date(2025, 8, 14)).claims
    assert [c.text for c in claims] == [
        "La veille, les flammes ont détruit 300 hectares de pins",
        "Le fleuve a débordé samedi",
    ]
    assert [(d.text, d.iso) for d in claims[0].dates] == [("La veille", "2025-08-11")]


def test_a_dateline_with_a_bracketed_region_is_left_out():
    assert _texts(
        "Grève chez Valmet\n\nLYON (Rhône) - Les salariés ont cessé le travail.\n\n"
        "METZ (Moselle), 3 mars 2026 (AFP) – Quarante bus sont restés au dépôt.\n\n"
        "Tours (Indre-et-Loire), 3 mars (AFP) - Le pont a rouvert.\n\n"
        "DERBY (England), March 3 (Reuters) - Some buses stayed in the depot."
    ) == [
        "Grève chez Valmet",
        "Les salariés ont cessé le travail.",
        "Quarante bus sont restés au dépôt.",
        "Le pont a rouvert.",
        "Some buses stayed in the depot.",
    ]


def test_a_dateline_of_two_places_or_a_place_and_its_country_is_left_out():
    assert _texts(
        "Grève des dockers\n\nLILLE/BRUXELLES, 4 mars (AFP) – Les trains sont restés au dépôt."
        "\n\nDakar / Abidjan (Reuters) - Les salariés ont cessé le travail."
        "\n\nMons, Belgique, 4 mars 2026 – Le pont a rouvert."
    ) == [
        "Grève des dockers",
        "Les trains sont restés au dépôt.",
        "Les salariés ont cessé le travail.",
        "Le pont a rouvert.",
    ]


def test_a_two_place_datelines_date_is_no_claims():
    from datetime import date

    from workbench.extract import extract

    text = "OSLO/BERGEN, May 3 (Reuters) - Two trawlers collided near the coast on Sunday."
    claims = extract(text, "en", date(2026, 5, 3)).claims
    assert [c.text for c in claims] == ["Two trawlers collided near the coast on Sunday"]
    assert [d.text for d in claims[0].dates] == ["on Sunday"]


def test_a_place_and_a_word_before_a_dash_is_no_dateline():
    assert _texts(
        "Paris, Londres - les deux villes ont voté.\n\nMarie Curie, 45 ans - La chercheuse."
        "\n\nNantes (France), Rennes - les deux villes.\n\nParis/Londres - les deux villes."
    ) == [
        "Paris, Londres - les deux villes ont voté.",
        "Marie Curie, 45 ans - La chercheuse.",
        "Nantes (France), Rennes - les deux villes.",
        "Paris/Londres - les deux villes.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry docked at 6 a.m. Passengers waited two hours.",
            ["The ferry docked at 6 a.m.", "Passengers waited two hours."],
        ),
        ("The strike began at 12:01 a.m. Monday and lasted a day.", None),
        ("Trading opened at 9 a.m. GMT and fell.", None),
        ("Polls closed at 10 p.m. Sept. 4 in most states.", None),
    ],
)
def test_a_time_of_day_ends_a_sentence_before_a_capitalised_word(text, expected):
    """A trial's election count read "... declared shortly after 3 a.m. Turnout was 38.4
    percent" as one sentence; a day, a month or a time zone after the time stays in it."""
    assert _texts(text) == (expected or [text])
