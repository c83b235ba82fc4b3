"""Matching speed: one new article's claims against 100k stored claims (goal < 200 ms), with
the time to store the same article without matching, measured in the same run.

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

    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "matching.db", "bench")
        started = time.perf_counter()
        for number in range(args.claims // 20):
            text, extraction = news_article(number)
            article_id = store.ingest(text, extraction, title=f"Dépêche {number}").article_id
        print(
            f"stored {store.count_claims():,} claims in {time.perf_counter() - started:.0f} s "
            f"({store.db['claim_matches'].count:,} matches suggested on the way)"
        )
        timings = []
        for number in range(10):
            text, extraction = news_article(10_000_000 + number)
            article_id = store.ingest(text, extraction, title="new").article_id
            started = time.perf_counter()
            store.find_matches(article_id)
            timings.append((time.perf_counter() - started) * 1000)
        print(
            f"match one new 20-claim article: median {statistics.median(timings):.0f} ms, "
            f"worst {max(timings):.0f} ms (goal < 200 ms)"
        )
        store.close()


if __name__ == "__main__":
    main()
