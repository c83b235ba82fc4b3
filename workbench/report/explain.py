"""Why the matcher suggested a match, in the two claims' own words: one line per piece of
evidence (words, names, figures, dates, speakers) with its weight."""

from __future__ import annotations

from workbench.figure_text import figure_value
from workbench.report.typography import labelled, typeset
from workbench.report.words import words

EVIDENCE = {
    "shared words": "mots en commun",
    "words both ways": "mots en commun des deux côtés",
    "shared words across languages": "mots en commun (deux langues)",
    "two words": "deux mots en commun de chaque côté",
    "names and words": "noms et mots en commun",
    "same figure, same count": "même chiffre, même objet",
    "shared figure": "même chiffre",
    "other figure": "autre chiffre",
    "figures apart": "chiffres sans correspondance",
    "same day": "même jour",
    "other date": "autre date",
    "same speaker": "même source",
    "other speaker": "autre source",
    "stance apart": "autre modalité",
    "news apart": "nouvelles éloignées",
}
"""The matcher's evidence (workbench.matching.features) in French; English is its name."""


GROUPS = (
    ("words", ("shared words", "words both ways", "shared words across languages", "two words")),
    ("names", ("names and words",)),
    ("same figure, same count", ("same figure, same count",)),
    ("shared figure", ("shared figure",)),
    ("other figure", ("other figure",)),
    ("figures apart", ("figures apart",)),
    ("same day", ("same day",)),
    ("other date", ("other date",)),
    ("speaker", ("same speaker", "other speaker")),
    ("stance apart", ("stance apart",)),
    ("news apart", ("news apart",)),
)
"""How an explanation reads the evidence: the evidence on words is one line that names the
words, a speaker's closeness one line (the model weighs it both ways: "same speaker" and
"other speaker" are one comparison)."""


GROUP_WORDS = {
    "en": {
        "words": "words in common",
        "names": "names, with the words",
        "speaker": "speaker",
        "of": "of",
        "here": "here",
        "there": "there",
        "alike": "alike",
        "same word": "same word",
        "dictionary": "dictionary",
        "spelled alike": "spelled alike",
        "that_claim": "that claim",
        "weak": "weak",
        "stated": "stated",
    },
    "fr": {
        "words": "mots en commun",
        "names": "noms, avec les mots",
        "speaker": "source",
        "of": "sur",
        "here": "ici",
        "there": "là",
        "alike": "de ressemblance",
        "same word": "même mot",
        "dictionary": "dictionnaire",
        "spelled alike": "même début",
        "that_claim": "cette affirmation",
        "weak": "faible",
        "stated": "affirmé",
    },
}


def evidence_said(name: str, language: str) -> str:
    table = GROUP_WORDS.get(language, GROUP_WORDS["en"])
    if name in table:
        return table[name]
    return EVIDENCE.get(name, name) if language == "fr" else name


def quoted(text: object) -> str:
    return f"“{text}”"


def _detail(group: str, evidence: dict, language: str) -> str:
    """The claims' own words behind one line of an explanation ("" when not stored)."""
    said = GROUP_WORDS.get(language, GROUP_WORDS["en"])
    figures = evidence.get("figures") or {}
    if group == "words" and evidence.get("words"):
        words = evidence["words"]
        pairs = ", ".join(
            a if a.casefold() == b.casefold() else f"{a} ≈ {b} ({said.get(how, how)})"
            for a, b, how in words.get("pairs", [])
        )
        counts = [
            f"{found[0]} {said['of']} {found[1]} {said[side]}"
            for side in ("here", "there")
            if (found := words.get("mine" if side == "here" else "theirs"))
        ]
        return pairs + (f" ({', '.join(counts)})" if counts else "")
    if group == "names" and evidence.get("names"):
        return ", ".join(
            a if a.casefold() == b.casefold() else f"{a} ≈ {b} ({close:.2f})"
            for a, b, close in evidence["names"]
        )
    if group in ("same figure, same count", "shared figure"):
        kind = "same" if group == "same figure, same count" else "shared"
        return ", ".join(f"{a} = {b}" for a, b in figures.get(kind, []))
    if group == "other figure":
        return ", ".join(
            f"{mine[0]} ≠ {theirs[0]}"
            if len(mine) == 1 == len(theirs)
            else f"{', '.join(mine)} / {', '.join(theirs)}"
            for mine, theirs in figures_set_apart(figures)
        )
    if group == "figures apart" and figures.get("apart"):
        mine, theirs = figures["apart"]
        return f"{', '.join(mine)} / {', '.join(theirs)}"
    if group in ("same day", "other date") and evidence.get("dates"):
        mine, theirs = evidence["dates"]
        if group == "same day":
            return ", ".join(sorted(set(mine) & set(theirs) - {d for d in mine if len(d) < 10}))
        return f"{', '.join(mine)} / {', '.join(theirs)}"
    if group == "speaker" and evidence.get("speaker"):
        mine, theirs, close = evidence["speaker"]
        return f"{quoted(mine)} / {quoted(theirs)}, {figure_value(close, language)} {said['alike']}"
    if group == "stance apart" and evidence.get("stance"):
        return " / ".join(
            quoted(", ".join(side)) if side else said["stated"] for side in evidence["stance"]
        )
    return ""


def figures_set_apart(figures: dict) -> list[tuple[list[str], list[str]]]:
    """The figures of one kind whose values never meet (the evidence "other figure"), as the
    matcher weighs them: a figure that meets one of the other claim's is set against none of
    them. An explanation lists every pair of one kind that differ, and said "Nineteen ≠
    trois" of "Nineteen people were injured, three of them seriously" and "dix-sept blessés
    [...], dont trois dans un état grave": the whole against the part, whose "three" met
    "trois". What is left is grouped: a figure with a single counterpart is set against it
    ("Nineteen ≠ dix-sept"); where several of one side face several of the other, which one
    counts what the other counts is not known, and they are said as two sets, never as
    pairs ("Nineteen, three / dix-sept, quatre")."""
    met = (
        [str(a) for a, _ in figures.get("same") or []],
        [str(b) for _, b in figures.get("same") or []],
    )
    groups: list[tuple[list[str], list[str]]] = []
    for a, b in figures.get("other") or []:
        a, b = str(a), str(b)
        if a in met[0] or b in met[1]:
            continue
        joined = [n for n, group in enumerate(groups) if a in group[0] or b in group[1]]
        if not joined:
            groups.append(([a], [b]))
            continue
        mine, theirs = groups[joined[0]]
        for n in reversed(joined[1:]):  # a pair that joins two groups makes them one
            mine += [x for x in groups[n][0] if x not in mine]
            theirs += [y for y in groups[n][1] if y not in theirs]
            del groups[n]
        mine += [a] * (a not in mine)
        theirs += [b] * (b not in theirs)
    return groups


def explain_lines(match: dict, language: str) -> list[str]:
    """Which evidence counted for a match and how much (log-odds), largest first, each with
    what it compared when the match stores it: the words, names, figures, dates and speakers
    of the two claims, as written."""
    signals = match.get("signals") or {}
    if not isinstance(signals, dict) or not signals:
        return []
    evidence = match.get("evidence") or {}
    lines = []
    for group, names in GROUPS:
        counted = [signals[name] for name in names if name in signals]
        if not counted:
            continue
        detail = _detail(group, evidence, language) if isinstance(evidence, dict) else ""
        total = sum(counted)
        lines.append(
            (
                abs(total),
                labelled(f"{evidence_said(group, language)} {total:+.2f}", language) + f" {detail}"
                if detail
                else f"{evidence_said(group, language)} {total:+.2f}",
            )
        )
    grouped = {name for _, names in GROUPS for name in names}
    for name, value in signals.items():
        if name not in grouped:  # evidence of an older matcher, stored with its match
            lines.append((abs(value), f"{evidence_said(name, language)} {value:+.2f}"))
    lines.sort(key=lambda line: -line[0])
    return [line for _, line in lines]


def explain_match(match: dict, language: str) -> str:
    """Which evidence counted for a suggested match and how much, on one line."""
    lines = explain_lines(match, language)
    if not lines:
        return ""
    return f"{labelled(words(language)['because'], language)} {typeset('; ', language).join(lines)}"


FIGURE_GROUPS = ("same figure, same count", "shared figure", "other figure", "figures apart")
"""The explanation's lines on figures, which a report of the same fact with another figure
says on its own terms (its signals leave them out anyway)."""
