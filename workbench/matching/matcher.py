"""Decide whether two claims are the same claim: shared figures, dates and speaker are strong
evidence; a different figure for the same quantity, another speaker or another date are
strong evidence against; shared content concepts carry the rest."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.matching.signature import Signature

THRESHOLD = 1.0
"""Scores at or above this are the same claim."""

WEIGHTS = {
    "shared words": 2.2,  # times the Dice overlap of content concepts
    "shared figures": 1.0,  # times the share of figures found on both sides
    "shared date": 0.4,
    "same speaker": 0.5,
    "different figures": -1.2,
    "different dates": -0.4,
    "different speaker": -0.6,
    "different names": -0.6,  # each names someone or somewhere the other does not
}


@dataclass
class MatchScore:
    score: float
    signals: dict[str, float] = field(default_factory=dict)
    """The contribution of each piece of evidence, to explain a match to an analyst."""

    @property
    def same(self) -> bool:
        return self.score >= THRESHOLD


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _figure_evidence(a: Signature, b: Signature) -> tuple[float, bool]:
    """The share of figures both claims give, and whether they give different values for the
    same quantity (or share no figure at all while both give some)."""
    if not a.figures or not b.figures:
        return 0.0, False
    shared = sum(any(_same_value(va, vb) for vb, _ in b.figures) for va, _ in a.figures)
    conflict = (
        any(
            ka and ka == kb and not any(_same_value(va, vx) for vx, _ in b.figures)
            for va, ka in a.figures
            for vb, kb in b.figures
        )
        or shared == 0
    )
    return shared / max(len(a.figures), len(b.figures)), conflict


def _dates_evidence(a: Signature, b: Signature) -> tuple[bool, bool]:
    if not a.dates or not b.dates:
        return False, False
    shared = any(x.startswith(y) or y.startswith(x) for x in a.dates for y in b.dates)
    return shared, not shared


def compare(a: Signature, b: Signature) -> MatchScore:
    signals: dict[str, float] = {}
    union = len(a.words) + len(b.words)
    if union:
        signals["shared words"] = WEIGHTS["shared words"] * 2 * len(a.words & b.words) / union
    share, conflict = _figure_evidence(a, b)
    if share:
        signals["shared figures"] = WEIGHTS["shared figures"] * share
    if conflict:
        signals["different figures"] = WEIGHTS["different figures"]
    shared_date, other_date = _dates_evidence(a, b)
    if shared_date:
        signals["shared date"] = WEIGHTS["shared date"]
    if other_date:
        signals["different dates"] = WEIGHTS["different dates"]
    if a.names - b.names and b.names - a.names:
        signals["different names"] = WEIGHTS["different names"]
    if a.speaker and b.speaker:
        key = "same speaker" if a.speaker & b.speaker else "different speaker"
        signals[key] = WEIGHTS[key]
    return MatchScore(round(sum(signals.values()), 3), signals)
