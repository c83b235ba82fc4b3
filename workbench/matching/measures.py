"""Measures: figures that state how much of something (a share, a duration or age, a sum of
money, a size) rather than how many of it. Many measures of one kind, each of another thing,
are stated in any article, and a measure never counts the same as a number of people."""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.lexicon import MEASURE_WORDS
from workbench.matching.currencies import currency_words
from workbench.matching.words import fold, stem

MEASURES = frozenset(MEASURE_WORDS)


def is_measure(quantity: str, label: str) -> bool:
    """A share, a duration or age, a sum of money or a size, by its unit as written."""
    if quantity == "percent":
        return True
    words = fold(label or "").split()
    return bool(words) and (words[0] in MEASURES or words[0] in currency_words())


@lru_cache(maxsize=1)
def measure_stems() -> frozenset[str]:
    """The measure words as the matcher's signatures keep a unit: stemmed in either
    language."""
    every = [*MEASURE_WORDS, *currency_words()]
    return frozenset(stem(fold(w), language) for w in every for language in ("fr", "en"))
