"""Figures and dates of a piece of text together: a figure inside a date ("19" in "19
novembre") is part of the date, not a figure of its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from workbench.extract.dates import dates_and_times
from workbench.extract.named_dates import mark_named
from workbench.extract.numbers import find_numbers
from workbench.extract.tense import Direction, EnglishVerbs, french_direction
from workbench.extract.types import DateMention, NumberMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def figures_and_dates(
    text: str,
    published: date,
    language: str,
    future: bool = False,
    doc: Doc | None = None,
    context: date | None = None,
    carried: str | None = None,
) -> tuple[list[NumberMention], list[DateMention]]:
    """`doc` is the parse of `text` (French): a relative date takes the tense of the verb it
    depends on there; English reads it from the words, and a date whose verb is one of
    saying ("officials said on Thursday") is marked as the day of the statement; `future` is
    the fallback; a date that names a thing ("Sunday's vote") is marked so (`named_dates`).
    `context`: the latest day the previous sentence named ("Le lendemain" counts from it);
    `carried`: what the previous sentence counted (`numbers.counted`)."""
    tense: Direction | None = None
    said: Callable[[int, int], bool] | None = None
    if doc is not None:
        tense = french_direction(doc)
    elif language == "en":
        verbs = EnglishVerbs(text)
        tense, said = verbs.direction, verbs.said
    dates, times = dates_and_times(
        text, published, language, future=future, tense=tense, context=context, said=said
    )
    dates = mark_named(dates, text, language, doc)
    spans = [(d.start, d.end) for d in dates] + times  # "vers 21 heures": no figure either
    numbers = [
        n
        for n in find_numbers(text, language, carried)
        if not any(s < n.end and n.start < e for s, e in spans)
    ]
    return numbers, dates
