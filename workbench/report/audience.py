"""Who a report is for. `internal`: everything stored. `public`: what a reader of the
published fact-check needs (verdicts, rationales, sources, corrections), without the desk's
notes, its raw change history, its reviews, unconfirmed match suggestions, verdicts withdrawn
before they stood (an undone slip is no correction) or the analysts' names (desk labels, often
a login: the report speaks for the desk)."""

from __future__ import annotations

from workbench.matching.sides import OTHER_FIGURE

AUDIENCES = ("public", "internal")


def default_audience(fmt: str) -> str:
    """Public, so that a report made without thinking is one that can be published; JSON is
    the full record (notes, history) and exists only for the desk."""
    return "internal" if fmt == "json" else "public"


def for_audience(articles: list[dict], audience: str) -> list[dict]:
    """The dossier as this audience may read it (the store's rows are never changed)."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience {audience!r} is not one of {', '.join(AUDIENCES)}")
    if audience == "internal":
        return articles
    return [
        # for_reader: its claims are named by their place in the report, never by id
        {**article, "for_reader": True, "claims": [_public(claim) for claim in article["claims"]]}
        for article in articles
    ]


def _public(claim: dict) -> dict:
    record = claim.get("verdict_record")
    return {
        **claim,
        "verdict_record": _unsigned(record) if record else record,
        "verdicts": [_unsigned(v) for v in claim.get("verdicts", []) if not v.get("retracted_at")],
        "reviews": [],
        "notes": [],
        "history": [],
        # confirmed by an analyst: the model's evidence and weights are the desk's business,
        # and the other claim is named for a reader (no database id)
        "matches": [
            {
                **m,
                "signals": {},
                # a report with another figure keeps which figures disagree (its own words)
                "evidence": {"figures": (m.get("evidence") or {}).get("figures") or {}}
                if m.get("kind") == OTHER_FIGURE
                else {},
                "for_reader": True,
            }
            for m in claim.get("matches", [])
            if m.get("state") == "confirmed"
        ],
    }


def _unsigned(verdict: dict) -> dict:
    return {**verdict, "analyst": None}
