"""Who holds each index key, remembered by the connection that writes the keys.

An ingest looks up every distinct key of every article it stores: read from the index each
time, those lookups were a fifth of the writer's time. The same keys come back article after
article (the same names, figures, months and senses), and during an ingest the one writer is
the only one adding keys, so it can keep what it read and add what it writes.

The holders of a key are kept as numbers in compact arrays (ids, and their articles beside
them), not as a Python object each: ranking an article's candidates reads some ten thousand
holders, and reading them as tuples scattered over a large heap was most of its time.

What is kept is forgotten whole when it could be stale: when another connection committed
(SQLite's `data_version` moved), when this connection removed keys (an edited claim is
indexed again), when one of its writes was rolled back, or when it grew past its bound.
A key held by more than `CAP` owners is not kept (it is read from the index, which stops
early); so the answer is the index's own, only cheaper."""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left, bisect_right

import numpy as np

CAP = 400
"""Most holders kept for one key: past it the key is read from the index each time (such a
key is common for every article, and the index read stops early)."""
BOUND = 2_000_000
"""Most holders kept in all, about 200 MB at worst; past it everything is forgotten."""

_UNKNOWN = (array("q"), array("q"))
"""What `over` reads for a key not kept: no holders known."""

Holders = tuple[np.ndarray, np.ndarray]
"""A key's holders outside an article: the ids of the claims and the ids of the imported
fact-checks (reviews) that hold it, as int64 arrays."""


class KeyHolderCache:
    def __init__(self) -> None:
        self.version: int | None = None
        self.keys: dict[str, tuple[array, array] | None] = {}
        """Every holder of a key as its owner's id and, in a parallel array, its article's id
        (-1 for a review: reviews come first), ordered by article, owner, id; None past CAP
        holders."""
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

    def holders(self, conn: sqlite3.Connection, key: str, article_id: int | None) -> Holders | None:
        """The holders of `key` outside article `article_id` (all of them for None), or None
        when the key has more than CAP holders in all (the index is to be asked)."""
        entry = self.keys[key] if key in self.keys else self._read(conn, key)
        if entry is None:
            return None
        ids, articles = entry
        reviews = bisect_right(articles, -1)
        if article_id is None or article_id < 0:
            low = high = len(articles)
        else:
            low = bisect_left(articles, article_id, reviews)
            high = bisect_right(articles, article_id, low)
        # a copy: a view of the kept array would pin its buffer, and `added` could not grow it
        held = np.array(ids, np.int64)
        if high == len(articles):  # the article's own holders last, or none: most often
            return held[reviews:low], held[:reviews]
        return np.concatenate((held[reviews:low], held[high:])), held[:reviews]

    def over(self, key: str, count: int) -> bool:
        """Whether `key` is known to be held by more than `count` owners (at most CAP): its
        holders are kept and more, or it was found to have more than CAP."""
        entry = self.keys.get(key, _UNKNOWN)
        return entry is None or len(entry[0]) > count

    def held_by_more(self, conn: sqlite3.Connection, key: str, count: int) -> bool:
        """Whether `key` is known to be held by more than `count` owners, reading its holders
        from the index when they are not kept (see `over`). What is kept counts holders
        that are all there (forgotten whenever one may have gone), so it is never more than
        the key's holders: a key marked common may have more, in `match_keys_rest`."""
        entry = self.keys[key] if key in self.keys else self._read(conn, key)
        if entry is None:  # more than CAP
            return count <= CAP
        return len(entry[0]) > count

    def _read(self, conn: sqlite3.Connection, key: str) -> tuple[array, array] | None:
        rows = conn.execute(
            "SELECT owner_id, coalesce(article_id, -1) FROM match_keys WHERE key = ? "
            "ORDER BY article_id, owner, owner_id LIMIT ?",  # NULL (a review) first
            [key, CAP + 1],
        ).fetchall()
        entry = None
        if len(rows) <= CAP:
            entry = (array("q", [r[0] for r in rows]), array("q", [r[1] for r in rows]))
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
            ids, articles = entry
            if owner != "claim" or article_id is None:
                del self.keys[key]  # a review comes before every claim: read again
                continue
            if articles and (articles[-1], ids[-1]) >= (article_id, owner_id):
                del self.keys[key]
                continue
            ids.append(owner_id)
            articles.append(article_id)
            self.size += 1
            if len(ids) > CAP:
                self.keys[key] = None
