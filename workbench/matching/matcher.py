"""Decide whether two claims are the same claim: the learned model weighs the evidence, and
the contribution of each piece of evidence is kept to explain a suggestion to an analyst."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from workbench.matching.features import FEATURES, features, first_evidence, last_evidence
from workbench.matching.model import Model, load
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
