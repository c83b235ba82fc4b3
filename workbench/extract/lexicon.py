"""Word lists the rules rely on, per language. Broad on purpose: news has many ways to say
"said"."""

from __future__ import annotations

REPORTING_VERBS_FR = frozenset(
    """
dire déclarer affirmer assurer annoncer indiquer expliquer estimer ajouter confirmer démentir
nier préciser souligner rappeler prévenir avertir dénoncer accuser critiquer promettre menacer
craindre redouter espérer réclamer demander exiger appeler répondre reconnaître admettre révéler
signaler rapporter raconter témoigner juger considérer penser croire soutenir prétendre insister
noter observer relever lancer marteler répéter qualifier décrire évoquer mentionner commenter
conclure constater déplorer regretter saluer féliciter condamner fustiger exhorter plaider
proposer suggérer recommander confier écrire publier tweeter communiquer informer alerter
garantir jurer certifier attester prédire anticiper envisager revendiquer s'inquiéter inquiéter
dénoncer pointer souhaiter appeler avouer clamer proclamer invoquer objecter rétorquer répliquer
contester réfuter démentir mettre_en_garde signer décrier interroger déclarer fustiger s'alarmer
alarmer annoncer réagir
""".split()
)

REPORTING_VERBS_EN = frozenset(
    """
say tell state claim announce report declare confirm deny add explain estimate warn note insist
argue acknowledge admit reveal allege accuse criticize criticise condemn praise promise pledge
vow threaten predict suggest write tweet post publish show indicate describe urge demand fear
believe think agree disagree dismiss reject call reply respond testify assert maintain contend
stress emphasize emphasise underline recall caution forecast project estimate concede complain
tell announce disclose publish register applaud welcome hail blame
""".split()
)

DENYING_VERBS_FR = frozenset("démentir nier contester réfuter".split())
DENYING_VERBS_EN = frozenset("deny refute dispute".split())
"""Verbs of denying: what follows them ("a démenti avoir procédé à un lâcher d'eau", "denied
that police had fired") is what the speaker says did not happen, so the verb is the claim's
own content, never a reporting frame to drop (the claim "avoir procédé à un lâcher d'eau"
read as an admission)."""

SPEECH_ACTS = frozenset(
    """
reiterate repeat counter thank congratulate express voice question dispute apologise apologize
ask answer mention speak talk address appeal plead request propose recommend advise remind
retort reaffirm assure defend lament regret boast
réitérer répéter remercier exprimer questionner excuser demander parler adresser interpeller
réaffirmer défendre proposer rappeler répondre
""".split()
)
"""Verbs of saying that report no statement's words ("a réitéré l'engagement des Etats-Unis",
"elle a remercié les Etats-Unis", "Matonga countered by repeating"): their subject speaks,
while the subject of any other act ("Cardoso resigned") is only its actor."""

_IRREGULAR_EN = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "shown": "show",
    "showed": "show",
}

ENGLISH_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
"""An English month, whole or abbreviated, as a pattern (before a day: "May 15", "Dec. 3")."""

YEAR_NOUNS_EN = frozenset(
    """
    elections polls primaries midterms referendums games olympics championships finals
    playoffs awards summits talks accords agreements negotiations protests riots uprisings
    revolutions wars crises attacks bombings floods fires wildfires storms droughts
    earthquakes outbreaks clashes killings results figures accounts statistics estimates
    data forecasts levels prices rates budgets targets sanctions reforms rules laws
    guidelines standards tariffs
    """.split()
)
"""English plurals that a year qualifies ("the 2020 elections", "from 2019 levels", "its 2019
results"): events of a year and its records and measures, where a figure before another
plural counts ("the 2000 residents")."""

SELON_FR = ("selon", "d'après", "d’après")
ACCORDING_EN = ("according to",)

ROLE_NOUNS = frozenset(
    """
président présidente ministre chef porte-parole dirigeant dirigeante chancelier chancelière
secrétaire directeur directrice maire gouverneur général patron patronne leader ambassadeur
ambassadrice juge procureur procureure sénateur sénatrice député députée roi reine pape candidat
candidate commandant premier première president minister chief spokesman spokeswoman
spokesperson chancellor secretary director mayor governor general head ambassador judge
prosecutor senator king queen pope candidate commander chair chairman chairwoman ceo speaker
leader préfet préfète recteur rectrice commissaire coroner sheriff manager owner founder coach
gérant gérante fondateur fondatrice entraîneur treasurer officer inspector commissioner
superintendent principal dean administrator coordinator organiser organizer representative
delegate envoy negotiator attorney trésorier trésorière inspecteur inspectrice délégué déléguée
représentant représentante envoyé envoyée négociateur négociatrice coordinateur coordinatrice
administrateur administratrice
""".split()
)

ORGANISATION_NOUNS = frozenset(
    """
ministère ambassade gouvernement armée police autorités autorité commission parti médias presse
agence état-major kremlin conseil assemblée parlement sénat tribunal cour justice mairie
préfecture organisation onu otan union comité fondation entreprise société groupe syndicat
association institut observatoire office bureau banque fonds opposition régime administration
département service services département porte-parole communiqué journal chaîne ministry embassy
government army police authorities authority commission party media agency council assembly
parliament senate court tribunal organisation organization union committee foundation company
group institute observatory office bureau bank fund opposition regime administration department
service newspaper officials official spokesman broadcaster board témoin expert analyste habitant
source responsable chercheur médecin avocat militant observateur witness analyst expert resident
source researcher scientist doctor activist lawyer observer parquet direction gendarmerie
rectorat hôpital municipalité compagnie fédération collectif ong firm hospital management
federation
""".split()
)

GROUP_NOUNS = frozenset(
    """
economists experts analysts officials scientists researchers doctors witnesses residents
observers diplomats investigators lawmakers leaders rebels protesters activists sources
economist analyst scientist researcher official observer diplomat investigator lawmaker expert
économistes experts analystes responsables scientifiques chercheurs médecins témoins habitants
observateurs diplomates enquêteurs députés dirigeants rebelles manifestants militants sources
firefighters rescuers paramedics
""".split()
)
"""Groups of people who speak together ("IMF economists say")."""

DOCUMENT_NOUNS = frozenset(
    """
rapport étude enquête chiffres données statistiques bilan sondage note document résultats relevé
audit report study survey figures data statistics poll audit review findings results document
communiqué communiqués déclaration statement statements communique release tally tallies
count estimate estimates décompte estimation estimations
""".split()
)
"""What carries someone's words or numbers: its author speaks ("Un rapport de la Cour des
comptes estime", "Figures released by the ministry show", "selon un communiqué du ministère");
without one ("selon un communiqué publié mercredi"), nobody does."""

MEDIA_WORDS = frozenset(
    """
media médias média press presse newspaper newspapers journaux tabloids broadcasters
television télévision tv
""".split()
)
"""Words that make a phrase name the press as a source ("media reports said", "selon des
médias locaux", "state television reported"): unnamed, but a source the analyst must see."""

APPEARANCE_VERBS = frozenset(
    """
sembler paraître paraitre apparaître apparaitre apparait apparaît seem seems seemed appear
appears appeared look looks looked
""".split()
)

MENTAL_VERBS = frozenset(["craindre", "redouter", "espérer", "souhaiter", "fear", "hope"])

SUBJECT_PRONOUNS = {
    "il": ("Masc", False),
    "elle": ("Fem", False),
    "ils": ("Masc", True),
    "elles": ("Fem", True),
    "he": ("Masc", False),
    "she": ("Fem", False),
    "they": (None, True),
    "it": (None, False),
}

DETERMINERS = frozenset(
    """
le la les l' l’ un une des du de d' d’ ce cet cette ces son sa ses leur leurs notre nos votre
vos the a an this that these those its his her their our
""".split()
)


_ENDINGS_EN = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)
"""An English verb's inflectional endings, each with what its base form ends with instead."""


def _base_forms_en(lower: str):
    """The base forms an inflected English verb may have, in the order of _ENDINGS_EN, each
    also with a final "e" ("stated" -> "stat", "state")."""
    for ending, replacement in _ENDINGS_EN:
        if lower.endswith(ending):
            base = lower[: -len(ending)] + replacement
            yield base
            yield base + "e"


def english_lemma(word: str) -> str:
    """A reporting verb's base form from its inflection, enough for the lexicon lookup."""
    lower = word.lower()
    if lower in _IRREGULAR_EN:
        return _IRREGULAR_EN[lower]
    return next((base for base in _base_forms_en(lower) if base in REPORTING_VERBS_EN), lower)


def speaks_en(word: str) -> bool:
    """Is the English word a form of a verb of saying (reporting or a speech act)?"""
    lower = word.lower()
    if lower in SPEECH_ACTS or lower + "e" in SPEECH_ACTS:
        return True
    return any(base in SPEECH_ACTS for base in _base_forms_en(lower)) or is_reporting_en(word)


def is_reporting_en(word: str) -> bool:
    return english_lemma(word) in REPORTING_VERBS_EN


PROFESSION_NOUNS = frozenset(
    """
médecin docteur avocat chercheur scientifique économiste analyste expert témoin habitant
militant observateur responsable enquêteur diplomate doctor lawyer researcher scientist
economist analyst expert witness resident activist observer official investigator diplomat
""".split()
)
"""What one person does for a living or in the story: with a name after it ("scientist William
Boyton") or a complement ("l'avocat de X"), the speaker is that person."""

PERSON_NOUNS = frozenset(
    """
victime témoin femme homme mère père fils fille sœur frère enfant famille proche mari épouse
veuve veuf voisin voisine ami amie patient patiente élève oncle tante cousin cousine
victim man woman boy girl child mother father son daughter sister brother husband wife widow
neighbour neighbor friend patient pupil student teacher driver passenger pilot captain nurse
survivor farmer worker owner tenant uncle aunt cousin parent relative priest
""".split()
)
"""Words for one person, not a trade the story gives them a role by: "the driver said", "la
victime a raconté" speak as people."""

COMPANY_NOUNS = frozenset(
    """
airline carrier carmaker automaker retailer lender insurer manufacturer maker producer supplier
operator conglomerate startup start-up chain brand giant firm company group bank broadcaster
publisher distributor developer utility miner exporter importer shipper railway brewer
chipmaker drugmaker pharmaceutical outlet network channel daily weekly newspaper club charity
constructeur opérateur groupe compagnie transporteur assureur distributeur fabricant
équipementier enseigne brasseur pétrolier géant chimiste laboratoire sidérurgiste quotidien
hebdomadaire chaîne banque société entreprise firme fournisseur exploitant
""".split()
)
"""Words that say what kind of business or body a name stands for when they stand right before
it ("budget airline SkyLark Air", "le constructeur Rivéa", "drugmaker Novo Nordisk"): the name
is an organisation, not a person with two capitalised names."""

ACCESS_VERBS = frozenset(
    """
seen obtained reviewed consulted viewed read cited quoted leaked vu vus vue vues obtenu obtenus
obtenue obtenues consulté consultés consultée consultées cité cités citée citées
""".split()
)
"""Participles saying who read or obtained a document, not who wrote it ("documents seen by
Reuters", "des documents consultés par l'AFP"): their agent is no author and no source."""

INSTITUTION_HEADS = frozenset(
    """
watch monitor international alliance coalition network initiative trust forum centre center
league society campaign project partnership tracker programme program mission
""".split()
)
"""Words that close an institution's own name and no person's ("Human Rights Watch", "Amnesty
International", "Global Forest Monitor", "Climate Action Network"), beside the words for a
body (`ORGANISATION_NOUNS`): a capitalised name ending on one is an organisation, though its
shape (two or three capitalised words) is a person's."""

POLITY_NOUNS = frozenset(
    """
ville commune région province pays état capitale métropole agglomération collectivité canton
city town region province country state capital county municipality
""".split()
)
"""Words for a place that governs itself ("la ville de Lyon", "la région Bretagne", "the city
of Leeds"): it acts and speaks through its institution, as a country's name does; a thing
named after a place ("le barrage de Montcalvier", "le pont de X") does neither."""

PERSON_ENDINGS_FR: tuple[str, ...] = ("eur", "euse", "rice", "ien", "ienne", "iste", "ant", "ante")
PERSON_ENDINGS_FR += ("ier", "ière", "logue", "cin", "aire")
"""French endings of agent nouns, a person doing something ("un syndicaliste", "la
directrice", "un habitant")."""

MEASURE_WORDS = (
    # time
    "an an. ans annee annees year years yr yrs mois month months semaine semaines week weeks "
    "jour jours day days heure heures hour hours minute minutes seconde secondes second seconds "
    "siecle siecles century centuries decennie decennies decade decades "
    # money: the symbols and abbreviations (every currency's name: `currency_words`)
    "fcfa cfa $ € £ "
    # size
    "km kilometre kilometres kilometer kilometers m metre metres meter meters mile miles "
    "kg kilo kilos kilogramme kilogrammes kilogram kilograms tonne tonnes ton tons "
    "hectare hectares ha"
).split()
"""Units that say how much of something (a duration or age, a sum of money, a size), not how
many things, folded (lower case, no accents): a measure never counts the same as a number of
people (`matching.measures`), nor is it what a figure left without its noun counts
(`numbers`: "sentences of two to six years, while four were acquitted")."""

COURTESY_TITLES = frozenset(
    "m. mme mlle monsieur madame mademoiselle maître maitre mr mr. mrs mrs. ms ms. dr dr.".split()
)
"""Titles of courtesy before a person's name, folded: they say a person and are no part of
the name. French "Me" (Maître, a lawyer's) is one too, in French only: English "Me" is the
pronoun."""


def is_denying_en(word: str) -> bool:
    """Is the English word a form of a verb of denying (`DENYING_VERBS_EN`)?"""
    lower = word.lower()
    return lower in DENYING_VERBS_EN or any(b in DENYING_VERBS_EN for b in _base_forms_en(lower))
