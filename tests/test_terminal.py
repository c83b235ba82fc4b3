"""The real `workbench` command in a real terminal (tmux), used as a new analyst would: open
the sample, check claims in a row with the check form, export the public report as
Markdown from the UI, quit, reopen the same file (no re-ingest): all there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SAMPLE
from workbench.store import Store

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")


class Terminal:
    """A tmux session running one command, read and typed into like a person would."""

    def __init__(self, name: str, command: list[str], env: dict[str, str]) -> None:
        self.name = name
        exports = " ".join(f"{k}={v!r}" for k, v in env.items())
        # Test harnesses export COLUMNS/LINES; the program must read the real terminal size.
        line = (
            f"cd {str(ROOT)!r} && env -u COLUMNS -u LINES {exports} "
            + " ".join(map(repr, command))
            + "; echo WORKBENCH-EXITED; sleep 30"
        )
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "48", line], check=True
        )
        subprocess.run(["tmux", "resize-window", "-t", name, "-x", "160", "-y", "48"], check=False)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        ).stdout

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        size = subprocess.run(
            ["tmux", "display", "-p", "-t", self.name, "#{window_width}x#{window_height}"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        raise AssertionError(f"{text!r} never appeared on the {size} screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.5)  # a person's pace: the app settles between keys

    def type(self, text: str) -> None:
        """Type `text` and wait until it shows, so the next key never overtakes it."""
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        self.wait_for(text[:30], timeout=20)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def test_a_new_analyst_checks_claims_in_a_row_and_exports_the_public_report(tmp_path):
    db = tmp_path / "terminal.db"
    reports = tmp_path / "reports"
    env = {
        "WORKBENCH_DB": str(db),
        "WORKBENCH_ANALYST": "marie",
        "WORKBENCH_REPORTS": str(reports),
        "TERM": "xterm-256color",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
    }
    command = [sys.executable, "-m", "workbench", "open", str(SAMPLE), "--date", "2024-11-20"]
    first = Terminal(f"wb-first-{os.getpid()}", command, env)
    checks = [
        ("6", "Pas six missiles", "https://example.org/pentagone", "r"),
        ("1", "Confirmé par le ministère", "https://example.org/ministere", "s"),
    ]
    try:
        first.wait_for("claims · sorted by position", timeout=90)
        for claim_id, (digit, rationale, url, stance) in enumerate(checks, 1):
            first.keys("c")
            first.wait_for(f"Claim {claim_id}: verdict")
            first.keys(digit)
            first.type(rationale)
            first.keys("Enter")
            if url:
                first.type(url)
            first.keys("Enter")
            if stance:
                first.keys(stance)
            else:
                first.keys("Enter")
            first.keys("Enter")
            first.wait_for(f"Claim {claim_id} checked")
        first.keys("x")
        first.wait_for("Export the report")
        first.keys("C-s")
        first.wait_for("Report saved to")
        first.keys("q")
        first.wait_for("WORKBENCH-EXITED")
    finally:
        first.close()

    (report,) = reports.glob("*-public.md")
    text = report.read_text(encoding="utf-8")
    assert "Pas six missiles" in text and "Historique" not in text

    second = Terminal(
        f"wb-second-{os.getpid()}", [sys.executable, "-m", "workbench", "open", str(SAMPLE)], env
    )
    try:
        second.wait_for("claims · sorted by position", timeout=60)
        screen = second.wait_for("True")
        assert "checked" in screen
        second.keys("q")
        second.wait_for("WORKBENCH-EXITED")
    finally:
        second.close()

    store = Store.open(db)
    claims = store.claims()
    assert [c["status"] for c in claims[:3]] == ["checked", "checked", "new"]
    assert [c["verdict"] for c in claims[:2]] == ["false", "true"]
    first_claim = store.claim(claims[0]["id"])
    assert first_claim["verdict_record"]["analyst"] == "marie"
    assert first_claim["sources"][0]["url"] == "https://example.org/pentagone"
    assert first_claim["sources"][0]["stance"] == "refutes"
