"""One claim per fact: reporting frames stay out of the span, two facts give two claims."""

from datetime import date

import pytest

from workbench.extract import extract


def _texts(text: str, language: str) -> list[str]:
    return [c.text for c in extract(text, language, date(2024, 11, 20)).claims]


def test_french_frame_stays_out_and_a_participle_adds_a_second_claim(french_nlp):
    text = (
        "Le ministère de la défense a assuré que l'armée avait abattu douze drones au-dessus "
        "de la région, estimant que la guerre entrait dans une nouvelle phase."
    )
    claims = extract(text, "fr", date(2024, 11, 20)).claims
    assert [c.text for c in claims] == [
        "l'armée avait abattu douze drones au-dessus de la région",
        "la guerre entrait dans une nouvelle phase",
    ]
    assert [n.value for n in claims[0].numbers] == [12] and claims[1].numbers == []
    assert all((c.sentence.start, c.sentence.end) == (0, len(text)) for c in claims)
    assert all("ministère" in (c.speaker or "") for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement a fermé trois écoles et a promis une enquête sur l'incendie.",
            ["Le gouvernement a fermé trois écoles", "a promis une enquête sur l'incendie"],
        ),
        (
            "Le chantier coûtera deux millions d'euros, a précisé le maire de la ville.",
            ["Le chantier coûtera deux millions d'euros"],
        ),
        (
            "Les pluies ont continué toute la semaine, dont l'une a fait trois morts mardi.",
            ["Les pluies ont continué toute la semaine", "l'une a fait trois morts mardi"],
        ),
        (
            # a frame set between the subject and its verb: the claim keeps its subject (the
            # parse made "a cédé" a second clause of "a indiqué"); the second predicate,
            # sharing the auxiliary, holds its own figure: a claim of its own
            "Le barrage, a indiqué mardi la préfecture, a cédé à l'aube et inondé 300 maisons.",
            ["Le barrage, a indiqué mardi la préfecture, a cédé à l'aube", "inondé 300 maisons"],
        ),
    ],
)
def test_french_clauses(french_nlp, text, expected):
    assert _texts(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said that 40 people were killed and officials say the toll will rise.",
            ["40 people were killed", "the toll will rise"],
        ),
        (
            "At least 12 homes were destroyed, the mayor told reporters on Monday.",
            ["At least 12 homes were destroyed"],
        ),
        (
            "According to the Red Cross, 300 families have fled the area.",
            ["300 families have fled the area"],
        ),
        (
            "Six people, four children, and an elderly woman, were hurt in the blast.",
            ["Six people, four children, and an elderly woman, were hurt in the blast"],
        ),
        (
            'He said, "We counted 30 boats. Most of them were empty."',
            ["We counted 30 boats", "Most of them were empty"],
        ),
    ],
)
def test_english_clauses(text, expected):
    assert _texts(text, "en") == expected


def test_a_sentence_without_a_frame_stays_whole(french_nlp):
    text = "Le Sénat a approuvé mercredi une enveloppe de 48 milliards de dollars."
    (claim,) = extract(text, "fr", date(2024, 11, 20)).claims
    assert claim.text == text.rstrip(".")
    assert claim.dates and claim.numbers


def test_english_frame_stays_when_its_object_is_a_noun_phrase():
    text = (
        "The electoral board has confirmed the victory of Mayor Ana Ruiz in this month's vote, "
        "despite complaints of fraud by her rival."
    )
    assert any(
        t.startswith("The electoral board has confirmed the victory") for t in _texts(text, "en")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 5 percent last year, he said.", ["Prices rose 5 percent last year"]),
        (
            "“Someone, you know, who can pay for 40 new schools,” Ruiz said.",
            ["Someone, you know, who can pay for 40 new schools"],
        ),
    ],
)
def test_english_frame_after_the_statement_goes_even_before_the_full_stop(text, expected):
    assert _texts(text, "en") == expected


def test_english_relative_inside_the_subject_keeps_the_subject_with_its_verb():
    text = (
        "The statement, which was read on national radio, also called for calm during the "
        "40 days of mourning."
    )
    texts = _texts(text, "en")
    assert texts and texts[0].startswith("The statement")
    assert not any(t.startswith("which") for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "Some information for this report was provided by AFP and Reuters.",
        "Additional reporting for this story was contributed by Jane Roe in Lagos.",
        "VOA's Jane Roe reports from our bureau in Nairobi.",
    ],
)
def test_a_credit_line_is_no_claim(text):
    assert _texts(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Contacted by phone, the Interior Ministry declined to comment.", "en"),
        ("A spokeswoman for the airline did not respond to a request for comment on Sunday.", "en"),
        ("Representatives of the mining company could not be reached for comment.", "en"),
        ("The regional health authority did not immediately respond to emailed questions.", "en"),
        ("Lawyers for the former mayor declined to comment on the charges.", "en"),
        ("The embassy was not immediately available for comment.", "en"),
        ("The carrier's owners haven't returned calls seeking comment since Monday.", "en"),
        ("Neither the club nor its owner responded to requests for comment.", "en"),
        ("Ni le club ni son propriétaire n'ont répondu à nos demandes d'interview.", "fr"),
        (
            "Contactée par notre rédaction, la direction de la clinique n'a pas souhaité répondre.",
            "fr",
        ),
        ("Le cabinet du ministre n'a pas donné suite à nos sollicitations.", "fr"),
        ("Interrogé mardi, le groupe s'est refusé à tout commentaire.", "fr"),
        ("Les avocats de l'ancien maire n'ont pas pu être joints.", "fr"),
        ("Le syndicat majoritaire n'a pas souhaité réagir à ces accusations.", "fr"),
        ("Sollicitée à plusieurs reprises, la préfecture n'a pas répondu à nos questions.", "fr"),
        # the verb of comment itself, in any tense, in both languages alike, also when the
        # quotation marks hold the refusal
        (
            "Le ministère « ne commente pas une enquête en cours », a indiqué jeudi une "
            "porte-parole.",
            "fr",
        ),
        (
            "Le parquet ne fera aucun commentaire avant la fin de l'enquête, a précisé son "
            "porte-parole.",
            "fr",
        ),
        ("La direction ne commentera pas ces informations.", "fr"),
        (
            "A company spokesman said on Friday that the firm would not comment on an "
            "investigation that was still under way.",
            "en",
        ),
    ],
)
def test_a_refusal_to_comment_is_no_claim(text, language, request):
    """ "X declined to comment", "n'a pas donné suite à nos sollicitations": that someone did
    not answer the newsroom is no fact a checker can check. A trial's "Le gouvernement « ne
    commente pas une décision de justice susceptible d'appel », a indiqué ... une porte-parole"
    was kept at 1.00 while its English twin ("said ... that the government would not
    comment") was dropped."""
    if language == "fr":
        request.getfixturevalue("french_nlp")
    assert _texts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # an act that is no answer to the press stays a claim
        ("The army refused to withdraw its troops from the border town.", "en", "refused"),
        ("The government did not respond to the strikers' demands for months.", "en", "demands"),
        ("Three villages could not be reached by rescuers after the landslide.", "en", "villages"),
        (
            "Le gouvernement n'a pas répondu aux revendications des grévistes.",
            "fr",
            "revendications",
        ),
        ("Le syndicat a refusé de signer l'accord salarial.", "fr", "signer"),
        ("Le prévenu a refusé de répondre aux questions du juge.", "fr", "questions"),
        ("La mairie n'a pas donné suite au projet de stade.", "fr", "projet"),
        # a fact stated before the refusal keeps its claim
        ("The company, which employs 2,000 people, declined to comment.", "en", "2,000"),
        ("Police arrested 3 men, but the ministry declined to comment.", "en", "arrested"),
        (
            "« Nous avons perdu 12 hommes », a déclaré le général, qui ne commente pas les "
            "rumeurs.",
            "fr",
            "12 hommes",
        ),
    ],
)
def test_a_refusal_to_act_or_a_fact_beside_a_refusal_stays(text, language, kept, request):
    if language == "fr":
        request.getfixturevalue("french_nlp")
    assert any(kept in t for t in _texts(text, language))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les électrices, qui s'étaient inscrites en janvier, n'ont pas pu voter dimanche.",
            ["Les électrices, qui s'étaient inscrites en janvier, n'ont pas pu voter dimanche"],
        ),
        (
            "Le pont, qui avait coûté 2 millions d'euros, s'est effondré lundi.",
            ["Le pont, qui avait coûté 2 millions d'euros, s'est effondré lundi"],
        ),
    ],
)
def test_french_relative_inside_the_subject_keeps_the_subject_with_its_verb(
    french_nlp, text, expected
):
    assert _texts(text, "fr") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "La police a arrêté le suspect, qui avait tué 3 personnes en 2019.",
            ["La police a arrêté le suspect", "le suspect, qui avait tué 3 personnes en 2019"],
        ),
        (
            "en",
            "The president appointed Jean Ping, who served 8 years as foreign minister.",
            [
                "The president appointed Jean Ping",
                "Jean Ping, who served 8 years as foreign minister",
            ],
        ),
        (
            "en",
            "Rescuers reached the old bridge, which cost $2 million in 1998.",
            ["Rescuers reached the old bridge", "the old bridge, which cost $2 million in 1998"],
        ),
    ],
)
def test_a_relative_clause_with_its_own_figure_opens_on_what_it_is_about(
    french_nlp, language, text, expected
):
    claims = extract(text, language, date(2024, 11, 20)).claims
    assert [c.text for c in claims] == expected
    assert claims[0].numbers == [] and len(claims[1].numbers) == 1


def test_an_unresolved_pronoun_names_nobody(french_nlp):
    text = "Elles s'étaient inscrites sur les listes en 2022, ont-elles déclaré."
    (claim,) = extract(text, "fr", date(2024, 11, 20)).claims
    assert claim.text.startswith("Elles s'étaient inscrites sur les listes en 2022")
    assert claim.speaker is None  # not "elles"


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "The harbour master, Ann Lee, told reporters the ferry was late.",
            "the ferry was late",
            "Ann Lee",
        ),
        (
            "Officials told a news conference two bridges had collapsed.",
            "two bridges had collapsed",
            "Officials",
        ),
        ("Ann Lee told Reuters that the price had doubled.", "the price had doubled", "Ann Lee"),
    ],
)
def test_english_told_frame_takes_its_audience_along(text, expected, speaker):
    claims = extract(text, "en", date(2024, 11, 20)).claims
    assert [(c.text, c.speaker) for c in claims] == [(expected, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "« Ce n'est pas le premier accident : en 2018, un camion avait déjà heurté le même "
        "pont », a-t-elle rappelé.",
        "« Un camion avait déjà heurté le même pont », ont-elles rappelé.",
    ],
)
def test_french_bare_inverted_frame_after_a_quote_goes(french_nlp, text):
    assert _texts(text, "fr") == [text[: text.index("»") + 1]]


def test_english_and_clause_opening_on_a_bound_and_and_that_are_cut():
    text = (
        "More than 300 cattle were lost when the dam failed last week, and at least two "
        "farmers have died, officials said."
    )
    assert _texts(text, "en") == [
        "More than 300 cattle were lost when the dam failed last week",
        "at least two farmers have died",
    ]
    text = "The mayor said that 30 homes had been flooded and that 8 schools would stay shut."
    assert _texts(text, "en") == ["30 homes had been flooded", "8 schools would stay shut"]


def test_a_copula_after_would_looks_ahead():
    text = "The mayor said that 8 schools would stay closed until Tuesday."
    claims = extract(text, "en", date(2024, 6, 12)).claims
    assert [(d.text, d.iso) for c in claims for d in c.dates] == [("Tuesday", "2024-06-18")]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous fermerons trois usines en 2026 », peut-on lire dans le communiqué du groupe.",
        "« Nous fermerons trois usines en 2026 », lit-on dans le communiqué.",
    ],
)
def test_a_written_frame_with_on_closing_the_sentence_stays_out(french_nlp, text):
    assert _texts(text, "fr") == ["« Nous fermerons trois usines en 2026 »"]


def test_a_name_the_parser_took_for_a_verb_does_not_cut_the_claim(french_nlp):
    text = "Le président russe Vladimir Poutine a assuré que 40 drones ont été abattus."
    claims = extract(text, "fr", date(2024, 11, 20)).claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("40 drones ont été abattus", "Vladimir Poutine")
    ]


def test_a_verbless_dont_stays_with_its_phrase_and_keeps_the_closing_frame_out(french_nlp):
    # the share a "dont" gives is part of the figure before it, in the same claim; the parse
    # made the share the subject of the closing frame's verb
    text = "La clinique a vacciné 1 500 patients, dont 300 enfants, a précisé jeudi le rectorat."
    claims = extract(text, "fr", date(2024, 11, 20)).claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("La clinique a vacciné 1 500 patients, dont 300 enfants", "rectorat")
    ]
    assert [n.value for n in claims[0].numbers] == [1500, 300]


def test_a_dont_with_its_own_verb_is_still_its_own_clause_and_the_frame_names_its_source(
    french_nlp,
):
    text = "Les gendarmes ont contrôlé neuf camions, dont l'un transportait des armes, a indiqué le parquet."
    claims = extract(text, "fr", date(2024, 11, 20)).claims
    assert all("a indiqué" not in c.text for c in claims)
    assert {c.speaker for c in claims} == {"parquet"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Selon le trésorier du club, qui a quitté ses fonctions en mai, les comptes "
            "affichent un déficit de 2 millions d'euros.",
            "les comptes affichent un déficit de 2 millions d'euros",
        ),
        (
            "en",
            "According to the union's treasurer, who asked not to be named, 60 percent of the "
            "staff walked out on Monday.",
            "60 percent of the staff walked out on Monday",
        ),
    ],
)
def test_a_relative_on_the_opening_source_belongs_to_the_frame(
    french_nlp, language, text, expected
):
    claims = extract(text, language, date(2024, 11, 20)).claims
    assert [c.text for c in claims] == [expected]
    assert any(role in (claims[0].speaker or "") for role in ("trésorier", "treasurer"))


@pytest.mark.parametrize(
    "text",
    [
        "« Nous reconstruirons le pont », a promis le maire, lors d'une réunion publique, qui "
        "a rassemblé quelque 300 habitants.",
        "« Nous reconstruirons le pont », a promis le maire lors d'une réunion publique, qui a "
        "rassemblé quelque 300 habitants.",
    ],
)
def test_a_relative_on_an_adjunct_of_a_closing_frame_is_the_reporters_fact(french_nlp, text):
    """A trial's "..., a déclaré la présidente du tribunal, ..., lors de la lecture du verdict,
    qui a duré près de quatre heures" gave no claim and no figure: the relative was read as
    part of the frame, as one describing the speaker is."""
    claims = extract(text, "fr", date(2026, 11, 25)).claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("« Nous reconstruirons le pont »", "maire"),
        ("lors d'une réunion publique, qui a rassemblé quelque 300 habitants", None),
    ]
    assert [(n.value, n.unit) for n in claims[1].numbers] == [(300, "habitants")]


def test_a_relative_on_the_speaker_of_a_closing_frame_stays_in_the_frame(french_nlp):
    text = "« Nous reconstruirons le pont », a promis le maire, qui dirige la ville depuis 2014."
    claims = extract(text, "fr", date(2026, 11, 25)).claims
    assert [(c.text, c.speaker, c.dates) for c in claims] == [
        ("« Nous reconstruirons le pont »", "maire", [])
    ]


def test_a_date_in_the_relative_clause_of_a_frame_is_not_the_claims():
    text = "The bakery will close in June, said Ana Ruiz, who has run it since 2011."
    claims = extract(text, "en", date(2024, 3, 20)).claims
    assert [(c.text, [d.iso for d in c.dates]) for c in claims] == [
        ("The bakery will close in June", ["2024-06"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the relative sits in the subject of the clause "that" opens; its verb follows
        "The council decided that the library, which opened in 1990, would close in June.",
        # a verb closing the sentence after a comma is the subject's, no closing frame
        "The union, which had called the strike in May, welcomed the offer.",
        # "state" qualifies a noun here; it reports nothing
        "The judge held that the fee, which doubled in 2022, broke state law.",
    ],
)
def test_an_english_relative_in_a_subject_keeps_the_verb_that_follows(text):
    assert _texts(text, "en") == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four hikers died and two were rescued after the avalanche, police said.",
            ["Four hikers died", "two were rescued after the avalanche"],
        ),
        (
            "Two villagers drowned and three others fled to the hills.",
            ["Two villagers drowned", "three others fled to the hills"],
        ),
        ("Five climbers fell and one broke a leg.", ["Five climbers fell", "one broke a leg"]),
        # a list of subjects, and a list after the frame's verb, stay one clause
        (
            "Three cars and two buses were damaged in the crash.",
            ["Three cars and two buses were damaged in the crash"],
        ),
        (
            "The council said two schools and three clinics would close.",
            ["two schools and three clinics would close"],
        ),
    ],
)
def test_an_english_clause_opening_on_a_number_word_is_its_own_claim(text, expected):
    assert _texts(text, "en") == expected


def test_others_after_a_count_are_more_of_the_same():
    claims = extract(
        "Two villagers drowned and three others fled to the hills.", "en", date(2024, 11, 20)
    ).claims
    assert [(n.value, n.unit) for c in claims for n in c.numbers] == [
        (2, "villagers"),
        (3, "villagers"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La tempête a fait deux morts, a indiqué le préfet, tandis que 4 000 foyers sont "
            "privés d'électricité.",
            ["La tempête a fait deux morts", "4 000 foyers sont privés d'électricité"],
        ),
        (
            # the parse hangs the clause after the comma on the frame's verb
            "Le bilan s'élève à douze morts, a-t-il précisé, alors que 300 personnes sont "
            "toujours portées disparues.",
            ["Le bilan s'élève à douze morts", "300 personnes sont toujours portées disparues"],
        ),
    ],
)
def test_a_clause_after_a_closing_frame_is_no_part_of_it(french_nlp, text, expected):
    claims = extract(text, "fr", date(2024, 11, 20)).claims
    assert [c.text for c in claims] == expected
    assert [n.value for n in claims[1].numbers] in ([4000], [300])


def test_a_relative_in_the_subject_keeps_the_verb_the_parse_coordinated_to_it(french_nlp):
    # the parse makes "a fait" a second verb of "qui ravage": no conjunction nor comma joins
    # them, so the subject stays in the claim (it stood alone as a fragment)
    text = "L'incendie qui ravage depuis mardi le sud de l'Espagne a fait trois morts."
    assert _texts(text, "fr") == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a participle qualifying the second subject's noun is no verb: the clause opens
            # on "et", not after the participle ("... voitures garées" | "ont été détruites")
            "La crue a emporté trois ponts dans les vallées du Gard, et des centaines de "
            "voitures garées ont été détruites, a annoncé le maire.",
            [
                "La crue a emporté trois ponts dans les vallées du Gard",
                "des centaines de voitures garées ont été détruites",
            ],
        ),
        (
            # after a comma, "et" opens the clause even when the parse makes the first
            # clause's object the second verb's subject ("La neige a paralysé" | "les routes")
            "La neige a paralysé les routes mardi dans les Alpes, et des dizaines de vols "
            "prévus ont été annulés, a indiqué l'aéroport.",
            [
                "La neige a paralysé les routes mardi dans les Alpes",
                "des dizaines de vols prévus ont été annulés",
            ],
        ),
    ],
)
def test_a_clause_coordinated_after_a_comma_keeps_its_subject(french_nlp, text, expected):
    """A trial's hospital strike gave "..., et des centaines d'opérations programmées" and
    "ont été reportées" as two claims, the fact cut from its subject."""
    assert _texts(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the parse makes "évacuées" a relative of "flammes"
            "Environ 500 pompiers ont combattu les flammes lundi dans les forêts du Var, et des "
            "dizaines de maisons isolées ont été évacuées, a indiqué la préfecture.",
            [
                "Environ 500 pompiers ont combattu les flammes lundi dans les forêts du Var",
                "des dizaines de maisons isolées ont été évacuées",
            ],
        ),
        (
            # ... and "relogées" an adverbial clause of "a détruit"
            "Le séisme a détruit deux écoles dans les villages de la vallée, et des centaines "
            "de familles sinistrées ont été relogées, a précisé la préfecture.",
            [
                "Le séisme a détruit deux écoles dans les villages de la vallée",
                "des centaines de familles sinistrées ont été relogées",
            ],
        ),
        # a list of subjects before the sentence's verb stays one claim
        (
            "Le maire, son adjoint, et trois conseillers municipaux ont été blessés dans "
            "l'accident.",
            [
                "Le maire, son adjoint, et trois conseillers municipaux ont été blessés dans "
                "l'accident"
            ],
        ),
    ],
)
def test_a_comma_and_et_before_a_subject_and_its_verb_open_a_clause(french_nlp, text, expected):
    """Two facts joined by ", et" stayed one claim when the parse hung the second verb on a
    noun of the first clause or made it an adverbial clause."""
    assert _texts(text, "fr") == expected
