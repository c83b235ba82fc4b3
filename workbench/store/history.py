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
        """Every change to a claim and what hangs off it, oldest first. A decision on a match
        logged before each row named the other claim (`_log_decision`) named the claim itself
        when taken from the match's second claim: such a row names the other claim of its
        match, read from the match (none when the match is gone), never the claim itself."""
        self.claim_row(claim_id)
        rows = [
            {**row, "before": loads(row["before"]), "after": loads(row["after"])}
            for row in self.db.query(
                "SELECT * FROM history WHERE claim_id = ? ORDER BY id", [claim_id]
            )
        ]
        named_itself = [
            row
            for row in rows
            if row["entity"] == "claim_matches"
            and isinstance(row["after"], dict)
            and row["after"].get("other_claim_id") == claim_id
        ]
        if named_itself:
            ids = sorted({row["entity_id"] for row in named_itself})
            pairs = {
                match_id: first if second == claim_id else second
                for match_id, first, second in self.db.execute(
                    "SELECT id, claim_id, other_claim_id FROM claim_matches "
                    f"WHERE id IN ({','.join('?' * len(ids))})",
                    ids,
                )
            }
            for row in named_itself:
                row["after"] = {**row["after"], "other_claim_id": pairs.get(row["entity_id"])}
        return rows

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
                state.update({k: v for k, v in (row["after"] or {}).items() if k not in EDIT_NOTES})
            elif row["entity"] in _BUCKETS:
                state[_BUCKETS[row["entity"]]][row["entity_id"]] = row["after"]
        return state


EDIT_NOTES = ("typed", "removed", "read", "numbers_dropped", "dates_dropped")
"""What an edit's history row says beyond the claim's columns (`Store.edit_claim`): the
speaker, figures and dates typed or removed with a moved span, the speaker read there, and
the corrections the move dropped."""

CORRECTABLE = ("speaker", "numbers", "dates")
"""What of a claim the extraction reads and an analyst may correct (`claim edit`, `e`)."""


def mention_key(field: str, mention: dict) -> tuple:
    """A figure or a date as a correction names it: its words, and what they were read as."""
    read = mention.get("value") if field == "numbers" else mention.get("iso")
    return (mention.get("text") or "").casefold(), read


def removal_key(mention: dict) -> tuple:
    """A figure or a date an analyst removed, as a later reading of the same words finds it:
    its words and where they start in the article (the same words elsewhere are another)."""
    return (mention.get("text") or "").casefold(), mention.get("start")


def analyst_set(rows: list[dict]) -> dict:
    """Which of a claim's speaker, figures and dates stand as an analyst set them rather than
    as the extraction read them from the article, replayed from the claim's history (oldest
    first, `before` and `after` decoded): {"speaker": bool, "numbers": keys, "dates": keys}
    (`mention_key`), and the figures and dates it removed, {"numbers_removed": keys,
    "dates_removed": keys} (`removal_key`: a moved span does not read them again). A report
    says which values are the desk's; so it holds for every claim already corrected, with
    nothing new stored.

    An edit sets what it changed (a speaker set back to the one extracted is the article's
    again); with a moved span it sets what it logged as typed, and the earlier corrections
    the span still holds stay set, while the rest is read again by the rules (an edit logged
    before "typed" was: all of it), the speaker among it unless the desk set it; a date
    re-read against a corrected publication day is the rules' reading; undo puts back
    whoever had set the value before the change it takes back, redo whoever set it with
    that change."""
    state: dict = {"speaker": False, **{f: frozenset() for f in (*_LISTS, *REMOVED)}}
    extracted: str | None = None
    # each change: who had set what before it and after it, the fields it changed, and the
    # speaker read of the span before it and after it (a moved span reads its own)
    steps: dict[int, tuple[dict, dict, set, tuple[str | None, str | None]]] = {}
    for row in rows:
        action, before, after = row["action"], row["before"] or {}, row["after"] or {}
        was, read_before = dict(state), extracted
        if action in ("undo", "redo"):
            undid = after.get("undid", after.get("redid"))
            target = steps.get(undid) if isinstance(undid, int) else None
            if target is None:
                continue
            values = after.get("values")
            fields = target[2] if values is None else set(values)
            then = target[0] if action == "undo" else target[1]
            state.update({field: then[field] for field in CORRECTABLE if field in fields})
            state.update({f"{f}_removed": then[f"{f}_removed"] for f in _LISTS if f in fields})
            if "speaker" in fields:
                extracted = target[3][0] if action == "undo" else target[3][1]
        elif row["entity"] != "claim":
            continue
        elif action == "claim.extracted":
            extracted = after.get("speaker")
        elif action == "claim.added":
            # the speaker typed with the span it added; one the extraction read of the span
            # is the article's (before claims were read when added, every one was typed)
            typed = after.get("typed")
            state["speaker"] = bool(
                typed.get("speaker") if isinstance(typed, dict) else after.get("speaker")
            )
            if not state["speaker"]:
                extracted = after.get("speaker")
        elif action == "claim.edited":
            moved = "start" in after or "end" in after
            if moved and "speaker" in (after.get("typed") or {}):
                state["speaker"] = True  # typed with the move: the desk's, as when added
            elif "speaker" in after and "speaker" in (after.get("read") or {}):
                # the speaker a moved span's reading gave (a move logged before moves were
                # read never set one but typed)
                extracted, state["speaker"] = after["speaker"], False
            elif "speaker" in after:
                state["speaker"] = after["speaker"] != extracted
            for field in _LISTS:
                if field in after:
                    now = _keys(field, after[field])
                    then_ = _keys(field, before.get(field))
                    typed = _keys(field, (after.get("typed") or {}).get(field))
                    set_now = typed if moved else now - then_
                    state[field] = frozenset((state[field] | set_now) & now)
                    # removed: words at a place no mention holds any more (a move logs
                    # what it removed: the rest of what left the list left the span)
                    places = {removal_key(m) for m in loads_list(after[field])}
                    gone = {
                        removal_key(m)
                        for m in (
                            (after.get("removed") or {}).get(field)
                            if moved
                            else loads_list(before.get(field))
                        )
                        or []
                    } - places
                    removed = f"{field}_removed"
                    state[removed] = frozenset((state[removed] - places) | gone)
        elif action == "claim.redated":
            now = _keys("dates", after.get("dates"))
            state["dates"] = frozenset(state["dates"] & now)
        steps[row["id"]] = (was, dict(state), set(after), (read_before, extracted))
    return state


def corrected_in(claim: dict, rows: list[dict]) -> dict:
    """What of the claim an analyst set (`analyst_set` over its history `rows`):
    {"speaker": bool, "numbers": the places of its figures, "dates": of its dates}, for a
    report, the card and `workbench show` to mark each ("corrected by the desk")."""
    found = analyst_set(rows)
    return {
        "speaker": found["speaker"],
        **{
            field: frozenset(
                i for i, m in enumerate(claim[field]) if mention_key(field, m) in found[field]
            )
            for field in ("numbers", "dates")
        },
    }


_LISTS = ("numbers", "dates")
"""What of a claim the desk corrects mention by mention: its figures and its dates."""
REMOVED = ("numbers_removed", "dates_removed")
"""What `analyst_set` says the desk removed, besides what it set."""


def _keys(field: str, mentions: list[dict] | str | None) -> set[tuple]:
    """The `mention_key`s of a logged list of figures or dates."""
    return {mention_key(field, m) for m in loads_list(mentions)}


def loads_list(mentions: list[dict] | str | None) -> list[dict]:
    """A logged list of figures or dates (an edit logs the column as stored, JSON text; a
    re-dating logs the list)."""
    listed = loads(mentions) if isinstance(mentions, str) else mentions
    return listed or []
