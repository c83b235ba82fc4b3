"""Figures and dates of a piece of text together: a figure inside a date ("19" in "19
novembre") is part of the date, not a figure of its own."""

from __future__ import annotations

from datetime import date

from workbench.extract.dates import find_dates
from workbench.extract.numbers import find_numbers
from workbench.extract.types import DateMention, NumberMention


def figures_and_dates(
    text: str, published: date, language: str, future: bool = False
) -> tuple[list[NumberMention], list[DateMention]]:
    dates = find_dates(text, published, language, future=future)
    numbers = [
        n
        for n in find_numbers(text, language)
        if not any(d.start < n.end and n.start < d.end for d in dates)
    ]
    return numbers, dates
