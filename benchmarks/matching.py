"""Matching speed: storing claims with matching on (goal < 1 ms a claim), then one new
20-claim article's matching against the stored claims (goal < 200 ms), with the time to store
the same article without matching measured in the same run as the baseline.

Claims are stored through the write path `workbench ingest` uses: each article's claims are
prepared for matching as an extraction worker prepares them (`matching/prepare.py`, timed
apart: on a pool or a cluster it runs beside the parse, not in the writer), then the one
writer (`StoreWriter.put`) stores, indexes and matches them. Processor time is given with
wall-clock time, since a shared machine stretches the latter.

With `--against REV` the same articles are stored by the code of git revision REV too, in
another process, the two taking turns every `--chunk` articles (so both see the same load),
and the ratios are printed; each side's suggestions are counted and hashed (their pairs,
scores and explanations, in the order they were stored), so a change meant to be faster only
shows that it suggests, and explains, exactly what the code before did.

Run: python benchmarks/matching.py [--claims 100000] [--against main] [--chunk 50]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from revision import checkout  # noqa: E402


class Side:
    """One code version storing into its own database, in its own process (`--side`)."""

    def __init__(self, name: str, code: Path | None, claims: int) -> None:
        self.name = name
        command = [sys.executable, __file__, "--side", str(code or ""), "--claims", str(claims)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.writing = self.wall = self.preparing = 0.0
        self.digest: dict = {}
        self.new: dict[str, list[float]] = {"matching": [], "matching_cpu": [], "storing": []}

    def ask(self, *words: object) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(" ".join(map(str, words)) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"error: the {self.name} side stopped")
        return json.loads(line)

    def store(self, first: int, last: int) -> None:
        done = self.ask("store", first, last)
        self.writing += done["writing"]
        self.wall += done["wall"]
        self.preparing += done["preparing"]

    def close(self) -> None:
        self.ask("quit")
        self.process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--against", help="git revision to compare with, in the same run")
    parser.add_argument("--chunk", type=int, default=50, help="articles a side stores per turn")
    parser.add_argument("--side", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side is not None:
        side(Path(args.side) if args.side else None)
        return

    with tempfile.TemporaryDirectory() as folder:
        sides = [Side("this code", None, args.claims)]
        if args.against:
            sides.append(Side(args.against, checkout(args.against, Path(folder)), args.claims))
        articles = args.claims // 20
        for first in range(0, articles, args.chunk):
            # Who goes first alternates: neither side always meets the load the other left.
            turn = sides if (first // args.chunk) % 2 == 0 else sides[::-1]
            for one in turn:
                one.store(first, min(first + args.chunk, articles))
        for one in sides:
            digest = one.ask("digest")
            one.digest = digest
            print(
                f"[{one.name}] stored {digest['claims']:,} claims with matching on: the writer "
                f"{one.writing / digest['claims'] * 1000:.2f} ms a claim of processor time "
                f"(goal < 1 ms), {one.wall / digest['claims'] * 1000:.2f} ms wall; preparing "
                f"them (in the workers) {one.preparing / digest['claims'] * 1000:.2f} ms a "
                f"claim; {digest['matches']:,} matches suggested on the way (hash "
                f"{digest['hash'][:16]}), and {digest['other figures']:,} reports of the same "
                "fact with another figure"
            )
        for number in range(10):  # the sides take turns here too
            for one in sides if number % 2 == 0 else sides[::-1]:
                for part, value in one.ask("new", number).items():
                    one.new[part].append(value)
        for one in sides:
            new = one.new
            print(
                f"[{one.name}] match one new 20-claim article: median "
                f"{statistics.median(new['matching']):.0f} ms, worst {max(new['matching']):.0f} "
                f"ms (goal < 200 ms); processor time median "
                f"{statistics.median(new['matching_cpu']):.0f} ms, worst "
                f"{max(new['matching_cpu']):.0f} ms; storing it without matching: median "
                f"{statistics.median(new['storing']):.0f} ms"
            )
        if len(sides) == 2:
            mine, theirs = sides
            same = [mine.digest[k] for k in ("matches", "hash")] == [
                theirs.digest[k] for k in ("matches", "hash")
            ]
            print(
                f"this code / {theirs.name}: writer processor time "
                f"{mine.writing / theirs.writing:.2f}x, wall {mine.wall / theirs.wall:.2f}x; "
                f"one new article's matching, processor time "
                f"{statistics.median(mine.new['matching_cpu']) / statistics.median(theirs.new['matching_cpu']):.2f}x; "  # noqa: E501
                f"suggestions {'identical' if same else 'DIFFERENT'}"
            )
        for one in sides:
            one.close()


def side(code: Path | None) -> None:
    """Serve `store FIRST LAST`, `digest`, `new NUMBER` and `quit` on stdin, one JSON line each."""
    if code is not None:
        sys.path.insert(0, str(code))
    sys.path.insert(1 if code is not None else 0, str(ROOT / "benchmarks"))
    from synthetic import REPORTS, news_article, report

    from workbench.ingest import StoreWriter
    from workbench.ingest.sources import Job
    from workbench.matching import suggest
    from workbench.matching.prepare import prepare_article
    from workbench.store import Store

    if code is not None:
        import workbench

        assert Path(workbench.__file__).is_relative_to(code), workbench.__file__
    folder = tempfile.TemporaryDirectory()
    store = Store.open(Path(folder.name) / "matching.db", "bench")
    writer = StoreWriter.on(store)

    def answer(value: dict) -> None:
        print(json.dumps(value), flush=True)

    stored = 0  # articles stored by `store`
    for line in sys.stdin:
        command, *numbers = line.split()
        if command == "store":
            preparing = writing = wall = 0.0
            for number in range(int(numbers[0]), int(numbers[1])):
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
            stored = max(stored, int(numbers[1]))
            answer({"writing": writing, "wall": wall, "preparing": preparing})
        elif command == "digest":
            answer({"claims": store.count_claims(), **suggestions(store)})
        elif command == "new":
            # A later report of an event already stored (its claims' repeats are in the
            # store), the case a desk meets most.
            events = max(1, stored // REPORTS)
            text, extraction = report(int(numbers[0]) * 7919 % events, REPORTS + int(numbers[0]))
            # Store only, the baseline: matching off, whether the code matches an article in
            # its own transaction (resume) or in the ingest's (match_article).
            resume, match_article = suggest.resume, suggest.match_article
            suggest.resume = lambda store, prepared=None: []
            suggest.match_article = lambda store, article_id, prepared=None: 0
            try:
                started = time.perf_counter()
                article_id = store.ingest(text, extraction, title="new").article_id
                storing = (time.perf_counter() - started) * 1000
            finally:
                suggest.resume, suggest.match_article = resume, match_article
            cpu, started = time.process_time(), time.perf_counter()
            store.find_matches(article_id)
            matching = (time.perf_counter() - started) * 1000
            matching_cpu = (time.process_time() - cpu) * 1000
            answer({"matching": matching, "matching_cpu": matching_cpu, "storing": storing})
        elif command == "quit":
            answer({})
            break
    store.close()
    folder.cleanup()


def suggestions(store) -> dict:
    """How many match suggestions, and a hash of them in the order they were stored: each
    pair, its score and its explanation, both what each piece of evidence added (`signals`)
    and the evidence in the claims' words that the card, `show` and the report print
    (`evidence`), read as they read it (`Store.matches_of`, from the first claim's side:
    whether stored with the suggestion or worked out when read, from the claims as stored,
    with matching's remembered signatures forgotten first); and how many reports of the same
    fact with another figure were suggested besides (not matches: not in the count or the
    hash, which read as before for code without them)."""
    from workbench.matching import suggest
    from workbench.store.records import loads

    suggest._signatures.clear()
    kinds = "kind" in store.db.table("claim_matches").columns_dict
    rows = list(
        store.db.query(
            "SELECT id, claim_id, other_claim_id, review_id, score, signals, state"
            + (", kind" if kinds else "")
            + " FROM claim_matches ORDER BY id"
        )
    )
    said = {}
    mine = sorted({row["claim_id"] for row in rows})
    for start in range(0, len(mine), 300):
        for claim_id, matches in store.matches_of(mine[start : start + 300], True).items():
            said |= {(match["id"], claim_id): match["evidence"] for match in matches}
    digest = hashlib.sha256()
    count = others = 0
    for row in rows:
        if row.pop("kind", "match") != "match":
            others += 1
            continue
        row["signals"] = loads(row["signals"])
        row["evidence"] = said[(row.pop("id"), row["claim_id"])]
        digest.update(json.dumps(row, sort_keys=True).encode() + b"\n")
        count += 1
    return {"matches": count, "hash": digest.hexdigest(), "other figures": others}


if __name__ == "__main__":
    main()
