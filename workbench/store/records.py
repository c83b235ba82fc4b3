"""Small helpers shared by the store modules: timestamps, JSON columns, row decoding."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

JSON_COLUMNS = ("kinds", "numbers", "dates", "signals")
STATUSES = ("new", "in-progress", "checked", "dismissed")
DATE_ROLES = ("event", "as-of", "statement", "published")
STANCES = ("supports", "refutes", "context")
CHECKED = "claim.checked"
"""The history row that closes a check-flow save and lists its parts (`after.parts`): undo
and redo take those parts as one step."""
GROUPED = "changes.grouped"
"""The history row that closes one command's changes to many rows (an article's claims
assigned, an article re-dated): `after.parts` lists them, `after.what` says what it was in the
analyst's words; undo and redo take them as one step."""


MANY = 20_000
"""Most ids named in one statement's IN list by a reader of many rows (a report of a whole
desk): SQLite takes at most 250,000 parameters a statement."""


def chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    """`ids` in parts of at most `size`, for statements that name each one."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def now() -> str:
    """UTC timestamp with microseconds, so history sorts in the order things happened."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
"""`json.dumps(value, ensure_ascii=False, sort_keys=True)` without building an encoder for
each value (the writer encodes several JSON columns per claim stored)."""


def dumps(value: Any) -> str | None:
    return None if value is None else _ENCODE(value)


def loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class Decoded:
    """JSON columns decoded once per distinct text, however many rows of one read carry it
    (a report's matches carry each claim's figures and their signals tens of times); each
    call gives its own copy, so that no row holds another's value. A copy of a dict of
    plain values, or of a list of them, costs a tenth of decoding it again."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[Any, Callable[[Any], Any]]] = {}

    def __call__(self, text: str | None) -> Any:
        if text is None:
            return None
        seen = self._seen.get(text)
        if seen is None:
            value = json.loads(text)
            seen = self._seen[text] = (value, _copier(value))
        return seen[1](seen[0])


def _copier(value: Any) -> Callable[[Any], Any]:
    """How to copy a decoded JSON value without sharing anything mutable."""
    if isinstance(value, dict) and _plain(value):
        return dict.copy
    if isinstance(value, list) and all(isinstance(item, dict) and _plain(item) for item in value):
        return lambda items: [item.copy() for item in items]
    if not isinstance(value, (dict, list)):
        return lambda same: same  # a string, number, boolean: not mutable
    return lambda found: json.loads(json.dumps(found))


def _plain(found: dict) -> bool:
    return not any(isinstance(item, (dict, list)) for item in found.values())


def decode_claim(row: dict) -> dict:
    """A claims row with its JSON columns turned back into lists."""
    row = dict(row)
    for column in JSON_COLUMNS:
        if column in row:
            row[column] = loads(row[column]) or []
    return row


@dataclass(frozen=True)
class Citation:
    """A source cited for a claim: one from the library (`source_id`), or a URL added to the
    library first when it is new; linked with its stance and the passage that matters."""

    url: str
    stance: str
    excerpt: str | None = None
    source_id: int | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    archived_url: str | None = None
    note: str | None = None
