"""Across articles: `import-claimreview`, `matches` (what was seen before), `match`
decisions, `timeline`."""

from __future__ import annotations

import click

from workbench.cli.common import (
    COUNT,
    ID,
    UserError,
    echo,
    echo_json,
    read_json_file,
    shorten,
    with_store,
)
from workbench.matching.sides import MATCH, OTHER_FIGURE
from workbench.plural import counted


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
        raise UserError(f"{counted(len(unreadable), 'file')} could not be read")
    if unreadable:
        raise SystemExit(2)


class Score(click.ParamType):
    """A score between 0 and 1 (a suggestion's is the model's probability)."""

    name = "score"

    def convert(self, value, param, ctx) -> float:
        try:
            score = float(value)
        except (TypeError, ValueError):
            raise UserError(f"{value!r} is not a score between 0 and 1") from None
        if not 0 <= score <= 1:
            raise UserError(f"{value!r} is not a score between 0 and 1")
        return score


WHY = 3
"""Pieces of evidence a listed match says it was suggested for (its strongest)."""


@click.command("matches")
@click.option("--article", "article_id", type=ID, help="Only the matches of this article's claims.")
@click.option(
    "--status",
    "state",
    type=click.Choice(["suggested", "confirmed", "rejected"]),
    help="Only suggestions waiting for a decision, or those confirmed (or linked by hand), "
    "or rejected (a report with another figure: dismissed).",
)
@click.option("--min-score", type=Score(), help="Only those scored at least this (0 to 1).")
@click.option(
    "--sort",
    type=click.Choice(["found", "score"]),
    default="found",
    show_default=True,
    help="In the order they were found (article after article), or best first.",
)
@click.option("--limit", type=COUNT, default=None, help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def matches_command(store, article_id, state, min_score, sort, limit, as_json) -> None:
    """List the claims seen before across the database: every suggestion and match, with
    its two claims (id, article, number in the article, words), score, state, whether
    their figures disagree, and why it was suggested. Decide one with `workbench match`."""
    if article_id is not None:
        store.article(article_id)  # "no article N" rather than an empty list
    rows = (
        _listed(match)
        for match in store.listed_matches(
            article_id=article_id, state=state, min_score=min_score, sort=sort, limit=limit
        )
    )
    if as_json:
        echo_json(list(rows))
        return
    echo(
        f"{'match':>6} {'kind':6} {'status':9} {'score':>5} {'figures':9} "
        f"{'claim':>6} {'art':>4} {'no':>3} {'text':32} {'other':>6} {'art':>4} {'no':>3} "
        f"{'text':32} why"
    )
    count = 0
    for row in rows:
        count += 1
        echo(
            f"{row['id']:>6} {row['kind'][:6]:6} {row['status']:9} {row['score']:>5.2f} "
            f"{row['figures'] or '-':9} {_side(row['claim'])} {_side(row['other'], row)} "
            f"{'; '.join(row['why'])}"
        )
    echo(counted(count, "match"))


def _listed(match: dict) -> dict:
    """A match as `workbench matches` lists it: its claims, whether their figures disagree
    (as the card and `show` read it: `with_match_flags`; a report of the same fact with
    another figure always does), and its strongest evidence."""
    from workbench.report.explain import explain_lines
    from workbench.report.flag_text import figures_said, with_match_flags

    claim, other = match["claim"] or {}, match["other"]
    seen = {"kind": match["kind"], "state": match["state"]}
    if other is not None and claim:
        seen |= {
            "other_claim_id": other["id"],
            "other_text": other["text"],
            "other_numbers": other["numbers"],
            "other_language": other["language"],
        }
        # Read as a match's even for a report of the same fact with another figure, so that
        # two estimates that differ are said as `show` says them.
        probe = seen | {"kind": MATCH}
        with_match_flags(claim, [probe], claim.get("language") or "fr")
        seen["disagreements"] = probe.get("disagreements", [])
    flags = seen.get("disagreements", [])
    if match["origin"] == "analyst":
        why = [f"linked by hand by {match['decided_by'] or '?'}"]
    else:
        why = explain_lines({"signals": match["signals"]}, "en")[:WHY]
    return {
        "id": match["id"],
        "kind": "figure" if match["kind"] == OTHER_FIGURE else "match",
        "status": match["state"],
        "origin": match["origin"],
        "decided_by": match["decided_by"],
        "score": match["score"],
        "figures": figures_said(seen),
        "disagreements": [{k: v for k, v in flag.items() if k != "match"} for flag in flags],
        "why": why,
        "signals": match["signals"],
        "claim": _claim_fields(claim),
        "other": _claim_fields(other) if other else None,
        "fact_check": match["review"],
    }


def _claim_fields(claim: dict) -> dict:
    return {
        key: claim.get(key)
        for key in ("id", "article_id", "number", "text", "language", "title", "published")
    }


def _side(claim: dict | None, row: dict | None = None) -> str:
    """One claim of a listed match in its columns: id, article, number, words (a
    fact-check's author and words in its place)."""
    if claim is None and row is not None and row["fact_check"]:
        review = row["fact_check"]
        said = f"{review['author_name'] or '?'}: {review['claim_reviewed'] or ''}"
        return f"{'review':>6} {'':>4} {'':>3} {shorten(said, 32):32}"
    if not claim or claim.get("id") is None:
        return f"{'?':>6} {'':>4} {'':>3} {'':32}"
    return (
        f"{claim['id']:>6} {claim['article_id']:>4} {claim['number'] or '?':>3} "
        f"{shorten(claim['text'], 32):32}"
    )


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
