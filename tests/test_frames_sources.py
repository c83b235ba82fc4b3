"""Frames and sources read as a fact-checker would: a frame closing an English sentence stays
out of the claim, a finding or an estimate speaks for nobody, what only qualifies a noun is
no frame's verb nor a source. Sentences written for these tests, not taken from articles."""

from datetime import date

import pytest

from workbench.extract import extract

DAY = date(2025, 8, 14)


def _claims(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in extract(text, language, DAY).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three bridges were closed to traffic on Sunday, the region's highways agency said.",
            [("Three bridges were closed to traffic on Sunday", "region's highways agency")],
        ),
        (
            "Crews were still clearing debris late on Friday, agency spokesman Tom Ellery said.",
            [("Crews were still clearing debris late on Friday", "Tom Ellery")],
        ),
        (
            # the relative clause hangs on the reported clause's subject: no fragment claim
            "The water board said the reservoir, which holds 30 percent of the city's supply, "
            "had dropped to its lowest level.",
            [
                (
                    "the reservoir, which holds 30 percent of the city's supply, had dropped to "
                    "its lowest level",
                    "water board",
                )
            ],
        ),
        (
            "Her brother, Sam Okoro, told reporters outside the hospital that she was recovering.",
            [("she was recovering", "Sam Okoro")],
        ),
        (
            # "and a driver, were" ends an apposition: one clause, not two
            "Two passengers, a nurse and a driver, were treated for burns, the fire service said.",
            [("Two passengers, a nurse and a driver, were treated for burns", "fire service")],
        ),
        (
            # an "and" inside an institution's name is no second source
            "The Food and Drug Safety Board said it had closed 11 of the farms.",
            [("it had closed 11 of the farms", "Food and Drug Safety Board")],
        ),
        (
            # the adverbial between the verb and its "that" belongs to the frame
            "The water board said in a statement on Monday that 40 wells had been closed.",
            [("40 wells had been closed", "water board")],
        ),
        (
            # when or where it was said, between the verb and "that", is the frame's
            "Port police chief Ines Carvalho said late on Sunday that 14 trawlers had sunk.",
            [("14 trawlers had sunk", "Ines Carvalho")],
        ),
        (
            "The governor said in a radio interview on Friday that 40 roads were closed.",
            [("40 roads were closed", "governor")],
        ),
        (
            # a second reporting verb of the same subject: two facts, its subject kept in the
            # first, "and said" in neither
            "Mayor Tom Reyes closed 12 schools and said the buses would run again on Monday.",
            [
                ("Mayor Tom Reyes closed 12 schools", "Tom Reyes"),
                ("the buses would run again on Monday", "Tom Reyes"),
            ],
        ),
        (
            "Union leader Ana Lind said frost had killed 30 percent of the vines and warned that "
            "prices would double.",
            [
                ("frost had killed 30 percent of the vines", "Ana Lind"),
                ("prices would double", "Ana Lind"),
            ],
        ),
        (
            # the reported clause's own subject may be the one confirming: not cut
            "Team leader Ana Lind said they had tested 40 wells and confirmed that 12 were dry.",
            [("they had tested 40 wells and confirmed that 12 were dry", "Ana Lind")],
        ),
        (
            # a coordinated verb taking a noun phrase is no second claim
            "Governor Ann Reyes visited 3 shelters and praised the volunteers.",
            [("Governor Ann Reyes visited 3 shelters and praised the volunteers", "Ann Reyes")],
        ),
    ],
)
def test_english_frames_and_clauses(text, expected):
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "D'après une première estimation, la récolte de blé a reculé de 15 % cette année.",
            [("la récolte de blé a reculé de 15 % cette année", None)],
        ),
        (
            "La digue aurait cédé, d'après les premiers éléments de l'enquête.",
            [("La digue aurait cédé", None)],
        ),
        (
            "Selon la préfecture, 200 gendarmes, appuyés par deux hélicoptères, ont été déployés.",
            [("200 gendarmes, appuyés par deux hélicoptères, ont été déployés", "préfecture")],
        ),
        (
            # the readings' author speaks, whatever qualifier opens them ("D'après les relevés
            # de l'observatoire" named it; "derniers" hid the document noun from that rule)
            "D'après les derniers relevés de l'observatoire, le glacier a perdu 12 mètres.",
            [("le glacier a perdu 12 mètres", "observatoire")],
        ),
        (
            "D'après les premières estimations, le glacier a perdu 12 mètres.",
            [("le glacier a perdu 12 mètres", None)],
        ),
        (
            "Selon l'Office national des forêts (ONF), 40 hectares ont brûlé.",
            [("40 hectares ont brûlé", "Office national des forêts (ONF)")],
        ),
    ],
)
def test_french_sources_findings_and_participles(french_nlp, text, expected):
    assert _claims(text, "fr") == expected


def test_a_relative_ends_at_its_comma_and_the_main_verb_goes_on(french_nlp):
    text = (
        "The company said it had hired two engineers, who arrived from Spain, and was still "
        "talking to four others."
    )
    assert _claims(text, "en") == [
        ("it had hired two engineers, who arrived from Spain", "company"),
        ("was still talking to four others", "company"),
    ]
    # a noun the small model gives a subject is no verb: one clause, not two
    text = (
        "Selon la préfecture, 300 policiers, soutenus par quatre blindés et deux hélicoptères "
        "bombardiers d'eau, ont été déployés."
    )
    assert _claims(text, "fr") == [
        (
            "300 policiers, soutenus par quatre blindés et deux hélicoptères bombardiers d'eau, "
            "ont été déployés",
            "préfecture",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a place qualifying the institution that closes the sentence, a noun the
            # lexicon does not list
            "The bridge was closed at dawn, sending traffic through the old town, the Gard "
            "flood inspectorate said in a statement.",
            [
                (
                    "The bridge was closed at dawn, sending traffic through the old town",
                    "Gard flood inspectorate",
                )
            ],
        ),
        (
            "Twelve wells ran dry in July, the Lozere coastguard said.",
            [("Twelve wells ran dry in July", "Lozere coastguard")],
        ),
        (
            # a source closing the sentence after "according to" is the speaker's, not the
            # claim's, whether the lexicon knows the noun or not
            "Some 40 flights were cancelled, according to the airport operator.",
            [("Some 40 flights were cancelled", "airport operator")],
        ),
        (
            # two facts joined by "and", the second opening on an estimate
            "About 600 sheep were lost and nearly 20 barns were flattened, according to the "
            "regional utility.",
            [
                ("About 600 sheep were lost", "regional utility"),
                ("nearly 20 barns were flattened", "regional utility"),
            ],
        ),
    ],
)
def test_english_source_closing_the_sentence(text, expected):
    """A trial's dam story: ", the Herault prefecture said in a statement" gave no speaker, and
    ", according to the prefecture" stayed inside a claim that had no speaker."""
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # where it was said stands between the verb and "que": still the frame's
            "La mairie de Nîmes a indiqué dans un communiqué que le pont, construit en 1930, "
            "devait être rénové l'an prochain.",
            [("le pont, construit en 1930, devait être rénové l'an prochain", "mairie de Nîmes")],
        ),
        (
            "Le syndicat a affirmé jeudi à la presse que la ligne, fermée depuis mars, "
            "rouvrirait en juin.",
            [("la ligne, fermée depuis mars, rouvrirait en juin", "syndicat")],
        ),
        (
            # a participle set between commas describes the subject: its verb comes after
            "La direction a précisé que le pont, bâti en 1930, devait faire l'objet d'une "
            "rénovation en 2027.",
            [
                (
                    "le pont, bâti en 1930, devait faire l'objet d'une rénovation en 2027",
                    "direction",
                )
            ],
        ),
        (
            "Le maire a expliqué que la piscine, construite en 2004, devait être démolie l'an "
            "prochain.",
            [("la piscine, construite en 2004, devait être démolie l'an prochain", "maire")],
        ),
        (
            # an object before "que" keeps its relative: no frame there
            "Le gouvernement a annoncé des mesures que personne n'attendait en 2020.",
            [
                (
                    "Le gouvernement a annoncé des mesures que personne n'attendait en 2020",
                    "gouvernement",
                )
            ],
        ),
        (
            # verbs sharing one subject are still one claim each
            "Le ministre a visité le site, a rencontré les familles et a promis une aide de "
            "3 millions d'euros.",
            [
                ("Le ministre a visité le site", "ministre"),
                ("a rencontré les familles", "ministre"),
                ("a promis une aide de 3 millions d'euros", "ministre"),
            ],
        ),
    ],
)
def test_french_frame_with_an_adjunct_and_a_described_subject(french_nlp, text, expected):
    """A trial's dam story: "a indiqué dans un communiqué que le barrage, construit en 1962,
    devait ..." kept the whole frame in one claim and made its verb a claim of its own."""
    assert _claims(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a relative clause describing the speaker is the frame's, whatever it holds
            "Lena Ortiz, who has run the port since 2017, said 40 cranes were idle.",
            [("40 cranes were idle", "Lena Ortiz")],
        ),
        (
            "The head of the water board, who was appointed in March, said that the "
            "reservoir held 12 days of supply.",
            [("the reservoir held 12 days of supply", "head of the water board")],
        ),
        (
            "A spokeswoman for the prison service, who asked not to be named, said the wing "
            'had been "secured within minutes."',
            [('the wing had been "secured within minutes."', "spokeswoman for the prison service")],
        ),
        (
            # a relative on the object of a verb is no speaker's description
            "The council closed the library, which opened in 1990, the mayor said.",
            [
                ("The council closed the library", "mayor"),
                ("the library, which opened in 1990", "mayor"),
            ],
        ),
    ],
)
def test_english_speaker_described_by_a_relative_clause(text, expected):
    """A trial's results story gave "who took over as chief executive in January, said the
    airline would open 22 new routes" with no speaker, and "A spokesman for the governor" as
    a claim of its own."""
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry operator said on Tuesday the crossings would resume.",
            [("the crossings would resume", "ferry operator")],
        ),
        (
            "Coach Ben Ade said Friday his team had lost 3 players to injury.",
            [("his team had lost 3 players to injury", "Ben Ade")],
        ),
        (
            # not a day of saying: the object of the verb
            "The mayor said Monday was the busiest day of the year.",
            [("Monday was the busiest day of the year", "mayor")],
        ),
    ],
)
def test_english_day_of_saying_before_a_clause_without_that(text, expected):
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # after a quotation, the frame with its audience, place and time goes
            '"The pumps failed twice in one week, and nobody came to fix them," he told '
            "reporters outside the plant on Friday evening.",
            ["The pumps failed twice in one week, and nobody came to fix them"],
        ),
        (
            '"Bookings have never been higher," chief executive Ann Lowe told analysts on a '
            "conference call.",
            ['"Bookings have never been higher,"'],
        ),
        (
            # a clause after the frame is no part of it
            '"The gates are open," she said, and the first buses left at noon.',
            ['"The gates are open," she said, and the first buses left at noon'],
        ),
    ],
)
def test_english_frame_after_a_quotation_with_audience_place_and_time(text, expected):
    """A trial's strike story kept '," he told reporters outside the union hall on Sunday
    night' inside the quotation's claim."""
    assert [c for c, _ in _claims(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister froze rail fares, saying the budget could not bear a rise.",
            ["The minister froze rail fares", "the budget could not bear a rise"],
        ),
        (
            '"The count was fair," the candidate told the BBC, adding that she would wait '
            "for the recount.",
            ['"The count was fair,"', "she would wait for the recount"],
        ),
        (
            # a participle that is no saying stays with its clause
            "The union rejected the offer, calling it an insult.",
            ["The union rejected the offer, calling it an insult"],
        ),
    ],
)
def test_english_participle_of_saying_reports_a_fact_of_its_own(text, expected):
    """ "..., adding that she would not declare victory until the recount was complete" was
    folded into the quotation's claim, frame and all."""
    assert [c for c, _ in _claims(text, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a name past the comma of "selon X" is what X speaks of, not X
            "Selon la chambre des métiers, Boulanger est le premier employeur privé du canton, "
            "avec environ 800 salariés.",
            [
                (
                    "Boulanger est le premier employeur privé du canton, avec environ 800 salariés",
                    "chambre des métiers",
                )
            ],
        ),
        (
            "Selon l'institut, Danone est le troisième exportateur du pays, avec 4 000 salariés.",
            [
                (
                    "Danone est le troisième exportateur du pays, avec 4 000 salariés",
                    "institut",
                )
            ],
        ),
        (
            # an acronym the small model tags as a common noun is an institution
            "L'ARS a affirmé lundi que 2 000 tests avaient été distribués et qu'ils seraient "
            "remboursés.",
            [("2 000 tests avaient été distribués", "ARS"), ("ils seraient remboursés", "ARS")],
        ),
        (
            # a "que" clause the parse hangs on the day is still what the verb reports
            "L'INSEE a indiqué vendredi que 300 entreprises avaient fermé et qu'elles "
            "employaient 4 000 personnes.",
            [
                ("300 entreprises avaient fermé", "INSEE"),
                ("elles employaient 4 000 personnes", "INSEE"),
            ],
        ),
    ],
)
def test_french_source_past_the_comma_and_acronyms(french_nlp, text, expected):
    """A trial's results story gave "Selon la chambre de commerce, Rivéa est ..." to Rivéa;
    an epidemic update kept "L'ARS a assuré jeudi" as a claim, its two facts speaking for
    nobody."""
    assert _claims(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # an inverted frame with only to whom or where it was said
            "« Les délais sont intenables, mais personne ne nous écoute », a-t-il déclaré aux "
            "journalistes.",
            ["« Les délais sont intenables, mais personne ne nous écoute »"],
        ),
        (
            # a reporting verb the small model tags as a name, its subject with a role after it
            "« On nous annonce 300 départs le jour même où le groupe verse un dividende », a réagi "
            "Marie Lenoir, déléguée FO à Cholet.",
            ["« On nous annonce 300 départs le jour même où le groupe verse un dividende »"],
        ),
        (
            # an inverted frame saying more stays a statement
            "« Nous tiendrons », a-t-elle déclaré à la presse lundi, après sa rencontre avec le "
            "préfet.",
            [
                "« Nous tiendrons », a-t-elle déclaré à la presse lundi, après sa rencontre avec "
                "le préfet"
            ],
        ),
    ],
)
def test_french_inverted_frame_after_a_quotation_leaves_the_claim(french_nlp, text, expected):
    """A trial's verdict story offered "a-t-il déclaré aux journalistes" and its results story
    "a réagi Karine Moreau, déléguée CGT à Niort" as claims of their own."""
    assert [c for c, _ in _claims(text, "fr")] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "L'incendie a détruit 40 hectares, a annoncé jeudi soir le maire de Gap.",
            [("jeudi", "2025-08-14", "statement")],
        ),
        (
            "fr",
            "Le ministre a déclaré lundi que 300 policiers seraient déployés.",
            [("lundi", "2025-08-11", "statement")],
        ),
        (
            # the fact's own day stays the fact's
            "fr",
            "Le pont s'est effondré mardi, a indiqué la préfecture.",
            [("mardi", "2025-08-12", None)],
        ),
        (
            "en",
            "Nine people died after the levee broke on Monday, officials said on Tuesday.",
            [("on Monday", "2025-08-11", None), ("on Tuesday", "2025-08-12", "statement")],
        ),
    ],
)
def test_a_date_in_the_frame_is_the_day_it_was_said(french_nlp, language, text, expected):
    """A trial's dam story: ", a annoncé mercredi soir le préfet" put the death toll on
    Wednesday as if the dam had burst then; the day stays with the claim (its figures are as
    of that day) but says it is the day of the statement."""
    claims = extract(text, language, DAY).claims
    assert [(d.text, d.iso, d.role) for c in claims for d in c.dates] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The mayor said the bridge had been checked in May and that no cracks had been found.",
            [
                ("the bridge had been checked in May", "mayor"),
                ("no cracks had been found", "mayor"),
            ],
        ),
        (
            "fr",
            "Le ministre a déclaré que l'ouvrage avait été contrôlé en mai et qu'« aucun défaut "
            "n'avait été constaté ».",
            [
                ("l'ouvrage avait été contrôlé en mai", "ministre"),
                ("« aucun défaut n'avait été constaté »", "ministre"),
            ],
        ),
    ],
)
def test_a_second_reported_fact_after_and_that(french_nlp, language, text, expected):
    """A trial's dam story: "said the dam had been inspected in April and that no defects had
    been found" (and its French "et qu'« ... »") was one claim holding two facts."""
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le feu s'était déclaré dans la nuit au rez-de-chaussée de l'immeuble de cinq étages.",
        "L'incendie s'est déclaré vers 3 heures dans un entrepôt.",
    ],
)
def test_a_fire_that_breaks_out_says_nothing(french_nlp, text):
    """ "se déclarer" of a fire is breaking out: a trial's verdict story made "feu" a speaker."""
    assert [s for _, s in _claims(text, "fr")] == [None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Retail sales fell 1.4 percent in May, according to the statistics office.",
            "en",
            ("Retail sales fell 1.4 percent in May", "statistics office", "organisation"),
        ),
        (
            "Wheat exports rose 8 percent, the data protection unit said.",
            "en",
            ("Wheat exports rose 8 percent", "data protection unit", "organisation"),
        ),
        (
            # the small model hangs the comparison under the source: only words after
            # "d'après" name it
            "Aux urgences de Lens, 140 enfants ont été soignés la semaine dernière, trois fois "
            "plus qu'à la mi-février, d'après la direction de l'hôpital.",
            "fr",
            (
                "Aux urgences de Lens, 140 enfants ont été soignés la semaine dernière, trois "
                "fois plus qu'à la mi-février",
                "direction de l'hôpital",
                "organisation",
            ),
        ),
    ],
)
def test_an_institution_named_by_what_it_counts_speaks(text, language, expected):
    claims = extract(text, language, DAY).claims
    assert [(c.text, c.speaker, c.speaker_kind) for c in claims] == [expected]


def test_statistics_without_an_institution_still_speak_for_nobody():
    claims = extract("The statistics show that 40 homes were lost.", "en", DAY).claims
    assert [c.speaker for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            # the company named just before is not the source
            "La société Batiplus a été condamnée à 80 000 euros d'amende. Son directeur, a "
            "précisé le tribunal, avait reçu en 2022 deux mises en demeure.",
            "fr",
            (
                "Son directeur, a précisé le tribunal, avait reçu en 2022 deux mises en demeure",
                "tribunal",
                [("en 2022", None)],
            ),
        ),
        (
            "Le pont, a indiqué mardi le préfet, a été fermé à la circulation pour 3 semaines.",
            "fr",
            (
                "Le pont, a indiqué mardi le préfet, a été fermé à la circulation pour 3 semaines",
                "préfet",
                [("mardi", "statement")],
            ),
        ),
        (
            # one claim that keeps its subject, not the subject alone and a verb without it
            "Les 40 salariés du site, a annoncé la direction jeudi, seront reclassés.",
            "fr",
            (
                "Les 40 salariés du site, a annoncé la direction jeudi, seront reclassés",
                "direction",
                [("jeudi", "statement")],
            ),
        ),
        (
            "The bridge, officials said on Tuesday, was closed for 3 weeks.",
            "en",
            (
                "The bridge, officials said on Tuesday, was closed for 3 weeks",
                "officials",
                [("on Tuesday", "statement")],
            ),
        ),
        (
            "The 40 workers, the company said, would be moved to other sites by June.",
            "en",
            (
                "The 40 workers, the company said, would be moved to other sites by June",
                "company",
                [("by June", None)],
            ),
        ),
    ],
)
def test_a_frame_between_subject_and_verb_names_the_source_and_the_day_of_saying(
    text, language, expected
):
    claims = [c for c in extract(text, language, DAY).claims if c.text[:8] == expected[0][:8]]
    assert [(c.text, c.speaker, [(d.text, d.role) for d in c.dates]) for c in claims] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La vanne de fond a été ouverte à 5 heures, a précisé l'exploitant dans un "
            "communiqué, ajoutant que 12 techniciens étaient sur place.",
            [
                ("La vanne de fond a été ouverte à 5 heures", "exploitant"),
                ("12 techniciens étaient sur place", "exploitant"),
            ],
        ),
        (
            "« Nous avons alerté la préfecture dès 2021 », a précisé l'exploitant lors d'une "
            "conférence de presse jeudi à Aurillac.",
            [("« Nous avons alerté la préfecture dès 2021 »", "exploitant")],
        ),
        (
            "Le barrage présentait des fissures depuis 2019, a précisé l'exploitant dans un "
            "communiqué.",
            [("Le barrage présentait des fissures depuis 2019", "exploitant")],
        ),
        (
            "Le niveau de la retenue a été abaissé de trois mètres, a précisé mardi l'exploitant "
            "dans un communiqué.",
            [("Le niveau de la retenue a été abaissé de trois mètres", "exploitant")],
        ),
    ],
)
def test_a_frame_whose_subject_the_model_reads_as_a_participle(french_nlp, text, expected):
    """ ", a précisé l'exploitant dans un communiqué." became a claim of its own, its source
    another's: the small model reads "l'exploitant" as a clitic and the participle of
    "exploiter", so the frame had no subject. After the verb, an article and the word after
    it are the frame's subject."""
    assert _claims(text, "fr") == expected
