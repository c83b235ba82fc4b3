"""Undo and redo of an analyst's own changes, each itself a logged change.

A change is undone by a history row `undo` ({"undid": id}) and redone by a row `redo`
({"redid": id}); whichever came last says where it stands. Everything is decided inside the
write transaction, so two undos by the same analyst at the same moment never take the same
change. Actions that cannot be reverted (an ingest, an added claim, a source added to the
library) are skipped, never in the way; a change someone else has since overwritten is
reverted only where it still holds, and skipped when nothing of it does.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from workbench.figure_text import figure_said
from workbench.store.articles import context
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import NotFound
from workbench.store.records import CHECKED, GROUPED, loads

UNDOABLE = (
    "claim.edited",
    "status.set",
    "verdict.set",
    "verdict.proposed",
    "verdict.approved",
    "verdict.returned",
    "claim.assigned",
    "claim.unassigned",
    "source.linked",
    "date.added",
    "note.added",
    "match.confirmed",
    "match.rejected",
    "match.linked",
    "other_figure.confirmed",
    "other_figure.dismissed",
    "article.dated",
    "article.outlet",
    "claim.redated",
)
"""Actions an analyst can take back. Anything else (`article.ingested`, `claim.extracted`,
`claim.added`, `source.added`, ...) is skipped by undo."""

_ARTICLE_FIELDS = ("published", "published_assumed", "outlet")
"""What an analyst corrects of an article (`Store.set_published`, `Store.set_outlet`)."""


def _article_value(name: str, value: object) -> object:
    """An article field as compared and restored: whether a date was assumed is a flag."""
    return bool(value) if name == "published_assumed" else value


_EVIDENCE = {
    "claim_sources": "source link",
    "verdicts": "verdict",
    "claim_dates": "date",
    "notes": "note",
    "verdict_reviews": "review",
}
"""Tables whose rows undo retracts and redo restores, and what the analyst calls them."""

_FIELD_NAMES = {"numbers": "figures", "start": "span", "end": "span", "text": "span"}
_FOLLOWS = {"assigned_at": "assignee", "speaker_kind": "speaker"}
"""Columns that follow another one (when it was assigned follows to whom, the speaker's kind
follows the speaker): never named, never reverted without it."""
_UNSAID_FIELDS = {*_FOLLOWS, "signals", "score"}
"""Never named: what follows another column (`_FOLLOWS`), and what a moved span's reading
brings with it besides what the analyst sees (the span, its speaker, figures and dates)."""

_PART_NAMES = {
    "verdict.set": "verdict",
    "verdict.proposed": "verdict",
    "source.linked": "source",
    "status.set": "status",
}
"""The parts of a check, as the undo message names them, in this order."""


def _part_order(name: str) -> int:
    order = list(dict.fromkeys(_PART_NAMES.values()))
    return order.index(name) if name in order else len(order)


@dataclass(frozen=True)
class Reverted:
    """What an undo or redo did, in words the UI and the command line can show as they are."""

    change_id: int
    """The history row that was undone or redone."""
    action: str
    claim_id: int | None
    description: str

    def __str__(self) -> str:
        return self.description


class UndoMixin(StoreBase):
    # -- public ------------------------------------------------------------------------------
    def undo(self, claim_id: int | None = None) -> Reverted:
        """Revert this analyst's latest change that can still be reverted (on one claim, or
        anywhere). Nothing is erased: retracted evidence keeps its row with `retracted_at`."""
        return self._revert(claim_id, undo=True)

    def redo(self, claim_id: int | None = None) -> Reverted:
        """Re-apply the change this analyst undid last (on one claim, or anywhere), as long as
        no new change of theirs came after that undo."""
        return self._revert(claim_id, undo=False)

    def _revert(self, claim_id: int | None, *, undo: bool) -> Reverted:
        """Undo or redo, chosen and applied inside one write transaction, and logged. A
        change that was part of a check is taken with every other part of that check still
        in the same state (one step, one description)."""
        verb = "undo" if undo else "redo"
        with write(self.db):
            found = self._next_undo(claim_id) if undo else self._next_redo(claim_id)
            if found is None:
                where = f" on {self.claim_named(claim_id)}" if claim_id is not None else ""
                raise NotFound(f"nothing of yours to {verb}{where}")
            change, fields = found
            group = self._group_of(change)
            parts = self._group_parts(group[0], undo=undo) if group else []
            if not parts:
                description = self._revert_one(change, fields, undo=undo)
            else:
                for part, part_fields in parts:
                    self._revert_one(part, part_fields, undo=undo)
                assert group is not None
                description = group[1] or self._describe_check(change, parts)
        return Reverted(change["id"], change["action"], change["claim_id"], description)

    def _revert_one(self, change: dict, fields: dict, *, undo: bool) -> str:
        """Undo or redo one change (inside the caller's transaction), logged; says what."""
        verb, key = ("undo", "undid") if undo else ("redo", "redid")
        values, description = self._apply(change, fields, undo=undo)
        self._log(
            verb,
            claim_id=change["claim_id"],
            article_id=change["article_id"],
            entity=change["entity"],
            entity_id=change["entity_id"],
            before={key: change["id"], "values": values[0]},
            after={key: change["id"], "values": values[1]},
        )
        return description

    def _group_of(self, change: dict) -> tuple[list[int], str | None] | None:
        """The changes taken with `change` as one step, and what they were called (None for a
        check, described from its parts): the check (`Store.check_claim`) or the command
        (`changes.grouped`: an article assigned, re-dated) it was part of. A group's closing
        row is written right after its parts, so the first one after `change` is its own."""
        found = []
        if change["claim_id"] is not None:
            found.append(
                self.db.execute(
                    "SELECT after FROM history WHERE claim_id = ? AND analyst = ? AND action = ? "
                    "AND id > ? ORDER BY id LIMIT 1",
                    [change["claim_id"], self.analyst, CHECKED, change["id"]],
                ).fetchone()
            )
        found.append(
            self.db.execute(
                "SELECT after FROM history WHERE analyst = ? AND action = ? AND id > ? "
                "ORDER BY id LIMIT 1",
                [self.analyst, GROUPED, change["id"]],
            ).fetchone()
        )
        for row in filter(None, found):
            after = loads(row[0]) or {}
            if change["id"] in after.get("parts", []):
                return after["parts"], after.get("what")
        return None

    def _describe_check(self, change: dict, parts: list[tuple[dict, dict]]) -> str:
        names = {_PART_NAMES.get(part["action"], part["action"]) for part, _ in parts}
        listed = ", ".join(sorted(names, key=_part_order))
        return f"check of {self.claim_named(change['claim_id'])}: {listed}"

    def _group_parts(self, ids: list[int], *, undo: bool) -> list[tuple[dict, dict]]:
        """Every change of a group (`_group_of`) that can be undone (or redone) now, with what
        to revert, in the order to apply them (undo newest first, redo oldest first)."""
        last = self._where_undone()
        parts = []
        for part in self._changes(None, ids):  # newest first
            state = last.get(part["id"])
            undone = state is not None and state[0] == "undo"
            if undone == undo:
                continue  # already where this step takes it
            if undo:
                fields = self._still_holding(part, loads(part["after"]) or {})
            else:
                assert state is not None
                fields = self._redo_fields(part, state[2])
            if fields is not None:
                parts.append((part, fields))
        return parts if undo else parts[::-1]

    # -- choosing ----------------------------------------------------------------------------
    def _where_undone(self) -> dict[int, tuple[str, int, dict]]:
        """For each change of this analyst ever undone or redone: the last of those rows
        (action, row id, its `after`)."""
        last: dict[int, tuple[str, int, dict]] = {}
        for row in self.db.execute(
            "SELECT id, action, after FROM history WHERE analyst = ? "
            "AND action IN ('undo', 'redo') ORDER BY id",
            [self.analyst],
        ):
            after = loads(row[2]) or {}
            target = after.get("undid", after.get("redid"))
            if target is not None:
                last[target] = (row[1], row[0], after)
        return last

    def _changes(self, claim_id: int | None, ids: list[int] | None = None) -> Iterator[dict]:
        """This analyst's undoable changes, newest first (only `ids` when given)."""
        marks = ",".join("?" * len(UNDOABLE))
        sql = f"SELECT * FROM history WHERE analyst = ? AND action IN ({marks})"
        params: list[Any] = [self.analyst, *UNDOABLE]
        if claim_id is not None:
            sql += " AND claim_id = ?"
            params.append(claim_id)
        if ids is not None:
            if not ids:
                return
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        cursor = self.db.execute(sql + " ORDER BY id DESC", params)
        columns = [d[0] for d in cursor.description]
        for values in cursor:
            yield {**dict(zip(columns, values, strict=True))}

    def _next_undo(self, claim_id: int | None) -> tuple[dict, dict] | None:
        """The latest live change (a redone one counts from its redo) that still holds."""
        last = self._where_undone()
        redone = {
            target: row_id for target, (action, row_id, _) in last.items() if action == "redo"
        }
        never = ((c["id"], c) for c in self._changes(claim_id) if c["id"] not in last)
        again = sorted(
            ((redone[c["id"]], c) for c in self._changes(claim_id, list(redone))),
            key=lambda pair: -pair[0],
        )
        for _, change in heapq.merge(never, again, key=lambda pair: -pair[0]):
            fields = self._still_holding(change, loads(change["after"]) or {})
            if fields is not None:
                return change, fields
        return None

    def _next_redo(self, claim_id: int | None) -> tuple[dict, dict] | None:
        """The change undone last, if no newer change of this analyst (in scope) followed."""
        last = self._where_undone()
        latest = next(iter(self._changes(claim_id)), None)
        since = latest["id"] if latest else 0
        undone = sorted(
            (
                (row_id, target, after)
                for target, (action, row_id, after) in last.items()
                if action == "undo" and row_id > since
            ),
            reverse=True,
        )
        if not undone:
            return None
        by_id = {c["id"]: c for c in self._changes(claim_id, [t for _, t, _ in undone])}
        for _, target, after in undone:
            change = by_id.get(target)
            if change is None:
                continue
            fields = self._redo_fields(change, after)
            if fields is not None:
                return change, fields
        return None

    def _redo_fields(self, change: dict, undo_after: dict) -> dict | None:
        """What redoing `change` sets, given its undo's `after`: back to what the change had
        set, where the undo's values still hold (None: nothing left to redo)."""
        reverted = undo_after.get("values")
        if reverted is None:  # an undo written before undo recorded its values
            reverted = loads(change["before"]) or {}
        return self._still_holding(change, reverted, redo=loads(change["after"]) or {})

    def _still_holding(self, change: dict, expected: dict, redo: dict | None = None) -> dict | None:
        """What of `change` can be reverted (or redone) now: for a claim edit, the fields
        that still hold `expected` mapped to the value they go to; for evidence, {} when the
        row is still there (undo) or still retracted (redo). None: nothing left to do."""
        entity, key = change["entity"], change["entity_id"]
        if entity == "claim":
            row = self.db.execute("SELECT * FROM claims WHERE id = ?", [key]).fetchone()
            if row is None:
                return None
            columns = [d[0] for d in self.db.execute("SELECT * FROM claims LIMIT 0").description]
            current = dict(zip(columns, row, strict=True))
            target = redo if redo is not None else (loads(change["before"]) or {})
            fields = {
                field: target.get(field)
                for field, value in expected.items()
                if field in current and _same(current[field], value)
            }
            for follower, leader in _FOLLOWS.items():
                if follower in fields and leader in expected and leader not in fields:
                    del fields[follower]  # the kind of a speaker someone has replaced since
            return fields or None
        if entity == "articles":
            # a publication date (with whether it was assumed) or an outlet
            names = [name for name in _ARTICLE_FIELDS if name in expected]
            found = self.db.execute(
                f"SELECT {', '.join(names)} FROM articles WHERE id = ?", [key]
            ).fetchone()
            if (
                not names
                or found is None
                or list(map(_article_value, names, found))
                != [_article_value(name, expected.get(name)) for name in names]
            ):
                return None
            target = redo if redo is not None else (loads(change["before"]) or {})
            return {name: _article_value(name, target.get(name)) for name in names}
        if entity == "claim_matches":
            found = self.db.execute(
                "SELECT state FROM claim_matches WHERE id = ?", [key]
            ).fetchone()
            if found is None or found[0] != expected.get("state"):
                return None
            target = redo if redo is not None else (loads(change["before"]) or {})
            return {"state": target.get("state")}
        if entity in _EVIDENCE:
            found = self.db.execute(
                f"SELECT retracted_at FROM [{entity}] WHERE id = ?", [key]
            ).fetchone()
            if found is None:
                return None
            retracted = found[0] is not None
            return {} if retracted == (redo is not None) else None
        return None

    # -- applying ----------------------------------------------------------------------------
    def _apply(self, change: dict, fields: dict, *, undo: bool) -> tuple[tuple[dict, dict], str]:
        """Do it; returns the values before and after (for the log) and a description: an
        undo puts a value "back to" what it was, a redo "set again to" what the change had
        set ("redone: status ... back to in-progress" read as a second undo)."""
        entity, key, claim_id = change["entity"], change["entity_id"], change["claim_id"]
        to = "back to" if undo else "set again to"
        named = self.claim_named(claim_id) if claim_id is not None else "no claim"
        if entity == "claim":
            row = self.db.table("claims").get(key)
            before = {field: row[field] for field in fields}
            update = dict(fields)
            if {"start", "end"} & fields.keys():
                article = self.db.table("articles").get(row["article_id"])
                start = fields.get("start", row["start"])
                end = fields.get("end", row["end"])
                update.update(context(article["text"], start, end))
            self.db.table("claims").update(key, {**update, "updated_at": self.clock()})
            if {"text", "numbers", "speaker", "start", "end", "dates"} & fields.keys():
                self.index_claims([key])  # matching reads them
                self.rematch_claims([key])
            return (before, fields), _describe_fields(named, fields, to)
        if entity == "articles":
            self.db.table("articles").update(
                key, {name: int(v) if isinstance(v, bool) else v for name, v in fields.items()}
            )
            if "outlet" in fields:
                return ({}, fields), f"outlet of article {key} {to} {fields['outlet'] or 'none'}"
            return ({}, fields), (
                f"publication date of article {key} {to} {fields['published'] or 'none'}"
            )
        if entity == "claim_matches":
            self.db.table("claim_matches").update(
                key,
                {"state": fields["state"]}
                | (
                    {"decided_by": None, "decided_at": None}
                    if fields["state"] == "suggested"
                    else {"decided_by": self.analyst, "decided_at": self.clock()}
                ),
            )
            return ({}, fields), f"match {key} on {named} {to} {fields['state']}"
        stamp = self.clock() if undo else None
        self.db.table(entity).update(key, {"retracted_at": stamp})
        what = _EVIDENCE[entity]
        if entity == "verdicts":
            self._refresh_verdict(claim_id)
            current = self.current_verdict(claim_id)
            label = current["label_en"] if current else "none"
            return ({}, {}), f"verdict on {named} {to} {label}"
        if entity == "verdict_reviews":
            self._refresh_review(claim_id)
        done = "removed" if undo else "restored"
        return ({}, {}), f"{what} on {named} {done}"


def _same(current: Any, logged: Any) -> bool:
    """A stored column against a logged value (JSON columns are logged as their text)."""
    if current == logged:
        return True
    if isinstance(current, str) and not isinstance(logged, str):
        try:
            return json.loads(current) == logged
        except ValueError:
            return False
    return False


def _describe_fields(named: str, fields: dict, to: str) -> str:
    """What an undo or redo of a claim edit set, field by field ("figures on claim 7 (id 26)
    back to four = 4 executives"): figures as the card says them, with what they count."""
    parts: dict[str, str] = {}
    for field, value in fields.items():
        name = _FIELD_NAMES.get(field, field)
        if name in parts or field in _UNSAID_FIELDS:
            continue
        if name == "span":
            parts[name] = f"{fields.get('start', '?')}-{fields.get('end', '?')}"
        elif name == "figures":
            numbers = loads(value) if isinstance(value, str) else value
            parts[name] = ", ".join(figure_said(n) for n in numbers or []) or "none"
        elif name == "dates":
            dates = loads(value) if isinstance(value, str) else value
            parts[name] = (
                ", ".join(f"{d.get('text')}={d.get('iso')}" for d in dates or []) or "none"
            )
        else:
            parts[name] = "none" if value in (None, "") else str(value)
    return "; ".join(f"{name} on {named} {to} {value}" for name, value in parts.items())
