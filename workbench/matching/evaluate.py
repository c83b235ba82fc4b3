"""Score the matcher on gold sets of claim pairs (same / different): precision and recall at
the model's threshold, precision at recall 0.8 and the area under the precision-recall curve,
overall and for pairs in two languages; and the same leave-one-cluster-out, the model refitted
without the event it is scored on (a claim's cluster is the first part of its id).

Besides the labelled pairs, the model learns from the pairs it will mostly meet once
deployed: claims of other events that retrieval brings as candidates. By the pair sets' own
rule two claims of different clusters are different claims, so each claim's CANDIDATES
closest claims of other clusters (by the index keys they share, weighted as retrieval
weighs them) are negatives to fit on. They are never scored: the figures are the labelled
pairs'."""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from workbench.matching import keys as keyspace
from workbench.matching.features import features
from workbench.matching.matcher import model
from workbench.matching.model import PENALTIES, RECALL, Model, fit, recall_threshold
from workbench.matching.signature import Signature, signature, text_signature


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def signature_from_text(text: str, language: str, published: date) -> Signature:
    """A signature for a bare claim text, with the extractor's own figures, dates, speaker
    (the first speaker of its clauses)."""
    from workbench.extract import extract

    claims = [claim.to_dict() for claim in extract(text, language, published).claims]
    if not claims:
        return text_signature(text, language, published, dated=True)
    # A pair's text may hold several clauses: its figures and dates are those of all of them.
    numbers = {(n["start"], n["end"]): n for claim in claims for n in claim["numbers"]}
    dates = {(d["start"], d["end"]): d for claim in claims for d in claim["dates"]}
    speaker = next((claim["speaker"] for claim in claims if claim["speaker"]), None)
    return signature(
        text,
        list(numbers.values()),
        list(dates.values()),
        speaker,
        language,
        published.isoformat(),
    )


def cluster(claim_id: str) -> str:
    return claim_id.split("-", 1)[0]


@dataclass
class Pair:
    a: str
    b: str
    same: bool
    cross: bool
    evidence: dict[str, float]
    source: str
    """The pair file it came from."""
    labelled: bool = True
    """False for a negative drawn from two clusters (fitted on, never scored)."""


def load_pairs(sets: list[tuple[Path, Path]]) -> list[Pair]:
    """Every pair of the given (claims, pairs) files with its evidence, then the negatives
    drawn from each claims file (`labelled` False)."""
    pairs: list[Pair] = []
    drawn: list[Pair] = []
    for claims_path, pairs_path in sets:
        claims = {c["id"]: c for c in load_jsonl(claims_path)}
        signatures = {
            key: signature_from_text(
                c["text"], c["language"], date.fromisoformat(c["publication_date"])
            )
            for key, c in claims.items()
        }
        rows = load_jsonl(pairs_path)
        for row in rows:
            a, b = signatures[row["a"]], signatures[row["b"]]
            pairs.append(
                Pair(
                    row["a"],
                    row["b"],
                    bool(row["same"]),
                    claims[row["a"]]["language"] != claims[row["b"]]["language"],
                    features(a, b),
                    str(pairs_path),
                )
            )
        known = {frozenset((row["a"], row["b"])) for row in rows}
        for first, second in other_events(signatures):
            if frozenset((first, second)) not in known:
                drawn.append(
                    Pair(
                        first,
                        second,
                        False,
                        claims[first]["language"] != claims[second]["language"],
                        features(signatures[first], signatures[second]),
                        str(claims_path),
                        labelled=False,
                    )
                )
    return pairs + drawn


def other_events(signatures: dict[str, Signature]) -> list[tuple[str, str]]:
    """For each claim, the CANDIDATES claims of other clusters sharing the most of its index
    keys, each key weighted by its rarity among these claims (as retrieval weighs them);
    each pair once."""
    from workbench.matching.suggest import CANDIDATES

    keys = {claim_id: keyspace.keys(sig) for claim_id, sig in signatures.items()}
    holders: dict[str, list[str]] = defaultdict(list)
    for claim_id, found in keys.items():
        for key in found:
            holders[key].append(claim_id)
    seen: set[frozenset[str]] = set()
    drawn = []
    for claim_id in sorted(keys):
        shared: dict[str, float] = defaultdict(float)
        for key in keys[claim_id]:
            if len(holders[key]) > keyspace.COMMON:
                continue
            for other in holders[key]:
                if cluster(other) != cluster(claim_id):
                    shared[other] += keyspace.weight(len(holders[key]))
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:CANDIDATES]
        for other, _ in ranked:
            pair = frozenset((claim_id, other))
            if pair not in seen:
                seen.add(pair)
                drawn.append((claim_id, other))
    return drawn


def precision_at_recall(scores: list[float], labels: list[bool], recall: float) -> float:
    """The best precision at any cut that finds at least `recall` of the positives."""
    ranked = sorted(zip(scores, labels, strict=True), reverse=True)
    positives, found, best = sum(labels), 0, 0.0
    for index, (score, label) in enumerate(ranked):
        found += label
        if index + 1 < len(ranked) and ranked[index + 1][0] == score:
            continue
        if positives and found / positives >= recall - 1e-9:
            best = max(best, found / (index + 1))
    return best


def average_precision(scores: list[float], labels: list[bool]) -> float:
    """The area under the precision-recall curve, as average precision."""
    ranked = sorted(zip(scores, labels, strict=True), reverse=True)
    positives, found, area, index = sum(labels), 0, 0.0, 0
    while index < len(ranked):
        tied = [label for score, label in ranked if score == ranked[index][0]]
        found_before = found
        found += sum(tied)
        index += len(tied)
        area += (found - found_before) / positives * (found / index) if positives else 0.0
    return area


def summary(pairs: list[Pair], scores: list[float], decided: list[bool]) -> dict:
    """Counts and scores of a set of pairs."""
    labels = [p.same for p in pairs]
    hits = sum(d and s for d, s in zip(decided, labels, strict=True))
    return {
        "pairs": len(pairs),
        "positives": sum(labels),
        "precision": hits / sum(decided) if sum(decided) else 1.0,
        "recall": hits / sum(labels) if sum(labels) else 1.0,
        "precision_at_recall_0.8": precision_at_recall(scores, labels, RECALL),
        "pr_auc": average_precision(scores, labels),
    }


def _report(pairs: list[Pair], scores: list[float], decided: list[bool]) -> dict:
    cross = [i for i, p in enumerate(pairs) if p.cross]
    return {
        "overall": summary(pairs, scores, decided),
        "cross_language": summary(
            [pairs[i] for i in cross], [scores[i] for i in cross], [decided[i] for i in cross]
        ),
        "decisions": [
            {"a": p.a, "b": p.b, "same": p.same, "score": round(s, 4), "decided": d}
            for p, s, d in zip(pairs, scores, decided, strict=True)
        ],
    }


def evaluate(pairs: list[Pair], using: Model | None = None) -> dict:
    """The shipped (or given) model on these pairs (the labelled ones)."""
    used = using or model()
    pairs = [p for p in pairs if p.labelled]
    scores = [used.probability(p.evidence) for p in pairs]
    return {
        "model": used.version,
        **_report(pairs, scores, [s >= used.threshold for s in scores]),
    }


def _folds(pairs: list[Pair], every: bool = False) -> list[tuple[str, list[Pair], list[int]]]:
    """Leave one cluster out: each event, the pairs that touch no claim of it (to fit on),
    and the indexes of the labelled pairs (`every` pair) whose first claim belongs to it (to
    score)."""
    folds = []
    for held in sorted({cluster(p.a) for p in pairs if p.labelled}):
        train = [p for p in pairs if held not in (cluster(p.a), cluster(p.b))]
        scored = [i for i, p in enumerate(pairs) if cluster(p.a) == held and (every or p.labelled)]
        folds.append((held, train, scored))
    return folds


def _fits(train: list[Pair]) -> bool:
    return any(p.same for p in train) and not all(p.same for p in train)


def choose_penalty(pairs: list[Pair]) -> float:
    """The L2 penalty whose models score best on events they did not see (see `choose`)."""
    return choose(pairs)[0]


TIE = 1e-6
"""Average precisions closer than this are one score: below it the penalties differ only in
the fit's rounding (at the smallest penalties the models no longer change), and the stronger
penalty is kept. One pair ranked differently moves it by about 1e-4."""


def choose(pairs: list[Pair]) -> tuple[float, float]:
    """The L2 penalty whose models score best on events they did not see: leave one cluster
    out within these pairs, average precision of the pooled held-out scores (of every pair,
    the drawn negatives too); ties go to the stronger penalty. And the threshold: the cut at
    which those models, on the events they did not see, find RECALL of the labelled pairs
    that are one claim (a cut read on the training pairs themselves lets more through on new
    events)."""
    labels = [p.same for p in pairs]
    best, chosen, chosen_scores = -1.0, max(PENALTIES), [0.0] * len(pairs)
    for penalty in sorted(PENALTIES, reverse=True):
        scores = [0.0] * len(pairs)
        for _, train, scored in _folds(pairs, every=True):
            if not _fits(train):
                continue
            fitted = fit([p.evidence for p in train], [p.same for p in train], "", [], penalty)
            for index in scored:
                scores[index] = fitted.logit(pairs[index].evidence)
        found = average_precision(scores, labels)
        if found > best + TIE:
            best, chosen, chosen_scores = found, penalty, scores
    labelled = [i for i, p in enumerate(pairs) if p.labelled]
    threshold = recall_threshold(
        [1 / (1 + math.exp(-chosen_scores[i])) for i in labelled], [labels[i] for i in labelled]
    )
    return chosen, threshold


def fit_pairs(pairs: list[Pair], version: str, trained_on: list[str]) -> Model:
    """The model fitted on these pairs, its penalty and threshold chosen on their held-out
    clusters."""
    penalty, threshold = choose(pairs)
    fitted = fit([p.evidence for p in pairs], [p.same for p in pairs], version, trained_on, penalty)
    return replace(fitted, threshold=threshold)


def cross_validate(pairs: list[Pair]) -> dict:
    """Leave one cluster out: for each event, fit on the pairs that touch no claim of it
    (choosing the penalty within them, leaving out one of their clusters at a time) and score
    the labelled pairs whose first claim belongs to it."""
    scores: list[float] = [0.0] * len(pairs)
    decided: list[bool] = [False] * len(pairs)
    clusters = []
    for held, train, scored in _folds(pairs):
        clusters.append(held)
        if not _fits(train):
            raise ValueError(f"leaving out {held} leaves no positive or no negative pair")
        fitted = fit_pairs(train, "cv", [])
        for index in scored:
            scores[index] = fitted.probability(pairs[index].evidence)
            decided[index] = scores[index] >= fitted.threshold
    kept = [i for i, p in enumerate(pairs) if p.labelled]
    return {
        "clusters": clusters,
        **_report([pairs[i] for i in kept], [scores[i] for i in kept], [decided[i] for i in kept]),
    }


def held_aside(pairs: list[Pair], clusters: set[str]) -> dict:
    """The tuning protocol, reproducible: leave-one-cluster-out on the pairs that touch none
    of the held-aside `clusters` (what a rule is tuned on), and the held-aside pairs scored,
    as summary figures only, by the model fitted on those tuning pairs."""
    touches = [cluster(p.a) in clusters or cluster(p.b) in clusters for p in pairs]
    tuning = [p for p, held in zip(pairs, touches, strict=True) if not held]
    aside = [p for p, held in zip(pairs, touches, strict=True) if held and p.labelled]
    if not aside:
        raise ValueError(f"no labelled pair touches {', '.join(sorted(clusters))}")
    fitted = fit_pairs(tuning, "tuning", [])
    scores = [fitted.probability(p.evidence) for p in aside]
    tuned = cross_validate(tuning)
    return {
        "held_aside": sorted(clusters),
        "tuning": {k: tuned[k] for k in ("clusters", "overall", "cross_language")},
        "aside": {
            "overall": summary(aside, scores, [s >= fitted.threshold for s in scores]),
            "cross_language": summary(
                [p for p in aside if p.cross],
                [s for p, s in zip(aside, scores, strict=True) if p.cross],
                [s >= fitted.threshold for p, s in zip(aside, scores, strict=True) if p.cross],
            ),
        },
    }
