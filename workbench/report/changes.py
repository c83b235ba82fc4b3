"""One line for one row of a claim's history, the same in the terminal UI, the command line
and the reports: what changed from what to what, and what an undo or redo took back."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

from workbench.figure_text import figure_said
from workbench.report.labels import action_word

HIDDEN = ("claim_id", "source_id", "speaker_kind")
"""Ids every row of a claim's history carries, and what follows another field (the speaker's
kind follows the speaker): they say nothing to a reader."""


def describe_change(
    row: Mapping[str, Any],
    earlier: Mapping[int, Mapping[str, Any]] | None = None,
    width: int | None = None,
) -> str:
    """before → after of the fields that changed; an undo or redo names the change it took
    back (with its action, when `earlier` holds the rows by id) and the values it restored.
    `width` cuts each value (for a table's line), never a field's name."""
    before, after = row.get("before"), row.get("after")
    for key, verb in (("undid", "undid"), ("redid", "redid")):
        if isinstance(after, dict) and key in after:
            target = (earlier or {}).get(after[key])
            what = f"{verb} change #{after[key]}" + (
                f" ({action_word(target['action'], 'en')})" if target else ""
            )
            restored = _difference(
                before.get("values") if isinstance(before, dict) else None,
                after.get("values"),
                width,
            )
            return f"{what}: {restored}" if restored else what
    if before is None and isinstance(after, dict) and "text" in after and "start" in after:
        # a claim found or added: its words and speaker, not its offsets and origin
        said = f"“{_value(after['text'], width)}”"
        return said + (f" — {_value(after['speaker'], width)}" if after.get("speaker") else "")
    return _difference(before, after, width)


_WITH = {"other_claim_id": "claim", "review_id": "fact-check"}
"""Fields a match decision logs to say which other claim or fact-check it is about: what the
change concerns, never a change of their own ("other_claim_id: — → 2")."""


def _difference(before: Any, after: Any, width: int | None) -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [
            k
            for k in after
            if before.get(k) != after.get(k) and k not in HIDDEN and (k not in _WITH or k in before)
        ]
        concerns = [f"{_WITH[k]} {after[k]}" for k in _WITH if k not in before and after.get(k)]
        with_what = f" (with {', '.join(concerns)})" if concerns else ""
        if not keys:
            return ("(unchanged)" if after else "") + with_what
        return (
            "; ".join(
                f"{k}: {_value(before.get(k), width)} → {_value(after.get(k), width)}" for k in keys
            )
            + with_what
        )
    if isinstance(after, dict):
        return _fields(after, width)
    if isinstance(before, dict):
        return f"removed: {_fields(before, width)}"
    return ""


def _fields(values: dict, width: int | None) -> str:
    return ", ".join(
        f"{k}={_value(v, width)}" for k, v in values.items() if v is not None and k not in HIDDEN
    )


def _value(value: Any, width: int | None) -> str:
    text = field_value(value)
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def field_value(value: Any) -> str:
    """A logged field's value as an analyst reads it: figures as "six = 6 missiles" and
    dates as "mardi → 2024-11-19", not the JSON they are stored as."""
    if value is None:
        return "—"
    if isinstance(value, str) and value.startswith("[{"):  # a column stored as JSON text
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        if all("value" in v for v in value):
            return ", ".join(_figure(v) for v in value)
        if all("iso" in v for v in value):
            return ", ".join(f"{v.get('text') or ''} → {v['iso']}".strip() for v in value)
    return str(value)


def _figure(number: dict) -> str:
    """A figure as `figure_said` gives it, "~" when approximate (an edit may change that
    alone)."""
    return figure_said(number)
