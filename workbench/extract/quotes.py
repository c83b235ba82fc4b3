"""Quoted passages: « », “ ” and straight double quotes, as spans including the marks."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"|„[^„“”]*[“”]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted passages of `text` (marks included), in order."""
    return [m.span() for m in _QUOTE.finditer(text) if len(m.group(0).strip('«»“”"„ ')) > 0]


def inside(position: int, quotes: list[tuple[int, int]]) -> bool:
    """True when the character at `position` lies inside one of the quoted passages."""
    return any(start <= position < end for start, end in quotes)
