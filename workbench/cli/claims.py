"""Claim commands: list and filter, show one, change status, add or edit, history and undo."""

from __future__ import annotations

from collections.abc import Collection

import click

from workbench.claim_name import claim_name
from workbench.cli.common import COUNT, ID, echo, echo_json, shorten, with_store
from workbench.extract.types import KINDS
from workbench.figure_text import typed_figure
from workbench.matching.sides import OTHER_FIGURE, is_weak
from workbench.plural import counted
from workbench.report.changes import corrections_dropped, describe_change
from workbench.report.corrected import figures_said, marked
from workbench.report.flag_text import (
    describe_flag,
    describe_match_flag,
    placed,
    with_match_flags,
)
from workbench.report.match_text import describe_match, describe_other_figure
from workbench.report.words import action_word, moment, role_word
from workbench.safe_text import visible
from workbench.store import STATUSES


def _visible_texts(claim: dict) -> dict:
    """The claim with every stored text made safe for a terminal (ANSI escapes shown)."""
    claim = {
        **claim,
        "text": visible(claim["text"]),
        "speaker": visible(claim["speaker"]) if claim.get("speaker") else None,
    }
    claim["sources"] = [
        {
            **s,
            "title": visible(s["title"]) if s["title"] else None,
            "excerpt": visible(s["excerpt"]) if s["excerpt"] else None,
        }
        for s in claim["sources"]
    ]
    claim["notes"] = [{**n, "body": visible(n["body"])} for n in claim["notes"]]
    if claim.get("verdict_record") and claim["verdict_record"].get("rationale"):
        claim["verdict_record"] = {
            **claim["verdict_record"],
            "rationale": visible(claim["verdict_record"]["rationale"]),
        }
    return claim


def _dates(claim: dict, desk: Collection[int] = ()) -> str:
    """Each date as "text=iso (role)", those at the places `desk` marked as the desk's."""
    return ", ".join(
        marked(
            f"{d['text']}={d['iso']}"
            + (f" ({role_word(d['role'], 'en')})" if d.get("role") else ""),
            i in desk,
            "en",
        )
        for i, d in enumerate(claim.get("dates", []))
    )


@click.command("claims")
@click.option("--article", "article_id", type=ID, help="Only this article's claims.")
@click.option("--status", type=click.Choice(STATUSES))
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--verdict", help="A label from the scale (English or French), or 'none'.")
@click.option("--speaker", help="Speaker contains this text.")
@click.option("--search", help="Full-text search over claim text and speaker.")
@click.option(
    "--sort", type=click.Choice(["position", "score"]), default="position", show_default=True
)
@click.option("--limit", type=COUNT, default=None, help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def claims_command(
    store, article_id, status, kind, verdict, speaker, search, sort, limit, as_json
) -> None:
    """List claims, filtered by article, status, kind, verdict, speaker or a search: each
    with its id (what the other commands take), article and number in it (`no`: "Claim 7" in
    the app and the reports)."""
    if article_id is not None:
        store.article(article_id)  # "no article N" rather than an empty list
    rows = store.claims(
        article_id=article_id,
        status=status,
        kind=kind,
        verdict=verdict,
        speaker=speaker,
        search=search,
        sort=sort,
        limit=limit,
    )
    if as_json:
        echo_json(rows)
        return
    labels = {entry["key"]: entry["label_en"] for entry in store.scale()}
    # `no`: the claim's number in its article ("Claim 7" of the app and the reports); `id`:
    # what the other commands take
    numbers = store.claim_numbers(sorted({row["article_id"] for row in rows}))
    echo(
        f"{'id':>5} {'art':>4} {'no':>4} {'status':11} {'verdict':13} {'score':>5}  "
        f"{'speaker':22} claim"
    )
    for row in rows:
        verdict = labels.get(row["verdict"], row["verdict"]) if row["verdict"] else "-"
        echo(
            f"{row['id']:>5} {row['article_id']:>4} {numbers.get(row['id'], '?'):>4} "
            f"{row['status']:11} "
            f"{verdict:13} {row['score']:>5.2f}  "
            f"{shorten(row['speaker'], 22):22} {shorten(row['text'], 80)}"
        )
    echo(counted(len(rows), "claim"))


@click.command("show")
@click.argument("claim_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def show_command(store, claim_id: int, as_json: bool) -> None:
    """Everything about one claim: figures, dates, speaker, sources, verdict, notes."""
    claim = store.claim(claim_id)
    language = claim["article"].get("language") or "fr"
    claim["matches"] = with_match_flags(claim, store.matches(claim_id), language)
    claim["disagreements"] = placed(
        store.disagreements(claim_id), store.claim_numbers([claim["article_id"]])
    )
    if as_json:
        claim["article"] = {k: v for k, v in claim["article"].items() if k != "text"}
        claim["corrected"] = {
            k: v if isinstance(v, bool) else sorted(v) for k, v in claim["corrected"].items()
        }
        echo_json(claim)
        return
    article = {**claim["article"], "title": visible(claim["article"]["title"])}
    claim = _visible_texts(claim)
    # the claim's number in its article, as the app and the reports give it, and its id
    echo(
        f"{claim_name(claim['place'], claim['id'], capital=True)} of article {article['id']}: "
        f"{article['title']}"
    )
    echo(f"  {claim['status']}, {claim['origin']}, score {claim['score']:.2f}")
    echo(f"  “{claim['text']}”")
    echo(f"  kinds:    {', '.join(claim['kinds']) or '-'}")
    # what the desk corrected is marked as the reports mark it (report/corrected.py)
    desk = claim["corrected"]
    echo(f"  speaker:  {marked(claim['speaker'] or '-', desk['speaker'], 'en')}")
    echo(f"  figures:  {', '.join(figures_said(claim, 'en')) or '-'}")
    echo(f"  dates:    {_dates(claim, desk['dates']) or '-'}")
    verdict = claim["verdict_record"]
    if verdict:
        echo(
            f"  verdict:  {verdict['label_en']} ({verdict['label_fr']}) by "
            f"{verdict['analyst']} at {moment(verdict['decided_at'])}"
        )
        if verdict["rationale"]:
            echo(f"            {verdict['rationale']}")
    else:
        echo("  verdict:  none yet")
    for source in claim["sources"]:
        echo(
            f"  source:   [{source['stance']}] "
            + (f"{source['title']} <{source['url']}>" if source["title"] else source["url"])
        )
        if source["excerpt"]:
            echo(f"            “{source['excerpt']}”")
    for attached in claim["attached_dates"]:
        echo(f"  date:     {attached['role']}: {attached['iso']} ({attached['text']})")
    for note in claim["notes"]:
        echo(f"  note:     {note['body']}  — {note['analyst']}")
    for match in claim["matches"]:
        if match.get("kind") == OTHER_FIGURE:
            how = (
                f"{match['state']}{', weak' if is_weak(match) else ''}, score {match['score']:.2f}"
            )
            echo(
                f"  figure:   suggestion {match['id']} ({how}): "
                f"{describe_other_figure(match, 'en', claim['numbers'])}"
            )
            continue
        how = (
            f"linked by hand by {match.get('decided_by') or '?'}"
            if match.get("origin") == "analyst"
            else f"{match['state']}{', weak' if is_weak(match) else ''}, score {match['score']:.2f}"
        )
        echo(f"  seen:     match {match['id']} ({how}): {describe_match(match, 'en')}")
        if match["state"] == "suggested":  # a confirmed match's are the claim's, below
            for flag in match.get("disagreements", []):
                echo(f"            {describe_match_flag(flag, match, 'en')}")
    for flag in claim["disagreements"]:
        kind = "estimates" if flag.get("estimates") else "(!) figure"
        echo(f"  {kind}: {describe_flag(flag, 'en')}")
    if claim["last_change"]:
        change = claim["last_change"]
        echo(
            f"  last change: {action_word(change['action'], 'en')} by {change['analyst']} at {moment(change['at'])}"
        )


@click.command("status")
@click.argument("claim_id", type=ID)
@click.argument("status", type=click.Choice(STATUSES), metavar="STATUS")
@with_store
def status_command(store, claim_id: int, status: str) -> None:
    """Set a claim's status: new, in-progress, checked or dismissed."""
    store.set_status(claim_id, status)
    echo(f"{store.claim_named(claim_id)}: {status}")


@click.group("claim")
def claim_group() -> None:
    """Add a claim the extractor missed, or edit one."""


@claim_group.command("add")
@click.argument("article_id", type=ID)
@click.option("--start", type=int, help="Character offset where the claim starts.")
@click.option("--end", type=int, help="Character offset where it ends.")
@click.option("--text", "quoted", help="Or: the claim's exact words in the article.")
@click.option("--speaker", help="Who states it, when not the one the article's words name.")
@with_store
def claim_add_command(store, article_id, start, end, quoted, speaker) -> None:
    """Add a claim from a span of ARTICLE_ID's text (offsets, or its exact words), read as
    an extracted claim is: its speaker, figures, dates, kinds and score."""
    from workbench.claim_reading import read_claim_span
    from workbench.cli.common import UserError

    article = store.article(article_id)
    if quoted:
        position = article["text"].find(quoted)
        if position < 0:
            raise UserError("those words are not in the article")
        start, end = position, position + len(quoted)
    if start is None or end is None:
        raise UserError("give --start and --end, or --text")
    # Read as the extractor reads a clause it cut (speaker, figures, dates against the
    # article's day, kinds, score), before the store, which only stores, takes it.
    start, end = store.claim_span(article_id, start, end)
    typed = (speaker or "").strip() or None
    reading = read_claim_span(article, start, end, typed)
    already = store.claims_on_span(article_id, start, end)
    claim_id = store.add_claim(article_id, start, end, speaker=typed, reading=reading)
    echo(f"{store.claim_named(claim_id)} added")
    if already:
        echo(f"warning: {', '.join(already)} already on these words", err=True)


@claim_group.command("edit")
@click.argument("claim_id", type=ID)
@click.option("--start", type=int)
@click.option("--end", type=int)
@click.option("--speaker", help="Who the claim is attributed to ('' clears it).")
@click.option(
    "--figure",
    "figures",
    multiple=True,
    metavar="TEXT=VALUE [UNIT]",
    help="Correct the figure written TEXT, or add it (repeat for several); the claim's other "
    "figures stay. After the value, what it counts, its unit: --figure 'four=4 co-defendants' "
    "(without one, the figure keeps its unit). E.g. --figure six=6.",
)
@click.option(
    "--drop-figure",
    "dropped",
    multiple=True,
    metavar="TEXT",
    help="Remove the figure written TEXT (repeat for several).",
)
@click.option(
    "--date",
    "dates",
    multiple=True,
    metavar="TEXT=YYYY-MM-DD",
    help="Correct the day of the date written TEXT, or add it (repeat for several); the "
    "claim's other dates stay. E.g. --date mardi=2024-11-19.",
)
@click.option(
    "--drop-date",
    "dropped_dates",
    multiple=True,
    metavar="TEXT",
    help="Remove the date written TEXT (repeat for several).",
)
@with_store
def claim_edit_command(
    store, claim_id, start, end, speaker, figures, dropped, dates, dropped_dates
) -> None:
    """Move a claim's span, set its speaker, or correct, add or remove figures (a value, what
    it counts) and dates. A moved span is read as an added claim is (its speaker, figures,
    dates, kinds and score), the desk's corrections put back where their words still are.
    Says what it changed, or "unchanged:" when the claim already held all of it (nothing is
    written then)."""
    from workbench.claim_reading import read_moved_span
    from workbench.cli.common import UserError
    from workbench.store.records import decode_claim

    current = decode_claim(store.claim_row(claim_id))
    name = store.claim_named(claim_id)
    if (start, end, speaker) == (None, None, None) and not (
        figures or dropped or dates or dropped_dates
    ):
        raise UserError(
            "nothing to change: give --start/--end, --speaker, --figure, --drop-figure, "
            "--date or --drop-date"
        )
    numbers = None
    if figures or dropped:
        typed: dict[str, dict] = {}
        for figure in figures:
            try:
                number = typed_figure(figure)
            except ValueError:
                raise UserError(
                    f"figure {figure!r} is not TEXT=NUMBER [UNIT] (the number in plain digits, "
                    "what it counts after it: 'four=4 co-defendants')"
                ) from None
            typed[number["text"].casefold()] = number
        numbers = _replaced(current["numbers"], typed, dropped, name, "figure")
    mentions = None
    if dates or dropped_dates:
        days = {
            text.casefold(): {"text": text, "iso": iso}
            for text, _, iso in (date.rpartition("=") for date in dates)
        }
        mentions = _replaced(current["dates"], days, dropped_dates, name, "date")
    # a moved span is read before the store, which only stores, takes it (as `claim add`)
    reading = read_moved_span(store, claim_id, start, end, speaker)
    edited = store.edit_claim(
        claim_id,
        start=start,
        end=end,
        speaker=speaker,
        numbers=numbers,
        dates=mentions,
        reading=reading,
    )
    if edited.changed:
        echo(f"{name} edited: {', '.join(edited.changed)}")
    if edited.dropped:
        echo(
            f"warning: {corrections_dropped(edited.dropped)} "
            f"(`workbench undo --claim {claim_id}` brings it back)",
            err=True,
        )
    if edited.changed:
        return
    holds = decode_claim(store.claim_row(claim_id))
    held = [
        f"{what}: {said}"
        for what, asked, said in (
            ("span", start is not None or end is not None, f"{holds['start']}-{holds['end']}"),
            ("speaker", speaker is not None, holds["speaker"] or "none"),
            ("figures", numbers is not None, ", ".join(figures_said(holds, "en")) or "none"),
            ("dates", mentions is not None, _dates(holds) or "none"),
        )
        if asked
    ]
    hint = ""
    if figures and not any("unit" in typed_figure(figure) for figure in figures):
        hint = (
            "; to correct what a figure counts, give its unit after the value: "
            "--figure 'TEXT=VALUE UNIT'"
        )
    echo(f"unchanged: {name} already holds what was given ({'; '.join(held)}){hint}")


def _replaced(
    current: list[dict], typed: dict[str, dict], dropped: tuple[str, ...], whose: str, what: str
) -> list[dict]:
    """A claim's figures or dates with those `typed` (by their words, casefolded) put in
    place or added, and those `dropped` removed; an unknown one to drop is refused."""
    from workbench.cli.common import UserError

    written = {(n.get("text") or "").casefold() for n in current}
    drop = {text.casefold() for text in dropped}
    if unknown := sorted(drop - written):
        listed = ", ".join(repr(n.get("text")) for n in current) or "none"
        raise UserError(f"{whose} has no {what} {unknown[0]!r} (its {what}s: {listed})")
    typed = dict(typed)
    kept = [
        typed.pop(key, item)
        for item in current
        if (key := (item.get("text") or "").casefold()) not in drop
    ]
    return kept + list(typed.values())


@click.command("history")
@click.argument("claim_id", type=ID)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def history_command(store, claim_id: int, as_json: bool) -> None:
    """Replay a claim's life from the append-only history: who changed what, when."""
    rows = store.history(claim_id)
    if as_json:
        echo_json({"history": rows, "replayed": store.replay(claim_id)})
        return
    by_id = {row["id"]: row for row in rows}
    scale = store.scale()
    echo(f"history of {store.claim_named(claim_id)}")  # the app's "History of Claim 7"
    for row in rows:
        echo(
            f"{moment(row['at'])}  {row['analyst'] or '-':12} "
            f"{action_word(row['action'], 'en')}: "
            f"{shorten(describe_change(row, by_id, width=HISTORY_VALUE, scale=scale), 400)}"
        )


HISTORY_VALUE = 80
"""Characters of each value a history line says (a trial: notes cut at 30, "Montant à
vérifier dans la co…", left the analyst guessing what was written)."""


@click.command("undo")
@click.option("--claim", "claim_id", type=ID, help="Only a change to this claim.")
@with_store
def undo_command(store, claim_id) -> None:
    """Undo your latest change that can be undone (it stays in history, marked as undone).
    Adding a claim or a source to the library is not undone: dismiss or unlink instead."""
    if claim_id is not None:
        store.claim_row(claim_id)  # "no claim N" rather than "nothing to undo"
    reverted = store.undo(claim_id)
    echo(f"undone: {visible(reverted.description)}")


@click.command("redo")
@click.option("--claim", "claim_id", type=ID, help="Only a change to this claim.")
@with_store
def redo_command(store, claim_id) -> None:
    """Redo the change you undid last (until you make a new change)."""
    if claim_id is not None:
        store.claim_row(claim_id)  # "no claim N" rather than "nothing to redo"
    reverted = store.redo(claim_id)
    echo(f"redone: {visible(reverted.description)}")


@click.command("search")
@click.argument("words", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@with_store
def search_command(store, words, as_json) -> None:
    """Full-text search over claims, articles, sources, notes, the excerpts attached with a
    source and verdicts' rationales (any form of a word: "disparus" finds "disparues")."""
    found = store.search(" ".join(words))
    if as_json:
        echo_json(found)
        return
    for table, rows in found.items():
        for row in rows:
            if table == "excerpts":
                said = row["excerpt"] or row["note"] or ""
                echo(
                    f"excerpt  {store.claim_named(row['claim_id'])}, source "
                    f"{row['source_id']}:  {shorten(said, 80)}"
                )
                continue
            if table in ("notes", "rationales"):
                what = "note" if table == "notes" else "verdict"
                said = row.get("body") or row.get("rationale")
                echo(f"{what:8} on {store.claim_named(row['claim_id'])}:  {shorten(said, 90)}")
                continue
            label = row.get("text") or row.get("title") or row.get("body") or row.get("url")
            # a claim by its number and id ("claim 11 (id 30)"), never a bare id
            which = store.claim_named(row["id"]) if table == "claims" else f"{row['id']:>6}"
            echo(f"{table[:-1]:8} {which}  {shorten(label, 100)}")
    if not any(found.values()):
        echo("nothing found")
