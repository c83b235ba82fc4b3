"""What a claim is made of, for comparing it with others in either language: its figures
(with what they count), dates, speaker, names and content words (with their senses across
languages)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from workbench.extract.numbers import clause_rest, is_order_of_size, verbless
from workbench.matching.bilingual import is_common, senses
from workbench.matching.currencies import currency_senses
from workbench.matching.names import names_of, phonetic
from workbench.matching.stance import stance
from workbench.matching.wordnet import person_nouns
from workbench.matching.words import content_stems, fold, is_function_word, stem, words_of

_DEATH_CUES = re.compile(
    r"(tue|tues|tuee|tuees|tuer|tuant|morts?|mortes?|vie|dead|died|dies?|deaths?|kill\w*|"
    r"deces|decede\w*|meurt|meurent|mourir|mouru\w*|peri|peris|perie|peries|perir|perit|"
    r"perissent|perirent|succomb\w*|succumb\w*|perish\w*|fatalit\w*)$"
)
_INJURY_CUES = re.compile(r"(blesse\w*|injur\w*|wounded|wounding|hurt)$")
"""Words (folded) that say people died or were hurt: a whole word, so that "Tuesday" is not
"tué" nor "deadline" "dead"."""
NEAR = 3
"""Words read on each side of a figure without a unit for whether it counts the dead or the
injured ("killing eight people and injuring 14": 14 injured)."""
_PEOPLE = frozenset({"person", "peopl", "personn", "gen", "individu", "individual"})
PEOPLE = frozenset({"dead", "injured", "people"})
"""The quantities that count people (see `quantity`)."""


@dataclass(frozen=True)
class Figure:
    value: float
    quantity: str | None
    """What it counts, as a stem of its unit ("missil", "percent", "dead"), or None."""
    senses: frozenset[str]
    """The unit's senses, so that French and English units meet."""
    approximate: bool = False
    bound: str = ""
    """For an approximate figure, which side the value lies on: "+" at least ("more than 41
    years"), "-" at most ("nearly 38 years"), "" either ("about")."""
    context: frozenset[str] = frozenset()
    """The senses of the content words next to it ("at age 73": age), for figures whose
    unit the extractor did not name."""
    people: str | None = None
    """For a count whose unit names a kind of person ("12 passengers", "19 malades"): what
    befell them, "dead" or "injured" by the nearest word of death or injury, else "people";
    such a count meets one of people (see `features._counts_alike`)."""


@dataclass(frozen=True)
class Signature:
    language: str
    figures: tuple[Figure, ...]
    dates: frozenset[str]
    """ISO dates at their granularity: "2024-11-19", "2024-11", "2024"."""
    speaker: frozenset[str]
    """The speaker's names (phonetic keys) and word senses."""
    speaker_names: tuple[str, ...]
    """The speaker's names alone, compared as spellings vary."""
    names: tuple[str, ...]
    """Phonetic keys of who and where the claim names."""
    words: tuple[str, ...]
    """Content stems, each once."""
    senses: tuple[frozenset[str], ...]
    """The senses of each content stem, in the same order."""
    every_sense: frozenset[str] = frozenset()
    """All of them together."""
    speaker_senses: tuple[frozenset[str], ...] = ()
    """The senses of each content word of the speaker's description ("Institut national de
    géophysique italien": institute, national, geophysics, Italian)."""
    stance: frozenset[str] = frozenset()
    """What it does with its fact: states it (empty), denies it, asks for it, or says it lies
    ahead (see `stance.stance`)."""
    published: str | None = None
    """Its article's publication day (ISO), when known (not assumed from the day of the
    ingest): a claim that gives no date of its own reports its article's news, which a date
    the other claim gives may contradict (see `features._dates`)."""
    news: bool = True
    """A claim of a news article, which tells its article's news; False for a fact-check's
    claim, a claim in circulation that a report of any later day may repeat (see
    `features._news_apart`)."""


def quantity(
    unit: str | None,
    text: str,
    language: str,
    written: str | None = None,
    figures: Collection[str] = (),
) -> tuple[str | None, frozenset[str]]:
    """What a figure counts: the stem of its unit; people who died or were hurt are told
    apart by the word of death or injury nearest the figure (`written`, as the text writes
    it: "killed four people and injured 23" counts four dead and 23 injured; without it, any
    such word of the text), and a figure without a unit right next to one counts them too
    ("injuring 14"). `figures`: the text's other figures as written, whose own clause's
    words are not this one's (see `nearest_cue`)."""
    if not unit:
        cue = nearest_cue(text, written, NEAR, figures) if written else None
        return (cue, frozenset({cue})) if cue else (None, frozenset())
    if unit.strip() in ("%", "percent", "pour cent", "pourcent", "per cent"):
        return "percent", frozenset({"percent"})
    found = _cue(fold(unit))
    if found:
        return found, frozenset({found})
    words = content_stems(unit, language) or [stem(unit, language)]
    # English names a thing last ("co-defendants", "construction executives"), French first
    # ("dirigeants d'entreprises", "pots-de-vin").
    head = words[-1] if language == "en" else words[0]
    meanings = senses(_singular(head, language), language) | currency_senses(unit)
    if head in _PEOPLE or meanings & _PEOPLE:
        cue = nearest_cue(text, written, None, figures)
        return (cue, frozenset({cue})) if cue else ("people", frozenset({"people"}))
    return head, meanings | {head}


def _singular(head: str, language: str) -> str:
    """A French unit's stem as its singular's: a count's unit is plural, and Snowball keeps
    the plural's "s" after a vowel ("emplois", "numéros"), where the dictionary knows only
    the singular's stem ("emploi": job). A stem the dictionary knows is kept as it is."""
    if language != "fr" or head[-1:] != "s" or head[-2:-1] not in _VOWELS:
        return head
    if is_common(head, language) or not is_common(head[:-1], language):
        return head
    return head[:-1]


_VOWELS = frozenset("aiouè")
"""The letters after which Snowball's French stemmer keeps a plural's "s"."""


@lru_cache(maxsize=1)
def person_stems() -> frozenset[str]:
    """The English stems of WordNet's nouns of people (see `wordnet.person_nouns`): a unit
    whose senses include one counts people of a kind ("passagers": passenger)."""
    return frozenset(stem(noun, "en") for noun in person_nouns())


def is_fate_word(folded: str) -> bool:
    """Whether a word (folded) says people died or were hurt."""
    return bool(_DEATH_CUES.match(folded) or _INJURY_CUES.match(folded))


def _cue(folded: str) -> str | None:
    """What a text (folded) says people suffered: "dead" or "injured" (death first), or None."""
    words = words_of(folded)
    if any(_DEATH_CUES.match(word) for word in words):
        return "dead"
    return "injured" if any(_INJURY_CUES.match(word) for word in words) else None


def nearest_cue(
    text: str, written: str | None, within: int | None, figures: Collection[str] = ()
) -> str | None:
    """The word of death or injury nearest a figure (`written`; ties go to the word before
    it), at most `within` words away; without the figure's place, any such word of the
    text. A word before the figure that follows another of the text's `figures` with "and"
    (et, but, mais, ";") after it is that figure's: "Trois personnes sont mortes et
    vingt-sept ont été contaminées" counts 27 people, not 27 dead, and "12 died and 3 were
    injured" 3 injured; a word before both figures is both's ("killed 12 soldiers and 3
    civilians")."""
    where = _around(text, written)
    if where is None:
        return _cue(fold(text)) if within is None else None
    own = _own_clause(where[0], figures, where[1])
    before, after = (words_of(fold(part)) for part in (own, where[1]))
    sides = (before[::-1], after)
    reach = max(len(before), len(after)) if within is None else within
    for distance in range(reach):
        for side in sides:
            if distance < len(side):
                found = _cue(side[distance])
                if found:
                    return found
    return None


_COORDINATOR = re.compile(r"(?:\b(?:et|and|mais|but|whereas|tandis)\b|;)", re.IGNORECASE)


def _own_clause(before: str, figures: Collection[str], after: str = "") -> str:
    """The text before a figure without the words another figure's clause holds: from the
    last of `figures` written in it to the last "and" (et, but, mais, ";") after that figure,
    what lies between is left out ("Trois personnes sont mortes et " -> "Trois  et "), unless
    the figure's own conjunct (to the end of its clause in `after`) has no verb: "Four people
    were killed in Kharkiv and two (people) in Odesa" shares the verb of the clause before."""
    last = -1
    for other in figures:
        if other:
            for found in re.finditer(rf"(?<!\w){re.escape(other)}(?!\w)", before):
                last = max(last, found.end())
    if last < 0:
        return before
    joins = list(_COORDINATOR.finditer(before, last))
    if not joins:
        return before
    if joins[-1].group(0) != ";" and verbless(before[joins[-1].end() :] + clause_rest(after, 0)):
        return before
    return before[:last] + " " + before[joins[-1].start() :]


_LOWER = re.compile(
    r"\b(au moins|plus de|au-delà de|au-dessus de|supérieure?s? à|at least|more than|over|"
    r"no less than|upwards of|above|in excess of)\s*$",
    re.IGNORECASE,
)
_UPPER = re.compile(
    r"\b(moins de|près de|presque|jusqu'à|au-dessous de|en dessous de|en deçà de|"
    r"inférieure?s? à|less than|fewer than|nearly|almost|up to|as many as|below|under)\s*$",
    re.IGNORECASE,
)


def _around(text: str, written: str | None) -> tuple[str, str] | None:
    """The text before and after a figure as written (its first occurrence), if found."""
    at = text.find(written) if written else -1
    return (text[:at], text[at + len(written or "") :]) if at >= 0 else None


def bound_of(before: str) -> str:
    """Which side of an approximate figure its value lies on, from the words before it."""
    if _LOWER.search(before[-25:]):
        return "+"
    return "-" if _UPPER.search(before[-25:]) else ""


CONTEXT = 2
"""Content words read on each side of a figure for what it counts."""


def _context(before: str, after: str, language: str) -> frozenset[str]:
    """The senses of the CONTEXT content words before and after a figure."""
    found: set[str] = set()
    words = [
        [w for w in words_of(part) if not is_function_word(w, language)] for part in (before, after)
    ]
    for word in words[0][-CONTEXT:] + words[1][:CONTEXT]:
        found |= senses(stem(word, language), language)
    return frozenset(found)


def figured(numbers: list[dict], language: str) -> list[dict]:
    """The stored figures a signature reads, in its order: a count said by its order of size
    ("thousands") says no value, so it is none (its words are no content words either).
    An explanation quotes `Signature.figures[i]` by `figured(...)[i]`."""
    return [n for n in numbers if not is_order_of_size(str(n.get("text") or ""), language)]


def fact_dates(dates: list[dict] | None) -> frozenset[str]:
    """A claim's fact dates (ISO at their granularity): its dates whose role is none, not the
    day it was said."""
    return frozenset(d["iso"] for d in dates or () if d.get("iso") and d.get("role") is None)


def signature(
    text: str,
    numbers: list[dict],
    dates: list[dict],
    speaker: str | None,
    language: str,
    published: str | None = None,
    news: bool = True,
) -> Signature:
    """A claim's signature from its stored (or extracted) figures, dates and speaker, and its
    article's publication day when known."""
    language = language if language in ("fr", "en") else "en"
    figures = []
    written_all = [str(number.get("text") or "") for number in numbers]
    for number in figured(numbers, language):
        kind, meanings = quantity(
            number.get("unit"), text, language, number.get("text"), written_all
        )
        before, after = _around(text, number.get("text")) or ("", "")
        approximate = bool(number.get("approximate"))
        people = None
        if kind not in PEOPLE and meanings & person_stems():
            people = nearest_cue(text, number.get("text"), None, written_all) or "people"
        figures.append(
            Figure(
                float(number["value"]),
                kind,
                meanings,
                approximate,
                bound_of(before) if approximate else "",
                _context(before, after, language),
                people,
            )
        )
    names = names_of(text, language)
    # A figure's words ("four", "quatre", "first") count through the figure, not as words too.
    written = {
        stem(w, language) for number in numbers for w in words_of(str(number.get("text") or ""))
    }
    words = tuple(
        w
        for w in content_stems(text, language)
        if (phonetic(w) not in names or len(w) < 3) and w not in written
    )
    speaker_keys: set[str] = set()
    speaker_names = names_of(speaker, language) if speaker else ()
    speaker_senses = tuple(
        senses(word, language) for word in (content_stems(speaker, language) if speaker else ())
    )
    if speaker:
        speaker_keys.update(speaker_names)
        for meanings in speaker_senses:
            speaker_keys.update(meanings)
    word_senses = tuple(senses(w, language) for w in words)
    return Signature(
        language=language,
        figures=tuple(figures),
        # The day something was said is not the day of the fact it tells ("mardi, le
        # ministre a annoncé trois morts"), nor is the day of a thing it names ("won 54
        # percent of Sunday's vote", said on Thursday): only the fact's dates are compared.
        dates=fact_dates(dates),
        speaker=frozenset(speaker_keys),
        speaker_names=speaker_names,
        names=names,
        words=words,
        senses=word_senses,
        every_sense=frozenset().union(*word_senses),
        speaker_senses=speaker_senses,
        stance=stance(text, language),
        published=published,
        news=news,
    )


def text_signature(
    text: str,
    language: str,
    published: date,
    speaker: str | None = None,
    dated: bool = False,
    news: bool = True,
) -> Signature:
    """A signature for a bare text (a fact-check's claim), its figures and dates found with
    the extractor's rules, read against `published`; `dated`: that day is the text's own
    (not one assumed for want of it); `news`: see `Signature.news`."""
    from workbench.extract.mentions import figures_and_dates

    numbers, found = figures_and_dates(text, published, language)
    return signature(
        text,
        [
            {"text": n.text, "value": n.value, "unit": n.unit, "approximate": n.approximate}
            for n in numbers
        ],
        [{"iso": d.iso} for d in found],
        speaker,
        language,
        published.isoformat() if dated else None,
        news=news,
    )
