"""Export speed: the HTML report of 10k claims (and the other formats), against the time to
read the same data from the store in the same run.

Run: python benchmarks/export.py [--claims 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import synthetic_article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()

    from workbench.report import FORMATS, render_report
    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "export.db", "bench")
        ids = []
        for number in range(args.claims // 500):
            text, extraction = synthetic_article(number, 500)
            ids.append(store.ingest(text, extraction, title=f"Article {number}").article_id)
        claims = store.claims(limit=args.claims)
        for index, claim in enumerate(claims[::3]):
            store.set_verdict(claim["id"], ("true", "false", "misleading")[index % 3], "why")
        started = time.perf_counter()
        store.dossier(ids)
        read = time.perf_counter() - started
        print(f"{store.count_claims():,} claims in {len(ids)} articles; reading them: {read:.2f} s")
        for fmt in FORMATS:
            started = time.perf_counter()
            text, _ = render_report(store, ids, fmt)
            spent = time.perf_counter() - started
            goal = "  (goal < 2 s)" if fmt == "html" else ""
            print(
                f"{fmt:12} {spent:6.2f} s  {len(text) / 1e6:6.1f} MB  "
                f"{spent / read:4.1f}x reading{goal}"
            )


if __name__ == "__main__":
    main()
