"""`workbench ingest` and `workbench articles`: bringing articles in and listing them."""

from __future__ import annotations

from datetime import date

import click

from workbench.cli.common import UserError, echo, echo_json, parse_day, shorten, with_store


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--title", help="Title (default: from the file).")
@click.option("--url", help="Where the article was published (http/https).")
@click.option("--outlet", help="The publication, e.g. 'Le Monde'.")
@click.option(
    "--date",
    "published",
    metavar="YYYY-MM-DD",
    help="Publication date (default: from the file, else today).",
)
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@with_store
def ingest_command(store, paths, title, url, outlet, published, lang, as_json) -> None:
    """Store articles and their extracted claims: files (.txt, .md, .html), folders, or "-".

    Each article goes in whole, with its claims, in one transaction; the same text twice is
    the same article. A file that cannot be read is skipped with its reason (exit code 2 at
    the end) while the rest go in.
    """
    from workbench.article_files import expand, load
    from workbench.extract import extract_many
    from workbench.store import StoreError
    from workbench.textio import ArticleError

    day = parse_day(published, "--date")
    loaded, skipped = [], []
    for path in expand(list(paths)):
        try:
            loaded.append(load(path))
        except ArticleError as error:
            skipped.append(str(error))
    for reason in skipped:
        echo(f"skipped: {reason}", err=True)

    def publication(article) -> date:
        if day:
            return day
        try:
            return date.fromisoformat((article.published or "")[:10])
        except ValueError:
            return date.today()

    results = []
    language = None if lang == "auto" else lang
    extractions = extract_many((a.text, language, publication(a)) for a in loaded)
    with click.progressbar(
        length=len(loaded), label="ingesting", file=click.get_text_stream("stderr"), show_pos=True
    ) as progress:
        for article, extraction in zip(loaded, extractions, strict=True):
            try:
                result = store.ingest(
                    article.text,
                    extraction,
                    title=title or article.title,
                    url=url or article.url,
                    outlet=outlet or article.outlet,
                )
            except StoreError as error:
                skipped.append(f"{article.name}: {error}")
                echo(f"skipped: {article.name}: {error}", err=True)
            else:
                results.append(
                    {
                        "file": article.name,
                        "article_id": result.article_id,
                        "new": result.created,
                        "claims": result.claims,
                    }
                )
            progress.update(1)

    if as_json:
        echo_json({"ingested": results, "skipped": skipped})
    else:
        for row in results:
            state = "new" if row["new"] else "already stored"
            echo(f"article {row['article_id']}: {row['claims']} claims ({state})  {row['file']}")
        new = sum(r["new"] for r in results)
        echo(
            f"{new} new, {len(results) - new} already stored, {len(skipped)} skipped; "
            f"{sum(r['claims'] for r in results if r['new'])} claims added"
        )
    if skipped and not results:
        raise UserError(skipped[0] if len(skipped) == 1 else f"{len(skipped)} files skipped")
    if skipped:
        raise SystemExit(2)


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
