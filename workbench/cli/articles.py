"""`workbench articles`: the stored articles and their progress; `workbench article date`
and `workbench article outlet` correct one's publication date and outlet."""

from __future__ import annotations

import click

from workbench.cli.common import ID, echo, echo_json, parse_day, shorten, with_store


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


@click.group("article")
def article_group() -> None:
    """Correct what is stored about one article."""


@article_group.command("date")
@click.argument("article_id", type=ID)
@click.argument("day", metavar="YYYY-MM-DD")
@with_store
def article_date_command(store, article_id: int, day: str) -> None:
    """Correct an article's publication date. The dates its claims read relative to it
    (hier, lundi, en mars) are read again against the new one, in one transaction with
    history; verdicts, notes, edits and the dates analysts attached stay as they are."""
    parsed = parse_day(day, "publication date")
    assert parsed is not None  # a value was given
    done = store.set_published(article_id, parsed.isoformat())
    if done.before == done.after and not done.claims:
        echo(f"article {article_id}: publication date {done.after}, unchanged")
        return
    echo(f"article {article_id}: publication date {done.before or 'none'} -> {done.after}")
    moved = ", ".join(map(str, done.claims)) or "none"
    echo(f"claims whose dates were read again to another day: {moved}")


@article_group.command("outlet")
@click.argument("article_id", type=ID)
@click.argument("outlet")
@with_store
def article_outlet_command(store, article_id: int, outlet: str) -> None:
    """Correct the publication an article came from ("" clears it): read from the dateline
    at ingest ("PARIS, Nov 24 (Reuters) -"), or given with --outlet. Logged; `workbench
    undo` takes it back."""
    before, after = store.set_outlet(article_id, outlet)
    if before == after:
        echo(f"article {article_id}: outlet {after or 'none'}, unchanged")
        return
    echo(f"article {article_id}: outlet {before or 'none'} -> {after or 'none'}")
