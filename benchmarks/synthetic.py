"""Synthetic articles and claims for the benchmarks, stored through the normal ingest path."""

from __future__ import annotations

import random
from datetime import date

WORDS = (
    "missiles drones frappes ministère attaque élection budget chômage inflation "
    "vaccin séisme réfugiés soldats accord sanctions pétrole"
).split()


def synthetic_article(number: int, claims: int):
    """An article of `claims` one-sentence claims, and its extraction, built without NLP."""
    from workbench.extract import Claim, Extraction

    sentences = [
        f"Le {WORDS[(number + i) % len(WORDS)]} numéro {number}-{i} a été annoncé "
        f"par le porte-parole {i}."
        for i in range(claims)
    ]
    extraction = Extraction("fr", date(2024, 11, 20))
    text = ""
    for i, sentence in enumerate(sentences):
        if text:
            text += "\n\n" if i % 5 == 0 else " "  # paragraphs of five sentences
        extraction.claims.append(
            Claim(
                len(text),
                len(text) + len(sentence),
                sentence,
                kinds=["event"],
                speaker=f"porte-parole {i}",
                score=0.3 + (i % 7) / 10,
            )
        )
        text += sentence
    return text, extraction


def fill(store, claims: int, per_article: int = 20, batch: int = 1) -> None:
    """`claims` claims in articles of `per_article`; a few marked checked. `batch` articles
    share one transaction (the store's writes nest), for benchmarks that only need the data."""
    from workbench.store.connection import write

    articles = claims // per_article
    for first in range(0, articles, batch):
        with write(store.db):
            for article in range(first, min(first + batch, articles)):
                text, extraction = synthetic_article(article, per_article)
                article_id = store.ingest(text, extraction, title=f"Article {article}").article_id
                if article % 50 == 0:
                    for claim in store.claims(article_id=article_id, limit=5):
                        store.set_status(claim["id"], "checked")


REPORTS = 5
"""Reports of one event: articles 5k to 5k+4 report event k, each in French or English."""

# Topics of news events, each word in French and English (for the wording of claims, not
# for the matcher: it reads them through its own dictionaries). A topic is shared by many
# events, so its words become common as the store grows, as a desk's do.
TOPICS = (
    {
        "counted": [("morts", "dead"), ("blessés", "injured"), ("maisons", "houses")],
        "verbs": [("recensés", "recorded"), ("comptés", "counted"), ("signalés", "reported")],
        "words": [
            ("séisme", "earthquake"),
            ("secousse", "tremor"),
            ("décombres", "rubble"),
            ("secouristes", "rescuers"),
            ("épicentre", "epicentre"),
            ("village", "village"),
            ("effondrement", "collapse"),
        ],
    },
    {
        "counted": [
            ("personnes évacuées", "people evacuated"),
            ("morts", "dead"),
            ("hectares", "hectares"),
        ],
        "verbs": [("recensés", "recorded"), ("signalés", "reported"), ("confirmés", "confirmed")],
        "words": [
            ("pluies", "rain"),
            ("rivière", "river"),
            ("crue", "flood"),
            ("digue", "dyke"),
            ("eaux", "waters"),
            ("torrent", "torrent"),
            ("boue", "mud"),
        ],
    },
    {
        "counted": [
            ("voix", "votes"),
            ("sièges", "seats"),
            ("bureaux de vote", "polling stations"),
        ],
        "verbs": [("obtenus", "won"), ("comptés", "counted"), ("annulés", "cancelled")],
        "words": [
            ("scrutin", "ballot"),
            ("candidat", "candidate"),
            ("électeurs", "voters"),
            ("résultats", "results"),
            ("participation", "turnout"),
            ("fraude", "fraud"),
            ("opposition", "opposition"),
        ],
    },
    {
        "counted": [
            ("grévistes", "strikers"),
            ("écoles", "schools"),
            ("manifestants", "protesters"),
        ],
        "verbs": [("recensés", "recorded"), ("mobilisés", "mobilised"), ("fermées", "closed")],
        "words": [
            ("syndicat", "union"),
            ("salaires", "wages"),
            ("grève", "strike"),
            ("enseignants", "teachers"),
            ("négociations", "negotiations"),
            ("manifestation", "demonstration"),
            ("retraite", "pension"),
        ],
    },
    {
        "counted": [("soldats", "soldiers"), ("morts", "dead"), ("assaillants", "attackers")],
        "verbs": [("tués", "killed"), ("capturés", "captured"), ("blessés", "wounded")],
        "words": [
            ("attaque", "attack"),
            ("armée", "army"),
            ("explosion", "explosion"),
            ("frontière", "border"),
            ("embuscade", "ambush"),
            ("convoi", "convoy"),
            ("garnison", "garrison"),
        ],
    },
    {
        "counted": [("cas", "cases"), ("morts", "dead"), ("vaccins", "vaccines")],
        "verbs": [("confirmés", "confirmed"), ("recensés", "recorded"), ("livrés", "delivered")],
        "words": [
            ("épidémie", "epidemic"),
            ("virus", "virus"),
            ("santé", "health"),
            ("contamination", "contamination"),
            ("quarantaine", "quarantine"),
            ("hôpital", "hospital"),
            ("infection", "infection"),
        ],
    },
    {
        "counted": [("milliards", "billion"), ("emplois", "jobs"), ("entreprises", "companies")],
        "verbs": [("prévus", "planned"), ("supprimés", "cut"), ("promis", "promised")],
        "words": [
            ("budget", "budget"),
            ("déficit", "deficit"),
            ("dette", "debt"),
            ("impôts", "taxes"),
            ("croissance", "growth"),
            ("dépenses", "spending"),
            ("parlement", "parliament"),
        ],
    },
    {
        "counted": [("ans", "years"), ("accusés", "defendants"), ("témoins", "witnesses")],
        "verbs": [("condamnés", "sentenced"), ("entendus", "heard"), ("acquittés", "acquitted")],
        "words": [
            ("tribunal", "court"),
            ("procès", "trial"),
            ("juge", "judge"),
            ("prison", "prison"),
            ("corruption", "corruption"),
            ("avocat", "lawyer"),
            ("verdict", "verdict"),
        ],
    },
    {
        "counted": [("hectares", "hectares"), ("pompiers", "firefighters"), ("maisons", "houses")],
        "verbs": [("brûlés", "burned"), ("déployés", "deployed"), ("détruites", "destroyed")],
        "words": [
            ("incendie", "fire"),
            ("forêt", "forest"),
            ("flammes", "flames"),
            ("vent", "wind"),
            ("sécheresse", "drought"),
            ("fumée", "smoke"),
            ("colline", "hill"),
        ],
    },
    {
        "counted": [("migrants", "migrants"), ("bateaux", "boats"), ("morts", "dead")],
        "verbs": [("secourus", "rescued"), ("interceptés", "intercepted"), ("retrouvés", "found")],
        "words": [
            ("naufrage", "shipwreck"),
            ("côte", "coast"),
            ("mer", "sea"),
            ("sauvetage", "rescue"),
            ("frontière", "border"),
            ("port", "port"),
            ("passeurs", "smugglers"),
        ],
    },
)
GENERAL = tuple(
    tuple(pair.split("/"))
    for pair in (
        "gouvernement/government ministre/minister président/president pays/country "
        "capitale/capital semaine/week autorités/authorities police/police région/region "
        "ville/city habitants/residents situation/situation mesures/measures aide/aid "
        "rapport/report responsables/officials population/population enquête/investigation "
        "crise/crisis sécurité/security famille/family décision/decision conférence/conference "
        "journalistes/journalists urgence/emergency agriculteurs/farmers électricité/electricity "
        "routes/roads ponts/bridges écoles/schools marché/market prix/prices carburant/fuel "
        "eau/water nourriture/food médicaments/medicines camions/trucks avions/planes "
        "ambassade/embassy voisins/neighbours opposition/opposition députés/deputies "
        "sénat/senate loi/law constitution/constitution réforme/reform plainte/complaint "
        "assurance/insurance banque/bank investissements/investments frontières/borders "
        "douane/customs port/port aéroport/airport hôtel/hotel université/university "
        "étudiants/students chercheurs/researchers églises/churches mosquée/mosque "
        "stade/stadium musée/museum tourisme/tourism commerce/trade usine/factory "
        "mine/mine pétrole/oil gaz/gas barrage/dam récolte/harvest bétail/cattle "
        "télévision/television radio/radio internet/internet téléphone/telephone"
    ).split()
)
ROLES = (
    ("le ministre de l'intérieur", "the interior minister"),
    ("le porte-parole du gouvernement", "the government spokesman"),
    ("le gouverneur de la région", "the regional governor"),
    ("la police", "the police"),
    ("le maire", "the mayor"),
    ("la protection civile", "civil protection"),
)
SYLLABLES = (
    "ka lo ma dou ni sa té bo ri na kou zi mé ta ga fou di ba ré so tcha mou li ve pa "
    "ro gué dja bé lé nou vo ti ke ha dé sé"
).split()
MONTH_NAMES = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def _name(pick) -> tuple[str, str]:
    """A made-up name, as French and as English spell it (ou / u, tch / ch, é / e): the
    transliteration variants the matcher's names are compared through."""
    french = "".join(pick.choice(SYLLABLES) for _ in range(pick.randint(2, 3))).capitalize()
    english = french.replace("ou", "u").replace("tch", "ch").replace("é", "e")
    return french, english


def _event(event: int) -> dict:
    """What every report of an event draws on: its topic, place, people, day and facts (a
    figure with what it counts, a verb and two of the topic's words)."""
    pick = random.Random(f"event {event}")
    topic = TOPICS[pick.randrange(len(TOPICS))]
    year, month, day = pick.randint(2019, 2025), pick.randint(1, 12), pick.randint(1, 27)
    facts = [
        {
            "value": pick.choice(
                [pick.randint(2, 40), pick.randint(10, 900), pick.randint(100, 20000)]
            ),
            "counted": pick.choice(topic["counted"]),
            "verb": pick.choice(topic["verbs"]),
            "words": pick.sample(topic["words"], 2),
            "day": day + pick.randint(0, 1),
            "template": pick.randrange(3),
        }
        for _ in range(10)
    ]
    return {
        "topic": topic,
        "place": _name(pick),
        "region": _name(pick),
        "people": [(_name(pick), _name(pick), pick.choice(ROLES)) for _ in range(3)],
        "year": year,
        "month": month,
        "day": day,
        "facts": facts,
    }


def _speaker(pick, event: dict, french: bool) -> str:
    """A named person or a role (both are how reports attribute a claim)."""
    first, last, role = pick.choice(event["people"])
    if pick.random() < 0.6:
        return f"{first[0 if french else 1]} {last[0 if french else 1]}"
    return role[0 if french else 1]


def _date_words(day: int, month: int, french: bool) -> str:
    return f"le {day} {MONTH_NAMES[month - 1]}" if french else f"on {MONTHS_EN[month - 1]} {day}"


def _fact_claim(pick, event: dict, fact: dict, french: bool) -> tuple[str, dict, dict]:
    """One fact of the event, as this report words it: its own template (one of three
    paraphrases, chosen by the report), its own speaker, and in one report in five another
    figure (a toll that rose, an estimate that differs)."""
    side = 0 if french else 1
    value = fact["value"]
    if pick.random() < 0.2:
        value = value + pick.randint(1, max(2, value // 3))
    approximate = pick.random() < 0.3
    counted, verb = fact["counted"][side], fact["verb"][side]
    (w1, w2) = (w[side] for w in fact["words"])
    place = event["place"][side]
    day = fact["day"]
    when = _date_words(day, event["month"], french)
    speaker = _speaker(pick, event, french)
    figure = f"{value}"
    template = (fact["template"] + pick.randrange(2)) % 3
    if french:
        about = "au moins " if approximate else ""
        sentence = [
            f"{speaker} a affirmé que {about}{figure} {counted} avaient été {verb} à {place} "
            f"{when}, après {w1} et {w2}.",
            f"Selon {speaker}, {about}{figure} {counted} ont été {verb} {when} dans la région "
            f"de {place}, où {w1} et {w2} se poursuivent.",
            f"Le bilan s'établit à {about}{figure} {counted} à {place}, entre {w1} et {w2}, a "
            f"indiqué {speaker} {when}.",
        ][template]
    else:
        about = "at least " if approximate else ""
        sentence = [
            f"{speaker} said {about}{figure} {counted} had been {verb} in {place} {when}, "
            f"after the {w1} and the {w2}.",
            f"According to {speaker}, {about}{figure} {counted} were {verb} {when} in the "
            f"{place} region, where the {w1} and the {w2} go on.",
            f"The toll stands at {about}{figure} {counted} in {place}, amid the {w1} and the "
            f"{w2}, {speaker} said {when}.",
        ][template]
    number = {"text": figure, "value": value, "unit": counted, "approximate": approximate}
    date = {"text": when, "iso": f"{event['year']}-{event['month']:02d}-{day:02d}"}
    return sentence, number, date | {"speaker": speaker}


ACTIONS = tuple(
    tuple(pair.split("/"))
    for pair in (
        "dénoncé/denounced promis/promised réclamé/demanded annoncé/announced "
        "critiqué/criticised défendu/defended suspendu/suspended approuvé/approved "
        "rejeté/rejected proposé/proposed financé/funded reporté/postponed "
        "interdit/banned autorisé/authorised ouvert/opened fermé/closed"
    ).split()
)
OTHER_FR = (
    "{speaker} a {a0} {g0} et {g1} de {name}, liés à {t0}, et {a1} {g2}{figure}.",
    "Les {g0} de {name} ont {a0} {g1} après {t0}, tandis que {g2} et {g3} restent {a1}s{figure}.",
    "Selon {speaker}, {g0} a {a0} {g1} et {g2} pour {g3}{figure}.",
    "{speaker} a {a0} {g0}, {g1} et {g2}, sans {a1} {g3} ni {t0}{figure}.",
)
OTHER_EN = (
    "{speaker} {a0} the {g0} and the {g1} of {name}, tied to the {t0}, and {a1} the {g2}{figure}.",
    "The {g0} of {name} {a0} the {g1} after the {t0}, while the {g2} and the {g3} stay {a1}"
    "{figure}.",
    "According to {speaker}, the {g0} {a0} the {g1} and the {g2} for the {g3}{figure}.",
    "{speaker} {a0} the {g0}, the {g1} and the {g2}, without having {a1} the {g3} or the "
    "{t0}{figure}.",
)


def _other_claim(pick, event: dict, french: bool) -> tuple[str, dict | None, dict]:
    """A claim of this report alone (background, reactions, what comes next): ordinary
    words and actions, one of the topic's words, sometimes one of the event's names and a
    figure of its own."""
    side = 0 if french else 1
    general = {f"g{i}": w[side] for i, w in enumerate(pick.sample(GENERAL, 4))}
    actions = {f"a{i}": w[side] for i, w in enumerate(pick.sample(ACTIONS, 2))}
    topic = pick.choice(event["topic"]["words"])[side]
    speaker = _speaker(pick, event, french)
    name = pick.choice([event["region"], event["place"], _name(pick)])[side]
    number = None
    figure = ""
    if pick.random() < 0.4:
        value = pick.randint(2, 5000)
        counted = pick.choice(event["topic"]["counted"])[side]
        figure = (", avec {} {}" if french else ", with {} {}").format(value, counted)
        number = {"text": str(value), "value": value, "unit": counted, "approximate": False}
    template = pick.choice(OTHER_FR if french else OTHER_EN)
    sentence = template.format(
        speaker=speaker, name=name, t0=topic, figure=figure, **general, **actions
    )
    return sentence[0].upper() + sentence[1:], number, {"speaker": speaker}


def news_article(number: int, claims: int = 20):
    """Report `number % REPORTS` of event `number // REPORTS`, in French or English: about
    two claims in five are the event's facts, which other reports of the event give too (in
    other words, often in the other language, sometimes with another figure); the rest are
    the report's own. Deterministic for a given number. A desk's store is like this: a
    claim is repeated in a few articles of its event, and claims of other events share only
    common words (and, for events of one topic, the topic's)."""
    return report(number // REPORTS, number % REPORTS)


def report(event_number: int, index: int, claims: int = 20):
    """Report `index` (any number: a later report of an event already stored) of an event."""
    from workbench.extract import Claim, Extraction
    from workbench.extract.types import DateMention, NumberMention

    event = _event(event_number)
    pick = random.Random(f"report {event_number} {index}")
    french = pick.random() < 0.55
    extraction = Extraction("fr" if french else "en", date(event["year"], event["month"], 28))
    facts = pick.sample(event["facts"], 8)
    kinds = ["fact"] * len(facts) + ["other"] * (claims - len(facts))
    pick.shuffle(kinds)
    text = ""
    for kind in kinds:
        if kind == "fact":
            sentence, number, extra = _fact_claim(pick, event, facts.pop(), french)
        else:
            sentence, number, extra = _other_claim(pick, event, french)
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + sentence
        numbers, dates = [], []
        if number:
            at = start + sentence.index(number["text"] + " ")
            numbers.append(
                NumberMention(
                    number["text"],
                    number["value"],
                    at,
                    at + len(number["text"]),
                    number["unit"],
                    number["approximate"],
                )
            )
        if "iso" in extra:
            at = start + sentence.index(extra["text"])
            dates.append(DateMention(extra["text"], extra["iso"], at, at + len(extra["text"])))
        extraction.claims.append(
            Claim(
                start,
                start + len(sentence),
                sentence,
                kinds=["number", "date", "attribution"] if numbers else ["attribution"],
                numbers=numbers,
                dates=dates,
                speaker=extra["speaker"],
                score=0.9,
            )
        )
    return text, extraction
