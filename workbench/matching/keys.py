"""Index keys of a claim: the figures, months, names and word senses it shares with the
claims worth comparing it to. Candidates are the claims sharing the most uncommon keys,
weighted by how rare each key is (an inverse document frequency, as BM25 weighs terms)."""

from __future__ import annotations

import math

from workbench.matching.names import skeleton
from workbench.matching.signature import Signature

VERSION = 13
"""Bumped when keys, or what the evidence reads of a stored claim, change: articles indexed
with another version are indexed and matched again (4: a
figure's fate is no longer read in another figure's clause, "Trois personnes sont mortes et
vingt-sept ont été contaminées", so the stored figures' quantities are read again; 5: a
French plural the stemmer leaves longer than its singular's stem has its dictionary senses,
"passagers" meets "passengers"; 6: a count of a kind of person meets a count of people,
"twelve passengers died" and "douze personnes ont été tuées"; 7: hours and minutes are
durations, "36 heures" is "a day and a half"; 8: a conjunct without a verb shares the
fate of the clause before it, "Four people were killed in Kharkiv and two in Odesa"; 9: the
words of an estimate are no content words, "près de 80 %" no longer meets "closed"; 10: a
count said by its order of size, "thousands of people", is no figure to match; 11: two
shares are one quantity only when the words around them meet, and estimates differ as the
matcher reads them; 12: a figure is also a key by its first two digits, "about 1,200" and
1,150, and a French unit's plural meets its singular's senses, "emplois" is "job"; 13: an English unit is named by its last word,
"co-defendants" counts defendants)."""
COMMON = 150
"""A key held by more claims than this does not tell claims apart and is not looked up."""


def keys(sig: Signature) -> set[str]:
    """A figure's value ("f:6", and "f:53" for 53.31), the month of each date, each name by
    its consonant skeleton, each content word by its senses (so French and English meet)."""
    found = set()
    for figure in sig.figures:
        found.add(f"f:{figure.value:g}")
        found.add(f"f:{round(figure.value):g}")
        found.add(f"f:{two_digits(figure.value):g}")
    found |= {f"d:{iso[:7]}" for iso in sig.dates}
    found |= {f"n:{skeleton(name)}" for name in sig.names if len(name) > 2}
    found |= {f"w:{sense}" for meanings in sig.senses for sense in meanings}
    return found


def two_digits(value: float) -> float:
    """A value to its first two digits, halves rounded up: where an estimate and the exact
    figure it rounds meet ("about 1,200" and 1,150; see `features.one_value`)."""
    if not value:
        return 0.0
    step = 10.0 ** (math.floor(math.log10(abs(value))) - 1)
    return math.copysign(math.floor(abs(value) / step + 0.5) * step, value)


def weight(holders: int) -> float:
    """How much sharing a key held by `holders` claims says."""
    return math.log(1 + COMMON / max(1, holders))
