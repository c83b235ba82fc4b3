"""The words that name a currency in French and English ("soms", "naira", "livres", "rand"),
read from the Unicode CLDR's currency names (through Babel) for every currency in use
somewhere today, so that a sum in any currency is known as a sum of money."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.matching.words import fold, words_of

_WORD = re.compile(r"[^\W\d_][\w’'ʻ-]*")


@lru_cache(maxsize=1)
def currency_codes() -> dict[str, frozenset[str]]:
    """The currencies each word may name, by the head word of each current currency's name,
    singular and plural, folded (the last word in English, "Kyrgystani Som"; the first in
    French, "som kirghize"), and by its symbol where the symbol is a sign alone ("€", "£"):
    "euros" and "euro" name EUR, "dollars" a dozen currencies, "livres" and "pounds" the
    same few."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    codes = {
        code
        for territory in Locale("en").territories
        for code in get_territory_currencies(str(territory), tender=True)
    }
    found: dict[str, set[str]] = {}
    for code in codes:
        for locale, head in (("en", -1), ("fr", 0)):
            for count in (1, 2):
                name = re.sub(r"\(.*?\)", "", get_currency_name(code, count=count, locale=locale))
                words = _WORD.findall(fold(name))
                if words:
                    found.setdefault(words[head], set()).add(code)
            symbol = get_currency_symbol(code, locale)
            if not any(char.isalnum() for char in symbol):
                found.setdefault(symbol, set()).add(code)
    return {word: frozenset(named) for word, named in found.items()}


def currency_words() -> frozenset[str]:
    """Every word that names a currency (see `currency_codes`)."""
    return frozenset(word for word in currency_codes() if any(char.isalpha() for char in word))


def currency_senses(unit: str) -> frozenset[str]:
    """The currencies a unit names, as senses ("¤EUR") that meet across languages: "d'euros"
    and "euros", "livres sterling" and "pounds" (words a dictionary may not join: "euros"
    had no English sense)."""
    words = words_of(fold(unit)) or [unit.strip()]
    named = currency_codes()
    for word in (words[0], words[-1]):
        if word in named:
            return frozenset(f"¤{code}" for code in named[word])
    return frozenset()
