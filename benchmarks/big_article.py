"""A big article: a 5 MB English text ingested (extraction, storage, matching against an
article already stored) and the card of claims in it read, with the bare extraction of the
same text measured in the same run as the baseline. Goals: ingest under 90 s, `show` / the
claim card of any claim under 200 ms.

The text is the English fixture articles' paragraphs repeated with their figures changed, so
that the claims share names, places and kinds of figures as a long live blog does.

Run: python benchmarks/big_article.py [--megabytes 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def big_text(megabytes: float) -> str:
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "fixtures").glob("*-en.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if len(p.strip()) > 80
    ]
    out, size, round_ = [], 0, 0
    while size < megabytes * 1_000_000:
        for paragraph in paragraphs:
            changed = re.sub(
                r"\d+", lambda m, shift=round_ % 7: str(int(m.group()) + shift), paragraph
            )
            out.append(changed)
            size += len(changed) + 2
        round_ += 1
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()

    from workbench.extract import extract
    from workbench.store import Store

    text = big_text(args.megabytes)
    small = big_text(0.02)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "big.db", "bench")
        store.ingest(small, extract(small, "en", date(2024, 11, 19)), title="earlier")
        started, cpu = time.perf_counter(), time.process_time()
        extraction = extract(text, "en", date(2024, 11, 20))
        extracted, extracted_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        article_id = store.ingest(text, extraction, title="big").article_id
        stored, stored_cpu = time.perf_counter() - started, time.process_time() - cpu
        claims = store.count_claims(article_id=article_id)
        print(
            f"{len(text) / 1e6:.2f} MB, {claims:,} claims: extraction {extracted:.1f} s (the "
            f"baseline), storing with matching {stored:.1f} s, ingest in all "
            f"{extracted + stored:.1f} s (goal < 90 s); "
            f"{store.db['claim_matches'].count:,} matches suggested"
        )
        print(
            f"  processor time (what a shared machine does not inflate): extraction "
            f"{extracted_cpu:.1f} s, storing with matching {stored_cpu:.1f} s"
        )
        rows = store.claims(article_id=article_id, limit=claims)
        timings = []
        for row in rows[:: max(1, len(rows) // 20)]:
            started = time.perf_counter()
            {
                **store.claim(row["id"]),
                "matches": store.matches(row["id"]),
                "disagreements": store.disagreements(row["id"]),
            }
            timings.append((time.perf_counter() - started) * 1000)
        print(
            f"claim card (claim, matches, disagreements) of {len(timings)} claims across the "
            f"article: median {statistics.median(timings):.0f} ms, worst {max(timings):.0f} ms "
            "(goal < 200 ms)"
        )
        store.close()


if __name__ == "__main__":
    main()
