"""One line for one row of a claim's history, the same in the terminal UI, the command line
and the reports: what changed from what to what, and what an undo or redo took back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_HIDDEN = ("claim_id", "source_id")
"""Ids every row of a claim's history carries; they say nothing to a reader."""


def describe_change(
    row: Mapping[str, Any], earlier: Mapping[int, Mapping[str, Any]] | None = None
) -> str:
    """before → after of the fields that changed; an undo or redo names the change it took
    back (with its action, when `earlier` holds the rows by id) and the values it restored."""
    before, after = row.get("before"), row.get("after")
    for key, verb in (("undid", "undid"), ("redid", "redid")):
        if isinstance(after, dict) and key in after:
            target = (earlier or {}).get(after[key])
            what = f"{verb} change #{after[key]}" + (f" ({target['action']})" if target else "")
            restored = _difference(
                (before or {}).get("values") if isinstance(before, dict) else None,
                after.get("values"),
            )
            return f"{what}: {restored}" if restored else what
    return _difference(before, after) if isinstance(after, dict) or after is None else ""


def _difference(before: Any, after: Any) -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in after if before.get(k) != after.get(k)]
        if not keys:
            return "(unchanged)" if after else ""
        return "; ".join(f"{k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in keys)
    if isinstance(after, dict):
        return _fields(after)
    if isinstance(before, dict):
        return f"removed: {_fields(before)}"
    return ""


def _fields(values: dict) -> str:
    return ", ".join(
        f"{k}={_value(v)}" for k, v in values.items() if v is not None and k not in _HIDDEN
    )


def _value(value: Any) -> str:
    return "—" if value is None else str(value)
