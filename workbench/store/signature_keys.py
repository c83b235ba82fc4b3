"""Under which key matching remembered each stored claim's signature, kept by the connection.

Matching compares a new article's claims with a few hundred stored claims and remembers each
one's signature under a key made of what it is computed from (`suggest.claim_signature`):
finding that key meant reading every candidate's row again, about a tenth of the writer's
time. The key a claim was last read or stored with is kept here, by claim id, while the claim
is certainly unchanged. Forgotten whole when another connection committed (SQLite's
`data_version` moved) or a write of this connection was rolled back; claim by claim when this
connection inserts, changes or deletes a claim's row (temporary triggers, which fire for this
connection's writes only: whatever code path makes them), and whole when it changes an
article's language or day (a claim's signature reads them)."""

from __future__ import annotations

import sqlite3
from collections.abc import Hashable, Mapping

_TRIGGERS = {
    "workbench_keys_claim_added": "AFTER INSERT ON main.claims "
    "BEGIN SELECT workbench_claim_changed(new.id); END",
    "workbench_keys_claim_changed": "AFTER UPDATE OF id, article_id, text, numbers, dates, "
    "speaker ON main.claims BEGIN SELECT workbench_claim_changed(old.id), "
    "workbench_claim_changed(new.id); END",
    "workbench_keys_claim_removed": "AFTER DELETE ON main.claims "
    "BEGIN SELECT workbench_claim_changed(old.id); END",
    "workbench_keys_article_changed": "AFTER UPDATE OF id, language, published, "
    "published_assumed ON main.articles BEGIN SELECT workbench_claims_changed(); END",
    "workbench_keys_article_removed": "AFTER DELETE ON main.articles "
    "BEGIN SELECT workbench_claims_changed(); END",
}


class SignatureKeys:
    def __init__(self) -> None:
        self.version: int | None = None
        self.keys: dict[int, Hashable] = {}
        self.watching = False
        """Whether this connection's triggers are in place (created in a transaction that
        was rolled back, they are gone: see `forget`)."""

    def valid(self, conn: sqlite3.Connection) -> None:
        """Forget everything if another connection committed since the last look; watch this
        connection's own changes to claims from now on."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self.version:
            self.keys.clear()
            self.version = version
        if not self.watching:
            conn.create_function("workbench_claim_changed", 1, self._changed)
            conn.create_function("workbench_claims_changed", 0, self._all_changed)
            for name, body in _TRIGGERS.items():
                conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {name} {body}")
            self.watching = True

    def forget(self) -> None:
        """After a rollback: what was kept may name claims rolled back, and the triggers may
        have been created in the transaction undone."""
        self.keys.clear()
        self.watching = False

    def get(self, conn: sqlite3.Connection, claim_ids: list[int]) -> dict[int, Hashable]:
        self.valid(conn)
        keys = self.keys
        return {claim_id: keys[claim_id] for claim_id in claim_ids if claim_id in keys}

    def keep(self, conn: sqlite3.Connection, keys: Mapping[int, Hashable]) -> None:
        self.valid(conn)
        self.keys.update(keys)

    def _changed(self, claim_id: int | None) -> None:
        if claim_id is not None:
            self.keys.pop(claim_id, None)

    def _all_changed(self) -> None:
        self.keys.clear()
