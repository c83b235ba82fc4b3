"""Check what analysts type before it is stored: URLs, dates and a verdict's rationale."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from workbench.store.errors import InvalidInput

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def check_url(url: str | None, what: str = "URL") -> str | None:
    """An http(s) URL with a host, or None; javascript:, file:, data: and the like are refused."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.netloc
        or any(c.isspace() or ord(c) < 32 for c in url)
    ):
        raise InvalidInput(f"{what} {url!r} is not an http(s) address")
    return url


RATIONALE_NEEDED = "a verdict needs its rationale: say what the evidence shows"


def has_rationale(rationale: str | None) -> bool:
    """Whether a verdict says why: a published fact-check gives its reasoning with its
    rating (ClaimReview's `reviewBody`, the IFCN's code), so a verdict without one is neither
    recorded nor published. Blank space says nothing."""
    return bool(rationale and rationale.strip())


def check_rationale(rationale: str | None) -> str:
    """The rationale of a verdict about to be recorded; an empty or blank one is refused."""
    if rationale is None or not has_rationale(rationale):
        raise InvalidInput(RATIONALE_NEEDED)
    return rationale


def check_day(value: str | None, what: str = "date") -> str | None:
    """An ISO day, month or year (YYYY-MM-DD, YYYY-MM, YYYY); impossible days are refused."""
    if value is None or not value.strip():
        return None
    return _day(value.strip(), what)


def _day(value: str, what: str) -> str:
    match = _ISO.match(value)
    try:
        if match:
            year, month, day = match.groups()
            date(int(year), int(month or 1), int(day or 1))
            return value
        if numeric := _NUMERIC.match(value):
            day_, month_, year_ = (int(g) for g in numeric.groups())
            return date(year_, month_, day_).isoformat()
    except ValueError:
        raise InvalidInput(f"{what} {value!r} is not a real day") from None
    raise InvalidInput(f"{what} {value!r} is not a date (use YYYY-MM-DD)")


def parse_when(value: str, published: date | None = None, language: str = "fr") -> str:
    """A date as an analyst types it: ISO, 19/11/2024, "19 novembre 2024", "Nov 19 2024",
    "hier" (relative to `published`, else today). Returns ISO at the granularity given."""
    text = value.strip()
    if not text:
        raise InvalidInput("the date is empty")
    if _ISO.match(text) or _NUMERIC.match(text):
        return _day(text, "date")
    from workbench.extract.dates import find_dates

    anchor = published or date.today()
    for lang in (language, "en" if language == "fr" else "fr"):
        found = find_dates(text, anchor, lang)
        if len(found) == 1 and found[0].text.strip(" .,").lower() in _bare(text):
            return found[0].iso
    if impossible := _impossible_day(text):
        raise InvalidInput(impossible)
    raise InvalidInput(f"{value!r} is not a date I can read (try YYYY-MM-DD)")


_WRITTEN_DAY = re.compile(
    r"^(?:\w+\s+)?(\d{1,2})(?:er|st|nd|rd|th)?\s+(\w+)\.?(?:\s+(\d{4}))?$"
    r"|^(?:\w+\s+)?(\w+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$",
    re.IGNORECASE,
)


def _impossible_day(text: str) -> str | None:
    """Why a day written in words cannot be ("31 février": février has 28 or 29 days), or None
    when it is not such a day: the analyst sees the day is wrong, not that they wrote badly."""
    from workbench.extract.dates import MONTHS

    found = _WRITTEN_DAY.match(text.strip(" ."))
    if not found:
        return None
    day, month, year = found.group(1, 2, 3) if found.group(1) else found.group(5, 4, 6)
    number = next((m[month.lower()] for m in MONTHS.values() if month.lower() in m), None)
    if number is None:
        return None
    leap = 2024 if year is None else int(year)
    longest = (date(leap + (number == 12), number % 12 + 1, 1) - date(leap, number, 1)).days
    if 1 <= int(day) <= longest:
        return None
    length = f"{longest} days" if year or number != 2 else "28 or 29 days"
    return f"{text.strip()!r} is not a real day: {month} has {length}" + (
        f" in {year}" if year and number == 2 else ""
    )


def _bare(text: str) -> set[str]:
    lowered = text.strip(" .,").lower()
    return {lowered, re.sub(r"^(le|the|on|ce)\s+", "", lowered)}
