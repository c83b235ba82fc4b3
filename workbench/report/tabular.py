"""The report as CSV, one row per claim, for spreadsheets. Cells that a spreadsheet would run
as a formula (=, +, -, @ first) are prefixed with an apostrophe. A cell holding several items
(sources, notes, matches, disagreements) joins them with " | "."""

from __future__ import annotations

import csv
import io

from workbench.figure_text import figure_said
from workbench.matching.disagreement import article_flags
from workbench.report.corrected import set_by_desk
from workbench.report.flag_text import describe_flag
from workbench.report.match_text import describe_seen
from workbench.report.naming import ClaimNames
from workbench.report.typography import labelled
from workbench.report.words import role_word
from workbench.safe_text import visible

COLUMNS = [
    "article_id",
    "article_title",
    "article_url",
    "published",
    "claim_id",
    "position",
    "claim",
    "speaker",
    "kinds",
    "figures",
    "dates",
    "score",
    "status",
    "origin",
    "verdict",
    "verdict_fr",
    "rating",
    "rationale",
    "verdict_by",
    "verdict_at",
    "sources",
    "stances",
    "notes",
    "attached_dates",
    "seen_before",
    "figures_disagree",
    "estimates_differ",
    "set_by_desk",  # the speaker, figures and dates an analyst corrected (report/corrected.py)
]
"""New columns go last: a desk's spreadsheet that reads columns by place keeps working."""
INTERNAL_ONLY = ("claim_id", "verdict_by", "notes")
"""Columns of the internal CSV only: what a public report leaves out (a database id, the
analyst's name, notes: `report/audience.py`). A public CSV had them, empty or, for the id,
a number a reader cannot follow, where the other public formats leave them out."""


def _cell(value) -> str:
    text = visible("" if value is None else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _date_cell(mention: dict) -> str:
    """ "mercredi=2025-11-26 (statement)": a date read from the reporting frame says so, as in
    the other formats (the day it was said, not the day the fact happened)."""
    cell = f"{mention['text']}={mention['iso']}"
    return f"{cell} ({role_word(mention['role'], 'en')})" if mention.get("role") else cell


def _seen_cell(claim: dict, lang: str, names: ClaimNames) -> str:
    """The claim's matches as the report lists them ("Seen before: a claim in French in
    “Title” (date) ...; that claim: ..."), a report of the same fact with another figure as
    "Another figure elsewhere: ..."; not why each was suggested (ten suggestions' evidence
    made a cell of thousands of characters), but in the internal export the matcher's score,
    as the card shows it."""
    return " | ".join(
        f"{labelled(label, lang)} {said}"
        + (f" (score {match['score']:.2f})" if names.with_ids and match.get("score") else "")
        for match in claim.get("matches", [])
        for label, said in [describe_seen(match, lang, claim.get("numbers"), names, why=False)]
    )


def _flags_cell(flags: list[dict], estimates: bool, lang: str, names: ClaimNames) -> str:
    """The claim's figures that disagree (or its estimates that differ), as the report's
    sections say them: "six = 6 missiles but quatre = 4 in source “Briefing”"."""
    return " | ".join(
        describe_flag(flag, lang, names)
        for flag in flags
        if bool(flag.get("estimates")) == estimates
    )


def render(articles: list[dict], scale: list[dict], language: str | None) -> str:
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    public = bool(articles) and all(article.get("for_reader") for article in articles)
    kept = [i for i, name in enumerate(COLUMNS) if not (public and name in INTERNAL_ONLY)]
    writer.writerow(COLUMNS[i] for i in kept)
    for article in articles:
        lang = language or article.get("language") or "en"
        flags = article_flags(article)
        names = ClaimNames.of(article, lang)
        for claim in article["claims"]:
            verdict = claim["verdict_record"] or {}
            found = flags.get(claim["id"], [])
            values = [
                article["id"],
                article["title"],
                article.get("url"),
                article.get("published"),
                claim["id"],
                names.place(claim["id"]),
                claim["text"],
                claim.get("speaker"),
                " ".join(claim["kinds"]),
                # as the card and the other formats say them ("Three = 3 people"),
                # not "Three=3", which dropped what a figure counts
                "; ".join(figure_said(n, lang, claim["text"]) for n in claim["numbers"]),
                "; ".join(_date_cell(d) for d in claim["dates"]),
                f"{claim['score']:.2f}",
                claim["status"],
                claim["origin"],
                verdict.get("label_en"),
                verdict.get("label_fr"),
                verdict.get("rating"),
                verdict.get("rationale"),
                verdict.get("analyst"),
                verdict.get("decided_at"),
                " ".join(s["url"] for s in claim["sources"]),
                " ".join(s["stance"] for s in claim["sources"]),
                " | ".join(n["body"] for n in claim["notes"]),
                "; ".join(f"{d['role']}={d['iso']}" for d in claim["attached_dates"]),
                _seen_cell(claim, lang, names),
                _flags_cell(found, False, lang, names),
                _flags_cell(found, True, lang, names),
                " | ".join(set_by_desk(claim, lang)),
            ]
            writer.writerow(_cell(values[i]) for i in kept)
    return output.getvalue()
