"""`workbench publish`: Datasette on the database, read-only, with the desk's metadata
(table and column descriptions, verdict labels, facets, full-text search, canned queries).

Datasette runs as its own process (`python -m datasette`), which opens a file it does not
create or migrate read-only (`mode=ro`); no write plugin or writable canned query is set up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CLAIM_COLUMNS = {
    "id": "Claim number, as in `workbench show`",
    "article_id": "The article the claim was found in",
    "article": "Title of that article",
    "text": "The claim, in the article's own words",
    "speaker": "Who made the claim, when the article says",
    "status": "new, in-progress, checked or dismissed",
    "verdict": "Current verdict (English label of the desk's scale)",
    "verdict_fr": "Current verdict (French label)",
    "rating": "ClaimReview rating, 1 (false) to 5 (true); empty for Unverifiable",
    "review": "proposed (waits for a second analyst), approved, or returned with a comment",
    "analyst": "The analyst the claim is assigned to",
    "author": "The analyst who set the current verdict",
    "rationale": "Why: what the evidence shows",
    "verdict_at": "When the current verdict was set (UTC)",
    "updated_at": "Last change to the claim (UTC)",
}

QUERIES = {
    "waiting_for_review": {
        "title": "Waiting for review",
        "description": "Verdicts proposed by one analyst and not yet approved by another, "
        "oldest first.",
        "sql": "SELECT id, article, text, verdict, author, verdict_at, rationale "
        "FROM desk_claims WHERE review = 'proposed' ORDER BY verdict_at, id",
    },
    "verdicts_changed_this_week": {
        "title": "Verdicts changed this week",
        "description": "Every verdict set, proposed, approved or returned in the last 7 days, "
        "newest first, from the append-only history.",
        "sql": "SELECT h.at, h.analyst, h.action, h.claim_id, c.text, h.before, h.after "
        "FROM history h JOIN claims c ON c.id = h.claim_id "
        "WHERE h.action IN ('verdict.set', 'verdict.proposed', 'verdict.approved', "
        "'verdict.returned') AND h.at >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-7 days') "
        "ORDER BY h.id DESC",
    },
    "claims_by_speaker": {
        "title": "Claims by speaker",
        "description": "Every claim whose speaker contains the words given, with its verdict.",
        "sql": "SELECT id, article, speaker, text, verdict, review, status FROM desk_claims "
        "WHERE speaker LIKE '%' || :speaker || '%' ORDER BY article_id, id",
    },
}


def database_name(db_path: Path) -> str:
    """The name Datasette gives the file in its URLs: its stem (/workbench/desk_claims)."""
    return db_path.stem


def metadata(name: str, organisation: str = "Claim Workbench desk") -> dict:
    """Datasette metadata for the workbench database Datasette calls `name`."""
    return {
        "title": f"{organisation}: claims and verdicts",
        "description": "Read-only view of the desk's Claim Workbench database. Verdicts use "
        "the desk's scale (verdict_labels); with review on, only approved verdicts are "
        "published.",
        "databases": {
            name: {
                "tables": {
                    "desk_claims": {
                        "description": "One row per claim as the desk reads it: verdict "
                        "label, review state, assigned analyst.",
                        "columns": CLAIM_COLUMNS,
                        "facets": ["verdict", "status", "analyst", "review"],
                        "fts_table": "claims_fts",
                        "fts_pk": "id",
                        "searchmode": "raw",
                        "label_column": "text",
                    },
                    "claims": {
                        "description": "Claims found in articles or added by analysts.",
                        "facets": ["verdict", "status", "assignee"],
                        "label_column": "text",
                    },
                    "verdict_labels": {
                        "description": "The desk's verdict scale: labels in English and "
                        "French, the ClaimReview rating and what each label means.",
                        "label_column": "label_en",
                    },
                    "verdicts": {
                        "description": "Every verdict ever set; the latest live is current."
                    },
                    "verdict_reviews": {
                        "description": "Second analysts' reviews: approved, or returned with "
                        "a comment."
                    },
                    "history": {
                        "description": "Append-only log of every change: who, when, "
                        "what, before and after."
                    },
                    "articles": {"description": "Ingested articles.", "label_column": "title"},
                    "analysts": {
                        "description": "The names the desk assigns work to (labels, not logins)."
                    },
                },
                "queries": QUERIES,
            }
        },
    }


def command(db_path: Path, metadata_path: Path, host: str, port: int) -> list[str]:
    """The Datasette process for `db_path`, bound to `host`:`port`."""
    return [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db_path),
        "--metadata",
        str(metadata_path),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "allow_download",
        "off",
        "--setting",
        "sql_time_limit_ms",
        "3000",
    ]


def write_metadata(path: Path, db_path: Path, organisation: str) -> Path:
    text = json.dumps(metadata(database_name(db_path), organisation), indent=2, ensure_ascii=False)
    path.write_text(text, "utf-8")
    return path
