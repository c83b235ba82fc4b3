"""Export speed: reading the dossier of 10k claims (their verdicts, history and match
suggestions, each suggestion explained in the claims' words) and every report format made
from it, on synthetic claims with about ten suggestions each.

Each measure runs in a fresh process, as `workbench export` does (the modules imported
beforehand, not timed; nothing remembered from an earlier measure). With `--against REV` the
code of git revision REV exports the same database too, the two taking turns, and the ratios
are printed with whether each output is byte for byte the same (a change meant to be faster
only shows that it writes exactly what the code before wrote; the first difference is shown).
`--kind news` measures reports of news events instead (see `build`); `--db FILE` exports a
database of your own (copied, never changed).

Run: python benchmarks/export.py [--claims 10000] [--against main] [--rounds 3]
                                 [--kind alike|news] [--db FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from revision import checkout  # noqa: E402
from synthetic import synthetic_article  # noqa: E402

JOBS = (
    "dossier",
    "html public",
    "html internal",
    "md public",
    "md internal",
    "csv public",
    "csv internal",
    "json internal",
    "claimreview public",
)
"""What is measured: reading the dossier alone, then each format for each audience."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--against", help="git revision to compare with, in the same run")
    parser.add_argument("--rounds", type=int, default=1, help="measures of each job and side")
    parser.add_argument("--db", type=Path, help="export this database (copied) instead")
    parser.add_argument(
        "--kind", choices=("alike", "news"), default="alike", help="synthetic claims (see build)"
    )
    parser.add_argument("--side", help=argparse.SUPPRESS)
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side is not None:
        print(json.dumps(side(Path(args.side) if args.side else None, args.db, args.job, args.out)))
        return

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        database = folder / "export.db"
        if args.db:
            shutil.copy(args.db, database)
        else:
            started = time.perf_counter()
            build(database, args.claims, args.kind)
            print(f"database built in {time.perf_counter() - started:.1f} s")
        print(describe(database))
        sides: list[tuple[str, Path | None]] = [("this code", None)]
        if args.against:
            sides.append((args.against, checkout(args.against, folder)))
        results: dict[tuple[str, str], list[dict]] = {}
        for number in range(args.rounds):
            for job in JOBS:
                # Who goes first alternates: neither side always meets the load the other left.
                turn = sides if (number + JOBS.index(job)) % 2 == 0 else sides[::-1]
                for label, code in turn:
                    out = folder / f"{label.replace('/', '_')}-{job.replace(' ', '-')}.out"
                    results.setdefault((label, job), []).append(run_side(code, database, job, out))
        report(sides, results, folder)


def build(database: Path, claims: int, kind: str = "alike") -> None:
    """`alike`: articles of 500 synthetic claims, much alike, each with about ten match
    suggestions. `news`: 20-claim reports of events, ten reports an event, in French or
    English, their claims repeating the event's facts in other words (figures, dates, names,
    speakers; some with another figure), and a fact-check imported for one claim in fifty.
    Both: a verdict on every third claim and one suggestion in ten decided (every other one
    confirmed), so that reports list confirmed, rejected and suggested matches."""
    from synthetic import report

    from workbench.store import Store

    store = Store.open(database, "bench")
    if kind == "alike":
        for number in range(claims // 500):
            text, extraction = synthetic_article(number, 500)
            store.ingest(text, extraction, title=f"Article {number}")
    else:
        for number in range(claims // 20):
            text, extraction = report(number // 10, number % 10)
            store.ingest(text, extraction, title=f"Dépêche {number}")
    for index, claim in enumerate(store.claims(limit=claims)[::3]):
        store.set_verdict(claim["id"], ("true", "false", "misleading")[index % 3], "why")
    decided = store.db.execute("SELECT id FROM claim_matches WHERE id % 10 = 0").fetchall()
    for index, (match_id,) in enumerate(decided):
        store.decide_match(match_id, ("confirmed", "rejected")[index % 2])
    if kind == "news":
        from workbench.matching.claimreview import parse

        reviewed = store.claims(limit=claims)[::50]
        store.import_reviews(
            parse([_review(claim, number) for number, claim in enumerate(reviewed)])[0]
        )
    store.close()


def _review(claim: dict, number: int) -> dict:
    """A fact-check of a stored claim's words, as a fact-checker publishes it."""
    return {
        "@type": "ClaimReview",
        "url": f"https://checks.example/{number}",
        "claimReviewed": claim["text"],
        "author": {"name": "Checker"},
        "datePublished": "2025-01-12",
        "itemReviewed": {"author": {"name": claim.get("speaker") or "ministry"}},
        "reviewRating": {"ratingValue": 1 + number % 5, "bestRating": 5, "alternateName": "False"},
    }


def describe(database: Path) -> str:
    import sqlite3

    with sqlite3.connect(database) as db:
        claims, articles, verdicts = db.execute(
            "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM articles), "
            "(SELECT count(*) FROM verdicts)"
        ).fetchone()
        matches, later = db.execute(
            "SELECT count(*), coalesce(sum(evidence = 'later'), 0) FROM claim_matches"
        ).fetchone()
    return (
        f"{claims:,} claims in {articles:,} articles, {verdicts:,} verdicts, {matches:,} "
        f"match suggestions ({later:,} to be explained when read)"
    )


def run_side(code: Path | None, database: Path, job: str, out: Path) -> dict:
    """One measure in a fresh process on a copy of the database; its output kept in `out`."""
    copy = out.with_suffix(".db")
    shutil.copy(database, copy)
    command = [sys.executable, __file__, "--side", str(code or ""), "--db", str(copy)]
    command += ["--job", job, "--out", str(out)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    copy.unlink()
    return json.loads(done.stdout)


def side(code: Path | None, database: Path, job: str, out: Path) -> dict:
    """Measure one job with the code in `code` (this tree when None); its output goes to
    `out`."""
    if code is not None:
        sys.path.insert(0, str(code))
    import workbench
    from workbench.matching import suggest  # noqa: F401  (imported by the first export)
    from workbench.report import claimreview, html, markdown, render_report, tabular  # noqa: F401
    from workbench.store import Store

    if code is not None:
        assert Path(workbench.__file__).is_relative_to(code), workbench.__file__
    store = Store.open(database, "bench")
    ids = [row[0] for row in store.db.execute("SELECT id FROM articles ORDER BY id")]
    cpu, started = time.process_time(), time.perf_counter()
    if job == "dossier":
        dossier = store.dossier(ids)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        text = json.dumps(dossier, ensure_ascii=False, sort_keys=True, default=str)
        skipped = 0
    else:
        fmt, audience = job.split()
        text, skipped = render_report(store, ids, fmt, audience=audience)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    out.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    return {"wall": wall, "cpu": cpu, "hash": digest, "size": len(text), "skipped": skipped}


def report(
    sides: list[tuple[str, Path | None]], results: dict[tuple[str, str], list[dict]], folder: Path
) -> None:
    """Medians of each job and side; with two sides, their ratios and whether the outputs
    are the same."""
    header = f"{'job':20} " + " ".join(f"{label[:24]:>24}" for label, _ in sides)
    if len(sides) == 2:
        header += "   ratio (wall, cpu)  output"
    print(header)
    print("(medians: wall s / processor s, output size; the dossier's output is its JSON text)")
    for job in JOBS:
        cells = []
        for label, _ in sides:
            runs = results[(label, job)]
            wall = statistics.median(r["wall"] for r in runs)
            cpu = statistics.median(r["cpu"] for r in runs)
            cells.append(f"{wall:9.2f} / {cpu:6.2f} s  {runs[0]['size'] / 1e6:5.1f} MB")
        line = f"{job:20} " + " ".join(f"{cell:>24}" for cell in cells)
        if len(sides) == 2:
            mine, theirs = (results[(label, job)] for label, _ in sides)
            ratio = statistics.median(r["wall"] for r in mine) / statistics.median(
                r["wall"] for r in theirs
            )
            cpu_ratio = statistics.median(r["cpu"] for r in mine) / statistics.median(
                r["cpu"] for r in theirs
            )
            hashes = {r["hash"] for r in mine + theirs}
            same = "identical" if len(hashes) == 1 else "DIFFERENT"
            line += f"   {ratio:5.2f}x, {cpu_ratio:5.2f}x     {same}"
            if len(hashes) != 1:
                line += "\n" + first_difference(
                    *(
                        folder / f"{label.replace('/', '_')}-{job.replace(' ', '-')}.out"
                        for label, _ in sides
                    )
                )
        print(line, flush=True)


def first_difference(mine: Path, theirs: Path) -> str:
    """The first line where two outputs differ (of the last round)."""
    a = mine.read_text(encoding="utf-8").splitlines()
    b = theirs.read_text(encoding="utf-8").splitlines()
    for number, (x, y) in enumerate(zip(a, b, strict=False), 1):
        if x != y:
            return f"    line {number}:\n    this code: {x[:300]}\n    the other: {y[:300]}"
    return f"    one output is longer: {len(a)} against {len(b)} lines"


if __name__ == "__main__":
    main()
