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
