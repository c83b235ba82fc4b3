"""The evidence a fact-checker weighs when asking "is this the same claim?", as numbers in
[0, 1] that the model weighs: shared content words (across languages through their senses),
names (how close their spellings are), figures with what they count, dates and speaker, for
and against."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from workbench.matching.measures import measure_stems
from workbench.matching.names import closeness
from workbench.matching.signature import PEOPLE, Figure, Signature

ROUNDING = 0.01
"""Figures within 1% are one figure ("53.31 percent" and "53%")."""
ESTIMATE = 0.1
"""An approximate figure ("about", "more than") meets a value within 10%."""

FEATURES = (
    "shared words",
    "words both ways",
    "shared words across languages",
    "two words",
    "names and words",
    "same figure, same count",
    "shared figure",
    "other figure",
    "figures apart",
    "same day",
    "other date",
    "same speaker",
    "other speaker",
    "stance apart",
    "news apart",
)

FIGURE_EVIDENCE = ("same figure, same count", "shared figure", "other figure", "figures apart")
"""The evidence on figures: left out to ask whether two claims whose figures disagree are
otherwise one fact (see `matcher.decided`)."""


DAYS = {"minut": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}
"""Durations in days, by the English sense of their unit, so that "60 days" and "two
months" (or "deux mois"), "36 heures" and "a day and a half" are one figure."""
AGE = frozenset({"age", "old"})
"""Words next to a figure without a unit that make it an age, which counts years ("at the age
of 73" and "Il avait 73 ans")."""


def _days(figure: Figure) -> float | None:
    """How many days one unit of a duration lasts; None for a figure of anything else."""
    return _unit_days(figure.senses, figure.quantity)


@lru_cache(maxsize=4096)
def _unit_days(senses: frozenset[str], quantity: str | None) -> float | None:
    """`_days` of a figure by its unit's senses and stem (remembered: the same few units
    come back pair after pair)."""
    found = {DAYS[sense] for sense in senses | {quantity or ""} if sense in DAYS}
    return found.pop() if len(found) == 1 else None


def _close(a: Figure, b: Figure) -> bool:
    """One figure: the same value (see `one_value`); two durations are compared in days
    ("60 days" and "two months" meet, "two years" and "two months" do not)."""
    days_a, days_b = _days(a), _days(b)
    if days_a and days_b and days_a != days_b:
        return one_value(replace(a, value=a.value * days_a), replace(b, value=b.value * days_b))
    return one_value(a, b)


def rounded_alike(x: float, y: float) -> bool:
    """Two values that are one figure written to other precisions: within ROUNDING of each
    other ("53%" and "53.31 percent", "53,2 %" and "53%"). A whole figure is no rounding of
    a precise one further off: "5%" is not the "4,6 %" of another report (a trial's
    matched pair said "4,6 % = 5%"), nor a magnitude of 6 the 6.3 of another. Figures that
    disagree (`disagreement`) read values the same way."""
    return abs(x - y) <= max(1e-9, ROUNDING * max(abs(x), abs(y)))


class Valued(Protocol):
    """A figure as `one_value` reads it: the matcher's (`signature.Figure`) and the one
    disagreements compare (`disagreement.Figure`)."""

    @property
    def value(self) -> float: ...
    @property
    def approximate(self) -> bool: ...
    @property
    def bound(self) -> str: ...


def one_value(a: Valued, b: Valued) -> bool:
    """One figure: equal up to rounding (see `rounded_alike`; two precise values that
    differ, a magnitude of 6.3 and one of 5.8, are two figures), or an exact value on the
    right side of an estimate and within ESTIMATE of it ("more than 54 percent" and 54.1%).
    Two estimates of different values are two reported figures (the pair sets' labelling
    rule: "at least 8" and "at least 10" differ). Disagreements read figures by it too: a
    pair the matcher holds apart by its figures is one whose figures differ."""
    if rounded_alike(a.value, b.value):
        return True
    if a.approximate == b.approximate:
        return False
    estimate, exact = (a, b) if a.approximate else (b, a)
    gap = exact.value - estimate.value
    if estimate.bound == "+" and gap < 0 or estimate.bound == "-" and gap > 0:
        return False
    step = _step(estimate.value)
    within = abs(gap) < step if estimate.bound else abs(gap) <= step / 2
    return within and abs(gap) <= ESTIMATE * max(abs(a.value), abs(b.value))


def _step(value: float) -> float:
    """The place of the last digit an estimate is written to: 1 for "more than 54", 100 for
    "more than 100", 0.1 for "about 1.5". A reporter rounds to it, so an estimate meets an
    exact value only within one step ("more than 54 percent" is 54.1%, "more than 51
    percent" is not 54%)."""
    if not value:
        return 1.0
    text = f"{abs(value):.10g}"
    if "e" in text:
        return 10.0 ** int(text.split("e")[1])
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    return 10.0 ** (len(text) - len(text.rstrip("0")))


def _same_kind(a: Figure, b: Figure) -> bool:
    """One quantity: one unit, or units that translate each other; two shares only when the
    words next to them meet, or one has none (a share of what: "80 % des effectifs" is not
    "shares closed down 8.4%")."""
    if a.quantity == "percent" == b.quantity:
        return not a.context or not b.context or bool(a.context & b.context)
    return a.quantity is not None and (a.quantity == b.quantity or bool(a.senses & b.senses))


def _counts_alike(a: Figure, b: Figure) -> bool:
    """Whether two figures say what they count alike: the same unit, words around them that
    meet ("at age 73" and "à l'âge de 73 ans"), an age and years ("at the age of 73" and
    "73 ans"), or two durations. Two units that do not meet count two things even when the
    words near them do ("elections in two years" and "an election in two months"), and so do
    two kinds of figure (see `_kind`), whatever words they share ("40 % of the country's
    electricity" and "injured about 40, the country's ministry said" met on "country")."""
    mine, theirs = _units(a), _units(b)
    if a.quantity is not None and (a.quantity == b.quantity or bool(mine & theirs)):
        return True
    if _of_people(a, b) or _of_people(b, a):
        return True
    if _days(a) and _days(b):
        return True
    if a.quantity is not None and b.quantity is not None:
        return False  # two units that do not meet count two things, whatever words are near
    if _kinds_apart(a, b):
        return False
    return bool((mine | a.context) & (theirs | b.context))


def _of_people(people: Figure, kind: Figure) -> bool:
    """Whether `people` counts people ("douze personnes tuées", "12 people") and `kind`
    people of a kind to whom the same befell ("twelve passengers died", "12 villagers"):
    one count, told in general and in particular. Two kinds of people ("12 soldiers",
    "12 civilians") are two counts."""
    return people.quantity in PEOPLE and kind.people == people.quantity


def _kinds_apart(a: Figure, b: Figure) -> bool:
    """Two kinds of figure (see `_kind`): a share and anything but a share; people and a
    measure; a measure and a figure with another unit (12 million euros, 12 million cattle).
    A measure and a bare number (no unit) may still be one, by the words around them."""
    kinds = _kind(a), _kind(b)
    if kinds[0] == kinds[1]:
        return False
    if "share" in kinds or None not in kinds:
        return True
    return "measure" in kinds and a.quantity is not None and b.quantity is not None


PEOPLE_SENSES = frozenset(
    {"peopl", "person", "dead", "die", "death", "kill", "injur", "wound", "hurt", "victim"}
)
"""Senses of the words next to a figure without a unit that make it a number of people
("killed 12 and injured about 40")."""


def _kind(figure: Figure) -> str | None:
    """What sort of figure it is, where that is known: a share ("40 %"), a number of people
    (by its unit, or by the words next to a figure without one), or a measure (a duration,
    an age, a sum of money, a size). None: a count of something else, or not known."""
    if figure.quantity == "percent":
        return "share"
    if figure.quantity in PEOPLE or figure.people:
        return "people"
    if _days(figure) or figure.quantity in measure_stems():
        return "measure"
    if figure.quantity is None:
        if figure.context & AGE:
            return "measure"
        if figure.context & PEOPLE_SENSES:
            return "people"
    return None


def _units(figure: Figure) -> frozenset[str]:
    """The senses of what a figure counts; an age counts years."""
    if figure.quantity is None and figure.context & AGE:
        return figure.senses | {"year"}
    return figure.senses


def _figures(a: Signature, b: Signature) -> tuple[float, float, float, float]:
    """Whether both give one figure counting the same thing; whether both give one figure
    (what it counts unknown); whether a quantity both give has values that never meet;
    whether both give figures and none of them meets one of the other's (150 killed and
    1,500 injured, four generals and an 11-man junta: two facts of one event)."""
    mine, theirs = a.figures, b.figures
    if not mine or not theirs:
        return 0.0, 0.0, 0.0, 0.0
    if len(mine) == 1 == len(theirs):  # most claims give one figure: the same answer, sooner
        x, y = mine[0], theirs[0]
        if not _close(x, y):
            return 0.0, 0.0, float(_same_kind(x, y)), 1.0
        counted = _counts_alike(x, y)
        shared = not counted and (x.quantity is None or y.quantity is None or _same_kind(x, y))
        return float(counted), float(shared), 0.0, 0.0
    return _figures_any(mine, theirs)


def _figures_any(
    mine: tuple[Figure, ...], theirs: tuple[Figure, ...]
) -> tuple[float, float, float, float]:
    """`_figures` for any number of figures on each side (both non-empty)."""
    # Each pair of figures (by position, a's first) compared once.
    pairs = [(i, j) for i in range(len(mine)) for j in range(len(theirs))]
    close = {(i, j) for i, j in pairs if _close(mine[i], theirs[j])}
    kind = {(i, j) for i, j in pairs if _same_kind(mine[i], theirs[j])}
    counted = any(_counts_alike(mine[i], theirs[j]) for i, j in close)
    shared = not counted and any(
        mine[i].quantity is None or theirs[j].quantity is None or (i, j) in kind for i, j in close
    )
    # A quantity both give whose values never meet: neither figure is close to one of the
    # other side's of its kind.
    other = any(
        not any((i, k) in close for k in range(len(theirs)) if (i, k) in kind)
        and not any((h, j) in close for h in range(len(mine)) if (h, j) in kind)
        for i, j in kind
    )
    return float(counted), float(shared), float(other), float(not close)


def _met(a: Signature, b: Signature) -> int:
    """How many of a's content words have a sense among b's."""
    return len(a.senses) - sum(map(b.every_sense.isdisjoint, a.senses))


def _covered(a: Signature, b: Signature) -> float:
    """The share of a's content words that have a sense among b's."""
    return _share(a.senses, b.every_sense)


def _share(words: tuple[frozenset[str], ...], theirs: frozenset[str]) -> float:
    """The share of these words (each as its senses) that have a sense among `theirs`."""
    if not words:
        return 0.0
    return (len(words) - sum(map(theirs.isdisjoint, words))) / len(words)


def _dates(a: Signature, b: Signature) -> tuple[float, float]:
    """The same day; dates that never agree, even at the coarser one's granularity (May 2009
    and 21 May 2009 agree). When both claims name days and none agrees, the days decide: a
    coarser date beside them ("earlier this week", read as its month) does not make "sworn in
    on Saturday" and "seized the office on Monday" agree. Agreeing on a month or a year alone
    is no evidence: claims of other events of the same year do (its weight, when it was one,
    carried claims across events).
    A claim that gives no date reports its article's news: when only the other claim dates
    its fact, none of those dates coming within a week of that article's day is a date that
    disagrees too ("The MPLA received 82 percent of the vote in 2008" and an undated "Le MPLA
    a obtenu près des trois quarts des voix" of 2012; see `_undated_apart`). It is never a
    same day: an undated claim may restate an older fact. Only the fact's dates are read (a
    statement's day is not in the signature)."""
    if not a.dates or not b.dates:
        return 0.0, float(_undated_apart(a, b) or _undated_apart(b, a))
    if any(len(x) == 10 for x in a.dates & b.dates):
        return 1.0, 0.0
    return 0.0, float(dates_apart(a.dates, b.dates))


def dates_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of a fact's dates (ISO at their granularity) never agree, even at
    the coarser one's granularity (May 2009 and 21 May 2009 agree); when both name days and
    none agrees, the days decide (see `_dates`). No dates on either side is never apart."""
    if not a or not b:
        return False
    if any(len(x) == 10 for x in a & b):
        return False
    if any(len(x) == 10 for x in a) and any(len(x) == 10 for x in b):
        return True  # both name their days, and no day agrees
    return not any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _undated_apart(dated: Signature, undated: Signature) -> bool:
    """Whether `dated` gives dates, `undated` none, and none of those dates comes within
    NEWS_DAYS of the day of `undated`'s article (when it is known): a report tells of the
    last days' events and the coming days' plans, so an undated "trois personnes sont
    mortes" published on Wednesday agrees with "three people died on Tuesday"."""
    return undated_apart(dated.dates, undated.dates, undated.published)


def undated_apart(dated: frozenset[str], undated: frozenset[str], day: str | None) -> bool:
    """Whether `dated` gives a fact's dates, `undated` none, and none of those dates comes
    within NEWS_DAYS of `day`, the undated claim's article's publication day (None when it
    is not known: never apart)."""
    if not dated or undated or not day:
        return False
    return not any(_near_day(period, day) for period in dated)


NEWS_DAYS = 7
"""How far from its article's day an undated claim's fact may lie (see `_undated_apart`)."""


@lru_cache(maxsize=65_536)
def _near_day(period: str, day: str) -> bool:
    """Whether a date at its granularity ("2024-11-19", "2024-11", "2024") comes within
    NEWS_DAYS of a day (ISO)."""
    try:
        first, last = _period_days(period)
        known = date.fromisoformat(day[:10])
    except ValueError:
        return period.startswith(day) or day.startswith(period)
    reach = timedelta(days=NEWS_DAYS)
    return first - reach <= known <= last + reach


def _period_days(period: str) -> tuple[date, date]:
    """The first and last day of an ISO date at its granularity."""
    if len(period) == 4:
        return date(int(period), 1, 1), date(int(period), 12, 31)
    if len(period) == 7:
        year, month = int(period[:4]), int(period[5:7])
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    return date.fromisoformat(period), date.fromisoformat(period)


def features(a: Signature, b: Signature) -> dict[str, float]:
    """The evidence on a pair of claims, by name (see FEATURES)."""
    found = dict.fromkeys(FEATURES, 0.0)
    found.update(first_evidence(a, b))
    found.update(last_evidence(a, b))
    return found


FIRST = FEATURES[:9]
"""The evidence `first_evidence` works out: words, names and figures."""


def first_evidence(a: Signature, b: Signature) -> dict[str, float]:
    """The evidence on words, names and figures, each name it sets set even when 0: what
    `features` works out first. Matching bounds the rest by what it can add at most (each
    piece of evidence lies in [0, 1]; see `Model.out_of_reach`) and skips it for a pair the
    model cannot suggest whatever it is."""
    return dict(zip(FIRST, first_values(a, b), strict=True))


def first_values(a: Signature, b: Signature) -> tuple[float, ...]:
    """`first_evidence` as values in the order of FIRST (matching weighs some 20 pairs a
    claim stored: no dictionary made for each)."""
    met_mine, met_theirs = _met(a, b), _met(b, a)
    mine = met_mine / len(a.senses) if a.senses else 0.0
    theirs = met_theirs / len(b.senses) if b.senses else 0.0
    shared = (mine + theirs) / 2
    return (
        shared,
        min(mine, theirs),  # words both ways
        shared if a.language != b.language else 0.0,  # across languages
        # One word met each way is what claims of unrelated events share ("country" and
        # "pays").
        float(min(met_mine, met_theirs) >= 2),
        # Names count only with the words they come with: names alone join claims of one
        # event at best, and different events that name the same people or places.
        shared_names(a, b) * shared if a.names and b.names and shared else 0.0,
        *_figures(a, b),
    )


def last_evidence(a: Signature, b: Signature) -> dict[str, float]:
    """The evidence on dates, speakers and stances (see `first_evidence`)."""
    return dict(zip(FEATURES[len(FIRST) :], last_values(a, b), strict=True))


def last_values(a: Signature, b: Signature) -> tuple[float, float, float, float, float, float]:
    """`last_evidence` as values in the order of FEATURES, 0 for what it leaves out. Two
    claims whose stances differ (one states what the other denies or asks for: see
    `stance.stance`) say two things of the same people and acts."""
    same_day, other_date = _dates(a, b)
    apart = float(a.stance != b.stance)
    news = float(_news_apart(a, b))
    if a.speaker and b.speaker:
        same = _speakers(a, b)
        return same_day, other_date, same, 1.0 - same, apart, news
    return same_day, other_date, 0.0, 0.0, apart, news


def _news_apart(a: Signature, b: Signature) -> bool:
    """Whether two claims that give no date come from articles too far apart to tell one
    piece of news: each tells its article's news, a fact within NEWS_DAYS of the article's
    day (see `_undated_apart`), so articles more than twice that apart tell two facts ("four
    Army generals ... were detained", March 2009, and "le limogeage de quatre généraux",
    August 2008). Unknown when either article's day was assumed from the ingest; never for a
    fact-check's claim, a claim in circulation (`Signature.news`)."""
    if a.dates or b.dates or not (a.published and b.published and a.news and b.news):
        return False
    return _days_apart(a.published, b.published) > 2 * NEWS_DAYS


@lru_cache(maxsize=65_536)
def _days_apart(first: str, second: str) -> int:
    """Days between two ISO days (0 when either is no day)."""
    try:
        return abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return 0


def shared_names(a: Signature, b: Signature) -> float:
    """How close the names of two claims come, on average both ways (see `closeness`)."""
    return sum(closeness(a.names, b.names)) / 2


def _speakers(a: Signature, b: Signature) -> float:
    """How far two speakers agree: how close their names come, or how much of each one's
    description the other's covers, the less covered side ("ministère de la défense" and
    "defence ministry" agree; "l'institut américain USGS" and "l'Institut national de
    géophysique italien" share one word of six: one shared sense made them one speaker)."""
    return _speakers_agree(a.speaker_senses, a.speaker_names, b.speaker_senses, b.speaker_names)


@lru_cache(maxsize=65_536)
def _speakers_agree(
    senses_a: tuple[frozenset[str], ...],
    names_a: tuple[str, ...],
    senses_b: tuple[frozenset[str], ...],
    names_b: tuple[str, ...],
) -> float:
    """`_speakers` of two speakers, by their descriptions' senses and their names
    (remembered: the same speakers are compared claim after claim)."""
    described = 0.0
    if senses_a and senses_b:
        mine, theirs = _union(senses_a), _union(senses_b)
        described = min(_share(senses_a, theirs), _share(senses_b, mine))
    return max(described, *closeness(names_a, names_b))


@lru_cache(maxsize=65_536)
def _union(senses: tuple[frozenset[str], ...]) -> frozenset[str]:
    """All the senses of a speaker's description (remembered: a speaker speaks in many
    claims, and each is compared with many)."""
    return frozenset().union(*senses)
