"""Dated claims on a time axis, with each article's publication date marked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.report.typography import labelled, one_line
from workbench.report.words import role_word


@dataclass(frozen=True)
class Event:
    iso: str
    """Day, month or year, as the claim gave it."""
    label: str
    claim_id: int | None
    article_id: int
    published: bool = False
    """True for an article's publication date, marked on the axis."""


def events(
    articles: list[dict], published_word: str = "published", language: str = "en"
) -> list[Event]:
    """Every date of every claim, and each article's publication, in time order (a month
    sorts before its days, a year before its months); a claim is listed once a day."""
    found = []
    for article in articles:
        if article.get("published"):
            found.append(
                Event(
                    article["published"],
                    f"{labelled(published_word, language)} {article['title']}",
                    None,
                    article["id"],
                    True,
                )
            )
        for claim in article["claims"]:
            # A date with a role ("statement": the day it was said, not the day of the
            # fact) says it, whether extracted or attached by an analyst.
            for when in [*claim.get("dates", []), *claim.get("attached_dates", [])]:
                role = when.get("role")
                label = claim["text"]
                if role:
                    label = f"{labelled(role_word(role, language), language)} {label}"
                found.append(Event(when["iso"], label, claim["id"], article["id"]))
    # a claim naming its day twice ("mardi", "vers 4 h 30") is one event of that day
    return sorted(dict.fromkeys(found), key=lambda e: (e.iso, not e.published, e.claim_id or 0))


def text_axis(items: list[Event], width: int = 100, tag: Callable[[int], str] = str) -> list[str]:
    """One line per event: a vertical axis with the date, a marker and the claim, tagged
    "[9]" with its id (the desk's views) or what `tag` makes of it (a report: its place)."""
    lines = []
    for event in items:
        marker = "◆" if event.published else "●"
        label = one_line(event.label)
        prefix = f"{event.iso:>10} ─{marker}─ "
        room = max(10, width - len(prefix))
        marked = "" if event.claim_id is None else f" [{tag(event.claim_id)}]"
        text = label if len(label) + len(marked) <= room else label[: room - len(marked) - 1] + "…"
        lines.append(prefix + text + marked)
    return lines
