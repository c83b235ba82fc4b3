"""Matching speed: storing claims with matching on (goal < 1 ms a claim), then one new
20-claim article's matching against the stored claims (goal < 200 ms), with the time to store
the same article without matching measured in the same run as the baseline.

Claims are stored through the write path `workbench ingest` uses: each article's claims are
prepared for matching as an extraction worker prepares them (`matching/prepare.py`, timed
apart: on a pool or a cluster it runs beside the parse, not in the writer), then the one
writer (`StoreWriter.put`) stores, indexes and matches them. Processor time is given with
wall-clock time, since a shared machine stretches the latter.

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

    from workbench.ingest import StoreWriter
    from workbench.ingest.sources import Job
    from workbench.matching import suggest
    from workbench.matching.prepare import prepare_article
    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "matching.db", "bench")
        writer = StoreWriter.on(store)
        preparing = writing = wall = 0.0
        for number in range(args.claims // 20):
            text, extraction = news_article(number)
            job = Job(f"{number}", text, f"Dépêche {number}", None, None, "fr", None, 0)
            cpu = time.process_time()
            prepared = prepare_article(
                [claim.to_dict() for claim in extraction.claims], extraction.language
            )
            preparing += time.process_time() - cpu
            cpu, started = time.process_time(), time.perf_counter()
            writer.put(job, extraction, prepared)
            writing += time.process_time() - cpu
            wall += time.perf_counter() - started
        claims = store.count_claims()
        print(
            f"stored {claims:,} claims with matching on: the writer {writing / claims * 1000:.2f} "
            f"ms a claim of processor time (goal < 1 ms), {wall / claims * 1000:.2f} ms wall; "
            f"preparing them (in the workers) {preparing / claims * 1000:.2f} ms a claim; "
            f"{store.db['claim_matches'].count:,} matches suggested on the way"
        )
        matching, storing, matching_cpu = [], [], []
        resume = suggest.resume
        for number in range(10):
            text, extraction = news_article(10_000_000 + number)
            suggest.resume = lambda store, prepared=None: []  # store only: the baseline
            try:
                started = time.perf_counter()
                article_id = store.ingest(text, extraction, title="new").article_id
                storing.append((time.perf_counter() - started) * 1000)
            finally:
                suggest.resume = resume
            cpu, started = time.process_time(), time.perf_counter()
            store.find_matches(article_id)
            matching.append((time.perf_counter() - started) * 1000)
            matching_cpu.append((time.process_time() - cpu) * 1000)
        print(
            f"match one new 20-claim article: median {statistics.median(matching):.0f} ms, "
            f"worst {max(matching):.0f} ms (goal < 200 ms); processor time median "
            f"{statistics.median(matching_cpu):.0f} ms, worst {max(matching_cpu):.0f} ms; "
            f"storing it without matching: median {statistics.median(storing):.0f} ms"
        )
        store.close()


if __name__ == "__main__":
    main()
