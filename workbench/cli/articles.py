"""`workbench articles`: the stored articles and their progress."""

from __future__ import annotations

import click

from workbench.cli.common import echo, echo_json, shorten, with_store


@click.command("articles")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def articles_command(store, as_json: bool) -> None:
    """List stored articles with their progress: claims checked out of total."""
    rows = store.articles()
    if as_json:
        echo_json(rows)
        return
    if not rows:
        echo("no articles yet: add one with `workbench ingest FILE`")
        return
    echo(f"{'id':>4}  {'checked':>9}  {'published':10}  {'outlet':16}  title")
    for row in rows:
        echo(
            f"{row['id']:>4}  {row['checked']:>4}/{row['claims']:<4}  "
            f"{row['published'] or '':10}  {shorten(row['outlet'], 16):16}  "
            f"{shorten(row['title'], 70)}"
        )
