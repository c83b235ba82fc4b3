"""Ingest at scale, with real processes: a pool of workers and a local Dask cluster give the
claims one worker gives; reruns skip by content hash; kill -9 then rerun stores each article
once; extraction shards import once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, ROOT
from workbench.cli import main
from workbench.plural import counted

SHORT = (
    "voa60-afrique-2021-12-10-fr",
    "wikitribune-2017-fr",
    "angola-election-2012-en",
    "italy-earthquake-2009-en",
    "ukraine-atacms-fr",
)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def claims_of(db: Path) -> list[tuple]:
    """Every stored claim with what must not depend on how it was extracted."""
    conn = sqlite3.connect(db)
    rows = conn.execute("""
        SELECT a.content_hash, c.start, c.end, c.text, c.speaker, c.numbers, c.dates,
               c.kinds, c.score
        FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY 1, 2, 3""").fetchall()
    conn.close()
    return rows


def matching_of(db: Path) -> list[list[tuple]]:
    """The index keys, figures and suggested matches of every claim, each claim named by its
    article's content hash and its span (ids may differ between runs)."""
    conn = sqlite3.connect(db)
    claim = "SELECT c.id, a.content_hash, c.start, c.end FROM claims c JOIN articles a ON a.id = c.article_id"
    found = [
        conn.execute(f"""
            WITH c AS ({claim}) SELECT c.content_hash, c.start, c.end, k.key
            FROM match_keys k JOIN c ON c.id = k.owner_id WHERE k.owner = 'claim'
            ORDER BY 1, 2, 3, 4""").fetchall(),
        conn.execute(f"""
            WITH c AS ({claim}) SELECT c.content_hash, c.start, c.end, f.quantity, f.value,
                   f.approximate, f.text, f.label
            FROM claim_figures f JOIN c ON c.id = f.claim_id ORDER BY 1, 2, 3, 4, 5""").fetchall(),
        conn.execute(f"""
            WITH c AS ({claim}) SELECT mine.content_hash, mine.start, theirs.content_hash,
                   theirs.start, m.score, m.signals
            FROM claim_matches m JOIN c mine ON mine.id = m.claim_id
            JOIN c theirs ON theirs.id = m.other_claim_id ORDER BY 1, 2, 3, 4""").fetchall(),
    ]
    conn.close()
    return found


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Five short articles, French and English, plus one that cannot be read."""
    where = tmp_path_factory.mktemp("articles")
    for name in SHORT:
        (where / f"{name}.txt").write_text((FIXTURES / f"{name}.txt").read_text("utf-8"), "utf-8")
    (where / "latin1.txt").write_bytes("Le ministère a déclaré.".encode("latin-1"))
    return where


@pytest.fixture(scope="module")
def one_worker_db(folder, tmp_path_factory, french_nlp) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.db"
    result = run("ingest", folder, "--workers", 1, "--db", db, "--json")
    assert result.exit_code == 2, result.output  # the unreadable file is refused
    data = json.loads(result.stdout)
    assert data["stored"] == len(SHORT) and data["refused"] == 1
    assert "latin1.txt" in data["skipped"][0]
    return db


@pytest.fixture(scope="module")
def one_worker(one_worker_db) -> list[tuple]:
    return claims_of(one_worker_db)


def test_two_workers_store_the_claims_one_worker_stores_and_a_rerun_skips_them(
    folder, one_worker, one_worker_db, tmp_path
):
    db = tmp_path / "two.db"
    result = run("ingest", folder, "--workers", 2, "--db", db, "--json")
    assert json.loads(result.stdout)["stored"] == len(SHORT)
    assert claims_of(db) == one_worker and len(one_worker) > 20
    # The workers prepared the claims for matching: the same keys, figures and matches.
    assert matching_of(db) == matching_of(one_worker_db)

    again = run("ingest", folder, "--workers", 2, "--db", db, "--json")
    data = json.loads(again.stdout)
    assert (data["stored"], data["duplicates"], data["refused"]) == (0, len(SHORT), 1)
    assert data["words"] == 0  # skipped before any parsing
    assert "skipped as duplicates" in run("ingest", folder, "--db", db).output


def test_a_local_dask_cluster_stores_the_same_claims(folder, one_worker, tmp_path):
    db = tmp_path / "dask.db"
    result = run("ingest", folder, "--dask", "local", "--workers", 2, "--db", db, "--json")
    assert json.loads(result.stdout)["stored"] == len(SHORT), result.output
    assert claims_of(db) == one_worker


def _worker_state(dask_worker) -> tuple[list[str], str | None]:
    return sorted(dask_worker.periodic_callbacks), os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_a_local_cluster_does_not_sample_for_a_dashboard_nor_trim_memory_at_64_kb():
    """Dask's defaults cost a local cluster's workers more processor time than the extraction
    itself under load: a statistical profiler and monitors ticking many times a second, and
    glibc told to hand memory back at 64 kB (spaCy's arrays mapped afresh for every batch)."""
    from distributed import Client

    from workbench.ingest.cluster import local_cluster

    cluster = local_cluster(1)
    try:
        with Client(cluster) as client:
            ((callbacks, trim),) = client.run(_worker_state).values()
        assert "stealing" not in cluster.scheduler.extensions
    finally:
        cluster.close()
    assert "heartbeat" in callbacks and "profile" not in callbacks
    assert trim is None


def test_a_dask_worker_leaves_the_loaded_model_out_of_garbage_collection():
    """Every full collection walked the model's 490,000 objects again: 6% of a worker's time."""
    code = (
        "import gc\nfrom workbench.ingest.cluster import LoadModel\n"
        "LoadModel().setup(None)\nprint(gc.get_freeze_count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert int(result.stdout.strip()) > 100_000, result.stderr


def test_dask_missing_is_one_error_line(folder, tmp_path):
    db = tmp_path / "none.db"
    code = "import sys; sys.modules['distributed'] = None\nfrom workbench.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code, "ingest", str(folder), "--dask", "local", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: --dask needs Dask: pip install 'claim-workbench[cluster]'"
    ]
    assert not db.exists() or claims_of(db) == []


def test_extractions_imported_twice_are_stored_once(folder, one_worker, one_worker_db, tmp_path):
    shards = tmp_path / "shards"
    first = run("extract-batch", folder, "-o", shards, "--workers", 1, "--shard-size", 2)
    assert first.exit_code == 2 and "refused" in first.stderr  # the unreadable file
    assert len(list(shards.glob("*.jsonl"))) == 3 and not list(shards.glob("*.part"))
    again = run("extract-batch", folder, "-o", shards, "--shard-size", 2, "--json")
    assert json.loads(again.stdout)["stored"] == 0  # every shard already written: skipped

    db = tmp_path / "imported.db"
    once = json.loads(run("import-extractions", shards, "--db", db, "--json").stdout)
    twice = json.loads(run("import-extractions", shards, "--db", db, "--json").stdout)
    assert (once["stored"], twice["stored"], twice["duplicates"]) == (len(SHORT), 0, len(SHORT))
    assert claims_of(db) == one_worker
    # The workers' preparation for matching travelled in the shards: stored alike.
    keys, figures, matches = matching_of(db)
    assert [keys, figures, matches] == matching_of(one_worker_db) and keys and figures


def _write_lines(shard: Path, lines: list[dict]) -> None:
    shard.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


def test_an_import_stores_the_preparation_a_shard_carries_and_prepares_lines_without_it(
    folder, one_worker_db, tmp_path, french_nlp
):
    shards = tmp_path / "shards"
    run("extract-batch", folder, "-o", shards, "--workers", 1)
    (shard,) = shards.glob("*.jsonl")
    lines = [json.loads(line) for line in shard.read_text("utf-8").splitlines()]
    assert len(lines) == len(SHORT) and all(line["prepared"]["claims"] for line in lines)
    first = lines[0]["content_hash"]
    for ready in lines[0]["prepared"]["claims"]:
        ready["keys"] = ["w:marked"]
    for line in lines[1:]:  # as a shard written before shards held the preparation
        del line["prepared"]
    _write_lines(shard, lines)
    db = tmp_path / "imported.db"
    assert run("import-extractions", shards, "--db", db).exit_code == 0
    keys = matching_of(db)[0]
    # The shard's preparation is what was stored, not made again by the importer...
    assert {key for owner, _, _, key in keys if owner == first} == {"w:marked"}
    # ...and lines without one were prepared on import, as an ingest prepares them.
    expected = [row for row in matching_of(one_worker_db)[0] if row[0] != first]
    assert [row for row in keys if row[0] != first] == expected

    lines[0]["prepared"]["claims"].pop()
    _write_lines(shard, lines)
    result = run("import-extractions", shards, "--db", tmp_path / "bad.db")
    assert result.exit_code == 2
    extracted = len(lines[0]["extraction"]["claims"])
    assert result.stderr.strip().splitlines() == [
        f"error: {shard.name} line 1: prepared: {counted(extracted - 1, 'claim')} prepared for "
        f"{extracted} extracted"
    ]


def test_a_bad_shard_line_is_named_and_nothing_is_stored(folder, tmp_path, french_nlp):
    shards = tmp_path / "shards"
    run("extract-batch", folder, "-o", shards, "--workers", 1)
    (shard,) = shards.glob("*.jsonl")
    lines = shard.read_text("utf-8").splitlines()
    record = json.loads(lines[1])
    record["extraction"]["claims"][0]["start"] += 3  # its span no longer holds its text
    shard.write_text("\n".join([lines[0], json.dumps(record), *lines[2:]]) + "\n", "utf-8")
    db = tmp_path / "bad.db"
    result = run("import-extractions", shards, "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {shard.name} line 2: claim 0: its span does not hold its text in the article"
    ]
    assert not db.exists()  # nothing stored: not even an empty database


def long_french_articles(count: int) -> list[str]:
    """Long articles (about 1,000 words) whose paragraphs come from the French fixtures in a
    different order each time."""
    paragraphs = [
        p
        for path in sorted(FIXTURES.glob("*-fr.txt"))
        for p in path.read_text("utf-8").split("\n\n")
        if len(p.split()) > 12
    ]
    articles = []
    for i in range(count):
        chosen = [paragraphs[(i * 7 + k * (i + 3)) % len(paragraphs)] for k in range(25)]
        articles.append(f"Dépêche numéro {i}\n\n" + "\n\n".join(chosen))
    return articles


def all_gone(group: int, seconds: float = 30) -> bool:
    """Whether every process of the group has exited within `seconds` (killed if not)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    os.killpg(group, signal.SIGKILL)
    return False


def test_kill_9_mid_ingest_then_rerun_stores_each_article_once(tmp_path, french_nlp):
    folder = tmp_path / "long"
    folder.mkdir()
    articles = long_french_articles(8)
    for i, text in enumerate(articles):
        (folder / f"{i:02}.txt").write_text(text, "utf-8")
    db = tmp_path / "killed.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "ingest", str(folder), "--workers", "2"]
        + ["--lang", "fr", "--date", "2024-11-20", "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    stored = 0
    deadline = time.time() + 240
    while time.time() < deadline and not stored:
        time.sleep(0.02)
        try:
            stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 1 <= stored < len(articles)
    # The pool's workers see their parent gone and leave: nothing is left running.
    assert all_gone(process.pid)

    result = run("ingest", folder, "--db", db, "--workers", 1, "--lang", "fr", "--json")
    data = json.loads(result.stdout)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert data["stored"] + data["duplicates"] == len(articles)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(articles)
    half = conn.execute("""
        SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM claims c
          WHERE c.article_id = a.id) != (SELECT json_extract(h.after, '$.claims') FROM history h
          WHERE h.article_id = a.id AND h.action = 'article.ingested')""").fetchone()[0]
    assert half == 0


def test_ctrl_c_stops_cleanly_and_a_rerun_stores_the_rest(tmp_path, french_nlp):
    folder = tmp_path / "long"
    folder.mkdir()
    articles = long_french_articles(8)
    for i, text in enumerate(articles):
        (folder / f"{i:02}.txt").write_text(text, "utf-8")
    db = tmp_path / "interrupted.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "ingest", str(folder), "--workers", "2"]
        + ["--lang", "fr", "--date", "2024-11-20", "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    stored = 0
    deadline = time.time() + 240
    while time.time() < deadline and not stored:
        time.sleep(0.02)
        try:
            stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
    os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl+C
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("interrupted: "), stderr
    assert "Traceback" not in stderr
    assert all_gone(process.pid)  # no worker left behind

    before = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 1 <= before < len(articles)
    data = json.loads(run("ingest", folder, "--db", db, "--workers", 1, "--json").stdout)
    assert (data["stored"], data["duplicates"]) == (len(articles) - before, before)


@dataclass
class _Span:
    start: int
    end: int


@dataclass
class _Future:
    """A shape extraction might take later: new fields of any typed kind."""

    published: date
    sentence: _Span | None = None
    spans: list[_Span] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    senses: tuple[frozenset[str], ...] = ()


def test_extractions_travel_through_json_whatever_fields_they_hold(sample_extraction):
    from workbench.ingest.codec import DecodeError, decode, decode_extraction, encode

    assert decode_extraction(json.loads(json.dumps(encode(sample_extraction)))) == (
        sample_extraction
    )
    later = _Future(
        date(2024, 1, 2), _Span(1, 4), [_Span(0, 2)], {"figure": 0.5}, (frozenset({"b", "a"}),)
    )
    assert decode(_Future, json.loads(json.dumps(encode(later))), "x") == later
    with pytest.raises(DecodeError, match=r"x\.senses\[0\]\[1\]: expected text"):
        decode(_Future, {"published": "2024-01-02", "senses": [["a", 2]]}, "x")
    with pytest.raises(DecodeError, match=r"x\.spans\[0\]\.end: expected an integer"):
        decode(_Future, {"published": "2024-01-02", "spans": [{"start": 0, "end": "2"}]}, "x")
    with pytest.raises(DecodeError, match="unknown field 'colour'"):
        decode(_Future, {"published": "2024-01-02", "colour": 1}, "x")


def test_a_rerun_that_stores_nothing_still_completes_interrupted_matching(tmp_path, french_nlp):
    from workbench.store import Store

    article = tmp_path / "same.txt"
    article.write_text((FIXTURES / "italy-earthquake-2009-en.txt").read_text("utf-8"), "utf-8")
    db = tmp_path / "killed.db"
    assert run("ingest", article, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)  # as a kill between the article's commit and its matching
    conn.execute("UPDATE articles SET matched_with = NULL")
    conn.commit()
    conn.close()
    data = json.loads(run("ingest", article, "--db", db, "--json").stdout)
    assert (data["stored"], data["duplicates"]) == (0, 1)
    store = Store.open(db)
    assert store.resume_matching() == []  # the rerun matched it
    store.close()


def test_the_writer_uses_a_workers_preparation_only_when_made_by_its_own_matcher(
    store, sample_text, sample_extraction
):
    from dataclasses import replace

    from workbench.matching.prepare import PreparedClaims, prepare_article

    claims = [claim.to_dict() for claim in sample_extraction.claims]
    made = prepare_article(claims, sample_extraction.language)
    assert made.claims and all(ready.keys for ready in made.claims)
    marked = tuple(replace(ready, keys=("w:marked",)) for ready in made.claims)

    def stored_keys() -> set[str]:
        return {row[0] for row in store.db.execute("SELECT key FROM match_keys")}

    # Made by this matcher: stored as the worker made it, not computed again by the writer.
    store.ingest(sample_text, sample_extraction, prepared=PreparedClaims(made.stamp, marked))
    assert stored_keys() == {"w:marked"}
    # Made by another version (or without the dictionaries): the writer makes its own.
    other = sample_text + "\n\nUne autre version."
    store.ingest(other, sample_extraction, prepared=PreparedClaims("keys 1, matcher 0", marked))
    assert stored_keys() == {"w:marked"} | {key for ready in made.claims for key in ready.keys}


def test_finding_articles_left_to_match_does_not_read_every_article(store):
    from workbench.matching import keys
    from workbench.matching.matcher import version

    def steps() -> int:
        counted = [0]

        def count() -> int:
            counted[0] += 1
            return 0

        store.db.conn.set_progress_handler(count, 1)
        try:
            assert store.articles_to_resume(keys.VERSION, version()) == []
        finally:
            store.db.conn.set_progress_handler(None, 1)
        return counted[0]

    def add(count: int) -> None:
        store.db.conn.executemany(
            "INSERT INTO articles (text, content_hash, ingested_at, indexed_with, matched_with) "
            "VALUES ('x', ?, 'now', ?, ?)",
            [(f"{store.db['articles'].count}-{i}", keys.VERSION, version()) for i in range(count)],
        )
        store.db.conn.commit()

    add(10)
    few = steps()
    add(5000)
    assert steps() < few + 20  # range scans of an index: as cheap with 5,010 articles as 10


def test_ctrl_c_inside_a_store_function_is_an_interruption(capsys):
    """Ctrl+C while SQLite runs one of the store's Python functions (`fold`, the signature
    keys' checks) reached the command as "user-defined function raised exception" and an
    error's exit code 2 (seen under load in the test above): it is an interruption."""
    import sqlite3

    from workbench.cli.ingest import _running

    def work(line):
        conn = sqlite3.connect(":memory:")
        conn.create_function("ping", 0, lambda: os.kill(os.getpid(), signal.SIGINT) or 1)
        conn.execute("SELECT ping()").fetchall()
        return "finished"

    with pytest.raises(SystemExit) as stopped:
        _running("storing", work)
    assert stopped.value.code == 130
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("interrupted: ")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
