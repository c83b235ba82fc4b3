"""A stored explanation (see `explain.details`) is said from the first claim of its pair
towards the other; the card and the report read it from either claim's side. Pure data, no
matcher: the store turns it round as it reads a match."""

from __future__ import annotations

LIKELY = 0.5
"""A suggestion below this score is weak. The score is the model's probability that the two
claims are one (a logistic fit on the labelled pairs and the claims of other events retrieval
brings); the shipped threshold is far lower (the cut that finds 80% of the same-claim pairs
of events the model did not see), so a suggestion between the two is one the model itself
gives less than even odds: shown apart, never as a strong one. (On events it did not see,
leave-one-cluster-out on the development pairs and the drawn claims of other events, 5 of 71
pairs scored between the threshold and 0.2 were one claim, 13 of 24 between 0.2 and 0.5, 43
of 56 at 0.5 or more.)"""


MATCH = "match"
"""The kind of a suggestion that two claims are one claim."""
OTHER_FIGURE = "other figure"
"""The kind of a suggestion that two claims report one fact with figures that disagree (37
miners in one report, 38 in another; see `matcher.decided`): never a match until the analyst
confirms it, which links the two (their figures are then compared, as for a hand link)."""


UNRENDERED = "later"
"""What a suggestion the matcher makes while storing an article keeps as its evidence: not the
explanation itself, which is worked out from the two claims as stored when it is first read
(`suggest.explained`) and kept once an analyst decides the suggestion or a claim of it is
dated again. Saying each suggestion in the claims' words when it was made cost the writer
more than half a millisecond a claim stored, for explanations most of which nobody reads. Not
JSON: a reader that took it for an explanation would fail, not show a wrong one."""


def is_other_figure(match: dict) -> bool:
    """A suggestion of the kind "same fact, other figure" not confirmed (yet): not a match, so
    it makes no claim "seen before" and its figures are not compared as a matched claim's."""
    return match.get("kind") == OTHER_FIGURE and match.get("state") != "confirmed"


def is_weak(match: dict) -> bool:
    """A suggestion (not yet decided, made by the matcher) the model finds unlikely."""
    return match.get("state") == "suggested" and float(match.get("score") or 0) < LIKELY


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
        elif name in ("dates", "stance"):
            turned[name] = value[::-1]
        elif name == "speaker":
            turned[name] = [value[1], value[0], value[2]]
        else:
            turned[name] = value
    return turned
