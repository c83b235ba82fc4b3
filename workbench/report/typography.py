"""Punctuation spacing as each language prints it. French newsrooms set a no-break space
before ":" and inside « » and a narrow one before ";", "?" and "!", so that the mark never
starts a line; English sets none. Only the workbench's own words go through here (labels and
the glue between them): an article's, a source's or an analyst's text is quoted as written."""

from __future__ import annotations

import re
from functools import lru_cache

NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"

_SPACE = r"[ \u00a0\u202f]*"
_COLON = re.compile(_SPACE + r":(?=\s|$)")
_HIGH = re.compile(_SPACE + r"([;?!]+)(?=\s|$|[)»])")
_OPENING = re.compile(r"«" + _SPACE)
_CLOSING = re.compile(_SPACE + r"»")
_RUNS = re.compile(r"[^\S\u00a0\u202f]+")


@lru_cache(maxsize=4096)
def typeset(text: str, language: str) -> str:
    """`text` (the workbench's own words, never quoted text) with the spaces `language` puts
    around punctuation: in French "Source :" (U+00A0), "réfute ; consulté" and "« selon »"
    (U+202F before ";", "?", "!", U+00A0 inside guillemets); unchanged in other languages.
    A colon inside a word ("09:00", "https://") is not punctuation and is left alone.
    Remembered: a report sets the same labels for every claim and every match."""
    if language != "fr":
        return text
    text = _COLON.sub(NO_BREAK + ":", text)
    text = _HIGH.sub(NARROW_NO_BREAK + r"\1", text)
    text = _OPENING.sub("«" + NO_BREAK, text)
    return _CLOSING.sub(NO_BREAK + "»", text)


def labelled(label: str, language: str) -> str:
    """A label with its colon, before what it labels: "Source :" in French, "Source:"."""
    return typeset(f"{label}:", language)


def one_line(text: str) -> str:
    """`text` on one line: each run of white space (line breaks, tabs) one space, but the
    no-break spaces, which typography sets on purpose, kept."""
    return _RUNS.sub(" ", text).strip()
