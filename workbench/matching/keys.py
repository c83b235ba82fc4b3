"""Index keys of a claim: the figures, dates and names it shares with the claims worth
comparing it to. A few keys a claim, looked up by index, keep matching fast at any size."""

from __future__ import annotations

from workbench.matching.signature import Signature


def keys(sig: Signature) -> set[str]:
    """A figure with what it counts ("q:6:missile"), or bare; the month of each date; each
    name. Figures in two languages meet: the value and the quantity are language-free."""
    found = {f"q:{value:g}:{kind}" if kind else f"v:{value:g}" for value, kind in sig.figures}
    found |= {f"v:{value:g}" for value, _ in sig.figures}
    found |= {f"d:{iso[:7]}" for iso in sig.dates}
    found |= {f"n:{name}" for name in sig.names}
    return found
