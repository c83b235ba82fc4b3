"""Claims: filtered listing and search, one claim with everything attached, analyst edits."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.claim_name import claim_name
from workbench.extract.types import KINDS, Claim
from workbench.store.articles import claim_row, context, sentence_text
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import InvalidInput, NotFound, StaleEdit
from workbench.store.history import analyst_set, corrected_in, mention_key, removal_key
from workbench.store.records import MANY, STATUSES, chunks, decode_claim, dumps, loads
from workbench.store.validation import check_day

IN_ARTICLE = "start, id"
"""The order of an article's claims: where each starts, then its id (of two starting at one
place, the one stored first). Reports list claims in it, and so does the table; they are
numbered in `NUMBERED` order."""
NUMBERED = "origin = 'analyst', id"
"""The order in which an article's claims are numbered ("Claim 4", the only name a public
report gives; the card and `workbench show` give it too, `claim_place`, so the analyst finds
the report's claim 4 as claim 4): the claims extracted at ingest first, in the order they
were stored (the article's order then), then the claims analysts added, in the order added.
A number never changes: numbered in article order, an added claim took the number of the
claim after it, and every later one moved, so "claim 3" of a report already published named
another claim in the next one."""
EDITED = {
    "start": "span",
    "end": "span",
    "text": "span",
    "sentence_start": "span",
    "sentence_end": "span",
    "speaker_kind": "speaker",
    "numbers": "figures",
    "signals": "span",
    "score": "span",
}
"""A claim's columns as an analyst names what an edit changed (a moved span's reading
brings its signals and score)."""


@dataclass(frozen=True)
class Edited:
    """What `edit_claim` did."""

    changed: list[str]
    """What it changed, as the analyst names it ("span", "speaker", "figures", "dates");
    empty when the claim already held what was asked (nothing written, nothing logged)."""
    dropped: list[dict]
    """The analyst's corrections a moved span dropped (each with its "field")."""


@dataclass(frozen=True)
class SpanMove:
    """A claim's span as an edit would move it, to be read (`workbench.extract.read_span`)
    before `edit_claim` stores it with that reading."""

    article: dict
    start: int
    end: int
    speaker: str | None
    """The speaker that stands over the one read: typed with the move, else one the desk
    set earlier ("" when it is nobody); None: the article's, read."""


SORTS = {
    "position": "c.article_id, c.start, c.id",
    "score": "c.score DESC, c.article_id, c.start, c.id",
}


def fts_query(text: str) -> str:
    """Words typed by a user as an FTS5 prefix query, with FTS syntax neutralised; each word
    without its agreement ending, so that any form of it is found (see `_any_form`)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " ".join(f'"{_any_form(w)}"*' for w in words)


def _any_form(word: str) -> str:
    """A typed word without a plural ending (-s, -x) and then a feminine or silent -e:
    "disparus" finds "disparues", "blessées" finds "blessé", "missiles" finds "missile".
    Short words are kept whole ("mort", "les")."""
    if len(word) < 5:
        return word
    if word[-1] in "sxSX":
        word = word[:-1]
    return word[:-1] if word[-1] in "eE" and len(word) >= 5 else word


class ClaimsMixin(StoreBase):
    def claim_row(self, claim_id: int) -> dict:
        rows = list(self.db.query("SELECT * FROM claims WHERE id = ?", [claim_id]))
        if not rows:
            raise NotFound(f"no claim {claim_id}")
        return rows[0]

    def claims(
        self,
        *,
        article_id: int | None = None,
        status: str | None = None,
        kind: str | None = None,
        verdict: str | None = None,
        speaker: str | None = None,
        search: str | None = None,
        sort: str = "position",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Claims matching every filter given; `search` is full-text over claim and speaker."""
        where, params = self._filters(article_id, status, kind, verdict, speaker, search)
        sql = f"SELECT c.* FROM claims c {where} ORDER BY {SORTS.get(sort, SORTS['position'])}" + (
            f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        )
        return [decode_claim(row) for row in self.db.query(sql, params)]

    def search(self, words: str, limit: int = 20) -> dict[str, list[dict]]:
        """Full-text search over claims, articles, sources, notes (not those taken back), the
        excerpts attached with a source (under "excerpts", a source's link to a claim) and
        the rationales of claims' current verdicts, best matches first."""
        query = fts_query(words)
        tables = {
            "claims": ("claims", "t.text, t.speaker, t.article_id", ""),
            "articles": ("articles", "t.title, t.outlet, t.published", ""),
            "sources": ("sources", "t.title, t.publisher, t.url", ""),
            "notes": ("notes", "t.body, t.claim_id, t.analyst", "AND t.retracted_at IS NULL"),
            "rationales": (
                "verdicts",
                "t.rationale, t.label, t.claim_id",
                "AND t.retracted_at IS NULL AND t.id = (SELECT max(v.id) FROM verdicts v "
                "WHERE v.claim_id = t.claim_id AND v.retracted_at IS NULL)",
            ),
            "excerpts": (
                "claim_sources",
                "t.excerpt, t.note, t.claim_id, t.source_id",
                "AND t.retracted_at IS NULL",
            ),
        }
        if not query:
            return {name: [] for name in tables}
        return {
            name: list(
                self.db.query(
                    f"SELECT t.id, {columns} FROM {table} t JOIN {table}_fts f ON f.rowid = t.id "
                    f"WHERE {table}_fts MATCH ? {only_live} ORDER BY f.rank LIMIT ?",
                    [query, limit],
                )
            )
            for name, (table, columns, only_live) in tables.items()
        }

    def claims_page(
        self, *, limit: int, offset: int = 0, sort: str = "position", **filters: Any
    ) -> tuple[list[dict], int]:
        """One page of matching claims and how many match in all, in a single query (the full
        text search runs once)."""
        where, params = self._filters(**filters)
        sql = (
            f"SELECT c.*, count(*) OVER () AS matching FROM claims c {where} "
            f"ORDER BY {SORTS.get(sort, SORTS['position'])} LIMIT {int(limit)} "
            f"OFFSET {int(offset)}"
        )
        rows = [decode_claim(row) for row in self.db.query(sql, params)]
        total = rows[0].pop("matching") if rows else self.count_claims(**filters)
        for row in rows[1:]:
            row.pop("matching")
        return rows, total

    def claim_rows(self, claim_ids: list[int]) -> list[dict]:
        """These claims' rows as a page lists them (in no given order): the rows on screen,
        read again when another connection has committed."""
        if not claim_ids:
            return []
        marks = ",".join("?" * len(claim_ids))
        sql = f"SELECT * FROM claims WHERE id IN ({marks})"
        return [decode_claim(row) for row in self.db.query(sql, list(claim_ids))]

    def count_claims(self, **filters: Any) -> int:
        where, params = self._filters(**filters)
        return next(iter(self.db.query(f"SELECT count(*) AS n FROM claims c {where}", params)))["n"]

    def _filters(
        self,
        article_id: int | None = None,
        status: str | None = None,
        kind: str | None = None,
        verdict: str | None = None,
        speaker: str | None = None,
        search: str | None = None,
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if article_id is not None:
            clauses.append("c.article_id = ?")
            params.append(article_id)
        if status:
            if status not in STATUSES:
                raise InvalidInput(f"status {status!r} is not one of {', '.join(STATUSES)}")
            clauses.append("c.status = ?")
            params.append(status)
        if kind:
            if kind not in KINDS:
                raise InvalidInput(f"kind {kind!r} is not one of {', '.join(KINDS)}")
            clauses.append("c.kinds LIKE ?")
            params.append(f'%"{kind}"%')
        if verdict:
            if verdict == "none":
                clauses.append("c.verdict IS NULL")
            else:
                clauses.append("c.verdict = ?")
                params.append(self.label(verdict)["key"])
        if speaker:
            # folded as the search folds (accents and case): "Helene" finds "Hélène"
            clauses.append("fold(c.speaker) LIKE '%' || fold(?) || '%' ESCAPE '\\'")
            params.append(speaker.replace("%", "\\%").replace("_", "\\_"))
        if search and fts_query(search) and article_id is not None:
            # Inside one article a scan of its few claims beats a probe of the whole index;
            # both sides folded as the index folds its words (accents and case).
            for word in fts_query(search).replace('"', "").replace("*", "").split():
                clauses.append(
                    "fold(c.text || ' ' || coalesce(c.speaker, '')) "
                    "LIKE '%' || fold(?) || '%' ESCAPE '\\'"
                )
                params.append(word.replace("%", "\\%").replace("_", "\\_"))
        elif search and fts_query(search):
            clauses.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(fts_query(search))
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def claim(self, claim_id: int) -> dict:
        """One claim with its article, current verdict, sources, dates, notes, last change and
        what of it an analyst corrected (`corrected_in`)."""
        claim = decode_claim(self.claim_row(claim_id))
        claim["article"] = self.db.table("articles").get(claim["article_id"])
        claim["sentence_text"] = sentence_text(claim, claim["article"]["text"])
        claim["verdict_record"] = self.current_verdict(claim_id)
        claim["verdicts"] = list(
            self.db.query("SELECT * FROM verdicts WHERE claim_id = ? ORDER BY id", [claim_id])
        )
        claim["sources"] = list(
            self.db.query(
                """
            SELECT l.id AS link_id, l.stance, l.excerpt, l.note, l.analyst, l.created_at,
                   s.id AS source_id, s.url, s.title, s.publisher, s.published, s.accessed,
                   s.archived_url
            FROM claim_sources l JOIN sources s ON s.id = l.source_id
            WHERE l.claim_id = ? AND l.retracted_at IS NULL ORDER BY l.id""",
                [claim_id],
            )
        )
        claim["attached_dates"] = list(
            self.db.query(
                "SELECT * FROM claim_dates WHERE claim_id = ? AND retracted_at IS NULL ORDER BY id",
                [claim_id],
            )
        )
        claim["notes"] = list(
            self.db.query(
                "SELECT * FROM notes WHERE claim_id = ? AND retracted_at IS NULL ORDER BY id",
                [claim_id],
            )
        )
        claim["reviews"] = self.reviews_of(claim_id)
        claim["last_change"] = self.last_change(claim_id)
        claim["place"] = self.claim_place(claim)
        claim["corrected"] = corrected_in(claim, self.history(claim_id))
        return claim

    def claim_place(self, claim: dict) -> int:
        """The claim's number in its article, from 1, in `NUMBERED` order: the number its
        article's reports give it ("Claim 4")."""
        return self.claim_numbers([claim["article_id"]])[claim["id"]]

    def claim_named(self, claim_id: int) -> str:
        """The claim as the desk names it in a message: "claim 7 (id 26)" (`claim_name`)."""
        found = self.db.execute(
            f"SELECT place FROM (SELECT id, row_number() OVER (ORDER BY {NUMBERED}) AS place "
            "FROM claims WHERE article_id = (SELECT article_id FROM claims WHERE id = ?)) "
            "WHERE id = ?",
            [claim_id, claim_id],
        ).fetchone()
        return claim_name(found[0] if found else None, claim_id)

    def claim_numbers(self, article_ids: list[int]) -> dict[int, int]:
        """Each claim of these articles with its number in its article (see `NUMBERED`)."""
        numbers: dict[int, int] = {}
        for part in chunks(article_ids, MANY):
            numbers.update(
                self.db.execute(
                    f"SELECT id, row_number() OVER (PARTITION BY article_id ORDER BY {NUMBERED}) "
                    f"FROM claims WHERE article_id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchall()
            )
        return numbers

    def set_status(self, claim_id: int, status: str) -> None:
        if status not in STATUSES:
            raise InvalidInput(f"status {status!r} is not one of {', '.join(STATUSES)}")
        self._update_claim(claim_id, lambda row: {"status": status}, "status.set")

    def claim_span(self, article_id: int, start: int, end: int) -> tuple[int, int]:
        """The span a claim added at `[start, end)` of the article takes (the whitespace at
        its ends left out), to read it before `add_claim` stores it; refused (InvalidInput)
        when it is not a span of the article's text or holds less than two characters."""
        return _checked_span(self.article(article_id)["text"], start, end)

    def claims_on_span(self, article_id: int, start: int, end: int) -> list[str]:
        """The names of the article's claims on exactly these words ("claim 3 (id 3)"): an
        analyst adding a claim there is told, not stopped (a second claim on one span may
        be meant)."""
        rows = self.db.query(
            "SELECT id FROM claims WHERE article_id = ? AND start = ? AND end = ? ORDER BY id",
            [article_id, start, end],
        )
        return [self.claim_named(row["id"]) for row in rows]

    def moved_span(
        self,
        claim_id: int,
        start: int | None = None,
        end: int | None = None,
        speaker: str | None = None,
        base: dict | None = None,
    ) -> SpanMove | None:
        """What `edit_claim` given the same `start`, `end`, `speaker` and `base` moves the
        claim's span to, to read it first (the store only stores, and a parse has no place
        inside a write); None when the span stays where it is. Refused (InvalidInput) as
        `claim_span` refuses a span."""
        row = self.claim_row(claim_id)
        article = self.article(row["article_id"])
        span = _new_span(article["text"], row if base is None else base, start, end)
        if span is None:
            return None
        return SpanMove(article, *span, self._speaker_over(row, speaker))

    def _speaker_over(self, row: dict, typed: str | None) -> str | None:
        """The speaker that stands over a moved span's reading (`SpanMove.speaker`): one
        `typed` with the move ("" clears it), else one the desk set earlier (`analyst_set`),
        else None: the one read."""
        if typed is not None:
            return typed.strip()
        if analyst_set(self.history(row["id"]))["speaker"]:
            return row["speaker"] or ""
        return None

    def add_claim(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        reading: Claim,
        speaker: str | None = None,
        kinds: list[str] | None = None,
    ) -> int:
        """A claim the extractor missed, from a span of the article chosen by the analyst.

        `reading` is that span as the extraction reads a clause it cut (`workbench.extract.
        read_span`, which the caller runs: the store only stores, and a parse has no place
        inside a write): its speaker, figures, dates resolved against the article's day,
        kinds, signals and score are stored as an extracted claim's are. What the analyst
        gave, `speaker` and `kinds`, stands over the reading; the history says which
        speaker was typed (`analyst_set`: one read is the article's)."""
        article = self.article(article_id)
        start, end = _checked_span(article["text"], start, end)
        if (reading.start, reading.end) != (start, end):
            raise InvalidInput(
                f"the claim was read from the span {reading.start}-{reading.end}, not {start}-{end}"
            )
        typed = (speaker.strip() or None) if speaker is not None else None
        text = article["text"][start:end]
        stamp = self.clock()
        read = claim_row(reading)
        sentence = read["sentence"] or {"start": start, "end": end}
        sentence_start, sentence_end = sentence["start"], sentence["end"]
        said = typed if typed is not None else read["speaker"]
        record = {
            "article_id": article_id,
            "start": start,
            "end": end,
            "text": text,
            "sentence_start": sentence_start,
            "sentence_end": sentence_end,
            **context(article["text"], start, end),
            "speaker": said,
            "speaker_kind": read["speaker_kind"] if said == read["speaker"] else None,
            "kinds": dumps(kinds or read["kinds"]),
            "numbers": dumps(read["numbers"]),
            "dates": dumps(read["dates"]),
            "signals": dumps([*read["signals"], "added by analyst"]),
            "score": read["score"],
            "status": "new",
            "origin": "analyst",
            "created_at": stamp,
            "updated_at": stamp,
        }
        with write(self.db):
            claim_id = self._insert("claims", record)
            self._log(
                "claim.added",
                claim_id=claim_id,
                article_id=article_id,
                entity="claim",
                entity_id=claim_id,
                before=None,
                after={
                    **{
                        k: record[k]
                        for k in ("start", "end", "text", "speaker", "status", "origin")
                    },
                    "typed": {"speaker": typed},
                },
            )
            self.index_claims([claim_id])
            self.rematch_claims([claim_id])
        return claim_id

    def edit_claim(
        self,
        claim_id: int,
        *,
        start: int | None = None,
        end: int | None = None,
        speaker: str | None = None,
        numbers: list[dict] | None = None,
        dates: list[dict] | None = None,
        base: dict | None = None,
        reading: Claim | None = None,
    ) -> Edited:
        """Move a claim's span, name its speaker, or correct its figures (their values, or
        what they count: their unit) or its dates; returns what it changed (`Edited`: as the
        analyst names it, none when the claim already held what was asked, so that no
        command says it changed a claim it left as it was: "claim 26 edited" was printed for
        an edit that wrote nothing) and the corrections a moved span dropped.

        Only what differs is written: from `base`, the claim as the analyst's form showed it,
        when given, else from the stored claim. A field someone else changed since `base` is
        refused with `StaleEdit` (nothing is saved), never silently put back; fields the
        analyst left alone keep whatever others wrote. Figures given as text and value keep
        the unit and position of the stored figure with the same text; dates given as text
        and ISO day keep the stored date's offsets and role (a date left out is removed: an
        extracted date resolved wrongly can be corrected or dropped).

        A moved span is stored with `reading`, the new span as the extraction reads a clause
        it cut (`moved_span` says which span and speaker to read, `workbench.extract.
        read_span` reads it, before this write): its speaker, figures, dates, kinds, signals
        and score, as `add_claim` stores a claim added there. The analyst's corrections are
        put back over it where their words still are (`_reread`), and a speaker typed with
        the move, or set by the desk before, stands over the one read. Returns the corrected
        figures and dates it dropped because their words are outside the new span (each
        with "field": "numbers" or "dates"), which the edit's history row also names. A move
        without the reading of the span it comes to (the claim moved since it was read) is
        refused with `StaleEdit`."""
        if numbers is not None:
            numbers = [check_figure(number) for number in numbers]
        if dates is not None:
            dates = [check_date(mention) for mention in dates]

        def changes(row: dict) -> dict:
            asked: dict[str, Any] = {}
            reference = row if base is None else base
            text = self.article(row["article_id"])["text"]
            span = _new_span(text, reference, start, end)
            if span is not None:
                if reading is None or (reading.start, reading.end) != span:
                    read = "" if reading is None else f" (read: {reading.start}-{reading.end})"
                    raise StaleEdit(
                        f"claim {row['id']}: the span {span[0]}-{span[1]} was not read as it "
                        f"now stands{read}; nothing saved. Look again, then edit."
                    )
                asked["span"] = span
            # a speaker given with a move stands over the one read, even the claim's own
            said = None if speaker is None else speaker.strip() or None
            if speaker is not None and (span is not None or not _same(said, reference["speaker"])):
                asked["speaker"] = said
            # a figure or date typed with a moved span is found in the new span's words
            words = decode_claim(row)
            if span is not None:
                words = {**words, "start": span[0], "text": text[span[0] : span[1]]}
            if numbers is not None:
                merged = _merge_figures(numbers, words)
                if not _same(merged, reference["numbers"]):
                    asked["numbers"] = merged
            if dates is not None:
                resolved = _merge_dates(dates, words)
                if not _same(resolved, reference["dates"]):
                    asked["dates"] = resolved
            if base is not None:
                asked = self._refuse_stale(row, base, asked)
            return self._claim_columns(row, asked, logged, reading)

        logged: dict[str, Any] = {}
        written = self._update_claim(claim_id, changes, "claim.edited", logged)
        return Edited(
            list(
                dict.fromkeys(EDITED.get(column, column) for column in written if column != "kinds")
            ),
            [
                {**mention, "field": field}
                for field in ("numbers", "dates")
                for mention in logged.get(f"{field}_dropped", [])
            ],
        )

    def _refuse_stale(self, row: dict, base: dict, asked: dict) -> dict:
        """Drop what someone else already set to the same value; refuse what they set to
        another value since the analyst's form opened."""
        kept = {}
        for field, value in asked.items():
            if field == "span":
                now, then = (row["start"], row["end"]), (base["start"], base["end"])
            else:
                now, then = row[field], base[field]
            if _same(now, then):
                kept[field] = value
            elif not _same(now, value):
                name = {"numbers": "figures"}.get(field, field)
                who = self._last_changed_by(row["id"], "start" if field == "span" else field)
                raise StaleEdit(
                    f"claim {row['id']}: the {name} changed since you opened it"
                    f"{f' ({who})' if who else ''}; nothing saved. Look again, then edit."
                )
        return kept

    def _last_changed_by(self, claim_id: int, field: str) -> str | None:
        for found in self.db.query(
            "SELECT analyst, at, after FROM history WHERE claim_id = ? AND entity = 'claim' "
            "AND action != 'undo' ORDER BY id DESC LIMIT 50",
            [claim_id],
        ):
            after = loads(found["after"]) or {}
            if field in after or field in (after.get("values") or {}):
                return f"by {found['analyst']} at {found['at'][:16]}"
        return None

    def _claim_columns(
        self, row: dict, asked: dict, logged: dict, reading: Claim | None = None
    ) -> dict:
        """The claims columns an analyst's request comes to (a new span brings its text, its
        context and its `reading`, with the analyst's corrections, earlier or typed with it,
        where their words are: `_reread`). What the history row says beyond the columns goes
        into `logged`: the speaker, figures and dates typed or removed with a moved span
        ("typed", "removed"), which are the analyst's and not the rules' reading
        (`analyst_set`), the speaker read there ("read"), and the corrections dropped
        ("numbers_dropped", "dates_dropped")."""
        columns: dict[str, Any] = {}
        if "span" in asked and reading is not None:
            article = self.article(row["article_id"])
            new_start, new_end = asked["span"]
            read = claim_row(reading)
            sentence = read["sentence"] or {"start": new_start, "end": new_end}
            columns.update(
                start=new_start,
                end=new_end,
                text=article["text"][new_start:new_end],
                sentence_start=sentence["start"],
                sentence_end=sentence["end"],
                **context(article["text"], new_start, new_end),
            )
            corrected = analyst_set(self.history(row["id"]))
            stored = decode_claim(row)
            for field in ("numbers", "dates"):
                mentions, dropped, typed, removed = _reread(
                    field,
                    read[field],
                    stored[field],
                    asked.get(field),
                    (corrected[field], corrected[f"{field}_removed"]),
                    (new_start, new_end, article["text"]),
                )
                columns[field] = dumps(mentions)
                if dropped:
                    logged[f"{field}_dropped"] = dropped
                if typed:
                    logged.setdefault("typed", {})[field] = typed
                if removed:
                    logged.setdefault("removed", {})[field] = removed
            if "speaker" in asked:  # typed with the move: the desk's, read with it
                logged.setdefault("typed", {})["speaker"] = asked["speaker"]
                columns["speaker"] = asked["speaker"]
                columns["speaker_kind"] = (
                    read["speaker_kind"] if read["speaker"] == asked["speaker"] else None
                )
            elif not corrected["speaker"]:  # one the desk set earlier stands
                columns["speaker"], columns["speaker_kind"] = read["speaker"], read["speaker_kind"]
                logged["read"] = {"speaker": read["speaker"]}  # the article's, not the desk's
            # what the desk added is said among the reading's signals, as when it was added
            added = [s for s in loads(row["signals"]) or [] if s == "added by analyst"]
            columns["signals"] = dumps([*read["signals"], *added])
            columns["score"] = read["score"]
            kinds = [k for k in read["kinds"] if k not in ("number", "date")]
        else:
            columns.update({f: dumps(asked[f]) for f in ("numbers", "dates") if f in asked})
            if "speaker" in asked:
                columns["speaker"] = asked["speaker"]
                columns["speaker_kind"] = None  # what the extractor read was of the old speaker
            kinds = [k for k in loads(row["kinds"]) or [] if k not in ("number", "date")]
        if "numbers" in columns or "dates" in columns:
            # "number" and "date" say what the claim holds now (a trial's claim moved off its
            # dates still listed "date", and `claims --kind date` found it)
            figures = loads(columns.get("numbers", row["numbers"])) or []
            dates = loads(columns.get("dates", row["dates"])) or []
            columns["kinds"] = dumps(_kinds(figures, dates) + kinds)
        return columns

    def _update_claim(
        self,
        claim_id: int,
        changes: Callable[[dict], dict],
        action: str,
        logged: dict | None = None,
    ) -> list[str]:
        """Read the claim, decide the change and write it in one transaction, so the `before`
        logged in history is what the change replaced, whoever else is writing. `logged`,
        filled by `changes`, is what the history row's `after` says beyond the columns.
        Returns the columns written (none: nothing differed, nothing written or logged)."""
        with write(self.db):
            row = self.claim_row(claim_id)
            update = {k: v for k, v in changes(row).items() if not _same(row[k], v)}
            if not update:
                return []
            shown = {
                k: v for k, v in update.items() if k not in ("context_before", "context_after")
            }
            self.db.table("claims").update(claim_id, {**update, "updated_at": self.clock()})
            self._log(
                action,
                claim_id=claim_id,
                article_id=row["article_id"],
                entity="claim",
                entity_id=claim_id,
                before={k: row[k] for k in shown},
                after={**shown, **(logged or {})},
            )
            if {"text", "numbers", "speaker", "dates"} & update.keys():
                self.index_claims([claim_id])
                self.rematch_claims([claim_id])  # what it is matched on changed
        return [k for k in update if k not in ("context_before", "context_after")]


def check_figure(number: dict) -> dict:
    """A figure an analyst typed: a finite number (nan and inf are not figures), and what it
    counts, when given, as words on one line ("" takes its unit away)."""
    value = number.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(f"figure {number.get('text')!r} needs a finite numeric value")
    unit = number.get("unit")
    if unit is not None:
        if not isinstance(unit, str) or any(char in unit for char in "\n\r;="):
            raise InvalidInput(f"figure {number.get('text')!r}: its unit is words on one line")
        number = {**number, "unit": " ".join(unit.split())}
    return number


def check_date(mention: dict) -> dict:
    """A date an analyst typed for a claim: its words and an ISO day, month or year."""
    if not (mention.get("text") or "").strip():
        raise InvalidInput(f"date {mention.get('iso')!r} needs the words it is written in")
    iso = check_day(mention.get("iso"), f"date {mention['text']!r}")
    if iso is None:
        raise InvalidInput(f"date {mention['text']!r} needs a day (YYYY-MM-DD, YYYY-MM, YYYY)")
    return {**mention, "text": mention["text"].strip(), "iso": iso}


def _merge_dates(dates: list[dict], claim: dict) -> list[dict]:
    """Typed dates with what the stored date of the same words knew (offsets, role); a
    date the analyst moved to another day loses the extractor's warning about the old one.
    Words stored twice are taken in order."""
    stored = list(claim["dates"])
    merged = []
    for mention in dates:
        key = mention["text"].casefold()
        known = next((d for d in stored if (d.get("text") or "").casefold() == key), None)
        if known is not None:
            stored.remove(known)
            same_day = known.get("iso") == mention["iso"]
            merged.append(
                {**known, "iso": mention["iso"]} | ({} if same_day else {"warning": None})
            )
            continue
        found = claim["text"].find(mention["text"])
        where = (
            {"start": claim["start"] + found, "end": claim["start"] + found + len(mention["text"])}
            if found >= 0
            else {}
        )
        merged.append({**where, "role": None, "warning": None, **mention})
    return merged


def _merge_figures(numbers: list[dict], claim: dict) -> list[dict]:
    """Typed figures with what the stored figure of the same text knew (unit, offsets,
    approximation); a new figure found in the claim's text gets its offsets. A unit typed
    replaces the stored one ("" removes it); none typed keeps it."""
    by_text = {(n.get("text") or "").casefold(): n for n in claim["numbers"]}
    merged = []
    for number in numbers:
        known = by_text.get((number.get("text") or "").casefold())
        if known is not None:
            figure = {**known, **{k: v for k, v in number.items() if v is not None}}
            merged.append({**figure, "unit": figure.get("unit") or None})
            continue
        found = claim["text"].find(number["text"]) if number.get("text") else -1
        where = (
            {"start": claim["start"] + found, "end": claim["start"] + found + len(number["text"])}
            if found >= 0
            else {}
        )
        figure = {"unit": None, "approximate": False, **where, **number}
        merged.append({**figure, "unit": figure.get("unit") or None})
    return merged


def _reread(
    field: str,
    found: list[dict],
    stored: list[dict],
    given: list[dict] | None,
    desk: tuple[frozenset, frozenset],
    span: tuple[int, int, str],
) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """A moved span's figures (or dates): what the rules read in it (`found`), with the
    analyst's corrections put in place of what the rules read at their words.

    A correction is tied to the words it corrects, at their place in the article: an earlier
    one (`desk`: what `analyst_set` says the desk set, and removed) stays when those words are
    inside the new span
    (its offsets; one with none, typed for words the old span did not hold, when the new
    span holds them), and is dropped otherwise, even if the same words occur elsewhere in the
    new span (another mention, which the rules read); a mention the desk removed is not read
    again at its place. What the analyst typed or removed in this save (`given` against
    `stored`) is applied the same way, and a figure typed whose words are not in the span is
    kept as typed, as an edit without a move keeps it. Returns the mentions, the earlier
    corrections dropped, and those typed and removed in this save."""
    start, end, article = span
    corrected, taken_out = desk

    def said(mention: dict) -> tuple:
        return mention_key(field, mention)

    typed: list[dict] = []
    removed: list[dict] = []
    if given is not None:
        had, kept = {said(m) for m in stored}, {said(m) for m in given}
        typed = [m for m in given if said(m) not in had]
        removed = [m for m in stored if said(m) not in kept]
    earlier = [m for m in stored if said(m) in corrected and m not in removed]
    mentions = [
        m
        for m in found
        if removal_key(m) not in taken_out and not any(_same_words(m, gone) for gone in removed)
    ]
    dropped = []
    corrections: list[dict] = []
    for mention in earlier + typed:
        placed = _placed(mention, start, end, article)
        if placed is None and mention not in typed:
            dropped.append(mention)
            continue
        placed = placed or mention
        # a correction replaces the rules' reading of its words, never another correction
        # (a trial's "on Monday" vanished beside the "Monday" typed over it)
        mentions = [m for m in mentions if not _overlap(m, placed)]
        corrections.append(placed)
    mentions += corrections
    mentions.sort(key=lambda m: (m.get("start") is None, m.get("start") or 0))
    return mentions, dropped, typed, removed


def _placed(mention: dict, start: int, end: int, article: str) -> dict | None:
    """The mention where its words are in the span `start`-`end` of the article, or None:
    by its offsets when it has them, else by finding its words in the span."""
    at, to = mention.get("start"), mention.get("end")
    if isinstance(at, int) and isinstance(to, int):
        return mention if start <= at and to <= end else None
    words = mention.get("text") or ""
    found = article.find(words, start, end) if words else -1
    return None if found < 0 else {**mention, "start": found, "end": found + len(words)}


def _overlap(one: dict, other: dict) -> bool:
    """Whether two mentions with offsets share a character of the article."""
    places = (one.get("start"), one.get("end"), other.get("start"), other.get("end"))
    if not all(isinstance(p, int) for p in places):
        return False
    return one["start"] < other["end"] and other["start"] < one["end"]


def _same_words(mention: dict, removed: dict) -> bool:
    """Whether the rules' `mention` is the one the analyst removed: the same words, at the
    same place when both say where."""
    if (mention.get("text") or "").casefold() != (removed.get("text") or "").casefold():
        return False
    placed = all(isinstance(m.get(k), int) for m in (mention, removed) for k in ("start", "end"))
    return _overlap(mention, removed) if placed else True


def _same(stored: Any, value: Any) -> bool:
    """A stored column against a value, JSON columns compared by what they hold."""
    if isinstance(stored, str) and isinstance(value, list | dict):
        return loads(stored) == value
    if isinstance(value, str) and isinstance(stored, list | dict):
        return loads(value) == stored
    return stored == value


def _new_span(text: str, claim: dict, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The span an edit moves `claim` to (`start` and `end`, either kept from the claim when
    not given; the whitespace at its ends left out, refused as `_checked_span` refuses), or
    None when it stays where it is."""
    if start is None and end is None:
        return None
    span = _checked_span(
        text,
        claim["start"] if start is None else start,
        claim["end"] if end is None else end,
    )
    return None if span == (claim["start"], claim["end"]) else span


def _checked_span(text: str, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        raise InvalidInput(f"span {start}-{end} ends before it starts")
    if start < 0 or end > len(text):
        raise InvalidInput(f"span {start}-{end} is outside the article (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        raise InvalidInput("a claim needs more than a character")
    return start, end


def _kinds(numbers: list, dates: list) -> list[str]:
    return [kind for kind, present in (("number", numbers), ("date", dates)) if present]
