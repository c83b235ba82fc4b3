"""A span of a stored article read as the extraction reads a clause it cut: what `workbench
claim add` and `claim edit`, and the app's add and edit, run before the store stores the
claim (the store only stores; a parse has no place inside a write)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.extract.types import Claim


def read_claim_span(
    article: Mapping[str, Any], start: int, end: int, speaker: str | None = None
) -> Claim:
    """`[start, end)` of `article` (the store's: its text, language and publication day) read
    by `workbench.extract.read_span`: its speaker, figures, dates against the article's day,
    kinds, signals and score, one reading wherever the span comes from (added, or moved);
    `speaker`, one the analyst gave, stands over the one read ("": nobody)."""
    from workbench.extract import read_span
    from workbench.extract.dates import published_day

    return read_span(
        article["text"],
        (start, end),
        article.get("language"),
        published_day(article.get("published")),
        speaker,
    )


def read_moved_span(
    store: Any,
    claim_id: int,
    start: int | None,
    end: int | None,
    speaker: str | None,
    base: dict | None = None,
) -> Claim | None:
    """A claim's span moved to `[start, end)` read as `read_claim_span` reads it, with the
    speaker the move reads with (`Store.moved_span`); None when the span does not move. The
    app splits the two (the store under its lock, the reading outside it)."""
    moved = store.moved_span(claim_id, start, end, speaker, base)
    if moved is None:
        return None
    return read_claim_span(moved.article, moved.start, moved.end, moved.speaker)
