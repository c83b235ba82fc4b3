"""A small logistic model over the evidence (see `features`): weights and the decision
threshold are learned from labelled pairs (`python -m workbench.matching.train`) and shipped
as data, `weights.json`, with the matcher's version."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

import numpy as np

from workbench.matching.features import FEATURES

PENALTIES = (0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
"""The L2 penalties on the weights tried when fitting, a grid of factors of about 3; the one
used is chosen on events the fit did not see (see `evaluate.fit_pairs`): a few hundred pairs
do not support large weights, and how few is for the data to say. The grid reaches far
enough on both sides that the choice falls inside it (it began at 0.1, and 0.1, its edge,
was chosen; on the development pairs now 0.003 or 0.01)."""


NEVER_ONE = ("other figure", "news apart")
"""Evidence that two claims are not one claim, whatever else they share: their probability
is 0, and the fit leaves such pairs out (it never decides them).
- "other figure": a quantity both give whose values never meet ("five dead" / "four dead").
  The pair may still report one fact with another figure, which `matcher.decided` suggests
  as such. The pair sets' labelling rules say so (a checkable fact is its figure): none of
  the 76 same-claim pairs of `matching-dev` and `matching` gives it, one of the 55 of
  `matching-trials` does (31.5 billion / "about 30 billion", a judgement call of its labels).
- "news apart": two claims that give no date, from articles too far apart to tell one piece
  of news (`features._news_apart`). Two of those 76 pairs give it: a constitution's rule told
  again 15 and 17 days later ("Under the constitution, the parliament speaker is supposed to
  take over" / "Togo's constitution had called for the speaker of parliament to succeed"):
  a lasting state is no news of a day, which the rule cannot tell."""
_NEVER_AT = tuple(FEATURES.index(name) for name in NEVER_ONE)


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    """The probability at or above which a pair is suggested."""
    version: str
    trained_on: list[str] = field(default_factory=list)

    def probability(self, evidence: dict[str, float]) -> float:
        """The model's probability that the pair is one claim."""
        return 1 / (1 + math.exp(-self.logit(evidence)))

    def logit(self, evidence: dict[str, float]) -> float:
        return self.logit_of(tuple(evidence[name] for name in FEATURES))

    def logit_of(self, values: Sequence[float]) -> float:
        """`logit` of evidence given as values in the order of FEATURES: the same sum, term
        by term from 0, of the weighed ones; minus infinity for two claims that are never
        one (see NEVER_ONE)."""
        for index in _NEVER_AT:
            if values[index]:
                return -math.inf
        total: float = 0  # an int, as sum() starts: the same float after the first term
        for index, weight in self._weighed_at:
            total += weight * values[index]
        return self.bias + total

    def probability_of(self, values: Sequence[float]) -> float:
        """`probability` of evidence given as values (see `logit_of`)."""
        return 1 / (1 + math.exp(-self.logit_of(values)))

    @cached_property
    def _weighed_at(self) -> tuple[tuple[int, float], ...]:
        """`_weighed` by position in FEATURES."""
        return tuple((FEATURES.index(name), weight) for name, weight in self._weighed)

    def out_of_reach_of(self, values: Sequence[float]) -> bool:
        """`out_of_reach` of the evidence known for the first len(values) names of FEATURES,
        given as values: the same bound, term by term."""
        if any(values[index] for index in _NEVER_AT if index < len(values)):
            return True
        known, top = self._prefix_bounds[len(values)]
        for index, weight in known:
            top += weight * values[index]
        return top < self._threshold_logit - 1e-9

    @cached_property
    def _prefix_bounds(self) -> list[tuple[tuple[tuple[int, float], ...], float]]:
        """`_bound` of the first n names of FEATURES, by n, their weighed ones by position."""
        found = []
        for size in range(len(FEATURES) + 1):
            known, top = self._bound(frozenset(FEATURES[:size]))
            found.append((tuple((FEATURES.index(name), w) for name, w in known), top))
        return found

    @cached_property
    def _weighed(self) -> tuple[tuple[str, float], ...]:
        """The evidence whose weight is not 0, with its weight, in the order of FEATURES: a
        pair's logit and explanation read only these (the others add exactly 0)."""
        return tuple((name, self.weights[name]) for name in FEATURES if self.weights[name])

    def out_of_reach(self, partial: dict[str, float]) -> bool:
        """Whether a pair whose evidence is known only in part (`partial`, by name) stays
        below the threshold whatever the rest is: the logit of the known part plus, for each
        piece of evidence not known yet, the most it adds (its weight when that is above 0:
        every piece lies in [0, 1]), with a margin for rounding. Derived from the weights, so
        it holds for any refit. A pair known never to be one claim is out of reach."""
        if any(partial.get(name) for name in NEVER_ONE):
            return True
        known, top = self._bound(frozenset(partial))
        for name, weight in known:
            top += weight * partial[name]
        return top < self._threshold_logit - 1e-9

    def _bound(self, known: frozenset[str]) -> tuple[tuple[tuple[str, float], ...], float]:
        """For evidence known by these names: the weighed ones among them, and the bias plus
        the most the others can add (remembered: matching knows the same names each time)."""
        found = self._bounds.get(known)
        if found is None:
            found = self._bounds[known] = (
                tuple((name, weight) for name, weight in self._weighed if name in known),
                self.bias
                + sum(max(weight, 0.0) for name, weight in self._weighed if name not in known),
            )
        return found

    @cached_property
    def _bounds(self) -> dict[frozenset[str], tuple[tuple[tuple[str, float], ...], float]]:
        return {}

    @cached_property
    def _threshold_logit(self) -> float:
        """The threshold as a logit (a probability at or above it is suggested)."""
        if self.threshold <= 0.0:
            return -math.inf
        if self.threshold >= 1.0:
            return math.inf
        return math.log(self.threshold / (1 - self.threshold))

    def explain(self, evidence: dict[str, float]) -> dict[str, float]:
        """What each piece of evidence added to the logit, the ones that counted only."""
        return {
            name: round(weight * evidence[name], 3)
            for name, weight in self._weighed
            if evidence[name] and abs(weight * evidence[name]) >= 0.005
        }

    def to_json(self) -> dict:
        return {
            "version": self.version,
            "features": list(FEATURES),
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
            "trained_on": self.trained_on,
        }


def load() -> Model:
    """The shipped model."""
    data = json.loads(
        resources.files("workbench.matching").joinpath("weights.json").read_text("utf-8")
    )
    if list(data["features"]) != list(FEATURES):
        raise RuntimeError("weights.json was trained on other features: retrain the matcher")
    return Model(
        data["weights"], data["bias"], data["threshold"], data["version"], data["trained_on"]
    )


AGAINST = (
    "other figure",
    "figures apart",
    "other date",
    "other speaker",
    "stance apart",
    "news apart",
)
"""Evidence against a match: its weight is never above 0. Every other piece of evidence is for
one and its weight never below 0, so that an explanation never says "same day -0.90"."""


def _newton(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty (none on the bias, the last
    column)."""
    w = np.zeros(x.shape[1])
    penalties = np.full(x.shape[1], penalty)
    penalties[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalties * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalties + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit(
    rows: list[dict[str, float]],
    labels: list[bool],
    version: str,
    trained_on: list[str],
    penalty: float = 1.0,
) -> Model:
    """Logistic regression with an L2 penalty whose weights keep the sign of what their
    evidence means (see AGAINST): evidence whose weight comes out with the other sign is left
    out (weight 0) and the rest fitted again, until none does. The threshold keeps RECALL of
    the training pairs that are one claim (`evaluate.choose` reads it on held-out events
    instead). Pairs that are never one claim (NEVER_ONE) are left out: the model never
    decides them."""
    decided = [i for i, row in enumerate(rows) if not any(row[name] for name in NEVER_ONE)]
    rows, labels = [rows[i] for i in decided], [labels[i] for i in decided]
    x = np.array([[row[name] for name in FEATURES] for row in rows], dtype=float)
    x = np.hstack([x, np.ones((len(rows), 1))])
    y = np.array(labels, dtype=float)
    used = list(range(len(FEATURES)))
    while True:
        w = _newton(x[:, [*used, len(FEATURES)]], y, penalty)
        wrong = [
            column
            for column, value in zip(used, w[:-1], strict=True)
            if ((value > 0) if FEATURES[column] in AGAINST else (value < 0))
        ]
        if not wrong:
            break
        used = [column for column in used if column not in wrong]
    fitted = dict(zip((FEATURES[column] for column in used), w[:-1], strict=True))
    weights = {name: round(float(fitted.get(name, 0.0)), 4) for name in FEATURES}
    model = Model(weights, round(float(w[-1]), 4), 0.5, version, trained_on)
    scores = [model.probability(row) for row in rows]
    return Model(weights, model.bias, recall_threshold(scores, labels), version, trained_on)


RECALL = 0.8
"""The threshold keeps this share of the labelled training pairs that are one claim: the
operating point the matcher is judged at (precision at recall 0.8). The best F1 on the
training pairs, the rule before, cut at recall 0.95 once negatives of other events were
fitted on too, and let hundreds of claims of unrelated events through."""


def recall_threshold(scores: list[float], labels: list[bool], recall: float = RECALL) -> float:
    """The highest cut that keeps `recall` of the positives, halfway between the score that
    reaches it and the next lower one."""
    ranked = sorted(zip(scores, labels, strict=True), reverse=True)
    positives, found = sum(labels), 0
    for index, (score, label) in enumerate(ranked):
        found += label
        if index + 1 < len(ranked) and ranked[index + 1][0] == score:
            continue
        if positives and found >= recall * positives - 1e-9:
            following = ranked[index + 1][0] if index + 1 < len(ranked) else 0.0
            return round((score + following) / 2, 4)
    return 0.5
