"""Check what analysts type before it is stored: URLs and dates."""

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
    raise InvalidInput(f"{value!r} is not a date I can read (try YYYY-MM-DD)")


def _bare(text: str) -> set[str]:
    lowered = text.strip(" .,").lower()
    return {lowered, re.sub(r"^(le|the|on|ce)\s+", "", lowered)}
