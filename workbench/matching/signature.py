"""What a claim is made of, for comparing it with others in either language: its figures (with
what they count), dates, speaker and content concepts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workbench.extract.dates import MONTHS, WEEKDAYS
from workbench.matching.concepts import ENTITY_CONCEPTS, concept, concepts_of, fold

CALENDAR = frozenset(
    fold(w) for table in (MONTHS, WEEKDAYS) for words in table.values() for w in words
)

_PEOPLE = {"people", "personne"}
_DEATH_CUES = ("tue", "mort", "vie", "killed", "dead", "died", "death", "kill")
_INJURY_CUES = ("blesse", "injur", "wounded")


@dataclass(frozen=True)
class Signature:
    figures: tuple[tuple[float, str | None], ...]
    """(value, what it counts as a concept) for each figure."""
    dates: frozenset[str]
    speaker: frozenset[str]
    """The speaker's words as concepts: "Volodymyr Zelensky" -> {volody, zelensky}."""
    words: frozenset[str]
    names: frozenset[str] = frozenset()
    """Who and where: countries, people, organisations, as concepts."""


def names_of(text: str) -> frozenset[str]:
    """Concepts of the names in a text: capitalised words after the first, acronyms, and words
    the lexicon knows as countries or people ("américains" -> usa)."""
    words = re.findall(r"[^\W\d_]+", text)  # "US-made" -> US, made; "l'Ukraine" -> l, Ukraine
    found = set()
    for index, word in enumerate(words):
        folded = fold(word)
        if len(word) < 2 or folded in CALENDAR:
            continue
        if word[0].isupper() and index > 0 or word.isupper() or concept(folded) in ENTITY_CONCEPTS:
            found.add(concept(folded))
    return frozenset(found)


def speaker_concepts(speaker: str | None) -> frozenset[str]:
    """A speaker as concepts, so "ministère de la défense russe" meets "Russia's defence
    ministry" whatever the word order."""
    return frozenset(concepts_of(speaker)) if speaker else frozenset()


def quantity(unit: str | None, text: str) -> str | None:
    """What a figure counts: its unit as a concept; people who died or were hurt are told apart
    by the words around them ("coûté la vie à huit personnes" counts the dead)."""
    if not unit:
        return None
    if unit == "%":
        return "percent"
    kind = concept(fold(unit))
    if kind in _PEOPLE or kind == "people":
        folded = fold(text)
        if any(cue in folded for cue in _DEATH_CUES):
            return "dead"
        if any(cue in folded for cue in _INJURY_CUES):
            return "injured"
        return "people"
    return kind


def signature(text: str, numbers: list[dict], dates: list[dict], speaker: str | None) -> Signature:
    """A claim's signature from its stored (or extracted) figures, dates and speaker."""
    return Signature(
        figures=tuple((float(n["value"]), quantity(n.get("unit"), text)) for n in numbers),
        dates=frozenset(d["iso"] for d in dates),
        speaker=speaker_concepts(speaker),
        words=frozenset(concepts_of(text)),
        names=names_of(text),
    )


def text_signature(
    text: str, language: str, published: date, speaker: str | None = None
) -> Signature:
    """A signature for a bare text (a fact-check's claim, a gold pair's claim), its figures
    and dates found with the extractor's rules."""
    from workbench.extract.mentions import figures_and_dates

    numbers, dates = figures_and_dates(text, published, language)
    return signature(
        text,
        [{"value": n.value, "unit": n.unit} for n in numbers],
        [{"iso": d.iso} for d in dates],
        speaker,
    )
