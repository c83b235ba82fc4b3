"""Figures that disagree: the same quantity given two values, within an article, between a
claim and a source's excerpt, or between a claim and a matched claim. "six" and "6" agree;
six missiles and eight people are different quantities and are never compared."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.extract.numbers import find_numbers
from workbench.matching.signature import quantity

TOLERANCE = 0.1
"""Approximate figures ("about", "at least") disagree only beyond this relative gap."""


@dataclass(frozen=True)
class Figure:
    text: str
    value: float
    quantity: str
    approximate: bool
    where: str
    """Where it was read: "claim 12", "source 3 excerpt", "claim 40 (matched)"."""


def figures_of(numbers: list[dict], text: str, where: str) -> list[Figure]:
    """The figures of a text whose quantity is known; bare numbers are not compared."""
    found = []
    for number in numbers:
        kind = quantity(number.get("unit"), text)
        if kind and kind != "percent" or number.get("unit") == "%":
            found.append(
                Figure(
                    number["text"],
                    float(number["value"]),
                    kind or "percent",
                    bool(number.get("approximate")),
                    where,
                )
            )
    return found


def _differ(a: Figure, b: Figure) -> bool:
    if a.quantity != b.quantity or a.value == b.value:
        return False
    if a.approximate or b.approximate:
        return abs(a.value - b.value) > TOLERANCE * max(abs(a.value), abs(b.value))
    return True


def disagreements(mine: list[Figure], others: list[Figure]) -> list[tuple[Figure, Figure]]:
    """Each pair of the claim's figure and another figure of the same quantity that differs."""
    return [(a, b) for a in mine for b in others if _differ(a, b)]


def article_flags(article: dict) -> dict[int, list[dict]]:
    """For each claim, its figures that another claim of the article, one of its sources'
    excerpts or a matched claim gives otherwise."""
    language = article.get("language") or "fr"
    figures = {
        c["id"]: figures_of(c["numbers"], c["text"], f"claim {c['id']}") for c in article["claims"]
    }
    flags: dict[int, list[dict]] = {}
    for claim in article["claims"]:
        mine = figures[claim["id"]]
        if not mine:
            continue
        others = [f for other, found in figures.items() if other != claim["id"] for f in found]
        for source in claim.get("sources", []):
            if source.get("excerpt"):
                numbers = [
                    {"text": n.text, "value": n.value, "unit": n.unit, "approximate": n.approximate}
                    for n in find_numbers(source["excerpt"], language)
                ]
                others += figures_of(
                    numbers, source["excerpt"], f"source “{source.get('title') or source['url']}”"
                )
        for match in claim.get("matches", []):
            if match.get("other_claim_id"):
                others += figures_of(
                    match["other_numbers"],
                    match["other_text"],
                    f"matched claim {match['other_claim_id']}",
                )
        found = [
            {
                "figure": a.text,
                "value": a.value,
                "quantity": a.quantity,
                "other_figure": b.text,
                "other_value": b.value,
                "where": b.where,
            }
            for a, b in disagreements(mine, others)
        ]
        if found:
            flags[claim["id"]] = found
    return flags
