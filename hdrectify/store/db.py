"""Opening the database: where it is, the pragmas, the schema version and migrations.

Every connection is WAL, foreign keys on, synchronous FULL and a busy timeout, so a
second window or a command run at the same time waits instead of failing, and a
power cut loses at most the transaction that was being written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi
from hdrectify.store.schema import SCHEMA_VERSION, migrations

log = logging.getLogger(__name__)

ENV_DB = "HDRECTIFY_DB"
BUSY_TIMEOUT_MS = 10_000


class NotInitialised(InputError):
    """The file does not exist yet, or holds no hdrectify tables."""


def default_db_path() -> Path:
    """SPEC: ``--db``, else ``$HDRECTIFY_DB``, else the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    import platformdirs  # imported here: the CLI's start-up time matters

    return Path(platformdirs.user_data_dir("hdrectify", appauthor=False)) / "hdrectify.db"


def resolve_db_path(explicit: str | os.PathLike[str] | None) -> Path:
    return Path(explicit) if explicit else default_db_path()


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write is inside an explicit one
    conn = dbapi.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    # up to 64 MiB of pages kept (the default is 2 MiB): a workbook import or a bundle writing 50,000
    # rows with their audit entries and versions in one transaction would evict and re-read its pages
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def open_db(
    path: str | os.PathLike[str], *, create: bool = False, check: bool = False, read_only: bool = False
) -> sqlite3.Connection:
    """Open an initialised database, or create one when ``create`` is set.

    Raises :class:`NotInitialised` for a missing or empty file (leaving nothing
    behind), and :class:`InputError` for a file from a newer hdrectify or one that
    is not a database at all. ``check`` runs ``PRAGMA quick_check`` first and raises
    :class:`~hdrectify.store.backup.DamagedDatabase` (before anything is written, a
    migration included). ``read_only`` opens it so that nothing can be written.
    """
    path = Path(path)
    if path.is_dir():  # the data folder given for the file: SQLite only says it cannot open it
        raise InputError("input.is_folder", None, path=str(path))
    if read_only:
        return _open_read_only(path, check)
    made: list[Path] = []  # what this call created, removed again if it fails
    if not path.exists():
        if not create:
            raise NotInitialised("db.missing", None, path=str(path))
        made = new_paths(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            from hdrectify.store import faults

            if faults.classify(e, path.parent) in (faults.FULL, faults.READ_ONLY):
                raise faults.refusal(e, path) from None
            log.warning("cannot make the folder %s: %s", path.parent, e)
            raise InputError("db.cannot_make_folder", None, folder=str(path.parent)) from None
    try:
        return _open_existing(path, create, check)
    except BaseException:
        remove_new_database(made)
        raise


def new_paths(path: Path) -> list[Path]:
    """What creating ``path`` makes: the folders missing on its way (outermost first), then the file."""
    return [*reversed([p for p in path.parents if not p.exists()]), path]


def remove_new_database(made: list[Path]) -> None:
    """Remove a database this run created (``made``: the folders it made, outermost first, then the
    file), with its companions, so that a failed creation leaves no empty file behind."""
    import contextlib

    if not made:
        return
    path = made[-1]
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
    for folder in reversed(made[:-1]):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty


def _open_existing(path: Path, create: bool, check: bool) -> sqlite3.Connection:
    db: sqlite3.Connection | None = None
    try:
        db = _connect(path)
        version = schema_version(db)
    except dbapi.DatabaseError as e:
        if db is not None:
            db.close()
        from hdrectify.store import faults

        kind = faults.classify(e, path)
        if kind in (faults.READ_ONLY, faults.CANT_OPEN, faults.BUSY, faults.FULL, faults.IO):
            raise faults.refusal(e, path) from None
        if kind == faults.DAMAGED and "not a database" not in str(e):  # ours, broken inside
            from hdrectify.store.backup import DamagedDatabase

            raise DamagedDatabase(path, str(e)) from None
        raise InputError("db.not_sqlite", None, path=str(path)) from None
    if version > SCHEMA_VERSION:
        db.close()
        raise InputError("db.too_new", None, path=str(path), version=version, supported=SCHEMA_VERSION)
    if version == 0:
        has_tables = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if has_tables:  # someone else's SQLite file: never add our tables to it
            db.close()
            raise InputError("db.not_ours", None, path=str(path))
        if not create:
            db.close()
            _refuse_copy_without_wal(path)
            raise NotInitialised("db.not_initialised", None, path=str(path))
    if version > 0 and (check or version < SCHEMA_VERSION):  # a migration writes: never to a damaged file
        from hdrectify.store.backup import check_health

        try:
            check_health(db, path)
        except BaseException:
            db.close()
            raise
    if version < SCHEMA_VERSION:
        try:
            _migrate(db, path, version)
        except dbapi.OperationalError as e:  # a full disk, no permission, …: said with its real cause
            db.close()
            from hdrectify.store import faults

            raise faults.refusal(e, path) from None
        except BaseException:
            db.close()
            raise
    return db


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    from sqlite_utils import Database

    if version > 0:
        # Keep the file as it was before touching its schema (Vorta's backup_current_db),
        # in the backups folder, through the online backup API (another reader may have it open).
        from hdrectify.store.backup import make_backup

        make_backup(conn, path, f"premigrate-v{version}")
    conn.execute("PRAGMA journal_mode = WAL")
    db = Database(conn, execute_plugins=False)
    with db.atomic():  # the steps and the version number land together, or not at all
        migrations().apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _open_read_only(path: Path, check: bool) -> sqlite3.Connection:
    """A connection that cannot write (a second window on a database another window has open)."""
    if not path.exists():
        raise NotInitialised("db.missing_read_only", None, path=str(path))
    try:
        db = dbapi.connect(path, params="mode=ro", timeout=BUSY_TIMEOUT_MS / 1000)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA query_only = ON")
        version = schema_version(db)
    except dbapi.DatabaseError:
        raise InputError("db.not_sqlite", None, path=str(path)) from None
    if version != SCHEMA_VERSION:
        db.close()
        if version == 0:
            _refuse_copy_without_wal(path)
        if version > SCHEMA_VERSION:
            raise InputError("db.too_new_read_only", None, path=str(path))
        raise InputError("db.needs_upgrade_read_only", None, path=str(path))
    if check:
        from hdrectify.store.backup import check_health

        try:
            check_health(db, path)
        except BaseException:
            db.close()
            raise
    return db


# -- the write-ahead log: copies of the file ------------------------------------------------------


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Move what the write-ahead log holds into the database file itself, so that a copy of the
    file alone (a USB stick, a mail attachment) has everything written so far.

    Cheap and never blocking: TRUNCATE (the ``-wal`` emptied) when nobody is reading, else PASSIVE
    (as much as the readers allow). Returns whether the whole log is now in the file. Does nothing
    inside a transaction.
    """
    if conn.in_transaction:
        return False
    conn.execute("PRAGMA busy_timeout = 0")  # a reader or writer elsewhere: do what can be done now
    try:
        busy, pages, moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            busy, pages, moved = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except dbapi.OperationalError:  # locked by another connection's write: the next burst retries
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return not busy and pages == moved


def _refuse_copy_without_wal(path: Path) -> None:
    """A file that says "WAL" in its header but has no tables holds its data in ``-wal`` beside it:
    someone copied the file without that companion. Say so, instead of "not initialised"."""
    try:
        with path.open("rb") as f:
            header = f.read(20)
    except OSError:
        return
    wal_mode = len(header) == 20 and header[:16] == b"SQLite format 3\x00" and header[18] == header[19] == 2
    wal = path.with_name(path.name + "-wal")
    if wal_mode and not (wal.exists() and wal.stat().st_size > 0):
        raise InputError("db.copied_without_wal", None, path=str(path), wal=wal.name)
