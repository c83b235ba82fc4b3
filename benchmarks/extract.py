"""Extraction speed: a naive full spaCy parse against our full extraction, on the same text.

Run: python benchmarks/extract.py [--words 30000] [--rounds 5]

The text is every French development article of `fixtures/`, read in turn until --words is
reached (the English ones, on the rule path, are timed apart). Each round times three passes
over it, in an order that rotates from round to round so that a change in the machine's load
falls on all of them alike:

- bare: `nlp.pipe` over the sentences extraction parses, with the model as a naive user loads
  it (`spacy.load("fr_core_news_sm")`, every component on): the baseline;
- our parse: the same `nlp.pipe` with the model as extraction loads it (`nlp.french()`), to
  show how much of the full time is parsing and how much the work after it;
- full: `extract_many()` over the articles (segmenting, parsing, attribution, clauses,
  speakers, figures, dates, scoring).

Every pass starts from a freshly loaded model (the load is not timed), as a new `workbench`
process would: no pass profits from caches another filled (the lemmatizer's, the vocabulary).
A warm-up round on a short text comes first and is not counted. Prints each round, the
medians of wall-clock and processor time, and the ratio of the medians full / bare (goal
<= 1.2x).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Article = tuple[str, str, date]


def cold_load_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from workbench.extract.nlp import french; "
        "french(); print(time.perf_counter()-t)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(output.stdout.strip())


def corpus(language: str, words: int) -> list[Article]:
    """The development articles of one language, in turn, until `words` words."""
    items = []
    for gold_path in sorted((ROOT / "fixtures").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold["language"] == language:
            text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
            items.append((text, language, date.fromisoformat(gold["publication_date"])))
    articles: list[Article] = []
    count = 0
    while count < words:
        for item in items:
            articles.append(item)
            count += len(item[0].split())
    return articles


def timed(setup: Callable[[], Callable[[], object]]) -> tuple[float, float]:
    """Wall-clock and processor seconds of the pass `setup()` returns (setup not timed)."""
    run = setup()
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    import spacy

    from workbench.extract import extract_many, nlp
    from workbench.extract.segment import sentences

    def passes(articles: list[Article]) -> dict[str, Callable[[], Callable[[], object]]]:
        pieces = [text[s.start : s.end] for text, _, _ in articles for s in sentences(text)]

        def bare() -> Callable[[], object]:
            model = spacy.load(nlp.FRENCH_MODEL)
            model("Préchauffage du modèle.")
            return lambda: sum(1 for _ in model.pipe(pieces, batch_size=128))

        def ours(parse_only: bool) -> Callable[[], Callable[[], object]]:
            def setup() -> Callable[[], object]:
                nlp.french.cache_clear()
                model = nlp.french()
                model("Préchauffage du modèle.")
                if parse_only:
                    return lambda: sum(1 for _ in model.pipe(pieces, batch_size=128))
                return lambda: sum(len(r.claims) for r in extract_many(articles))

            return setup

        return {"bare": bare, "our parse": ours(True), "full": ours(False)}

    articles = corpus("fr", args.words)
    words = sum(len(text.split()) for text, _, _ in articles)
    english = corpus("en", args.words)
    english_words = sum(len(text.split()) for text, _, _ in english)
    print(f"French text: {words} words in {len(articles)} articles")
    print(f"model load (cold process): {cold_load_seconds():.2f} s")

    warm = passes(corpus("fr", 1))
    for setup in warm.values():
        timed(setup)
    timed(lambda: lambda: list(extract_many(english[:3])))

    measured = passes(articles)
    names = list(measured)
    walls: dict[str, list[float]] = {name: [] for name in [*names, "english"]}
    cpus: dict[str, list[float]] = {name: [] for name in [*names, "english"]}
    for round_number in range(args.rounds):
        shift = round_number % len(names)
        order = names[shift:] + names[:shift]
        if round_number % 2:
            order.reverse()
        for name in order:
            wall, cpu = timed(measured[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
        wall, cpu = timed(lambda: lambda: list(extract_many(english)))
        walls["english"].append(wall)
        cpus["english"].append(cpu)
        figures = "  ".join(f"{name} {walls[name][-1]:.2f} s" for name in names)
        ratio = walls["full"][-1] / walls["bare"][-1]
        print(f"round {round_number + 1} ({', '.join(order)}): {figures}  full/bare {ratio:.2f}x")

    def median(values: list[float]) -> float:
        return statistics.median(values)

    print(f"\nmedians over {args.rounds} rounds (wall-clock, processor time):")
    for name in names:
        wall, cpu = median(walls[name]), median(cpus[name])
        print(f"  {name:<10} {wall:6.2f} s  {cpu:6.2f} s  ({words / wall:,.0f} words/s)")
    bare_wall, bare_cpu = median(walls["bare"]), median(cpus["bare"])
    full_wall, full_cpu = median(walls["full"]), median(cpus["full"])
    parse_wall = median(walls["our parse"])
    print(f"  after the parse (full - our parse): {full_wall - parse_wall:.2f} s wall-clock")
    print(
        f"ratio of medians full / bare: {full_wall / bare_wall:.2f}x wall-clock, "
        f"{full_cpu / bare_cpu:.2f}x processor time  (goal <= 1.2x)"
    )
    print(
        f"English (rules, no model): {median(walls['english']):.2f} s median "
        f"for {english_words} words"
    )


if __name__ == "__main__":
    main()
