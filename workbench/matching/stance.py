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
        "en": r"not|never|no|no longer|neither|nor|refus\w*|den(?:y|ies|ied|ial)|refut\w*"
        r"|disput(?:e|es|ed|ing) (?:that|having|being)|declin(?:e|es|ed|ing) to|\w+n't",
        "fr": rf"ne(?:\s+\S+){{0,3}}?\s+{_NEGATIVE}|n'(?:\S+\s+){{0,3}}?{_NEGATIVE}|aucun\w*|jamais"
        r"|ni|refus\w*|dément\w*|démenti\w*|ni(?:e|ent|é|ée)|réfut\w*"
        r"|contest(?:e|ent|é|ait|aient)\s+(?:avoir|être|que|qu')",
    },
    "asked": {
        "en": r"call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|demand\w*|ask(?:s|ed|ing)? (?:for|to)"
        r"|s(?:eek|eeks|eeking|ought) to|want(?:s|ed|ing)? to|appeal(?:s|ed|ing)? (?:for|to)"
        r"|looking to",
        "fr": r"(?:appel(?:le|lent|é|ée|és|ait|aient|er|ant)|vis(?:e|ent|ait|ant)"
        r"|cherch(?:e|ent|ait|ant))(?:\s+\S+){0,5}?\s+à|demand\w*|réclam\w*|exig\w*"
        r"|exhort\w*|souhait\w*|veu(?:t|lent)|voul(?:ait|aient|oir)",
    },
}
"""The words of each stance, by language, in any case, each a whole word or words (one
leading word boundary for all: a pattern searched at every letter is six times slower)."""

_PATTERNS = {
    name: {language: re.compile(rf"(?i:\b(?:{cues})\b)") for language, cues in by_language.items()}
    for name, by_language in _CUES.items()
}


@lru_cache(maxsize=50_000)
def stance(text: str, language: str) -> frozenset[str]:
    """The stances a claim's words take (empty: it states its fact)."""
    plain = text.replace("’", "'")
    return frozenset(name for name in _PATTERNS if _pattern(name, language).search(plain))


def stance_words(text: str, language: str) -> dict[str, tuple[str, ...]]:
    """The words that give each stance, as the text writes them (what an explanation
    quotes)."""
    plain = text.replace("’", "'")  # one character for one: the matches' places hold
    return {
        name: tuple(text[m.start() : m.end()] for m in _pattern(name, language).finditer(plain))
        for name in _PATTERNS
    }


def _pattern(name: str, language: str) -> re.Pattern[str]:
    by_language = _PATTERNS[name]
    return by_language.get(language) or by_language["en"]
