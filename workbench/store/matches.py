"""Claims seen before: candidate keys, suggested matches against other articles' claims and
imported fact-checks, the analyst's decisions (logged in history), and ClaimReview import."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from workbench.matching.sides import LIKELY, MATCH, OTHER_FIGURE, UNRENDERED, flipped
from workbench.store.base import StoreBase
from workbench.store.connection import on_rollback, write
from workbench.store.errors import InvalidInput, NotFound
from workbench.store.records import MANY, Decoded, chunks, decode_claim, dumps, loads
from workbench.store.sqlite_utils_fast import Database
from workbench.store.validation import has_rationale

if TYPE_CHECKING:
    from workbench.matching.prepare import Prepared
    from workbench.store.common_keys import CommonKeys
    from workbench.store.key_cache import Holders, KeyHolderCache
    from workbench.store.signature_keys import SignatureKeys


class _Forgetting(Protocol):
    def forget(self) -> None: ...


Kept = TypeVar("Kept", bound=_Forgetting)
"""Something a connection keeps for matching (see `MatchesMixin._kept`)."""

MATCH_STATES = ("suggested", "confirmed", "rejected", "unlinked")
"""A match's states; "unlinked" is a link made by hand and taken back (undo): kept, not
shown, never suggested again."""
HIDDEN = ("rejected", "unlinked")
"""States that do not make a claim "seen before"."""
LISTED = 500
"""Matches a listing reads at once (see `MatchesMixin.listed_matches`)."""
_REVIEW_FIELDS = (
    "id",
    "claim_reviewed",
    "alternate_name",
    "rating_value",
    "author_name",
    "review_date",
    "review_url",
)
"""A fact-check as a listing of matches names it (`_matched_reviews`' fields, with its id)."""
PUBLISHED = "CASE WHEN a.published_assumed THEN NULL ELSE a.published END AS published"
"""A claim's article's publication day, as matching reads it: none when it was assumed from
the day of the ingest (an undated claim is then of no known day)."""


def _suggest():
    """The matcher, imported when matching runs: it brings numpy and the matching model, which
    the workbench's first screen does not need."""
    from workbench.matching import suggest

    return suggest


class MatchesMixin(StoreBase):
    """Rows for matching (see workbench.matching.suggest, which decides): claims to match,
    index keys and figures, candidates by key, suggestions."""

    # -- rows matching reads -------------------------------------------------------------------
    def claims_to_match(self, article_id: int, decoded: bool = True) -> list[dict]:
        """An article's claims with the article's language and publication day (`PUBLISHED`);
        figures and dates left as their stored JSON text when not `decoded` (as `claims_by_id`)."""
        rows = self.db.query(
            "SELECT c.id, c.article_id, c.text, c.numbers, c.dates, c.speaker, a.language, "
            f"{PUBLISHED} FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE c.article_id = ?",
            [article_id],
        )
        return [decode_claim(r) for r in rows] if decoded else list(rows)

    def claims_by_id(self, claim_ids: list[int], decoded: bool = True) -> list[dict]:
        """Claims with their article's language and publication day; figures and dates left
        as their stored JSON text when not `decoded` (matching keys its cache of signatures on that text)."""
        found = []
        for chunk in chunks(claim_ids):
            rows = self.db.query(
                "SELECT c.id, c.article_id, c.text, c.numbers, c.dates, c.speaker, a.language, "
                f"{PUBLISHED} FROM claims c JOIN articles a ON a.id = c.article_id "
                f"WHERE c.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            found += [decode_claim(r) for r in rows] if decoded else list(rows)
        return found

    def reviews_by_id(self, review_ids: list[int]) -> list[dict]:
        return self._fetch("reviews", review_ids)

    def key_holders(
        self, keys: list[str], article_id: int | None, owner: str | None, limit: int
    ) -> dict[str, Holders]:
        """Who holds each index key outside one article (and of one kind of owner), as the
        ids of the claims and of the reviews holding it (see key_cache.Holders); a key more
        than `limit` hold is left out. The holders of a key are read from the index once
        and then kept, with the keys this connection adds (see key_cache). A key marked common
        (see common_keys) is answered from the index alone when more than `limit` hold it
        there, else once all its rows are back in the index.

        A key the kept holders count more than `limit` holders of, besides as many as the
        article has claims (the most of them it can hold: a claim holds a key once), is
        held by more than `limit` outside it: left out unread, as the index would leave it.
        Nothing else about a key is remembered: the kept holders are forgotten whenever
        holders may have gone (a claim indexed again, another connection's commit, a
        rollback), so a key whose holders shrank is read again. (A set of keys once found
        common, kept for the connection's life, answered a long-lived connection wrongly
        after edits took the key from claims, and from a giant article's side, whose
        claims hold most of a key another article found common.)"""
        cache = self._key_cache()
        conn = self.db.conn
        cache.valid(conn)
        marked = self._marked_keys().marked(conn)
        # Only for every kind of owner: the kept holders count claims and reviews together.
        bound = limit + self._claims_in(article_id) if owner is None else None
        found: dict[str, Holders] = {}
        unmark = []
        for key in keys:
            if bound is not None and cache.held_by_more(conn, key, bound):
                continue
            if key in marked:
                claims, reviews = self._key_holders_read(key, article_id, owner, limit)
                if len(claims) + len(reviews) <= limit:
                    # held mostly in this article, or indexed again elsewhere: ask the rest
                    unmark.append(key)
                continue
            held = cache.holders(conn, key, article_id)
            if held is None:
                held = self._key_holders_read(key, article_id, owner, limit)
            elif owner == "claim":  # fact-checks imported: their claims only
                held = (held[0], held[1][:0])
            elif owner == "review":
                held = (held[0][:0], held[1])
            claims, reviews = held
            if 0 < len(claims) + len(reviews) <= limit:
                found[key] = held
        if unmark:
            self._unmark(unmark)
            found |= self.key_holders(unmark, article_id, owner, limit)
        return found

    def _claims_in(self, article_id: int | None) -> int:
        """How many claims an article has (none for no article)."""
        if article_id is None:
            return 0
        return self.db.conn.execute(
            "SELECT count(*) FROM claims WHERE article_id = ?", [article_id]
        ).fetchone()[0]

    def _key_holders_read(
        self, key: str, article_id: int | None, owner: str | None, limit: int
    ) -> Holders:
        """A key's holders outside one article, read from the index: range scans of the
        (key, article_id, owner, owner_id) index skip the article's own rows and stop past
        `limit`."""
        where = "key = ?" + (" AND owner = ?" if owner else "")
        params: list = [key, owner] if owner else [key]
        if article_id is None:
            query = f"SELECT owner, owner_id FROM match_keys WHERE {where} LIMIT ?"
            args = [*params, limit + 1]
        else:
            query = " UNION ALL ".join(
                f"SELECT * FROM (SELECT owner, owner_id FROM match_keys WHERE {where} "
                f"AND article_id {test} LIMIT ?)"
                for test in ("IS NULL", "< ?", "> ?")
            )
            args = [*params, limit + 1, *params, article_id, limit + 1]
            args += [*params, article_id, limit + 1]
        rows = self.db.conn.execute(query, args).fetchall()
        import numpy as np  # with matching only (see `_suggest`)

        return (
            np.array([i for kind, i in rows if kind == "claim"], np.int64),
            np.array([i for kind, i in rows if kind == "review"], np.int64),
        )

    def _unmark(self, keys: list[str]) -> None:
        """Put the rest rows of these marked keys back into the index and drop their marks
        (see common_keys): a scan of `match_keys_rest`, its own transaction or a part of the
        caller's."""
        wanted = set(keys)
        with write(self.db):
            conn = self.db.conn
            moved: list[tuple[str, int, int | None, str]] = []
            left: list[tuple[str, int]] = []
            emptied: list[list[int]] = []
            for claim_id, article_id, text in conn.execute(
                "SELECT claim_id, article_id, keys FROM match_keys_rest"
            ).fetchall():
                held = json.loads(text)
                if wanted.isdisjoint(held):
                    continue
                moved += [("claim", claim_id, article_id, key) for key in held if key in wanted]
                rest = [key for key in held if key not in wanted]
                if rest:
                    left.append((_keys_text(rest), claim_id))
                else:
                    emptied.append([claim_id])
            conn.executemany("UPDATE match_keys_rest SET keys = ? WHERE claim_id = ?", left)
            conn.executemany("DELETE FROM match_keys_rest WHERE claim_id = ?", emptied)
            conn.executemany(
                "INSERT INTO match_keys (owner, owner_id, article_id, key) VALUES (?, ?, ?, ?)",
                moved,
            )
            conn.executemany("DELETE FROM common_keys WHERE key = ?", [[key] for key in keys])
            self._marked_keys().marked(conn).difference_update(wanted)
            self._key_cache().forget()  # holders read before may have missed the rest's

    def _marked_keys(self) -> CommonKeys:
        from workbench.store.common_keys import CommonKeys

        return self._kept("_marked_keys_kept", CommonKeys)

    def _key_cache(self) -> KeyHolderCache:
        from workbench.store.key_cache import KeyHolderCache  # brings numpy: see `_suggest`

        return self._kept("_key_holder_cache", KeyHolderCache)

    def signature_keys(self, claim_ids: list[int]) -> dict[int, Hashable]:
        """The keys matching last remembered these claims' signatures under, for those
        certainly unchanged since (see `signature_keys`): their rows need not be read."""
        return self._signature_keys().get(self.db.conn, claim_ids)

    def keep_signature_keys(self, keys: Mapping[int, Hashable]) -> None:
        """Note the keys of claims matching has just read or stored (see `signature_keys`)."""
        self._signature_keys().keep(self.db.conn, keys)

    def _signature_keys(self) -> SignatureKeys:
        from workbench.store.signature_keys import SignatureKeys

        return self._kept("_signature_keys_kept", SignatureKeys)

    def _kept(self, name: str, make: Callable[[], Kept]) -> Kept:
        """What this connection keeps for matching under `name`, made on first use and
        forgotten when one of its writes is rolled back."""
        kept = self.__dict__.get(name)
        if kept is None:
            kept = self.__dict__[name] = make()
            on_rollback(self.db, kept.forget)
        return kept

    def articles_to_resume(self, keys_version: int, matcher_version: str) -> list[dict]:
        """Articles indexed with other keys or not (yet) matched by this matcher."""
        # Each "IS NOT" is three range scans of its index (m010): nothing read when all is done.
        return list(
            self.db.query(
                "SELECT id, indexed_with, matched_with FROM articles WHERE id IN ("
                "SELECT id FROM articles WHERE indexed_with IS NULL OR indexed_with < :keys "
                "OR indexed_with > :keys UNION SELECT id FROM articles WHERE matched_with IS NULL "
                "OR matched_with < :matcher OR matched_with > :matcher) ORDER BY id",
                {"keys": keys_version, "matcher": matcher_version},
            )
        )

    # -- rows matching writes ------------------------------------------------------------------
    def replace_keys(
        self,
        owner: str,
        owner_ids: list[int],
        keys: list[tuple[str, int, int | None, str]],
        figures: list[dict],
    ) -> None:
        """Replace the index keys, given as (owner, owner_id, article_id, key), and, for
        claims, the figures of these owners. A claim's keys marked common (see common_keys)
        go to its row of `match_keys_rest`, but for those it had in the index already; a key
        the kept holders show held by more than `common_keys.SATURATED` is marked first."""
        from workbench.store.common_keys import SATURATED

        with _in_transaction(self.db):
            conn = self.db.conn
            cache = self._key_cache()
            cache.valid(conn)  # what another connection wrote since: not counted by `over`
            marked = self._marked_keys().marked(conn)
            if owner == "claim":
                fresh = sorted(
                    {key for *_, key in keys if key not in marked and cache.over(key, SATURATED)}
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO common_keys (key) VALUES (?)", [[k] for k in fresh]
                )
                marked.update(fresh)
            indexed: set[tuple[int, str]] = set()
            for chunk in chunks(owner_ids):
                marks = ",".join("?" * len(chunk))
                if owner == "claim":
                    indexed.update(
                        conn.execute(
                            "SELECT owner_id, key FROM match_keys WHERE owner = 'claim' "
                            f"AND owner_id IN ({marks})",
                            chunk,
                        ).fetchall()
                    )
                    rest = conn.execute(
                        f"DELETE FROM match_keys_rest WHERE claim_id IN ({marks})", chunk
                    ).rowcount
                    conn.execute(f"DELETE FROM claim_figures WHERE claim_id IN ({marks})", chunk)
                else:
                    rest = 0
                gone = conn.execute(
                    f"DELETE FROM match_keys WHERE owner = ? AND owner_id IN ({marks})",
                    [owner, *chunk],
                ).rowcount
                if gone or rest:
                    cache.forget()  # keys indexed again: who held them is not known now
            in_index = []
            in_rest: dict[int, tuple[int | None, list[str]]] = {}
            for row in keys:  # a row the index had stays there: see common_keys
                _, owner_id, article_id, key = row
                if key in marked and owner == "claim" and (owner_id, key) not in indexed:
                    in_rest.setdefault(owner_id, (article_id, []))[1].append(key)
                else:
                    in_index.append(row)
            conn.executemany(
                "INSERT INTO match_keys (owner, owner_id, article_id, key) VALUES (?, ?, ?, ?)",
                in_index,
            )
            conn.executemany(
                "INSERT INTO match_keys_rest (claim_id, article_id, keys) VALUES (?, ?, ?)",
                [(i, article_id, _keys_text(held)) for i, (article_id, held) in in_rest.items()],
            )
            cache.added(keys)
            conn.executemany(
                "INSERT INTO claim_figures (claim_id, article_id, quantity, value, approximate, "
                "text, label) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        f["claim_id"],
                        f["article_id"],
                        f["quantity"],
                        f["value"],
                        f["approximate"],
                        f["text"],
                        f["label"],
                    )
                    for f in figures
                ],
            )

    def mark_indexed(self, article_id: int, keys_version: int) -> None:
        with _in_transaction(self.db):
            self.db.execute(
                "UPDATE articles SET indexed_with = ? WHERE id = ?", [keys_version, article_id]
            )

    def save_suggestions(self, suggestions: list[dict], article_id: int | None, by: str) -> int:
        """Store new suggestions, of either kind (`kind`: a match, or the same fact with
        another figure; a pair already suggested or decided, in either direction, is kept as
        it is) and, in the same transaction, mark the article matched by matcher version `by`.
        Returns how many were stored."""
        with write(self.db):
            known = self._known_pairs(sorted({s["claim_id"] for s in suggestions}))
            stamp = self.clock() if suggestions else ""
            fresh = []
            for found in suggestions:
                pair = (found["claim_id"], found["other_claim_id"], found["review_id"])
                if pair in known or (
                    found["other_claim_id"] is not None
                    and (found["other_claim_id"], found["claim_id"], None) in known
                ):
                    continue
                known.add(pair)
                fresh.append(
                    (
                        *pair,
                        found["score"],
                        dumps(found["signals"]),
                        _evidence_text(found.get("evidence")),
                        by,
                        "suggested",
                        stamp,
                        found.get("kind") or MATCH,
                    )
                )
            self.db.conn.executemany(
                "INSERT INTO claim_matches (claim_id, other_claim_id, review_id, score, signals, "
                "evidence, matcher, state, created_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fresh,
            )
            if article_id is not None:
                self.db.conn.execute(  # not when marked already: an update rewrites the row
                    "UPDATE articles SET matched_with = ? WHERE id = ? AND matched_with IS NOT ?",
                    [by, article_id, by],
                )
        return len(fresh)

    def refresh_suggestions(self, claim_ids: list[int], suggestions: list[dict], by: str) -> int:
        """The matcher's suggestions for claims it matched again (an analyst changed them):
        those it still makes are rescored and explained afresh, new ones added, those it no
        longer makes dropped (unless the history names them: an undone decision). A match an
        analyst confirmed, rejected or linked is never touched. Returns how many suggestions
        the claims have from the matcher now."""
        with _in_transaction(self.db):
            wanted: dict[tuple, dict] = {}
            for made in suggestions:
                wanted[(made["claim_id"], made["other_claim_id"], made["review_id"])] = made
            stored: dict[tuple, dict] = {}
            for chunk in chunks(claim_ids):
                marks = ",".join("?" * len(chunk))
                for row in self.db.query(
                    "SELECT id, claim_id, other_claim_id, review_id, state, origin "
                    f"FROM claim_matches WHERE claim_id IN ({marks}) "
                    f"OR other_claim_id IN ({marks})",
                    [*chunk, *chunk],
                ):
                    stored[(row["claim_id"], row["other_claim_id"], row["review_id"])] = row
            named = {
                entity_id
                for (entity_id,) in self.db.execute(
                    "SELECT DISTINCT entity_id FROM history WHERE entity = 'claim_matches'"
                )
            }
            kept = 0
            for pair, row in stored.items():
                reverse = (pair[1], pair[0], None)
                turned = pair not in wanted and pair[1] is not None and reverse in wanted
                found = (
                    wanted.pop(reverse if turned else pair) if turned or pair in wanted else None
                )
                if row["state"] != "suggested" or (row["origin"] or "matcher") != "matcher":
                    continue  # an analyst's: never changed
                if found is None:
                    if row["id"] not in named:
                        self.db.execute("DELETE FROM claim_matches WHERE id = ?", [row["id"]])
                    continue
                evidence = found.get("evidence")
                self.db.execute(
                    "UPDATE claim_matches SET score = ?, signals = ?, evidence = ?, matcher = ?, "
                    "kind = ? WHERE id = ?",
                    [
                        found["score"],
                        dumps(found["signals"]),
                        _evidence_text(evidence, turned),
                        by,
                        found.get("kind") or MATCH,
                        row["id"],
                    ],
                )
                kept += 1
            fresh = list(wanted.values())
        return kept + self.save_suggestions(fresh, None, by)

    def rematch_claims(self, claim_ids: list[int]) -> int:
        """Match claims an analyst added or changed again (see `suggest.match_claims`)."""
        return _suggest().match_claims(self, claim_ids)

    def _known_pairs(self, claim_ids: list[int]) -> set[tuple[int, int | None, int | None]]:
        known: set[tuple[int, int | None, int | None]] = set()
        for chunk in chunks(claim_ids):
            marks = ",".join("?" * len(chunk))
            for column in ("claim_id", "other_claim_id"):
                known.update(
                    self.db.execute(
                        "SELECT claim_id, other_claim_id, review_id FROM claim_matches "
                        f"WHERE {column} IN ({marks})",
                        chunk,
                    ).fetchall()
                )
        return known

    def index_article(self, article_id: int, prepared: dict[int, Prepared] | None = None) -> None:
        """Index an article's claims (inside the ingest's transaction); `prepared`, their
        preparation by claim id, when the ingest has it."""
        if prepared is None:
            _suggest().index(self, "claim", self.claims_to_match(article_id))
        else:
            rows = [{"id": claim_id, "article_id": article_id} for claim_id in prepared]
            _suggest().index(self, "claim", rows, list(prepared.values()))

    def remember_signatures(
        self,
        stored: dict[int, tuple[str, str, str, str | None, str, str | None]],
        prepared: list[Prepared],
    ) -> None:
        """Hand matching the signatures of claims just stored (see `suggest.remember`)."""
        self.keep_signature_keys(_suggest().remember(stored, prepared))

    def find_matches(self, article_id: int, prepared: dict[int, Prepared] | None = None) -> int:
        """Suggest matches for every claim of an article (inside the caller's transaction when
        there is one); returns how many were suggested. `prepared`: the claims' preparation
        by claim id, when the caller has it."""
        return _suggest().match_article(self, article_id, prepared)

    def resume_matching(self, prepared: dict[int, dict[int, Prepared]] | None = None) -> list[int]:
        """Index and match the articles an interrupted ingest (or an older matcher) left, and
        those just stored (`prepared`: their claims' preparation, by article and claim id)."""
        return _suggest().resume(self, prepared)

    def _fetch(self, table: str, ids: list[int]) -> list[dict]:
        found: list[dict] = []
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            found += self.db.query(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk)
        return found

    # -- reading and deciding ------------------------------------------------------------------
    def matches(self, claim_id: int, limit: int | None = None) -> list[dict]:
        """Matches of a claim (see `matches_of`), best first; `limit`: only the best ones
        (a card lists a few; a claim may have hundreds)."""
        return self.matches_of([claim_id], rejected=True, limit=limit, numbered=True)[claim_id]

    def match_counts(self, claim_id: int) -> dict[str, int]:
        """How many matches a claim has in each state, without reading them; suggestions the
        model finds unlikely (see `sides.LIKELY`) are counted apart, as "weak", and so are
        the reports of the same fact with another figure not confirmed ("other figure",
        "other figure rejected")."""
        rows = self.db.execute(
            """
            SELECT CASE WHEN kind = :other AND state != 'confirmed' THEN
                     CASE WHEN state = 'rejected' THEN 'other figure rejected'
                     ELSE 'other figure' END
                   WHEN state = 'suggested' AND score < :likely THEN 'weak' ELSE state END,
                   count(*) FROM (
              SELECT state, score, kind FROM claim_matches WHERE claim_id = :claim
              UNION ALL
              SELECT state, score, kind FROM claim_matches WHERE other_claim_id = :claim
            ) WHERE state != 'unlinked' GROUP BY 1""",
            {"claim": claim_id, "likely": LIKELY, "other": OTHER_FIGURE},
        )
        return {state: count for state, count in rows}

    def matches_of(
        self,
        claim_ids: list[int],
        rejected: bool = False,
        limit: int | None = None,
        confirmed_only: bool = False,
        explained: bool = True,
        numbered: bool = False,
    ) -> dict[int, list[dict]]:
        """Matches of many claims, each seen from the claim's side: the other claim's words,
        figures, article, outlet, date and verdict, or the fact-check's rating. Best first (by
        score, then in the order they were found); `limit` caps the rows read;
        `confirmed_only`: those an analyst confirmed (or linked) alone. Suggestions of the
        kind "same fact, other figure" come with them (`kind`; see `sides.is_other_figure`:
        not a match until confirmed). Not `explained`: an explanation left to be said when
        read is not worked out (its `evidence` is empty: the claims table reads whether
        figures disagree, and no matcher is imported for it). `numbered`: with the other
        claim's number in its article (`other_place`), by which the desk names it ("claim 3
        (id 11)"); a report names another article's claim by its id alone, and numbering
        every article its matches name would cost a large export for nothing.

        The matches are read in one query, then what they name in one more each: the other
        claims (with their article and verdict) and the fact-checks, each read and its
        figures decoded once however many matches name it (a report's claims name one
        another tens of times)."""
        found: dict[int, list[dict]] = {claim_id: [] for claim_id in claim_ids}
        if not claim_ids:
            return found
        rows = []
        # in parts, each id named twice: SQLite takes at most 250,000 parameters a statement
        for part in chunks(claim_ids, MANY):
            marks = ",".join("?" * len(part))
            rows += self.db.execute(
                f"""
                SELECT m.id, m.review_id, m.score, m.signals, m.evidence, m.matcher, m.origin,
                       m.state, m.kind, m.decided_by, m.claim_id != side.mine, side.mine,
                       side.theirs
                FROM claim_matches m
                JOIN (SELECT id, claim_id AS mine, other_claim_id AS theirs FROM claim_matches
                      WHERE claim_id IN ({marks})
                      UNION ALL
                      SELECT id, other_claim_id, claim_id FROM claim_matches
                      WHERE other_claim_id IN ({marks})) side ON side.id = m.id
                WHERE m.state != 'unlinked' AND (? OR m.state != 'rejected')
                  AND (NOT ? OR m.state = 'confirmed')
                ORDER BY m.score DESC, m.id LIMIT ?""",
                [*part, *part, rejected, confirmed_only, -1 if limit is None else limit],
            ).fetchall()
        if len(claim_ids) > MANY:  # the parts' rows in the one order, best first
            rows.sort(key=lambda row: (-row[2], row[0]))
            rows = rows if limit is None else rows[:limit]
        others = self._matched_claims(sorted({row[12] for row in rows if row[12] is not None}))
        reviews = self._matched_reviews(sorted({row[1] for row in rows if row[1] is not None}))
        places = (
            self.claim_numbers(sorted({other[10] for other in others.values()})) if numbered else {}
        )
        # as stored: (first claim, other claim, fact-check), each explanation said from the first
        stored = {}
        for row in rows if explained else ():
            if row[4] == UNRENDERED:
                match_id, review_id, (turned, mine, theirs) = row[0], row[1], row[10:]
                other_id = others.get(theirs, _NO_CLAIM)[0]
                stored[match_id] = (other_id, mine, None) if turned else (mine, other_id, review_id)
        said = self._said(list(stored.values()))
        signals = Decoded()
        for row in rows:
            match_id, review_id, score, signals_text, evidence_text = row[:5]
            matcher, origin, state, kind, decided_by, turned, mine, theirs = row[5:]
            other = others.get(theirs, _NO_CLAIM)
            review = reviews.get(review_id, _NO_REVIEW)
            if match_id in stored:
                evidence = said[stored[match_id]]
            else:
                evidence = {} if evidence_text == UNRENDERED else loads(evidence_text) or {}
            found[mine].append(
                {
                    "id": match_id,
                    "review_id": review_id,
                    "score": score,
                    "signals": signals(signals_text) or {},
                    "evidence": flipped(evidence) if turned else evidence,
                    "matcher": matcher,
                    "origin": origin,
                    "state": state,
                    "kind": kind,
                    "decided_by": decided_by,
                    "claim_id": mine,
                    "other_claim_id": other[0],
                    "other_place": places.get(other[0]),
                    "other_text": other[1],
                    "other_numbers": other[2]() or [],
                    "other_language": other[3],
                    "other_label_en": other[4],
                    "other_label_fr": other[5],
                    "other_article": other[6],
                    "other_outlet": other[7],
                    "other_published": other[8],
                    "other_checked_at": other[9],
                    "claim_reviewed": review[0],
                    "alternate_name": review[1],
                    "rating_value": review[2],
                    "author_name": review[3],
                    "review_date": review[4],
                    "review_url": review[5],
                }
            )
        return found

    def listed_matches(
        self,
        *,
        article_id: int | None = None,
        state: str | None = None,
        min_score: float | None = None,
        sort: str = "found",
        limit: int | None = None,
    ) -> Iterator[dict]:
        """Every suggestion and match of the store (what was seen before across the desk),
        of either kind, those of one article's claims or in one state or from a score on
        alone: `sort` "found" (the order the matcher found them, article after article) or
        "score" (best first). Each with its claims as they are now: id, article, number in
        the article (`NUMBERED`), words, figures, language; a fact-check's record in place
        of the other claim. With `article_id`, that article's claim comes first. Links
        taken back ("unlinked") are left out.

        Read in parts of `LISTED`, each part's claims in one query and their numbers once
        an article: an article's matches come from its claims through the indexes, and no
        claim is read that no listed match names."""
        where = ["m.state != 'unlinked'"]
        params: list = []
        if article_id is not None:
            where.append(
                "m.id IN (SELECT m2.id FROM claims c JOIN claim_matches m2 ON m2.claim_id = "
                "c.id WHERE c.article_id = ? UNION ALL SELECT m2.id FROM claims c JOIN "
                "claim_matches m2 ON m2.other_claim_id = c.id WHERE c.article_id = ?)"
            )
            params += [article_id, article_id]
        if state is not None:
            if state not in MATCH_STATES:
                raise InvalidInput(f"a match's state is one of {', '.join(MATCH_STATES)}")
            where.append("m.state = ?")
            params.append(state)
        if min_score is not None:
            where.append("m.score >= ?")
            params.append(min_score)
        order = "m.score DESC, m.id" if sort == "score" else "m.id"
        cursor = self.db.execute(
            "SELECT m.id, m.claim_id, m.other_claim_id, m.review_id, m.score, m.signals, "
            "m.state, m.kind, m.origin, m.decided_by FROM claim_matches m "
            f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?",
            [*params, -1 if limit is None else limit],
        )
        numbers: dict[int, int] = {}
        numbered: set[int] = set()
        while part := cursor.fetchmany(LISTED):
            claims = self._listed_claims(
                sorted({i for row in part for i in row[1:3] if i is not None}), numbers, numbered
            )
            reviews = self._matched_reviews(sorted({row[3] for row in part if row[3]}))
            for match_id, first, second, review_id, score, signals, *rest in part:
                if article_id is not None and claims.get(first, {}).get("article_id") != (
                    article_id
                ):
                    first, second = second, first
                review = reviews.get(review_id) if review_id is not None else None
                yield {
                    "id": match_id,
                    "score": score,
                    "signals": loads(signals) or {},
                    **dict(zip(("state", "kind", "origin", "decided_by"), rest, strict=True)),
                    "claim": claims.get(first),
                    "other": claims.get(second) if second is not None else None,
                    "review": None
                    if review is None
                    else dict(zip(_REVIEW_FIELDS, (review_id, *review), strict=True)),
                }

    def _listed_claims(
        self, claim_ids: list[int], numbers: dict[int, int], numbered: set[int]
    ) -> dict[int, dict]:
        """These claims as a listing of matches names them (see `listed_matches`), their
        numbers in their articles read once an article (into `numbers`; the articles read
        so far in `numbered`)."""
        found: dict[int, dict] = {}
        for chunk in chunks(claim_ids):
            for row in self.db.query(
                "SELECT c.id, c.article_id, c.text, c.numbers, c.status, a.language, "
                "a.title, a.published FROM claims c JOIN articles a ON a.id = c.article_id "
                f"WHERE c.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[row["id"]] = decode_claim(row)
        unnumbered = sorted({c["article_id"] for c in found.values()} - numbered)
        if unnumbered:
            numbers.update(self.claim_numbers(unnumbered))
            numbered.update(unnumbered)
        for claim in found.values():
            claim["number"] = numbers.get(claim["id"])
        return found

    def _matched_claims(self, claim_ids: list[int]) -> dict[int, tuple]:
        """What a match says of its other claim, by claim id: (id, text, figures (a function
        giving each caller its own decoded copy), article language, verdict labels, article
        title, outlet and day, the day of the current verdict, article id)."""
        figures = Decoded()
        found = {}
        for chunk in chunks(claim_ids):
            for row in self.db.execute(
                "SELECT o.id, o.text, o.numbers, a.language, l.label_en, l.label_fr, a.title, "
                "a.outlet, a.published, (SELECT substr(v.decided_at, 1, 10) FROM verdicts v "
                "WHERE v.claim_id = o.id AND v.retracted_at IS NULL ORDER BY v.id DESC LIMIT 1), "
                "o.article_id "
                "FROM claims o LEFT JOIN verdict_labels l ON l.key = o.verdict "
                f"LEFT JOIN articles a ON a.id = o.article_id WHERE o.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                numbers = row[2]
                found[row[0]] = (row[0], row[1], partial(figures, numbers), *row[3:])
        return found

    def _matched_reviews(self, review_ids: list[int]) -> dict[int, tuple]:
        """What a match says of its fact-check, by review id: (claim reviewed, rating's name,
        rating, author, day, address)."""
        found = {}
        for chunk in chunks(review_ids):
            for row in self.db.execute(
                "SELECT id, claim_reviewed, alternate_name, rating_value, author_name, "
                f"date_published, url FROM reviews WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                found[row[0]] = row[1:]
        return found

    def _said(self, pairs: list[tuple[int, int | None, int | None]]) -> dict[tuple, dict]:
        """The explanations of suggestions left to be said when read (see `sides.UNRENDERED`),
        by their stored pair; nothing is imported or read when there are none."""
        return _suggest().explained(self, pairs) if pairs else {}

    def _explained_rows(self, rows: list[dict]) -> list[dict]:
        """Rows of `claim_matches` as they are exported: each explanation said (JSON), so that
        a dump reads the same in any workbench."""
        pairs = [
            (row["claim_id"], row["other_claim_id"], row["review_id"])
            for row in rows
            if row.get("evidence") == UNRENDERED
        ]
        said = self._said(pairs)
        return [
            {
                **row,
                "evidence": dumps(said[(row["claim_id"], row["other_claim_id"], row["review_id"])]),
            }
            if row.get("evidence") == UNRENDERED
            else row
            for row in rows
        ]

    def _keep_explanations(self, where: str, values: list) -> None:
        """Work out and store the explanations the matches `where` selects left to be said
        when read (inside the caller's transaction): before an analyst decides one, or a
        claim of theirs is dated again, so that it keeps saying what the matcher compared."""
        rows = self.db.execute(
            "SELECT id, claim_id, other_claim_id, review_id FROM claim_matches "
            f"WHERE evidence = ? AND ({where})",
            [UNRENDERED, *values],
        ).fetchall()
        said = self._said([(claim_id, other, review) for _, claim_id, other, review in rows])
        for match_id, *pair in rows:
            self.db.execute(
                "UPDATE claim_matches SET evidence = ? WHERE id = ?",
                [dumps(said[tuple(pair)]), match_id],
            )

    def decide_match(self, match_id: int, state: str, *, claim_id: int | None = None) -> str:
        """Confirm or reject a match; logged in the history of both claims of the pair, each
        row naming the other claim, and taken back by one undo from either (see
        `_log_decision`). `claim_id` is the side the analyst decided from, else the match's
        first claim. A report of the same fact with another figure is decided the same way:
        confirmed, the two claims are linked (a confirmed match: their figures are compared,
        the disagreement flagged); rejected, it is dismissed (see `decision_action`). Returns
        the suggestion's kind."""
        if state not in ("confirmed", "rejected"):
            raise InvalidInput("a match is confirmed or rejected")
        with write(self.db):
            since = self._last_history_id()
            match = self._decide(match_id, state, claim_id)
            side, other = _sides(match, claim_id)
            self._close_group(
                since,
                f"{_DECISION_NOUNS[decision_action(match.get('kind'), state)]} of match "
                f"{match_id} of claim {side} with claim {other}",
                article_id=self.claim_row(side)["article_id"],
            )
        return str(match.get("kind") or MATCH)

    def _decide(self, match_id: int, state: str, claim_id: int | None) -> dict:
        """Set a match's state and log it (inside the caller's transaction); returns the
        match as it was."""
        rows = list(self.db.query("SELECT * FROM claim_matches WHERE id = ?", [match_id]))
        if not rows:
            raise NotFound(f"no match {match_id}")
        match = rows[0]
        self._keep_explanations("id = ?", [match_id])
        self.db.table("claim_matches").update(
            match_id, {"state": state, "decided_by": self.analyst, "decided_at": self.clock()}
        )
        side, other = _sides(match, claim_id)
        self._log_decision(
            decision_action(match.get("kind"), state),
            match_id,
            (side, other),
            match["review_id"],
            match["state"],
            state,
        )
        return match

    def _log_decision(
        self,
        action: str,
        match_id: int,
        pair: tuple[int, int | None],
        review_id: int | None,
        before: str,
        state: str,
    ) -> None:
        """A decision on a pair, logged in the history of the claim it was taken from and
        then of the other claim, each row naming the other one (`other_claim_id`): the other
        claim's history said nothing of it, and a decision taken from the match's second
        claim named that claim itself. Written in one transaction with a closing group row
        by the caller, so one undo, from either claim, takes back both."""
        first, second = pair
        for mine, other in ((first, second), (second, first)):
            if mine is None:
                continue  # an imported fact-check has no history
            self._log(
                action,
                claim_id=mine,
                article_id=self.claim_row(mine)["article_id"],
                entity="claim_matches",
                entity_id=match_id,
                before={"state": before},
                after={"state": state, "other_claim_id": other, "review_id": review_id},
            )

    def link_claims(self, claim_id: int, other_claim_id: int) -> int:
        """The analyst's finding that two claims state the same fact (a pair the matcher
        missed): a confirmed match made by hand (`origin` "analyst"), logged in `claim_id`'s
        history as this analyst's and undoable; the matcher never changes it (a pair already
        known is never suggested again). A pair already suggested or rejected is confirmed;
        one already confirmed is refused. Logged in both claims' histories, as a decision is
        (`_log_decision`). Returns the match's id."""
        if claim_id == other_claim_id:
            raise InvalidInput("a claim cannot be linked to itself")
        with write(self.db):
            since = self._last_history_id()
            claim = self.claim_row(claim_id)
            self.claim_row(other_claim_id)  # NotFound when there is no such claim
            rows = list(
                self.db.query(
                    "SELECT * FROM claim_matches WHERE (claim_id = :a AND other_claim_id = :b) "
                    "OR (claim_id = :b AND other_claim_id = :a) ORDER BY id LIMIT 1",
                    {"a": claim_id, "b": other_claim_id},
                )
            )
            if rows and rows[0]["state"] == "confirmed":
                raise InvalidInput(
                    f"claims {claim_id} and {other_claim_id} are already linked (match "
                    f"{rows[0]['id']})"
                )
            stamp = self.clock()
            decided = {"state": "confirmed", "decided_by": self.analyst, "decided_at": stamp}
            if rows:
                match_id = rows[0]["id"]
                before = rows[0]["state"]
                self._keep_explanations("id = ?", [match_id])
                self.db.table("claim_matches").update(match_id, decided)
            else:
                before = "unlinked"
                match_id = self._insert(
                    "claim_matches",
                    {
                        "claim_id": claim_id,
                        "other_claim_id": other_claim_id,
                        "score": 1.0,
                        "signals": dumps({}),
                        "evidence": dumps({}),
                        "origin": "analyst",
                        "created_at": stamp,
                        **decided,
                    },
                )
            self._log_decision(
                "match.linked", match_id, (claim_id, other_claim_id), None, before, "confirmed"
            )
            self._close_group(
                since,
                f"link of claim {claim_id} with claim {other_claim_id} (match {match_id})",
                article_id=claim["article_id"],
            )
        return match_id

    def seen_before(self, article_id: int) -> dict[int, str]:
        """Which of an article's claims were seen before, in one query for the whole article
        (not one per row): "confirmed" when a match was confirmed, else "suggested" when one
        suggestion is likely, else "weak" (see `sides.LIKELY`). Claims whose only matches
        were rejected, and claims without any, are left out; so are reports of the same fact
        with another figure not confirmed (not matches)."""
        rows = self.db.execute(
            """
            SELECT mine, max(state = 'confirmed'), max(score >= :likely) FROM (
              SELECT m.claim_id AS mine, m.state, m.score, m.kind FROM claims c
                JOIN claim_matches m ON m.claim_id = c.id WHERE c.article_id = :article
              UNION ALL
              SELECT m.other_claim_id, m.state, m.score, m.kind FROM claims c
                JOIN claim_matches m ON m.other_claim_id = c.id WHERE c.article_id = :article
            ) WHERE state NOT IN ('rejected', 'unlinked')
              AND (kind != :other OR state = 'confirmed') GROUP BY mine""",
            {"article": article_id, "likely": LIKELY, "other": OTHER_FIGURE},
        )
        return {
            mine: "confirmed" if confirmed else "suggested" if likely else "weak"
            for mine, confirmed, likely in rows
        }

    def confirm_match(
        self, match_id: int, claim_id: int, *, reuse: bool = False, replace: bool = False
    ) -> dict:
        """Confirm a match seen from `claim_id`'s side; with `reuse`, the earlier claim's
        current verdict (label and rationale) and its sources (stance, excerpt, note) become
        this claim's too. One transaction, each part logged in history, taken back by one undo
        (a check-flow save is one step too). Returns what was reused: {"verdict": label or
        None, "sources": count}.

        Nothing is reused between claims whose figures disagree (a verdict on "14 dead", and
        a source supporting it, say nothing true of "12 dead"), and a verdict the claim has is
        replaced by another only with `replace` (the analyst asked): both refused with why,
        nothing written."""
        reused: dict = {"verdict": None, "sources": 0}
        with write(self.db):
            since = self._last_history_id()
            rows = list(self.db.query("SELECT * FROM claim_matches WHERE id = ?", [match_id]))
            if not rows or claim_id not in (rows[0]["claim_id"], rows[0]["other_claim_id"]):
                raise NotFound(f"no match {match_id} for claim {claim_id}")
            match = self._decide(match_id, "confirmed", claim_id)
            other = _sides(match, claim_id)[1]
            if reuse and other is not None:
                self._reuse(claim_id, other, reused, replace=replace)
            what = (
                f"confirmation of match {match_id} on claim {claim_id} with the verdict and "
                f"sources of claim {other}"
                if reused["verdict"] or reused["sources"]
                else f"{_DECISION_NOUNS[decision_action(match.get('kind'), 'confirmed')]} of "
                f"match {match_id} of claim {claim_id} with claim {other}"
            )
            self._close_group(since, what, article_id=self.claim_row(claim_id)["article_id"])
        return reused

    def _reuse(self, claim_id: int, other: int, reused: dict, *, replace: bool) -> None:
        """Give `claim_id` the verdict and sources of claim `other` (see `confirm_match`),
        each logged as reused from it; counts what was reused in `reused`."""
        apart = self.figures_apart(claim_id, other)
        if apart:
            raise InvalidInput(
                f"claim {claim_id} gives {apart[0]['figure']} where claim {other} gives "
                f"{apart[0]['other_figure']} ({apart[0]['quantity']}): its verdict and "
                "sources are not reused; confirm the match alone and check this claim "
                "on its own"
            )
        stances = self.stances_apart(claim_id, other)
        if stances:
            raise InvalidInput(
                f"claim {claim_id} {stances[0]} where claim {other} {stances[1]}: its verdict "
                "and sources are not reused; confirm the match alone and check this claim on "
                "its own"
            )
        earlier = self.current_verdict(other)
        if earlier and not has_rationale(earlier["rationale"]):
            raise InvalidInput(
                f"claim {other}'s verdict {earlier['label']} has no rationale: not reused; "
                f"give it one first (workbench verdict set {other} {earlier['label']} -r ...)"
            )
        mine = self.current_verdict(claim_id)
        if earlier and mine and mine["label"] != earlier["label"] and not replace:
            raise InvalidInput(
                f"claim {claim_id} already has the verdict {mine['label']}; claim "
                f"{other}'s {earlier['label']} would replace it: not reused"
            )
        if earlier and (
            not mine
            or (mine["label"], mine["rationale"]) != (earlier["label"], earlier["rationale"])
        ):
            self.set_verdict(claim_id, earlier["label"], earlier["rationale"], reused_from=other)
            reused["verdict"] = earlier["label"]
        linked = {
            row[0]
            for row in self.db.execute(
                "SELECT source_id FROM claim_sources WHERE claim_id = ? AND retracted_at IS NULL",
                [claim_id],
            )
        }
        for link in self.db.query(
            "SELECT source_id, stance, excerpt, note FROM claim_sources WHERE claim_id = ? "
            "AND retracted_at IS NULL ORDER BY id",
            [other],
        ):
            if link["source_id"] in linked:
                continue
            self.link_source(
                claim_id,
                link["source_id"],
                link["stance"],
                excerpt=link["excerpt"],
                note=link["note"],
                reused_from=other,
            )
            reused["sources"] += 1

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
            _suggest().index(self, "review", rows)
        _suggest().match_reviews(self, rows)
        return added

    def index_claims(self, claim_ids: list[int]) -> None:
        """Refresh the keys of claims an analyst added or edited."""
        _suggest().index(self, "claim", self.claims_by_id(claim_ids))


class DisagreementsMixin(StoreBase):
    """Figures that disagree with a claim's, found in its article, its sources and its
    matches."""

    def _language_of(self, claim: dict) -> str | None:
        """The language of the article a claim was read in."""
        return self.article_language(claim["article_id"])

    def article_language(self, article_id: int) -> str | None:
        """The language an article was read in (its row without its text)."""
        row = self.db.execute("SELECT language FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def figures_apart(self, claim_id: int, other_id: int) -> list[dict]:
        """The figures of `claim_id` that claim `other_id` gives otherwise (the same reading
        as the card's flags for a matched claim, in either language)."""
        from workbench.matching.disagreement import disagreements, figures_of

        sides = []
        for cid in (claim_id, other_id):
            claim = decode_claim(self.claim_row(cid))
            language = self._language_of(claim)
            sides.append(
                figures_of(claim["numbers"] or [], claim["text"], f"claim {cid}", language or "fr")
            )
        return [
            {"figure": a.text, "other_figure": b.text, "quantity": a.label or a.quantity}
            for a, b in disagreements(sides[0], sides[1])
        ]

    def stances_apart(self, claim_id: int, other_id: int) -> tuple[str, str] | None:
        """How the two claims' stances differ, said of each ("asks for it (“called for”)",
        "states it"), or None when they take one stance (see `matching.stance`): a verdict
        on what was asked for, refused or denied says nothing true of the fact stated."""
        from workbench.matching.stance import stance_words

        said = []
        for cid in (claim_id, other_id):
            claim = decode_claim(self.claim_row(cid))
            words = stance_words(claim["text"], self._language_of(claim) or "fr")
            said.append({name: found for name, found in words.items() if found})
        if said[0].keys() == said[1].keys():
            return None
        return _stance_said(said[0]), _stance_said(said[1])

    def disagreements(self, claim_id: int) -> list[dict]:
        """The claim's figures that its article, its sources' excerpts or its matched claims
        give otherwise (the same reading as the report's), read from the article's stored
        figures of the claim's quantities only: fast in an article of any size."""
        from workbench.matching.disagreement import (
            Figure,
            claim_flags,
            fate_of,
            news_day,
            scope_of,
        )
        from workbench.matching.signature import fact_dates

        claim = decode_claim(self.claim_row(claim_id))
        language = self._language_of(claim) or "fr"
        day = news_day(self.article_heading(claim["article_id"]))
        scopes: dict[int, frozenset[str]] = {}

        def stored_figure(row: dict) -> Figure:
            """A stored figure with what befell what it counts and, for a toll, what else its
            claim says of the fact, read from its claim's words as the report reads them
            (without them, "dix morts" never met "huit morts" of the same article, and 86
            residents housed met 63 unhurt)."""
            numbers = loads(row["claim_numbers"]) or []
            written = [str(number.get("text") or "") for number in numbers]
            fate = fate_of(row["quantity"], row["claim_text"], row["text"], written)
            if fate and row["claim_id"] not in scopes:
                scopes[row["claim_id"]] = scope_of(row["claim_text"], numbers, language)
            return Figure(
                row["text"],
                row["value"],
                row["quantity"],
                bool(row["approximate"]),
                f"claim {row['claim_id']}",
                row["label"],
                fate=fate,
                scope=scopes[row["claim_id"]] if fate else frozenset(),
                dates=fact_dates(loads(row["claim_dates"])),
                day=day,
            )

        figures = [
            stored_figure(row)
            for row in self.db.query(
                "SELECT f.quantity, f.value, f.approximate, f.claim_id, f.text, f.label, "
                "c.text AS claim_text, c.numbers AS claim_numbers, c.dates AS claim_dates "
                "FROM claim_figures f "
                "JOIN claims c ON c.id = f.claim_id "
                "WHERE f.article_id = ? AND f.claim_id != ? AND f.quantity IN "
                "(SELECT quantity FROM claim_figures WHERE claim_id = ?) "
                "ORDER BY f.claim_id LIMIT 2000",
                [claim["article_id"], claim_id, claim_id],
            )
        ]
        claim["sources"] = list(
            self.db.query(
                "SELECT s.title, s.url, l.excerpt FROM claim_sources l JOIN sources s "
                "ON s.id = l.source_id WHERE l.claim_id = ? AND l.retracted_at IS NULL",
                [claim_id],
            )
        )
        claim["matches"] = self.matches_of([claim_id], numbered=True)[claim_id]
        return claim_flags(claim, language, figures, day)


_NO_CLAIM: tuple = (None, None, lambda: None, *(None,) * 8)
"""What a match says of an other claim it has not (a fact-check's match, or a claim gone)."""
_NO_REVIEW: tuple = (None,) * 6


def _sides(match: dict, claim_id: int | None) -> tuple[int, int | None]:
    """The claim a decision on `match` was taken from (`claim_id` when it is one of the
    pair, else the match's first claim) and the other claim of the pair (None: a
    fact-check)."""
    if claim_id is not None and claim_id == match["other_claim_id"]:
        return claim_id, match["claim_id"]
    return match["claim_id"], match["other_claim_id"]


_DECISION_NOUNS = {
    "match.confirmed": "confirmation",
    "match.rejected": "rejection",
    "other_figure.confirmed": "confirmation",
    "other_figure.dismissed": "dismissal",
}
"""A decision as undo and redo name it ("undone: rejection of match 4 of claim 2 with claim
9")."""


def decision_action(kind: str | None, state: str) -> str:
    """The history's action for a decision on a suggestion: "match.confirmed",
    "match.rejected", or, on a report of the same fact with another figure,
    "other_figure.confirmed" (the pair linked) and "other_figure.dismissed"."""
    if kind == OTHER_FIGURE:
        return "other_figure.confirmed" if state == "confirmed" else "other_figure.dismissed"
    return f"match.{state}"


@contextmanager
def _in_transaction(db: Database) -> Iterator[None]:
    """Join the caller's transaction (an ingest), else take one of our own."""
    if db.conn.in_transaction:
        yield
    else:
        with write(db):
            yield


def _keys_text(keys: list[str]) -> str:
    """A claim's keys as its row of `match_keys_rest` holds them."""
    return json.dumps(keys, ensure_ascii=False)


def _evidence_text(evidence: dict | str | None, turned: bool = False) -> str:
    """A suggestion's explanation as stored: JSON, said from its first claim (`turned`: it was
    worked out from the other's side), or left to be said when read (`sides.UNRENDERED`)."""
    if evidence == UNRENDERED:
        return UNRENDERED
    found = evidence if isinstance(evidence, dict) else {}
    return str(dumps(flipped(found) if turned else found))


_STANCE_SAID = {"not": "denies or refuses it", "asked": "asks for it"}


def _stance_said(words: dict[str, tuple[str, ...]]) -> str:
    """A claim's stance in words, with the words that give it: "asks for it (“called for”)";
    `words`: the stances it takes, each with its words (none: it states its fact)."""
    if not words:
        return "states it"
    return " and ".join(
        f"{_STANCE_SAID[name]} (“{', '.join(words[name])}”)" for name in sorted(words)
    )
