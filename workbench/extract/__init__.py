"""Claim extraction: a pure function from an article's text to its check-worthy claims.

Knows nothing of storage or the UI. The French model loads lazily, once per process.
"""

from workbench.extract.pipeline import Extraction, extract, extract_many
from workbench.extract.types import Claim, DateMention, NumberMention

__all__ = ["Claim", "DateMention", "Extraction", "NumberMention", "extract", "extract_many"]
