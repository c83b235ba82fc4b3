"""A count with its noun in agreement: "1 match", "2 matches", "0 claims".

Counts were written with the plural whatever the number ("1 matches", "1 claims assigned",
"on 1 claim(s)"); every count the command line and the app print goes through `counted`."""

from __future__ import annotations


def plural(noun: str) -> str:
    """The English plural of a noun the workbench counts ("match" -> "matches")."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def counted(count: int, noun: str, many: str | None = None) -> str:
    """`count` and `noun`, plural unless it is 1 ("1 claim", "0 claims", "2 matches"); `many`
    gives an irregular plural."""
    return f"{count} {noun if count == 1 else (many or plural(noun))}"
