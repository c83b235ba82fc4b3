"""Who and where a claim names, compared the way spellings and transliterations vary
(Zelensky/Zelenskiy, Tandja/Tanja, Ouattara/Ouatara): a phonetic key folds the usual
variations of Latin transliteration, and rapidfuzz says how close two keys are."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from workbench.extract.dates import MONTHS, WEEKDAYS
from workbench.matching.bilingual import is_common
from workbench.matching.words import fold, is_stopword, stem, words_of

CALENDAR = frozenset(
    fold(w) for table in (MONTHS, WEEKDAYS) for words in table.values() for w in words
)
# Letter groups that transliterations write differently for one sound, read left to right.
_SOUNDS = [
    ("dj", "j"),
    ("dzh", "j"),
    ("tch", "ch"),
    ("sch", "ch"),
    ("sh", "ch"),
    ("ph", "f"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("ck", "k"),
    ("ch", "ch"),
    ("qu", "k"),
    ("q", "k"),
    ("c", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("w", "v"),
    ("y", "i"),
    ("ee", "i"),
    ("z", "s"),
]
_SOUND = re.compile("|".join(re.escape(a) for a, _ in _SOUNDS))
_REPLACE = dict(_SOUNDS)


@lru_cache(maxsize=100_000)
def phonetic(name: str) -> str:
    """A spelling-tolerant key: "Zelenskiy" and "Zelensky" -> "selenski"; "Tandja" and "Tanja"
    -> "tanja"; doubled letters count once."""
    folded = re.sub(r"[^a-z]", "", fold(name)).replace("kh", "k")
    keyed = _SOUND.sub(lambda m: _REPLACE[m.group(0)], folded)
    return re.sub(r"(.)\1+", r"\1", keyed)


def skeleton(key: str) -> str:
    """The index key of a phonetic key: its first letter and its consonants ("utara" ->
    "utr"), so that names one vowel apart are looked up together."""
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


def names_of(text: str, language: str) -> tuple[str, ...]:
    """Phonetic keys of the names in a text: capitalised words and acronyms that are not
    function words, calendar words or ordinary words of the language's dictionary (so
    "Président" or "Coast" count as words, "Abdallahi" and "ECOWAS" as names). Two names in a
    row also count joined ("Abdel Aziz" meets "Abdelaziz")."""
    found: dict[str, None] = {}
    previous = ""
    for word in words_of(text):
        if not _is_name(word, language):
            previous = ""
            continue
        found.setdefault(phonetic(word), None)
        if previous:
            found.setdefault(phonetic(previous + word), None)
        previous = word
    return tuple(k for k in found if k)


@lru_cache(maxsize=100_000)
def _is_name(word: str, language: str) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    folded = fold(word)
    if folded in CALENDAR or is_stopword(folded, language):
        return False
    return word.isupper() or not is_common(stem(word, language), language)


@lru_cache(maxsize=65_536)
def closeness(mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[float, float]:
    """How close each side's names come to the other's on average: each name's best Indel
    similarity among the other's phonetic keys, 0 for one that starts with another letter.
    Numbers for the model to weigh, not cut at a hand-set level; each pair of names is
    compared once for both directions. Remembered: the same speakers and places come back
    claim after claim."""
    if not mine or not theirs:
        return 0.0, 0.0
    best_mine, best_theirs = [0.0] * len(mine), [0.0] * len(theirs)
    for i, x in enumerate(mine):
        for j, y in enumerate(theirs):
            if x[0] == y[0]:
                found = 1.0 if x == y else Indel.normalized_similarity(x, y)
                best_mine[i] = max(best_mine[i], found)
                best_theirs[j] = max(best_theirs[j], found)
    return sum(best_mine) / len(mine), sum(best_theirs) / len(theirs)
