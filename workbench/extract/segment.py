"""Cut an article into paragraphs and sentences, as character spans of the original text.

spaCy's French parser merges sentences across paragraph breaks and splits inside quotes, so
claims are cut here, with rules a reader would use, before any model sees the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.dates import MONTHS

MAX_SPAN = 400
"""A claim is a sentence or a clause, never longer than this (the gold matching rule's limit)."""

OPENING_QUOTES = "«“‘„"
CLOSING_QUOTES = "»”’“"
TERMINAL = ".!?…"
ABBREVIATIONS = {
    "m",
    "mm",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "mme",
    "mmes",
    "mlle",
    "pr",
    # Titles before a name ("the Very Rev. John Smith", "Mgr. Paul Ndu", "Prof. Jane Roe").
    "rev",
    "revd",
    "prof",
    "hon",
    "msgr",
    "mgr",
    "fr",
    "maj",
    "brig",
    "adm",
    "cmdr",
    "cpl",
    "pvt",
    "supt",
    "insp",
    "det",
    "pres",
    "mt",
    "ste",
    "gen",
    "gov",
    "sen",
    "rep",
    "lt",
    "col",
    "sgt",
    "capt",
    "no",
    "vs",
    "etc",
    "av",
    "apr",
    "inc",
    "corp",
    "ltd",
    "co",
    "p",
    "pp",
    "vol",
    "fig",
    "jan",
    "feb",
    "mar",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "a.m",
    "p.m",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "cf",
    "env",
    "art",
    "min",
}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:mais|et|car|tandis|alors|but|and|while|which|who|qui|dont)\b)"
)


@dataclass(frozen=True)
class Sentence:
    """A sentence's span in the article, the paragraph it sits in, and whether it is a heading."""

    start: int
    end: int
    paragraph: int
    heading: bool = False


def _blank(char: str) -> bool:
    """Whitespace, or a control character (a stray BEL or escape) that prints nothing."""
    return char.isspace() or not char.isprintable()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks separated by blank lines, trimmed; empty blocks are dropped."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append(_trimmed(text, position, match.start()))
        position = match.end()
    spans.append(_trimmed(text, position, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > floor and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # An initial ("J. K. Rowling") or a dotted acronym ("U.S.").
    return len(word) == 1 and text[start].isupper() or bool(re.fullmatch(r"(\w\.)+\w", word))


_TIME_OF_DAY = re.compile(r"(?<![\w.])[ap]\.m$", re.IGNORECASE)
# what may follow "3 a.m." inside the sentence: a day, a month, a time zone, in letters or
# named by a place or a region ("9 p.m. Moscow time", "8 a.m. Eastern Standard Time")
_AFTER_TIME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?(?:\s|$)|[A-Z]{2,4}\b(?![a-z])|(?:[A-Z][\w-]*\s+){1,3}[Tt]ime\b"
)


def _time_ends(text: str, dot: int, following: int) -> bool:
    """ "... declared shortly after 3 a.m. Turnout was 38.4 percent": after a time of day, a
    capitalised word other than a day, a month or a time zone ("3 a.m. Monday", "9 a.m.
    GMT") opens the next sentence."""
    return bool(_TIME_OF_DAY.search(text, max(0, dot - 4), dot)) and not _AFTER_TIME.match(
        text, following
    )


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence end in text[start:end], ignoring ends inside quotes."""
    ends = []
    depth = 0
    straight_open = False
    i = start
    while i < end:
        char = text[i]
        closes_quote = False
        if char in "«“„" and not (char == "“" and depth > 0):
            depth += 1
        elif char in "»”" or (char == "“" and depth > 0):
            depth = max(0, depth - 1)
            closes_quote = depth == 0
        elif char == '"':
            straight_open = not straight_open
            closes_quote = not straight_open and depth == 0
        elif char == "\n" and depth == 0 and not straight_open:
            line_end = i
            if line_end > start and _looks_like_line_end(text, start, line_end):
                ends.append(line_end)
        if (char in TERMINAL or closes_quote) and depth == 0 and not straight_open:
            before_mark = text[i - 1 - _spaces_back(text, i - 1)] if i > start else ""
            if closes_quote and (not before_mark or before_mark not in TERMINAL):
                i += 1
                continue
            j = i + 1
            while j < end and (text[j] in TERMINAL or text[j] in CLOSING_QUOTES + ")]\"'"):
                j += 1
            if j >= end:
                break
            if text[j].isspace():
                k = j
                while k < end and text[k].isspace():
                    k += 1
                next_char = text[k] if k < end else ""
                starts_sentence = (
                    next_char.isupper()
                    or next_char.isdigit()
                    or (next_char in OPENING_QUOTES + "\"'—–-(")
                )
                if starts_sentence and not (
                    char == "." and _is_abbreviation(text, i, start) and not _time_ends(text, i, k)
                ):
                    ends.append(j)
                    i = j
                    continue
        i += 1
    return ends


def _spaces_back(text: str, index: int) -> int:
    count = 0
    while index - count > 0 and text[index - count] == " ":
        count += 1
    return count


def _looks_like_line_end(text: str, start: int, newline: int) -> bool:
    """A single newline ends a sentence after terminal punctuation or after a short title line."""
    line_start = text.rfind("\n", start, newline) + 1
    line = text[max(line_start, start) : newline].rstrip()
    if not line:
        return False
    return line[-1] in TERMINAL + CLOSING_QUOTES + '":' or len(line) < 80


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span longer than MAX_SPAN at clause breaks, then at spaces, into pieces that fit."""
    if end - start <= MAX_SPAN:
        return [(start, end)]
    middle = (start + end) // 2
    best = None
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        cut = match.start() + 1
        if start < cut < end and (best is None or abs(cut - middle) < abs(best - middle)):
            best = cut
    if best is None or best - start < 20 or end - best < 20:
        space = text.rfind(" ", start, middle + 1)
        best = space if space > start else min(start + MAX_SPAN, end)
    pieces = []
    for piece_start, piece_end in ((start, best), (best, end)):
        piece_start, piece_end = _trimmed(text, piece_start, piece_end)
        if piece_end > piece_start:
            pieces.extend(_split_long(text, piece_start, piece_end))
    return pieces


# "BRISBANE, March 7 - ", "PARIS (Reuters) - ", "LONDON — ", "GENÈVE, 7 mars (AFP) – ": the
# dateline says where and when the report was filed, it states nothing; it is left out of the
# sentence (and its date is no claim's, only the article's context). A place written in
# ordinary capitals ("Genève, 4 mars 2025 - ", "Saint-Louis (AFP) — ", "Port Louis, May 2
# (Reuters) - ") is a dateline only with a date of filing or a bracketed agency, so that
# "Paris, Londres - ..." stays a sentence. The region or country in brackets after the place
# ("SAINT-DENIS (La Réunion), 9 avril 2026 (AFP) – ", "LYON (Rhône) - ") is part of it, and
# so is the country after a comma ("Lodz, Poland, March 12 - "). A report filed from two
# places joins them by a slash ("ROME/PARIS, Nov 26 (Reuters) - ", "Dakar/Abidjan (AFP) - ").
_UPPER_CITY = r"[A-ZÀ-Ý][A-ZÀ-Ý.'’-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý.'’-]+){0,3}"
_UPPER_PLACE = rf"{_UPPER_CITY}(?: ?/ ?{_UPPER_CITY}){{0,2}}"
_CITY = r"[A-ZÀ-Ý][\w'’.-]+(?:[ -](?:[A-ZÀ-Ý][\w'’.-]+|de|du|des|la|le|sur|en|d['’]\w+)){0,3}"
_PLACE = rf"{_CITY}(?: ?/ ?{_CITY}){{0,2}}"
_COUNTRY = r"(?:, ?[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?)?"
_MONTH = "|".join(sorted({m for names in MONTHS.values() for m in names}, key=len, reverse=True))
_FILED = (
    rf"(?:[^\W\d_]+\.? )?(?:\d{{1,2}}(?:er)? (?i:{_MONTH})\.?|(?i:{_MONTH})\.? \d{{1,2}})"
    r"(?:,? \d{4})?"
)
_REGION = r"(?: \([A-ZÀ-Ý][^()\n]{1,30}\))?"
_DATELINE = re.compile(
    rf"(?:{_UPPER_PLACE}{_REGION}(?:, ?[\w.]+(?: [\w.]+){{0,2}}){{0,2}} ?"
    rf"(?:\([^()\n]{{1,40}}\) ?)?"
    rf"|{_PLACE}(?:{_REGION}{_COUNTRY}, ?{_FILED} ?(?:\([^()\n]{{1,40}}\) ?)?"
    rf"|,? ?\([A-Z][^()\n]{{1,30}}\) ?))"
    r"[-–—] +(?=\S)"
)


def dateline_end(text: str, start: int) -> int:
    """Where the text after a dateline opening a paragraph at `start` begins (`start` if none)."""
    match = _DATELINE.match(text, start)
    if match is None or not any(c.isupper() for c in text[match.end() : match.end() + 3]):
        return start
    return match.end()


def dateline(text: str) -> tuple[int, str] | None:
    """The dateline opening the article's title or lead paragraph ("Bichkek, 4 mars 2025 - "),
    if one has it, with the offset where the text after it starts."""
    for p_start, _ in paragraphs(text)[:2]:
        end = dateline_end(text, p_start)
        if end > p_start:
            return end, text[p_start:end]
    return None


def sentences(text: str) -> list[Sentence]:
    """Every sentence of the text, in order, none longer than MAX_SPAN characters."""
    result: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        p_start = dateline_end(text, p_start)
        cuts = [p_start, *_sentence_ends(text, p_start, p_end), p_end]
        for s_start, s_end in zip(cuts, cuts[1:], strict=False):
            s_start, s_end = _trimmed(text, s_start, s_end)
            if s_end <= s_start:
                continue
            heading = (
                "\n" not in text[s_start:s_end]
                and text[s_end - 1] not in (TERMINAL + CLOSING_QUOTES + '"')
                and (s_end - s_start) < 120
            )
            for piece_start, piece_end in _split_long(text, s_start, s_end):
                result.append(Sentence(piece_start, piece_end, number, heading))
    return result
