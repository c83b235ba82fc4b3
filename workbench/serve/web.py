"""`workbench web`: the same Textual app in a browser, through textual-serve. Each browser
tab starts its own `workbench open` process on the database, as the analyst who started the
server (the name is not a login: see the README for putting a login in front)."""

from __future__ import annotations

import re
import shlex
import sys
import tempfile
from pathlib import Path

OUTSIDE_FONTS = re.compile(r"<link\b[^>]*fonts\.googleapis\.com[^>]*>", re.DOTALL)
"""textual-serve's page fetches its font from Google: the desk's browsers then tell an
outside server when they open the workbench. Without it the page uses the local monospace
font its style already names next."""


def app_command(db_path: Path, analyst: str) -> str:
    """The command textual-serve runs for each browser session."""
    return shlex.join(
        [sys.executable, "-m", "workbench", "open", "--db", str(db_path), "--analyst", analyst]
    )


def local_page(templates: Path) -> str:
    """textual-serve's page template with no request to an outside server."""
    return OUTSIDE_FONTS.sub("", (templates / "app_index.html").read_text(encoding="utf-8"))


def serve(db_path: Path, analyst: str, host: str, port: int) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM)."""
    import textual_serve
    from textual_serve.server import Server

    with tempfile.TemporaryDirectory(prefix="workbench-web-") as folder:
        page = local_page(Path(textual_serve.__file__).parent / "templates")
        (Path(folder) / "app_index.html").write_text(page, encoding="utf-8")
        Server(
            app_command(db_path, analyst),
            host=host,
            port=port,
            title="Claim Workbench",
            templates_path=folder,
        ).serve()
