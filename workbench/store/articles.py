"""Articles: ingest one with its extracted claims in a single transaction, list and fetch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from workbench.extract import Extraction
from workbench.matching.keys import VERSION as KEYS_VERSION
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import InvalidInput, NotFound
from workbench.store.records import dumps
from workbench.store.validation import check_day, check_url

CONTEXT_CHARS = 60
"""Characters kept before and after a claim, to re-anchor its span if offsets ever drift."""


def context(text: str, start: int, end: int) -> dict[str, str]:
    """The words around a span, stored with it."""
    return {
        "context_before": text[max(0, start - CONTEXT_CHARS) : start],
        "context_after": text[end : end + CONTEXT_CHARS],
    }


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (as the extractor cuts them) holding a span; the span itself when it
    crosses sentences."""
    from workbench.extract.segment import sentences

    for sentence in sentences(text):
        if sentence.start <= start and end <= sentence.end:
            return sentence.start, sentence.end
        if sentence.start > start:
            break
    return start, end


def sentence_text(claim: dict, text: str) -> str:
    """The sentence a claim was cut from, read from its article's text."""
    start = claim.get("sentence_start")
    end = claim.get("sentence_end")
    if start is None or end is None:
        return claim["text"]
    return text[start:end]


def content_hash(text: str) -> str:
    """Same text, same article: whitespace differences at the ends do not make a new one."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


@dataclass
class IngestResult:
    article_id: int
    created: bool
    claims: int


class ArticlesMixin(StoreBase):
    def ingest(
        self,
        text: str,
        extraction: Extraction,
        *,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
    ) -> IngestResult:
        """Store an article and its claims atomically; the same text twice is one article."""
        if not text.strip():
            raise InvalidInput("the article is empty")
        url = check_url(url, "article URL")
        digest = content_hash(text)
        stamp = self.clock()
        title = title or _title_from(text)
        with write(self.db):
            result = self._store_article(text, extraction, digest, title, url, outlet, stamp)
        # Matching commits on its own; if this process dies first, the article stays marked
        # unmatched and the next ingest (or open) matches it. An article already stored is
        # checked too: a kill may have left it unmatched.
        self.resume_matching()
        return result

    def _store_article(
        self,
        text: str,
        extraction: Extraction,
        digest: str,
        title: str,
        url: str | None,
        outlet: str | None,
        stamp: str,
    ) -> IngestResult:
        """The article, its claims, their history and index keys (inside the ingest's write
        transaction), or the article already stored with this text."""
        # Looked up under the write lock: two processes ingesting the same new file store
        # it once, and the second says it is already stored.
        existing = list(self.db.query("SELECT id FROM articles WHERE content_hash = ?", [digest]))
        if existing:
            article_id = existing[0]["id"]
            count = self.db.table("claims").count_where("article_id = ?", [article_id])
            return IngestResult(article_id, False, count)
        article_id = self._insert(
            "articles",
            {
                "title": title,
                "url": url,
                "outlet": outlet,
                "language": extraction.language,
                "published": check_day(extraction.published.isoformat()),
                "text": text,
                "content_hash": digest,
                "ingested_at": stamp,
            },
        )
        self.db.table("claims").insert_all(
            {
                "article_id": article_id,
                "start": c["start"],
                "end": c["end"],
                "text": c["text"],
                "sentence_start": (c["sentence"] or c)["start"],
                "sentence_end": (c["sentence"] or c)["end"],
                **context(text, c["start"], c["end"]),
                "kinds": dumps(c["kinds"]),
                "numbers": dumps(c["numbers"]),
                "dates": dumps(c["dates"]),
                "speaker": c["speaker"],
                "score": c["score"],
                "signals": dumps(c["signals"]),
                "status": "new",
                "origin": "extracted",
                "created_at": stamp,
                "updated_at": stamp,
            }
            for c in (claim.to_dict() for claim in extraction.claims)
        )
        self.db.table("history").insert_all(
            {
                "claim_id": None if row is None else row["id"],
                "article_id": article_id,
                "analyst": self.analyst,
                "at": stamp,
                "entity": entity,
                "entity_id": article_id if row is None else row["id"],
                "before": None,
                "action": action,
                "after": dumps(after),
            }
            for row, action, entity, after in [
                (
                    None,
                    "article.ingested",
                    "articles",
                    {"title": title, "claims": len(extraction.claims)},
                ),
                *(
                    (row, "claim.extracted", "claim", _initial_state(row))
                    for row in self.db.query(
                        "SELECT * FROM claims WHERE article_id = ?", [article_id]
                    )
                ),
            ]
        )
        self.index_article(article_id)
        self.db.execute(
            "UPDATE articles SET indexed_with = ? WHERE id = ?", [KEYS_VERSION, article_id]
        )
        return IngestResult(article_id, True, len(extraction.claims))

    def articles(self) -> list[dict]:
        """Every article with its progress: claims checked out of total, last activity."""
        return list(
            self.db.query("""
            SELECT a.id, a.title, a.outlet, a.url, a.language, a.published, a.ingested_at,
              (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
              (SELECT count(*) FROM claims c WHERE c.article_id = a.id
                 AND c.status IN ('checked', 'dismissed')) AS checked,
              coalesce((SELECT max(h.at) FROM history h WHERE h.article_id = a.id),
                       a.ingested_at) AS last_activity
            FROM articles a ORDER BY a.id
        """)
        )

    def article(self, article_id: int) -> dict:
        try:
            return self.db.table("articles").get(article_id)
        except Exception:
            raise NotFound(f"no article {article_id}") from None

    def article_by_hash(self, text: str) -> int | None:
        rows = list(
            self.db.query("SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)])
        )
        return rows[0]["id"] if rows else None


def _initial_state(row: dict) -> dict:
    """What history records of a claim when it is born."""
    return {key: row[key] for key in ("start", "end", "text", "speaker", "status", "origin")}


def _title_from(text: str) -> str:
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if len(first) <= 120 else first[:117].rstrip() + "..."
