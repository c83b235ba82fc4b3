"""The words that name a currency in French and English ("soms", "naira", "livres", "rand"),
read from the Unicode CLDR's currency names (through Babel) for every currency in use
somewhere today, so that a sum in any currency is known as a sum of money."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.matching.words import fold

_WORD = re.compile(r"[^\W\d_][\w’'ʻ-]*")


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The head word of each current currency's name, singular and plural, folded: the last
    word in English ("Kyrgystani Som"), the first in French ("som kirghize")."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    codes = {
        code
        for territory in Locale("en").territories
        for code in get_territory_currencies(str(territory), tender=True)
    }
    found = set()
    for code in codes:
        for locale, head in (("en", -1), ("fr", 0)):
            for count in (1, 2):
                name = re.sub(r"\(.*?\)", "", get_currency_name(code, count=count, locale=locale))
                words = _WORD.findall(fold(name))
                if words:
                    found.add(words[head])
    return frozenset(found)
