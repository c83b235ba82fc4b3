"""Every storage command as a user runs it, on real temporary database files; concurrency and
crash safety with real processes."""

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, ROOT, SAMPLE
from workbench.cli import main


def run(*args, stdin=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin)


@pytest.fixture
def ingested(french_nlp):
    result = run(
        "ingest",
        SAMPLE,
        "--date",
        "2024-11-20",
        "--outlet",
        "Exemple",
        "--url",
        "https://example.org/ukraine",
        "--json",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["ingested"][0]["article_id"]


def six_claim_id() -> int:
    rows = json.loads(run("claims", "--search", "ATACMS", "--json").stdout)
    return rows[0]["id"]


def test_a_whole_session_from_the_command_line(ingested):
    cid = six_claim_id()
    assert run("status", cid, "in-progress").exit_code == 0
    assert run("verdict", "set", cid, "Plutôt faux", "-r", "Four, not six.").exit_code == 0
    added = run(
        "source",
        "add",
        "https://example.org/pentagon",
        "--title",
        "Briefing",
        "--publisher",
        "DoD",
        "--claim",
        cid,
        "--stance",
        "refutes",
        "--excerpt",
        "four",
    )
    assert added.exit_code == 0, added.output
    assert run("date", "add", cid, "Nov 19 2024", "--role", "event").exit_code == 0
    assert run("note", "add", cid, "Call the ministry.").exit_code == 0
    assert run("claim", "edit", cid, "--speaker", "Ministère russe").exit_code == 0
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["verdict_record"]["label"] == "mostly-false"
    assert shown["sources"][0]["stance"] == "refutes"
    assert shown["attached_dates"][0]["iso"] == "2024-11-19"
    assert shown["speaker"] == "Ministère russe"
    listed = run("claims", "--verdict", "mostly-false").output
    assert "Mostly false" in listed and "mostly-false" not in listed  # labels, not keys
    history = run("history", cid)
    assert history.exit_code == 0
    for action in (
        "verdict given",
        "source attached",
        "date attached",
        "note added",
        "claim edited",
    ):
        assert action in history.output
    assert "Four, not six." in run("show", cid).output
    assert run("undo").exit_code == 0
    assert json.loads(run("show", cid, "--json").stdout)["speaker"] != "Ministère russe"


def test_a_new_verdict_keeps_the_rationale_unless_told(ingested):
    cid = six_claim_id()
    assert run("verdict", "set", cid, "Plutôt faux", "-r", "Four, not six.").exit_code == 0
    changed = run("verdict", "set", cid, "faux")
    assert changed.exit_code == 0, changed.output
    assert "rationale kept: Four, not six." in changed.output
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["verdict_record"]["label"] == "false"
    assert shown["verdict_record"]["rationale"] == "Four, not six."
    assert shown["status"] == "checked"  # a verdict ends the checking
    for blank in ("", "  \t "):
        cleared = run("verdict", "set", cid, "faux", "-r", blank)
        assert cleared.exit_code == 2 and "needs its rationale" in cleared.stderr
    assert json.loads(run("show", cid, "--json").stdout)["verdict_record"]["rationale"] == (
        "Four, not six."
    )


@pytest.mark.parametrize("given", [(), ("-r", ""), ("-r", " \n  ")])
def test_a_verdict_without_a_rationale_is_refused(ingested, given):
    """A published fact-check says why (ClaimReview's reviewBody): `verdict set` without a
    rationale, or with a blank one, was recorded, then published as it was."""
    cid = six_claim_id()
    connection = sqlite3.connect(os.environ["WORKBENCH_DB"])
    before = connection.execute("SELECT count(*) FROM history").fetchone()[0]
    result = run("verdict", "set", cid, "false", *given)
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert re.match(rf"error: claim \d+ \(id {cid}\): a verdict needs its rationale", result.stderr)
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["verdicts"] == [] and shown["status"] == "new"
    assert connection.execute("SELECT count(*) FROM history").fetchone()[0] == before


def test_listing_commands(ingested):
    articles = run("articles")
    total = len(json.loads(run("claims", "--json").stdout))
    assert "Exemple" in articles.output and f"0/{total}" in articles.output
    assert "six missi" in run("claims", "--kind", "number").output
    assert "claims" in run("claims", "--verdict", "none", "--status", "new").output
    assert "mostly-true" in run("verdict", "scale").output
    run("source", "add", "https://example.org/a", "--title", "Agency wire")
    assert "Agency wire" in run("source", "list", "--search", "wire").output


def test_a_source_without_a_title_is_shown_once(ingested):
    six = six_claim_id()
    assert run("source", "add", "https://example.org/untitled", "--claim", six).exit_code == 0
    shown = run("show", six).output
    assert "] https://example.org/untitled\n" in shown  # not "url <url>"


def test_claim_add_by_words(ingested):
    result = run(
        "claim",
        "add",
        ingested,
        "--text",
        "Cette décision a été largement décriée par les pays occidentaux.",
    )
    assert result.exit_code == 0, result.output
    assert "added" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("show", 424242),
        ("status", 424242, "checked"),
        ("verdict", "set", 1, "Pants on fire"),
        ("source", "add", "javascript:alert(1)"),
        ("source", "add", "file:///etc/passwd"),
        ("date", "add", 1, "31/02/2024"),
        ("history", 424242),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(ingested, args):
    before = (
        sqlite3.connect(os.environ["WORKBENCH_DB"])
        .execute("SELECT count(*) FROM history")
        .fetchone()[0]
    )
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    after = (
        sqlite3.connect(os.environ["WORKBENCH_DB"])
        .execute("SELECT count(*) FROM history")
        .fetchone()[0]
    )
    assert after == before


def test_ingest_refuses_empty_and_binary_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    for path, reason in ((empty, "empty"), (binary, "binary")):
        result = run("ingest", path)
        assert result.exit_code == 2
        assert reason in result.stderr and path.name in result.stderr
    assert (
        not os.path.exists(os.environ["WORKBENCH_DB"])
        or sqlite3.connect(os.environ["WORKBENCH_DB"])
        .execute("SELECT count(*) FROM articles")
        .fetchone()[0]
        == 0
    )


def test_ingest_a_folder_skips_the_bad_file_and_keeps_the_rest(tmp_path, french_nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((FIXTURES / "voa60-afrique-2021-12-10-fr.txt").read_text())
    (folder / "b.md").write_text(
        "# Earthquake\n\n" + (FIXTURES / "italy-earthquake-2009-en.txt").read_text()
    )
    (folder / "c.html").write_text(
        "<html><head><title>Wire</title><meta name='date' content='2012-09-02'></head><body>"
        "<article><h1>Wire</h1><p>"
        + (FIXTURES / "angola-election-2012-en.txt").read_text()
        + "</p></article></body></html>"
    )
    (folder / "d.txt").write_bytes("Le ministère a déclaré.".encode("latin-1"))
    (folder / "e.txt").write_bytes("Le ministère a annoncé 12 morts.".encode("utf-16"))
    result = run("ingest", folder, "--json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert len(data["ingested"]) == 4 and len(data["skipped"]) == 1
    assert "d.txt" in data["skipped"][0]
    titles = {a["title"] for a in json.loads(run("articles", "--json").stdout)}
    assert {"Earthquake", "Wire"} <= titles


def test_ingest_from_stdin(french_nlp):
    result = run(
        "ingest",
        "-",
        "--lang",
        "en",
        "--date",
        "2024-03-08",
        "--title",
        "Piped",
        stdin="Officials said 40 people were killed on Tuesday.",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(run("claims", "--json").stdout)[0]["dates"][0]["iso"] == "2024-03-05"


_WRITER = """
import sys
from workbench.store import Store
store = Store.open(sys.argv[1], sys.argv[2])
claims = [c["id"] for c in store.claims()]
for i in range(100):
    cid = claims[i % len(claims)]
    store.set_verdict(cid, "true" if i % 2 else "false", f"{sys.argv[2]} {i}")
    store.add_note(cid, f"{sys.argv[2]} note {i}")
"""


def test_two_processes_writing_at_once_lose_nothing(ingested):
    db = os.environ["WORKBENCH_DB"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, db, name], env=env, stderr=subprocess.PIPE)
        for name in ("ana", "bob")
    ]
    for writer in writers:
        assert writer.wait(timeout=120) == 0, writer.stderr.read().decode()
    conn = sqlite3.connect(db)
    landed = (
        conn.execute("SELECT count(*) FROM verdicts").fetchone()[0]
        + conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    )
    logged = conn.execute(
        "SELECT count(*) FROM history WHERE action IN ('verdict.set', 'note.added')"
    ).fetchone()[0]
    assert landed == logged == 400


def test_kill_9_during_ingest_leaves_a_sound_database(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    base = (FIXTURES / "italy-earthquake-2009-en.txt").read_text()
    for i in range(400):
        (folder / f"{i:04}.txt").write_text(
            f"Report {i}.\n\n{base}\n\nUpdate {i}: {i} more people were hurt.\n" * 3
        )
    db = tmp_path / "crash.db"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workbench.cli",
            "ingest",
            str(folder),
            "--lang",
            "en",
            "--db",
            str(db),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Killed once a few articles are in: on a loaded machine the model's load and these
    # near-duplicate articles (each matched with every earlier one) took most of a minute.
    deadline = time.time() + 150
    while time.time() < deadline:
        time.sleep(0.05)
        try:
            if sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] >= 5:
                break
        except sqlite3.Error:
            continue
    process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 5 <= stored < 400
    half = conn.execute("""
        SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM claims c
          WHERE c.article_id = a.id) != (SELECT json_extract(h.after, '$.claims') FROM history h
          WHERE h.article_id = a.id AND h.action = 'article.ingested')""").fetchone()[0]
    assert half == 0


def test_link_a_library_source_and_correct_figures(ingested):
    cid = six_claim_id()
    added = run("source", "add", "https://example.org/library", "--title", "Library")
    source_id = int(added.output.split()[1])
    linked = run("source", "link", cid, source_id, "--stance", "supports", "--excerpt", "six")
    assert linked.exit_code == 0, linked.output
    edited = run("claim", "edit", cid, "--figure", "six=6", "--figure", "ATACMS=0")
    assert edited.exit_code == 0, edited.output
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["sources"][0]["title"] == "Library"
    assert [n["value"] for n in shown["numbers"]] == [6, 0]
    assert run("claim", "edit", cid, "--figure", "six=many").exit_code == 2


def test_a_corrupt_database_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    result = run("articles", "--db", bad)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "corrupt" in result.stderr


def test_full_text_search_over_everything(ingested):
    cid = six_claim_id()
    run("note", "add", cid, "Appeler le porte-parole du Pentagone")
    run("source", "add", "https://example.org/pentagon-briefing", "--title", "Pentagon briefing")
    found = json.loads(run("search", "pentag", "--json").stdout)
    assert found["notes"] and found["sources"]
    assert json.loads(run("search", "ATACMS", "--json").stdout)["claims"][0]["id"] == cid
    assert "Exemple" not in run("search", "zzzz").output


def test_search_finds_the_words_quoted_from_a_source(ingested):
    """A trial: an analyst remembered a source by the words quoted from it, and search did not
    look at excerpts. A link taken back by undo is no longer found."""
    cid = six_claim_id()
    added = run(
        "source",
        "add",
        "https://example.org/briefing",
        "--claim",
        cid,
        "--stance",
        "supports",
        "--excerpt",
        "Kyiv fired six long-range missiles at Bryansk",
    )
    assert added.exit_code == 0, added.output
    found = json.loads(run("search", "Bryansk", "--json").stdout)["excerpts"]
    assert [(row["claim_id"], row["excerpt"][:4]) for row in found] == [(cid, "Kyiv")]
    assert re.search(
        rf"excerpt  claim \d+ \(id {cid}\), source", run("search", "long-range").output
    )
    assert run("undo").exit_code == 0
    assert json.loads(run("search", "Bryansk", "--json").stdout)["excerpts"] == []


def test_search_finds_rationales_and_says_which_claim_a_note_is_on(ingested):
    """A trial: `search deuil` missed the word in a verdict's rationale, and a note was listed
    without its claim. A rationale replaced by a later verdict, and a note taken back, are no
    longer found."""
    cid = six_claim_id()
    run("verdict", "set", cid, "false", "-r", "Quatre selon le Pentagone, deuil national")
    run("note", "add", cid, "Rappeler le Pentagone demain")
    shown = run("search", "Pentagone").output
    assert re.search(rf"verdict  on claim \d+ \(id {cid}\):  Quatre selon", shown)
    assert re.search(rf"note     on claim \d+ \(id {cid}\):  Rappeler", shown)
    run("verdict", "set", cid, "true", "-r", "Six selon Moscou")
    assert json.loads(run("search", "deuil", "--json").stdout)["rationales"] == []
    run("undo")  # the verdict
    assert json.loads(run("search", "deuil", "--json").stdout)["rationales"][0]["claim_id"] == cid
    run("undo")  # the verdict before
    run("undo")  # the note
    found = json.loads(run("search", "Pentagone", "--json").stdout)
    assert found["notes"] == [] and found["rationales"] == []


def test_a_verdict_set_from_the_command_line_is_undone_in_one_step(ingested):
    """`workbench verdict set` moved a new claim to checked and gave the verdict as two
    changes, so it took two `workbench undo`s (the TUI's `v` already took one); the same
    verdict again wrote a second, identical verdict."""
    cid = six_claim_id()
    assert json.loads(run("show", cid, "--json").stdout)["status"] == "new"
    assert run("verdict", "set", cid, "false", "-r", "Quatre.").exit_code == 0
    again = run("verdict", "set", cid, "false")
    assert "(unchanged)" in again.output
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["status"] == "checked" and len(shown["verdicts"]) == 1
    assert run("undo").exit_code == 0
    shown = json.loads(run("show", cid, "--json").stdout)
    assert shown["status"] == "new"
    assert [v["retracted_at"] is not None for v in shown["verdicts"]] == [True]


def test_terminal_output_never_carries_raw_escapes(tmp_path, french_nlp):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Le ministre a déclaré que \x1b[2J\x1b[31m12 drones\x1b[0m ont été abattus.\x07",
        encoding="utf-8",
    )
    result = run("ingest", hostile, "--lang", "fr", "--date", "2024-01-01")
    assert result.exit_code == 0, result.output
    for output in (
        run("claims").output,
        run("show", 1).output,
        run("extract", hostile, "--lang", "fr").output,
    ):
        assert "\x1b" not in output and "\x07" not in output
        assert "␛[31m12 drones" in output


def test_an_article_without_a_date_says_so_and_its_date_can_be_corrected(tmp_path):
    """Ingested without --date (and none in the file): the day assumed is said at once,
    and `workbench article date` corrects it, reading the claims' relative dates again in
    one transaction with history, keeping everything the analyst did."""
    from datetime import date, timedelta

    from tests.small_article import TEXT
    from workbench.store import Store

    article = tmp_path / "flood.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "dated.db"
    result = run("ingest", article, "--lang", "en", "--db", db)
    assert result.exit_code == 0, result.output
    today = date.today()
    assert f"assumed {today.isoformat()}" in result.output
    assert "workbench article date 1 YYYY-MM-DD" in result.output

    store = Store.open(db, "ana")
    assert store.article(1)["published_assumed"] == 1
    monday = next(c for c in store.claims() if "Monday" in c["text"])
    last_monday = today - timedelta(days=today.weekday())
    assert [d["iso"] for d in monday["dates"]] == [last_monday.isoformat()]
    store.set_verdict(monday["id"], "false", "Nine, per the hospital")
    store.add_note(monday["id"], "Call the ministry")
    store.add_date(monday["id"], "as-of", "2024-01-09")
    before = store.claim(monday["id"])

    bad = run("article", "date", 1, "2024-02-31", "--db", db)
    assert bad.exit_code == 2 and bad.output.startswith("error:")
    assert store.article(1)["published"] == today.isoformat()

    result = run("article", "date", 1, "2024-01-10", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"{today.isoformat()} -> 2024-01-10" in result.output
    assert str(monday["id"]) in result.output
    after = Store.open(db, "ana").claim(monday["id"])
    assert [d["iso"] for d in after["dates"]] == ["2024-01-08"]  # the Monday before
    assert [d["text"] for d in after["dates"]] == [d["text"] for d in monday["dates"]]
    assert after["verdict_record"]["rationale"] == "Nine, per the hospital"
    assert [n["body"] for n in after["notes"]] == ["Call the ministry"]
    assert after["attached_dates"] == before["attached_dates"]
    year = next(c for c in store.claims() if "2023" in c["text"])
    assert [d["iso"] for d in year["dates"]] == ["2023"]  # nothing relative: unchanged
    reopened = Store.open(db, "ana")
    assert reopened.article(1)["published"] == "2024-01-10"
    assert not reopened.article(1)["published_assumed"]
    actions = [h["action"] for h in reopened.history(monday["id"])]
    assert actions[-1] == "claim.redated"
    assert reopened.replay(monday["id"])["dates"] == after["dates"]

    undone = run("undo", "--db", db)  # by whoever dated it: the OS user here
    assert undone.exit_code == 0, undone.output
    assert "dating of article 1 to 2024-01-10" in undone.output
    reopened = Store.open(db, "ana")
    assert reopened.article(1)["published"] == today.isoformat()
    assert reopened.article(1)["published_assumed"]
    assert [d["iso"] for d in reopened.claim(monday["id"])["dates"]] == [last_monday.isoformat()]
    assert reopened.claim(monday["id"])["verdict_record"]["rationale"] == "Nine, per the hospital"
    redone = run("redo", "--db", db)
    assert redone.exit_code == 0, redone.output
    reopened = Store.open(db, "ana")
    assert reopened.article(1)["published"] == "2024-01-10"
    assert [d["iso"] for d in reopened.claim(monday["id"])["dates"]] == ["2024-01-08"]


def test_show_says_what_each_figure_counts(ingested):
    """A trial read "figures: 2,5 millions=2500000" in `show` and asked 2.5 million of what."""
    line = next(
        line for line in run("show", six_claim_id()).output.splitlines() if "figures:" in line
    )
    assert "six = 6 missiles" in line
