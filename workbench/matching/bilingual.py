"""French and English content words meet through FreeDict's French-English and
English-French dictionaries (GPL, Debian packages `dict-freedict-fra-eng` and
`dict-freedict-eng-fra`), read at run time from where Debian installs them; nothing derived
from them is shipped. Without them, words of the two languages meet only when they share a
spelling ("président"/"president"), and `status()` says so.

Every word is reduced to "senses": its English stem (an English word), the English stems of
its dictionary translations (a French word), and a cognate key (the first letters of its
folded stem). Two words meet when their senses intersect."""

from __future__ import annotations

import gzip
import json
import os
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from workbench.matching.words import fold, is_stopword, stem, words_of

DICTD = Path(os.environ.get("WORKBENCH_FREEDICT_DIR", "/usr/share/dictd"))
_FILES = {"fra-eng": "freedict-fra-eng", "eng-fra": "freedict-eng-fra"}
COGNATE = 5
"""Letters of a folded stem that make a cognate key ("presid" and "presid" -> "~presi")."""

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 64 + _B64[char]
    return value


def _entries(name: str):
    """(headword, [translation, ...]) of one dictd dictionary."""
    base = DICTD / name
    with gzip.open(base.with_suffix(".dict.dz"), "rb") as packed:
        body = packed.read()
    for line in base.with_suffix(".index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        entry = body[_number(parts[1]) : _number(parts[1]) + _number(parts[2])]
        lines = entry.decode("utf-8", "replace").splitlines()[1:]
        translations = []
        for text in lines:
            text = text.strip()
            if text[:1].isdigit() and ". " in text[:4]:
                text = text.split(". ", 1)[1]
            translations += [t.strip() for t in text.split(",") if t.strip()]
        yield parts[0], translations


@lru_cache(maxsize=100_000)
def _stems(phrase: str, language: str) -> tuple[str, ...]:
    """Stems of the content words of a short translation; longer glosses are left out."""
    found = [stem(w, language) for w in words_of(phrase) if not is_stopword(fold(w), language)]
    return tuple(found) if len(found) <= 2 else ()


def _cache_file() -> Path | None:
    """Where the stem table built from the installed dictionaries is kept, named after their
    sizes and dates so that an updated package is read again."""
    try:
        stamp = "-".join(
            f"{path.stat().st_size}.{int(path.stat().st_mtime)}"
            for name in _FILES.values()
            for path in (DICTD / f"{name}.dict.dz", DICTD / f"{name}.index")
        )
    except OSError:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "claim-workbench" / f"freedict-stems-{TABLE_VERSION}-{stamp}.json"


TABLE_VERSION = 1
"""Bumped when the way the table is built changes."""


@lru_cache(maxsize=1)
def french_to_english() -> dict[str, frozenset[str]]:
    """French stem -> English stems, from both dictionaries; empty without them. Building it
    takes a second or two, so it is cached (a local file, rebuilt when the packages change)."""
    cache = _cache_file()
    if cache is None:
        return {}
    try:
        return {k: frozenset(v) for k, v in json.loads(cache.read_text("utf-8")).items()}
    except (OSError, ValueError):
        pass
    table = _build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.part")
        partial.write_text(json.dumps({k: sorted(v) for k, v in table.items()}), "utf-8")
        partial.replace(cache)
    except OSError:
        pass  # a read-only home: build it again next time
    return table


def _build() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    try:
        for head, translations in _entries(_FILES["fra-eng"]):
            for french in _stems(head, "fr"):
                for text in translations:
                    table[french].update(_stems(text, "en"))
        for head, translations in _entries(_FILES["eng-fra"]):
            english = _stems(head, "en")
            for text in translations:
                for french in _stems(text, "fr"):
                    table[french].update(english)
    except OSError:
        return {}
    return {key: frozenset(value) for key, value in table.items() if value}


def status() -> str | None:
    """None when the dictionaries are there, else what is missing and how to install it."""
    if french_to_english():
        return None
    return (
        f"FreeDict French-English dictionaries not found in {DICTD}: French and English claims "
        "meet only on shared spellings, figures, dates and names (install the Debian packages "
        "dict-freedict-fra-eng and dict-freedict-eng-fra)"
    )


@lru_cache(maxsize=200_000)
def senses(word_stem: str, language: str) -> frozenset[str]:
    """What a stem can mean, as English stems and a cognate key."""
    found = {"~" + word_stem[:COGNATE]} if len(word_stem) >= COGNATE else {"=" + word_stem}
    if language == "fr":
        table = french_to_english()
        meanings = table.get(word_stem)
        if meanings is None:
            # The stemmer leaves a plural longer than its singular's stem ("passagers" ->
            # "passager", "passager" -> "passag"): the headword's stem is one step further.
            meanings = table.get(stem(word_stem, "fr"), frozenset())
        found |= meanings
    else:
        found.add(word_stem)
    return frozenset(found)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(stem for stems in french_to_english().values() for stem in stems)


def is_common(word_stem: str, language: str) -> bool:
    """Whether a stem is an ordinary word of the dictionaries (not a name); always False
    without them."""
    if language == "fr":
        return word_stem in french_to_english()
    return word_stem in _english()
