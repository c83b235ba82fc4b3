"""Where a traceback used to come out: each case gives one `error:` line, exit code 2 and writes
nothing — ids too large, unwritable places, a full disk, a file size limit, symlink loops,
FIFOs, deep JSON, an unknown claim named by `source add`, two ingests of one new file."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.small_article import TEXT, claim_ids, small_store

ROOT = Path(__file__).resolve().parent.parent


def workbench(*argv: str, db: Path, fsize: int | None = None, timeout: float = 60):
    """The real command in its own process (optionally under a file size limit, `ulimit -f`)."""

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *argv],
        cwd=ROOT,
        env={**os.environ, "WORKBENCH_DB": str(db), "WORKBENCH_ANALYST": "ana"},
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
    )


def one_error_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def refused_alone(result, reason: str) -> None:
    """One `error:` line naming `reason`, and nothing on stdout (no "0 stored, 1 refused"
    summary beside it)."""
    assert reason in one_error_line(result), result.args
    assert result.stdout == "", result.args


def counts(db: Path) -> list[int]:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "claims", "notes", "sources", "history")
    ]
    conn.close()
    return found


@pytest.fixture
def stored(tmp_path):
    store = small_store(tmp_path / "w.db")
    ids = claim_ids(store)
    store.close()
    return tmp_path / "w.db", ids


def test_ids_too_large_for_sqlite(stored):
    db, _ = stored
    for argv in (["show", "99999999999999999999"], ["note", "add", "99999999999999999999", "x"]):
        assert "no such id" in one_error_line(workbench(*argv, db=db))


def test_source_add_for_an_unknown_claim_writes_nothing(stored):
    db, _ = stored
    before = counts(db)
    line = one_error_line(workbench("source", "add", "https://x.org/a", "--claim", "99999", db=db))
    assert "no claim 99999" in line
    assert counts(db) == before


def test_a_database_folder_that_cannot_exist(tmp_path):
    (tmp_path / "file").write_text("x")
    line = one_error_line(workbench("analyst", "add", "bob", db=tmp_path / "file" / "w.db"))
    assert "cannot create its folder" in line


@pytest.mark.parametrize("argv", [["articles"], ["claims"], ["show", "1"], ["queue"]])
def test_a_mistyped_database_on_a_reading_verb_creates_nothing(tmp_path, argv):
    """`--db /typo/x.db articles` made the folder and an empty database and answered "no
    articles yet", as if the desk's work were gone."""
    db = tmp_path / "typo" / "x.db"
    line = one_error_line(workbench(*argv, db=db))
    assert line.startswith(f"error: no database at {db}")
    assert not db.parent.exists()


def test_a_read_only_database_file(stored):
    db, (claim, *_) = stored
    if os.geteuid() != 0 or subprocess.run(["chattr", "+i", str(db)]).returncode:
        pytest.skip("needs root and chattr to make a file read-only for root")
    try:
        before = counts(db)
        assert "read-only" in one_error_line(workbench("note", "add", str(claim), "x", db=db))
        assert counts(db) == before
    finally:
        subprocess.run(["chattr", "-i", str(db)])


def test_export_into_a_folder_that_cannot_be_written(stored, tmp_path):
    db, _ = stored
    (tmp_path / "file").write_text("x")
    line = one_error_line(workbench("export", "1", "-o", str(tmp_path / "file" / "r.md"), db=db))
    assert "cannot be written" in line


@pytest.mark.parametrize("what", ["note add", "ingest", "export"])
def test_a_file_size_limit_mid_write(stored, tmp_path, what):
    """`ulimit -f`: the write fails half-way; nothing is kept, not even an empty `.part`."""
    db, (claim, *_) = stored
    big = tmp_path / "big.txt"
    big.write_text(("The army said 40 drones flew over the city. " * 40 + "\n\n") * 200)
    argv = {
        "note add": ["note", "add", str(claim), "x" * 100_000],
        "ingest": ["ingest", str(big), "--lang", "en"],
        "export": ["export", "--all", "--format", "json", "-o", str(tmp_path / "r.json")],
    }[what]
    if what == "export":  # a report bigger than the limit
        workbench("note", "add", str(claim), "y" * 100_000, db=db)
    before = counts(db)
    one_error_line(workbench(*argv, db=db, fsize=60_000))
    assert counts(db) == before
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "r.json").exists()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs, when this machine lets us mount one (root); a real full disk."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)])


def test_a_full_disk(tiny_disk, tmp_path):
    db = tiny_disk / "w.db"
    store = small_store(db)
    claim = claim_ids(store)[0]
    store.add_note(claim, "y" * 100_000)  # the report will not fit either
    store.close()
    filler = tiny_disk / "filler"
    with open(filler, "wb", buffering=0) as file:  # fill the disk
        try:
            while True:
                file.write(b"\0" * 4096)
        except OSError:
            pass
    os.truncate(filler, max(0, filler.stat().st_size - 16 * 4096))  # room to open, not to note
    before = counts(db)
    one_error_line(workbench("note", "add", str(claim), "x" * 100_000, db=db))
    assert counts(db) == before
    one_error_line(
        workbench("export", "--all", "--format", "json", "-o", str(tiny_disk / "r.json"), db=db)
    )
    assert not list(tiny_disk.glob("*.part"))


def test_symlink_loops_and_fifos_are_refused(stored, tmp_path):
    db, _ = stored
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    before = counts(db)
    for argv, reason in (
        (["ingest", str(loop)], "symbolic links"),
        (["ingest", str(fifo)], "not a regular file"),
        (["import", str(fifo)], "not a regular file"),
        (["import-claimreview", str(fifo)], "not a regular file"),
        (["import", str(loop)], "symbolic links"),
    ):
        refused_alone(workbench(*argv, db=db, timeout=30), reason)
    assert counts(db) == before


def test_nul_bytes_anywhere_and_the_size_message(tmp_path):
    from workbench.textio import ArticleError, read_article, read_regular

    late = tmp_path / "late.txt"
    late.write_bytes(b"a" * 9000 + b"\0" + b"b" * 10)
    with pytest.raises(ArticleError, match="binary"):
        read_article(late)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(ArticleError, match=r"2,000 bytes is over the limit of 1,000 bytes"):
        read_regular(big, limit=1000)


RACER = """
import os, sys, time
from datetime import date
from workbench.extract import extract
from workbench.store import Store
path, go, text = sys.argv[1], sys.argv[2], sys.argv[3]
texts = [f"Report {i}\\n\\n" + text * 20 for i in range(8)]
extractions = [extract(t, "en", date(2024, 1, 10)) for t in texts]
store = Store.open(path, "ana")
while not os.path.exists(go):
    time.sleep(0.001)
print("".join("N" if store.ingest(t, e).created else "S" for t, e in zip(texts, extractions)))
"""


def test_two_simultaneous_ingests_of_one_new_file(tmp_path):
    """Two processes store the same new articles at the same moment: each article is stored
    once, the other process finds it under the write lock (never an IntegrityError)."""
    db, go = tmp_path / "race.db", tmp_path / "go"
    small_store(db).close()
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(db), str(go), TEXT],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    go.touch()
    results = [racer.communicate(timeout=120) for racer in racers]
    assert [racer.returncode for racer in racers] == [0, 0], [err for _, err in results]
    first, second = (out.strip() for out, _ in results)
    assert all({a, b} == {"N", "S"} for a, b in zip(first, second, strict=True)), (first, second)
    assert counts(db)[0] == 9


@pytest.mark.parametrize(
    "rating",
    [
        {"ratingValue": "NaN"},
        {"ratingValue": "Infinity"},
        {"ratingValue": 99, "bestRating": 0},
        {"ratingValue": 6, "bestRating": 5},
        {"ratingValue": 2, "bestRating": "-Infinity"},
    ],
)
def test_claimreview_ratings_off_their_scale_are_skipped(rating):
    from workbench.matching.claimreview import parse

    review = {
        "@type": "ClaimReview",
        "url": "https://checks.example/1",
        "claimReviewed": "Twelve people were killed.",
        "reviewRating": rating,
    }
    records, problems = parse(review)
    assert records == [] and len(problems) == 1 and "reviewRating" in problems[0]
    assert parse({**review, "reviewRating": {"ratingValue": 1, "bestRating": 5}})[0]


TIMED = """
import sys, time
from workbench.store import Store, StoreError
started = time.monotonic()
try:
    Store.open(sys.argv[1], "ana").add_note(int(sys.argv[2]), "x")
except StoreError as error:
    print(f"{time.monotonic() - started:.2f} {error}")
"""


def test_a_locked_rollback_journal_database_is_refused_after_the_busy_timeout(stored):
    """Another program holds the file in rollback-journal mode: refused after one busy
    timeout (here 1 s), not after one timeout per statement. Timed inside the process, so
    Python's start-up on a busy machine does not count."""
    db, (claim, *_) = stored
    conn = sqlite3.connect(db, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("INSERT INTO settings VALUES ('held', 'by another program')")
    try:
        result = subprocess.run(
            [sys.executable, "-c", TIMED, str(db), str(claim)],
            cwd=ROOT,
            env={**os.environ, "WORKBENCH_BUSY_TIMEOUT_MS": "1000"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    elapsed, message = result.stdout.split(" ", 1)
    assert "locked" in message
    assert 1.0 <= float(elapsed) < 2.0  # one wait, not one per statement
    assert counts(db)[2] == 0


@pytest.mark.parametrize(
    "argv",
    [["claims", "--status", "done"], ["no-such-verb"], ["note", "add"], ["claims", "--bogus"]],
)
def test_a_mistyped_command_line_gets_one_error_line(stored, argv):
    """click's usage block is replaced by the one line every refusal gets."""
    db, _ = stored
    assert "--help" in one_error_line(workbench(*argv, db=db))


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["claims", "--article", "999"], "no article 999"),
        (["undo", "--claim", "9999"], "no claim 9999"),
        (["redo", "--claim", "9999"], "no claim 9999"),
        (["export", "1", "--all"], "not both"),
        (["status", "1", "done"], "STATUS"),
    ],
)
def test_a_wrong_id_or_choice_is_named_as_such(stored, argv, said):
    """Not "0 claims" or "nothing of yours to undo": the id itself is wrong."""
    db, _ = stored
    before = counts(db)
    assert said in one_error_line(workbench(*argv, db=db))
    assert counts(db) == before


def test_opening_a_file_with_no_article_is_refused_before_the_ui(stored, tmp_path):
    """`open` on an empty or binary file said so in a toast and left a UI running (forever,
    without a terminal); `extract` printed "0 claims"."""
    db, _ = stored
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    before = counts(db)
    for argv, reason in (
        (["open", str(empty)], "empty file"),
        (["open", str(binary)], "bin.txt"),
        (["extract", str(empty)], "empty file"),
    ):
        refused_alone(workbench(*argv, db=db, timeout=30), reason)
    assert counts(db) == before


def test_ingest_says_a_date_it_did_not_apply_to_an_article_stored_before(stored, tmp_path):
    db, _ = stored
    article = tmp_path / "a.txt"
    article.write_text("The council said 40 schools would reopen on Monday.\n")
    assert workbench("ingest", str(article), "--date", "2025-03-07", db=db).returncode == 0
    again = workbench("ingest", str(article), "--date", "2025-03-10", db=db)
    assert again.returncode == 0, again.stderr
    assert "published 2025-03-07; --date 2025-03-10 was not applied" in again.stdout
    assert "workbench article date" in again.stdout
    same = workbench("ingest", str(article), "--date", "2025-03-07", db=db)
    assert "not applied" not in same.stdout


JUNK_JSON = "<<<>>>&&&&"


@pytest.mark.parametrize(
    "argv",
    [
        ["ingest", "/nonexistent/fr.txt"],
        ["ingest", "/nonexistent/fr.txt", "--date", "2024-02-31"],
        ["import", "JUNK"],
        ["import-claimreview", "JUNK"],
        ["import-extractions", "/nonexistent"],
        ["analyst", "add", ""],
        ["settings", "organisation", "Desk", "--url", "ftp://desk"],
        ["open", "999"],
    ],
)
def test_bad_input_leaves_no_database_behind(tmp_path, argv):
    """A trial: `workbench --db bad.db ingest /nonexistent/fr.txt` said "error:" and exited 2,
    but left an empty bad.db (and the folders made for it)."""
    junk = tmp_path / "junk.json"
    junk.write_text(JUNK_JSON, encoding="utf-8")
    db = tmp_path / "new" / "bad.db"
    one_error_line(workbench(*[str(junk) if a == "JUNK" else a for a in argv], db=db))
    assert not (tmp_path / "new").exists(), list((tmp_path / "new").iterdir())


def test_a_reading_verb_on_no_database_leaves_none(tmp_path):
    """Without --db, a reading verb on a machine that has no database yet made the default
    one (and its folders), empty, to answer "no articles yet"."""
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_DB"}
    for argv in (["articles"], ["show", "1"]):
        subprocess.run(
            [sys.executable, "-m", "workbench.cli", *argv],
            cwd=ROOT,
            env={**env, "XDG_DATA_HOME": str(tmp_path / "data")},
            capture_output=True,
            timeout=60,
        )
    assert not (tmp_path / "data").exists()


def test_bad_input_never_removes_an_existing_database(tmp_path):
    """An existing database stays, even one that holds nothing yet, and so does a new one
    that another connection wrote to while the refused command ran."""
    from workbench.store import Store

    empty = tmp_path / "empty.db"
    Store.open(empty).close()
    one_error_line(workbench("ingest", "/nonexistent/fr.txt", db=empty))
    assert empty.exists()
    stored = tmp_path / "stored.db"
    small_store(stored).close()
    before = counts(stored)
    one_error_line(workbench("ingest", "/nonexistent/fr.txt", db=stored))
    assert counts(stored) == before

    shared = tmp_path / "shared.db"
    refused = Store.open(shared, "ana")
    assert refused.created is not None
    small_store(shared, "bob").close()  # another process's ingest, meanwhile
    assert not refused.close_discarding_unused()
    assert counts(shared)[0] == 1
    # opened by another process that has not written yet: removed under it, its writes
    # went to a file no longer there, without an error
    opened = tmp_path / "opened.db"
    refused = Store.open(opened, "ana")
    other = Store.open(opened, "bob")
    assert not refused.close_discarding_unused()
    other.set_setting("organisation", "Desk")
    other.close()
    again = Store.open(opened, "ana")
    assert again.setting("organisation") == "Desk"
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again.close()
    untouched = Store.open(tmp_path / "untouched.db", "ana")
    assert untouched.close_discarding_unused()
    assert list(tmp_path.glob("untouched.db*")) == []


@pytest.mark.parametrize(
    ("name", "junk"),
    [("junk.html", "<html><body><<<>>>&&&&\n"), ("lorem.txt", "lorem ipsum dolor\n")],
)
def test_a_file_of_junk_is_refused_and_an_article_without_claims_is_said(tmp_path, name, junk):
    """A trial: "<<<>>>&&&&" saved as .html, or "lorem ipsum dolor" as .txt, was stored as an
    article of 0 claims titled with the junk, exit 0. A text with no claim and no sentence in
    French or English is refused; an article in either language that yields no claim is
    stored, and the command says so."""
    path = tmp_path / name
    path.write_text(junk, encoding="utf-8")
    db = tmp_path / "w.db"
    refused_alone(workbench("ingest", str(path), db=db), "no sentence in French or English")
    assert not db.exists()
    calm = tmp_path / "calm.txt"
    calm.write_text("Note\n\nSee you soon.\n", encoding="utf-8")
    result = workbench("ingest", str(calm), "--date", "2024-01-10", db=db)
    assert result.returncode == 0, result.stderr
    assert "calm.txt: stored as article 1, but no claim was found in it" in result.stdout
    assert counts(db)[:2] == [1, 0]
    shards = workbench("extract-batch", str(calm), "-o", str(tmp_path / "shards"), db=db)
    assert shards.returncode == 0 and "stored as article" not in shards.stdout  # no article
