"""A small French-English concept lexicon of news words, so that "tuées" and "killed",
"ambassade" and "embassy", "Poutine" and "Putin" count as the same word across languages.
Words not listed are compared by their first letters (cognates: "nucléaire"/"nuclear")."""

from __future__ import annotations

import re
import unicodedata

_GROUPS = {
    "dead": "tue tues tuee tuees tuer tuant mort morts morte mortes deces decede decedes vie "
    "killed kill kills killing dead died die death deaths toll victime victimes",
    "injured": "blesse blesses blessee blessees blessure blessures injured injuries injury "
    "wounded wounding hurt",
    "fled": "fui fuir fuyant refugie refugies deplace deplaces fled flee fleeing displaced "
    "refugee refugees exode",
    "strike": "frappe frappes frapper frappe struck strike strikes striking bombardement "
    "bombing bombed",
    "attack": "attaque attaques attaquer attaque attaquent attack attacks attacked assault",
    "missile": "missile missiles",
    "drone": "drone drones",
    "embassy": "ambassade ambassades embassy embassies",
    "close": "ferme fermer fermee fermeture portes closed close closing shut shutting doors",
    "war": "guerre guerres war wars conflit conflict",
    "end": "fin terminer mettre end ending",
    "promise": "promis promettre promet promesse promised promise promises pledged vowed",
    "nuclear": "nucleaire nucleaires nuclear atomique atomic",
    "threshold": "seuil threshold",
    "lower": "abaisser abaisse abaissement lowered lower lowering reduire reduced",
    "blackmail": "chantage blackmail",
    "quake": "seisme seismes tremblement quake earthquake earthquakes",
    "people": "personne personnes gens people persons habitants inhabitants",
    "vote": "voix vote votes suffrage suffrages ballot ballots scrutin",
    "percent": "pourcent percent pct",
    "party": "parti partis party parties",
    "power": "pouvoir power",
    "year": "an ans annee annees year years",
    "day": "jour jours journee day days",
    "building": "batiment batiments immeuble immeubles maison maisons logement logements "
    "building buildings house houses home homes",
    "live": "vivent vivre vit habite habitent live lives living reside",
    "worshipper": "fidele fideles worshipper worshippers faithful",
    "gunmen": "armes gunmen gunman assaillants attackers",
    "reason": "raison reason senses",
    "call": "appele appeler appelle appel called call urged urge exhorte",
    "president": "president presidente president presidents",
    "minister": "ministre ministres minister ministers",
    "ministry": "ministere ministry",
    "defence": "defense defence",
    "foreign": "etrangeres exterieur foreign",
    "lose": "perdre perdrons perdu perdra lose losing lost",
    "cut": "couper coupent coupe cut cuts cutting",
    "election": "election elections presidentielle legislatives electoral",
    "result": "resultat resultats result results",
    "opposition": "opposition opposant opposants",
    "invasion": "offensive invasion agression",
    "russia": "russie russe russes russia russian russians moscou moscow kremlin",
    "ukraine": "ukraine ukrainien ukrainienne ukrainiens ukrainian ukrainians kiev kyiv",
    "usa": "etats unis americain americaine americains american americans us usa washington",
    "italy": "italie italien italienne italiens italy italian",
    "cameroon": "cameroun camerounais cameroon cameroonian",
    "chad": "tchad chad",
    "nigeria": "nigeria nigerian nigerians",
    "angola": "angola angolais angolan angolans",
    "europe": "europe europeen europeenne europeens european europeans",
    "putin": "poutine putin",
    "zelensky": "zelensky zelenskyy zelenskiy zelenski",
    "unity": "unite unity",
    "dangerous": "dangereux dangereuse dangerous danger",
    "measure": "mesure mesurer registered measured recorded",
    "magnitude": "magnitude",
    "destroyed": "detruit detruits detruites destruction destroyed demolished",
    "region": "region regions province",
    "city": "ville villes city cities town",
    "official": "responsable responsables autorites officials official authorities",
    "site": "site installation facility",
    "children": "enfant enfants child children",
}
CONCEPTS = {word: concept for concept, words in _GROUPS.items() for word in words.split()}
ENTITY_CONCEPTS = frozenset(
    "russia ukraine usa italy cameroon chad nigeria angola europe putin zelensky".split()
)
"""Concepts that name a country or a person: two claims naming different ones differ."""

STOPWORDS = frozenset(
    """
le la les l un une des du de d et ou a au aux en dans par pour sur avec sans que qui quoi dont
ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je se s ne n pas plus
y est sont ete etre avoir a ont avait avaient sera seront fait faire selon apres avant depuis
tres aussi ainsi alors donc mais comme entre contre vers chez lors encore deja
the a an of to in on at by for with from as and or but that this these those it its he she
they we i you his her their our is are was were be been being has have had will would can
could said says say also than then into about after before since over up out not no so
""".split()
)
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lowercase without accents: "Élysée" -> "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def concept(word: str) -> str:
    """The concept of a folded word, else its first six letters (enough for cognates)."""
    if word in CONCEPTS:
        return CONCEPTS[word]
    singular = word[:-1] if len(word) > 4 and word[-1] in "sx" else word
    if singular in CONCEPTS:
        return CONCEPTS[singular]
    return singular[:6]


def concepts_of(text: str) -> set[str]:
    """The content concepts of a text, stopwords and digits left out."""
    return {
        concept(w)
        for w in _WORD.findall(fold(text))
        if w not in STOPWORDS and not w.isdigit() and len(w) > 1
    }
