"""The unit of work an extraction worker runs, importable by any process (pool or Dask)."""

from __future__ import annotations

import os
import signal
import threading
import time
from datetime import date

from workbench.extract import Extraction, extract_many


def extract_batch(tasks: list[tuple[str, str | None, date | None]]) -> list[Extraction]:
    """Extract a batch of articles in one parse stream. The model is loaded on first use and
    kept for the life of the process, so each worker loads it once."""
    return list(extract_many(tasks))


def load_model() -> None:
    """Load the French model now (a worker warming up before its first batch)."""
    from workbench.extract.nlp import french

    french()


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
