"""Ingest, defined once: the command line (`ingest`, `extract-batch`, `import-extractions`)
and the UI's ingest worker all run this flow. Extraction runs in this process, in a pool of
worker processes, or on a Dask cluster; one writer stores in order."""

from workbench.ingest.engines import EngineUnavailable, default_workers
from workbench.ingest.flow import Duplicate, Progress, Refused, Stored, ingest
from workbench.ingest.sources import Defaults
from workbench.ingest.writer import StoreWriter

__all__ = [
    "Defaults",
    "Duplicate",
    "EngineUnavailable",
    "Progress",
    "Refused",
    "Stored",
    "StoreWriter",
    "default_workers",
    "ingest",
]
