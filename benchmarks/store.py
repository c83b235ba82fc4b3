"""Store speed: searching and filtering 100k claims; ingesting 1,000 articles against bare
parsing of the same text in the same run.

Run: python benchmarks/store.py [--claims 100000] [--articles 1000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import fill  # noqa: E402


def best_ms(call, repeat: int = 7) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=1_000)
    args = parser.parse_args()

    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db", "bench")
        started = time.perf_counter()
        fill(store, args.claims)
        print(f"filled {store.count_claims():,} claims in {time.perf_counter() - started:.1f} s")
        queries = {
            "claims --search drones (first 200)": lambda: store.claims(search="drones", limit=200),
            "claims --search 'porte-parole 7' (first 200)": lambda: store.claims(
                search="porte-parole 7", limit=200
            ),
            "claims --status checked (first 200)": lambda: store.claims(
                status="checked", limit=200
            ),
            "count --status new": lambda: store.count_claims(status="new"),
            "claims of one article": lambda: store.claims(article_id=1234),
        }
        for name, call in queries.items():
            print(f"{name:46} {best_ms(call):7.1f} ms  (goal < 50 ms)")
        store.close()

    ingest_benchmark(args.articles)


def ingest_benchmark(count: int) -> None:
    from workbench.extract import extract_many
    from workbench.extract.nlp import french
    from workbench.extract.segment import sentences
    from workbench.store import Store

    base = (ROOT / "fixtures" / "voa60-afrique-2021-12-10-fr.txt").read_text(encoding="utf-8")
    texts = [f"Dépêche {i}.\n\n{base}" for i in range(count)]
    nlp = french()
    nlp("Préchauffage.")
    started = time.perf_counter()
    for _ in nlp.pipe((t[s.start : s.end] for t in texts for s in sentences(t)), batch_size=128):
        pass
    bare = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "ingest.db", "bench")
        started = time.perf_counter()
        published = date(2021, 12, 10)
        for text, extraction in zip(
            texts, extract_many((t, "fr", published) for t in texts), strict=True
        ):
            store.ingest(text, extraction)
        full = time.perf_counter() - started
        stored = store.count_claims()
        store.close()
    words = sum(len(t.split()) for t in texts)
    print(
        f"ingest {count} articles ({words:,} words): bare parse {bare:.1f} s, "
        f"extract + store {full:.1f} s, ratio {full / bare:.2f}x, {stored:,} claims"
    )


if __name__ == "__main__":
    main()
