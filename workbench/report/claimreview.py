"""schema.org ClaimReview (JSON-LD), one per claim with a verdict, as fact-checkers publish
them for search engines."""

from __future__ import annotations

from workbench.extract.lexicon import ORGANISATION_NOUNS
from workbench.report.words import verdict_label


def speaker_type(name: str, kind: str | None = None) -> str:
    """Person or Organization: as extraction read the speaker from the article when it could
    tell, else from the name's shape (institutions' nouns, acronyms, a single word)."""
    if kind:
        return "Person" if kind == "person" else "Organization"
    lowered = name.casefold()
    words = lowered.replace("'", " ").split()
    if any(w.rstrip("s") in ORGANISATION_NOUNS or w in ORGANISATION_NOUNS for w in words):
        return "Organization"
    capitalised = [w for w in name.split() if w[:1].isupper()]
    if len(capitalised) >= 2 and len(capitalised) == len(name.split()):
        return "Person"
    if name.isupper() or len(words) == 1:
        return "Organization"
    return "Person"


def reviews(
    articles: list[dict], organisation: str, organisation_url: str | None, language: str | None
) -> tuple[list[dict], int]:
    """ClaimReviews for every claim with a current verdict, and how many were left out."""
    found, skipped = [], 0
    for article in articles:
        lang = language or article.get("language") or "en"
        for claim in article["claims"]:
            verdict = claim["verdict_record"]
            if not verdict:
                skipped += 1
                continue
            rating = {
                "@type": "Rating",
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": verdict_label(verdict, lang),
            }
            if verdict.get("rating"):
                rating["ratingValue"] = verdict["rating"]
            item: dict = {"@type": "Claim", "appearance": appearance(article)}
            if article.get("published"):
                item["datePublished"] = article["published"]
            if claim.get("speaker"):
                item["author"] = {
                    "@type": speaker_type(claim["speaker"], claim.get("speaker_kind")),
                    "name": claim["speaker"],
                }
            author = {"@type": "Organization", "name": organisation}
            if organisation_url:
                author["url"] = organisation_url
            review: dict = {"@context": "https://schema.org", "@type": "ClaimReview"}
            if organisation_url:
                # Where the review is read: the organisation's site, never the article's
                # (that would say the news site published the fact-check).
                review["url"] = f"{organisation_url}#claim-{claim['id']}"
            found.append(
                review
                | {
                    "claimReviewed": claim["text"],
                    "datePublished": verdict["decided_at"][:10],
                    "inLanguage": lang,
                    "author": author,
                    "reviewRating": rating,
                    "itemReviewed": item,
                    "reviewBody": verdict.get("rationale") or "",
                }
            )
    return found, skipped


def appearance(article: dict) -> dict:
    """The article the claim appeared in, as far as it was stored: its address, headline,
    outlet and day."""
    work: dict = {"@type": "CreativeWork"}
    if article.get("url"):
        work["url"] = article["url"]
    if article.get("title"):
        work["headline"] = article["title"]
    if article.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    if article.get("published"):
        work["datePublished"] = article["published"]
    return work
