"""English irregular forms ("won" -> "win", "led" -> "lead", "fled" -> "flee", "men" ->
"man") from WordNet's exception lists (Debian package `wordnet-base`, read at run time from
where Debian installs it; nothing derived from it is shipped). Snowball stems regular
inflections only: without these, "won" meets neither "wins" nor the French "remporté" (win).
Without the package, irregular forms stay as written and `status()` says so."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

WORDNET = Path(os.environ.get("WORKBENCH_WORDNET_DIR", "/usr/share/wordnet"))
LISTS = ("verb.exc", "noun.exc")
"""Irregular verbs and nouns; the adjectives' list ("better" -> "good") is left out."""


@lru_cache(maxsize=1)
def irregular() -> dict[str, str]:
    """Irregular form -> its base form (the first WordNet gives), single words only; empty
    without the package."""
    found: dict[str, str] = {}
    for name in LISTS:
        try:
            lines = (WORDNET / name).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            form, *bases = line.split()
            if bases and "_" not in form and "_" not in bases[0]:
                found.setdefault(form, bases[0])
    return found


PERSON = b"18"
"""WordNet's lexicographer file of the nouns that name people (noun.person)."""


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """English nouns whose commonest sense names a kind of person ("patient", "passenger",
    "villager"; not "day", whose first sense is a time), single words only; empty without
    the package. index.noun lists a noun's senses commonest first, each by the byte offset
    of its line in data.noun, which gives its lexicographer file right after the offset."""
    try:
        senses = (WORDNET / "data.noun").read_bytes()
        index = (WORDNET / "index.noun").read_bytes().splitlines()
    except OSError:
        return frozenset()
    found = set()
    for line in index:
        if line[:1] == b" ":
            continue  # the licence heading the file
        noun, _, rest = line.partition(b" ")
        fields = rest.split()  # pos, sense count, pointers..., then the senses' offsets
        first = int(fields[-int(fields[1])])
        if senses[first + 9 : first + 11] == PERSON and b"_" not in noun:
            found.add(noun.decode())
    return frozenset(found)


def base_form(word: str) -> str:
    """A lower-case English word's base form when it is irregular, else the word. Words
    written with a capital are left alone: they may be names ("Rose")."""
    return irregular().get(word, word) if word.islower() else word


def status() -> str | None:
    """None when the exception lists are there, else what is missing and how to install it."""
    if irregular():
        return None
    return (
        f"WordNet's exception lists not found in {WORDNET}: irregular English forms (won, led, "
        "fled) are not joined to their base form (install the Debian package wordnet-base)"
    )
