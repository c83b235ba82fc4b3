"""sqlite-utils, imported without numpy.

sqlite-utils imports numpy (and tries pandas) when it is imported, only to adapt their scalar
types, which the store never writes. numpy alone costs more than the rest of sqlite-utils, on
every start of the workbench before its first screen. So it is imported here with numpy out of
reach; a process that already loaded numpy (spaCy, in the same process) keeps it as it is.
Every store module takes `Database` from here."""

from __future__ import annotations

import sys

if "sqlite_utils.db" not in sys.modules and "numpy" not in sys.modules:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # import numpy -> ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        del sys.modules["numpy"]

from sqlite_utils import Database  # noqa: E402

__all__ = ["Database"]
