"""Fit the matcher's weights and threshold on development pairs and write `weights.json`.

Run: python -m workbench.matching.train [DIR ...]   (default: fixtures/matching-dev and
fixtures/matching; each DIR holds claims.jsonl and pairs.jsonl). Prints the
leave-one-cluster-out scores of the same pairs, so a model is never shipped unchecked."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from workbench.matching.evaluate import choose, cross_validate, evaluate, load_pairs
from workbench.matching.model import fit

DEFAULT = ("fixtures/matching-dev", "fixtures/matching")
MAJOR = 2
"""The matcher's generation; the version adds a digest of the weights."""


def main(argv: list[str]) -> None:
    folders = [Path(f) for f in (argv or DEFAULT)]
    pairs = load_pairs([(f / "claims.jsonl", f / "pairs.jsonl") for f in folders])
    penalty, threshold = choose(pairs)
    fitted = replace(
        fit([p.evidence for p in pairs], [p.same for p in pairs], "", [], penalty),
        threshold=threshold,
    )
    digest = hashlib.sha256(
        json.dumps([fitted.weights, fitted.bias, fitted.threshold], sort_keys=True).encode()
    ).hexdigest()[:8]
    data = {
        **fitted.to_json(),
        "version": f"{MAJOR}.{digest}",
        "penalty": penalty,
        "trained_on": [str(f) for f in folders],
    }
    target = Path(__file__).with_name("weights.json")
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    labelled = sum(p.labelled for p in pairs)
    print(
        f"wrote {target} (version {data['version']}, {labelled} labelled pairs and "
        f"{len(pairs) - labelled} negatives drawn from other clusters, penalty {penalty})"
    )
    for name, result in (
        ("in-sample", evaluate(pairs, fitted)),
        ("leave-one-cluster-out", cross_validate(pairs)),
    ):
        for part in ("overall", "cross_language"):
            r = result[part]
            print(
                f"{name:22} {part:15} P@R0.8 {r['precision_at_recall_0.8']:.3f} "
                f"PR-AUC {r['pr_auc']:.3f} P {r['precision']:.3f} R {r['recall']:.3f}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
