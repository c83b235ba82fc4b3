"""Claim extraction: a pure function from an article's text to its check-worthy claims.

Knows nothing of storage or the UI. The French model loads lazily, once per process. The
names below are imported on first use (PEP 562): importing one submodule, such as the store's
`workbench.extract.dates`, does not import the whole pipeline with it.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.extract.pipeline import Extraction, extract, extract_many, read_span
    from workbench.extract.types import Claim, DateMention, NumberMention

_HOMES = {
    "Extraction": "pipeline",
    "extract": "pipeline",
    "extract_many": "pipeline",
    "read_span": "pipeline",
    "Claim": "types",
    "DateMention": "types",
    "NumberMention": "types",
}

__all__ = [
    "Claim",
    "DateMention",
    "Extraction",
    "NumberMention",
    "extract",
    "extract_many",
    "model_loaded",
    "read_span",
]


def model_loaded() -> bool:
    """Whether the French model is in memory already: reading French loads it first (some
    30 s on a small machine), which a screen may say before it waits."""
    nlp = sys.modules.get(f"{__name__}.nlp")
    return nlp is not None and nlp.french.cache_info().currsize > 0


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
