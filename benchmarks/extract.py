"""Extraction speed: bare spaCy parsing against full extraction on the same real text.

Run: python benchmarks/extract.py [--words 30000]
The text is the development articles of `fixtures/` (ten French articles from different
outlets and topics, read in turn until --words is reached; the nine English ones for the rule
path). Prints model load time (cold, in a fresh process), the bare `nlp.pipe` time over the
sentences extraction parses, the full `extract_many()` time over the same articles, and their
ratio (goal: <= 1.2x).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cold_load_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from workbench.extract.nlp import french; "
        "french(); print(time.perf_counter()-t)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(output.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=30_000)
    args = parser.parse_args()

    from workbench.extract import extract_many
    from workbench.extract.nlp import french
    from workbench.extract.segment import sentences

    def corpus(language: str) -> list[tuple[str, str, date]]:
        items = []
        for gold_path in sorted((ROOT / "fixtures").glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold["language"] == language:
                text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8")
                items.append((text, language, date.fromisoformat(gold["publication_date"])))
        articles, words = [], 0
        while words < args.words:
            for item in items:
                articles.append(item)
                words += len(item[0].split())
        return articles

    articles = corpus("fr")
    words = sum(len(text.split()) for text, _, _ in articles)
    print(f"French text: {words} words in {len(articles)} articles")
    print(f"model load (cold process): {cold_load_seconds():.2f} s")

    nlp = french()
    nlp("Préchauffage du modèle.")
    pieces = [text[s.start : s.end] for text, _, _ in articles for s in sentences(text)]
    started = time.perf_counter()
    for _ in nlp.pipe(pieces, batch_size=128):
        pass
    bare = time.perf_counter() - started
    print(f"bare nlp.pipe:      {bare:.2f} s  ({words / bare:,.0f} words/s)")

    started = time.perf_counter()
    claims = sum(len(result.claims) for result in extract_many(articles))
    full = time.perf_counter() - started
    print(f"full extraction:    {full:.2f} s  ({words / full:,.0f} words/s, {claims} claims)")
    print(f"ratio full / bare:  {full / bare:.2f}x  (goal <= 1.2x)")

    english = corpus("en")
    english_words = sum(len(text.split()) for text, _, _ in english)
    started = time.perf_counter()
    for _ in extract_many(english):
        pass
    rules = time.perf_counter() - started
    print(f"English (rules, no model): {rules:.2f} s for {english_words} words")


if __name__ == "__main__":
    main()
