"""What analysts attach to a claim: sources and their stance, verdicts, dates and notes; and the
verdict scale those verdicts are taken from."""

from __future__ import annotations

from workbench.store.base import StoreBase
from workbench.store.claims import fts_query
from workbench.store.connection import write
from workbench.store.errors import InvalidInput, NotFound
from workbench.store.records import CHECKED, DATE_ROLES, STANCES, Citation
from workbench.store.validation import check_day, check_rationale, check_url, parse_when


class EvidenceMixin(StoreBase):
    # -- the verdict scale -------------------------------------------------------------------
    def scale(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM verdict_labels ORDER BY position"))

    def label(self, name: str) -> dict:
        """A scale entry by key or by its English or French label, ignoring case and accents
        ("plutot faux" is "Plutôt faux": typed on a keyboard without them)."""
        from workbench.matching.words import fold

        wanted = fold(" ".join(name.split()))
        for entry in self.scale() if wanted else ():
            if wanted in (
                fold(entry["key"]),
                fold(entry["label_en"]),
                fold(entry["label_fr"] or ""),
            ):
                return entry
        labels = ", ".join(
            entry["label_en"] + (f" / {entry['label_fr']}" if entry["label_fr"] else "")
            for entry in self.scale()
        )
        raise InvalidInput(f"verdict {name!r} is not on the scale ({labels})")

    def add_label(
        self,
        key: str,
        label_en: str,
        label_fr: str | None = None,
        rating: int | None = None,
        definition: str | None = None,
    ) -> None:
        """Extend the scale with a team's own label."""
        if rating is not None and not 1 <= rating <= 5:
            raise InvalidInput("a ClaimReview rating runs from 1 to 5")
        position = len(self.scale())
        with write(self.db):
            self.db.table("verdict_labels").insert(
                {
                    "key": key,
                    "label_en": label_en,
                    "label_fr": label_fr,
                    "rating": rating,
                    "definition_en": definition,
                    "definition_fr": None,
                    "position": position,
                },
                replace=False,
            )

    # -- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with write(self.db):
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")

    # -- sources -----------------------------------------------------------------------------
    def add_source(
        self,
        url: str,
        *,
        title: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        accessed: str | None = None,
        archived_url: str | None = None,
    ) -> int:
        """A source in the desk's library; the same URL twice is the same source."""
        checked = check_url(url, "source URL")
        if checked is None:
            raise InvalidInput("a source needs a URL")
        url = checked
        record = {
            "url": url,
            "title": title,
            "publisher": publisher,
            "published": check_day(published, "published date"),
            "accessed": check_day(accessed, "accessed date") or self.clock()[:10],
            "archived_url": check_url(archived_url, "archived copy URL"),
        }
        with write(self.db):
            # Looked up under the write lock: two analysts adding one URL get one source.
            existing = list(self.db.query("SELECT id FROM sources WHERE url = ?", [url]))
            if existing:
                return existing[0]["id"]
            source_id = self._insert(
                "sources", {**record, "created_at": self.clock(), "analyst": self.analyst}
            )
            self._log(
                "source.added",
                claim_id=None,
                article_id=None,
                entity="sources",
                entity_id=source_id,
                before=None,
                after=record,
            )
        return source_id

    def source(self, source_id: int) -> dict:
        rows = list(self.db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
        if not rows:
            raise NotFound(f"no source {source_id}")
        return rows[0]

    def sources(self, search: str | None = None, limit: int = 50) -> list[dict]:
        """The library, newest first, or the sources matching `search`."""
        if search and fts_query(search):
            return list(
                self.db.query(
                    "SELECT s.* FROM sources s WHERE s.id IN (SELECT rowid FROM sources_fts "
                    "WHERE sources_fts MATCH ?) ORDER BY s.id DESC LIMIT ?",
                    [fts_query(search), limit],
                )
            )
        return list(self.db.query("SELECT * FROM sources ORDER BY id DESC LIMIT ?", [limit]))

    def link_source(
        self,
        claim_id: int,
        source_id: int,
        stance: str,
        *,
        excerpt: str | None = None,
        note: str | None = None,
        reused_from: int | None = None,
    ) -> int:
        """Link a library source to a claim; `reused_from`: the claim whose link this one
        repeats (a match confirmed with reuse), said in history."""
        if stance not in STANCES:
            raise InvalidInput(f"stance {stance!r} is not one of {', '.join(STANCES)}")
        claim = self.claim_row(claim_id)
        source = self.source(source_id)
        record = {
            "claim_id": claim_id,
            "source_id": source_id,
            "stance": stance,
            "excerpt": excerpt,
            "note": note,
        }
        with write(self.db):
            link_id = self._insert(
                "claim_sources", {**record, "analyst": self.analyst, "created_at": self.clock()}
            )
            self._log(
                "source.linked",
                claim_id=claim_id,
                article_id=claim["article_id"],
                entity="claim_sources",
                entity_id=link_id,
                before=None,
                after={
                    **record,
                    "url": source["url"],
                    "title": source["title"],
                    **_reused(reused_from),
                },
            )
        return link_id

    def cite(self, claim_id: int, citation: Citation) -> int:
        """Link a source to a claim: the library's own (`source_id`), or the URL added to the
        library first when new. One transaction: a refused link leaves no new source behind."""
        with write(self.db):
            source_id = citation.source_id or self.add_source(
                citation.url,
                title=citation.title,
                publisher=citation.publisher,
                published=citation.published,
                archived_url=citation.archived_url,
            )
            return self.link_source(
                claim_id, source_id, citation.stance, excerpt=citation.excerpt, note=citation.note
            )

    def check_claim(
        self,
        claim_id: int,
        label: str,
        rationale: str | None,
        citation: Citation | None = None,
    ) -> bool:
        """The check flow's save: the source (if any), the verdict and the status, in one
        transaction, so a refusal or a crash half-way leaves nothing of it. The source comes
        first, so one undo takes back the verdict first; an unchanged verdict is not written
        again, the claim still becomes checked. Returns whether a verdict was written.

        A `claim.checked` row closes the check in the history, naming its parts: undo and
        redo take the check back and forth as one step. A verdict without a rationale is
        refused (`check_rationale`), also the same one again: nothing is written."""
        check_rationale(rationale)
        with write(self.db):
            since = self._last_history_id()
            if citation is not None:
                self.cite(claim_id, citation)
            key = self.label(label)["key"]
            current = self.current_verdict(claim_id)
            given = current is None or (current["label"], current["rationale"]) != (key, rationale)
            if given:
                self.set_verdict(claim_id, key, rationale)
            elif self.claim_row(claim_id)["status"] in ("new", "in-progress"):
                self.set_status(claim_id, "checked")
            parts = [
                row_id
                for (row_id,) in self.db.execute(
                    "SELECT id FROM history WHERE id > ? AND claim_id = ? ORDER BY id",
                    [since, claim_id],
                )
            ]
            if parts:
                self._log(
                    CHECKED,
                    claim_id=claim_id,
                    article_id=self.claim_row(claim_id)["article_id"],
                    entity="check",
                    entity_id=None,
                    after={"parts": parts, "label": key},
                )
        return given

    # -- verdicts ----------------------------------------------------------------------------
    def set_verdict(
        self,
        claim_id: int,
        label: str,
        rationale: str | None = None,
        *,
        reused_from: int | None = None,
    ) -> int:
        """A new verdict; earlier ones stay, the latest is current. A claim still `new` or
        `in-progress` becomes `checked`: a verdict is the end of checking it (the status change
        is logged first, so one undo takes back the verdict and the next one the status).
        `reused_from`: the claim whose verdict this is (a match confirmed with reuse), said in
        history ("reused from claim 37"), where it read as given afresh. A verdict says
        why: without a rationale it is refused (`check_rationale`), nothing written."""
        entry = self.label(label)
        claim = self.claim_row(claim_id)
        check_rationale(rationale)
        record = {
            "claim_id": claim_id,
            "label": entry["key"],
            "rationale": rationale,
            "analyst": self.analyst,
            "decided_at": self.clock(),
        }
        with write(self.db):
            # Read under the write lock: `before` is the verdict this one replaces.
            previous = self.current_verdict(claim_id)
            status = self.claim_row(claim_id)["status"]
            if status in ("new", "in-progress"):
                self.db.table("claims").update(claim_id, {"status": "checked"})
                self._log(
                    "status.set",
                    claim_id=claim_id,
                    article_id=claim["article_id"],
                    entity="claim",
                    entity_id=claim_id,
                    before={"status": status},
                    after={"status": "checked"},
                )
            verdict_id = self._insert("verdicts", record)
            # Every new verdict waits for a second analyst (publishing asks only when the
            # desk has review on).
            self.db.table("claims").update(
                claim_id,
                {"verdict": entry["key"], "review": "proposed", "updated_at": self.clock()},
            )
            self._log(
                "verdict.proposed" if self.review_on() else "verdict.set",
                claim_id=claim_id,
                article_id=claim["article_id"],
                entity="verdicts",
                entity_id=verdict_id,
                before=previous
                and {"label": previous["label"], "rationale": previous["rationale"]},
                after={"label": entry["key"], "rationale": rationale, **_reused(reused_from)},
            )
        return verdict_id

    def current_verdict(self, claim_id: int) -> dict | None:
        rows = list(
            self.db.query(
                "SELECT v.*, l.label_en, l.label_fr, l.rating FROM verdicts v "
                "JOIN verdict_labels l ON l.key = v.label WHERE v.claim_id = ? "
                "AND v.retracted_at IS NULL ORDER BY v.id DESC LIMIT 1",
                [claim_id],
            )
        )
        return rows[0] if rows else None

    def _refresh_verdict(self, claim_id: int) -> None:
        current = self.current_verdict(claim_id)
        self.db.table("claims").update(claim_id, {"verdict": current and current["label"]})
        self._refresh_review(claim_id)

    # -- dates and notes ---------------------------------------------------------------------
    def add_date(self, claim_id: int, role: str, when: str) -> int:
        """A date an analyst attaches, with what it is: event, as-of, statement, published."""
        if role not in DATE_ROLES:
            raise InvalidInput(f"date role {role!r} is not one of {', '.join(DATE_ROLES)}")
        from workbench.extract.dates import published_day

        claim = self.claim_row(claim_id)
        article = self.article(claim["article_id"])
        published = published_day(article.get("published"))
        iso = parse_when(when, published, article.get("language") or "fr")
        record = {"claim_id": claim_id, "role": role, "iso": iso, "text": when.strip()}
        with write(self.db):
            date_id = self._insert(
                "claim_dates", {**record, "analyst": self.analyst, "created_at": self.clock()}
            )
            self._log(
                "date.added",
                claim_id=claim_id,
                article_id=claim["article_id"],
                entity="claim_dates",
                entity_id=date_id,
                before=None,
                after=record,
            )
        return date_id

    def add_note(self, claim_id: int, body: str) -> int:
        if not body.strip():
            raise InvalidInput("the note is empty")
        claim = self.claim_row(claim_id)
        with write(self.db):
            note_id = self._insert(
                "notes",
                {
                    "claim_id": claim_id,
                    "body": body,
                    "analyst": self.analyst,
                    "created_at": self.clock(),
                },
            )
            self._log(
                "note.added",
                claim_id=claim_id,
                article_id=claim["article_id"],
                entity="notes",
                entity_id=note_id,
                before=None,
                after={"body": body},
            )
        return note_id


def _reused(claim_id: int | None) -> dict[str, int]:
    """What a history row adds when what it records was reused from another claim."""
    return {} if claim_id is None else {"reused_from": claim_id}
