"""Two figures of one quantity that differ, in words, the other text named for who reads:
the card, `workbench show` and the reports."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workbench.claim_name import claim_name
from workbench.figure_text import figure_said
from workbench.matching.sides import OTHER_FIGURE, is_weak
from workbench.report.explain import evidence_said
from workbench.report.match_text import other_claim
from workbench.report.typography import labelled
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


_IN_ARTICLE = re.compile(r"claim (\d+)")
"""A disagreement's "where" naming a claim of the same article by its id (`disagreement`)."""


def placed(flags: list[dict], numbers: dict[int, int]) -> list[dict]:
    """`flags` with the number in its article (`numbers`: id -> number) of each claim of the
    article they name, for the desk's views to name it as the table does ("claim 3 (id
    12)"; a bare "claim 12", its id, read as the table's claim 12)."""
    for flag in flags:
        if found := _IN_ARTICLE.fullmatch(flag.get("where") or ""):
            flag["where_place"] = numbers.get(int(found.group(1)))
    return flags


def describe_flag(flag: dict, language: str, names: ClaimNames | None = None) -> str:
    """Two figures of one quantity that differ, each said once with what it counts ("at
    least 12 dead"), a bound or estimate with its words; the other text named for who reads:
    a matched claim by its language, article and date (its id only for the desk), in a
    report (`names`) a claim of the article by its place in the report, for the desk by its
    number and id ("claim 3 (id 12)", `placed`)."""
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
    in_article = _IN_ARTICLE.fullmatch(flag["where"])
    if flag.get("match"):
        where = other_claim(flag["match"], language, names)
    elif names is not None and in_article:
        where = names.within(int(in_article.group(1)))
    elif in_article and language == "en":
        where = claim_name(flag.get("where_place"), int(in_article.group(1)))
    else:
        where = flag["where"]
        for english, local in WHERE_WORDS.get(language, ()):
            if where.startswith(english):
                where = local + where[len(english) :]
                break
    if flag.get("estimates"):
        return f"{mine} {w['here']}, {theirs} {w['in']} {where}"
    return f"{mine} {w['but']} {theirs} {w['in']} {where}"


def with_match_flags(claim: dict, matches: list[dict], language: str) -> list[dict]:
    """`matches`, each match of another claim, suggested or confirmed, given the flags of
    `claim`'s figures that the other claim gives otherwise (`disagreements`): the flags a
    confirmed match brings to the claim (`claim_flags`, the one reading of disagreements),
    read for a suggestion too, so that a fact-checker deciding it sees "17 injured" against
    "19" and not only a penalty in why it was suggested. A suggestion's are what its
    figures would say if it is the same fact, never a disagreement of the claim until it is
    confirmed. `language`: the claim's."""
    # imported here: the card's module imports this one before the claims are painted,
    # and the disagreement reading (with its names and figures) is read only after them
    from workbench.matching.disagreement import claim_flags

    for match in matches:
        if (
            match.get("other_claim_id")
            and match.get("kind") != OTHER_FIGURE  # said as a disagreement already
            and match.get("state") in ("suggested", "confirmed")
        ):
            supposed = {**match, "state": "confirmed"}
            mine = {"id": claim["id"], "text": claim["text"], "numbers": claim.get("numbers")}
            match["disagreements"] = claim_flags({**mine, "matches": [supposed]}, language, [])
    return matches


def figures_said(match: dict) -> str | None:
    """Whether a match's figures and its claim's disagree, as its flags say them
    (`with_match_flags`, read beforehand): "disagree" when one of them cannot be the same
    figure, "estimates" when only estimates differ (both may be true), else None. A report
    of the same fact with another figure disagrees (that is what it is), unless its flags,
    when read, say only estimates differ ("environ 35 millions" / "around 40 million")."""
    flags = match.get("disagreements") or []
    if any(not flag.get("estimates") for flag in flags):
        return "disagree"
    if flags:
        return "estimates"
    return "disagree" if match.get("kind") == OTHER_FIGURE else None


def waits_with_other_figures(claim: dict, matches: list[dict], language: str) -> bool:
    """Whether a likely suggestion (see `sides.LIKELY`) still waiting for the analyst's
    decision gives the claim's figures otherwise (`figures_said`): what the claims table
    marks. `matches`: the claim's (`Store.matches_of`), flagged here if not yet; the
    disagreement reading is imported only when a suggestion could disagree by its figures."""
    waiting = [m for m in matches if m.get("state") == "suggested" and not is_weak(m)]
    unread = [
        m
        for m in waiting
        if "disagreements" not in m and m.get("kind") != OTHER_FIGURE and m.get("other_numbers")
    ]
    if unread and claim.get("numbers"):
        with_match_flags(claim, unread, language)
    return any(figures_said(m) == "disagree" for m in waiting)


SUGGESTED_FLAG_WORDS = {
    "en": {
        "disagree": "figures disagree",
        "estimates": "estimates differ",
        "suggested": "suggested match, not confirmed",
    },
    "fr": {
        "disagree": "chiffres en désaccord",
        "estimates": "estimations différentes",
        "suggested": "rapprochement suggéré, non confirmé",
    },
}
"""How a match's flag is headed: a suggestion's says that it is one."""


def describe_match_flag(flag: dict, match: dict, language: str) -> str:
    """A flag of a match (`with_match_flags`) under that match, its other claim named
    "that claim" (the match names it just above): "(!) figures disagree (suggested match,
    not confirmed): Nineteen = 19 people but dix-sept = 17 in that claim"."""
    said = SUGGESTED_FLAG_WORDS.get(language, SUGGESTED_FLAG_WORDS["en"])
    head = said["estimates" if flag.get("estimates") else "disagree"]
    if match.get("state") != "confirmed":
        head += f" ({said['suggested']})"
    mark = "" if flag.get("estimates") else "(!) "  # the card's mark of a contradiction
    that = {**flag, "match": None, "where": evidence_said("that_claim", language)}
    return f"{mark}{labelled(head, language)} {describe_flag(that, language)}"
