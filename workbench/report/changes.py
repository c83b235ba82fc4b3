"""One line for one row of a claim's history, the same in the terminal UI, the command line
and the reports: what changed from what to what, and what an undo or redo took back."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from workbench.figure_text import figure_said
from workbench.report.typography import labelled
from workbench.report.words import action_word, role_word

HIDDEN = (
    "claim_id",
    "source_id",
    "speaker_kind",
    "verdict_id",
    "assigned_at",
    "typed",
    "removed",
    "read",
    "kinds",  # follows the figures and dates an edit changed, which are said
    "signals",  # follow a moved span's reading, as its score does
    "score",
)
"""Ids every row of a claim's history carries, and what follows another field (the speaker's
kind follows the speaker, when it was assigned is the change's own time, a moved span's
signals and score follow its reading): they say nothing to a reader; nor what an edit typed
or removed with a moved span, or the speaker read there, which its speaker, figures and
dates say."""


def describe_change(
    row: Mapping[str, Any],
    earlier: Mapping[int, Mapping[str, Any]] | None = None,
    width: int | None = None,
    scale: Iterable[Mapping[str, Any]] = (),
) -> str:
    """What a change did, in words: a note's text, a date ("19 November 2024 (event)"), a
    source and how it bears on the claim, a verdict by its label (from `scale`), before →
    after of the fields an edit changed; an undo or redo names the change it took back (with
    its action, when `earlier` holds the rows by id) and the values it restored. `width`
    cuts each value (for a table's line), never a field's name."""
    labels = {entry["key"]: entry["label_en"] for entry in scale}
    before, after = row.get("before"), row.get("after")
    for key in ("undid", "redid"):
        if isinstance(after, dict) and key in after:
            target = (earlier or {}).get(after[key])
            restored = _difference(
                before.get("values") if isinstance(before, dict) else None,
                after.get("values"),
                width,
                labels,
            )
            what = f"change #{after[key]}"
            if target:
                # a note, date, source or verdict taken back or put back has no values of
                # its own to restore: say which one it was; a match decision, which claim
                # it was with
                which = "" if restored else _said_of(target, earlier, width, labels)
                concerns = _concerns(target.get("before"), target.get("after"))
                what += (
                    f" ({action_word(target['action'], 'en')}"
                    f"{f' with {concerns}' * bool(concerns)}{f': {which}' * bool(which)})"
                )
            return f"{what}; {restored}" if restored else what
    return _said_of(row, earlier, width, labels)


def _said_of(
    row: Mapping[str, Any],
    earlier: Mapping[int, Mapping[str, Any]] | None,
    width: int | None,
    labels: Mapping[str, str],
) -> str:
    """A change other than an undo or redo, in words."""
    before, after = row.get("before"), row.get("after")
    said = _in_words(str(row.get("action") or ""), before, after, width, labels, earlier)
    return said if said is not None else _difference(before, after, width, labels)


def _in_words(
    action: str,
    before: Any,
    after: Any,
    width: int | None,
    labels: Mapping[str, str],
    earlier: Mapping[int, Mapping[str, Any]] | None,
) -> str | None:
    """A change that adds something, said as what it added; None for the others."""
    if before is not None or not isinstance(after, dict):
        return None
    if "text" in after and "start" in after:
        # a claim found or added: its words and speaker, not its offsets and origin
        said = f"“{_value(after['text'], width)}”"
        return said + (f" — {_value(after['speaker'], width)}" if after.get("speaker") else "")
    if action == "note.added" and "body" in after:
        return f"“{_value(after['body'], width)}”"
    if action == "date.added" and "iso" in after:
        day = f"{day_in_words(after['iso'])} ({role_word(after.get('role') or '', 'en')})"
        written = after.get("text")
        return day + (
            f", written “{_value(written, width)}”"
            if written not in (None, "", after["iso"])
            else ""
        )
    if action == "source.linked" and "stance" in after:
        named = after.get("title") or after.get("url") or ""
        said = (
            f"linked as {STANCE_AS.get(after['stance'], after['stance'])}: {_value(named, width)}"
        )
        excerpt = f" — “{_value(after['excerpt'], width)}”" if after.get("excerpt") else ""
        return said + excerpt + _reused_from(after)
    if action == "source.added" and "url" in after:
        title = f"“{_value(after['title'], width)}” " if after.get("title") else ""
        return f"{title}{after['url']}"
    if action.startswith("verdict.") and "label" in after:
        label = labels.get(after["label"]) or _slug_words(after["label"])
        rationale = after.get("rationale")
        said = label + (f" — “{_value(rationale, width)}”" if rationale else "")
        return said + _reused_from(after)
    if action == "claim.checked" and "label" in after:
        label = labels.get(after["label"]) or _slug_words(after["label"])
        parts = [(earlier or {}).get(part) for part in after.get("parts") or ()]
        steps = [_step(part, width) for part in parts if part and part["action"] != "verdict.set"]
        return ", ".join([f"verdict {label}", *steps])
    if action == "changes.grouped" and after.get("what"):
        return str(after["what"])
    return None


def _reused_from(after: Mapping[str, Any]) -> str:
    """Where a verdict or a source link came from when a confirmed match reused it (a copy
    read as given afresh)."""
    other = after.get("reused_from")
    return f" (reused from claim {other})" if other is not None else ""


STANCE_AS = {"supports": "supporting", "refutes": "refuting", "context": "context"}
"""How a source bears on a claim, after "linked as"."""


def _step(part: Mapping[str, Any], width: int | None) -> str:
    """One part of a check after its verdict: "source attached as supporting: URL",
    "status checked"."""
    after = part.get("after")
    if part["action"] == "status.set" and isinstance(after, dict):
        return f"status {after.get('status')}"
    if part["action"] == "source.linked" and isinstance(after, dict) and "stance" in after:
        named = after.get("title") or after.get("url") or ""
        stance = STANCE_AS.get(after["stance"], after["stance"])
        return f"source attached as {stance}: {_value(named, width)}"
    return action_word(part["action"], "en")


def _slug_words(key: str) -> str:
    """A verdict key as words when the scale is not at hand ("mostly-true": Mostly true)."""
    return key.replace("-", " ").capitalize()


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def day_in_words(iso: str) -> str:
    """An ISO date at its granularity, in words: "19 November 2024", "November 2024", "2024"."""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


_WITH = {"other_claim_id": "claim", "review_id": "fact-check"}
"""Fields a match decision logs to say which other claim or fact-check it is about: what the
change concerns, never a change of their own ("other_claim_id: — → 2")."""
_FIELD_WORDS = {
    "label": "verdict",
    "state": "match",
    "body": "note",
    "iso": "date",
    "numbers_dropped": "correction dropped (its words are outside the new span)",
    "dates_dropped": "correction dropped (its words are outside the new span)",
}
"""Logged fields under the name a reader knows them by."""


def _concerns(before: Any, after: Any) -> str:
    """The other claim or fact-check a match decision is about ("claim 37"), "" for any
    other change."""
    if not isinstance(after, dict):
        return ""
    logged = before if isinstance(before, dict) else {}
    return ", ".join(f"{_WITH[k]} {after[k]}" for k in _WITH if k not in logged and after.get(k))


def field_name(key: str) -> str:
    """A logged field under the name a reader knows it by ("label": verdict)."""
    return _FIELD_WORDS.get(key, key).replace("_", " ")


def _difference(before: Any, after: Any, width: int | None, labels: Mapping[str, str]) -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [
            k
            for k in after
            if before.get(k) != after.get(k) and k not in HIDDEN and (k not in _WITH or k in before)
        ]
        concerns = _concerns(before, after)
        with_what = f" (with {concerns})" if concerns else ""
        if not keys:
            return f"with {concerns}, unchanged" if concerns else "(unchanged)" * bool(after)
        return "; ".join(_change(k, before, after, width, labels) for k in keys) + with_what
    if isinstance(after, dict):
        return _fields(after, width, labels)
    if isinstance(before, dict):
        return f"removed: {_fields(before, width, labels)}"
    return ""


def _change(key: str, before: dict, after: dict, width: int | None, labels: Mapping) -> str:
    """One field's change ("status: new → checked"); a value an undo restored that the undone
    row did not log is said as a value ("match confirmed")."""
    field, now = _FIELD_WORDS.get(key, key), _said(key, after.get(key), width, labels)
    if key not in before:
        return f"{field}{':' * key.endswith('_dropped')} {now}"
    was = _said(key, before.get(key), width, labels)
    if width is not None and (was.endswith("…") or now.endswith("…")):
        # cut values may hide what changed ("octobre =… → octobre =…"): say only that
        if key in LISTS:
            return f"{field}: {_items_changed(before.get(key), after.get(key), width)}"
        if isinstance(before.get(key), str) and isinstance(after.get(key), str):
            was, now = _parts_changed(before[key], after[key], width)
    return f"{field}: {was} → {now}"


def _items_changed(before: Any, after: Any, width: int) -> str:
    """The items of a list (a claim's figures or dates) that a change took out and put in,
    each said in full: "octobre = 2027-10 → octobre = 2026-10"."""
    was, now = _items(before), _items(after)
    taken = [item for item in was if item not in now]
    put = [item for item in now if item not in was]
    if not taken:
        return "added " + ", ".join(_value(item, width) for item in put)
    if not put:
        return "removed " + ", ".join(_value(item, width) for item in taken)
    return (
        f"{', '.join(_value(item, width) for item in taken)} → "
        f"{', '.join(_value(item, width) for item in put)}"
    )


def _items(value: Any) -> list[str]:
    """A logged list column's items, each as `field_value` says one."""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if not isinstance(value, list):
        return [field_value(value)] if value not in (None, "") else []
    return [field_value([item]) for item in value]


CONTEXT = 12
"""Characters kept on each side of what an edit of a long text changed."""


def _parts_changed(before: str, after: str, width: int) -> tuple[str, str]:
    """The part of a long text an edit changed, on each side, with a little of what is
    around it: "…a fait cinq morts, dont…" → "…a fait six morts, dont…"."""
    was, now = " ".join(before.split()), " ".join(after.split())
    start = 0
    while start < min(len(was), len(now)) and was[start] == now[start]:
        start += 1
    end = 0
    while end < min(len(was), len(now)) - start and was[-1 - end] == now[-1 - end]:
        end += 1
    begin = max(0, start - CONTEXT)
    begin = was.rfind(" ", 0, begin) + 1 if begin else 0  # from a word's start

    def part(text: str) -> str:
        stop = len(text) - max(0, end - CONTEXT)
        space = text.find(" ", stop)
        stop = len(text) if space < 0 else space  # to a word's end
        shown = _value(text[begin:stop], width)
        return "…" * bool(begin) + shown + "…" * (stop < len(text) and not shown.endswith("…"))

    return part(was), part(now)


def _said(key: str, value: Any, width: int | None, labels: Mapping[str, str]) -> str:
    if key == "label" and isinstance(value, str):
        return labels.get(value) or _slug_words(value)
    if key == "iso" and isinstance(value, str):
        return day_in_words(value)
    return _value(value, width, key)


def _fields(values: dict, width: int | None, labels: Mapping[str, str]) -> str:
    return "; ".join(
        f"{_FIELD_WORDS.get(k, k)}: {_said(k, v, width, labels)}"
        for k, v in values.items()
        if v is not None and k not in HIDDEN
    )


def _value(value: Any, width: int | None, key: str | None = None) -> str:
    """A value on the change's one line (its line breaks and tabs as spaces), cut at
    `width`."""
    text = " ".join(field_value(value, key).split())
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


LISTS = ("numbers", "dates")
"""Claim columns holding a list (logged as their JSON text): an empty one says "none"."""


def field_value(value: Any, key: str | None = None) -> str:
    """A logged field's value as an analyst reads it: figures as "six = 6 missiles" and
    dates as "mardi = 2024-11-19" (an arrow would read as the change's), not the JSON they
    are stored as; a claim's figures or dates (`key`) emptied as "none"."""
    if value is None:
        return "—"
    if key in LISTS and value in ("[]", []):
        return "none"
    if isinstance(value, str) and value.startswith("[{"):  # a column stored as JSON text
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        if all("value" in v for v in value):
            return ", ".join(_figure(v) for v in value)
        if all("iso" in v for v in value):
            return ", ".join(f"{v.get('text') or ''} = {v['iso']}".strip(" =") for v in value)
    return str(value)


def corrections_dropped(dropped: Iterable[Mapping[str, Any]]) -> str:
    """The analyst's corrections a moved span dropped (what `Store.edit_claim` returns), in
    one line for the command line and the app: "" when none was."""
    said = [
        f"{'figure' if m.get('field') == 'numbers' else 'date'} "
        f"{_value([{k: v for k, v in m.items() if k != 'field'}], None)}"
        for m in dropped
    ]
    if not said:
        return ""
    many = len(said) > 1
    return (
        f"{'corrections' if many else 'correction'} dropped, "
        f"{'their' if many else 'its'} words outside the new span: {'; '.join(said)}"
    )


def _figure(number: dict) -> str:
    """A figure as `figure_said` gives it, "~" when approximate (an edit may change that
    alone)."""
    return figure_said(number)


def history_action(row: dict, rows: dict[int, dict], language: str) -> str:
    """A history row's action in words; an undo or redo says what it took back or did again
    ("undone: source attached"), read from `rows` by id."""
    said = action_word(row["action"], language)
    after = row.get("after")
    taken = after.get("undid") or after.get("redid") if isinstance(after, dict) else None
    if isinstance(taken, int) and (target := rows.get(taken)):
        said = f"{labelled(said, language)} {action_word(target['action'], language)}"
    return said
