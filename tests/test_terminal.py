"""The real `workbench` command in a real terminal (tmux), used as a new analyst would: open
the sample, check three claims with the check form (two of them typed as one burst, the cursor
move first), undo the last check (one step) and redo it, export the public report as Markdown
from the UI, quit, reopen the same file (no re-ingest): all there.

Every step waits for what the screen shows, never for a fixed time, so a loaded machine only
makes it slower. Keys are sent as a fast analyst types them, each burst in one tmux command
(a cursor move, the key that opens the form, the text right after its digit, the excerpt
right after the stance letter): the app must put each key where it belongs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT, SAMPLE
from workbench.cli import main
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
            + "; echo WORKBENCH-EXITED; sleep 60"
        )
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "48", line], check=True
        )
        subprocess.run(["tmux", "resize-window", "-t", name, "-x", "160", "-y", "48"], check=False)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        ).stdout

    def wait_for(self, *texts: str, timeout: float = 90) -> str:
        """Poll the screen until every one of `texts` is on it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            time.sleep(0.1)
        missing = [t for t in texts if t not in self.screen()]
        raise AssertionError(f"{missing!r} never appeared on the screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        """Send keys at once, no pause: what comes next waits on the screen instead."""
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


CHECKS = [
    # digit, rationale, source URL, stance letter, excerpt
    ("6", "Pas six missiles", "https://example.org/pentagone", "r", "quatre missiles"),
    ("1", "Confirmé par le ministère", "https://example.org/ministere", "s", ""),
    ("4", "Chiffre arrondi par Kyiv", "https://example.org/kyiv", "c", "environ"),
]


def form_keys(check: tuple[str, str, str, str, str]) -> list[str]:
    """The check form filled in: digit, rationale, Enter, URL, Enter, stance, excerpt, Enter
    (tmux sends a word that is not a key name as its characters)."""
    digit, rationale, url, stance, excerpt = check
    return [
        digit,
        rationale,
        "Enter",
        url,
        "Enter",
        stance,
        *([excerpt] if excerpt else []),
        "Enter",
    ]


def test_a_new_analyst_checks_three_claims_undoes_redoes_and_exports(tmp_path):
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
    try:
        first.wait_for("claims · sorted by position", timeout=180)
        # Claim 1: c, then the whole form in one go, as fast as tmux can type it.
        first.keys("c")
        first.wait_for("Claim 1: verdict")
        first.keys(*form_keys(CHECKS[0]))
        first.wait_for("Claim 1 checked")
        # The cursor is on claim 2. One burst, before anything is on screen: j to claim 3,
        # c, and claim 3's whole check. The cursor move happens first, the form opens on
        # claim 3, the keys typed meanwhile land in it.
        first.keys("j", "c", *form_keys(CHECKS[2]))
        first.wait_for("Claim 3 checked")
        # The cursor moved on to claim 4: back up twice to claim 2 and check it, one burst.
        first.keys("k", "k", "c", *form_keys(CHECKS[1]))
        first.wait_for("Claim 2 checked")
        # The cursor moved on to claim 4 again: u takes back the check just saved on claim
        # 2, in one step (verdict, source, status), and goes back to it; U puts it back.
        first.keys("u")
        first.wait_for(
            "Undone: check of claim 2 (id 2): verdict, source, status", "Claim 2 (id 2)  new"
        )
        first.keys("U")
        first.wait_for("Redone: check of claim 2", "Confirmé par le ministère")
        first.keys("x")
        first.wait_for("Export the report", "Markdown", "-public.md")
        first.keys("C-s")
        first.wait_for("Report saved to")
        first.keys("q")
        first.wait_for("WORKBENCH-EXITED")
    finally:
        first.close()

    (report,) = reports.glob("*-public.md")
    text = report.read_text(encoding="utf-8")
    for _, rationale, url, _, _ in CHECKS:
        assert rationale in text and url in text
    assert "Historique" not in text

    second = Terminal(
        f"wb-second-{os.getpid()}", [sys.executable, "-m", "workbench", "open", str(SAMPLE)], env
    )
    try:
        # Opened from the stored article (no language model): claim 1's card, its rationale.
        second.wait_for("claims · sorted by position", "Pas six missiles", timeout=60)
        second.keys("q")
        second.wait_for("WORKBENCH-EXITED")
    finally:
        second.close()

    store = Store.open(db)
    claims = store.claims()
    assert [c["status"] for c in claims[:4]] == ["checked", "checked", "checked", "new"]
    assert [c["verdict"] for c in claims[:3]] == ["false", "true", "misleading"]
    assert store.db["articles"].count == 1
    for claim, (_, rationale, url, stance, excerpt) in zip(claims, CHECKS, strict=False):
        card = store.claim(claim["id"])
        assert card["verdict_record"]["rationale"] == rationale
        assert card["verdict_record"]["analyst"] == "marie"
        assert [(s["url"], s["stance"][0], s["excerpt"] or "") for s in card["sources"]] == [
            (url, stance, excerpt)
        ]
    # The command line reads the same: the third claim's verdict is back, with its rationale.
    shown = CliRunner().invoke(main, ["show", "3", "--json", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["verdict_record"]["rationale"] == CHECKS[2][1]
