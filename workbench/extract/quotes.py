"""Quoted passages: « », “ ” and straight double quotes, as spans including the marks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.segment import Sentence

_QUOTE = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"|„[^„“”]*[“”]")


# "le ferry « Capo Rosso »", "l'opération « Barkhane »", "the tanker “Sea Star”": a short
# capitalised name in quotation marks right after a common noun (behind its determiner) names
# that thing, it quotes nobody ("a" is left out of the determiners: French "a lancé « X »")
_NAMED_BY = re.compile(
    r"(?:\b(?i:le|la|les|du|des|au|aux|un|une|ce|cet|cette|son|sa|leur|the|its|their)\s+"
    r"|\b[ldLD]['’])[a-zà-ÿ][a-zà-ÿ-]+\s*$"
)
_NAME_INSIDE = re.compile(
    r"\s*[A-ZÀ-Ý0-9][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’.-]*|de|du|des|di|del|la|le|of|the))"
    r"{0,3}\s*"
)


def _a_name(text: str, start: int, end: int) -> bool:
    """Is the passage at start:end a thing's name after its common noun, not a quotation?"""
    inner = text[start + 1 : end - 1]
    return bool(_NAME_INSIDE.fullmatch(inner) and _NAMED_BY.search(text, max(0, start - 40), start))


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted passages of `text` (marks included), in order."""
    return [
        m.span()
        for m in _QUOTE.finditer(text)
        if len(m.group(0).strip('«»“”"„ ')) > 0 and not _a_name(text, *m.span())
    ]


def inside(position: int, quotes: list[tuple[int, int]]) -> bool:
    """True when the character at `position` lies inside one of the quoted passages."""
    return any(start <= position < end for start, end in quotes)


def sentence_quotes(text: str, spans: Sequence[Sentence]) -> list[list[tuple[int, int]]]:
    """Each sentence's quoted passages, relative to the sentence, found over its whole
    paragraph: a quotation that runs over several sentences covers each of them."""
    result: list[list[tuple[int, int]]] = [[] for _ in spans]
    index = 0
    while index < len(spans):
        last = index
        while last + 1 < len(spans) and spans[last + 1].paragraph == spans[index].paragraph:
            last += 1
        start, end = spans[index].start, spans[last].end
        passages = [(start + a, start + b) for a, b in find_quotes(text[start:end])]
        for position in range(index, last + 1):
            span = spans[position]
            result[position] = [
                (max(a, span.start) - span.start, min(b, span.end) - span.start)
                for a, b in passages
                if a < span.end and span.start < b
            ]
        index = last + 1
    return result
