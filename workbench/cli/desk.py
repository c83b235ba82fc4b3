"""Desk commands: the analysts a desk knows, assignment, review, what waits for whom, the
overview, and the desk's settings (review on or off)."""

from __future__ import annotations

import click

from workbench.claim_name import claim_name
from workbench.cli.common import UserError, echo, echo_json, shorten, with_store
from workbench.plural import counted
from workbench.report.words import moment
from workbench.store import DECISIONS


@click.group("analyst")
def analyst_group() -> None:
    """The desk's analysts: the names `assign` accepts."""


@analyst_group.command("add")
@click.argument("names", nargs=-1, required=True)
@with_store(creates=True)
def analyst_add_command(store, names) -> None:
    """Add analysts to the desk (a name is a label, not a login: see the README)."""
    for name in names:
        added = store.add_analyst(name)
        click.echo(f"{'added' if added else 'already on the desk'}: {shorten(name, 64)}")


@analyst_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@with_store
def analyst_list_command(store, as_json) -> None:
    """List the desk's analysts."""
    rows = store.analysts()
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        click.echo(
            f"{shorten(row['name'], 30):30}  added {row['added_at'][:10]} by {row['added_by']}"
        )


@click.command("assign")
@click.argument("claim_ids", nargs=-1, type=int)
@click.option("--article", "article_id", type=int, help="Every claim of this article.")
@click.option(
    "--to", "to", metavar="NAME", help="An analyst of the desk (`workbench analyst list`)."
)
@click.option("--clear", is_flag=True, help="Unassign instead.")
@with_store
def assign_command(store, claim_ids, article_id, to, clear) -> None:
    """Assign claims (or a whole --article) to an analyst: `assign 3 4 --to bob`."""
    if bool(to) == clear:
        raise UserError("say who with --to NAME, or --clear to unassign")
    if bool(claim_ids) == (article_id is not None):
        raise UserError("name the claims, or one --article, not both")
    name = None if clear else to
    if article_id is not None:
        rows = store.claims(article_id=article_id)
        changed = store.assign_article(article_id, name)
    else:
        rows = [store.claim_row(claim_id) for claim_id in claim_ids]
        changed = store.assign(claim_ids, name)
    held = {row["id"]: row["assignee"] for row in rows}
    places = store.claim_numbers(sorted({row["article_id"] for row in rows}))

    def named(ids: list[int]) -> str:
        """The claims as every message names them ("claim 7 (id 26)"): a bare id read as
        the claim's number in its article."""
        return ", ".join(claim_name(places.get(claim_id), claim_id) for claim_id in ids)

    who = f"to {name}" if name else "unassigned"
    echo(f"{counted(len(changed), 'claim')} {who}" + (f": {named(changed)}" if changed else ""))
    taken: dict[str, list[int]] = {}
    for claim_id in changed:
        if held.get(claim_id) not in (None, name):
            taken.setdefault(held[claim_id], []).append(claim_id)
    for holder, ids in sorted(taken.items()):
        echo(f"  taken from {holder}: {named(ids)}")


@click.command("review")
@click.argument("claim_id", type=int)
@click.argument("decision", type=click.Choice(list(DECISIONS)))
@click.option("-m", "--message", "comment", help="Why (required to return a verdict).")
@with_store
def review_command(store, claim_id, decision, comment) -> None:
    """Approve a claim's proposed verdict, or return it to its author with -m COMMENT.

    The author of a verdict can never approve it."""
    store.review(claim_id, decision, comment)
    echo(f"{store.claim_named(claim_id)}: verdict {DECISIONS[decision]}")


REASONS = {"assigned": "assigned", "returned": "returned", "review": "to review"}


@click.command("queue")
@click.option("--all", "everyone", is_flag=True, help="What waits for every analyst.")
@click.option("--json", "as_json", is_flag=True)
@with_store
def queue_command(store, everyone, as_json) -> None:
    """What waits for you (--analyst NAME for someone else, --all for everyone), oldest first:
    claims assigned to you, verdicts returned to you, verdicts waiting for your review."""
    if not everyone and store.analysts():
        store.known_analyst(store.analyst)  # a mistyped name would read "nothing waiting"
    items = store.waiting() if everyone else store.queue()
    if as_json:
        echo_json(
            [
                {
                    "claim_id": item["claim_id"],
                    "place": item["place"],
                    "article_id": item["article_id"],
                    "reason": item["reason"],
                    "for": item["for"],
                    "since": item["since"],
                    "text": item["text"],
                    "verdict": item["verdict"],
                    "author": item["author"],
                    "reviewer": item["reviewer"],
                    "comment": item["comment"],
                }
                for item in items
            ]
        )
        return
    if not items:
        echo(_nothing_waiting(store, None if everyone else store.analyst))
        if not everyone:
            _unseen_name(store)
    for item in items:
        who = item["for"] or f"anyone but {item['author']}"
        click.echo(
            f"{claim_name(item['place'], item['claim_id']):18}  {REASONS[item['reason']]:9}  "
            f"{shorten(who, 16):16}  {moment(item['since']):16}  {shorten(item['text'], 60)}"
        )
        if item["comment"]:
            click.echo(f"{'':20}{shorten(item['reviewer'], 16)}: {shorten(item['comment'], 90)}")
    if unassigned := store.unassigned_open():
        echo(
            f"{counted(unassigned, 'claim')} {'is' if unassigned == 1 else 'are'} new or in "
            "progress and assigned to no one, so in no queue: `workbench claims --status new` "
            "lists them, `workbench assign` gives them to an analyst"
        )


def _nothing_waiting(store, analyst: str | None) -> str:
    """What an empty queue holds, said: which kinds of work it would list (a trial read
    "nothing waiting" with 30 claims still new, which no queue holds until assigned)."""
    review = (
        f"no verdict waiting for {'your' if analyst else 'a'} review"
        if store.review_on()
        else "no review (review is off)"
    )
    if analyst is None:
        return f"nothing waiting: no claim assigned, no verdict returned, {review}"
    return (
        f"nothing waiting for {shorten(analyst, 30)}: no claim assigned to you, no verdict "
        f"returned to you, {review}"
    )


def _unseen_name(store) -> None:
    """Without a desk list an analyst's name is a free label (the list, once made, refuses
    one not on it): an empty queue for a name no change here was made under says so, with
    the names there are, so that a mistyped name is not read as an analyst with nothing to
    do."""
    seen = store.names_seen()
    if store.analyst not in seen:
        echo(
            f"no change in this database was made as {shorten(store.analyst, 30)} (names that "
            f"made one: {shorten(', '.join(seen) or 'none', 120)}); the desk keeps no list of "
            "analysts: `workbench analyst add NAME...` makes one, and the queue then refuses "
            "a name not on it"
        )


@click.command("desk")
@click.option("--json", "as_json", is_flag=True)
@with_store
def desk_command(store, as_json) -> None:
    """The desk overview: claims by state per article and per analyst (with review on: new,
    in progress, proposed, returned, approved, done; off: new, in progress, done), what
    waits longest."""
    view = store.overview()
    if as_json:
        echo_json(view)
        return
    states = view["states"]
    header = "".join(f"{state:>12}" for state in states)
    if view["review"]:
        click.echo(f"review is on; {counted(view['waiting'], 'item')} waiting")
    else:
        click.echo(
            "review is off (a claim checked is done); "
            f"{counted(view['waiting'], 'item')} waiting (assigned, or returned)"
        )
    click.echo(f"\n{'article':36}{header}")
    for row in view["articles"]:
        name = shorten(f"{row['key']} {row['title'] or ''}", 35)
        click.echo(f"{name:36}" + "".join(f"{row[s]:>12}" for s in states))
    click.echo(f"\n{'analyst':36}{header}{'waiting':>10}")
    for row in view["analysts"]:
        click.echo(
            f"{shorten(row['key'], 35):36}"
            + "".join(f"{row[s]:>12}" for s in states)
            + f"{row['waiting']:>10}"
        )
    click.echo("\nwaiting longest")
    if not view["longest"]:
        click.echo("nothing")
    for item in view["longest"]:
        who = item["for"] or "a reviewer"
        click.echo(
            f"{moment(item['since']):16}  {claim_name(item['place'], item['claim_id']):18}  "
            f"{REASONS[item['reason']]:9}  {shorten(who, 16):16}  {shorten(item['text'], 50)}"
        )


@click.group("settings")
def settings_group() -> None:
    """The desk's settings, kept in the database."""


@settings_group.command("review")
@click.argument("state", type=click.Choice(["on", "off"]))
@with_store(creates=True)
def settings_review_command(store, state) -> None:
    """Turn review on (verdicts are published once another analyst approves them) or off."""
    store.set_review(state == "on")
    click.echo(f"review is {state}")


@settings_group.command("organisation")
@click.argument("name")
@click.option("--url", help="Where the desk's fact-checks are published (ClaimReview's url).")
@with_store(creates=True)
def settings_organisation_command(store, name, url) -> None:
    """Who signs the desk's fact-checks (ClaimReview's author) and where they are read."""
    store.set_organisation(name, url)
    echo(f"organisation: {name}" + (f" <{url}>" if url else " (no URL)"))


@settings_group.command("show")
@with_store
def settings_show_command(store) -> None:
    """Print every setting."""
    click.echo(f"review: {'on' if store.review_on() else 'off'}")
    for key in ("organisation", "organisation_url"):
        click.echo(f"{key}: {shorten(store.setting(key) or '', 80)}")
