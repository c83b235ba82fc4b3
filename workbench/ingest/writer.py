"""The one writer into the store: each article with its claims in one transaction (the
store's `ingest`), so an interrupted run leaves whole articles only and a rerun skips them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.extract import Extraction
from workbench.ingest.flow import Refused, Stored
from workbench.ingest.sources import Job
from workbench.matching.prepare import PreparedClaims
from workbench.store import InvalidInput, Store

Call = Callable[[Callable[[Store], Any]], Any]
"""How the writer reaches the store: directly (`lambda f: f(store)`) or through the UI's
gateway, which serialises calls from worker threads."""


class StoreWriter:
    def __init__(self, call: Call) -> None:
        self.call = call

    @classmethod
    def on(cls, store: Store) -> StoreWriter:
        return cls(lambda function: function(store))

    def known(self, job: Job) -> int | None:
        return self.call(lambda store: store.article_by_hash(job.text))

    def put(
        self, job: Job, extraction: Extraction, prepared: PreparedClaims | None = None
    ) -> Stored | Refused:
        try:
            result = self.call(
                lambda store: store.ingest(
                    job.text,
                    extraction,
                    title=job.title,
                    url=job.url,
                    outlet=job.outlet,
                    prepared=prepared,
                    published_assumed=job.published is None,
                )
            )
        except InvalidInput as error:
            return Refused(job.name, str(error))
        assumed = extraction.published.isoformat() if job.published is None else None
        found = (
            (job.published.isoformat(), job.published_from)
            if job.published is not None and job.published_from
            else None
        )
        return Stored(job.name, result.article_id, result.claims, assumed, found)

    def finish(self) -> None:
        """Match what an earlier, interrupted run stored but did not match: a rerun that
        finds every article already stored still completes their matching."""
        self.call(lambda store: store.resume_matching())
