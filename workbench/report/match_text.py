"""A match in one line, as the card, the seen-before dialog, `workbench show` and the
reports say it: the other claim (its words, language, article and date), that claim's own
verdict, and why; a report of the same fact with another figure said as a disagreement
between reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.claim_name import claim_name
from workbench.figure_text import figure_said
from workbench.matching.sides import OTHER_FIGURE
from workbench.report.explain import (
    FIGURE_GROUPS,
    evidence_said,
    explain_lines,
    explain_match,
    figures_set_apart,
    quoted,
)
from workbench.report.typography import labelled, typeset
from workbench.report.words import words

if TYPE_CHECKING:
    from workbench.report.naming import ClaimNames


SHORT = 90
"""Characters of the other claim's text quoted in a match's one-line description."""


def shortened(text: str, limit: int = SHORT) -> str:
    """A text cut at a word boundary near `limit`, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return (cut or text[:limit]) + "…"


def describe_match(
    match: dict, language: str, names: ClaimNames | None = None, *, why: bool = True
) -> str:
    """One line on a match: the other claim (shortened), its article, language and date, and
    its own verdict, or the fact-check; then why it was suggested (unless `why` is false: a
    spreadsheet's cell, where the evidence of ten suggestions would bury them). `names`: a
    report's."""
    reasons = explain_match(match, language) if why else ""
    return _describe_match(match, language, names) + (f" ({reasons})" if reasons else "")


def match_state(match: dict, language: str) -> str:
    """The other claim's own state, said as that claim's (not this one's): "that claim:
    checked on 2024-11-21: False", "that claim: not checked yet"."""
    w = words(language)
    label = (match.get("other_label_fr") if language == "fr" else None) or match.get(
        "other_label_en"
    )
    if label:
        checked = f"{w['checked_on']} {match['other_checked_at']}"
        state = f"{labelled(checked, language)} {label}"
    else:
        state = w["not_yet"]
    return f"{labelled(evidence_said('that_claim', language), language)} {state}"


LANGUAGE_NAMES = {
    "en": {"en": "English", "fr": "French"},
    "fr": {"en": "anglais", "fr": "français"},
}
"""A claim's language as a reader of the report reads it."""


def other_claim(match: dict, language: str, names: ClaimNames | None = None) -> str:
    """Which claim the match is, then its article and date. For the desk (the card, the
    seen-before dialog, `workbench show`) as the desk names any claim, by its number in its
    article and its id, then its language: "claim 3 (id 10) in French" (`claim_name`, when
    the store read its number: `Store.matches`); the lines said "a claim in French (id 10)"
    beside the queue's and the messages' "claim 3 (id 10)". In a report, its language by
    name, and in the internal report its database id, "(id 10)", which `workbench show 10`
    takes; a report made for a reader (`names` without ids, or a match made `for_reader`)
    gives no id a reader cannot follow. The desk once said "claim 11 (fr)", which a trial's
    analyst read as the card's "Claim 11", another claim."""
    w = words(language)
    lang = match.get("other_language")
    named = LANGUAGE_NAMES.get(language, LANGUAGE_NAMES["en"]).get(lang or "")
    other_id = match.get("other_claim_id")
    place = match.get("other_place")
    desk = names is None and language == "en" and not match.get("for_reader")
    if desk and place and other_id is not None:
        which = claim_name(place, other_id)
        which += f" {w['in_language']} {named}" if named else ""
    else:
        which = f"{w['a_claim']} {w['in_language']} {named}" if named else w["a_claim"]
        if names is not None:
            which += names.database_id(other_id)
        elif not match.get("for_reader") and other_id is not None:
            which += f" (id {other_id})"
    return (
        f"{which} {w['in']} {quoted(match.get('other_article') or '?')}"
        f" ({match.get('other_published') or '?'})"
    )


def _describe_match(match: dict, language: str, names: ClaimNames | None = None) -> str:
    w = words(language)
    if match.get("review_url"):
        rating = match.get("alternate_name") or f"{match.get('rating_value') or ''}"
        return (
            f"{w['fact_check']} {match.get('author_name') or '?'} "
            f"({match.get('review_date') or '?'}){typeset(':', language)} {rating} — "
            f"{match['review_url']}"
        )
    text = match.get("other_text")
    said = f" {quoted(shortened(text))}" if text else ""
    semicolon = typeset(";", language)
    return f"{other_claim(match, language, names)}{said}{semicolon} {match_state(match, language)}"


OTHER_FIGURE_WORDS = {
    "en": {
        "lead": "another report gives another figure",
        "versus": "vs",
        "here": "here",
        "because": "same fact by",
        "linked": "same fact, another figure (linked)",
    },
    "fr": {
        "lead": "un autre article donne un autre chiffre",
        "versus": "contre",
        "here": "ici",
        "because": "même fait d'après",
        "linked": "même fait, autre chiffre (rapprochées)",
    },
}
"""How a report of the same fact with another figure is said, in the claim's language."""


def _said_figure(text: str, numbers: list[dict], language: str) -> str:
    """A figure of an explanation (as the claim writes it) with what it counts, read from the
    claim's stored figures ("38" -> "38 miners")."""
    for number in numbers or []:
        if isinstance(number, dict) and str(number.get("text") or "") == text:
            return figure_said(number, language)
    return text


def other_figure_pairs(
    match: dict, numbers: list[dict] | None = None, language: str = "en"
) -> list[tuple[str, str]]:
    """The figures that disagree in a report of the same fact with another figure, as (this
    claim's, the other's), each with what it counts when the stored figures tell; `numbers`
    are this claim's stored figures, its values written for `language` (the other's for the
    other claim's language). Figures whose counterpart is not known are said together
    (see `explain.figures_set_apart`)."""
    evidence = match.get("evidence") or {}
    figures = evidence.get("figures") if isinstance(evidence, dict) else None
    theirs_in = match.get("other_language") or "en"
    return [
        (
            ", ".join(_said_figure(one, numbers or [], language) for one in mine),
            ", ".join(
                _said_figure(one, match.get("other_numbers") or [], theirs_in) for one in theirs
            ),
        )
        for mine, theirs in figures_set_apart(figures or {})
    ]


def describe_other_figure(
    match: dict,
    language: str,
    numbers: list[dict] | None = None,
    names: ClaimNames | None = None,
    *,
    why: bool = True,
) -> str:
    """One line on a report of the same fact with another figure, said as a disagreement
    between reports: "another report gives another figure: 38 miners (Reuters, 2026-03-12) vs
    37 mineurs here", then the other claim, as a match's, and what says it is the same
    fact (the evidence other than figures; not when `why` is false). `numbers`: this claim's
    stored figures."""
    said = OTHER_FIGURE_WORDS.get(language, OTHER_FIGURE_WORDS["en"])
    where = ", ".join(
        str(part) for part in (match.get("other_outlet"), match.get("other_published")) if part
    )
    pairs = other_figure_pairs(match, numbers, language)
    figures = typeset("; ", language).join(
        f"{theirs}{f' ({where})' if where and not n else ''} {said['versus']} {mine} {said['here']}"
        for n, (mine, theirs) in enumerate(pairs)
    ) or (f"({where})" if where else "")
    because = typeset("; ", language).join(
        line
        for line in (explain_lines(match, language) if why else ())
        if not line.startswith(tuple(evidence_said(g, language) for g in FIGURE_GROUPS))
    )
    lead = said["linked"] if match.get("state") == "confirmed" else said["lead"]
    return f"{labelled(lead, language)} {figures} — {_describe_match(match, language, names)}" + (
        f" ({labelled(said['because'], language)} {because})" if because else ""
    )


def describe_seen(
    match: dict,
    language: str,
    numbers: list[dict] | None,
    names: ClaimNames,
    *,
    why: bool = True,
) -> tuple[str, str]:
    """A match or a report of the same fact with another figure, as a report lists it: its
    label ("Seen before", "Another figure elsewhere") and its line, in `language`; `why`:
    with the evidence that suggested it (see `describe_match`)."""
    w = words(language)
    if match.get("kind") == OTHER_FIGURE:
        return w["other_figure"], describe_other_figure(match, language, numbers, names, why=why)
    state = STATE_WORDS.get(language, STATE_WORDS["en"]).get(match.get("state") or "")
    return w["seen"], (f"{labelled(state, language)} " if state else "") + describe_match(
        match, language, names, why=why
    )


STATE_WORDS = {
    "en": {"suggested": "suggested, not confirmed", "rejected": "rejected"},
    "fr": {"suggested": "suggérée, non confirmée", "rejected": "écartée"},
}
"""A match the internal report lists that no analyst confirmed, said as such (the public
report lists confirmed ones only)."""
