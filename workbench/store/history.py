"""The append-only history of every change, and its replay (undo and redo: `undo.py`)."""

from __future__ import annotations

from typing import Any

from workbench.store.base import StoreBase
from workbench.store.records import loads

_BUCKETS = {
    "claim_sources": "sources",
    "verdicts": "verdicts",
    "claim_dates": "dates",
    "notes": "notes",
    "verdict_reviews": "reviews",
}
"""Evidence tables, and the key each takes in a replayed claim."""


class HistoryMixin(StoreBase):
    """Writes and reads the `history` table; the database refuses updates and deletes of it."""

    def history(self, claim_id: int) -> list[dict]:
        """Every change to a claim and what hangs off it, oldest first."""
        self.claim_row(claim_id)
        rows = self.db.query("SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id])
        return [
            {**row, "before": loads(row["before"]), "after": loads(row["after"])} for row in rows
        ]

    def last_change(self, claim_id: int) -> dict | None:
        rows = list(
            self.db.query(
                "SELECT analyst, at, action FROM history WHERE claim_id = ? ORDER BY id DESC LIMIT 1",
                [claim_id],
            )
        )
        return rows[0] if rows else None

    def replay(self, claim_id: int) -> dict:
        """Rebuild a claim's state from its history alone: the proof that history is complete."""
        state: dict[str, Any] = {bucket: {} for bucket in _BUCKETS.values()}
        rows = self.history(claim_id)
        by_id = {row["id"]: row for row in rows}
        for row in rows:
            if row["action"] in ("undo", "redo"):
                target = by_id[row["after"].get("undid", row["after"].get("redid"))]
                if target["entity"] == "claim":
                    values = row["after"].get("values")
                    if values is None:  # an undo logged before undo recorded its values
                        values = target["before"] if row["action"] == "undo" else target["after"]
                    state.update(values or {})
                elif target["entity"] in _BUCKETS:
                    bucket = state[_BUCKETS[target["entity"]]]
                    if row["action"] == "undo":
                        bucket.pop(target["entity_id"], None)
                    else:
                        bucket[target["entity_id"]] = target["after"]
            elif row["entity"] == "claim":
                state.update(row["after"] or {})
            elif row["entity"] in _BUCKETS:
                state[_BUCKETS[row["entity"]]][row["entity_id"]] = row["after"]
        return state
