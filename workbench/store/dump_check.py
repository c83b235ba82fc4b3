"""Check a JSON export before `import` writes any of it: every row by the rules the commands
that write such rows apply (validation.py), so nothing imported can break a reader later.
The first bad row is named; nothing is written when one is found."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from workbench.matching.sides import MATCH, OTHER_FIGURE
from workbench.store.claims import KINDS, check_figure
from workbench.store.desk import REVIEW_STATES
from workbench.store.errors import InvalidInput
from workbench.store.matches import MATCH_STATES
from workbench.store.records import DATE_ROLES, STANCES, STATUSES
from workbench.store.validation import check_day, check_url

ORIGINS = ("extracted", "analyst")
_BAD = object()
_SQLITE_INT = range(-(2**63), 2**63)


class _Rows:
    """What rows checked so far hold, for references between tables."""

    def __init__(self, labels: set[str]) -> None:
        self.labels = labels
        self.ids: dict[str, set[int]] = {}
        self.article_texts: dict[int, str] = {}


def check_dump(data: dict, columns: dict[str, set[str]], labels: set[str]) -> None:
    """Raise InvalidInput naming the first row (table, position, id) that a command would have
    refused. `columns`: each table's columns; `labels`: the scale keys already stored."""
    if not isinstance(data.get("tables", {}), dict):
        raise InvalidInput("`tables` is not an object")
    tables = data.get("tables") or {}
    unknown = sorted(set(tables) - set(_TABLES))
    if unknown:
        raise InvalidInput(f"unknown table {unknown[0]!r}")
    scale = _list(data.get("verdict_labels", []), "verdict_labels")
    for position, row in enumerate(scale, 1):
        _row("verdict_labels", position, row, columns, _verdict_label, None)
    known = _Rows(labels | {row["key"] for row in scale})
    for position, row in enumerate(_list(data.get("settings", []), "settings"), 1):
        _row("settings", position, row, columns, _setting, known)
    for position, row in enumerate(_list(data.get("analysts", []), "analysts"), 1):
        _row("analysts", position, row, columns, _analyst, known)
    for table, rule in _TABLES.items():
        rows = _list(tables.get(table, []), table)
        seen = known.ids.setdefault(table, set())
        for position, row in enumerate(rows, 1):
            _row(table, position, row, columns, rule, known)
            if row["id"] in seen:
                raise InvalidInput(f"{table} row {position}: id {row['id']} appears twice")
            seen.add(row["id"])
            if table == "articles":
                known.article_texts[row["id"]] = row["text"]


def _list(value: Any, table: str) -> list:
    if not isinstance(value, list):
        raise InvalidInput(f"{table} is not a list of rows")
    return value


def _row(
    table: str,
    position: int,
    row: Any,
    columns: dict[str, set[str]],
    rule: Callable[[dict, Any], None],
    known: _Rows | None,
) -> None:
    where = f"{table} row {position}"
    if not isinstance(row, dict):
        raise InvalidInput(f"{where}: not an object")
    if isinstance(row.get("id"), int):
        where += f" (id {row['id']})"
    extra = sorted(set(row) - columns.get(table, set()))
    if extra:
        raise InvalidInput(f"{where}: unknown column {extra[0]!r}")
    try:
        rule(row, known)
    except InvalidInput as error:
        raise InvalidInput(f"{where}: {error}") from None


# -- value rules -------------------------------------------------------------------------------
def _int(row: dict, column: str, *, required: bool = True) -> int | None:
    value = row.get(column)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in _SQLITE_INT:
        raise InvalidInput(f"{column} {value!r} is not a whole number SQLite can store")
    return value


def _text(
    row: dict, column: str, *, required: bool = False, choices: tuple[str, ...] = ()
) -> str | None:
    value = row.get(column)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidInput(f"{column} {value!r} is not {'a non-empty ' if required else ''}text")
    if choices and value not in choices:
        raise InvalidInput(f"{column} {value!r} is not one of {', '.join(choices)}")
    return value


def _day(row: dict, column: str, *, required: bool = False) -> None:
    value = _text(row, column, required=required)
    if value is not None and check_day(value, column) != value:
        raise InvalidInput(f"{column} {value!r} is not a date in YYYY-MM-DD form")


def _url(row: dict, column: str, *, required: bool = False) -> None:
    value = _text(row, column, required=required)
    if value is not None and value.strip():
        check_url(value, column)


def _ref(row: dict, column: str, known: _Rows, table: str, *, required: bool = True) -> None:
    value = _int(row, column, required=required)
    if value is not None and value not in known.ids.get(table, set()):
        raise InvalidInput(f"{column} {value} names no row of {table} in the file")


def _json(row: dict, column: str, kind: type) -> Any:
    value = row.get(column)
    if value is None:
        return kind()
    try:
        decoded = json.loads(value) if isinstance(value, str) else _BAD
    except (ValueError, RecursionError):
        decoded = _BAD
    if decoded is _BAD or not isinstance(decoded, kind):
        raise InvalidInput(f"{column} {str(value)[:40]!r} is not a JSON {kind.__name__}")
    return decoded


# -- row rules, table by table -----------------------------------------------------------------
def _verdict_label(row: dict, _: None) -> None:
    _text(row, "key", required=True)
    _text(row, "label_en", required=True)
    _text(row, "label_fr")
    rating = _int(row, "rating", required=False)
    if rating is not None and not 1 <= rating <= 5:
        raise InvalidInput("a ClaimReview rating runs from 1 to 5")
    _int(row, "position")
    _text(row, "definition_en")
    _text(row, "definition_fr")


def _setting(row: dict, _: _Rows) -> None:
    _text(row, "key", required=True)
    _text(row, "value")


def _analyst(row: dict, _: _Rows) -> None:
    _text(row, "name", required=True)
    _text(row, "added_by")
    _text(row, "added_at", required=True)


def _article(row: dict, _: _Rows) -> None:
    _int(row, "id")
    _text(row, "title")
    _url(row, "url")
    _text(row, "outlet")
    _text(row, "language", choices=("fr", "en"))
    _day(row, "published")
    _text(row, "text", required=True)
    _text(row, "content_hash", required=True)
    _text(row, "ingested_at", required=True)


def _claim(row: dict, known: _Rows) -> None:
    _int(row, "id")
    _ref(row, "article_id", known, "articles")
    start, end = _int(row, "start"), _int(row, "end")
    article = known.article_texts[row["article_id"]]
    assert start is not None and end is not None
    if not 0 <= start < end <= len(article):
        raise InvalidInput(f"span {start}-{end} is outside its article (0-{len(article)})")
    if _text(row, "text", required=True) != article[start:end]:
        raise InvalidInput(f"text is not the article's words at {start}-{end}")
    for column in ("context_before", "context_after", "speaker", "created_at", "updated_at"):
        _text(row, column)
    if row.get("speaker_kind") not in (None, "person", "organisation"):
        raise InvalidInput(f"speaker_kind {row['speaker_kind']!r} is not person or organisation")
    if row.get("sentence_start") is not None or row.get("sentence_end") is not None:
        first, last = _int(row, "sentence_start"), _int(row, "sentence_end")
        if first is None or last is None or not 0 <= first <= start < end <= last <= len(article):
            raise InvalidInput(f"sentence {first}-{last} does not hold the claim {start}-{end}")
    kinds = _json(row, "kinds", list)
    if any(kind not in KINDS for kind in kinds):
        raise InvalidInput(f"kinds {kinds!r} are not among {', '.join(KINDS)}")
    for number in _json(row, "numbers", list):
        if not isinstance(number, dict):
            raise InvalidInput(f"figure {number!r} is not an object")
        check_figure(number)
    for mention in _json(row, "dates", list):
        if not isinstance(mention, dict) or not isinstance(mention.get("iso"), str):
            raise InvalidInput(f"date {mention!r} has no ISO date")
        _day(mention, "iso", required=True)
    if any(not isinstance(signal, str) for signal in _json(row, "signals", list)):
        raise InvalidInput("signals are not a list of words")
    score = row.get("score", 0.0)
    if isinstance(score, bool) or not isinstance(score, int | float) or not math.isfinite(score):
        raise InvalidInput(f"score {score!r} is not a finite number")
    _text(row, "status", required=True, choices=STATUSES)
    _text(row, "origin", required=True, choices=ORIGINS)
    if row.get("verdict") is not None and row["verdict"] not in known.labels:
        raise InvalidInput(f"verdict {row['verdict']!r} is not on the scale")
    _text(row, "assignee")
    _text(row, "assigned_at")
    _text(row, "review", choices=REVIEW_STATES)


def _source(row: dict, _: _Rows) -> None:
    _int(row, "id")
    _url(row, "url", required=True)
    _url(row, "archived_url")
    _day(row, "published")
    _day(row, "accessed")
    for column in ("title", "publisher", "analyst"):
        _text(row, column)
    _text(row, "created_at", required=True)


def _evidence(row: dict, known: _Rows) -> None:
    _int(row, "id")
    _ref(row, "claim_id", known, "claims")
    for column in ("analyst", "retracted_at"):
        _text(row, column)


def _link(row: dict, known: _Rows) -> None:
    _evidence(row, known)
    _ref(row, "source_id", known, "sources")
    _text(row, "stance", required=True, choices=STANCES)
    _text(row, "excerpt")
    _text(row, "note")
    _text(row, "created_at", required=True)


def _verdict(row: dict, known: _Rows) -> None:
    _evidence(row, known)
    if _text(row, "label", required=True) not in known.labels:
        raise InvalidInput(f"label {row['label']!r} is not on the scale")
    _text(row, "rationale")
    _text(row, "decided_at", required=True)


def _date(row: dict, known: _Rows) -> None:
    _evidence(row, known)
    _text(row, "role", required=True, choices=DATE_ROLES)
    _day(row, "iso", required=True)
    _text(row, "text")
    _text(row, "created_at", required=True)


def _note(row: dict, known: _Rows) -> None:
    _evidence(row, known)
    _text(row, "body", required=True)
    _text(row, "created_at", required=True)


def _review(row: dict, known: _Rows) -> None:
    _evidence(row, known)
    _ref(row, "verdict_id", known, "verdicts")
    decision = _text(row, "decision", required=True, choices=("approved", "returned"))
    if decision == "returned" and not _text(row, "comment"):
        raise InvalidInput("a returned verdict needs a comment")
    _text(row, "comment")
    _text(row, "analyst", required=True)
    _text(row, "decided_at", required=True)


def _history(row: dict, _: _Rows) -> None:
    _int(row, "id")
    for column in ("claim_id", "article_id", "entity_id"):
        _int(row, column, required=False)
    _text(row, "action", required=True)
    _text(row, "at", required=True)
    _text(row, "analyst")
    _text(row, "entity")
    for column in ("before", "after"):
        if row.get(column) is not None:
            _json(row, column, object)


def _match(row: dict, known: _Rows) -> None:
    _int(row, "id")
    _ref(row, "claim_id", known, "claims")
    _ref(row, "other_claim_id", known, "claims")
    if row.get("review_id") is not None:
        raise InvalidInput("a match to an imported fact-check does not travel in an export")
    score = row.get("score")
    if isinstance(score, bool) or not isinstance(score, int | float) or not math.isfinite(score):
        raise InvalidInput(f"score {score!r} is not a finite number")
    if row.get("signals") is not None:
        _json(row, "signals", object)
    _text(row, "state", required=True, choices=MATCH_STATES)
    _text(row, "kind", choices=(MATCH, OTHER_FIGURE))
    _text(row, "created_at", required=True)
    _text(row, "decided_by")
    _text(row, "decided_at")


_TABLES: dict[str, Callable[[dict, _Rows], None]] = {
    "articles": _article,
    "claims": _claim,
    "sources": _source,
    "claim_sources": _link,
    "verdicts": _verdict,
    "claim_dates": _date,
    "notes": _note,
    "verdict_reviews": _review,
    "history": _history,
    "claim_matches": _match,
}
"""In the order rows may refer to each other."""
