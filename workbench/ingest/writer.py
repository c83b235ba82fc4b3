"""The one writer into the store: each article with its claims in one transaction (the
store's `ingest`), so an interrupted run leaves whole articles only and a rerun skips them."""

from __future__ import annotations

import gc
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
    def __init__(self, call: Call, *, freezing: bool = False) -> None:
        self.call = call
        self.freezing = freezing
        """Whether each stored article leaves what the process holds out of garbage
        collection until `finish` (see `put`): for a writer that has its process to itself."""

    @classmethod
    def on(cls, store: Store) -> StoreWriter:
        """The writer of a process that stores and does little else (`workbench ingest`,
        `import-shards`, the benchmarks): it freezes (see `put`)."""
        return cls(lambda function: function(store), freezing=True)

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
        finally:
            if self.freezing:
                # What the writer keeps grows with the store (the signatures of the stored
                # claims matching compares with, the holders of index keys): every full
                # collection walked it again, 0.3-0.4 ms of processor time a claim stored,
                # for no cyclic garbage found (none in 100 articles of benchmarks/matching.py).
                # Frozen, it is left out until `finish`; objects stay freed by their counts.
                gc.freeze()
        assumed = extraction.published.isoformat() if job.published is None else None
        found = (
            (job.published.isoformat(), job.published_from)
            if job.published is not None and job.published_from
            else None
        )
        return Stored(
            job.name, result.article_id, result.claims, assumed, found, extraction.language
        )

    def finish(self) -> None:
        """Match what an earlier, interrupted run stored but did not match: a rerun that
        finds every article already stored still completes their matching."""
        try:
            self.call(lambda store: store.resume_matching())
        finally:
            if self.freezing:
                gc.unfreeze()  # collected again, as any other process's objects
