"""Two figures of one quantity that differ, in words, the other text named for who reads:
the card, `workbench show` and the reports."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.figure_text import figure_said
from workbench.report.match_text import other_claim
from workbench.report.words import words

if TYPE_CHECKING:
    from workbench.report.naming import ClaimNames


QUANTITY_WORDS = {
    "fr": {"dead": "morts", "injured": "blessés", "people": "personnes", "percent": "pour cent"}
}


WHERE_WORDS = {"fr": (("matched claim ", "affirmation rapprochée "), ("claim ", "affirmation "))}
"""How a disagreement's "where" ("claim 12", "matched claim 40") reads in each language."""


def _own_words(flag: dict, side: str, language: str) -> str | None:
    """A figure's bound or estimate words, kept when they are in the report's language (a
    French "au moins" in an English line is marked "~" instead)."""
    if flag.get(f"{side}language", language) != language:
        return None
    return flag.get(f"{side}qualifier")


def describe_flag(flag: dict, language: str, names: ClaimNames | None = None) -> str:
    """Two figures of one quantity that differ, each said once with what it counts ("at
    least 12 dead"), a bound or estimate with its words; the other text named for who reads:
    a matched claim by its language, article and date (its id only for the desk), in a
    report (`names`) a claim of the article by its place in the report."""
    w = words(language)
    quantity = QUANTITY_WORDS.get(language, {}).get(flag["quantity"], flag["quantity"])
    mine = figure_said(
        {
            "text": flag["figure"],
            "value": flag["value"],
            "unit": quantity,
            "approximate": flag.get("approximate"),
            "qualifier": _own_words(flag, "", language),
        },
        language,
    )
    theirs = figure_said(
        {
            "text": flag["other_figure"],
            "value": flag["other_value"],
            "approximate": flag.get("other_approximate"),
            "qualifier": _own_words(flag, "other_", language),
        },
        language,
    )
    in_article = re.fullmatch(r"claim (\d+)", flag["where"])
    if flag.get("match"):
        where = other_claim(flag["match"], language, names)
    elif names is not None and in_article:
        where = names.within(int(in_article.group(1)))
    else:
        where = flag["where"]
        for english, local in WHERE_WORDS.get(language, ()):
            if where.startswith(english):
                where = local + where[len(english) :]
                break
    if flag.get("estimates"):
        return f"{mine} {w['here']}, {theirs} {w['in']} {where}"
    return f"{mine} {w['but']} {theirs} {w['in']} {where}"
