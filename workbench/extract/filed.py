"""The day an article says it was filed: its dateline's ("LODZ, Poland, March 12 - ",
"Bichkek, 4 mars 2025 – "), or a first line that is only a date ("Wednesday, March 12, 2025");
and the agency that filed it, named in its dateline ("PARIS, Nov 24 (Reuters) - ").

Used as the publication date when none was given: a better anchor for "on Tuesday" than the
day of the ingest. A day written without its year takes the latest year that does not put it
after today (an article is not filed in the future), and the explanation says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workbench.extract.dates import MONTHS, WEEKDAYS
from workbench.extract.segment import dateline, paragraphs

_MONTH_NAMES = {name: number for table in MONTHS.values() for name, number in table.items()}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_WEEKDAY = "|".join(sorted({d for t in WEEKDAYS.values() for d in t}, key=len, reverse=True))
_DAY = re.compile(
    rf"(?<![\w-])(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\.?\s+(?P<month>{_MONTH})\b\.?"
    rf"|(?P<month2>{_MONTH})\b\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"(?:,?\s+(?P<year>\d{{4}})\b)?",
    re.IGNORECASE,
)
# a first line holding only a date: "Wednesday, March 12, 2025", "12 mars 2025", "Le 12 mars"
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:le|on|published|publié(?:e)?\s+le)\s*:?\s+)?(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?P<date>[^\n]{{3,30}}?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Filed:
    """The day and where it was read, in words for the analyst."""

    day: date
    source: str


def filed_day(text: str, today: date) -> Filed | None:
    """The day the article's dateline (or a first line that is only a date) gives, if any."""
    found = _from_dateline(text) or _from_first_line(text)
    if found is None:
        return None
    written, match = found
    month = _MONTH_NAMES[(match["month"] or match["month2"]).lower().rstrip(".")]
    number = int(match["day"] or match["day2"])
    if match["year"]:
        try:
            day = date(int(match["year"]), month, number)
        except ValueError:
            return None
        return Filed(day, f"read from {written}")
    for year in range(today.year, today.year - 9, -1):
        try:
            day = date(year, month, number)
        except ValueError:
            continue  # 29 February: the latest leap year
        if day <= today:
            return Filed(
                day,
                f"read from {written}; no year written, so the latest year ({day.year}) that does "
                f"not put it after today ({today.isoformat()})",
            )
    return None


_AGENCY = re.compile(r"\((?P<name>[A-Z][\w.&'’ -]{0,38}[\w.])\)\s*[-–—]\s*$")
"""The last brackets of a dateline, right before its dash: the agency that filed it."""
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def filed_by(text: str) -> str | None:
    """The agency the dateline names ("LISBONNE, 13 août 2026 (AFP) – ": AFP), if any: in
    brackets after the dateline's date or country ("PARIS, Nov 24 (Reuters) - ", "KYIV,
    Ukraine (AP) — "), or an acronym right after its place ("KYIV (AFP) - "). Brackets right
    after the place otherwise name a region ("CHAMBÉRY (Savoie) – ", "ABIDJAN (Côte
    d'Ivoire) –"), as French datelines do."""
    line = dateline(text)
    if line is None:
        return None
    found = _AGENCY.search(line[1])
    if found is None:
        return None
    name = found["name"].strip()
    if "," in line[1][: found.start()] or _ACRONYM.fullmatch(name):
        return name
    return None


def _from_dateline(text: str) -> tuple[str, re.Match[str]] | None:
    line = dateline(text)
    if line is None:
        return None
    match = _DAY.search(line[1])
    if match is None:
        return None
    return f'the dateline "{line[1].strip().rstrip("-–— ").strip()}"', match


def _from_first_line(text: str) -> tuple[str, re.Match[str]] | None:
    pieces = paragraphs(text)
    if not pieces:
        return None
    start, end = pieces[0]
    first = text[start:end].split("\n", 1)[0]
    line = _DATE_LINE.match(first)
    if line is None:
        return None
    match = _DAY.fullmatch(line["date"].strip().rstrip("."))
    if match is None:
        return None
    return f'the first line "{first.strip()}"', match
