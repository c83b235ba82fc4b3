"""Claims seen before: candidate keys, suggested matches against other articles' claims and
imported fact-checks, the analyst's decisions (logged in history), and ClaimReview import."""

from __future__ import annotations

import json
from collections import Counter

from workbench.matching import compare, signature
from workbench.matching.keys import keys
from workbench.matching.signature import text_signature
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import InvalidInput, NotFound
from workbench.store.records import decode_claim, dumps, loads

CANDIDATES = 40
"""Most candidates scored per claim, the ones sharing the most keys first."""
COMMON = 300
"""A key shared by more claims than this does not tell claims apart."""
MATCH_STATES = ("suggested", "confirmed", "rejected")


def claim_signature(claim: dict):
    return signature(
        claim["text"], claim.get("numbers") or [], claim.get("dates") or [], claim.get("speaker")
    )


def review_signature(review: dict):
    from datetime import date

    from workbench.extract.dates import published_day
    from workbench.extract.language import detect_language

    text = review["claim_reviewed"]
    anchor = published_day(review.get("item_date") or review.get("date_published"))
    anchor = anchor or date.today()
    return text_signature(
        text, review.get("language") or detect_language(text), anchor, review.get("item_author")
    )


class MatchesMixin(StoreBase):
    # -- keys --------------------------------------------------------------------------------
    def _index(self, owner: str, rows: list[dict], sign) -> None:
        ids = [row["id"] for row in rows]
        if ids:
            marks = ",".join("?" * len(ids))
            self.db.execute(
                f"DELETE FROM match_keys WHERE owner = ? AND owner_id IN ({marks})", [owner, *ids]
            )
        self.db.table("match_keys").insert_all(
            {"owner": owner, "owner_id": row["id"], "key": key}
            for row in rows
            for key in sorted(keys(sign(row)))
        )

    def index_article(self, article_id: int) -> None:
        claims = [
            decode_claim(r)
            for r in self.db.query("SELECT * FROM claims WHERE article_id = ?", [article_id])
        ]
        self._index("claim", claims, claim_signature)

    # -- finding matches ---------------------------------------------------------------------
    def _candidates(self, claim: dict, article_id: int) -> list[tuple[str, int]]:
        """Claims of other articles and imported reviews sharing the most keys with `claim`.
        A key held by more than COMMON claims says nothing and is skipped: each lookup stays
        bounded however large the database grows."""
        shared: Counter = Counter()
        for key in sorted(keys(claim_signature(claim))):
            holders = self.db.execute(
                "SELECT k.owner, k.owner_id FROM match_keys k "
                "LEFT JOIN claims c ON k.owner = 'claim' AND c.id = k.owner_id "
                "WHERE k.key = ? AND (k.owner = 'review' OR c.article_id != ?) LIMIT ?",
                [key, article_id, COMMON + 1],
            ).fetchall()
            if len(holders) > COMMON:
                continue
            shared.update(holders)
        return [ref for ref, _ in shared.most_common(CANDIDATES)]

    def find_matches(self, article_id: int) -> int:
        """Suggest matches for every claim of an article; returns how many were suggested."""
        claims = [
            decode_claim(r)
            for r in self.db.query("SELECT * FROM claims WHERE article_id = ?", [article_id])
        ]
        suggestions = []
        for claim in claims:
            mine = claim_signature(claim)
            refs = self._candidates(claim, article_id)
            other_ids = [i for owner, i in refs if owner == "claim"]
            review_ids = [i for owner, i in refs if owner == "review"]
            for other in self._fetch("claims", other_ids):
                result = compare(mine, claim_signature(decode_claim(other)))
                if result.same:
                    suggestions.append((claim, other["id"], None, result))
            for review in self._fetch("reviews", review_ids):
                result = compare(mine, review_signature(review))
                if result.same:
                    suggestions.append((claim, None, review["id"], result))
        if not suggestions:
            return 0
        with write(self.db):
            for claim, other_id, review_id, result in suggestions:
                exists = self.db.execute(
                    "SELECT 1 FROM claim_matches WHERE claim_id = ? AND other_claim_id IS ? "
                    "AND review_id IS ?",
                    [claim["id"], other_id, review_id],
                ).fetchone()
                if exists:
                    continue
                self.db.table("claim_matches").insert(
                    {
                        "claim_id": claim["id"],
                        "other_claim_id": other_id,
                        "review_id": review_id,
                        "score": result.score,
                        "signals": dumps(result.signals),
                        "state": "suggested",
                        "created_at": self.clock(),
                    }
                )
        return len(suggestions)

    def _fetch(self, table: str, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return list(self.db.query(f"SELECT * FROM {table} WHERE id IN ({marks})", ids))

    # -- reading and deciding ------------------------------------------------------------------
    def matches(self, claim_id: int) -> list[dict]:
        """Matches of a claim (see `matches_of`)."""
        return self.matches_of([claim_id], rejected=True)[claim_id]

    def matches_of(self, claim_ids: list[int], rejected: bool = False) -> dict[int, list[dict]]:
        """Matches of many claims in one query, each seen from the claim's side: the other
        claim's words, figures, article, date and verdict, or the fact-check's rating."""
        found: dict[int, list[dict]] = {claim_id: [] for claim_id in claim_ids}
        if not claim_ids:
            return found
        marks = ",".join("?" * len(claim_ids))
        for row in self.db.query(
            f"""
            SELECT m.id, m.review_id, m.score, m.signals, m.state, m.decided_by,
                   side.mine AS claim_id, o.id AS other_claim_id, o.text AS other_text,
                   o.numbers AS other_numbers, l.label_en AS other_label_en,
                   l.label_fr AS other_label_fr, a.title AS other_article,
                   a.published AS other_published,
                   (SELECT substr(v.decided_at, 1, 10) FROM verdicts v WHERE v.claim_id = o.id
                      AND v.retracted_at IS NULL ORDER BY v.id DESC LIMIT 1) AS other_checked_at,
                   r.claim_reviewed, r.alternate_name, r.rating_value, r.author_name,
                   r.date_published AS review_date, r.url AS review_url
            FROM claim_matches m
            JOIN (SELECT id, claim_id AS mine, other_claim_id AS theirs FROM claim_matches
                  WHERE claim_id IN ({marks})
                  UNION ALL
                  SELECT id, other_claim_id, claim_id FROM claim_matches
                  WHERE other_claim_id IN ({marks})) side ON side.id = m.id
            LEFT JOIN claims o ON o.id = side.theirs
            LEFT JOIN verdict_labels l ON l.key = o.verdict
            LEFT JOIN articles a ON a.id = o.article_id
            LEFT JOIN reviews r ON r.id = m.review_id
            WHERE ? OR m.state != 'rejected'
            ORDER BY m.score DESC""",
            [*claim_ids, *claim_ids, rejected],
        ):
            row["signals"] = loads(row["signals"]) or {}
            row["other_numbers"] = loads(row["other_numbers"]) or []
            found[row["claim_id"]].append(row)
        return found

    def decide_match(self, match_id: int, state: str) -> None:
        if state not in ("confirmed", "rejected"):
            raise InvalidInput("a match is confirmed or rejected")
        with write(self.db):
            rows = list(self.db.query("SELECT * FROM claim_matches WHERE id = ?", [match_id]))
            if not rows:
                raise NotFound(f"no match {match_id}")
            match = rows[0]
            claim = self.claim_row(match["claim_id"])
            self.db.table("claim_matches").update(
                match_id, {"state": state, "decided_by": self.analyst, "decided_at": self.clock()}
            )
            self._log(
                f"match.{state}",
                claim_id=match["claim_id"],
                article_id=claim["article_id"],
                entity="claim_matches",
                entity_id=match_id,
                before={"state": match["state"]},
                after={
                    "state": state,
                    "other_claim_id": match["other_claim_id"],
                    "review_id": match["review_id"],
                },
            )

    # -- imported fact-checks ------------------------------------------------------------------
    def import_reviews(self, records: list[dict]) -> list[int]:
        """Store normalised ClaimReview records (see workbench.matching.claimreview); the same
        URL twice is one review. Returns the ids of the reviews added."""
        added = []
        with write(self.db):
            for record in records:
                if self.db.execute(
                    "SELECT 1 FROM reviews WHERE url = ?", [record["url"]]
                ).fetchone():
                    continue
                review_id = self._insert(
                    "reviews",
                    {
                        **record,
                        "raw": json.dumps(record.get("raw"), ensure_ascii=False),
                        "imported_at": self.clock(),
                    },
                )
                added.append(review_id)
            rows = self._fetch("reviews", added)
            self._index("review", rows, review_signature)
        self.match_reviews(rows)
        return added

    def match_reviews(self, reviews: list[dict]) -> int:
        """Suggest matches between newly imported fact-checks and the stored claims."""
        suggestions = []
        for review in reviews:
            theirs = review_signature(review)
            shared: Counter = Counter()
            for key in sorted(keys(theirs)):
                holders = self.db.execute(
                    "SELECT owner_id FROM match_keys WHERE owner = 'claim' AND key = ? LIMIT ?",
                    [key, COMMON + 1],
                ).fetchall()
                if len(holders) <= COMMON:
                    shared.update(h[0] for h in holders)
            for claim in self._fetch("claims", [i for i, _ in shared.most_common(CANDIDATES)]):
                result = compare(claim_signature(decode_claim(claim)), theirs)
                if result.same:
                    suggestions.append((claim["id"], review["id"], result))
        with write(self.db):
            for claim_id, review_id, result in suggestions:
                self.db.table("claim_matches").insert(
                    {
                        "claim_id": claim_id,
                        "review_id": review_id,
                        "score": result.score,
                        "signals": dumps(result.signals),
                        "state": "suggested",
                        "created_at": self.clock(),
                    }
                )
        return len(suggestions)

    def index_claims(self, claim_ids: list[int]) -> None:
        """Refresh the keys of claims an analyst added or edited."""
        self._index(
            "claim", [decode_claim(r) for r in self._fetch("claims", claim_ids)], claim_signature
        )


class DisagreementsMixin(StoreBase):
    """Figures that disagree with a claim's, found in its article, its sources and its
    matches."""

    def disagreements(self, claim_id: int) -> list[dict]:
        """The claim's figures that its article, its sources' excerpts or its matched claims
        give otherwise (the same reading as the report's)."""
        from workbench.matching.disagreement import article_flags

        article_id = self.claim_row(claim_id)["article_id"]
        article = self.dossier([article_id])[0]
        return article_flags(article).get(claim_id, [])
