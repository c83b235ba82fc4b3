"""Keys so common that the rows of their later holders stay out of the key index.

Retrieval reads a key's holders outside an article only up to the first past `keys.COMMON`
(150): a key held by more is skipped. Most key rows of a large store are of such keys (at
10,000 claims, 69% of the rows are of keys held by more than 150 claims), and every one of
them was written into the (key, article_id, owner, owner_id) index, whose pages an article's
keys scatter over: inserting them and writing those pages at the commit was most of what
storing an article's keys cost. So once the writer knows a key to be held by more than
`SATURATED` claims (its kept holders count them, `key_cache`), the key is marked
(`common_keys`), and a claim indexed afterwards keeps its marked keys in one row of
`match_keys_rest` (its id, article and keys as a JSON list: appended, no key index).

The answers stay the index's own, whatever happened since (a giant article, claims edited or
indexed again, another process writing):
- every row of a key not marked is in `match_keys` (a key is marked before any of its rows
  goes to the rest, and unmarked only once they are all back);
- a marked key held in `match_keys` alone by more than the limit outside an article is held
  by more than the limit outside it: skipped, as the full index would have it skipped;
- otherwise (an article holding most of the key's indexed rows: a giant one; or rows indexed
  again elsewhere since) the key's rest rows are moved back into `match_keys` and its mark
  dropped (`MatchesMixin._unmark`, a scan of the rest: rare), and the index answers.
A claim indexed again keeps in `match_keys` the marked keys it had there, so indexing every
article again (a new keys version) does not empty the index of a marked key."""

from __future__ import annotations

import sqlite3

SATURATED = 300
"""Holders (counted by the writer's kept holders, at most `key_cache.CAP`) past which a key is
marked. Above `keys.COMMON` with a margin: an article must hold more than SATURATED - COMMON
of a key's indexed rows before the key is unmarked to answer it."""


class CommonKeys:
    """The marked keys, as this connection last read them: read again whole when another
    connection has committed (SQLite's `data_version`) or a write of this one was rolled back
    (what it marked or unmarked is undone)."""

    def __init__(self) -> None:
        self.version: int | None = None
        self.keys: set[str] | None = None

    def marked(self, conn: sqlite3.Connection) -> set[str]:
        """The marked keys; the set is this connection's to add to and remove from as it marks
        and unmarks keys in the database, in the same transaction."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version or self.keys is None:
            self.keys = {key for (key,) in conn.execute("SELECT key FROM common_keys")}
            self.version = version
        return self.keys

    def forget(self) -> None:
        self.keys = None
