"""Who speaks when the source is described: a recipient before the name, a title before it, an
apposition after it, a document standing for its author.

Made-up sentences, not fixture or trial sentences: the rules must hold on articles never seen.
"""

from datetime import date

import pytest

from workbench.extract import extract

DAY = date(2026, 11, 25)


def _speakers(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.speaker, c.speaker_kind) for c in extract(text, language, DAY).claims]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "« Le chantier prendra dix ans », a déclaré au Monde Jean Dupont, professeur à "
            "Sciences Po.",
            "« Le chantier prendra dix ans »",
            "Jean Dupont",
        ),
        (
            "« Les loyers ont augmenté de 12 % », a expliqué à l'AFP Lucie Marchal, "
            "sociologue à l'Institut national d'études démographiques (INED).",
            "« Les loyers ont augmenté de 12 % »",
            "Lucie Marchal",
        ),
    ],
)
def test_french_recipient_before_the_name_is_not_the_speaker(french_nlp, text, claim, speaker):
    """ "a expliqué à l'AFP X, économiste à l'Observatoire ... (OFCE)": the recipient's name ran
    on into the speaker's, and the subject was read from the apposition after it."""
    assert _speakers(text, "fr") == [(claim, speaker, "person")]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Centre-right Liberal Union lawmaker Marc Dubois said the deficit would stay above 4%.",
            "the deficit would stay above 4%",
            "Marc Dubois",
        ),
        (
            '"This is a tax in disguise," Green parliamentary leader Anna Keller told reporters.',
            "This is a tax in disguise",
            "Anna Keller",
        ),
        (
            "Interest rates will rise by June, Bundesbank economist Lena Weber said on Tuesday.",
            "Interest rates will rise by June",
            "Lena Weber",
        ),
    ],
)
def test_a_title_before_a_name_describes_the_person_who_speaks(text, claim, speaker):
    """ "Far-right National Rally lawmaker Julien Ferrand said" named the whole phrase, typed an
    organisation: the title is the person's description, the person speaks."""
    assert _speakers(text, "en") == [(claim, speaker, "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Banque de France a jugé ce scénario « prudent », l'OCDE prévoyant pour sa part "
            "une croissance de 1,1 % en 2027.",
            [
                ("La Banque de France a jugé ce scénario « prudent »", "Banque de France"),
                ("l'OCDE prévoyant pour sa part une croissance de 1,1 % en 2027", "OCDE"),
            ],
        ),
        (
            "Le syndicat a dénoncé la fermeture de l'usine, la direction estimant de son côté que "
            "40 postes seront supprimés.",
            [
                ("Le syndicat a dénoncé la fermeture de l'usine", "syndicat"),
                (
                    "la direction estimant de son côté que 40 postes seront supprimés",
                    "direction",
                ),
            ],
        ),
    ],
)
def test_a_french_participle_with_its_own_subject_is_that_subjects(french_nlp, text, expected):
    """ "Le HCFP a jugé cette prévision « optimiste », l'Insee anticipant pour sa part une
    croissance de ..." was one claim of the HCFP: the parse hung the participle on the noun
    before (or tagged it an adjective), so ", -ant" did not cut, and the Insee's forecast was
    given to the HCFP."""
    assert [(c, s) for c, s, _ in _speakers(text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Marc Olivier, a researcher at the Bruegel think tank, said each rate cut would cost "
            "2 billion euros.",
            "each rate cut would cost 2 billion euros",
            "Marc Olivier",
        ),
        (
            "Ana Ruiz, a fellow at the Elcano think tank in Madrid, said exports fell 4% in June.",
            "exports fell 4% in June",
            "Ana Ruiz",
        ),
    ],
)
def test_the_person_an_apposition_describes_speaks(text, claim, speaker):
    """ "Claire Vasseur, an economist at the OFCE think tank, said" named the OFCE: "think" in
    "think tank" was read as the reporting verb; a description of more than eight words hid
    the name before it."""
    assert _speakers(text, "en") == [(claim, speaker, "person")]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Exports to Dutch ports fell 3%. Dutch statistics office CBS expects inflation of "
            "2.1% in December.",
            "Dutch statistics office CBS expects inflation of 2.1% in December",
            "CBS",
        ),
        (
            "Sales in Spanish shops fell 2%. Spanish retailer Inditex expects sales growth of 8% "
            "in 2027.",
            "Spanish retailer Inditex expects sales growth of 8% in 2027",
            "Inditex",
        ),
    ],
)
def test_a_name_after_its_description_is_the_subject(text, claim, speaker):
    """ "National statistics agency INSEE expects growth of ..." named 'National' (the opening
    word, capitalised elsewhere in the article): a description ending in a word for a body
    or a person, then a name, then the verb: the name is the subject, the noun says its
    kind."""
    found = {c.text: (c.speaker, c.speaker_kind) for c in extract(text, "en", DAY).claims}
    assert found[claim] == (speaker, "organisation")


@pytest.mark.parametrize(
    ("text", "language", "claim", "speaker"),
    [
        (
            "Selon un sondage Elabe publié lundi, 61 % des salariés jugent la réforme injuste.",
            "fr",
            "61 % des salariés jugent la réforme injuste",
            "Elabe",
        ),
        (
            "Selon la note jointe au rapport, le déficit atteindra 5,1 % du PIB.",
            "fr",
            "le déficit atteindra 5,1 % du PIB",
            "note jointe au rapport",
        ),
        (
            "Pension spending will rise to 14% of GDP by 2030, according to treasury documents.",
            "en",
            "Pension spending will rise to 14% of GDP by 2030",
            "treasury documents",
        ),
        (
            "According to the study attached to the bill, 300 clinics would close.",
            "en",
            "300 clinics would close",
            "study attached to the bill",
        ),
    ],
)
def test_a_document_the_words_identify_is_the_source(text, language, claim, speaker, request):
    """ "Selon un sondage Ifop publié dimanche", "Selon le rapport annexé au projet de loi",
    "according to budget documents" named nobody: a name beside the document is its author; a
    document its words identify, without an author, is the source as written (no kind: it is
    neither a person nor an organisation)."""
    if language == "fr":
        request.getfixturevalue("french_nlp")
    found = {c.text: c.speaker for c in extract(text, language, DAY).claims}
    assert found[claim] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Selon un communiqué publié mercredi, 40 postes seront supprimés.",
        "The report said 40 jobs would go.",
    ],
)
def test_a_document_that_only_says_when_names_nobody(text):
    """Only when or that it was published does not tell which document: nobody speaks."""
    language = "fr" if "Selon" in text else "en"
    assert [c.speaker for c in extract(text, language, DAY).claims] == [None]


def test_a_participle_clause_of_narration_names_nobody(french_nlp):
    """ "leur région étant en proie à des violences qui ont fait au moins 22 morts": a
    participle with its own subject that neither reports nor has a name acting is the
    writer's narration (a first version named "région de" + the paragraph's last person)."""
    text = (
        "Le préfet a interdit les rassemblements, leur région étant en proie à des violences "
        "qui ont fait 22 morts."
    )
    found = {c.text: c.speaker for c in extract(text, "fr", DAY).claims}
    assert found["leur région étant en proie à des violences qui ont fait 22 morts"] is None


def test_a_capitalised_document_word_is_part_of_a_name():
    """ "the United States Geological Survey said": "Survey" ends the institution's name; it
    is no document whose author the words before it would be."""
    text = (
        "A magnitude 6.3 earthquake struck at 3:32 a.m., the United States Geological Survey said."
    )
    assert [c.speaker for c in extract(text, "en", DAY).claims] == [
        "United States Geological Survey"
    ]


def test_a_described_name_that_undergoes_the_verb_is_no_source():
    """ "Incumbant president Boni Yayi has been confirmed as the winner" (a `matching-dev`
    source) spoke for Boni Yayi once a name after its description was read as the subject:
    a passive says what was done to him, not what he says or does."""
    text = (
        "Election officials met on Monday. Incumbent president Rene Okafor has been confirmed "
        "as the winner of the 2011 election."
    )
    found = {c.text: c.speaker for c in extract(text, "en", DAY).claims}
    assert (
        found[
            "Incumbent president Rene Okafor has been confirmed as the winner of the 2011 election"
        ]
        is None
    )


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            '"The wards are short of staff," said Maria Duval, general secretary of the nurses\' '
            "union, outside the town hall.",
            "The wards are short of staff",
            "Maria Duval",
        ),
        (
            '"We will not sign this deal," Paul Okoro, chief negotiator for the dockers, told '
            "reporters.",
            "We will not sign this deal",
            "Paul Okoro",
        ),
        (
            "Fares will rise by 4% in January, said Paul Okoro outside the depot.",
            "Fares will rise by 4% in January",
            "Paul Okoro",
        ),
    ],
)
def test_a_bare_role_after_the_name_or_a_place_closes_the_frame(text, claim, speaker):
    """ "said X, national secretary of the CNE union, outside Saint-Pierre hospital" named
    nobody, and the quote took the union that spoke before: a role set after a name without an
    article ("general secretary of ...") describes the person, who speaks, and where it was
    said ("outside the town hall") ends the frame as "in a statement" does."""
    text = "The union said 300 nurses had joined the strike. " + text
    found = {c.text: (c.speaker, c.speaker_kind) for c in extract(text, "en", DAY).claims}
    assert found[claim] == (speaker, "person")


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "Some 200 flights were cancelled, according to a first tally from the Civil Aviation "
            "Authority released on Friday evening.",
            "Civil Aviation Authority",
        ),
        (
            "en",
            "About 3,000 homes lost power, according to a provisional count from the regional "
            "federation.",
            "regional federation",
        ),
        (
            "en",
            "Some 300 homes were flooded, according to figures released by the Interior Ministry "
            "on Monday.",
            "Interior Ministry",
        ),
        ("en", "According to initial estimates, 40 hectares burned.", None),
        (
            "fr",
            "Quelque 300 vols ont été annulés, selon un premier décompte de la préfecture publié "
            "vendredi soir.",
            "préfecture",
        ),
        (
            "fr",
            "Selon une première estimation du syndicat Sud-Rail, 40 % des trains ont été supprimés.",
            "syndicat Sud-Rail",
        ),
    ],
)
def test_a_first_tally_or_estimate_speaks_for_its_author(french_nlp, language, text, speaker):
    """ "according to a first tally from the Iris federation released on Thursday morning"
    named nobody, and "selon un premier bilan de la fédération Iris publié jeudi matin" the
    role "premier" bound to a name: a tally, a count or an estimate is a document like
    figures, whatever ordinal or qualifier opens it ("first", "provisional", "premier"),
    and its author is named without what says when it came out ("released on Friday
    evening", "publié vendredi soir", "on Monday"); without an author nobody speaks."""
    claims = extract(text, language, DAY).claims
    assert claims and {c.speaker for c in claims} == {speaker}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "La mairie avait reçu trois plaintes en mai, selon des documents consultés par l'AFP.",
            "documents consultés par l'AFP",
        ),
        (
            "fr",
            "Des documents obtenus par Le Monde révèlent que la société a versé 12 millions "
            "d'euros.",
            "documents obtenus par Le Monde",
        ),
        (
            "en",
            "Documents seen by Reuters show that the firm paid 12 million dollars to the agency.",
            "Documents seen by Reuters",
        ),
    ],
)
def test_who_consulted_a_document_is_not_its_source(french_nlp, language, text, speaker):
    """ "selon des documents consultés par l'AFP" named the AFP, the agent of the participle
    taken for the author: who read or obtained a document did not write it; the document is
    the source as written, neither a person nor an organisation, as "according to documents
    seen by Reuters" already was."""
    claims = extract(text, language, DAY).claims
    assert claims and {(c.speaker, c.speaker_kind) for c in claims} == {(speaker, None)}


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "« Le chantier prendra dix ans », a déclaré la directrice du port, l'ingénieure "
            "Sophie Lambert, lors d'une conférence de presse.",
            "« Le chantier prendra dix ans »",
            "Sophie Lambert",
        ),
        (
            "« Nous ferons appel », a indiqué le président de la fédération, le docteur "
            "Marc Aubert.",
            "« Nous ferons appel »",
            "Marc Aubert",
        ),
    ],
)
def test_french_frame_subject_with_a_titled_name_after_it(french_nlp, text, claim, speaker):
    """ ", a déclaré la présidente du tribunal, la juge X": the apposition gives the role a
    second title, then the name; the name speaks (the frame ended at the role's comma)."""
    assert _speakers(text, "fr") == [(claim, speaker, "person")]


@pytest.mark.parametrize(
    ("text", "language", "claim", "speaker"),
    [
        (
            "L'avocate de la société, Me Claire Fontaine, a annoncé que sa cliente ferait appel.",
            "fr",
            "sa cliente ferait appel",
            "Claire Fontaine",
        ),
        (
            "« Le jugement sera cassé », a déclaré Maître Paul Girard.",
            "fr",
            "« Le jugement sera cassé »",
            "Paul Girard",
        ),
        (
            "Mme Claire Fontaine a estimé que 40 emplois étaient menacés.",
            "fr",
            "40 emplois étaient menacés",
            "Claire Fontaine",
        ),
        (
            "Dr. Anna Keller said 14 patients had been treated.",
            "en",
            "14 patients had been treated",
            "Anna Keller",
        ),
    ],
)
def test_a_title_of_courtesy_before_a_full_name_is_no_part_of_it(text, language, claim, speaker):
    """ "Me Tiago Rebelo" (Maître, a lawyer's title), "Mme X Y", "Dr. X Y": the title says a
    person and is no part of the name ("Me" was not read as one: the lawyer was typed an
    organisation in a closing frame and kept the title)."""
    assert _speakers(text, language) == [(claim, speaker, "person")]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Amina Keita, minister of health of Mali of course, but also the head of the "
            "regional task force, announced that 300 clinics would open.",
            "300 clinics would open",
            "Amina Keita",
        ),
        (
            "Lina Corvo, a nurse, a mother of three and a union delegate, said 200 beds had been "
            "closed.",
            "200 beds had been closed",
            "Lina Corvo",
        ),
        (
            "President Ellen Marsh, head of the party, but also the country's chief negotiator, "
            "has warned that 2,000 troops would stay.",
            "2,000 troops would stay",
            "Ellen Marsh",
        ),
        (
            "Tomas Varga, Governor of the Central Bank, said rates would rise by 0.5 points in "
            "May.",
            "rates would rise by 0.5 points in May",
            "Tomas Varga",
        ),
        (
            "Ruth Odhiambo, 54, a former prosecutor, said the trial would last three weeks.",
            "the trial would last three weeks",
            "Ruth Odhiambo",
        ),
    ],
)
def test_the_name_opening_a_chain_of_appositions_speaks(text, claim, speaker):
    """ "X, president of Nigeria of course, but also the chair of ECOWAS, has called for" gave
    the speaker "also the chair of ECOWAS", and the sentence was cut at ", but" into a claim
    of the name and its first description: the subject was read back from the verb to the
    nearest break. The name the descriptions follow acts; the frame goes whole, the age
    with it."""
    assert [(c, s) for c, s, _ in _speakers(text, "en")] == [(claim, speaker)]


def test_a_chain_of_appositions_before_another_verb_stays_one_claim():
    """A verb that takes a noun phrase keeps the whole sentence, the name its subject."""
    text = (
        "Henrik Saller, the regulator's director, but also a member of the board, has called "
        "for 40 new inspectors."
    )
    assert [(c, s) for c, s, _ in _speakers(text, "en")] == [(text.rstrip("."), "Henrik Saller")]
