"""Evidence commands: sources, verdicts, dates and notes attached to claims; the scale."""

from __future__ import annotations

import click

from workbench.cli.common import ID, UserError, echo, echo_json, shorten, with_store
from workbench.store import DATE_ROLES, STANCES
from workbench.store.validation import RATIONALE_NEEDED, has_rationale


@click.group("source")
def source_group() -> None:
    """Add sources to the library and link them to claims."""


@source_group.command("add")
@click.argument("url")
@click.option("--title")
@click.option("--publisher")
@click.option("--published", metavar="YYYY-MM-DD")
@click.option("--accessed", metavar="YYYY-MM-DD", help="Default: today.")
@click.option("--archive", "archived_url", help="URL of an archived copy.")
@click.option("--claim", "claim_id", type=ID, help="Also link it to this claim.")
@click.option("--stance", type=click.Choice(STANCES), default="context", show_default=True)
@click.option("--excerpt", help="The passage that matters.")
@with_store
def source_add_command(
    store, url, title, publisher, published, accessed, archived_url, claim_id, stance, excerpt
) -> None:
    """Add a source by URL (http/https only); optionally link it to a claim."""
    if claim_id is not None:
        store.claim_row(claim_id)  # an unknown claim is refused before anything is stored
    source_id = store.add_source(
        url,
        title=title,
        publisher=publisher,
        published=published,
        accessed=accessed,
        archived_url=archived_url,
    )
    echo(f"source {source_id}")
    if claim_id is not None:
        store.link_source(claim_id, source_id, stance, excerpt=excerpt)
        echo(f"linked to {store.claim_named(claim_id)} ({stance})")


@source_group.command("link")
@click.argument("claim_id", type=ID)
@click.argument("source_id", type=ID)
@click.option("--stance", type=click.Choice(STANCES), required=True)
@click.option("--excerpt")
@click.option("--note")
@with_store
def source_link_command(store, claim_id, source_id, stance, excerpt, note) -> None:
    """Link a source from the library to a claim, with its stance."""
    store.link_source(claim_id, source_id, stance, excerpt=excerpt, note=note)
    echo(f"source {source_id} linked to {store.claim_named(claim_id)} ({stance})")


@source_group.command("list")
@click.option("--search", help="Full-text search over title, publisher and URL.")
@click.option("--json", "as_json", is_flag=True)
@with_store
def source_list_command(store, search, as_json) -> None:
    """List the sources in the library (newest first)."""
    rows = store.sources(search)
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        echo(f"{row['id']:>5}  {shorten(row['title'] or '-', 40):40}  {row['url']}")


@click.group("verdict")
def verdict_group() -> None:
    """Set verdicts from the scale and see the scale."""


@verdict_group.command("set")
@click.argument("claim_id", type=ID)
@click.argument("label")
@click.option(
    "--rationale",
    "-r",
    help="Why: what the evidence shows (required: a verdict is not recorded without one). "
    "Without it the previous rationale is kept.",
)
@with_store
def verdict_set_command(store, claim_id, label, rationale) -> None:
    """Give a claim a verdict: a label from the scale (English or French) and why. Earlier
    verdicts are kept; the latest is current. A verdict is never recorded without a
    rationale, and a rationale is never dropped silently: without -r the previous one is
    carried over (and the command says so). Saved as the TUI's check without a source: a
    new claim becomes checked, and one `workbench undo` takes back both; the same verdict
    again writes nothing."""
    entry = store.label(label)
    store.claim_row(claim_id)  # an unknown claim is said as such, before its rationale
    kept = None
    if rationale is None:
        previous = store.current_verdict(claim_id)
        kept = previous and previous["rationale"]
        rationale = kept
    if not has_rationale(rationale):
        raise UserError(
            f'{store.claim_named(claim_id)}: {RATIONALE_NEEDED} (-r "..."); nothing written'
        )
    given = store.check_claim(claim_id, entry["key"], rationale)
    said = "" if given else " (unchanged)"
    echo(f"{store.claim_named(claim_id)}: {entry['label_en']} ({entry['label_fr']}){said}")
    if kept:
        echo(f"rationale kept: {shorten(kept, 200)}")


@verdict_group.command("scale")
@click.option("--json", "as_json", is_flag=True)
@with_store
def verdict_scale_command(store, as_json) -> None:
    """Show the verdict scale with ClaimReview ratings and definitions."""
    rows = store.scale()
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        rating = row["rating"] if row["rating"] is not None else "-"
        echo(
            f"{row['key']:14} {row['label_en']:14} {row['label_fr'] or '':16} "
            f"{rating!s:>2}  {row['definition_en'] or ''}"
        )


@click.group("date")
def date_group() -> None:
    """Attach dates to claims."""


@date_group.command("add")
@click.argument("claim_id", type=ID)
@click.argument("when")
@click.option(
    "--role",
    type=click.Choice(DATE_ROLES),
    default="event",
    show_default=True,
    help="What the date is.",
)
@with_store
def date_add_command(store, claim_id, when, role) -> None:
    """Attach a date: ISO, 19/11/2024, "19 novembre 2024", "Nov 19 2024" or "hier"."""
    store.add_date(claim_id, role, when)
    echo(f"{store.claim_named(claim_id)}: {role} date added")


@click.group("note")
def note_group() -> None:
    """Add notes to claims."""


@note_group.command("add")
@click.argument("claim_id", type=ID)
@click.argument("body")
@with_store
def note_add_command(store, claim_id, body) -> None:
    """Add a note to a claim."""
    store.add_note(claim_id, body)
    echo(f"{store.claim_named(claim_id)}: note added")
