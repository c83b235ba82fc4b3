"""The append-only history of every change, its replay, and undo (which is itself a change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from workbench.store.connection import write
from workbench.store.errors import NotFound, StoreError
from workbench.store.records import dumps, loads

_BUCKETS = {
    "claim_sources": "sources",
    "verdicts": "verdicts",
    "claim_dates": "dates",
    "notes": "notes",
}
"""Evidence tables, and the key each takes in a replayed claim."""


class HistoryMixin:
    """Writes and reads the `history` table; the database refuses updates and deletes of it."""

    db: Database
    analyst: str
    clock: Callable[[], str]

    def _log(
        self,
        action: str,
        *,
        claim_id: int | None,
        article_id: int | None,
        entity: str,
        entity_id: int | None,
        before: Any = None,
        after: Any = None,
    ) -> None:
        self.db["history"].insert(
            {
                "claim_id": claim_id,
                "article_id": article_id,
                "analyst": self.analyst,
                "at": self.clock(),
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": dumps(before),
                "after": dumps(after),
            }
        )

    def history(self, claim_id: int) -> list[dict]:
        """Every change to a claim and what hangs off it, oldest first."""
        self.claim_row(claim_id)  # type: ignore[attr-defined]
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
            if row["action"] == "undo":
                undone = by_id[row["after"]["undid"]]
                if undone["entity"] == "claim":
                    state.update(undone["before"] or {})
                else:
                    state[_BUCKETS[undone["entity"]]].pop(undone["entity_id"], None)
            elif row["entity"] == "claim":
                state.update(row["after"] or {})
            elif row["entity"] in _BUCKETS:
                state[_BUCKETS[row["entity"]]][row["entity_id"]] = row["after"]
        return state

    def undo(self, claim_id: int | None = None) -> dict:
        """Revert this analyst's latest change (on one claim, or anywhere). Nothing is erased:
        the undo is logged, and retracted evidence keeps its row with `retracted_at` set."""
        where = (
            "analyst = ? AND action NOT LIKE 'undo%' "
            "AND action NOT IN ('article.ingested', 'claim.extracted')"
        )
        params: list[Any] = [self.analyst]
        if claim_id is not None:
            where += " AND claim_id = ?"
            params.append(claim_id)
        undone = {
            row["after"]
            for row in self.db.query(
                "SELECT after FROM history WHERE action = 'undo' AND analyst = ?", [self.analyst]
            )
        }
        candidates = [
            row
            for row in self.db.query(
                f"SELECT * FROM history WHERE {where} ORDER BY id DESC LIMIT 50", params
            )
            if dumps({"undid": row["id"]}) not in undone
        ]
        if not candidates:
            raise NotFound("nothing of yours to undo")
        change = candidates[0]
        with write(self.db):
            self._revert(change)
            self._log(
                "undo",
                claim_id=change["claim_id"],
                article_id=change["article_id"],
                entity=change["entity"],
                entity_id=change["entity_id"],
                before={"undid": change["id"]},
                after={"undid": change["id"]},
            )
        return change

    def _revert(self, change: dict) -> None:
        entity, key = change["entity"], change["entity_id"]
        before = loads(change["before"])
        if entity == "claim" and change["action"] == "claim.added":
            raise StoreError("an added claim cannot be undone; dismiss it instead")
        if entity == "claim":
            self.db["claims"].update(key, {**before, "updated_at": self.clock()})
            self.index_claims([key])  # type: ignore[attr-defined]
        elif entity == "claim_matches":
            self.db["claim_matches"].update(
                key, {"state": before["state"], "decided_by": None, "decided_at": None}
            )
        elif entity in _BUCKETS:
            self.db[entity].update(key, {"retracted_at": self.clock()})
            if entity == "verdicts":
                self._refresh_verdict(change["claim_id"])  # type: ignore[attr-defined]
        elif entity == "sources":
            raise StoreError("adding a source to the library cannot be undone; unlink it")
