"""What a claim does with its fact: states it, denies or refuses it ("not"), or asks for it
("asked"). Two reports of one event name the same people, places and acts and still say two
things: "Rajoelina had called for the arrest of Ravalomanana" and "the military refused to
arrest Ravalomanana" share nearly all their words, and a fact-checker checks two different
facts. A claim's stance is read from the grammar words of each language (negation, verbs of
refusing, denying and asking), never from what the claim is about.

What lies ahead (a promise, a plan, a future) is no stance here: reports of one fact tell its
time in their own ways ("le déficit ne descendra pas sous", "the deficit would stay above"),
and comparing it cost the pair sets more than it gave (docs/matching-record.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

_NEGATIVE = r"(?:pas|plus|jamais|rien|personne|guère|point|nullement)"
"""The second word of a French negation: "ne ... que" is no negation ("n'a été identifiée que
la semaine dernière": only then)."""

_CUES: dict[str, dict[str, str]] = {
    "not": {
        "en": r"\bnot\b|n't\b|\bnever\b|\bno\b|\bno longer\b|\bneither\b|\bnor\b|\brefus\w*"
        r"|\bden(?:y|ies|ied|ial)\b|\bdeclin(?:e|es|ed|ing) to\b",
        "fr": rf"\bne\b(?:\s+\S+){{0,3}}?\s+{_NEGATIVE}\b|\bn'(?:\S+\s+){{0,3}}?{_NEGATIVE}\b"
        r"|\baucun\w*|\bjamais\b|\bni\b|\brefus\w*|\bdément\w*|\bdémenti\w*|\bni(?:e|ent|é|ée)\b",
    },
    "asked": {
        "en": r"\bcall(?:s|ed|ing)? (?:for|on)\b|\burg(?:e|es|ed|ing)\b|\bdemand\w*"
        r"|\bask(?:s|ed|ing)? (?:for|to)\b|\bs(?:eek|eeks|eeking|ought) to\b"
        r"|\bwant(?:s|ed|ing)? to\b|\bappeal(?:s|ed|ing)? (?:for|to)\b|\blooking to\b",
        "fr": r"\b(?:appel(?:le|lent|é|ée|és|ait|aient|er|ant)|vis(?:e|ent|ait|ant)"
        r"|cherch(?:e|ent|ait|ant))\b(?:\s+\S+){0,5}?\s+à\b|\bdemand\w*|\bréclam\w*"
        r"|\bexig\w*|\bexhort\w*|\bsouhait\w*|\bveu(?:t|lent)\b|\bvoul(?:ait|aient|oir)\b",
    },
}
"""The words of each stance, by language, in any case."""

_PATTERNS = {
    name: {language: re.compile(f"(?i:{cues})") for language, cues in by_language.items()}
    for name, by_language in _CUES.items()
}


@lru_cache(maxsize=50_000)
def stance(text: str, language: str) -> frozenset[str]:
    """The stances a claim's words take (empty: it states its fact)."""
    return frozenset(name for name, found in stance_words(text, language).items() if found)


def stance_words(text: str, language: str) -> dict[str, tuple[str, ...]]:
    """The words that give each stance, as the text writes them (what an explanation
    quotes)."""
    plain = text.replace("’", "'")  # one character for one: the matches' places hold
    found: dict[str, tuple[str, ...]] = {}
    for name, by_language in _PATTERNS.items():
        pattern = by_language.get(language) or by_language["en"]
        found[name] = tuple(text[m.start() : m.end()] for m in pattern.finditer(plain))
    return found
