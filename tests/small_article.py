"""A small English article stored without the French model (English runs on rules): what the
hardening tests build on, fast enough to create one per test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

TEXT = (
    "Flood toll rises\n\n"
    "The ministry said 12 people were killed on Monday.\n\n"
    "According to the mayor, Anna Smith, 300 homes were destroyed in 2023.\n\n"
    "The army reported 40 drones over the city.\n"
)


def small_store(path: Path, analyst: str = "ana"):
    """A store at `path` holding the small article (its id in `store.article_id`)."""
    from workbench.extract import extract
    from workbench.store import Store

    store = Store.open(path, analyst)
    result = store.ingest(TEXT, extract(TEXT, "en", date(2024, 1, 10)), title="Flood toll rises")
    store.article_id = result.article_id  # type: ignore[attr-defined]
    return store


def claim_ids(store) -> list[int]:
    return [c["id"] for c in store.claims(article_id=store.article_id)]


SECOND_TEXT = (
    "Floods kill twelve\n\n"
    "Twelve people were killed on Monday in the floods, the ministry said.\n\n"
    "The army reported 40 drones over the city.\n"
)
"""Another report of the small article's floods: its claims are suggested as the same as
two of the small article's."""


def two_reports(path: Path, analyst: str = "ana"):
    """The small store with `SECOND_TEXT` ingested after it (its id in `store.second_id`)."""
    from workbench.extract import extract

    store = small_store(path, analyst)
    store.second_id = store.ingest(  # type: ignore[attr-defined]
        SECOND_TEXT, extract(SECOND_TEXT, "en", date(2024, 1, 10)), title="Floods kill twelve"
    ).article_id
    return store


def add_figure_claim(
    text: str,
    extraction,
    sentence: str,
    written: str,
    unit: str,
    speaker: str,
    score: float,
    at: int | None = None,
) -> str:
    """`text` with `sentence` appended as one claim of `extraction` whose one figure is
    `written` (at `at` in the sentence, else where it first appears), counting `unit`: the
    hand-built articles of the tests that need no language model."""
    from workbench.extract import Claim
    from workbench.extract.types import NumberMention

    start = len(text) + (1 if text else 0)
    text += (" " if text else "") + sentence
    begins = start + (sentence.index(written) if at is None else at)
    figure = NumberMention(written, float(written), begins, begins + len(written), unit)
    extraction.claims.append(
        Claim(
            start,
            start + len(sentence),
            sentence,
            kinds=["number"],
            numbers=[figure],
            speaker=speaker,
            score=score,
        )
    )
    return text


def add_read(store, article_id: int, start: int, end: int, speaker: str | None = None) -> int:
    """A claim added as `workbench claim add` adds it: the span read first, then stored."""
    from workbench.claim_reading import read_claim_span

    start, end = store.claim_span(article_id, start, end)
    reading = read_claim_span(store.article(article_id), start, end, speaker)
    return store.add_claim(article_id, start, end, speaker=speaker, reading=reading)


def edit_read(store, claim_id: int, **edit):
    """`store.edit_claim(claim_id, **edit)` as `workbench claim edit` and the app run it: a
    moved span read first (`claim_reading.read_moved_span`)."""
    from workbench.claim_reading import read_moved_span

    reading = read_moved_span(
        store, claim_id, edit.get("start"), edit.get("end"), edit.get("speaker"), edit.get("base")
    )
    return store.edit_claim(claim_id, **edit, reading=reading)
