"""How the desk names a claim: "claim 7 (id 26)".

A claim has two numbers. Its number in its article ("Claim 7") is the one a user reads: the
table's `#`, the card, the forms, every report (the only one a public report gives), and it
never changes (`store.claims.NUMBERED`). Its database id is what the command line takes
(`workbench show 26`); it is always written "id 26", never as a bare "claim 26", which a
trial's analyst read as another article's, or another, claim 26. Inside its article's own
screen a claim is "Claim 7"; anywhere it may be of another article, "claim 7 (id 26)"."""

from __future__ import annotations


def claim_name(place: int | None, claim_id: int, *, capital: bool = False) -> str:
    """ "claim 7 (id 26)" ("Claim 7 (id 26)" to open a line); "claim (id 26)" when its
    number is not known (a claim of no article the store can read)."""
    word = "Claim" if capital else "claim"
    return f"{word} {place} (id {claim_id})" if place else f"{word} (id {claim_id})"


def claim_number(place: int | None, claim_id: int) -> str:
    """A claim named inside its article's own screen: "Claim 7" (its id when its number is
    not known, labelled so: "Claim (id 26)")."""
    return f"Claim {place}" if place else f"Claim (id {claim_id})"
