"""Claims across articles: is this the same claim as one the desk has seen (in either
language)? Pure functions over claim signatures; the store keeps keys and decisions."""

from workbench.matching.matcher import THRESHOLD, MatchScore, compare
from workbench.matching.signature import Signature, signature

__all__ = ["THRESHOLD", "MatchScore", "Signature", "compare", "signature"]
