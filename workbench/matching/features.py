"""The evidence a fact-checker weighs when asking "is this the same claim?", as numbers in
[0, 1] that the model weighs: shared content words (across languages through their senses),
names, figures with what they count, dates and speaker, for and against."""

from __future__ import annotations

from workbench.matching.names import matched
from workbench.matching.signature import Figure, Signature

ROUNDING = 0.01
"""Figures within 1% are one figure ("53.31 percent" and "53%")."""
ESTIMATE = 0.1
"""An approximate figure ("about", "more than") meets a value within 10%."""

FEATURES = (
    "shared words",
    "shared words across languages",
    "words in common",
    "shared names",
    "other names",
    "shared figure",
    "other figure",
    "shared date",
    "other date",
    "same speaker",
    "other speaker",
)


def _close(a: Figure, b: Figure) -> bool:
    high = max(abs(a.value), abs(b.value))
    if abs(a.value - b.value) <= max(1e-9, ROUNDING * high):
        return True
    if round(a.value) == round(b.value) and (a.value % 1 or b.value % 1):
        return True  # 53 and 53.31
    return (a.approximate or b.approximate) and abs(a.value - b.value) <= ESTIMATE * high


def _same_kind(a: Figure, b: Figure) -> bool:
    return a.quantity is not None and (a.quantity == b.quantity or bool(a.senses & b.senses))


def _figures(a: Signature, b: Signature) -> tuple[float, float]:
    """Whether a figure is given by both (what it counts not contradicting), and whether a
    quantity both give has values that never meet."""
    if not a.figures or not b.figures:
        return 0.0, 0.0
    shared = any(
        _close(x, y) and (x.quantity is None or y.quantity is None or _same_kind(x, y))
        for x in a.figures
        for y in b.figures
    )
    other = any(
        _same_kind(x, y)
        and not any(_close(x, z) for z in b.figures if _same_kind(x, z))
        and not any(_close(w, y) for w in a.figures if _same_kind(w, y))
        for x in a.figures
        for y in b.figures
    )
    return float(shared), float(other)


def _covered(a: Signature, b: Signature) -> int:
    """How many of a's content words have a sense among b's."""
    theirs = b.every_sense
    return sum(1 for meanings in a.senses if not meanings.isdisjoint(theirs))


def _dates(a: Signature, b: Signature) -> tuple[float, float]:
    if not a.dates or not b.dates:
        return 0.0, 0.0
    shared = any(x.startswith(y) or y.startswith(x) for x in a.dates for y in b.dates)
    return float(shared), float(not shared)


def features(a: Signature, b: Signature) -> dict[str, float]:
    """The evidence on a pair of claims, by name (see FEATURES)."""
    found = dict.fromkeys(FEATURES, 0.0)
    cross = a.language != b.language
    total = len(a.words) + len(b.words)
    if total:
        mine, theirs = _covered(a, b), _covered(b, a)
        share = (mine + theirs) / total
        found["shared words"] = share
        found["shared words across languages"] = share if cross else 0.0
        found["words in common"] = min(min(mine, theirs), 8) / 8
    if a.names and b.names:
        mine, theirs = matched(a.names, b.names), matched(b.names, a.names)
        found["shared names"] = (mine + theirs) / (len(a.names) + len(b.names))
        found["other names"] = float(mine < len(a.names) and theirs < len(b.names))
    found["shared figure"], found["other figure"] = _figures(a, b)
    found["shared date"], found["other date"] = _dates(a, b)
    if a.speaker and b.speaker:
        same = not a.speaker.isdisjoint(b.speaker) or matched(a.speaker_names, b.speaker_names) > 0
        found["same speaker" if same else "other speaker"] = 1.0
    return found
