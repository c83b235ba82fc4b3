"""Extraction speed: bare spaCy parsing against full extraction on the same ~100k words.

Run: python benchmarks/extract.py [--words 100000]
Prints model load time (cold, in a fresh process), the bare `nlp.pipe` time over the article's
paragraphs, the full `extract()` time, and their ratio (goal: <= 1.5x).
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()

    from workbench.extract import extract
    from workbench.extract.nlp import french
    from workbench.extract.segment import paragraphs

    article = (ROOT / "fixtures" / "ukraine-atacms-fr.txt").read_text(encoding="utf-8")
    copies = max(1, args.words // len(article.split()))
    text = "\n\n".join([article] * copies)
    words = len(text.split())
    print(f"text: {words} words, {len(text)} characters")
    print(f"model load (cold process): {cold_load_seconds():.2f} s")

    nlp = french()
    nlp("Préchauffage du modèle.")
    started = time.perf_counter()
    for _ in nlp.pipe((text[s:e] for s, e in paragraphs(text)), batch_size=64):
        pass
    bare = time.perf_counter() - started
    print(f"bare nlp.pipe:      {bare:.2f} s  ({words / bare:,.0f} words/s)")

    started = time.perf_counter()
    result = extract(text, "fr", date(2024, 11, 20))
    full = time.perf_counter() - started
    print(
        f"full extraction:    {full:.2f} s  ({words / full:,.0f} words/s, "
        f"{len(result.claims)} claims)"
    )
    print(f"ratio full / bare:  {full / bare:.2f}x  (goal <= 1.5x)")

    english = (ROOT / "fixtures" / "italy-earthquake-2009-en.txt").read_text(encoding="utf-8")
    english_text = "\n\n".join([english] * max(1, args.words // len(english.split())))
    started = time.perf_counter()
    extract(english_text, "en", date(2009, 4, 6))
    rules = time.perf_counter() - started
    print(f"English (rules, no model): {rules:.2f} s for {len(english_text.split())} words")


if __name__ == "__main__":
    main()
