"""Ingest speed at scale: the same ~1,000 varied articles ingested with 1 worker, with every
core (a process pool), and on a local Dask cluster of 2 worker processes, in the same run.

The articles are built from the development articles in fixtures/: each takes paragraphs from
several articles of one language, some with their sentences shuffled, with figures changed
and the people named swapped for others of the same language, so no two are alike and the
parser sees varied text (not one article repeated).

Each configuration runs in its own process, from a cold start (model loads included), into a
fresh database. Peak memory is the largest resident set of the writer process and of any
single worker process; CPU seconds are the writer's and its workers' (user + system). On a
shared machine with autogroup scheduling, the processes of one run share one CPU share, so
contention hides the speed-up: read the load averages printed before and after.

Run: nice python benchmarks/ingest.py [--articles 1000] [--workers N] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _fixtures() -> dict[str, list[tuple[str, list[str]]]]:
    """Per language: (text, people named as speakers in its gold file) of each fixture."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        text = (FIXTURES / gold["article"]).read_text("utf-8")
        people = sorted(
            {
                c["speaker"]
                for c in gold["claims"]
                if c.get("speaker")
                and len(c["speaker"].split()) >= 2
                and all(w[:1].isupper() for w in c["speaker"].split())
                and c["speaker"] in text
            }
        )
        found.setdefault(gold["language"], []).append((text, people))
    return found


_SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])")
_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_FIGURE = re.compile(rf"(?<![\w.,-])(\d{{1,3}})(?![\w])(?![,.]\d)(?!\s+(?:{_MONTHS}))")


def _vary_figures(paragraph: str, rng: random.Random) -> str:
    """Change small figures (not years, not four digits) by a random factor."""
    return _FIGURE.sub(
        lambda m: str(max(1, round(int(m.group(1)) * rng.uniform(0.5, 2.5)))), paragraph
    )


def build_articles(count: int, seed: int) -> list[tuple[str, str]]:
    """`count` (language, text) articles, each recombined from one language's fixtures."""
    rng = random.Random(seed)
    pools = _fixtures()
    people = {
        lang: sorted({p for _, names in items for p in names}) for lang, items in pools.items()
    }
    paragraphs = {
        lang: [
            (p, names) for text, names in items for p in text.split("\n\n") if len(p.split()) >= 8
        ]
        for lang, items in pools.items()
    }
    languages = sorted(pools)
    articles = []
    for number in range(count):
        lang = languages[number % len(languages)]
        chosen = rng.sample(paragraphs[lang], k=rng.randint(4, 8))
        body = []
        for paragraph, names in chosen:
            if rng.random() < 0.3:
                sentences = _SENTENCE.split(paragraph)
                rng.shuffle(sentences)
                paragraph = " ".join(sentences)
            paragraph = _vary_figures(paragraph, rng)
            for name in names:
                if name in paragraph and rng.random() < 0.5:
                    paragraph = paragraph.replace(name, rng.choice(people[lang]))
            body.append(paragraph)
        title = " ".join(body[0].split()[:8])
        articles.append((lang, f"{title} ({number})\n\n" + "\n\n".join(body)))
    return articles


def one(folder: str, db: str, workers: int, dask: str | None) -> dict:
    """Ingest the folder once in this process; the figures as a dict."""
    from workbench.ingest import StoreWriter, ingest
    from workbench.ingest.sources import Defaults
    from workbench.store import Store

    store = Store.open(db, "bench")
    started = time.perf_counter()
    progress = ingest(
        [folder],
        StoreWriter.on(store),
        workers=workers,
        dask=dask,
        defaults=Defaults(published=__import__("datetime").date(2024, 11, 20)),
    )
    seconds = time.perf_counter() - started
    claims = store.count_claims()
    store.close()
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "articles": len(progress.stored),
        "refused": len(progress.refused),
        "words": progress.words,
        "claims": claims,
        "writer_mb": me.ru_maxrss / 1024,
        "worker_mb": children.ru_maxrss / 1024,
        "writer_cpu": me.ru_utime + me.ru_stime,
        "workers_cpu": children.ru_utime + children.ru_stime,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="all cores by default")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", nargs=4, metavar=("FOLDER", "DB", "WORKERS", "DASK"))
    args = parser.parse_args()
    if args.one:
        folder, db, workers, dask = args.one
        print(json.dumps(one(folder, db, int(workers), None if dask == "-" else dask)))
        return

    from workbench.ingest import default_workers

    cores = args.workers or default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        articles = build_articles(args.articles, args.seed)
        for i, (lang, text) in enumerate(articles):
            (folder / f"{i:05}-{lang}.txt").write_text(text, "utf-8")
        words = sum(len(t.split()) for _, t in articles)
        distinct = len({t for _, t in articles})
        print(
            f"{len(articles)} articles ({distinct} distinct), {words:,} words, "
            f"{sum(lang == 'fr' for lang, _ in articles)} French; load average before: "
            f"{Path('/proc/loadavg').read_text().split()[0]}"
        )
        configs = [
            ("1 worker", 1, "-"),
            (f"pool, {cores} workers", cores, "-"),
            ("Dask local, 2 worker processes", 2, "local"),
        ]
        results = {}
        for name, workers, dask in configs:
            db = Path(tmp) / f"{len(results)}.db"
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(folder), str(db), str(workers), dask],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results[name] = result
            base = results["1 worker"]["seconds"]
            print(
                f"{name:32} {result['seconds']:7.1f} s  "
                f"{result['articles'] / result['seconds']:6.1f} articles/s  "
                f"{result['words'] / result['seconds']:8,.0f} words/s  "
                f"peak writer {result['writer_mb']:5.0f} MB, worker {result['worker_mb']:5.0f} MB  "
                f"speed-up {base / result['seconds']:.2f}x  ({result['claims']:,} claims)  "
                f"CPU s: writer {result['writer_cpu']:.0f}, workers {result['workers_cpu']:.0f} "
                f"({result['writer_cpu'] / result['articles'] * 1000:.0f} / "
                f"{result['workers_cpu'] / result['articles'] * 1000:.0f} ms an article)"
            )
        pool = results[f"pool, {cores} workers"]["seconds"]
        dask_seconds = results["Dask local, 2 worker processes"]["seconds"]
        print(f"Dask / pool time: {dask_seconds / pool:.2f} (goal <= 1.15)")
        print(f"load average after: {Path('/proc/loadavg').read_text().split()[0]}")


if __name__ == "__main__":
    main()
