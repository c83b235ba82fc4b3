"""Find temporal expressions and resolve them against the publication date.

Each expression keeps its granularity: a day (`YYYY-MM-DD`), a month (`YYYY-MM`) or a year
(`YYYY`); a range of days or months is one date, the one of these that holds it whole
(`_covering`). Weekdays and dates without a year resolve to the nearest fitting day, in the past
unless the sentence speaks of the future. A weekday that contradicts its day number is kept
and flagged. Hand-written rules rather than dateparser: it misses "mi-septembre" and "la nuit
de lundi à mardi" and reads the pronoun "je" as jeudi.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from workbench.extract.lexicon import YEAR_NOUNS_EN
from workbench.extract.numbers import counted_noun, year_modifier
from workbench.extract.tense import Direction
from workbench.extract.types import DateMention

MONTHS = {
    "fr": {
        "janvier": 1,
        "janv": 1,
        "février": 2,
        "fevrier": 2,
        "févr": 2,
        "fév": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "oct": 10,
        "novembre": 11,
        "nov": 11,
        "décembre": 12,
        "decembre": 12,
        "déc": 12,
    },
    "en": {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
}
_AFTER_WEEKDAY = re.compile(
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\s+$",
    re.IGNORECASE,
)
"""A weekday right before a bare number of hours: the hour is that day's ("lundi 22
heures"), not a duration."""

WEEKDAYS = {
    "fr": {
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    "en": {
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
}
_UNITS = {
    "jour": "day",
    "jours": "day",
    "day": "day",
    "days": "day",
    "semaine": "week",
    "semaines": "week",
    "week": "week",
    "weeks": "week",
    "mois": "month",
    "month": "month",
    "months": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "year": "year",
    "years": "year",
}
_SMALL_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}


_DEADLINE = re.compile(r"\b(?:until|till|through|jusqu['’]\s*(?:à|en|au|fin)?)\b")
_QUARTERS_EN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_QUARTERS_EN |= {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_QUARTERS_FR = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3}
_QUARTERS_FR |= {"3e": 3, "quatrième": 4, "4e": 4, "dernier": 4}
_QUARTERS = _QUARTERS_EN | _QUARTERS_FR


def _alternatives(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _to_iso(day: date, granularity: str) -> str:
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _week_month(monday: date) -> str:
    """A week is reported at month precision: the month of its Thursday, as ISO weeks count."""
    return _to_iso(monday + timedelta(days=3), "month")


class _Resolver:
    """Turns the pieces of one matched expression into an ISO string."""

    def __init__(self, published: date, future: bool) -> None:
        self.published = published
        self.future = future

    def weekday(self, weekday: int, direction: str | None = None) -> date:
        """The nearest such day: today counts, past by default, future if the tense says so."""
        delta = (self.published.weekday() - weekday) % 7
        if direction == "next" or (direction is None and self.future):
            ahead = (weekday - self.published.weekday()) % 7
            return self.published + timedelta(days=ahead or (7 if direction == "next" else 0))
        if direction == "last" and delta == 0:
            delta = 7
        return self.published - timedelta(days=delta)

    def weekend(self, which: str | None) -> str:
        """A weekend, at month precision like a week: the month of its Saturday. Without
        "last"/"next" it is the latest one begun, or the coming one if the tense says so."""
        saturday = self.published + timedelta(days=5 - self.published.weekday())
        begun = self.published.weekday() >= 5
        if which == "last" or (which is None and not self.future and not begun):
            saturday -= timedelta(weeks=1)
        elif which == "next" and begun:
            saturday += timedelta(weeks=1)
        return _to_iso(saturday, "month")

    def day_month(self, day: int, month: int, year: int | None) -> date:
        if year is not None:
            return date(year, month, day)
        candidates = []
        for candidate_year in (
            self.published.year - 1,
            self.published.year,
            self.published.year + 1,
        ):
            try:
                candidates.append(date(candidate_year, month, day))
            except ValueError:
                continue
        if not candidates:
            raise ValueError("no such day")
        if self.future:
            upcoming = [c for c in candidates if c >= self.published]
            if upcoming:
                return upcoming[0]
        nearest = min(candidates, key=lambda c: abs((c - self.published).days))
        if nearest > self.published + timedelta(days=90):
            # Without a future tense a date months ahead is more likely last year's.
            return max(c for c in candidates if c <= self.published)
        return nearest

    def month(self, month: int, year: int | None) -> date:
        if year is not None:
            return date(year, month, 1)
        this_year = date(self.published.year, month, 1)
        current = date(self.published.year, self.published.month, 1)
        if self.future:
            return this_year if this_year >= current else date(self.published.year + 1, month, 1)
        return this_year if this_year <= current else date(self.published.year - 1, month, 1)

    def quarter(self, quarter: int, year: int | None) -> str:
        """A quarter is reported at year precision: the year whose quarter the tense means
        (the latest begun in the past tense, the next unfinished one in the future)."""
        if year is not None:
            return f"{year:04d}"
        first_month = 3 * quarter - 2
        this_year = self.published.year
        if self.future:
            return f"{this_year + (first_month + 2 < self.published.month):04d}"
        return f"{this_year - (first_month > self.published.month):04d}"

    def shift(self, amount: int, unit: str) -> str:
        """`amount` units away from publication (negative for the past), at the unit's grain."""
        if unit == "day":
            return _to_iso(self.published + timedelta(days=amount), "day")
        if unit == "week":
            monday = self.published - timedelta(days=self.published.weekday())
            return _week_month(monday + timedelta(weeks=amount))
        if unit == "month":
            return _to_iso(self.published + relativedelta(months=amount), "month")
        return _to_iso(self.published + relativedelta(years=amount), "year")


_PUBLISHED = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)


def published_day(value: object) -> date | None:
    """The day an article or a fact-check was published, read with one rule wherever it comes
    from (a command's --date, a form, a file's metadata, the database, a ClaimReview): an ISO
    day, or the day of an ISO timestamp as written ("2024-11-20T08:00:00+01:00" is the 20th).
    None when there is none or it is not a real day (2024-02-31, "2024-11", "hier"): a command
    or form refuses it, extraction anchors on today."""
    if not isinstance(value, str):
        return None
    match = _PUBLISHED.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def _full_year(value: int) -> int:
    """Two-digit years are this century's."""
    return value + 2000 if value < 100 else value


# A year named relative to publication, qualifying a day, a month or a quarter ("janvier de
# l'année dernière", "en mars l'an prochain", "le 5 mai de cette année", "January last year",
# "in March of next year", "the first quarter of next year"), or said first and joined to it
# ("l'an dernier en janvier", "last year on May 3"): that year, whatever the tense.
# Not "cette année-là", "that year" (another year, which the text names elsewhere).
_RELATIVE_YEAR = {
    "fr": r"l['’]an(?:née)?\s+(?:derni(?:er|ère)|passée?|prochaine?)(?![\w-])"
    r"|cette\s+année(?![\w-])",
    "en": r"(?:last|next|this)\s+year\b",
}
_OF_YEAR = {"fr": r"(?:\s+de)?", "en": r"(?:\s+of)?"}
"""What may join a date to its relative year: "janvier de l'année dernière", "en janvier l'an
dernier", "in March of next year", "January last year"."""


def _relative_year(words: str, published: date) -> int:
    """The year a relative year (`_RELATIVE_YEAR`) names, from publication."""
    words = words.lower()
    if re.search(r"last|derni|pass", words):
        return published.year - 1
    if re.search(r"next|prochain", words):
        return published.year + 1
    return published.year


def _written_year(match: re.Match, published: date) -> int | None:
    """The year a date's own words give: written out ("mars 2021") or relative, after the date
    ("mars de l'année dernière") or before it ("l'an dernier en mars"); None when it has none."""
    groups = match.groupdict()
    if groups.get("year"):
        return _full_year(int(groups["year"]))
    if relative := groups.get("relyear") or groups.get("yearfirst"):
        return _relative_year(relative, published)
    return None


def _covering(first: date, last: date) -> str:
    """The one date the model can hold a range of days or months in, from `first` to `last`:
    their month when they share it ("du 3 au 5 mars" is 2026-03), else their year ("entre
    mars et mai", "du 28 février au 3 mars" are 2026). The model has no interval, and two
    dates would say two events; this keeps the range whole, at the grain that holds it. A
    range across a year, or backwards, has no such date: ValueError, its ends read apart."""
    if last <= first:
        raise ValueError("no range")
    if first.year != last.year:
        raise ValueError("a range across a year")
    return _to_iso(last, "month" if first.month == last.month else "year")


_WHOLE_SHORT = {"mai", "juin", "mars", "août", "aout", "may", "june", "july"}
"""Whole month names as short as an abbreviation."""

_AFTER_DETERMINER = (
    "|".join(
        rf"(?<=\b{word} )"
        for word in (
            "a",
            "an",
            "the",
            "its",
            "their",
            "his",
            "her",
            "our",
            "this",
            "that",
            "these",
            "those",
            "whose",
        )
    )
    + "|(?<=['’]s )"
)
"""Right after a determiner or a possessive ("a", "the", "its", "the agency's")."""


def _counts(text: str, end: int) -> bool:
    """Does a plural noun after the figure ending at `end` say what it counts ("the 2000
    residents", "plus de 2000 habitants", "entre 1900 et 2000 manifestants")? Not one that a
    year qualifies ("the 2020 elections")."""
    noun = counted_noun(text, end)
    return noun is not None and noun.lower() not in YEAR_NOUNS_EN


Rule = tuple[re.Pattern, Callable[[re.Match, _Resolver], tuple[str, str | None]]]

# A month named without a day or a year is a date only where a date's words surround it: the
# same word is often something else ("sept personnes" is seven, "Mars" a planet, "by Jan
# Smith" a name). Abbreviations ("sept", "oct", "Dec") need a year; French full names a
# preposition of time before ("en mars", "depuis mai", "jusqu'en août", "de mars à mai") or
# a word after ("mars dernier"); an English month
# (its rule already asks for "in", "since", "last" ...) is no month before a capitalised
# word ("in March Madness", "by May Smith": a name).
_MONTH_BEFORE_FR = re.compile(
    r"(?:\b(?:en|depuis|dès|jusqu['’](?:en|à|au\s+mois\s+de)|d['’]ici|avant|après|de|"
    r"pour|vers|partir\s+de|entre|mois\s+(?:de|d['’])|courant|début|fin|mi)|mi-)\s*$",
    re.I,
)
_ANY_MONTH_FR = re.compile(r"\b(?:un|chaque|tout|aucun)\s+mois\s+(?:de|d['’])\s*$", re.I)
"""A month behind an indefinite or distributive determiner is any such month, not one."""
_MONTH_AFTER_FR = re.compile(r"\s+(?:dernier|prochain|passé)\b")
_NAME_AFTER_EN = re.compile(r"\s+[A-Z]")
_NAMED_BEFORE_EN = re.compile(
    r"\b(?!(?:In|Since|Until|During|By|From|Of|On|For|Through|After|Before|Between|And|To|"
    r"Early|Late|Mid|Last|Next|The)\s)[A-Z][\w'’.-]*\s+$"
)
"""A capitalised word right before an English month, other than a word of time: the month is
a surname ("Theresa May last year")."""
_MONTH_PAIR = re.compile(r"([^\W\d_]+)\.?\s+(?:et|ou|à|au)\s+$", re.I)
_ABBREVIATED = {
    language: {word for word in months if len(word) <= 4 and word not in _WHOLE_SHORT}
    for language, months in MONTHS.items()
}


def _month_context(match: re.Match, language: str) -> bool:
    """Whether a month word without a year stands where a date would (see above)."""
    text, start, end = match.string, match.start("month"), match.end()
    if match["month"].lower() in _ABBREVIATED[language]:
        return False
    if language == "en":
        return not _NAME_AFTER_EN.match(text, end)
    if start > match.start() or _MONTH_AFTER_FR.match(text, end):
        return True  # "mi-mars", "fin mai", "mars dernier"
    before = text[max(0, start - 30) : start]
    if _ANY_MONTH_FR.search(before):
        return False  # "un record pour un mois d'août": any August, no date
    if _MONTH_BEFORE_FR.search(before):
        return True
    pair = _MONTH_PAIR.search(before)  # "de mars à mai", "en mars et avril"
    return pair is not None and pair.group(1).lower() in MONTHS[language]


_NEEDS_DIGIT: set[re.Pattern] = set()
"""The rules that cannot match without a digit (a day, a year): skipped on text without one."""
_DIGIT = re.compile(r"\d")


def _with_digits(pattern: re.Pattern) -> re.Pattern:
    _NEEDS_DIGIT.add(pattern)
    return pattern


_YEAR_SPAN: set[re.Pattern] = set()
"""The rules whose words before the year only tell a year from a count ("entre 2017 et 2020",
"between 2017 and 2020", "pour 2027", "from 2019 levels"): the date's text is the year, as a
word that opens a range belongs to the range, not to its first end."""


def _year_span(pattern: re.Pattern) -> re.Pattern:
    _YEAR_SPAN.add(pattern)
    return _with_digits(pattern)


def _rules(language: str) -> list[Rule]:
    months = MONTHS[language]
    weekdays = WEEKDAYS[language]
    month_re = rf"(?P<month>{_alternatives(months)})\.?"
    weekday_re = rf"(?P<weekday>{_alternatives(weekdays)})"
    year_re = r"(?P<year>1[89]\d\d|20\d\d)"
    # a year written out or named relative to publication, after a day or a month
    of_year = (
        rf"(?:\s+(?:de\s+l['’]année\s+)?{year_re}\b|{_OF_YEAR[language]}\s+"
        rf"(?P<relyear>{_RELATIVE_YEAR[language]}))"
    )

    def year_first(joined: str) -> str:
        """A relative year said before its date and joined to it by `joined` ("l'an dernier en
        janvier", "last year in January", "last year on May 3"): the date is of that year."""
        return rf"(?:\b(?P<yearfirst>(?i:{_RELATIVE_YEAR[language]}))\s+{joined})?"

    year_on, year_in = (
        year_first(r"on\s+"),
        year_first(r"(?:in\s+(?=(?:early|late)[ -]|mid-)|(?=in\s))"),
    )
    year_le, year_au = year_first(r"(?=le\s)"), year_first(r"(?=au\s)")
    year_in_the = year_first(r"in\s+(?=the\s)")
    year_en = year_first(r"(?:en\s+|(?=(?:mi|début|fin|courant)[- ]))")

    def full_date(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        day = int(re.sub(r"\D", "", match["day"]))
        month = months[match["month"].lower().rstrip(".")]
        resolved = resolver.day_month(day, month, _written_year(match, resolver.published))
        warning = None
        if match["weekday"] and weekdays[match["weekday"].lower()] != resolved.weekday():
            named = match["weekday"]
            warning = f"{named} does not fall on {resolved.isoformat()}"
        return resolved.isoformat(), warning

    def day_range(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        """ "du 3 au 5 mars", "from 3 to 5 March", "March 3-5": one date holding every day of
        the range (`_covering`); the last day is read as a day alone would be, the first in
        its year (a range that crosses a year, or runs backwards, is left to its ends)."""
        groups = match.groupdict()
        end_month = groups.get("month") or match["month1"]
        first_year = int(groups["year1"]) if groups.get("year1") else None
        last = resolver.day_month(
            int(re.sub(r"\D", "", match["day"])),
            months[end_month.lower().rstrip(".")],
            _written_year(match, resolver.published) or first_year,
        )
        first_month = months[(groups.get("month1") or end_month).lower().rstrip(".")]
        first = date(first_year or last.year, first_month, int(re.sub(r"\D", "", match["first"])))
        warnings = [
            f"{groups[name]} does not fall on {day.isoformat()}"
            for name, day in (("weekday1", first), ("weekday", last))
            if groups.get(name) and weekdays[groups[name].lower()] != day.weekday()
        ]
        return _covering(first, last), "; ".join(warnings) or None

    def month_range(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        """ "entre mars et mai", "between March and May": the year both months lie in (the
        model holds no stretch of months; a range that crosses a year is left to its ends)."""
        first_year = int(match["year1"]) if match["year1"] else None
        year = _written_year(match, resolver.published) or first_year
        last = resolver.month(months[match["month"].lower()], year)
        first_year = first_year or last.year
        first = date(first_year, months[match["month1"].lower()], 1)
        return _covering(first, last), None

    def numeric(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        first, second, year = int(match["a"]), int(match["b"]), _full_year(int(match["y"]))
        day, month = (first, second) if language == "fr" or first > 12 else (second, first)
        return date(year, month, day).isoformat(), None

    def iso(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat(), None

    def month_only(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        word = match["month"].lower().rstrip(".")
        month = months[word]
        year = _written_year(match, resolver.published)
        groups = match.groupdict()
        if (groups.get("relyear") or groups.get("yearfirst")) and (
            word in _ABBREVIATED[language]
            or language == "en"
            and groups.get("relyear")
            and _NAMED_BEFORE_EN.search(match.string, max(0, match.start() - 40), match.start())
        ):
            # "les sept de l'an dernier", "l'an dernier en sept jours" (an abbreviation needs a
            # year written out), "Theresa May last year said" (a surname)
            raise ValueError("no month")
        if (
            groups.get("yearfirst")
            and language == "en"
            and _NAME_AFTER_EN.match(match.string, match.end())
        ):
            raise ValueError("a name")  # "last year in March Madness"
        if year is None and not _month_context(match, language):
            raise ValueError("a month word without a date's context")
        before = match.string[max(0, match.start() - 12) : match.end()].lower()
        said = match.string[match.start() : match.start("month")].lower()
        if year is None and said.startswith(("last", "next")):
            # "last January", "next March": that way, whatever the tense (as "janvier dernier")
            resolver = _Resolver(resolver.published, said.startswith("next"))
        elif year is None and _DEADLINE.search(before):
            # "extended until the end of September": a deadline looks ahead whatever the tense.
            resolver = _Resolver(resolver.published, True)
        return _to_iso(resolver.month(month, year), "month"), None

    def year_only(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        return match["year"], None

    def year_or_count(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        """After a word that may stand before a count as well ("the", "its", "for", "de",
        "pour", "entre"), a figure a plural noun says the count of is no year."""
        if _counts(match.string, match.end()):
            raise ValueError("a count, not a year")
        return match["year"], None

    def modifier_year(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        """ "the likely 2027 deficit", "le budget 2027": a year qualifying a noun."""
        if not year_modifier(match.string, match.start(), match.end(), language):
            raise ValueError("no year qualifying a noun")
        return match["year"], None

    def weekday(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        modifier = (match.groupdict().get("mod") or "").lower()
        direction = None
        if modifier.startswith("earlier"):  # "earlier on Tuesday": this very day counts
            resolver = _Resolver(resolver.published, False)
        elif modifier in ("dernier", "passé", "last"):
            direction = "last"
        elif modifier in ("prochain", "next"):
            direction = "next"
        return resolver.weekday(weekdays[match["weekday"].lower()], direction).isoformat(), None

    def weekend(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        modifier = (match.groupdict().get("mod") or "").lower()
        which = "last" if modifier in ("dernier", "passé", "last") else None
        which = "next" if modifier in ("prochain", "next") else which
        return resolver.weekend(which), None

    def anchored(shift: int, mode: str):
        """Said of another day: marked here, resolved by `_anchor` once every date of the
        text is known."""

        def resolve(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
            groups = match.groupdict()
            if groups.get("of") is not None:
                return f"@{shift}:of", None
            if "h" in groups:
                if not any(groups.get(g) for g in ("m", "m24", "p", "ampm")) and not (
                    _AFTER_WEEKDAY.search(match.string, 0, match.start())
                ):
                    # "pendant 6 heures"; but "entre lundi 22 heures et mardi 6 heures" are
                    # times of those days
                    raise ValueError("a bare number of hours is a duration, not a time")
                if int(groups["h"]) > (12 if groups.get("ampm") else 23):
                    raise ValueError("no such hour")
            return f"@{shift}:{mode}", None

        return resolve

    def night(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        return resolver.weekday(weekdays[match["second"].lower()]).isoformat(), None

    def relative(offsets: dict[str, tuple[int, str]]):
        def resolve(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
            key = re.sub(r"\s+", " ", match.group(0).lower().replace("’", "'"))
            amount, unit = offsets[key]
            return resolver.shift(amount, unit), None

        return resolve

    def ago(sign: int):
        def resolve(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
            raw = match["n"].lower()
            amount = int(raw) if raw.isdigit() else _SMALL_NUMBERS[raw]
            return resolver.shift(sign * amount, _UNITS[match["unit"].lower()]), None

        return resolve

    def quarter(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
        groups = match.groupdict()
        number = int(groups["qn"]) if groups.get("qn") else _QUARTERS[match["q"].lower()]
        year = _written_year(match, resolver.published)
        if year is None and groups.get("rel"):
            year = resolver.published.year  # "of the year", "de l'année"
        return resolver.quarter(number, year), None

    def whole_year(offset: int):
        def resolve(match: re.Match, resolver: _Resolver) -> tuple[str, str | None]:
            relative = (match.groupdict().get("rel") or "").lower()
            shift = -1 if relative else offset
            return f"{resolver.published.year + shift:04d}", None

        return resolve

    counts = rf"(?P<n>\d{{1,3}}|{_alternatives(_SMALL_NUMBERS)})"
    units = rf"(?P<unit>{_alternatives(_UNITS)})"
    also_year = _with_digits(
        re.compile(
            r"(?:(?<=\d{4} and )|(?<=\d{4} et )|(?<=\d{4} or )|(?<=\d{4} ou )|(?<=\d{4} to )"
            rf"|(?<=\d{{4}} à )|(?<=\d{{4}}-)|(?<=\d{{4}}–)){year_re}\b"
        )
    )
    rules: list[Rule] = [
        (_with_digits(re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")), iso),
        (
            _with_digits(re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")),
            numeric,
        ),
    ]
    whole_months = _alternatives(m for m in months if m not in _ABBREVIATED[language])
    month_caps = _alternatives(m.capitalize() for m in months)
    weekday1 = rf"(?:(?i:(?P<weekday1>{_alternatives(weekdays)})),?\s+)?"
    weekday2 = rf"(?:(?i:{weekday_re}),?\s+)?"
    year1 = r"(?:\s+(?P<year1>1[89]\d\d|20\d\d))?"
    # a range of days or of months is one date (`_covering`); not the night from one day to
    # the next ("la nuit du 3 au 4 mars" is the 4th, as "la nuit de lundi à mardi" is)
    not_night = r"(?<!nuit )(?<!nuits )(?<!night of )(?<!night of the )"
    if language == "fr":
        ranges: list[tuple[str, Callable[[re.Match, _Resolver], tuple[str, str | None]]]] = [
            (
                rf"{not_night}\b(?:(?i:du)|(?P<between>(?i:entre)(?:\s+le)?))\s+{weekday1}"
                rf"(?P<first>1er|[0-3]?\d)(?:\s+(?P<month1>{_alternatives(months)})\.?{year1})?"
                rf"\s+(?(between)et(?:\s+le)?|au)\s+{weekday2}(?P<day>1er|[0-3]?\d)\s+{month_re}"
                rf"(?:{of_year})?\b",
                day_range,
            ),
            (
                rf"{not_night}(?<![\d.,/-])\b(?P<first>1er|[0-3]?\d)\s?[-–]\s?(?P<day>[0-3]?\d)\s+"
                rf"{month_re}(?:{of_year})?\b",
                day_range,
            ),
            (
                rf"\b(?:(?P<between>(?i:entre))|(?i:de|d['’]|du\s+mois\s+d(?:e|['’])))\s*"
                rf"(?:(?:début|fin|mi)[- ](?:de\s+|d['’])?)?(?P<month1>{whole_months}){year1}\s+"
                rf"(?(between)et|(?:à|jusqu['’](?:à|en)|au\s+mois\s+d(?:e|['’])))\s*"
                rf"(?:(?:début|fin|mi)[- ](?:de\s+|d['’])?)?(?P<month>{whole_months})"
                rf"(?:{of_year})?\b",
                month_range,
            ),
        ]
    else:
        ranges = [
            (
                rf"{not_night}\b(?:(?i:from)|(?P<between>(?i:between)))\s+{weekday1}(?:the\s+)?"
                rf"(?P<first>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<month1>{month_caps})\.?"
                rf"{year1})?\s+(?(between)and|(?:to|until|till|through))\s+{weekday2}(?:the\s+)?"
                rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month_caps})\.?"
                rf"(?:,?{of_year})?\b",
                day_range,
            ),
            (
                rf"{not_night}(?:\b(?:(?i:from)|(?P<between>(?i:between)))\s+)?{weekday1}"
                rf"\b(?P<month1>{month_caps})\.?\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?"
                rf"(?:\s?[-–]\s?|\s+(?(between)and|(?:to|until|till|through))\s+{weekday2}"
                rf"(?:(?P<month>{month_caps})\.?\s+)?)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
                rf"(?:,?{of_year})?",
                day_range,
            ),
            (
                rf"{not_night}(?<![\d.,/-])\b(?P<first>[0-3]?\d)\s?[-–]\s?(?P<day>[0-3]?\d)\s+"
                rf"(?:of\s+)?(?P<month>{month_caps})\.?(?:,?{of_year})?\b",
                day_range,
            ),
            (
                rf"\b(?:(?i:from)|(?P<between>(?i:between)))\s+(?:(?:early|late)\s+|mid-)?"
                rf"(?P<month1>{month_caps}){year1}\s+(?(between)and|(?:to|until|till|through))\s+"
                rf"(?:(?:early|late)\s+|mid-)?(?P<month>{month_caps})(?:,?{of_year})?\b",
                month_range,
            ),
        ]
    rules += [
        (_with_digits(re.compile(p)) if r is day_range else re.compile(p), r) for p, r in ranges
    ]
    if language == "fr":
        offsets = {
            "avant-hier": (-2, "day"),
            "hier": (-1, "day"),
            "aujourd'hui": (0, "day"),
            "demain": (1, "day"),
            "après-demain": (2, "day"),
            "ce matin": (0, "day"),
            "ce soir": (0, "day"),
            "cette semaine": (0, "week"),
            "la semaine dernière": (-1, "week"),
            "la semaine passée": (-1, "week"),
            "la semaine prochaine": (1, "week"),
            "en début de semaine prochaine": (1, "week"),
            "en fin de semaine prochaine": (1, "week"),
            "en début de semaine dernière": (-1, "week"),
            "en fin de semaine dernière": (-1, "week"),
            "le mois dernier": (-1, "month"),
            "le mois passé": (-1, "month"),
            "le mois prochain": (1, "month"),
            "ce mois-ci": (0, "month"),
            "l'an dernier": (-1, "year"),
            "l'an passé": (-1, "year"),
            "l'an prochain": (1, "year"),
            "l'année dernière": (-1, "year"),
            "l'année passée": (-1, "year"),
            "l'année prochaine": (1, "year"),
            "cette année": (0, "year"),
        }
        rules += [
            (
                _with_digits(
                    re.compile(
                        rf"{year_le}(?:\b{weekday_re}\s+)?\b(?:le\s+)?"
                        rf"(?P<day>1er|[0-3]?\d)\s+{month_re}(?:{of_year})?\b",
                        re.I,
                    )
                ),
                full_date,
            ),
            (
                re.compile(
                    rf"{year_en}"
                    rf"\b(?:(?:mi|début|fin|courant)[- ](?:de\s+|d')?)?{month_re}(?:{of_year})?\b"
                ),
                month_only,
            ),
            (
                re.compile(
                    rf"\b(?:la\s+)?nuit\s+d[eu]\s+(?P<first>{_alternatives(weekdays)})\s+(?:à|au)\s+"
                    rf"(?P<second>{_alternatives(weekdays)})\b",
                    re.I,
                ),
                night,
            ),
            (
                re.compile(rf"\b{weekday_re}(?:\s+(?P<mod>dernier|prochain|passé))?\b", re.I),
                weekday,
            ),
            (
                re.compile(
                    rf"{year_au}\b(?:au\s+|du\s+|le\s+)?"
                    rf"(?P<q>{_alternatives(_QUARTERS_FR)})\s+trimestre"
                    rf"(?:\s+(?:de\s+)?(?:{year_re}|(?P<relyear>{_RELATIVE_YEAR['fr']})"
                    rf"|(?P<rel>l['’]année)))?\b",
                    re.I,
                ),
                quarter,
            ),
            (
                re.compile(
                    r"\b(?:depuis\s+le\s+|au\s+|en\s+|à\s+la\s+|le\s+|la\s+)?(?:début|fin|"
                    r"milieu)\s+(?:de\s+l['’]année|d['’]année)(?:\s+(?P<rel>dernière|passée))?",
                    re.I,
                ),
                whole_year(0),
            ),
            (re.compile(rf"\bil y a\s+{counts}\s+{units}\b", re.I), ago(-1)),
            (re.compile(rf"\bd'ici\s+{counts}\s+{units}\b", re.I), ago(1)),
            (
                re.compile(
                    rf"(?<![\w-])(?:{_alternatives(offsets).replace(chr(39), '[' + chr(39) + '’]')})"
                    rf"(?![\w-])",
                    re.I,
                ),
                relative(offsets),
            ),
            (
                re.compile(
                    r"\b(?:le\s+|ce\s+|du\s+|au\s+|pendant\s+le\s+)week-?end"
                    r"(?:\s+(?P<mod>dernier|prochain|passé))?\b",
                    re.I,
                ),
                weekend,
            ),
            (
                re.compile(
                    r"\bla\s+veille(?:\s+au\s+(?:soir|matin))?(?P<of>\s+(?:de|du|d['’]))?", re.I
                ),
                anchored(-1, "prev"),
            ),
            (
                re.compile(
                    r"\bl['’]avant-veille(?:\s+au\s+(?:soir|matin))?(?P<of>\s+(?:de|du|d['’]))?",
                    re.I,
                ),
                anchored(-2, "prev"),
            ),
            (
                re.compile(
                    r"\ble\s+lendemain(?:\s+(?:matin|soir))?(?P<of>\s+(?:de|du|d['’]))?", re.I
                ),
                anchored(1, "strict"),
            ),
            (
                re.compile(
                    r"\b(?:(?:quelques|plusieurs|deux|trois|\d{1,2})\s+(?:heures|minutes)\s+"
                    r"(?:plus\s+tôt|plus\s+tard|auparavant)|plus\s+(?:tôt|tard)\s+dans\s+la\s+"
                    r"(?:journée|matinée|soirée))\b",
                    re.I,
                ),
                anchored(0, "prev"),
            ),
            (
                _with_digits(
                    re.compile(
                        r"(?:\b(?P<p>vers|à|dès|jusqu['’]à|aux\s+alentours\s+de|peu\s+avant|peu\s+après)"
                        r"\s+)?\b(?P<h>\d{1,2})\s?(?:h|heures?)(?:\s?(?P<m>[0-5]\d))?\b",
                        re.I,
                    )
                ),
                anchored(0, "near"),
            ),
            (
                _with_digits(
                    re.compile(
                        r"\b(?:en|depuis|jusqu['’]en|dès|vers)\s+(?P<year>[1-9]\d{2,3})\b"
                        r"(?![,.]\d|\s*%)(?!\s+(?!(?:et|ou|avant|après|av|apr)\b)[a-zà-ÿ])",
                        re.I,
                    )
                ),
                year_only,
            ),
            (
                _with_digits(
                    re.compile(
                        rf"\b(?:en|depuis|jusqu'en|dès|année|l'an|fin|début|mi-?|avant|après|d'ici)"
                        rf"\s*{year_re}\b(?!\s*(?:personnes|euros|dollars|morts))",
                        re.I,
                    )
                ),
                year_only,
            ),
            (
                # "plus de 2000 habitants", "pour 1800 bénévoles": a count
                _year_span(re.compile(rf"\b(?:pour|entre|de|à partir de)\s*{year_re}\b", re.I)),
                year_or_count,
            ),
        ]
    else:
        offsets = {
            "yesterday": (-1, "day"),
            "the day before yesterday": (-2, "day"),
            "today": (0, "day"),
            "tonight": (0, "day"),
            "this morning": (0, "day"),
            "tomorrow": (1, "day"),
            "this week": (0, "week"),
            "last week": (-1, "week"),
            "next week": (1, "week"),
            "early next week": (1, "week"),
            "late next week": (1, "week"),
            "early last week": (-1, "week"),
            "late last week": (-1, "week"),
            "this month": (0, "month"),
            "last month": (-1, "month"),
            "next month": (1, "month"),
            "this year": (0, "year"),
            "last year": (-1, "year"),
            "next year": (1, "year"),
        }
        month_cap = rf"(?P<month>{_alternatives(m.capitalize() for m in months)})\.?"
        rules += [
            (
                _with_digits(
                    re.compile(
                        rf"{year_on}(?:\b{weekday_re},?\s+)?\b{month_cap}\s+"
                        rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?{of_year})?"
                    )
                ),
                full_date,
            ),
            (
                _with_digits(
                    re.compile(
                        rf"{year_on}(?:\b{weekday_re},?\s+)?\b(?:the\s+)?"
                        rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{month_cap}(?:,?{of_year})?\b"
                    )
                ),
                full_date,
            ),
            (_with_digits(re.compile(rf"\b{month_cap}\s+{year_re}\b")), month_only),
            (
                re.compile(
                    rf"{year_in}"
                    rf"\b(?:(?:in|since|until|during|by)\s+(?:early|mid|late\s+)?|early[ -]|mid-|"
                    rf"late[ -]|last\s+|next\s+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
                    rf"{month_cap}(?:{_OF_YEAR['en']}\s+(?P<relyear>{_RELATIVE_YEAR['en']}))?\b"
                ),
                month_only,
            ),
            (
                # "January last year was the warmest": a month and its year
                re.compile(rf"\b{month_cap}{_OF_YEAR['en']}\s+(?P<relyear>{_RELATIVE_YEAR['en']})"),
                month_only,
            ),
            (
                # the night from one day to the next is one date, the second day's, as
                # "la nuit de lundi à mardi" is
                re.compile(
                    rf"\b(?:(?:on\s+)?the\s+night\s+(?:of|from)\s+|overnight\s+(?:from\s+)?)"
                    rf"(?P<first>{_alternatives(weekdays)})\s+(?:to|into)\s+"
                    rf"(?P<second>{_alternatives(weekdays)})\b",
                    re.I,
                ),
                night,
            ),
            (
                re.compile(
                    rf"\b(?:(?P<mod>last|next|this|earlier\s+on|earlier|on)\s+)?{weekday_re}\b",
                    re.I,
                ),
                weekday,
            ),
            (
                re.compile(
                    rf"{year_in_the}\b(?:the\s+)?"
                    rf"(?P<q>{_alternatives(_QUARTERS_EN)})[\s-]+quarter"
                    rf"(?:\s+of\s+(?:{year_re}|(?P<relyear>{_RELATIVE_YEAR['en']})"
                    rf"|(?P<rel>the\s+year)))?\b",
                    re.I,
                ),
                quarter,
            ),
            (_with_digits(re.compile(rf"\bQ(?P<qn>[1-4])(?:\s+{year_re})?\b")), quarter),
            (
                re.compile(
                    r"\b(?:since\s+|at\s+|by\s+|from\s+)?the\s+(?:beginning|start|end|middle)"
                    r"\s+of\s+(?:the|this|(?P<rel>last))\s+year\b",
                    re.I,
                ),
                whole_year(0),
            ),
            (re.compile(rf"\b{counts}\s+{units}\s+ago\b", re.I), ago(-1)),
            (re.compile(rf"\b(?:{_alternatives(offsets)})\b", re.I), relative(offsets)),
            (
                re.compile(
                    r"\b(?:(?P<mod>last|next|this)|over\s+the|during\s+the|at\s+the|on\s+the|the)"
                    r"\s+weekend\b",
                    re.I,
                ),
                weekend,
            ),
            (
                re.compile(
                    r"\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier"
                    r"|(?:a|the)\s+day\s+before(?P<of>(?=\s+[^\W_]))?)\b",
                    re.I,
                ),
                anchored(-1, "prev"),
            ),
            (
                re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", re.I),
                anchored(1, "strict"),
            ),
            (
                re.compile(
                    r"\b(?:(?:(?:a\s+few|several|some|two|three|\d{1,2})\s+)?(?:hours|minutes)\s+"
                    r"(?:earlier|later)|(?:earlier|later)\s+in\s+the\s+day)\b",
                    re.I,
                ),
                anchored(0, "prev"),
            ),
            (
                _with_digits(
                    re.compile(
                        r"(?:\b(?P<p>at|around|about|by|until|shortly\s+(?:before|after))\s+)?"
                        r"\b(?P<h>\d{1,2})(?:(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m\b)"
                        r"|:(?P<m24>[0-5]\d)\b)",
                        re.I,
                    )
                ),
                anchored(0, "near"),
            ),
            (
                _with_digits(
                    re.compile(
                        r"\b(?:in|since|until)\s+(?P<year>[1-9]\d{2,3})\b"
                        r"(?![,.]\d|\s*%)(?!\s+(?!(?:and|or|BC|AD|BCE|CE)\b)[A-Za-z])",
                    )
                ),
                year_only,
            ),
            (
                _with_digits(
                    re.compile(
                        rf"\b(?:in|since|until|by|year|early|late|mid-?|before|after)\s*{year_re}\b"
                        rf"(?!\s*(?:people|persons|troops|soldiers|votes|dollars|euros))",
                        re.I,
                    )
                ),
                year_only,
            ),
            (
                # "from 2019 levels", "for 2000 fans" (a count)
                _year_span(re.compile(rf"\b(?:from|of|for|between)\s*{year_re}\b", re.I)),
                year_or_count,
            ),
            (
                # a year qualifying a noun ("a 2024 inspection", "its 2019 report", "the
                # agency's 2023 audit", "the 2020 elections"), where a count is followed by
                # the plural it counts ("its 2000 employees", "the 2000 residents")
                _with_digits(
                    re.compile(rf"(?:{_AFTER_DETERMINER}){year_re}(?=\s+[^\W\d_]|[-–]\d)", re.I)
                ),
                year_or_count,
            ),
        ]
    # "by 0910 GMT", "à 1430 GMT": a wire service's clock time, hours and minutes run
    # together before the time zone; a time of day like "3:32 a.m.", not a figure
    rules.append(
        (
            _with_digits(
                re.compile(
                    r"(?:\b(?P<p>(?i:at|around|about|by|until|vers|à|dès|jusqu['’]à))\s+)?"
                    r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:GMT|UTC)\b"
                )
            ),
            anchored(0, "near"),
        )
    )
    rules.append((also_year, year_or_count))
    rules.append((_with_digits(re.compile(rf"(?<![\d.,]){year_re}\b(?![.,]\d)")), modifier_year))
    return rules


_RULES = {language: _rules(language) for language in ("fr", "en")}


# a word after the date or before it that says which way it lies, whatever the verb's tense
_NEXT_AFTER = re.compile(r"\s+(?:prochain|prochaine)\b", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s+(?:dernier|dernière|passé|passée)\b", re.IGNORECASE)
# "ralentir à 1,4 % en décembre, contre 1,9 % en octobre", "slow to 1.4% in December from
# 1.9% in October", "up from 4.2 billion in March", "compared with October": the side of a
# comparison that gives the value compared against states one already known, so its date
# lies behind, whichever way the verb looks (else the timeline puts October after December)
_BASELINE_BEFORE = re.compile(
    r"\b(?:(?P<bare>compared\s+(?:with|to)|comparée?s?\s+(?:à|avec)|par\s+rapport\s+(?:à|au|aux))"
    r"|contre|après|from|against|versus|vs\.?)\s+(?P<figure>[^;:!?()«»\"“”]{0,40})$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(
    r"\b(?:dès|à\s+partir\s+d(?:e|u|['’])|à\s+compter\s+d(?:e|u|['’])|from|starting(?:\s+from)?"
    r"|beginning|as\s+from|by)\s*$",
    re.IGNORECASE,
)
"""A start or a deadline ("dès lundi", "à partir du 3 décembre", "from Monday", "starting
Monday", "by Monday"): ahead of publication when no verb says which way (a present, an
infinitive: "rouvrent dès lundi", "to return to talks by Monday"); a verb in the past keeps
it behind ("were evacuated by Monday")."""


def _starts(text: str, start: int, end: int) -> bool:
    """Whether the date at `[start, end)` is a start or a deadline (`_FROM_BEFORE`); not a
    day naming what happened on it ("hit by Tuesday's storm", "from Monday's meeting")."""
    return bool(_FROM_BEFORE.search(text, max(0, start - 24), start)) and not re.match(
        r"['’]s\b", text[end:]
    )


_RANGE_END_BEFORE = re.compile(
    r"^\s*(?:et\s+|and\s+)?(?:to|until|till|through|[-–]|au|à|jusqu['’]\s*(?:au|à))\s*$",
    re.IGNORECASE,
)
"""The end of a range ("from Monday to Wednesday", "dès lundi et jusqu'à mercredi") lies on
the same side as its start."""
_CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|h\b|heures?\b|GMT|UTC)|\d:\d", re.IGNORECASE)


def _baseline(text: str, start: int) -> bool:
    """Whether the date at `start` closes the earlier side of a comparison: after "contre",
    "from", "après", "against" a figure (not a time of day: "from 6 a.m. on Monday" opens a
    stretch of time), after "compared with", "par rapport à" a figure or nothing; no clause
    break (a comma not inside a number) between."""
    found = _BASELINE_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    figure = found["figure"]
    if re.search(r",(?!\d)", figure) or _CLOCK.search(figure):
        return False
    return bool(found["bare"]) or any(char.isdigit() for char in figure)


_UNTIL_BEFORE = re.compile(r"\bd['’]ici\s+(?:(?:à\s+)?(?:la\s+|le\s+|l['’])?|au\s+)$", re.I)


def find_dates(
    text: str,
    published: date,
    language: str = "fr",
    future: bool = False,
    tense: Direction | None = None,
    context: date | None = None,
    said: Callable[[int, int], bool] | None = None,
) -> list[DateMention]:
    """Every temporal expression in `text`, resolved against `published`, in order (the
    arguments as `dates_and_times` takes them)."""
    return dates_and_times(text, published, language, future, tense, context, said)[0]


def dates_and_times(
    text: str,
    published: date,
    language: str = "fr",
    future: bool = False,
    tense: Direction | None = None,
    context: date | None = None,
    said: Callable[[int, int], bool] | None = None,
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Every temporal expression in `text`, resolved against `published`, in order, and the
    spans of the times of day that name no day (no date, and no figure either: "shortly
    after 9 p.m.", "vers 21 heures" with no day in the sentence or the one before).

    A weekday or a month without a year looks ahead when the verb it depends on is in the
    future (`tense`, the direction of the expression at its offsets), else when `future`
    (the sentence's tense) says so. `context` is the latest day the previous sentence named:
    "Le navire a quitté le port jeudi 7 mars. Le lendemain, ..." counts from it when the
    sentence names no day of its own before the expression. `said` tells whether the
    expression at given offsets is the day something was said (its role "statement")."""
    resolvers = {False: _Resolver(published, False), True: _Resolver(published, True)}
    resolver = resolvers[future]
    found: list[DateMention] = []
    started: set[int] = set()  # the ends of the dates put ahead by a start or a deadline
    digits = _DIGIT.search(text) is not None
    for pattern, resolve in _RULES.get(language, _RULES["en"]):
        if not digits and pattern in _NEEDS_DIGIT:
            continue
        for match in pattern.finditer(text):
            start, end = match.span("year" if pattern in _YEAR_SPAN else 0)
            if any(d.start < end and start < d.end for d in found):
                continue
            ahead = tense(start, end) if tense is not None else None
            if _NEXT_AFTER.match(text, end) or _UNTIL_BEFORE.search(
                text, max(0, start - 14), start
            ):
                ahead = True  # "le 4 septembre prochain", "d'ici à la mi-mai": ahead, whatever
            elif _LAST_AFTER.match(text, end) or _baseline(text, start):
                ahead = False  # whatever the verb ("a décrété une journée de deuil")
            opened = [
                d
                for d in found
                if d.end in started and _RANGE_END_BEFORE.match(text[d.end : start])
            ]
            bound = bool(opened) or _starts(text, start, end)
            if ahead is None and bound:
                ahead = True  # "rouvrent dès lundi", "from Monday to Wednesday"
            try:
                iso, warning = resolve(match, resolver if ahead is None else resolvers[ahead])
            except (ValueError, KeyError, OverflowError):
                continue
            if ahead and bound:
                started.add(end)
            if opened and match.groupdict().get("weekday") and iso < opened[-1].iso:
                # "from Monday to Wednesday" published on a Wednesday: the end after its start
                iso = (date.fromisoformat(iso) + timedelta(days=7)).isoformat()
            role = "statement" if said is not None and said(start, end) else None
            found.append(DateMention(text[start:end], iso, start, end, warning, role))
    found.sort(key=lambda d: d.start)
    return _anchor(found, text, published, context)


def _anchor(
    found: list[DateMention], text: str, published: date, context: date | None = None
) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Resolve what is said of another day: "la veille", "hours earlier" (the day before,
    or the same day as, the latest day named before it, else publication), "le lendemain",
    "the next day" (only after a day named), "la veille du 14 juillet" (the day named right
    after it: dropped when it names an event, "la veille de l'élection"), a time of day
    "vers 18 h 50" (the nearest day named, else the previous sentence's: a time alone names
    no day, its span is returned apart). A day the previous sentence named (`context`)
    stands in for one named before it in this sentence."""
    if not any(d.iso.startswith("@") for d in found):
        return found, []
    days = [d for d in found if len(d.iso) == 10 and not d.iso.startswith("@")]
    result: list[DateMention] = []
    times: list[tuple[int, int]] = []
    for mention in found:
        if not mention.iso.startswith("@"):
            if not (result and result[-1].end == mention.end):  # taken by "la veille du"
                result.append(mention)
            continue
        shift_text, mode = mention.iso[1:].split(":")
        before = [d for d in days if d.end <= mention.start]
        anchor: date | None = date.fromisoformat(before[-1].iso) if before else context
        if mode == "of":
            after = [d for d in days if 0 <= d.start - mention.end <= 1]
            if not after:
                continue
            anchor, end = date.fromisoformat(after[0].iso), after[0].end
            iso = (anchor + timedelta(days=int(shift_text))).isoformat()
            result.append(
                DateMention(text[mention.start : end], iso, mention.start, end, None, mention.role)
            )
            continue
        if mode == "near" and days:
            nearest = min(days, key=lambda d: max(d.start - mention.end, mention.start - d.end))
            anchor = date.fromisoformat(nearest.iso)
        elif mode not in ("strict", "near") and anchor is None:
            anchor = published
        if anchor is None:
            if mode == "near":
                times.append((mention.start, mention.end))
            continue
        iso = (anchor + timedelta(days=int(shift_text))).isoformat()
        result.append(
            DateMention(
                mention.text, iso, mention.start, mention.end, mention.warning, mention.role
            )
        )
    return result, times


def reread(
    text: str,
    windows: list[tuple[int, int]],
    mentions: list[dict],
    language: str,
    was: date,
    now: date,
) -> list[dict] | None:
    """The date mentions of one claim (dicts with `start`/`end` offsets in `text` and the
    `iso` they were read as against `was`) read again against the publication date `now`,
    without parsing anything: the rules run again on the window the mentions were found in
    (one of `windows`: the claim's sentence, or its own span), each mention with the tense
    that reproduces what was read against `was` (a date hanging on a future verb reads
    "lundi" ahead, one on a past verb of the same sentence behind). Every mention
    keeps its text and offsets; None when no window and tense reproduce them all (they are
    then left as they are)."""

    def read(start: int, end: int, day: date, future: bool) -> dict[tuple[int, int], DateMention]:
        found = find_dates(text[start:end], day, language, future=future)
        return {(m.start + start, m.end + start): m for m in found}

    for start, end in windows:
        before = {future: read(start, end, was, future) for future in (False, True)}
        tenses: list[bool] = []
        for m in mentions:
            key = (m["start"], m["end"])
            fits = [
                f for f in (False, True) if (found := before[f].get(key)) and found.iso == m["iso"]
            ]
            if not fits:
                break
            tenses.append(fits[0])
        else:
            after = {future: read(start, end, now, future) for future in set(tenses)}
            return [
                {**m, "iso": again.iso, "warning": again.warning}
                if (again := after[future].get((m["start"], m["end"]))) is not None
                else m
                for m, future in zip(mentions, tenses, strict=True)
            ]
    return None
