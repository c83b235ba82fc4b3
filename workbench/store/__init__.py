"""The storage layer: the only code that writes SQL. Knows nothing of Textual or click.

`Store` is the one object the CLI and the UI call. It is put together from one part per
concern, each a class in its own module: `ArticlesMixin` (articles.py: ingest, articles),
`ClaimsMixin` (claims.py: listing, search, edits), `EvidenceMixin` (evidence.py: scale,
sources, verdicts, dates, notes), `HistoryMixin` (history.py: the log and its replay),
`UndoMixin` (undo.py: undo and redo), `DossierMixin` (dossier.py: everything about articles
at once, for exports and import), `MatchesMixin` and `DisagreementsMixin` (matches.py),
`DeskMixin` (desk.py: analysts, assignments, review of verdicts).

Every part inherits `StoreBase` (base.py): the one connection (`db`), the analyst, the clock,
and typed declarations of the methods one part calls on another, so mypy checks those calls;
a new cross-part call is declared there. Below the parts: `connection.py` (open, migrate, the
`write` transaction), `records.py` and `validation.py` (shared helpers), `errors.py` (what
callers catch).
"""

from __future__ import annotations

# First: sqlite-utils without numpy, before anything else imports sqlite-utils.
from workbench.store.sqlite_utils_fast import Database  # isort: skip

import getpass
import os
from collections.abc import Callable
from pathlib import Path

from workbench.store.articles import ArticlesMixin, IngestResult, Redated
from workbench.store.claims import ClaimsMixin
from workbench.store.connection import (
    Created,
    default_path,
    discard_if_unused,
    open_db,
    open_new_or_existing,
)
from workbench.store.desk import DECISIONS, DESK_STATES, DeskMixin
from workbench.store.dossier import DossierMixin
from workbench.store.errors import (
    DatabaseUnavailable,
    InvalidInput,
    NotFound,
    StaleEdit,
    StoreError,
)
from workbench.store.evidence import EvidenceMixin
from workbench.store.history import HistoryMixin
from workbench.store.matches import MATCH_STATES, DisagreementsMixin, MatchesMixin
from workbench.store.records import DATE_ROLES, STANCES, STATUSES, Citation, now
from workbench.store.undo import UNDOABLE, Reverted, UndoMixin


def default_analyst() -> str:
    """`$WORKBENCH_ANALYST`, else the operating-system user."""
    return os.environ.get("WORKBENCH_ANALYST") or getpass.getuser()


class Store(
    ArticlesMixin,
    ClaimsMixin,
    EvidenceMixin,
    HistoryMixin,
    UndoMixin,
    DossierMixin,
    MatchesMixin,
    DisagreementsMixin,
    DeskMixin,
):
    """A database opened for one analyst; every write is a transaction logged in history."""

    def __init__(
        self, db: Database, analyst: str | None = None, clock: Callable[[], str] = now
    ) -> None:
        self.db = db
        self.analyst = analyst or default_analyst()
        self.clock = clock
        (file,) = [row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"]
        self.path = Path(file or ":memory:")
        """The database file, as SQLite opened it."""

    created: Created | None = None
    """The file this store created when opened (None: it existed, or is in memory)."""

    @classmethod
    def open(cls, path: str | Path | None = None, analyst: str | None = None) -> Store:
        db, created = open_new_or_existing(path)
        store = cls(db, analyst)
        store.created = created
        return store

    def close(self) -> None:
        self.db.conn.close()

    def close_discarding_unused(self) -> bool:
        """Close; a database this store created and nothing was written to is removed (see
        `discard_if_unused`): a command refused on bad input leaves no file behind, and an
        existing database is never removed. Returns whether it was."""
        if self.created is None:
            self.close()
            return False
        return discard_if_unused(self.db, self.created)


__all__ = [
    "Redated",
    "DECISIONS",
    "DESK_STATES",
    "DATE_ROLES",
    "MATCH_STATES",
    "STANCES",
    "STATUSES",
    "UNDOABLE",
    "Citation",
    "DatabaseUnavailable",
    "IngestResult",
    "InvalidInput",
    "NotFound",
    "Reverted",
    "StaleEdit",
    "Store",
    "StoreError",
    "default_analyst",
    "default_path",
    "open_db",
]
