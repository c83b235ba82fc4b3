"""Decide whether two claims are the same claim: the learned model weighs the evidence, and
the contribution of each piece of evidence is kept to explain a suggestion to an analyst."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from workbench.matching.features import (
    FEATURES,
    FIGURE_EVIDENCE,
    FIRST,
    features,
    first_evidence,
    first_values,
    last_evidence,
    last_values,
)
from workbench.matching.model import Model, load
from workbench.matching.sides import MATCH, OTHER_FIGURE
from workbench.matching.signature import Signature


@dataclass
class MatchScore:
    score: float
    """The model's probability that the two claims are the same claim."""
    same: bool
    signals: dict[str, float] = field(default_factory=dict)
    """What each piece of evidence added (log-odds), to explain a match to an analyst; kept
    for suggestions only."""


@lru_cache(maxsize=1)
def model() -> Model:
    return load()


def version() -> str:
    """The matcher's version: stored with every article it has matched."""
    return model().version


def compare(a: Signature, b: Signature, using: Model | None = None) -> MatchScore:
    used = using or model()
    evidence = features(a, b)
    probability = used.probability(evidence)
    same = probability >= used.threshold
    return MatchScore(round(probability, 4), same, used.explain(evidence) if same else {})


def suggested(a: Signature, b: Signature, using: Model | None = None) -> MatchScore | None:
    """`compare`'s answer for a pair it suggests, None for one it does not; the evidence on
    dates and speakers is not worked out for a pair that words, names and figures leave out
    of the model's reach (most of a claim's candidates: see `Model.out_of_reach`)."""
    used = using or model()
    first = first_evidence(a, b)
    if used.out_of_reach(first):
        return None
    evidence = dict.fromkeys(FEATURES, 0.0)
    evidence.update(first)
    evidence.update(last_evidence(a, b))
    probability = used.probability(evidence)
    if probability < used.threshold:
        return None
    return MatchScore(round(probability, 4), True, used.explain(evidence))


def decided(
    a: Signature, b: Signature, using: Model | None = None
) -> tuple[str, MatchScore] | None:
    """What the matcher suggests for a pair: a match (exactly `suggested`'s answer), or, for
    a pair it does not suggest, "same fact, other figure", or nothing.

    The one rule of the second kind: the two claims give a quantity whose values never
    meet ("other figure": 37 miners and 38 miners), and the same model, its weights and its
    threshold untouched, suggests them as one claim once the evidence on figures is left out
    (`FIGURE_EVIDENCE` counted as 0: words, names, dates and speaker alone). A different
    figure is evidence of a different claim, so such a pair is never a match; but when the
    rest says one fact, the disagreement between the two reports is what a fact-checker wants
    to see. Its score is the model's probability on that evidence. Figures of facts whose
    dates never meet ("in October 2018, when 15 people died" against this week's eight dead)
    are two facts, no disagreement, as within an article."""
    used = using or model()
    first = first_values(a, b)
    values: tuple[float, ...] | None = None
    if not used.out_of_reach_of(first):
        values = first + last_values(a, b)
        probability = used.probability_of(values)
        if probability >= used.threshold:
            evidence = dict(zip(FEATURES, values, strict=True))
            return MATCH, MatchScore(round(probability, 4), True, used.explain(evidence))
    if not first[_OTHER_FIGURE]:
        return None
    figureless = first[:_FIGURES] + (0.0,) * len(FIGURE_EVIDENCE)
    if used.out_of_reach_of(figureless):
        return None
    values = figureless + (values or first + last_values(a, b))[len(figureless) :]
    if values[_OTHER_DATE]:
        return None  # two tolls of facts on days that never meet are two facts
    probability = used.probability_of(values)
    if probability < used.threshold:
        return None
    evidence = dict(zip(FEATURES, values, strict=True))
    return OTHER_FIGURE, MatchScore(round(probability, 4), False, used.explain(evidence))


_FIGURES = FEATURES.index(FIGURE_EVIDENCE[0])
"""Where the evidence on figures begins among FEATURES (it ends the first evidence)."""
_OTHER_FIGURE = FEATURES.index("other figure")
_OTHER_DATE = FEATURES.index("other date")
assert FEATURES[_FIGURES : _FIGURES + len(FIGURE_EVIDENCE)] == FIGURE_EVIDENCE == FIRST[_FIGURES:]
