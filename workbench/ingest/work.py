"""The unit of work an extraction worker runs, importable by any process (pool or Dask)."""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from dataclasses import dataclass
from datetime import date

from workbench.extract import Extraction, extract_many
from workbench.matching.prepare import PreparedClaims, prepare_article


@dataclass(frozen=True)
class Extracted:
    """An article's extraction and what matching computes of each of its claims: all the
    per-claim work is done by the worker, so the one writer only stores, retrieves and
    decides."""

    extraction: Extraction
    prepared: PreparedClaims


def extract_batch(tasks: list[tuple[str, str | None, date | None]]) -> list[Extracted]:
    """Extract a batch of articles in one parse stream and prepare their claims for matching.
    The model is loaded on first use and kept for the life of the process, so each worker
    loads it once."""
    return [
        Extracted(
            extraction,
            prepare_article(
                [claim.to_dict() for claim in extraction.claims],
                extraction.language,
                # The day undated claims are read as of: none when it is assumed.
                published.isoformat() if published else None,
            ),
        )
        for (_, _, published), extraction in zip(tasks, extract_many(tasks), strict=True)
    ]


def load_model() -> None:
    """Load the French model now (a worker warming up before its first batch), then leave
    what is loaded out of garbage collection: the model and dictionaries are some 490,000
    objects kept for the life of the worker, which every full collection walked again
    (about 4 ms of processor time an article, 6% of the extraction)."""
    from workbench.extract.nlp import french
    from workbench.matching.prepare import stamp

    french()
    stamp()  # the matcher and its dictionaries, which preparing claims reads
    gc.collect()
    gc.freeze()


def pool_worker_setup(interval: float = 0.5) -> None:
    """Set up a pool worker. Ctrl+C is the parent's to handle (it stops the pool and says so);
    a worker ignores it rather than dying mid-wait with a traceback. And a worker leaves when
    its parent is gone: it waits on a queue it also holds the writing end of, so it would
    never see its parent killed (kill -9); a thread notices the re-parenting and exits."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()
