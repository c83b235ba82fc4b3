"""The desk from the command line: analyst, assign, review, queue, desk, settings; refusals are
one `error:` line, exit code 2 and nothing written; publishing follows review."""

from __future__ import annotations

import json
import re

import pytest

from tests.test_cli_store import ingested, run, six_claim_id  # noqa: F401 (fixture)
from workbench.store import Store


def snapshot() -> tuple:
    store = Store.open(None, "check")
    try:
        return (
            tuple(store.db.query("SELECT id, assignee, review, verdict FROM claims")),
            tuple(store.db.query("SELECT * FROM verdict_reviews")),
            tuple(store.db.query("SELECT * FROM analysts")),
            store.db["history"].count,
        )
    finally:
        store.close()


@pytest.fixture
def desk(ingested):  # noqa: F811
    assert run("analyst", "add", "ana", "bob").exit_code == 0
    assert run("settings", "review", "on").exit_code == 0
    return six_claim_id()


def test_assign_review_and_queue(desk):
    six = desk
    result = run("assign", six, "--to", "bob")
    assert result.exit_code == 0
    assert re.fullmatch(rf"1 claim to bob: claim \d+ \(id {six}\)\n", result.output)
    queue = json.loads(run("queue", "--analyst", "bob", "--json").stdout)
    assert [(q["claim_id"], q["reason"], q["for"]) for q in queue] == [(six, "assigned", "bob")]
    assert run("verdict", "set", six, "false", "-r", "Four.", "--analyst", "bob").exit_code == 0
    queue = json.loads(run("queue", "--analyst", "ana", "--json").stdout)
    assert [(q["claim_id"], q["reason"], q["author"]) for q in queue] == [(six, "review", "bob")]
    result = run("review", six, "return", "-m", "Source?", "--analyst", "ana")
    assert result.exit_code == 0
    assert re.fullmatch(rf"claim \d+ \(id {six}\): verdict returned\n", result.output)
    queue = json.loads(run("queue", "--all", "--json").stdout)
    assert [(q["reason"], q["for"], q["comment"]) for q in queue] == [
        ("returned", "bob", "Source?")
    ]
    assert (
        run("verdict", "set", six, "false", "-r", "DoD: four.", "--analyst", "bob").exit_code == 0
    )
    assert run("review", six, "approve", "--analyst", "ana").exit_code == 0
    assert json.loads(run("queue", "--all", "--json").stdout) == []
    history = run("history", six).output
    for step in ("assigned", "verdict proposed", "verdict sent back", "verdict approved"):
        assert step in history
    overview = json.loads(run("desk", "--json").stdout)
    assert overview["articles"][0]["approved"] == 1


def test_assign_a_whole_article(desk, ingested):  # noqa: F811
    assert run("assign", desk, "--to", "bob").exit_code == 0
    result = run("assign", "--article", ingested, "--to", "ana")
    assert result.exit_code == 0
    count = len(json.loads(run("claims", "--json").stdout))
    assert result.output.startswith(f"{count} claims to ana")
    taken = result.output.splitlines()[-1]  # never silently
    assert re.fullmatch(rf"  taken from bob: claim \d+ \(id {desk}\)", taken)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("assign", "{six}", "--to", "zed"), "unknown analyst 'zed'"),
        (("assign", "{six}", "999999", "--to", "bob"), "no claim 999999"),
        (("assign", "{six}"), "say who with --to NAME"),
        (("review", "{six}", "approve", "--analyst", "bob"), "has no verdict to review"),
        (("review", "{six}", "return", "--analyst", "bob"), "say why"),
        (("review", "{six}", "approve", "--analyst", "zed"), "unknown analyst 'zed'"),
        (("analyst", "add", "bad\x1bname"), "must be printable"),
        (("queue", "--analyst", "nobody"), "unknown analyst 'nobody'"),  # not "nothing waiting"
        (("assign", "{six}", "--to"), "assign --help`"),  # not `workbench --help`
    ],
)
def test_refusals_are_one_error_line_and_write_nothing(desk, args, message):
    args = [str(a).format(six=desk) for a in args]
    before = snapshot()
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert message in result.stderr
    assert snapshot() == before


def test_self_approval_is_refused_on_the_command_line(desk):
    assert (
        run("verdict", "set", desk, "false", "-r", "Four, not six.", "--analyst", "bob").exit_code
        == 0
    )
    before = snapshot()
    result = run("review", desk, "approve", "--analyst", "bob")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "error: bob proposed this verdict and cannot review it; another analyst must approve or return it\n"
    )
    assert snapshot() == before


def test_claimreview_export_carries_approved_verdicts_only_when_review_is_on(desk, ingested):  # noqa: F811
    claims = json.loads(run("claims", "--json").stdout)
    other = next(c["id"] for c in claims if c["id"] != desk)
    assert (
        run("verdict", "set", desk, "false", "-r", "Four, not six.", "--analyst", "bob").exit_code
        == 0
    )
    assert (
        run("verdict", "set", other, "true", "-r", "As reported.", "--analyst", "bob").exit_code
        == 0
    )
    assert run("review", desk, "approve", "--analyst", "ana").exit_code == 0
    assert run("settings", "organisation", "Desk", "--url", "https://desk.example").exit_code == 0
    result = run("export", ingested, "--format", "claimreview")
    assert [r["url"].rsplit("-", 1)[1] for r in json.loads(result.stdout)] == [str(desk)]
    assert "1 verdict waiting for review is not published" in result.stderr
    assert run("settings", "review", "off").exit_code == 0
    result = run("export", ingested, "--format", "claimreview")
    assert len(json.loads(result.stdout)) == 2
    assert "waiting" not in result.stderr


def test_settings_show(desk):
    assert "review: on" in run("settings", "show").output
    assert run("settings", "review", "off").output == "review is off\n"
    assert "review: off" in run("settings", "show").output


def test_review_steps_show_in_the_reports_corrections_log(desk, ingested):  # noqa: F811
    assert (
        run("verdict", "set", desk, "false", "-r", "Four, not six.", "--analyst", "bob").exit_code
        == 0
    )
    assert run("review", desk, "return", "-m", "<b>Source?</b>", "--analyst", "ana").exit_code == 0
    assert run("verdict", "set", desk, "mostly-false", "--analyst", "bob").exit_code == 0
    assert run("review", desk, "approve", "--analyst", "ana").exit_code == 0
    markdown = run("export", ingested, "--format", "md", "--audience", "internal").stdout
    # the article is French: so is its report's corrections log (it said "returned by")
    assert "renvoyé par ana" in markdown and "approuvé par ana" in markdown
    assert "&lt;b&gt;Source?&lt;/b&gt;" in markdown
    page = run("export", ingested, "--format", "html", "--audience", "internal").stdout
    assert "renvoyé par ana" in page and "&lt;b&gt;Source?&lt;/b&gt;" in page
    assert "<b>Source?" not in page
    english = run("export", ingested, "--format", "md", "--audience", "internal", "--lang", "en")
    assert "returned by ana" in english.stdout and "approved by ana" in english.stdout


def test_approving_a_verdict_without_its_rationale_is_refused(desk):
    """A bare verdict from an old database was approved, then refused by the export."""
    store = Store.open(None, "check")
    try:
        store.db.execute(
            "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
            "VALUES (?, 'false', NULL, 'bob', '2026-01-01T00:00:00')",
            [desk],
        )
        store.db.execute(
            "UPDATE claims SET verdict = 'false', review = 'proposed' WHERE id = ?", [desk]
        )
        store.db.conn.commit()
    finally:
        store.close()
    before = snapshot()
    result = run("review", desk, "approve", "--analyst", "ana")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: claim {desk}: a verdict needs its rationale")
    assert f'workbench verdict set {desk} false -r "..."' in line
    assert snapshot() == before
