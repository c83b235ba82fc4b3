"""Who holds each index key, remembered by the connection that writes the keys.

An ingest looks up every distinct key of every article it stores: read from the index each
time, those lookups were a fifth of the writer's time. The same keys come back article after
article (the same names, figures, months and senses), and during an ingest the one writer is
the only one adding keys, so it can keep what it read and add what it writes.

What is kept is forgotten whole when it could be stale: when another connection committed
(SQLite's `data_version` moved), when this connection removed keys (an edited claim is
indexed again), when one of its writes was rolled back, or when it grew past its bound.
A key held by more than `CAP` owners is not kept (it is read from the index, which stops
early); so the answer is the index's own, only cheaper."""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right

CAP = 400
"""Most holders kept for one key: past it the key is read from the index each time (such a
key is common for every article, and the index read stops early)."""
BOUND = 2_000_000
"""Most holders kept in all, about 200 MB at worst; past it everything is forgotten."""


class KeyHolderCache:
    def __init__(self) -> None:
        self.version: int | None = None
        self.keys: dict[str, tuple[list[tuple[str, int]], list[int]] | None] = {}
        """Every holder of a key as (owner, owner_id) and, in a parallel list, its article's
        id (-1 for a review), ordered by article, owner, id; None past CAP holders."""
        self.size = 0

    def valid(self, conn: sqlite3.Connection) -> None:
        """Forget everything if another connection committed since the last look."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.forget()
            self.version = version

    def forget(self) -> None:
        self.keys.clear()
        self.size = 0

    def holders(
        self, conn: sqlite3.Connection, key: str, article_id: int | None
    ) -> list[tuple[str, int]] | None:
        """The holders of `key` outside article `article_id` (all of them for None), or None
        when the key has more than CAP holders in all (the index is to be asked)."""
        entry = self.keys[key] if key in self.keys else self._read(conn, key)
        if entry is None:
            return None
        refs, articles = entry
        if article_id is None:
            return refs[:]
        low = bisect_left(articles, article_id)
        high = bisect_right(articles, article_id, low)
        return refs[:low] + refs[high:]

    def _read(
        self, conn: sqlite3.Connection, key: str
    ) -> tuple[list[tuple[str, int]], list[int]] | None:
        rows = conn.execute(
            "SELECT owner, owner_id, coalesce(article_id, -1) FROM match_keys WHERE key = ? "
            "ORDER BY article_id, owner, owner_id LIMIT ?",  # NULL (a review) first
            [key, CAP + 1],
        ).fetchall()
        entry = None
        if len(rows) <= CAP:
            entry = ([(owner, owner_id) for owner, owner_id, _ in rows], [r[2] for r in rows])
        self.keys[key] = entry
        self.size += len(rows) if entry is not None else 1
        if self.size > BOUND:
            self.forget()
        return entry

    def added(self, rows: list[tuple[str, int, int | None, str]]) -> None:
        """Keys this connection has just written: (owner, owner_id, article_id, key). They
        come in order (a new article's claims, in order of their ids, after every article
        stored); a key whose holders they would put out of order is read again instead."""
        for owner, owner_id, article_id, key in rows:
            entry = self.keys.get(key)
            if entry is None:
                continue  # not read yet (the index will say), or already more than CAP
            refs, articles = entry
            at = -1 if article_id is None else article_id
            if refs and (articles[-1], refs[-1]) >= (at, (owner, owner_id)):
                del self.keys[key]
                continue
            refs.append((owner, owner_id))
            articles.append(at)
            self.size += 1
            if len(refs) > CAP:
                self.keys[key] = None
