"""A figure's normalised value written for people: every digit it has, never in scientific
notation (`:g` printed 1,234,567 as 1.23457e+06, which a reader takes for 1,234,570)."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from workbench.extract.numbers import APPROXIMATE, listed_bound, order_of_size_bound

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


def figure_said(number: dict, language: str = "en", said_in: str | None = None) -> str:
    """A figure as the text wrote it and what it was read as, with what it counts: "onze =
    11 mineurs", "1,5 million = 1 500 000 shillings"; a figure written in the digits of its
    value is given once ("37 mineurs", not "37 = 37"), and a unit it writes itself is not
    written again ("12%", "15 %", "60 percent", never "12% %"). A share written in words is
    said as a share, as "six sur dix = 60 %" is: "a quarter = 25 %", "la moitié = 50 %
    (malades)". A bound or an estimate (`approximate`) keeps the words that make it one, as
    written in `said_in`, the text it was read in ("au moins 12 morts", "about 40 people"),
    else is marked "~12 morts": never said as exact. A count said by its order of size is
    said as written ("hundreds of passengers": "hundreds (passengers)"), never as the lower
    bound it was read as (a trial's report said "~centaines = 200 opérations")."""
    written = str(number.get("text") or "")
    value, unit = _value_and_unit(number, language)
    if _as_its_words_read(written, number.get("value")):
        # "centaines": the lower bound it was read as (200) was never said
        return f"{written} ({unit.strip()})" if unit.strip() else written
    named = _names_unit(written, number.get("unit"))
    if not written or _digits(_without_unit(written, number.get("unit"))) == _digits(value):
        said = (written or value) + ("" if named else unit)
    else:
        said = f"{written} = {value}{unit}"
    if not number.get("approximate"):
        return said
    qualifier = number.get("qualifier") or qualifier_of(written, said_in)
    return f"{qualifier} {said}" if qualifier else "~" + said


def _as_its_words_read(written: str, value: object) -> bool:
    """Whether a figure is a count said by its order of size whose value is only the bound
    its words were read as: one the desk set ("Several hundred=300 protesters") is a value
    someone gave, said with its words ("Several hundred = ~300")."""
    return value in (order_of_size_bound(written, "fr"), order_of_size_bound(written, "en"))


_PERCENT_WORDS = re.compile(r"%|\b(?:per ?cent|pour ?cent)\b", re.IGNORECASE)


def is_share_in_words(number: dict) -> bool:
    """A proper fraction written without a digit ("a quarter", "la moitié", "two-thirds"): a
    share, which people read in percent as they read "six sur dix" (stored as its fraction,
    0.25, the value the text gives); not a fraction of the unit it writes ("half a
    percentage point", "une demi-heure": 0.5 point, 0.5 heure)."""
    written = str(number.get("text") or "")
    value = float(number["value"])
    return (
        bool(written)
        and not any(char.isdigit() for char in written)
        and 0 < value < 1
        and number.get("unit") != "%"
        and not _names_unit(written, number.get("unit"))
    )


def _value_and_unit(number: dict, language: str) -> tuple[str, str]:
    """The value as written for people and its unit with its leading space: a share in words
    in percent, what it is a share of after it ("50 %", " (malades)")."""
    unit = str(number.get("unit") or "")
    if is_share_in_words(number):
        share = figure_value(round(100 * float(number["value"]), 1), language)
        return share, " %" + (f" ({unit})" if unit else "")
    return figure_value(float(number["value"]), language), f" {unit}" if unit else ""


def _names_unit(written: str, unit: str | None) -> bool:
    """Whether the figure as written already says its unit ("12%", "40 pour cent", "5 km")."""
    if not unit or not written:
        return False
    if _is_percent(unit):
        return bool(_PERCENT_WORDS.search(written))
    return bool(re.search(rf"(?<!\w){re.escape(unit.strip())}(?!\w)", written, re.IGNORECASE))


def _is_percent(unit: str) -> bool:
    """The unit "%" or a word for it: a disagreement names its quantity "percent", "pour
    cent"."""
    return bool(_PERCENT_WORDS.fullmatch(unit.strip()))


def _without_unit(written: str, unit: str | None) -> str:
    """The figure as written without the unit it says ("60 percent" -> "60 ")."""
    if not _names_unit(written, unit):
        return written
    if _is_percent(str(unit)):
        return _PERCENT_WORDS.sub(" ", written)
    return re.sub(rf"(?<!\w){re.escape(str(unit).strip())}(?!\w)", " ", written, flags=re.I)


def qualifier_of(written: str, said_in: str | None) -> str:
    """The words before `written` in `said_in` that make a figure a bound or an estimate
    ("au moins", "at least"), as written, also those of a list it closes ("au moins 12 morts
    et 37 disparus"); "" when the text has none before it."""
    if not written or not said_in:
        return ""
    for found in re.finditer(re.escape(written), said_in):
        if found.start() and said_in[found.start() - 1].isalnum():
            continue
        if found.end() < len(said_in) and said_in[found.end()].isdigit():
            continue
        before = APPROXIMATE.search(said_in[max(0, found.start() - 25) : found.start()])
        words = before.group(1) if before else listed_bound(said_in, found.start())
        if words:  # "At least" opening a sentence is "at least" inside another
            return words[0].lower() + words[1:]
    return ""


def figure_brief(number: dict, language: str = "en") -> str:
    """A figure in few cells (a table's column): its value and unit ("25 %" for a share in
    words), "~" before a bound or an estimate."""
    value, unit = _value_and_unit(number, language)
    mark = "~" if number.get("approximate") else ""
    return f"{mark}{value}{unit}"


def _digits(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def typed_figure(typed: str) -> dict:
    """A figure as an analyst types it to correct one: "TEXT=VALUE", or "TEXT=VALUE UNIT"
    with what it counts after the value ("four=4 co-defendants"); the value plain digits
    ("1500", "2.5"). ValueError when it is not so: "1 500 people" would read as 1 counting
    "500 people"."""
    text, equals, said = typed.rpartition("=")
    value, _, unit = said.strip().partition(" ")
    unit = " ".join(unit.split())
    if not equals or not text.strip() or unit[:1].isdigit():
        raise ValueError(typed)
    number = {"text": text.strip(), "value": float(value)}
    return number | ({"unit": unit} if unit else {})
