"""`workbench publish` (Datasette, read-only) and `workbench web` (textual-serve), started
for real on 127.0.0.1 as separate processes, queried over HTTP and loaded in headless
chromium; every server is stopped, whatever happens."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, claim_with
from workbench.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@contextlib.contextmanager
def server(args: list[str], port: int, wait: float = 90):
    """Run `python -m workbench ARGS` in its own session until the port answers; always stop
    it (SIGTERM, then SIGKILL) and everything it started."""
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", *args, "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + wait
        while True:
            assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            assert time.monotonic() < deadline, f"no server on port {port} after {wait}s"
            time.sleep(0.3)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # anything left in its session


@pytest.fixture
def desk_file(sample_store, tmp_path) -> Path:
    """A database file with a desk at work: bob proposed two verdicts, ana approved one."""
    store = sample_store
    store.add_analyst("ana")
    store.add_analyst("bob")
    store.set_review(True)
    six = claim_with(store, "ATACMS")["id"]
    other = claim_with(store, "millième jour")["id"]
    store.assign([six, other], "bob")
    bob = Store.open(store.path, "bob")
    bob.set_verdict(six, "false", "The Pentagon says four.")
    bob.set_verdict(other, "true", "Day 1,000 of the invasion.")
    bob.close()
    store.review(other, "approve")
    store.six, store.other = six, other
    return Path(store.path)


def test_publish_serves_the_database_read_only_with_the_desks_metadata(desk_file, sample_store):
    port = free_port()
    base = f"http://127.0.0.1:{port}/{desk_file.stem}"
    with server(["publish", "--db", str(desk_file)], port) as process:
        status, body = get(f"{base}/desk_claims.json?_facet=verdict&_facet=status&_facet=analyst")
        assert status == 200
        data = json.loads(body)
        assert data["filtered_table_rows_count"] == len(sample_store.claims())
        facets = data["facet_results"]
        facets = facets.get("results", facets)  # the shape moved between Datasette versions
        verdicts = {v["value"]: v["count"] for v in facets["verdict"]["results"]}
        assert verdicts == {"False": 1, "True": 1}
        assert {v["value"] for v in facets["analyst"]["results"]} == {"bob"}
        assert {"new"} <= {v["value"] for v in facets["status"]["results"]}

        waiting = json.loads(get(f"{base}/waiting_for_review.json?_shape=array")[1])
        assert [(r["id"], r["verdict"], r["author"]) for r in waiting] == [
            (sample_store.six, "False", "bob")
        ]
        changed = json.loads(get(f"{base}/verdicts_changed_this_week.json?_shape=array")[1])
        assert [r["action"] for r in changed] == [
            "verdict.approved",
            "verdict.proposed",
            "verdict.proposed",
        ]
        speaker = claim_with(sample_store, "ATACMS")["speaker"].split()[-1]
        by_speaker = json.loads(
            get(f"{base}/claims_by_speaker.json?speaker={speaker}&_shape=array")[1]
        )
        assert sample_store.six in [r["id"] for r in by_speaker]
        found = json.loads(get(f"{base}/desk_claims.json?_search=ATACMS&_shape=array")[1])
        assert [r["id"] for r in found] == [sample_store.six]

        status, page = get(f"{base}/desk_claims")
        assert status == 200
        assert "One row per claim as the desk reads it" in page
        assert "The analyst the claim is assigned to" in page  # column description
        status, page = get(base)
        assert "Waiting for review" in page and "Claims by speaker" in page

        # Read-only: no write gets through, whatever the route.
        status, body = get(f"{base}.json?sql=DELETE+FROM+notes")
        assert status == 400
        assert process.poll() is None

        if CHROMIUM:
            shot = desk_file.parent / "datasette.png"
            flags = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={desk_file.parent / 'p1'}"]
            dom = subprocess.run(
                [*flags, "--dump-dom", f"{base}/desk_claims?_facet=verdict"],
                capture_output=True,
                text=True,
                timeout=90,
            ).stdout
            subprocess.run(
                [*flags, "--window-size=1280,1000", f"--screenshot={shot}", f"{base}/desk_claims"],
                capture_output=True,
                timeout=90,
            )
            assert "The Pentagon says four." in dom and "facet-results" in dom
            assert shot.exists() and shot.stat().st_size > 10_000
    assert Store.open(desk_file, "check").db["notes"].count == 0  # nothing was deleted
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


CAPTURE_FRAMES = """
window.__frames = [];
const Native = window.WebSocket;
window.WebSocket = function (...args) {
  const socket = new Native(...args);
  socket.binaryType = "arraybuffer";
  socket.addEventListener("message", (event) => {
    const data = event.data;
    window.__frames.push(typeof data === "string" ? data
      : new TextDecoder().decode(new Uint8Array(data)));
  });
  return socket;
};
window.WebSocket.prototype = Native.prototype;
Object.assign(window.WebSocket, Native);
"""
"""Keeps what the app sends to the page's terminal, to read back what the browser shows."""


async def _browse(
    url: str, profile: Path, shot: Path, steps: list[tuple[str | None, str]], wait: float
) -> list[str]:
    """Open `url` in headless chromium over the DevTools protocol; for each step, press its
    key (if any) and wait until the terminal output the page received since then contains
    its text. Returns that output per step and saves a screenshot at the end."""
    import aiohttp

    port = free_port()
    browser = subprocess.Popen(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            "--remote-allow-origins=*",
            "--window-size=1280,800",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 60
            while True:
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"http://127.0.0.1:{port}/json/list") as response:
                        pages = [p for p in await response.json() if p["type"] == "page"]
                        if pages:
                            break
                assert time.monotonic() < deadline, "chromium did not start"
                await asyncio.sleep(0.3)
            async with http.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                ids = iter(range(1, 10_000))

                async def send(method: str, **params):
                    number = next(ids)
                    await ws.send_json({"id": number, "method": method, "params": params})
                    async for message in ws:
                        reply = json.loads(message.data)
                        if reply.get("id") == number:
                            return reply.get("result", {})
                    raise AssertionError("chromium closed the connection")

                await send("Page.enable")
                await send("Page.addScriptToEvaluateOnNewDocument", source=CAPTURE_FRAMES)
                await send("Page.navigate", url=url)
                seen = []
                for key, expect in steps:
                    if key is not None:
                        await send(
                            "Runtime.evaluate",
                            expression="window.__frames = [];"
                            "document.querySelector('.xterm-helper-textarea').focus()",
                        )
                        for kind in ("keyDown", "keyUp"):
                            await send(
                                "Input.dispatchKeyEvent",
                                type=kind,
                                key=key,
                                code=key,
                                windowsVirtualKeyCode=13 if key == "Enter" else 0,
                                text="\r" if key == "Enter" and kind == "keyDown" else "",
                            )
                    text, deadline = "", time.monotonic() + wait
                    while expect not in text and time.monotonic() < deadline:
                        await asyncio.sleep(0.5)
                        result = await send(
                            "Runtime.evaluate",
                            expression="(window.__frames || []).join('')",
                            returnByValue=True,
                        )
                        text = result.get("result", {}).get("value") or ""
                    seen.append(text)
                await asyncio.sleep(1)
                picture = await send("Page.captureScreenshot", format="png")
                shot.write_bytes(base64.b64decode(picture["data"]))
                return seen
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(browser.pid, signal.SIGKILL)
        browser.wait(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")
def test_web_serves_the_app_to_a_browser(desk_file, sample_store):
    port = free_port()
    with server(["web", "--db", str(desk_file), "--analyst", "ana"], port):
        status, page = get(f"http://127.0.0.1:{port}/")
        assert status == 200 and "textual" in page.lower()
        assert "googleapis" not in page  # a colleague's browser asks no outside server
        shot = desk_file.parent / "web.png"
        queue, table = asyncio.run(
            _browse(
                f"http://127.0.0.1:{port}/",
                desk_file.parent / "p2",
                shot,
                [(None, "to review"), ("Enter", "millième jour")],
                wait=90,
            )
        )
    # bob's proposed verdict waits for ana's review: her first screen is her queue; enter
    # opens the claim's article, its claims table and the article text beside it.
    assert "My queue" in queue and "to review" in queue
    assert "millième jour" in table and "verdict" in table
    assert shot.exists() and shot.stat().st_size > 5_000


@pytest.mark.parametrize("verb", ["web", "publish"])
def test_an_address_that_cannot_be_used_is_one_error_line(desk_file, verb):
    """A port out of range or held by another program: one `error:` line and exit 2 before
    any server starts (a Python traceback, or Datasette's log and its exit code, before)."""
    from click.testing import CliRunner

    from workbench.cli import main

    env = {"WORKBENCH_DB": str(desk_file), "WORKBENCH_ANALYST": "ana"}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        result = CliRunner().invoke(main, [verb, "--port", str(busy)], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: cannot listen on 127.0.0.1 port {busy} (Address already in use): "
        "choose another with --port"
    )
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, [verb, "--port", "99999"], env=env)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "99999" in result.stderr
