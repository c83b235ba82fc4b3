"""The report as CSV, one row per claim, for spreadsheets. Cells that a spreadsheet would run
as a formula (=, +, -, @ first) are prefixed with an apostrophe."""

from __future__ import annotations

import csv
import io

from workbench.figure_text import figure_said
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
]


def _cell(value) -> str:
    text = visible("" if value is None else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _date_cell(mention: dict) -> str:
    """ "mercredi=2025-11-26 (statement)": a date read from the reporting frame says so, as in
    the other formats (the day it was said, not the day the fact happened)."""
    cell = f"{mention['text']}={mention['iso']}"
    return f"{cell} ({mention['role']})" if mention.get("role") else cell


def render(articles: list[dict], scale: list[dict], language: str | None) -> str:
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(COLUMNS)
    for article in articles:
        for position, claim in enumerate(article["claims"], 1):
            verdict = claim["verdict_record"] or {}
            writer.writerow(
                _cell(v)
                for v in [
                    article["id"],
                    article["title"],
                    article.get("url"),
                    article.get("published"),
                    claim["id"],
                    position,
                    claim["text"],
                    claim.get("speaker"),
                    " ".join(claim["kinds"]),
                    # as the card and the other formats say them ("Three = 3 people"),
                    # not "Three=3", which dropped what a figure counts
                    "; ".join(
                        figure_said(n, language or article.get("language") or "en", claim["text"])
                        for n in claim["numbers"]
                    ),
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
                ]
            )
    return output.getvalue()
