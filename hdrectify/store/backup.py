"""Backups with SQLite's online backup API, and the health check on open. No Qt.

Restoring one is :mod:`hdrectify.store.restore` (it verifies the backup first, which needs the
whole store; this module is below the Store, which opens databases through it).

Backups live in ``backups/`` beside the database, named ``<stem>-<YYYYMMDD-HHMMSS>-<kind>.db``:
``daily`` (the first start of each day), ``manual`` (``hdrectify backup``, the window's
备份), ``premigrate-vN`` (before a schema upgrade) and ``prerestore`` (the current file,
kept before a restore replaces it). Daily and manual ones are rotated: the newest of each
of the last 7 days, 4 ISO weeks and 12 months are kept; the others are never deleted.

A backup is written to a hidden temporary name, checked (``PRAGMA quick_check``),
synced and only then renamed into place, so a crash never leaves a half backup under a
real name. The backup API copies a consistent snapshot while other connections keep
reading and writing (WAL).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hdrectify.domain.errors import InputError
from hdrectify.outputs import atomic_output, check_output
from hdrectify.paths import BACKUP_DIR as BACKUP_DIR  # named here too, where the backups are made
from hdrectify.paths import backups_dir as backups_dir
from hdrectify.store import dbapi
from hdrectify.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from hdrectify.store.audit import Report

log = logging.getLogger(__name__)
ROTATED_KINDS = ("daily", "manual")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>[a-z0-9-]+)\.db$")
_PAGES_PER_STEP = 4096  # 16 MiB a step: progress for big files, and writers are never held long

# What a backup's summary counts (table, label); live rows only where rows are soft-deleted.
COUNTED = (
    ("centres", "康园中心"),
    ("members", "党员"),
    ("pairings", "挂钩"),
    ("contacts", "联系记录"),
    ("reports", "季度汇报"),
    ("reviews", "年度考评"),
    ("exemptions", "免除"),
    ("ledger_problems", "整改问题"),
    ("ledger_measures", "整改措施"),
    ("evidence", "佐证材料"),
    ("audit_log", "审计记录"),
)

Progress = Callable[[int, int], object]


class DamagedDatabase(InputError):
    """The file fails ``PRAGMA quick_check`` (or cannot be read as the database it was)."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem  # SQLite's own words: for the log, not the message
        log.warning("database %s fails its check: %s", path, problem)
        good = newest_good_backup(path)
        if good is not None:
            super().__init__(
                "backup.damaged_with_backup", None, path=str(path), backup=str(good.path), when=good.when_text()
            )
        else:
            super().__init__("backup.damaged", None, path=str(path))


class BackupFailsVerify(InputError):
    """The backup is a sound database, but ``verify`` finds something in it (see :attr:`report`)."""

    def __init__(self, path: Path, report: Report) -> None:
        self.path = path
        self.report = report
        super().__init__("backup.fails_verify", None, path=str(path), summary=report.summary())


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read without changing it."""

    path: Path
    taken_at: dt.datetime | None  # from the file name; None for a file named otherwise
    kind: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    last_change: str | None = None  # the newest audit entry's time

    def when_text(self) -> str:
        if self.taken_at is not None:
            return self.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")

    def counts_text(self) -> str:
        labels = dict(COUNTED)
        return "，".join(f"{labels[t]} {n}" for t, n in self.counts.items())


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    kept: Path | None  # the file as it was before the restore (a backup, or the damaged file moved aside)
    damaged: bool
    report: Report | None = None  # what checking the backup found (restored anyway only when forced)


# -- health -----------------------------------------------------------------------------------------


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None if ``PRAGMA quick_check`` passes, else its first complaint."""
    try:
        found = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except dbapi.DatabaseError as e:
        return str(e)
    if found == ["ok"]:
        return None
    # the first complaint, without SQLite's "*** in database main ***" header, kept short
    lines = [line for r in found for line in str(r).splitlines() if line.strip() and not line.startswith("***")]
    first = lines[0] if lines else "无结果"
    return first if len(first) <= 80 else first[:80] + "…"


def check_health(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`DamagedDatabase` unless the open database passes the quick check."""
    problem = quick_check(conn)
    if problem is not None:
        raise DamagedDatabase(path, problem)


def check_file(path: Path, cancelled: Callable[[], bool] = lambda: False) -> DamagedDatabase | None:
    """The quick check of ``path`` on a read-only connection of its own (any thread): None if it
    passes, else the :class:`DamagedDatabase` found. ``cancelled()`` true interrupts it (the answer
    is then meaningless: the caller knows it cancelled)."""
    try:  # opened here, not through store.db (which calls this module): read-only, waiting for writers
        conn = dbapi.connect(Path(path), params="mode=ro")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA query_only = ON")
    except dbapi.DatabaseError as e:
        return DamagedDatabase(path, str(e))
    try:
        conn.set_progress_handler(lambda: int(cancelled()), 10_000)
        problem = quick_check(conn)
    finally:
        conn.close()
    return None if problem is None or cancelled() else DamagedDatabase(path, problem)


# -- making backups ---------------------------------------------------------------------------------


def backup_to(conn: sqlite3.Connection, target: Path, progress: Progress | None = None) -> Path:
    """Copy the open database into ``target`` (replaced if it exists) through the backup API.

    The copy is made under a hidden temporary name beside ``target`` (hdrectify.outputs),
    checked, synced and only then renamed into place.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(target) as part:
        dest = dbapi.connect_new_like(conn, part)  # a backup of an encrypted database is encrypted alike
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            conn.backup(dest, pages=_PAGES_PER_STEP, progress=step)
            # a backup stands alone: no -wal beside it is needed to read it
            dest.execute("PRAGMA journal_mode = DELETE")
            problem = quick_check(dest)
            if problem is not None:
                log.warning("the new backup %s fails its check: %s", target, problem)
                raise InputError("backup.new_one_damaged")
        finally:
            dest.close()
    return target


def save_backup(
    conn: sqlite3.Connection, db_path: Path, target: Path, *, force: bool = False, progress: Progress | None = None
) -> Path:
    """A backup of the open database at ``db_path`` to a file the user chose (``backup -o``).

    Refused onto the database, its companions, its evidence or its backups folder, and onto
    an existing file unless ``force`` (hdrectify.outputs.check_output). A missing folder is
    created (a new folder on a USB stick).
    """
    return backup_to(conn, check_output(Path(target), db_path, force, make_folder=True), progress)


def _target(db_path: Path, kind: str, now: dt.datetime) -> Path:
    folder = backups_dir(db_path)
    base = f"{db_path.stem}-{now.strftime(STAMP)}"
    target = folder / f"{base}-{kind}.db"
    n = 1
    while target.exists():  # two backups in one second
        target = folder / f"{base}-{n}-{kind}.db"
        n += 1
    return target


def make_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    kind: str = "manual",
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup of the open database into its backups folder; daily and manual ones are rotated."""
    now = now or dt.datetime.now()
    made = backup_to(conn, _target(db_path, kind, now), progress)
    if kind in ROTATED_KINDS:
        rotate(db_path, now.date())
    _remove_stale_parts(made.parent)
    return made


def _remove_stale_parts(folder: Path, older_than_s: float = 3600) -> None:
    """Half-written backups of runs that were killed (a fresh one may be another run's, at work)."""
    cutoff = time.time() - older_than_s
    for part in folder.glob(".*.part*"):  # the file and its rollback journal
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()


def backup_file(db_path: Path, kind: str = "manual", *, now: dt.datetime | None = None) -> Path:
    """As :func:`make_backup`, opening the database itself (read only)."""
    conn = _open_ro(db_path)
    try:
        return make_backup(conn, db_path, kind, now=now)
    finally:
        conn.close()


def daily_backup(
    db_path: Path, *, now: dt.datetime | None = None, conn: sqlite3.Connection | None = None
) -> Path | None:
    """The first start of a day backs the database up; later starts that day do nothing.

    ``conn``: the connection already open on it (else one is opened, read only).
    """
    now = now or dt.datetime.now()
    today = now.date()
    if any(b.taken_at is not None and b.taken_at.date() == today for b in named_backups(db_path)):
        return None
    if conn is not None:
        return make_backup(conn, db_path, "daily", now=now)
    return backup_file(db_path, "daily", now=now)


# -- listing and rotation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: when it was taken and what kind it is."""

    path: Path
    taken_at: dt.datetime | None
    kind: str


def parse_name(path: Path) -> BackupName | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    try:
        taken = dt.datetime.strptime(m["stamp"], STAMP)
    except ValueError:
        return None
    return BackupName(path, taken, m["kind"]) if m["stem"] else None


def named_backups(db_path: Path) -> list[BackupName]:
    """The backups of this database (by file name), newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        named = parse_name(p)
        if m is not None and named is not None and m["stem"] == db_path.stem and p.is_file():
            found.append(named)
    return sorted(found, key=lambda b: (b.taken_at or dt.datetime.min, b.path.name), reverse=True)


def list_backups(db_path: Path) -> list[Path]:
    """The backup files of this database in its backups folder, newest first."""
    return [b.path for b in named_backups(db_path)]


def kept_by_rotation(taken: list[dt.datetime]) -> set[dt.datetime]:
    """Of these backup times, those rotation keeps: the newest of each of the newest
    7 days, 4 ISO weeks and 12 months that have a backup."""
    keep: set[dt.datetime] = set()
    ordered = sorted(taken, reverse=True)
    for limit, key in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for t in ordered:
            k = key(t)
            if k in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(k)
            keep.add(t)
    return keep


def rotate(db_path: Path, today: dt.date | None = None) -> list[Path]:
    """Delete the daily and manual backups rotation does not keep; returns what was deleted."""
    rotated = [b for b in named_backups(db_path) if b.kind in ROTATED_KINDS and b.taken_at is not None]
    keep = kept_by_rotation([b.taken_at for b in rotated if b.taken_at is not None])
    removed = []
    for b in rotated:
        if b.taken_at not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
    return removed


# -- reading a backup -------------------------------------------------------------------------------


def _open_ro(path: Path) -> sqlite3.Connection:
    # read only, and the file is never changed by reading it (no -wal or -shm created beside it)
    conn = dbapi.connect(Path(path), params="mode=ro")
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_backup(path: Path) -> sqlite3.Connection:
    """A backup file opened read only (and immutable: nothing is written beside it)."""
    return _open_backup(path)


def _open_backup(path: Path) -> sqlite3.Connection:
    return dbapi.connect(Path(path), params="mode=ro&immutable=1")


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup holds; raises :class:`InputError` if it is not a sound hdrectify database."""
    path = Path(path)
    if path.is_dir():
        raise InputError("input.is_folder", None, path=str(path))
    if not path.is_file():
        raise InputError("backup.missing", None, path=str(path))
    try:
        conn = _open_backup(path)
    except dbapi.Error:
        raise InputError("backup.not_sqlite", None, path=str(path)) from None
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except dbapi.DatabaseError:
            raise InputError("backup.not_sqlite", None, path=str(path)) from None
        problem = quick_check(conn)
        if problem is not None:
            log.warning("the backup %s fails its check: %s", path, problem)
            raise InputError("backup.damaged_backup", None, path=str(path))
        if version == 0 or "audit_log" not in tables:
            raise InputError("backup.not_ours", None, path=str(path))
        if version > SCHEMA_VERSION:
            raise InputError("backup.too_new", None, path=str(path), version=version, supported=SCHEMA_VERSION)
        counts: dict[str, int] = {}
        for table, _label in COUNTED:
            if table not in tables:
                continue
            cols = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in cols else ""
            counts[table] = int(conn.execute(f"SELECT count(*) FROM [{table}]{where}").fetchone()[0])
        last = conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    named = parse_name(path)
    return BackupInfo(
        path=path,
        taken_at=named.taken_at if named else None,
        kind=named.kind if named else "file",
        schema_version=version,
        counts=counts,
        last_change=last,
    )


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that passes the checks, if any."""
    for b in named_backups(db_path):
        try:
            return inspect_backup(b.path)
        except InputError:
            continue
    return None
