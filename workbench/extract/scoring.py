"""Check-worthiness: a score in [0, 1] made of named signals, so every score can be explained."""

from __future__ import annotations

WEIGHTS = {
    "figure": 0.3,
    "date": 0.15,
    "quote": 0.2,
    "attributed": 0.25,
    "named source": 0.1,
    "event": 0.3,
    "appearance or feeling": -0.35,
    "fear or hope held by nobody": -0.35,
    "question": -0.2,
    "title or fragment": -1.0,
    "credit line": -1.0,
    "refusal to comment": -1.0,
}
THRESHOLD = 0.25
"""Sentences scoring below this are not offered as claims."""


def score(signals: list[str]) -> float:
    """The sum of the signals' weights, clipped to [0, 1]."""
    return max(0.0, min(1.0, sum(WEIGHTS[name] for name in signals)))
