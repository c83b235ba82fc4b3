"""Articles: ingest one with its extracted claims in a single transaction, list and fetch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from workbench.plural import counted
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import InvalidInput, NotFound, StoreError
from workbench.store.records import dumps, loads
from workbench.store.validation import check_day, check_url

if TYPE_CHECKING:  # imported where used: opening the store for the UI needs neither
    from workbench.extract.pipeline import Extraction
    from workbench.extract.types import Claim
    from workbench.matching.prepare import Prepared, PreparedClaims

CONTEXT_CHARS = 60
"""Characters kept before and after a claim, to re-anchor its span if offsets ever drift."""


def context(text: str, start: int, end: int) -> dict[str, str]:
    """The words around a span, stored with it."""
    return {
        "context_before": text[max(0, start - CONTEXT_CHARS) : start],
        "context_after": text[end : end + CONTEXT_CHARS],
    }


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


OUTLET_LENGTH = 200
"""The longest outlet name an analyst may type (a publication's name, not a text)."""


@dataclass(frozen=True)
class Redated:
    """What correcting an article's publication date did."""

    article_id: int
    before: str | None
    after: str
    claims: list[int]
    """The claims whose dates were read again to a different day."""


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
        prepared: PreparedClaims | None = None,
        published_assumed: bool = False,
    ) -> IngestResult:
        """Store an article and its claims atomically; the same text twice is one article.
        `prepared` is what matching computes of each claim, made by an extraction worker; it
        is used when made by this matcher (its stamp), else computed here.
        `published_assumed`: no publication date was given or found, the extraction read
        the article against the day of the ingest (`set_published` corrects it)."""
        if not text.strip():
            raise InvalidInput("the article is empty")
        url = check_url(url, "article URL")
        digest = content_hash(text)
        stamp = self.clock()
        title = title or _title_from(text)
        from workbench.matching.prepare import prepare_article, with_day
        from workbench.matching.prepare import stamp as preparation_stamp

        claims = [claim_row(claim) for claim in extraction.claims]
        # Figures and dates as stored, encoded once: the claim's row and the key under which
        # matching remembers its signature are the same text.
        encoded = [(dumps(c["numbers"]) or "", dumps(c["dates"]) or "") for c in claims]
        # The day undated claims are read as of: none when it was assumed (see `prepare`).
        day = None if published_assumed else extraction.published.isoformat()
        if prepared is None or prepared.stamp != preparation_stamp():
            prepared = prepare_article(claims, extraction.language, day)
        elif any(ready.signature.published != day for ready in prepared.claims):
            # Prepared elsewhere against another day (a shard's worker had none): the same
            # keys and figures, the signature read as of the day stored.
            prepared = with_day(prepared, day)
        with write(self.db):
            result, ready = self._store_article(
                text,
                extraction,
                claims,
                encoded,
                prepared,
                digest,
                title,
                url,
                outlet,
                stamp,
                published_assumed,
            )
            if ready:
                # Matched in the same transaction: one commit an article (the article, its
                # claims, keys, search rows and suggestions), and a kill at any point leaves
                # the database as it was before the article.
                self.find_matches(result.article_id, ready)
        if ready:
            # What a worker computed of each claim, kept for when it becomes a candidate.
            language = extraction.language
            self.remember_signatures(
                {
                    claim_id: (c["text"], numbers, dates, c["speaker"], language, day)
                    for claim_id, c, (numbers, dates) in zip(ready, claims, encoded, strict=True)
                },
                list(ready.values()),
            )
        # Articles an older matcher (or a kill before this version) left unmatched, each in
        # its own transaction; nothing to do, one indexed query. An article already stored
        # is checked too.
        self.resume_matching()
        return result

    def _store_article(
        self,
        text: str,
        extraction: Extraction,
        claims: list[dict],
        encoded: list[tuple[str, str]],
        prepared: PreparedClaims,
        digest: str,
        title: str,
        url: str | None,
        outlet: str | None,
        stamp: str,
        published_assumed: bool = False,
    ) -> tuple[IngestResult, dict[int, Prepared]]:
        """The article, its claims, their history and index keys (inside the ingest's write
        transaction), or the article already stored with this text; with the new claims'
        preparation by claim id."""
        # Looked up under the write lock: two processes ingesting the same new file store
        # it once, and the second says it is already stored.
        conn = self.db.conn
        existing = conn.execute("SELECT id FROM articles WHERE content_hash = ?", [digest])
        found = existing.fetchone()
        if found:
            count = conn.execute("SELECT count(*) FROM claims WHERE article_id = ?", [found[0]])
            return IngestResult(found[0], False, count.fetchone()[0]), {}
        from workbench.matching.keys import VERSION as KEYS_VERSION
        from workbench.matching.matcher import version as matcher_version

        # Marked indexed and matched as it is inserted (an update rewrites the row and its
        # search entry): its claims are indexed and matched in this transaction, which
        # commits them all or nothing.
        article_id = conn.execute(
            "INSERT INTO articles (title, url, outlet, language, published, published_assumed, "
            "text, content_hash, ingested_at, indexed_with, matched_with) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                title,
                url,
                outlet,
                extraction.language,
                check_day(extraction.published.isoformat()),
                int(published_assumed),
                text,
                digest,
                stamp,
                KEYS_VERSION,
                matcher_version() if claims else None,
            ],
        ).lastrowid
        if article_id is None:
            raise StoreError("a new article got no id")
        ids = []
        history: list[tuple[int | None, int, str, str, str, int, str, str | None]] = [
            (
                None,
                article_id,
                self.analyst,
                stamp,
                "articles",
                article_id,
                "article.ingested",
                dumps({"title": title, "claims": len(claims)}),
            )
        ]
        for c, (numbers, dates) in zip(claims, encoded, strict=True):
            sentence = c["sentence"] or c
            claim_id = conn.execute(
                _INSERT_CLAIM,
                [
                    article_id,
                    c["start"],
                    c["end"],
                    c["text"],
                    sentence["start"],
                    sentence["end"],
                    *context(text, c["start"], c["end"]).values(),
                    dumps(c["kinds"]),
                    numbers,
                    dates,
                    c["speaker"],
                    c.get("speaker_kind"),
                    c["score"],
                    dumps(c["signals"]),
                    "new",
                    "extracted",
                    stamp,
                    stamp,
                ],
            ).lastrowid
            if claim_id is None:
                raise StoreError("a new claim got no id")
            ids.append(claim_id)
            born = {"status": "new", "origin": "extracted"}
            history.append(
                (
                    claim_id,
                    article_id,
                    self.analyst,
                    stamp,
                    "claim",
                    claim_id,
                    "claim.extracted",
                    dumps({key: c.get(key, born.get(key)) for key in _BORN}),
                )
            )
        conn.executemany(
            "INSERT INTO history (claim_id, article_id, analyst, at, entity, entity_id, action, "
            '"after") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            history,
        )
        ready = dict(zip(ids, prepared.claims, strict=True))
        self.index_article(article_id, ready)
        return IngestResult(article_id, True, len(claims)), ready

    def articles(self) -> list[dict]:
        """Every article with its progress: claims checked out of total, last activity. The
        checked counts come from one pass over the status index (only the claims done), not
        from every claim's row: the article list is the first screen, it must come fast."""
        return list(
            self.db.query("""
            WITH done AS (SELECT article_id, count(*) AS n FROM claims
                          WHERE status IN ('checked', 'dismissed') GROUP BY article_id)
            SELECT a.id, a.title, a.outlet, a.url, a.language, a.published, a.ingested_at,
              (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
              coalesce(d.n, 0) AS checked,
              coalesce((SELECT max(h.at) FROM history h WHERE h.article_id = a.id),
                       a.ingested_at) AS last_activity
            FROM articles a LEFT JOIN done d ON d.article_id = a.id ORDER BY a.id
        """)
        )

    def article(self, article_id: int) -> dict:
        try:
            return self.db.table("articles").get(article_id)
        except Exception:
            raise NotFound(f"no article {article_id}") from None

    def article_heading(self, article_id: int) -> dict:
        """What a screen heads an article with (title, outlet, publication day and whether it
        was assumed), without its text: read again whenever another connection commits."""
        for row in self.db.query(
            f"SELECT {', '.join(HEADING)} FROM articles WHERE id = ?", [article_id]
        ):
            return row
        raise NotFound(f"no article {article_id}")

    def set_outlet(self, article_id: int, outlet: str | None) -> tuple[str | None, str | None]:
        """Correct the publication an article came from (read from its dateline at ingest,
        or typed then): logged (`article.outlet`) and undoable; "" or None clears it.
        Returns the outlet before and after."""
        outlet = " ".join((outlet or "").split()) or None
        if outlet is not None and len(outlet) > OUTLET_LENGTH:
            raise InvalidInput(f"an outlet is a name of at most {OUTLET_LENGTH} characters")
        with write(self.db):
            before = self.article(article_id).get("outlet")
            if before == outlet:
                return before, outlet
            self.db.table("articles").update(article_id, {"outlet": outlet})
            self._log(
                "article.outlet",
                claim_id=None,
                article_id=article_id,
                entity="articles",
                entity_id=article_id,
                before={"outlet": before},
                after={"outlet": outlet},
            )
        return before, outlet

    def set_published(self, article_id: int, day: str) -> Redated:
        """Correct an article's publication date. The dates its claims read relative to it
        ("hier", "lundi", "en mars") are read again against the new one from the words
        stored with them (no parsing: `reread`), all in one transaction, each change in the
        history (`article.dated`, then `claim.redated` for each claim whose dates moved).
        What analysts typed is left alone: their verdicts, notes, edits, and the dates they
        attached themselves (resolved when they typed them, and shown to them then)."""
        from workbench.extract.dates import published_day  # the date rules load when used

        new = published_day(day)
        if new is None:
            raise InvalidInput(f"publication date {day!r} is not a real day in YYYY-MM-DD form")
        with write(self.db):
            article = self.article(article_id)
            old = published_day(article.get("published"))
            if old == new and not article.get("published_assumed"):
                return Redated(article_id, article.get("published"), new.isoformat(), [])
            since = self._last_history_id()
            self.db.table("articles").update(
                article_id, {"published": new.isoformat(), "published_assumed": 0}
            )
            self._log(
                "article.dated",
                claim_id=None,
                article_id=article_id,
                entity="articles",
                entity_id=article_id,
                before={
                    "published": article.get("published"),
                    "published_assumed": bool(article.get("published_assumed")),
                },
                after={"published": new.isoformat(), "published_assumed": False},
            )
            moved = self._reread_dates(article, old, new) if old is not None else []
            whose = counted(len(moved), "claim's", "claims'")
            self._close_group(
                since,
                f"dating of article {article_id} to {new.isoformat()} ({whose} dates read again)",
                article_id=article_id,
            )
        if moved:
            self.index_claims(moved)  # matching reads the dates
        return Redated(article_id, article.get("published"), new.isoformat(), moved)

    def _reread_dates(self, article: dict, old: date, new: date) -> list[int]:
        """Every claim of `article` whose dates read differently against `new`: updated and
        logged (inside the caller's transaction); their ids."""
        from workbench.extract.dates import reread

        moved = []
        language = article.get("language") or "fr"
        rows = self.db.execute(
            "SELECT id, start, end, sentence_start, sentence_end, dates FROM claims "
            "WHERE article_id = ? ORDER BY id",
            [article["id"]],
        ).fetchall()
        for claim_id, start, end, sentence_start, sentence_end, stored in rows:
            dates = loads(stored) or []
            if not dates:
                continue
            windows = [(start, end)]
            if sentence_start is not None and sentence_end is not None:
                windows.insert(0, (sentence_start, sentence_end))
            again = reread(article["text"], windows, dates, language, old, new)
            if again is None or again == dates:
                continue
            # its suggestions keep the dates the matcher compared (it does not match again)
            self._keep_explanations("claim_id = ? OR other_claim_id = ?", [claim_id, claim_id])
            self.db.table("claims").update(
                claim_id, {"dates": dumps(again), "updated_at": self.clock()}
            )
            self._log(
                "claim.redated",
                claim_id=claim_id,
                article_id=article["id"],
                entity="claim",
                entity_id=claim_id,
                before={"dates": dates},
                after={"dates": again},
            )
            moved.append(claim_id)
        return moved

    def article_by_hash(self, text: str) -> int | None:
        rows = list(
            self.db.query("SELECT id FROM articles WHERE content_hash = ?", [content_hash(text)])
        )
        return rows[0]["id"] if rows else None


HEADING = ("title", "outlet", "published", "published_assumed")
"""The columns an article is headed with (`article_heading`)."""

_BORN = ("start", "end", "text", "speaker", "status", "origin")
"""What history records of a claim when it is born."""

_INSERT_CLAIM = (
    'INSERT INTO claims (article_id, start, "end", text, sentence_start, sentence_end, '
    "context_before, context_after, kinds, numbers, dates, speaker, speaker_kind, score, "
    "signals, status, origin, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def claim_row(claim: Claim) -> dict:
    """A claim as the store keeps it (`Claim.to_dict`'s shape, built without deep copies)."""
    return {
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kinds": list(claim.kinds),
        "numbers": [vars(n) for n in claim.numbers],
        "dates": [vars(d) for d in claim.dates],
        "speaker": claim.speaker,
        "speaker_kind": claim.speaker_kind,
        "score": round(claim.score, 3),
        "signals": list(claim.signals),
        "sentence": None if claim.sentence is None else vars(claim.sentence),
    }


def _title_from(text: str) -> str:
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if len(first) <= 120 else first[:118].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
