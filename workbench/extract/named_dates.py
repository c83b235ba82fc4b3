"""Dates that name a thing instead of dating the claim's fact: "Sunday's vote", "the March 13
election", "its 2026 revenue forecast", "la présidentielle du 28 novembre", "le scrutin de
dimanche". Such a date tells which vote or forecast the claim speaks of; what the claim
asserts about it (who won it, who cut it, who certified it) may come days or years later, so
the date is marked (role "named") and never compared as the day of the fact."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.extract.types import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAMED = "named"

_POSSESSIVE_AFTER = re.compile(r"['’]s\s+[^\W\d_]")
"""English: the date owns a noun ("Sunday's vote", "this month's presidential poll")."""
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those)|[^\W\d_]['’]s)\s+$",
    re.IGNORECASE,
)
"""English: a determiner or an owner before the date, whose noun comes after it ("the March
13 election", "its Wednesday deadline", "the country's 2011 census")."""
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")
_TIME_OF_DAY_EN = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})
"""A date followed by these is a moment, not a noun's modifier ("the Sunday night")."""

_OF_BEFORE = re.compile(r"\b(?:du|de|d['’])\s*$", re.IGNORECASE)
_TIME_NOUNS_FR = frozenset(
    "nuit matin matinée soir soirée après-midi journée jour week-end weekend fin début milieu "
    "mi semaine mois année an lendemain veille date heure courant cours".split()
)
"""French nouns a date completes to say when ("la nuit de mardi", "la fin de janvier", "à la
date du 3 mars"): a moment, not a thing named."""


def mark_named(
    dates: list[DateMention], text: str, language: str, doc: Doc | None = None
) -> list[DateMention]:
    """`dates` with those that name a thing marked (role "named"); a role already read (the
    day of a statement) is kept."""
    return [
        replace(d, role=NAMED) if d.role is None and _names(d, text, language, doc) else d
        for d in dates
    ]


def _names(mention: DateMention, text: str, language: str, doc: Doc | None) -> bool:
    if language == "en":
        return _names_en(mention, text)
    return doc is not None and _names_fr(mention, text, doc)


def _names_en(mention: DateMention, text: str) -> bool:
    """English has no parse here: the date is a noun's modifier when it owns the noun, or
    stands between a determiner and a word ("the March 13 election"). A date whose own words
    open with a determiner ("the end of January", "this week") modifies nothing."""
    if _POSSESSIVE_AFTER.match(text, mention.end):
        return True
    if mention.text.split()[0].lower() in {"the", "this", "that", "last", "next"}:
        return False
    following = _WORD_AFTER.match(text, mention.end)
    return bool(
        following
        and following.group(1).lower() not in _TIME_OF_DAY_EN
        and _DETERMINER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


def _names_fr(mention: DateMention, text: str, doc: Doc) -> bool:
    """French, from the parse: the date, introduced by "de", completes a noun ("la
    présidentielle du 28 novembre") that is no word of time."""
    if not _OF_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return False
    head = _head_outside(doc, mention.start, mention.end)
    return (
        head is not None
        and head.pos_ in {"NOUN", "PROPN"}
        and head.lemma_.lower() not in _TIME_NOUNS_FR
        and head.text.lower() not in _TIME_NOUNS_FR
    )


def _head_outside(doc: Doc, start: int, end: int) -> Token | None:
    """The word the date hangs on, when the date's words hang on it as a noun's complement
    (the parse's "nmod")."""
    for token in doc:
        if start <= token.idx < end and token.dep_ == "nmod":
            head = token.head
            if not start <= head.idx < end:
                return head
    return None
