"""Across articles: `import-claimreview`, `match` decisions, `timeline`."""

from __future__ import annotations

import click

from workbench.cli.common import ID, UserError, echo, echo_json, read_json_file, with_store
from workbench.matching.sides import OTHER_FIGURE


@click.command("import-claimreview")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@with_store(creates=True)
def import_claimreview_command(store, files) -> None:
    """Load earlier fact-checks (ClaimReview JSON-LD: one object, a list, an @graph or a
    DataFeed) so new claims can be matched to them. Bad records are reported and skipped."""
    from workbench.matching.claimreview import parse

    unreadable: list[str] = []
    imported = 0
    for file in files:
        try:
            records, problems = parse(read_json_file(file))
        except UserError as error:
            unreadable.append(error.format_message())
            continue
        except RecursionError:
            unreadable.append(f"{file}: nested too deeply to be ClaimReview")
            continue
        for problem in problems:
            echo(f"skipped: {file}: {problem}", err=True)
        added = store.import_reviews(records)
        imported += len(added)
        echo(
            f"{file}: {len(added)} imported, {len(records) - len(added)} already "
            f"known, {len(problems)} skipped"
        )
    if len(unreadable) == len(files) == 1:
        raise UserError(unreadable[0])
    for reason in unreadable:
        echo(f"skipped: {reason}", err=True)
    if unreadable and not imported:
        raise UserError(f"{len(unreadable)} file(s) could not be read")
    if unreadable:
        raise SystemExit(2)


@click.command("match")
@click.argument("match_id", type=ID, required=False)
@click.argument("decision", type=click.Choice(["confirm", "reject", "dismiss"]), required=False)
@click.option(
    "--link",
    nargs=2,
    type=ID,
    metavar="CLAIM OTHER",
    help="Link two claims as the same fact by hand (a pair the matcher missed): confirmed, "
    "logged as yours, undoable (`workbench undo`), never changed by the matcher.",
)
@with_store
def match_command(store, match_id, decision, link) -> None:
    """Confirm or reject a suggested match (see `workbench show CLAIM`), or --link two
    claims the matcher did not pair. A report of the same fact with another figure
    ("figure:" in `show`) is confirmed (the two claims linked, their figures compared) or
    dismissed the same way."""
    if link and (match_id is not None or decision):
        raise UserError("give either MATCH_ID confirm|reject or --link CLAIM OTHER, not both")
    if link:
        claim_id, other = link
        found = store.link_claims(claim_id, other)
        echo(f"claims {claim_id} and {other}: linked as the same fact (match {found})")
        return
    if match_id is None or not decision:
        raise UserError("give MATCH_ID confirm|reject, or --link CLAIM OTHER")
    kind = store.decide_match(match_id, "confirmed" if decision == "confirm" else "rejected")
    if kind == OTHER_FIGURE:
        echo(
            f"suggestion {match_id} (same fact, another figure): "
            + ("confirmed, the claims linked" if decision == "confirm" else "dismissed")
        )
        return
    echo(f"match {match_id}: {'rejected' if decision == 'dismiss' else decision + 'ed'}")


@click.command("timeline")
@click.argument("article_ids", nargs=-1, type=ID)
@click.option("--search", help="Every article with a claim matching these words.")
@click.option("--json", "as_json", is_flag=True)
@with_store
def timeline_command(store, article_ids, search, as_json) -> None:
    """Dated claims of ARTICLE_IDS (or of the articles found by --search) on a time axis,
    with publication dates marked ◆."""
    from workbench.report.timeline import events, text_axis

    ids = list(article_ids)
    if search:
        ids += sorted({c["article_id"] for c in store.claims(search=search)} - set(ids))
    if not ids:
        raise UserError("name articles, or use --search")
    items = events(store.dossier(ids, confirmed_matches_only=True))  # it shows no match
    if as_json:
        echo_json([e.__dict__ for e in items])
        return
    for line in text_axis(items, width=shutil_width()):
        echo(line)


def shutil_width() -> int:
    import shutil

    return shutil.get_terminal_size((100, 20)).columns
