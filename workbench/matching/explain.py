"""Why the matcher suggested a pair, in the claims' own words: which words met (and, across
languages, whether a dictionary or a shared spelling joined them), which names came close,
which figures met and what they count, the dates and the two speakers. An ingest stores a
suggestion with what each piece of evidence added and a mark in place of these words; they are
worked out from the two claims as stored when the suggestion is first read (`suggest.explained`),
and stored once an analyst decides it, so a decided match keeps saying what the matcher
compared. Each entry is said
from the first claim's side ("mine") towards the other's ("theirs"); `sides.flipped`
turns it round for the other claim's side."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel

from workbench.figure_text import figure_value, qualifier_of
from workbench.matching.bilingual import senses
from workbench.matching.features import _close, _counts_alike, _same_kind, _speakers
from workbench.matching.names import _is_name, phonetic
from workbench.matching.signature import Signature, figured
from workbench.matching.stance import stance_words
from workbench.matching.words import content_stem, fold, words_of

LISTED = 8
"""Most word pairs and name pairs kept: an explanation names what counted, not every word."""
NAME_SHOWN = 0.5
"""Names closer than this are listed as met (the model weighs their closeness as a number;
below it two names share little more than a first letter)."""


@dataclass(frozen=True)
class Written:
    """A claim as written, what an explanation quotes: its text, its stored figures (their
    `text`; `signature.figured` gives those its signature reads, in its order), its speaker
    and language."""

    text: str
    numbers: list[dict] = field(default_factory=list)
    speaker: str | None = None
    language: str = "fr"


def details(a: Signature, b: Signature, mine: Written, theirs: Written) -> dict:
    """The evidence behind a suggestion of `b` for `a`, in their words (see the module)."""
    return said(quoted(a, mine), quoted(b, theirs))


@dataclass(frozen=True)
class Quoted:
    """A claim as explanations read it: its signature, its words as written with their
    senses, its names. Made once per claim (`quoted`) when many of its suggestions are
    explained together (a report reads them all), not once per suggestion."""

    signature: Signature
    written: Written
    words: tuple[tuple[str, frozenset[str]], ...]
    """Its content words as written, each with its senses (see `_spelled`)."""
    word_senses: frozenset[str]
    """The senses of all of them together."""
    by_sense: dict[str, tuple[int, ...]]
    """Which of those words (by their place in `words`) have each sense."""
    names: tuple[tuple[str, str], ...]
    """Its names as written, with their phonetic keys (see `_names_in`)."""


def quoted(sig: Signature, written: Written) -> Quoted:
    words = _written_words(sig, written)
    by_sense: dict[str, list[int]] = {}
    for j, (_, meanings) in enumerate(words):
        for meaning in meanings:
            by_sense.setdefault(meaning, []).append(j)
    return Quoted(
        sig,
        written,
        words,
        frozenset(by_sense),
        {meaning: tuple(places) for meaning, places in by_sense.items()},
        _names_in(written.text, written.language),
    )


def said(mine: Quoted, theirs: Quoted) -> dict:
    """`details` of two claims read once each."""
    a, b = mine.signature, theirs.signature
    found: dict = {}
    words = _words(mine, theirs)
    if words["pairs"]:
        found["words"] = words
    names = _names(mine.names, theirs.names)
    if names:
        found["names"] = names
    figures = _figures(a, b, mine.written, theirs.written)
    if figures:
        found["figures"] = figures
    if a.dates and b.dates:
        found["dates"] = [sorted(a.dates), sorted(b.dates)]
    elif (a.dates and b.published) or (b.dates and a.published):
        # An undated claim is read as of its article's day (see `features._dates`).
        found["dates"] = [_dates_or_day(a), _dates_or_day(b)]
    if a.speaker and b.speaker and mine.written.speaker and theirs.written.speaker:
        found["speaker"] = [mine.written.speaker, theirs.written.speaker, round(_speakers(a, b), 2)]
    if a.stance != b.stance:
        found["stance"] = [_stance_words(mine.written), _stance_words(theirs.written)]
    return found


def _stance_words(written: Written) -> list[str]:
    """The words that give a claim its stance, each once (none: it states its fact)."""
    found = stance_words(written.text, written.language)
    return list(dict.fromkeys(word for words in found.values() for word in words))


def _dates_or_day(sig: Signature) -> list[str]:
    """A claim's dates, or its article's day said as such."""
    return sorted(sig.dates) if sig.dates else [f"{sig.published} (article)"]


def _written_words(sig: Signature, written: Written) -> tuple[tuple[str, frozenset[str]], ...]:
    """The claim's content words as written, each with its senses (see `_spelled`)."""
    return _spelled(written.text, sig.language, sig.words)


@lru_cache(maxsize=20_000)
def _spelled(
    text: str, language: str, kept: tuple[str, ...]
) -> tuple[tuple[str, frozenset[str]], ...]:
    """The signature's words (`kept`: a name's stem left out as the signature leaves it
    out) as the text first spells each, with its senses. Remembered: a stored claim is
    explained against many new ones."""
    wanted = set(kept)
    found: dict[str, str] = {}
    for word in words_of(text):
        stem = content_stem(word, language)
        if stem is not None and stem in wanted and stem not in found:
            found[stem] = word
    return tuple((word, senses(stem, language)) for stem, word in found.items())


def _how(shared: frozenset[str], same_language: bool) -> str:
    """What joined two words: the same word (stem), a dictionary's translation, or only a
    spelling they begin with alike (a cognate)."""
    if any(s[0] not in "~=" for s in shared):
        return "same word" if same_language else "dictionary"
    return "same word" if any(s.startswith("=") for s in shared) else "spelled alike"


def _words(mine: Quoted, theirs: Quoted) -> dict:
    """Which of the first claim's words met one of the other's and how, and how many of each
    side's words met."""
    ours, others = mine.words, theirs.words
    every, by_sense = theirs.word_senses, theirs.by_sense
    same_language = mine.signature.language == theirs.signature.language
    pairs: list[list[str]] = []
    used: set[int] = set()
    hit: set[int] = set()
    met_mine = 0
    for word, meanings in ours:
        # the other's words sharing a sense with this one (most words meet none)
        if meanings.isdisjoint(every):
            continue
        matching = {j for meaning in meanings & every for j in by_sense[meaning]}
        met_mine += 1
        hit |= matching
        if len(pairs) >= LISTED:
            continue
        # the other's word that means the most nearly the same (the largest share of its
        # senses in common: "personnes" rather than "mars" for "people"), unused ones first
        j = (
            next(iter(matching))
            if len(matching) == 1
            else max(
                sorted(matching),
                key=lambda j: (j not in used, len(meanings & others[j][1]) / len(others[j][1])),
            )
        )
        used.add(j)
        how = _how(meanings & others[j][1], same_language or fold(word) == fold(others[j][0]))
        pairs.append([word, others[j][0], how])
    return {"pairs": pairs, "mine": [met_mine, len(ours)], "theirs": [len(hit), len(others)]}


@lru_cache(maxsize=20_000)
def _names_in(text: str, language: str) -> tuple[tuple[str, str], ...]:
    """The names of a text as written, with their phonetic keys, each once (remembered)."""
    found: dict[str, str] = {}
    for word in words_of(text):
        if _is_name(word, language):
            key = phonetic(word)
            if key:
                found.setdefault(key, word)
    return tuple((word, key) for key, word in found.items())


def _names(mine: tuple[tuple[str, str], ...], others: tuple[tuple[str, str], ...]) -> list[list]:
    """Each of the first claim's names with the other's closest one, when close enough to
    name (see NAME_SHOWN), best first."""
    pairs: list[tuple[str, str, float]] = []
    for word, key in mine:
        best, closest = 0.0, ""
        for other, other_key in others:
            if other_key[0] == key[0]:
                found = 1.0 if other_key == key else Indel.normalized_similarity(key, other_key)
                if found > best:
                    best, closest = found, other
        if best >= NAME_SHOWN:
            pairs.append((word, closest, round(best, 2)))
    pairs.sort(key=lambda pair: -pair[2])
    return [list(pair) for pair in pairs[:LISTED]]


def _figure_text(sig: Signature, written: Written, index: int) -> str:
    """A figure as the claim writes it, with the words that make it a bound or an estimate
    ("about 30 billion": a trial read "31,5 milliards = 30 billion" as two outlets agreeing),
    else its value and what it counts."""
    numbers = figured(written.numbers, sig.language)  # aligned with sig.figures
    if index < len(numbers) and numbers[index].get("text"):
        text = str(numbers[index]["text"])
        if sig.figures[index].approximate:
            qualifier = qualifier_of(text, written.text)
            return f"{qualifier} {text}" if qualifier else text
        return text
    figure = sig.figures[index]
    return " ".join(filter(None, [figure_value(figure.value), figure.quantity]))


def _figures(a: Signature, b: Signature, mine: Written, theirs: Written) -> dict:
    """The figures that met, counting the same thing or not, and those of one kind whose
    values never meet."""
    same: list[list[str]] = []
    shared: list[list[str]] = []
    other: list[list[str]] = []
    for i, x in enumerate(a.figures):
        for j, y in enumerate(b.figures):
            pair = [_figure_text(a, mine, i), _figure_text(b, theirs, j)]
            if _close(x, y):
                (same if _counts_alike(x, y) else shared).append(pair)
            elif _same_kind(x, y):
                other.append(pair)
    found: dict = {}
    for name, pairs in (("same", same), ("shared", shared), ("other", other)):
        if pairs:
            found[name] = pairs[:LISTED]
    if a.figures and b.figures and not same and not shared:
        found["apart"] = [
            [_figure_text(a, mine, i) for i in range(len(a.figures))][:LISTED],
            [_figure_text(b, theirs, j) for j in range(len(b.figures))][:LISTED],
        ]
    return found
