"""A stored explanation (see `explain.details`) is said from the first claim of its pair
towards the other; the card and the report read it from either claim's side. Pure data, no
matcher: the store turns it round as it reads a match."""

from __future__ import annotations


def flipped(evidence: dict) -> dict:
    """The same evidence said from the other claim's side."""
    turned: dict = {}
    for name, value in evidence.items():
        if name == "words":
            turned[name] = {
                "pairs": [[b, a, how] for a, b, how in value.get("pairs", [])],
                "mine": value.get("theirs"),
                "theirs": value.get("mine"),
            }
        elif name == "names":
            turned[name] = [[b, a, close] for a, b, close in value]
        elif name == "figures":
            turned[name] = {
                kind: (pairs[::-1] if kind == "apart" else [[y, x] for x, y in pairs])
                for kind, pairs in value.items()
            }
        elif name == "dates":
            turned[name] = value[::-1]
        elif name == "speaker":
            turned[name] = [value[1], value[0], value[2]]
        else:
            turned[name] = value
    return turned
