"""A figure's normalised value written for people: every digit it has, never in scientific
notation (`:g` printed 1,234,567 as 1.23457e+06, which a reader takes for 1,234,570)."""

from __future__ import annotations

import math
from decimal import Decimal

_GROUP = {"en": ",", "fr": "\u202f"}
"""Thousands separator by language (French uses a narrow no-break space)."""
_DECIMAL = {"en": ".", "fr": ","}


def figure_value(value: float, language: str = "en", *, grouped: bool = True) -> str:
    """`value` with the shortest digits that give it back exactly; `grouped=False` writes it
    plainly (`1234567.5`) for machines and for text an analyst edits and we parse again."""
    if not math.isfinite(value):
        return str(value)
    digits = format(Decimal(repr(float(value))), "f")
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    if not grouped:
        return whole + ("." + fraction if fraction else "")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-')):,}".replace(",", _GROUP.get(language, ","))
    return sign + whole + (_DECIMAL.get(language, ".") + fraction if fraction else "")
