"""`workbench web`: the same Textual app in a browser, through textual-serve. Each browser
tab starts its own `workbench open` process on the database, as the analyst who started the
server (the name is not a login: see the README for putting a login in front)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path


def app_command(db_path: Path, analyst: str) -> str:
    """The command textual-serve runs for each browser session."""
    return shlex.join(
        [sys.executable, "-m", "workbench", "open", "--db", str(db_path), "--analyst", analyst]
    )


def serve(db_path: Path, analyst: str, host: str, port: int) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM)."""
    from textual_serve.server import Server

    Server(app_command(db_path, analyst), host=host, port=port, title="Claim Workbench").serve()
