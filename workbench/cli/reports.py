"""`workbench export` and `workbench import`: the report a desk publishes, and round trips."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.cli.common import ID, UserError, echo, read_json_file, with_store
from workbench.plural import counted
from workbench.report import FORMATS, ReportError, render_report, write_report
from workbench.report.audience import AUDIENCES, default_audience
from workbench.store import InvalidInput


@click.command("export")
@click.argument("article_ids", nargs=-1, type=ID)
@click.option("--all", "all_articles", is_flag=True, help="Every article in the database.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="File to write (default: standard output).",
)
@click.option(
    "--lang", type=click.Choice(["fr", "en"]), help="Report language (default: each article's own)."
)
@click.option(
    "--audience",
    type=click.Choice(AUDIENCES),
    help="Default: public, except json (the full record, internal only). "
    "public (to publish): verdicts, rationales, sources, corrections, every label in the report's "
    "language; no notes, no raw history. internal: everything.",
)
@with_store
def export_command(store, article_ids, all_articles, fmt, output, lang, audience) -> None:
    """Export the verification report of ARTICLE_IDS (or --all).

    \b
    md, html     the report (public by default; --audience internal adds notes and history)
    json         every stored field, with a schema version (see `workbench import`)
    csv          one row per claim, for spreadsheets
    claimreview  schema.org ClaimReview JSON-LD for claims with a verdict
    """
    audience = audience or default_audience(fmt)
    if all_articles and article_ids:
        raise UserError("name the articles to export or use --all, not both")
    ids = [a["id"] for a in store.articles()] if all_articles else list(article_ids)
    if not ids:
        raise UserError("name the articles to export, or use --all")
    try:
        if output and output != "-":
            folder = Path(output).expanduser().parent
            if not folder.exists():
                raise UserError(
                    f"{output}: folder {folder} does not exist (a typo?); nothing written"
                )
            try:
                skipped = write_report(store, ids, fmt, output, lang, audience)
            except OSError as error:
                raise UserError(
                    f"{output}: cannot be written ({error.strerror or error}); nothing written"
                ) from None
            echo(f"wrote {output}", err=True)
        else:
            text, skipped = render_report(store, ids, fmt, lang, audience)
            sys.stdout.write(text)
    except ReportError as error:
        raise UserError(str(error)) from None
    waiting = store.count_waiting_review(ids) if store.review_on() else 0
    if skipped:
        echo(
            f"{counted(skipped, 'claim')} without an approved verdict left out of the "
            "ClaimReview export"
            if waiting
            else f"{counted(skipped, 'claim')} without a verdict left out of the ClaimReview "
            "export",
            err=True,
        )
    if fmt == "claimreview" and not store.setting("organisation_url"):
        signed = "" if store.setting("organisation") else " and are signed 'Claim Workbench desk'"
        echo(
            f"the reviews have no url{signed}: say who publishes them and where with "
            "`workbench settings organisation NAME --url URL`",
            err=True,
        )
    if waiting and fmt == "claimreview":
        echo(
            f"{counted(waiting, 'verdict')} waiting for review "
            f"{'is' if waiting == 1 else 'are'} not published",
            err=True,
        )


IMPORTED = {
    "articles": ("article",),
    "claims": ("claim",),
    "sources": ("source",),
    "claim_sources": ("source attached", "sources attached"),
    "verdicts": ("verdict",),
    "claim_dates": ("date",),
    "notes": ("note",),
    "verdict_reviews": ("review",),
    "history": ("history entry", "history entries"),
    "claim_matches": ("match",),
}
"""What each table of a JSON export holds, as the import's summary counts it ("1 claim",
"3 sources attached"): a table's name read "1 claims", "2 claim_sources"."""


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@with_store(creates=True)
def import_command(store, file) -> None:
    """Rebuild the data of a JSON export (`export --format json`) in an empty database."""
    data = read_json_file(file)
    if not isinstance(data, dict):
        raise UserError(f"{file}: not a JSON export")
    try:
        counts = store.import_dump(data)
    except InvalidInput as error:
        raise UserError(f"{file}: {error}; nothing imported") from None
    echo(", ".join(counted(count, *IMPORTED[table]) for table, count in counts.items()))
