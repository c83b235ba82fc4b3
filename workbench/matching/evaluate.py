"""Score the matcher on a gold set of claim pairs (same / different), overall and for pairs in
two languages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workbench.matching.matcher import compare
from workbench.matching.signature import Signature, signature, text_signature


def signature_from_text(text: str, language: str, published: date) -> Signature:
    """A signature for a bare claim text, with the extractor's own figures, dates, speaker."""
    from workbench.extract import extract

    claims = extract(text, language, published).claims
    if claims:
        claim = claims[0].to_dict()
        return signature(text, claim["numbers"], claim["dates"], claim["speaker"])
    return text_signature(text, language, published)


@dataclass
class PairCounts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    pairs: int = 0

    def add(self, same: bool, decided: bool) -> None:
        self.pairs += 1
        if decided and same:
            self.true_positive += 1
        elif decided:
            self.false_positive += 1
        elif same:
            self.false_negative += 1

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def evaluate_pairs(claims_path: Path, pairs_path: Path) -> dict:
    claims = {c["id"]: c for c in load_jsonl(claims_path)}
    signatures = {
        key: signature_from_text(
            c["text"], c["language"], date.fromisoformat(c["publication_date"])
        )
        for key, c in claims.items()
    }
    overall, cross = PairCounts(), PairCounts()
    decisions = []
    for pair in load_jsonl(pairs_path):
        result = compare(signatures[pair["a"]], signatures[pair["b"]])
        overall.add(pair["same"], result.same)
        if claims[pair["a"]]["language"] != claims[pair["b"]]["language"]:
            cross.add(pair["same"], result.same)
        decisions.append(
            {**pair, "decided": result.same, "score": result.score, "signals": result.signals}
        )
    return {"overall": overall, "cross_language": cross, "decisions": decisions}
