"""`workbench open`: the terminal UI, on an article id, a file to ingest first, or the list."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import UserError, parse_day, store_options
from workbench.cli.ingest import date_kept_notice
from workbench.store import StoreError


@click.command("open")
@click.argument("target", required=False)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    envvar="WORKBENCH_DB",
    help="Database file [env WORKBENCH_DB].",
)
@click.option("--analyst", envvar="WORKBENCH_ANALYST", help="Who is working.")
@click.option(
    "--date", "published", metavar="YYYY-MM-DD", help="Publication date of a FILE being ingested."
)
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto")
def open_command(target, db_path, analyst, published, lang) -> None:
    """Open the workbench: on ARTICLE-ID, on a FILE (ingested first, the model loading in the
    background), or on the article list.

    Keys: ? or F1 lists every key of the focused part; ctrl+p offers every action.
    """
    from workbench.tui import make_app

    parse_day(published, "--date")
    db_path, analyst = store_options(db_path, analyst)
    article_id, ingest = None, None
    if target and target.isdigit() and not Path(target).exists():
        article_id = int(target)
    elif target:
        if not Path(target).exists():
            raise UserError(f"{target}: no such article id or file")
        ingest = {"path": target, "date": published, "lang": lang}
    text = article_text(target) if ingest is not None else None
    store = None
    try:
        app = make_app(db_path, analyst, article_id=article_id, ingest=ingest)
        store = app.gateway.store
        if article_id is not None:
            store.article(article_id)
        elif text is not None and (stored := store.article_by_hash(text)):
            # Stored already: open it as it is, and never load the language model.
            app.start_article, app.start_ingest = stored, None
            kept = store.article(stored).get("published")
            if published and kept != published:
                app.startup_notice = date_kept_notice(target, stored, kept, published)
                click.echo(app.startup_notice, err=True)
    except StoreError as error:
        if store is not None:
            store.close_discarding_unused()  # `open 999` on a new file leaves none behind
        raise UserError(str(error)) from None
    app.run()


def article_text(path: str) -> str | None:
    """The article a file holds (None for a folder, whose files are ingested one by one); a
    file with no article in it (empty, binary, unreadable) is refused before the UI opens."""
    from workbench.article_files import load
    from workbench.textio import ArticleError

    if Path(path).is_dir():
        return None
    try:
        return load(path).text
    except ArticleError as error:
        raise UserError(str(error)) from None
