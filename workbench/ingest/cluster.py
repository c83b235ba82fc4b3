"""Extraction on a Dask cluster (dask.distributed): an address of a running scheduler, or
"local" for a cluster of worker processes on this machine, listening on loopback only.

Dask does the scheduling, retries and transport; each worker loads the model once, when it
joins (a WorkerPlugin), and keeps it for every batch it runs."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from workbench.ingest.engines import Engine, EngineUnavailable
from workbench.ingest.work import extract_batch, load_model

INSTALL = "pip install 'claim-workbench[cluster]'"

try:
    import dask
    from distributed import Client, LocalCluster, WorkerPlugin
except ImportError:  # the optional extra is not installed
    Client = LocalCluster = None  # type: ignore[assignment,misc]
    WorkerPlugin = object  # type: ignore[assignment,misc]

LOCAL_CONFIG: dict[str, object] = {
    # The nanny's default sets glibc's trim threshold to 64 kB, which also fixes its mmap
    # threshold: spaCy's arrays are then mapped and faulted in afresh for every batch (about
    # 10 ms of system time an article, five times the page faults of a pool worker).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # Monitoring for a dashboard this cluster does not serve, sampled many times a second in
    # every process whether a batch runs or not (idle, about 50 ms of processor time a second
    # in each worker and in this process): sampled rarely, or not at all.
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    # Batches are submitted a few at a time and taken in order: nothing queued to steal.
    "distributed.scheduler.work-stealing": False,
}
"""Dask settings for `--dask local` (a cluster started for one ingest, that only extracts);
a running cluster's settings are its operators'."""


class LoadModel(WorkerPlugin):
    """Loads the French model in each worker as it starts."""

    name = "claim-workbench-model"

    def setup(self, worker: object) -> None:
        load_model()


@contextmanager
def _ctrl_c_left_to_us() -> Iterator[None]:
    """Start local worker processes with Ctrl+C ignored (they inherit it), as the pool's
    workers do: the command stops the cluster itself instead of each worker dying with a
    traceback. Only the main thread may change signal handlers; elsewhere (the UI's worker
    thread) there is no Ctrl+C to leave anyway."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def local_cluster(workers: int) -> LocalCluster:
    """`workers` worker processes of one thread each on loopback, with LOCAL_CONFIG (the
    scheduler, in this process, and each worker read it as they start)."""
    with _ctrl_c_left_to_us(), dask.config.set(LOCAL_CONFIG):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )


class DaskEngine(Engine):
    """Batches sent to the cluster's workers with `Client.submit`; results taken in order."""

    RETRIES = 2
    """Dask re-runs a batch whose worker died this many times before giving up."""

    def __init__(self, address: str, workers: int) -> None:
        if Client is None:
            raise EngineUnavailable(f"--dask needs Dask: {INSTALL}")
        self.cluster = None
        try:
            if address == "local":
                self.cluster = local_cluster(workers)
                with dask.config.set(LOCAL_CONFIG):
                    self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as error:
            self.close()
            raise EngineUnavailable(
                f"--dask {address}: cannot reach the scheduler ({error})"
            ) from None
        self.client.register_plugin(LoadModel())
        self.workers = max(1, len(self.client.scheduler_info()["workers"]))

    def _submit(self, tasks: list):
        return self.client.submit(extract_batch, tasks, pure=False, retries=self.RETRIES)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
