"""A claim's speaker, figures and dates as every report says them, those an analyst
corrected marked so ("(corrected by the desk)"), as the card and `workbench show` say them
too: a reader of the published report tells the
attributions and readings the desk vouches for from those the extraction made of the
article's words. What was corrected is the store's (`Store.dossier`: `claim["corrected"]`,
read from the claim's history)."""

from __future__ import annotations

from workbench.figure_text import figure_said
from workbench.report.words import date_said, words


def marked(text: str, corrected: bool, lang: str) -> str:
    """`text`, followed by "(corrected by the desk)" when the desk set it."""
    return f"{text} ({words(lang)['set_by_desk']})" if corrected else text


def speaker_said(claim: dict, lang: str) -> str:
    """The speaker ("—" for none), marked when the desk set it (or removed the one read)."""
    corrected = (claim.get("corrected") or {}).get("speaker", False)
    return marked(claim.get("speaker") or "—", corrected, lang)


def figures_said(claim: dict, lang: str) -> list[str]:
    """Each figure with what it counts, those the desk corrected or added marked."""
    desk = (claim.get("corrected") or {}).get("numbers", ())
    return [
        marked(figure_said(n, lang, claim["text"]), i in desk, lang)
        for i, n in enumerate(claim["numbers"])
    ]


def dates_said(claim: dict, lang: str) -> list[str]:
    """Each date as written and read, those the desk corrected or added marked."""
    desk = (claim.get("corrected") or {}).get("dates", ())
    return [marked(date_said(d, lang), i in desk, lang) for i, d in enumerate(claim["dates"])]


def set_by_desk(claim: dict, lang: str) -> list[str]:
    """What of the claim the desk set, unmarked: the speaker (or "—" for one removed), the
    figures and the dates, as the other columns of a row say them."""
    corrected = claim.get("corrected") or {}
    found = [claim.get("speaker") or "—"] if corrected.get("speaker") else []
    found += [
        figure_said(n, lang, claim["text"])
        for i, n in enumerate(claim["numbers"])
        if i in corrected.get("numbers", ())
    ]
    found += [
        date_said(d, lang) for i, d in enumerate(claim["dates"]) if i in corrected.get("dates", ())
    ]
    return found
