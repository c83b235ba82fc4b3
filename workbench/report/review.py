"""Publishing follows review: when a desk has review on, what leaves the desk (the public
report, the ClaimReview export) carries approved verdicts only and says how many wait."""

from __future__ import annotations


def approved_only(articles: list[dict]) -> tuple[list[dict], int]:
    """The dossier as published under review: each claim shows its latest *approved* verdict
    (an earlier approved one stays published while a newer one waits), and how many claims have
    a current verdict still waiting (proposed or returned). Each article gets `waiting_review`,
    its own count. The store's rows are never changed."""
    published, waiting = [], 0
    for article in articles:
        claims = [_published(claim) for claim in article["claims"]]
        held = sum(1 for claim in article["claims"] if _waits(claim))
        waiting += held
        published.append({**article, "claims": claims, "waiting_review": held})
    return published, waiting


def _approved(claim: dict) -> set[int]:
    return {r["verdict_id"] for r in claim.get("reviews", []) if r["decision"] == "approved"}


def _waits(claim: dict) -> bool:
    current = claim["verdict_record"]
    return bool(current) and current["id"] not in _approved(claim)


def _published(claim: dict) -> dict:
    approved = _approved(claim)
    verdicts = [v for v in claim["verdicts"] if v["id"] in approved]
    live = [v for v in verdicts if not v["retracted_at"]]
    return {**claim, "verdicts": verdicts, "verdict_record": live[-1] if live else None}
