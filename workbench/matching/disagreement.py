"""Figures that disagree: the same quantity given two values, within an article, between a
claim and a source's excerpt, or between a claim and a matched claim. "six" and "6" agree;
six missiles and eight people are different quantities and are never compared. A text that
gives a figure agreeing with the claim's does not disagree through its other figures of the
quantity ("53% against 36% for his rival" confirms 53%), nor does a figure the claim gives
itself ("1,200 evacuated, three dead" does not disagree with "trois morts"). Within one
article only tolls of one fact are compared (see `Figure.one_fact_in_an_article`); measures
(shares, durations, ages, sums of money) and other counts are compared only with texts
about the same fact (sources, matched claims). Time grows with the number of figures, not
its square: figures are grouped by quantity and each lists at most LISTED others."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from workbench.extract.lexicon import REPORTING_VERBS_EN, REPORTING_VERBS_FR
from workbench.extract.numbers import find_numbers
from workbench.figure_text import figure_value, qualifier_of
from workbench.matching.features import dates_apart, one_value, undated_apart
from workbench.matching.measures import is_measure
from workbench.matching.signature import (
    bound_of,
    fact_dates,
    figured,
    is_fate_word,
    nearest_cue,
    quantity,
)
from workbench.matching.words import content_stem, content_stems, fold, stem, words_of

LISTED = 5
"""Most other figures listed against one figure of a claim."""
HELD = 4
"""Claims kept for each value of a quantity in an article, the ones a claim's toll is
compared with (the first of one fact with it)."""


_NAMED = ("dead", "injured", "people", "percent")
_FATES = ("dead", "injured")
FATE_WORDS = 4
"""Words read on each side of a figure for what befell what it counts: far enough for a
French compound passive ("onze mineurs ont été tués")."""


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    quantity: str
    approximate: bool
    where: str
    """Where it was read: "claim 12", "source 3 excerpt", "claim 40 (matched)"."""
    label: str = ""
    """What it counts, for people to read: "missiles", "dead"."""
    senses: frozenset[str] = frozenset()
    """What it counts in either language ("mineurs": miner), so that a French and an English
    text's figures of one thing meet: dictionary senses only, never a shared spelling
    ("missiles" and "missions")."""
    fate: str = ""
    """What the text says befell what it counts, "dead" or "injured", from the word nearest
    the figure: 11 miners killed and 37 miners at work are two facts."""
    qualifier: str = ""
    """The words that make an approximate figure a bound or an estimate, as written ("au
    moins"), when the text it was read in is known."""
    bound: str = ""
    """Which side of an approximate figure its value lies on, from its qualifier: "+" at
    least, "-" at most, "" either (an estimate, or words not known)."""
    language: str = ""
    """The language of the text it was read in (its qualifier's words are in it)."""
    match: Mapping | None = field(default=None, compare=False, hash=False)
    """The match a matched claim's figure was read from: its other claim is named from it
    (its words, outlet and date for a reader; never a database id in a public report)."""
    scope: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    """What else its text says of the fact (the stems of its content words, without the
    figures, what they count, what befell it and the verbs of saying): "le bombardement",
    "in a building collapse in L'Aquila". Within one article, two tolls are one fact only
    when their texts share some of it, or one says nothing more than the toll."""
    dates: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    """Its claim's fact dates (`signature.fact_dates`): within one article, tolls of facts
    whose dates never agree are two facts (this week's eight dead, 2018's 15)."""
    day: str | None = field(default=None, compare=False, hash=False)
    """Its article's publication day (ISO) when known: an undated toll tells that day's news."""

    @property
    def measure(self) -> bool:
        return is_measure(self.quantity, self.label)

    @property
    def one_fact_in_an_article(self) -> bool:
        """Whether two claims of one article giving this quantity may speak of one fact, so
        that two values disagree: only tolls, the dead and the injured. One article counts
        passengers, the missing, a boat's capacity, residents housed and residents unhurt,
        votes for each candidate, cases in a week and in a year, 73 years of age and 41
        years in power: read on 19 development and 14 trial articles, every such pair of
        counts of one unit flagged within an article was two facts."""
        return self.fate in _FATES


def _one_fact_in_an_article(a: Figure, b: Figure) -> bool:
    """Two tolls of one article are one fact when their texts share what else they say of it
    ("le bombardement"), or one of them says nothing more than the toll, and their claims'
    fact dates do not keep them apart. "150 killed in the region" and "six killed in a
    building collapse in L'Aquila" are two facts; so are "eight people have died" on Wednesday
    and "15 people died" in October 2018 (dates that never agree, as the matcher reads them:
    `features.dates_apart`). An undated toll tells its article's news, as the matcher reads
    it (`features.undated_apart`): "huit morts" in an article of 2026 and "12 morts" in July
    1998 are two facts, "huit morts" and "sept morts" one."""
    if (
        dates_apart(a.dates, b.dates)
        or undated_apart(a.dates, b.dates, b.day)
        or undated_apart(b.dates, a.dates, a.day)
    ):
        return False
    return not a.scope or not b.scope or bool(a.scope & b.scope)


def fate_of(kind: str, text: str, figure_text: str | None, figures: Collection[str] = ()) -> str:
    """What befell what a figure counts: its unit when that says it ("morts"), else the word
    of death or injury nearest it in its text ("" when none); `figures`, the text's figures
    as written, keep another figure's words its own (`signature.nearest_cue`)."""
    if kind in _FATES:
        return kind
    return nearest_cue(text, figure_text, FATE_WORDS, figures) or ""


_SAYING = {
    language: frozenset(stem(verb.replace("_", " ").split()[0], language) for verb in verbs)
    for language, verbs in (("fr", REPORTING_VERBS_FR), ("en", REPORTING_VERBS_EN))
}


def scope_of(text: str, numbers: list[dict], language: str) -> frozenset[str]:
    """The stems of a text's content words that say something of a fact other than its
    figures, what they count, what befell it, or that someone said it (see `Figure.scope`)."""
    left_out = set(_SAYING.get(language, frozenset()))
    for number in numbers:
        written = f"{number.get('text') or ''} {number.get('unit') or ''}"
        left_out.update(content_stems(written, language))
    found = set()
    for word in words_of(text):
        if not is_fate_word(fold(word)):
            stemmed = content_stem(word, language)
            if stemmed is not None and stemmed not in left_out:
                found.add(stemmed)
    return frozenset(found)


def figures_of(
    numbers: list[dict],
    text: str,
    where: str,
    language: str = "fr",
    match: Mapping | None = None,
    dates: frozenset[str] = frozenset(),
    day: str | None = None,
) -> list[Figure]:
    """The figures of a text whose quantity is known; bare numbers are not compared. `dates`,
    its claim's fact dates, and `day`, its article's publication day when known, keep tolls
    of other days apart within an article."""
    found = []
    scope: frozenset[str] | None = None  # read once, for a toll: only tolls use it
    written = [str(number.get("text") or "") for number in numbers]
    for number in figured(numbers, language):  # "des milliers" says no value to set against
        kind, meanings = quantity(number.get("unit"), text, language, number.get("text"), written)
        if kind:
            approximate = bool(number.get("approximate"))
            qualifier = qualifier_of(str(number.get("text") or ""), text) if approximate else ""
            fate = fate_of(kind, text, number.get("text"), written)
            if fate and scope is None:
                scope = scope_of(text, numbers, language)
            found.append(
                Figure(
                    str(number.get("text") or figure_value(float(number["value"]))),
                    float(number["value"]),
                    kind,
                    approximate,
                    where,
                    kind if kind in _NAMED else str(number.get("unit")),
                    frozenset(m for m in meanings if not m.startswith("~")) | {kind},
                    fate,
                    qualifier,
                    bound_of(qualifier),
                    language,
                    match,
                    scope if fate and scope is not None else frozenset(),
                    dates,
                    day,
                )
            )
    return found


def _one_quantity(a: Figure, b: Figure) -> bool:
    """The same thing counted, and the same thing befalling it: one unit or units that
    translate each other ("miners", "mineurs"), neither said dead or hurt where the other is
    not."""
    return (a.quantity == b.quantity or bool(a.senses & b.senses)) and a.fate == b.fate


def _differ(a: Figure, b: Figure) -> bool:
    """Two values of one quantity that are not one figure, read as the matcher reads them
    (`features.one_value`): "53,2 %" and "53%" agree, and so do "about 1,200" and 1,150;
    "quelque 2,3 millions" and "about 2.4 million" are two estimates (a trial's matcher held
    such a pair apart by its figures while the report said nothing of them)."""
    return _one_quantity(a, b) and not one_value(a, b)


def _contradict(a: Figure, b: Figure) -> bool:
    """Whether two differing figures cannot both be true: two exact ones, or an exact one
    outside a bound ("9 dead" against "at least 11"), or two bounds apart ("at least 20"
    against "fewer than 15"). Two estimates, or bounds that overlap ("at least 12", "at
    least 14"), can both be true: they differ as estimates."""
    low_a, high_a = _range(a)
    low_b, high_b = _range(b)
    return low_a > high_b or low_b > high_a


def _range(figure: Figure) -> tuple[float, float]:
    if not figure.approximate:
        return figure.value, figure.value
    if figure.bound == "+":
        return figure.value, math.inf
    if figure.bound == "-":
        return -math.inf, figure.value
    return -math.inf, math.inf


def disagreements(
    mine: list[Figure], others: list[Figure], in_one_article: bool = False
) -> list[tuple[Figure, Figure]]:
    """Each pair of the claim's figure and another text's figure of the same quantity that
    differs, where that text gives none agreeing with it; at most LISTED for each of the
    claim's figures. Between claims of one article, only tolls of one fact are compared."""
    by_text: dict[str, list[Figure]] = defaultdict(list)
    for b in others:
        by_text[b.where].append(b)
    found = []
    for a in mine:
        differing = [
            b
            for told in by_text.values()
            if not _agrees_with_one(a, told)
            for b in told
            if _differ(a, b)
            and not (in_one_article and not _one_fact_in_an_article(a, b))
            and not _agrees_with_one(b, mine)
        ]
        found += [(a, b) for b in differing[:LISTED]]
    return found


def _agrees_with_one(a: Figure, told: list[Figure]) -> bool:
    return any(_one_quantity(a, b) and not _differ(a, b) for b in told)


def _flag(a: Figure, b: Figure) -> dict:
    """A flag: the two figures (as `figure_said` reads them), where the other was read and,
    for a matched claim, which match. Two figures of which one is a bound or an estimate
    ("at least 12", "about 14") that differ and may both be true (a toll
    that rose, two counts of a crowd) are `estimates`: no contradiction, a difference a
    fact-checker wants to see; two figures that cannot both be true disagree."""
    return {
        "figure": a.text,
        "value": a.value,
        "approximate": a.approximate,
        "qualifier": a.qualifier,
        "language": a.language,
        "quantity": a.label or a.quantity,
        "other_figure": b.text,
        "other_value": b.value,
        "other_approximate": b.approximate,
        "other_qualifier": b.qualifier,
        "other_language": b.language,
        "where": b.where,
        "match": {k: b.match.get(k) for k in _NAMING} if b.match is not None else None,
        "estimates": not _contradict(a, b),
    }


_NAMING = (
    "other_claim_id",
    "other_place",
    "other_language",
    "other_article",
    "other_published",
    "for_reader",
)
"""What a flag keeps of its match: what names the other claim (`report.match_text.other_claim`)."""


def evidence_figures(claim: dict, language: str) -> list[Figure]:
    """Figures a claim's sources' excerpts and its confirmed matches give."""
    found = []
    for source in claim.get("sources", []):
        if source.get("excerpt"):
            numbers = [
                {"text": n.text, "value": n.value, "unit": n.unit, "approximate": n.approximate}
                for n in find_numbers(source["excerpt"], language)
            ]
            where = f"source “{source.get('title') or source['url']}”"
            found += figures_of(numbers, source["excerpt"], where, language)
    for match in claim.get("matches", []):
        # only a match the analyst confirmed (or linked) speaks of the same fact: a
        # suggestion, weak or rejected, said "9 dead but 11 in matched claim 9" of a claim
        # nobody had matched
        if match.get("other_claim_id") and match.get("state") == "confirmed":
            found += figures_of(
                match["other_numbers"],
                match["other_text"],
                f"matched claim {match['other_claim_id']}",
                match.get("other_language") or language,
                match,
            )
    return found


def _claim_figures(claim: dict, language: str, day: str | None = None) -> list[Figure]:
    """A claim's figures, with its fact dates and its article's publication day (`news_day`):
    the card, `show` and the report read them alike."""
    return figures_of(
        claim.get("numbers") or [],
        claim["text"],
        f"claim {claim['id']}",
        language,
        dates=fact_dates(claim.get("dates")),
        day=day,
    )


def news_day(article: Mapping) -> str | None:
    """An article's publication day (ISO), None when it is not known (assumed from the day it
    was ingested): an undated claim's news is then of no known day."""
    published = article.get("published")
    if not published or article.get("published_assumed"):
        return None
    return str(published)[:10]


def claim_flags(
    claim: dict, language: str, article_figures: list[Figure], day: str | None = None
) -> list[dict]:
    """A claim's figures that other claims of its article (`article_figures`, the claim's
    own left out; measures are not compared there), its sources' excerpts or its matched
    claims give otherwise; `day`: its article's (`news_day`)."""
    mine = _claim_figures(claim, language, day)
    if not mine:
        return []
    counts = [a for a in mine if a.one_fact_in_an_article]
    in_article = [b for b in article_figures if b.one_fact_in_an_article]
    pairs = disagreements(counts, in_article, in_one_article=True)
    return [_flag(a, b) for a, b in pairs] + _evidence_flags(claim, language, mine)


def _evidence_flags(claim: dict, language: str, mine: list[Figure]) -> list[dict]:
    """The claim's figures that its sources' excerpts or its confirmed matches give
    otherwise, all its figures compared at once: one of them agreeing with the other text
    ("Trois morts et vingt-sept contaminés" against "Three people have died") keeps the
    others from disagreeing with it. The card, `workbench show` and the report all read
    them here (the report compared each figure alone, and said "vingt-sept but Three")."""
    if not mine:
        return []
    return [_flag(a, b) for a, b in disagreements(mine, evidence_figures(claim, language))]


def article_flags(article: dict) -> dict[int, list[dict]]:
    """For each claim of an article, its flags (see `claim_flags`), in time linear in the
    number of figures: the article's figures are grouped by quantity and value; what its
    sources and matches give is read as `claim_flags` reads it (`_evidence_flags`)."""
    language = article.get("language") or "fr"
    day = news_day(article)
    mine = {c["id"]: _claim_figures(c, language, day) for c in article["claims"]}
    # quantity -> value -> up to HELD figures of different claims with that value
    values: dict[str, dict[tuple[float, bool], list[tuple[int, Figure]]]] = defaultdict(dict)
    # quantity -> claim -> its figures of that quantity (does the claim also agree?)
    held_by: dict[str, dict[int, list[Figure]]] = defaultdict(dict)
    for claim_id, figures in mine.items():
        for figure in figures:
            if not figure.one_fact_in_an_article:
                continue
            held_by[figure.quantity].setdefault(claim_id, []).append(figure)
            held = values[figure.quantity].setdefault((figure.value, figure.approximate), [])
            if len(held) < HELD and all(other != claim_id for other, _ in held):
                held.append((claim_id, figure))
    flags: dict[int, list[dict]] = {}
    for claim in article["claims"]:
        found = []
        for a in mine[claim["id"]]:
            listed = 0
            for held in values[a.quantity].values() if a.one_fact_in_an_article else ():
                other, b = next(
                    ((o, f) for o, f in held if o != claim["id"] and _one_fact_in_an_article(a, f)),
                    (0, None),
                )
                if (
                    b is not None
                    and _differ(a, b)
                    and not _agrees_with_one(a, held_by[a.quantity][other])
                    and not _agrees_with_one(b, mine[claim["id"]])
                ):
                    found.append(_flag(a, b))
                    listed += 1
                    if listed == LISTED:
                        break
        found += _evidence_flags(claim, language, mine[claim["id"]])
        if found:
            flags[claim["id"]] = found
    return flags


class FigureIndex:
    """The figures of an article's claims by quantity, built once per article and kept up to
    date claim by claim: a claim's flags then cost the same in a 20- or 2,000-claim article
    (the card's view; the report reads the whole article with `article_flags`)."""

    def __init__(self, claims: list[dict], language: str = "fr", day: str | None = None) -> None:
        self.language = language
        self.day = day
        self._of: dict[int, list[Figure]] = {}
        self._by_quantity: dict[str, dict[int, list[Figure]]] = {}
        for claim in claims:
            self.put(claim)

    def put(self, claim: dict) -> None:
        """Add or replace one claim's figures (after an edit, an undo, a new claim)."""
        for figure in self._of.pop(claim["id"], []):
            self._by_quantity.get(figure.quantity, {}).pop(claim["id"], None)
        found = _claim_figures(claim, self.language, self.day)
        self._of[claim["id"]] = found
        for figure in found:
            self._by_quantity.setdefault(figure.quantity, {}).setdefault(claim["id"], []).append(
                figure
            )

    def flags(self, claim: dict) -> list[dict]:
        """The claim's flags (see `claim_flags`), reading only figures of its quantities."""
        quantities = {f.quantity for f in self._of.get(claim["id"], [])}
        others = [
            figure
            for quantity in quantities
            for other, found in self._by_quantity.get(quantity, {}).items()
            if other != claim["id"]
            for figure in found
        ]
        return claim_flags(claim, self.language, others, self.day)
