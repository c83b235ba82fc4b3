"""Open the database file: WAL, a busy timeout, foreign keys, migrations applied; refuse files
that are corrupt, locked or from a newer version with a message that says which."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.db import migrations
from workbench.store.errors import DatabaseUnavailable
from workbench.store.sqlite_utils_fast import Database

WAL_PAGES = 10_000
"""Pages the write-ahead log holds before a commit copies them into the database (SQLite's
default is 1,000). An ingest's article dirties hundreds of pages (its keys, its suggestions,
the search index), so at 1,000 nearly every article paid for a checkpoint; a page written by
several articles between two checkpoints is copied once. Every commit is in the log either
way: nothing committed is at risk, the log only grows to about 40 MB between checkpoints."""


def busy_timeout_ms() -> int:
    """How long a write waits for another process holding the database before giving up
    (`$WORKBENCH_BUSY_TIMEOUT_MS`, default 5 s)."""
    return int(os.environ.get("WORKBENCH_BUSY_TIMEOUT_MS", "5000"))


def default_path() -> Path:
    """`$WORKBENCH_DB`, else `$XDG_DATA_HOME/claim-workbench/workbench.db` (~/.local/share)."""
    if os.environ.get("WORKBENCH_DB"):
        return Path(os.environ["WORKBENCH_DB"])
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "claim-workbench" / "workbench.db"


def _explain(error: sqlite3.Error, path: Path) -> DatabaseUnavailable:
    message = str(error)
    if "full" in message or "too large" in message:
        return DatabaseUnavailable(f"{path}: the disk is full (or a file size limit was hit)")
    if "readonly" in message or "read-only" in message:
        return DatabaseUnavailable(f"{path}: the database file cannot be written (read-only)")
    if "unable to open" in message:
        return DatabaseUnavailable(f"{path}: cannot open the database file there")
    if "disk I/O" in message:
        return DatabaseUnavailable(f"{path}: the disk refused the write (full or failing?)")
    if "locked" in message or "busy" in message:
        return DatabaseUnavailable(
            f"{path}: the database is locked by another process; try again when it has finished"
        )
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseUnavailable(f"{path}: not a Claim Workbench database, or it is corrupt")
    return DatabaseUnavailable(f"{path}: {message}")


def _refuse_newer(db: Database, path: Path) -> None:
    known = {migration.fn.__name__ for migration in migrations._migrations}
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise DatabaseUnavailable(
            f"{path}: written by a newer version of Claim Workbench (schema {unknown[-1]}); "
            "upgrade workbench to open it"
        )


def open_db(path: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Connect, check and migrate. The connection may be used from worker threads, one at a
    time (the UI sends every call through one exclusive worker)."""
    path = Path(path) if path is not None else default_path()
    try:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailable(
            f"{path}: cannot create its folder ({error.strerror or error})"
        ) from None
    try:
        timeout = busy_timeout_ms()
        conn = sqlite3.connect(str(path), timeout=timeout / 1000, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.create_function("fold", 1, _fold, deterministic=True)
        # No sqlite-utils plugins: the store uses none, and looking for them reads the
        # entry points of every installed package (0.1 to 0.2 s on each start).
        db = Database(conn, execute_plugins=False)
        _refuse_newer(db, path)
        if migrate and migrations.pending(db):
            # Under the write lock, so two processes opening a new file migrate it once.
            with write(db):
                migrations.apply(db)
    except sqlite3.Error as error:
        raise _explain(error, path) from None
    return db


@dataclass(frozen=True)
class Created:
    """A database file a connection created (it did not exist when it was opened): where it
    stood just after its schema was written, to tell at the end whether anything else was."""

    path: Path
    folders: tuple[Path, ...]
    """The folders made for it, deepest first."""
    changes: int
    """The connection's `total_changes` once the schema was written."""
    version: int
    """`PRAGMA data_version` then: it moves when another connection commits."""


def open_new_or_existing(path: str | Path | None) -> tuple[Database, Created | None]:
    """`open_db`, saying whether this call created the file (and its folders)."""
    target = Path(path) if path is not None else default_path()
    if str(target) == ":memory:" or target.exists():
        return open_db(target), None
    folders = tuple(folder for folder in target.parents if not folder.exists())
    db = open_db(target)
    (version,) = db.execute("PRAGMA data_version").fetchone()
    return db, Created(target, folders, db.conn.total_changes, version)


def discard_if_unused(db: Database, created: Created) -> bool:
    """Close `db`; remove the file it created (and the folders made for it) when nothing was
    written to it but a new database's schema: a command refused on bad input left an empty
    database behind. Decided and removed under an exclusive lock, and only when no other
    connection has the file open, this one wrote nothing since, no other one committed
    anything, and every table holds what a new database holds: a file someone else opened,
    created or wrote to in the meantime is kept.
    Returns whether it was removed."""
    conn, removed = db.conn, False
    try:
        # Leaving WAL needs the file to itself: another connection holding it open (a process
        # that opened it since, not writing yet) keeps it, since that process's writes would
        # go to a file no longer there, without an error (tested).
        (version,) = conn.execute("PRAGMA data_version").fetchone()  # leaving WAL moves it
        (mode,) = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        if mode.lower() == "delete":
            conn.execute("BEGIN EXCLUSIVE")  # a rollback journal: no one reads or writes now
            if (
                conn.total_changes == created.changes
                and version == created.version
                and _row_counts(db) == _new_database_counts()
            ):
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{created.path}{suffix}").unlink(missing_ok=True)
                removed = True
    except (sqlite3.Error, OSError):
        pass  # closed already, or not ours to remove: kept
    finally:
        with suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not removed:
                conn.execute("PRAGMA journal_mode = WAL")  # kept as it was opened
            conn.close()
    if removed:
        for suffix in ("-wal", "-shm"):  # closing may leave them behind again
            Path(f"{created.path}{suffix}").unlink(missing_ok=True)
        for folder in created.folders:
            try:
                folder.rmdir()
            except OSError:
                break  # something else is in it now
    return removed


def _row_counts(db: Database) -> dict[str, int]:
    """Rows in each table (the full-text index's own tables included)."""
    names = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in names}


@lru_cache(maxsize=1)
def _new_database_counts() -> dict[str, int]:
    """What a new database holds (its schema's own rows: the verdict scale, the migrations
    applied), table by table."""
    fresh = open_db(":memory:")
    try:
        return _row_counts(fresh)
    finally:
        fresh.conn.close()


@lru_cache(maxsize=20_000)
def _fold(text: str | None) -> str | None:
    """SQL `fold(text)`: lower case without accents, as the full-text index reads words
    (FTS5's unicode61, remove_diacritics), so a scan that skips the index finds what the index
    would ("Hélène" and "helene" are one word). The one folding of the project, imported when
    first called: matching's words load the stemmers. Remembered: the table's search folds
    the same claims again at each keystroke (a 2,000-claim article: 58 ms a word folded,
    10 ms remembered, at load 3)."""
    from workbench.matching.words import fold

    return None if text is None else fold(text)


def _file_of(db: Database) -> Path:
    """The database's file, for messages."""
    try:
        return Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
    except sqlite3.Error:
        return Path("database")


def on_rollback(db: Database, forget: Callable[[], None]) -> None:
    """Have `forget` called whenever a write on `db` is rolled back, whole or a savepoint of
    it: what a cache learnt from this connection's own writes must not outlive them."""
    db.__dict__.setdefault("_workbench_on_rollback", []).append(forget)


def _rolled_back(db: Database) -> None:
    for forget in db.__dict__.get("_workbench_on_rollback", ()):
        forget()


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction taken with BEGIN IMMEDIATE, so two processes queue on the busy
    timeout instead of failing on a lock upgrade; everything inside commits or nothing does.

    Inside another `write` it is a savepoint of the outer transaction: a store method made of
    other store methods (the check flow's save) is still one transaction, all or nothing."""
    conn = db.conn
    if conn.in_transaction:
        try:
            with db.atomic():  # sqlite-utils' savepoint, rolled back alone if this part fails
                yield db
        except BaseException:
            _rolled_back(db)
            raise
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise _explain(error, _file_of(db)) from None
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _rolled_back(db)
        if isinstance(error, sqlite3.Error):
            # Disk full, a file size limit, a read-only file: said in one line, nothing kept.
            raise _explain(error, _file_of(db)) from None
        raise
