"""Where extraction runs: in this process, in a pool of worker processes, or on a Dask cluster.

Every engine takes batches in order and gives their extractions back in the same order, with
at most `window` batches in flight, so memory stays bounded and the one writer stores in order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any, Protocol, TypeVar

from workbench.ingest.sources import Job
from workbench.ingest.work import Extracted, extract_batch, pool_worker_setup

BATCH_ARTICLES = 8
"""Articles sent to a worker at once: enough to batch the parse, few enough to keep every
worker busy until the end."""


def batch_size(articles: int, workers: int) -> int:
    """Up to BATCH_ARTICLES per batch, fewer when that would leave workers idle: each worker
    should get about four batches."""
    return max(1, min(BATCH_ARTICLES, articles // (4 * workers)))


B = TypeVar("B", bound=list[Job])


class EngineUnavailable(RuntimeError):
    """An engine that cannot start (Dask missing, scheduler unreachable); meant for the user."""


class _Pending(Protocol):
    def result(self) -> Any: ...

    def cancel(self) -> Any: ...


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Engine:
    """Runs `extract_batch` somewhere; subclasses say where (`_submit`) and how many at once."""

    workers = 1

    @property
    def window(self) -> int:
        return 2 * self.workers

    def _submit(self, tasks: list) -> _Pending:
        raise NotImplementedError

    def extract(self, batches: Iterable[B]) -> Iterator[tuple[B, list[Extracted]]]:
        """Each batch with its extractions, in the order given; reading of `batches` runs only
        `window` batches ahead of what has been given back."""
        pending: deque[tuple[B, _Pending]] = deque()
        try:
            for batch in batches:
                pending.append((batch, self._submit([job.task for job in batch])))
                while len(pending) >= self.window:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:
                future.cancel()

    def close(self) -> None:
        """Stop whatever the engine started."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Ready:
    """A batch computed only when its result is asked for (the in-process engine)."""

    def __init__(self, tasks: list) -> None:
        self.tasks = tasks

    def result(self) -> list[Extracted]:
        return extract_batch(self.tasks)

    def cancel(self) -> bool:
        return True


class InProcess(Engine):
    """Extraction in this process: one worker, no start-up cost."""

    @property
    def window(self) -> int:
        return 1

    def _submit(self, tasks: list) -> _Pending:
        return _Ready(tasks)


class Pool(Engine):
    """A pool of worker processes (spawned, so a threaded caller such as the UI is safe), each
    loading the model once and keeping it."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=get_context("spawn"), initializer=pool_worker_setup
        )

    def _submit(self, tasks: list) -> Future:
        return self.executor.submit(extract_batch, tasks)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


POOL_FROM = 32
"""With no worker count given, fewer articles than this are extracted in this process: a
worker's start (a new interpreter, spaCy, the model) costs more than it would save."""


def make_engine(workers: int | None = None, dask: str | None = None, articles: int = 0) -> Engine:
    """The engine for `--workers N` / `--dask ADDRESS|local`: N worker processes (never more
    than articles), the cores when N is not given and the work is large enough; one worker
    runs in this process."""
    if dask:
        from workbench.ingest.cluster import DaskEngine

        return DaskEngine(dask, max(1, workers or default_workers()))
    if workers is None:
        workers = default_workers() if articles >= POOL_FROM else 1
    workers = max(1, min(workers, articles) if articles else workers)
    return InProcess() if workers == 1 else Pool(workers)
