"""Restoring a backup over the database: only one that verifies (unless forced), keeping the
file it replaces. No Qt.

Above :mod:`hdrectify.store.verify`, which checks the backup first; the copying itself is
:mod:`hdrectify.store.backup`'s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.store import db, dbapi
from hdrectify.store.backup import (
    STAMP,
    BackupFailsVerify,
    RestoreResult,
    backup_to,
    inspect_backup,
    make_backup,
    open_backup,
    quick_check,
)
from hdrectify.store.verify import check_backup


def restore(db_path: Path, source: Path, *, now: dt.datetime | None = None, force: bool = False) -> RestoreResult:
    """Replace the database with a backup, keeping the current file first.

    The backup is checked first (:func:`check_backup`): one that does not verify raises
    :class:`BackupFailsVerify`, nothing replaced, unless ``force``.
    A sound current file is backed up (kind ``prerestore``) and then overwritten in
    place through the backup API, so a command that has it open waits (busy timeout)
    instead of reading a half-copied file. A damaged one is never written to: it is
    moved aside as ``<name>.damaged-<time>`` and the backup put in its place.
    """
    db_path, source = Path(db_path), Path(source)
    now = now or dt.datetime.now()
    info = inspect_backup(source)
    if db_path.exists() and db_path.resolve() == source.resolve():
        raise InputError("backup.is_the_database")
    report = check_backup(source, db_path)
    if not report.ok and not force:
        raise BackupFailsVerify(source, report)
    if not db_path.exists():
        _copy_in(source, db_path)
        return RestoreResult(info, None, False, report)
    conn = dbapi.connect(db_path, timeout=db.BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {db.BUSY_TIMEOUT_MS}")
        _readable(conn, db_path)
        problem = quick_check(conn)
        if problem is None:
            _writable_now(conn)  # another program's write lock: refused before the prerestore copy is made
            kept = make_backup(conn, db_path, "prerestore", now=now)
            src = open_backup(source)
            try:
                if dbapi.key_of(src) == dbapi.key_of(conn):
                    src.backup(conn, progress=_give_up_when_busy)
                    conn.execute("PRAGMA journal_mode = WAL")
                    return RestoreResult(info, kept, False, report)
            finally:
                src.close()
            # a backup with another password (or none, or the database has none): the file is
            # replaced by it whole, and the database's password is the backup's from now on
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            _copy_in(source, db_path)
            return RestoreResult(info, kept, False, report)
    finally:
        conn.close()
    aside = db_path.with_name(f"{db_path.name}.damaged-{now.strftime(STAMP)}")
    moved = []
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{aside}{suffix}"))
            moved.append(suffix)
    try:
        _copy_in(source, db_path)
    except BaseException:  # the damaged file goes back under its name: never no database at all
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{db_path}{suffix}").unlink()
        for suffix in moved:
            os.replace(Path(f"{aside}{suffix}"), Path(f"{db_path}{suffix}"))
        raise
    return RestoreResult(info, aside, True, report)


def _writable_now(conn: sqlite3.Connection) -> None:
    """Take and give back the write lock (waiting the busy timeout): a database another program
    holds raises SQLite's "database is locked" here, nothing written."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


def _give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
    """The backup API's progress: a step refused for a lock (after the busy timeout) ends the copy.

    Python's ``Connection.backup`` otherwise retries a busy or locked step for ever (the restore hung
    while another program held the write lock)."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise sqlite3.OperationalError("database is locked")


def _readable(conn: sqlite3.Connection, db_path: Path) -> None:
    """Raise :class:`InputError` with the cause if the file cannot be read for a reason that is not
    damage inside it (a full disk leaves no room for its -shm, a folder without write permission)."""
    from hdrectify.store import faults

    try:
        conn.execute("PRAGMA user_version").fetchone()
    except dbapi.DatabaseError as e:
        if faults.classify(e, db_path) != faults.DAMAGED:
            raise faults.refusal(e, db_path) from None


def _copy_in(source: Path, db_path: Path) -> None:
    src = open_backup(source)
    try:
        backup_to(src, db_path)
    finally:
        src.close()
    conn = dbapi.connect(db_path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
