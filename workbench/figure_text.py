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


def figure_said(number: dict, language: str = "en") -> str:
    """A figure as the text wrote it and what it was read as, with what it counts: "onze =
    11 mineurs", "1,5 million = 1 500 000 shillings"; a figure written in the digits of its
    value is given once ("37 mineurs", not "37 = 37")."""
    value = figure_value(float(number["value"]), language)
    written = str(number.get("text") or "")
    unit = f" {number['unit']}" if number.get("unit") else ""
    if not written or _digits(written) == _digits(value):
        return (written or value) + unit
    return f"{written} = {value}{unit}"


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isalnum())
