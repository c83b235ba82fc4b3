"""The figures at the top of a report, computed once for every format."""

from __future__ import annotations

from collections import Counter

from workbench.report.typography import typeset
from workbench.report.words import REVIEW_WORDS, moment, verdict_label, words


def summarise(article: dict) -> dict:
    """Claims by verdict and status, who worked on them, and when the work began and ended."""
    claims = article["claims"]
    verdicts = Counter(
        c["verdict_record"]["label"] if c["verdict_record"] else None for c in claims
    )
    statuses = Counter(c["status"] for c in claims)
    work = [h for c in claims for h in c["history"] if h["action"] != "claim.extracted"]
    if not work:  # a public report carries no history: its verdicts say who and when
        work = [
            {"analyst": v["analyst"], "at": v["decided_at"]} for c in claims for v in c["verdicts"]
        ]
    analysts = sorted({h["analyst"] for h in work if h["analyst"]})
    times = sorted(h["at"] for h in work)
    return {
        "claims": len(claims),
        "verdicts": verdicts,
        "statuses": statuses,
        "analysts": analysts,
        "first": times[0][:10] if times else None,
        "last": times[-1][:10] if times else None,
        "unchecked": [
            c
            for c in claims
            if not c["verdict_record"] and c["status"] not in ("checked", "dismissed")
        ],
    }


def verdict_changes(claim: dict) -> list[tuple[dict | None, dict]]:
    """Each verdict with the one it replaced: the corrections log."""
    changes: list[tuple[dict | None, dict]] = []
    previous: dict | None = None
    for verdict in claim["verdicts"]:
        changes.append((previous, verdict))
        previous = verdict
    return changes


def verdict_change_said(previous: dict | None, verdict: dict, language: str) -> str:
    """A line of the corrections log in words: "— → True", "False → Half true", or, for a
    verdict given again with another rationale, "Mostly true (rationale revised)" (a trial
    read "Plutôt vrai → Plutôt vrai" in a public report)."""
    now = verdict_label(verdict, language)
    if previous is None:
        return f"— → {now}"
    if previous.get("label") == verdict.get("label"):
        return f"{now} ({words(language)['rationale_revised']})"
    return f"{verdict_label(previous, language)} → {now}"


def signed(when: str, analyst: str | None) -> str:
    """When a verdict was given and by whom, in the internal report's order ("ana, 2024-11-21");
    the date alone when the report names no analyst (public)."""
    return f"{analyst}, {when}" if analyst else when


def logged(at: str, analyst: str | None) -> str:
    """A line of the corrections log: minute, then who ("2024-11-21 09:00 ana")."""
    minute = moment(at)
    return f"{minute} {analyst}" if analyst else minute


def review_steps(claim: dict, verdict: dict, language: str = "en") -> list[str]:
    """A verdict's reviews for the corrections log, in the report's language: "approved by
    bob (2024-11-21)", "renvoyé par ana (2024-11-21) : quelle source ?" (the comment as
    written; untrusted text: escape it when writing)."""
    said = REVIEW_WORDS.get(language, REVIEW_WORDS["en"])
    return [
        f"{said.get(review['decision'], review['decision'])} {review['analyst']} "
        f"({review['decided_at'][:10]})"
        + (f"{typeset(':', language)} {review['comment']}" if review.get("comment") else "")
        for review in claim.get("reviews", [])
        if review["verdict_id"] == verdict["id"]
    ]
