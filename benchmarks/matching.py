"""Matching speed: storing claims with matching on (goal < 1 ms a claim), then one new
20-claim article's matching against the stored claims (goal < 200 ms), with the time to store
the same article without matching measured in the same run as the baseline.

Run: python benchmarks/matching.py [--claims 100000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import news_article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()

    from workbench.matching import suggest
    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "matching.db", "bench")
        started = time.perf_counter()
        for number in range(args.claims // 20):
            text, extraction = news_article(number)
            store.ingest(text, extraction, title=f"Dépêche {number}")
        elapsed = time.perf_counter() - started
        print(
            f"stored {store.count_claims():,} claims with matching on in {elapsed:.0f} s: "
            f"{elapsed / store.count_claims() * 1000:.2f} ms a claim (goal < 1 ms); "
            f"{store.db['claim_matches'].count:,} matches suggested on the way"
        )
        matching, storing = [], []
        resume = suggest.resume
        for number in range(10):
            text, extraction = news_article(10_000_000 + number)
            suggest.resume = lambda store: []  # store only: the baseline
            try:
                started = time.perf_counter()
                article_id = store.ingest(text, extraction, title="new").article_id
                storing.append((time.perf_counter() - started) * 1000)
            finally:
                suggest.resume = resume
            started = time.perf_counter()
            store.find_matches(article_id)
            matching.append((time.perf_counter() - started) * 1000)
        print(
            f"match one new 20-claim article: median {statistics.median(matching):.0f} ms, "
            f"worst {max(matching):.0f} ms (goal < 200 ms); storing it without matching: "
            f"median {statistics.median(storing):.0f} ms"
        )
        store.close()


if __name__ == "__main__":
    main()
