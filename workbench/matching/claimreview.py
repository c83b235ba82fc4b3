"""Read ClaimReview JSON-LD as fact-checkers publish it: one object, a list, an @graph, an
ItemList or a DataFeed. Every record is checked; bad or partial ones are reported and skipped."""

from __future__ import annotations

import math

from workbench.extract.dates import published_day


def _records(data) -> list:
    """Every object that could be a ClaimReview, however the file nests them."""
    if isinstance(data, list):
        return [r for item in data for r in _records(item)]
    if not isinstance(data, dict):
        return [data]
    for container in ("@graph", "itemListElement", "dataFeedElement"):
        if container in data and isinstance(data[container], list):
            return [r for item in data[container] for r in _records(item)]
    if data.get("@type") in ("ListItem", "DataFeedItem") and "item" in data:
        return _records(data["item"])
    return [data]


def _name(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _url(value) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if _url(v)), None)
    if isinstance(value, dict):
        value = value.get("url")
    if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _day(value) -> str | None:
    day = published_day(value)
    return day.isoformat() if day else None


def _number(value) -> float | None:
    """A finite number ("NaN" and "Infinity" are not ratings)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _rating_problem(rating: dict) -> str | None:
    """Why a reviewRating cannot be read on its own scale (schema.org: worst 1, best 5 unless
    given), or None."""
    given = {name: rating.get(name) for name in ("ratingValue", "bestRating", "worstRating")}
    for name, raw in given.items():
        if raw is not None and raw != "" and _number(raw) is None:
            return f"reviewRating {name} {raw!r} is not a finite number"
    value = _number(given["ratingValue"])
    best = _number(given["bestRating"])
    worst = _number(given["worstRating"])
    best = 5.0 if best is None else best
    worst = 1.0 if worst is None else worst
    if worst >= best:
        return f"reviewRating runs from {worst:g} to {best:g}, which is no scale"
    if value is not None and not worst <= value <= best:
        return f"reviewRating {value:g} is outside its scale ({worst:g} to {best:g})"
    return None


def parse(data) -> tuple[list[dict], list[str]]:
    """Normalised review records and the reasons records were skipped."""
    records, problems = [], []
    for index, item in enumerate(_records(data), 1):
        if not isinstance(item, dict):
            problems.append(f"record {index}: not an object")
            continue
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "ClaimReview" not in kinds:
            problems.append(f"record {index}: @type is {kind!r}, not ClaimReview")
            continue
        claim = item.get("claimReviewed")
        claim = claim.strip() if isinstance(claim, str) else ""
        url = _url(item.get("url"))
        rating = item.get("reviewRating")
        rating = rating if isinstance(rating, dict) else {}
        value = _number(rating.get("ratingValue"))
        label = (
            rating.get("alternateName") if isinstance(rating.get("alternateName"), str) else None
        )
        missing = [
            name
            for name, present in (
                ("claimReviewed", claim),
                ("url (http/https)", url),
                ("reviewRating", value is not None or label),
            )
            if not present
        ]
        if missing:
            problems.append(f"record {index}: missing {', '.join(missing)}")
            continue
        if problem := _rating_problem(rating):
            problems.append(f"record {index}: {problem}")
            continue
        reviewed = item.get("itemReviewed")
        reviewed = reviewed if isinstance(reviewed, dict) else {}
        records.append(
            {
                "url": url,
                "claim_reviewed": claim,
                "rating_value": value,
                "best_rating": _number(rating.get("bestRating")),
                "worst_rating": _number(rating.get("worstRating")),
                "alternate_name": label,
                "author_name": _name(item.get("author")),
                "author_url": _url(item.get("author")),
                "date_published": _day(item.get("datePublished")),
                "item_author": _name(reviewed.get("author")),
                "item_date": _day(reviewed.get("datePublished")),
                "appearance_url": _url(
                    reviewed.get("appearance") or reviewed.get("firstAppearance")
                ),
                "language": item.get("inLanguage")
                if isinstance(item.get("inLanguage"), str)
                else None,
                "raw": item,
            }
        )
    return records, problems
