"""`workbench web` and `workbench publish`: the desk's work in a browser, on loopback unless
told otherwise."""

from __future__ import annotations

import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import click

from workbench.cli.common import UserError, with_store


def _where(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


PORT = click.IntRange(1, 65535)


def _check_free(host: str, port: int) -> None:
    """Refuse, before any server starts, an address this machine cannot listen on or that
    another program already holds (the server's own traceback, or Datasette's log, said it
    less clearly and later)."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(
            f"cannot listen on {host} port {port} ({reason}): choose another with --port"
        ) from None


def _warn_if_shared(host: str) -> None:
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: listening on {host}: anyone who reaches it can use it; the analyst "
            "name is not a login (see the README for putting a login in front)",
            err=True,
        )


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=PORT)
@with_store(creates=True)
def web_command(store, host, port) -> None:
    """Serve the workbench to a browser (textual-serve): each tab runs the app on this
    database as the analyst who started the server."""
    from workbench.serve.web import serve

    path, analyst = Path(store.path).resolve(), store.analyst
    store.close()
    _check_free(host, port)
    _warn_if_shared(host)
    click.echo(f"workbench for {analyst} at {_where(host, port)} (Ctrl+C stops)", err=True)
    serve(path, analyst, host, port)


@click.command("publish")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=PORT)
@with_store
def publish_command(store, host, port) -> None:
    """Serve the database read-only with Datasette: facets by verdict, status and analyst,
    full-text search, canned queries (waiting for review, verdicts changed this week, claims
    by speaker)."""
    from workbench.serve.publish import command, database_name, write_metadata

    path = Path(store.path).resolve()
    organisation = store.setting("organisation") or "Claim Workbench desk"
    store.close()  # migrated by opening it; Datasette reads it on its own connection
    _check_free(host, port)
    _warn_if_shared(host)
    with tempfile.TemporaryDirectory(prefix="workbench-publish-") as folder:
        meta = write_metadata(Path(folder) / "metadata.json", path, organisation)
        click.echo(
            f"read-only view at {_where(host, port)}{database_name(path)} (Ctrl+C stops)",
            err=True,
        )
        process = subprocess.Popen(command(path, meta, host, port))
        # Stopped by SIGTERM (a service manager, a test) as by Ctrl+C: Datasette goes too.
        signal.signal(signal.SIGTERM, _interrupt)
        try:
            code = process.wait()
        except KeyboardInterrupt:
            process.terminate()
            code = process.wait(timeout=10)
    if code not in (0, -15):
        raise UserError(f"datasette stopped with exit code {code}")


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
