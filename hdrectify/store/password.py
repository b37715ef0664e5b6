"""Setting, changing and removing the database's password: the file is rewritten whole. No Qt.

The rewrite never touches the file until its replacement is proven: the write-ahead log is folded
into the file (journal mode DELETE, which also proves nobody else has it open), SQLCipher's
``sqlcipher_export`` writes every table into a new hidden file beside it with the new key (or none),
that file is synced, reopened with the new key, checked (quick check, the schema version, every
table's row count) and only then renamed over the old one. A failure (or a crash) at any step leaves
the old file as it was, readable with the old password; the hidden file is removed on failure and
is never opened as the database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.outputs import _fsync_dir as fsync_dir  # the same sync as every atomic output
from hdrectify.store import dbapi
from hdrectify.store.backup import quick_check

MIN_LENGTH = 4


def check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise InputError("password.too_short", "password", length=MIN_LENGTH)
    if password != password.strip() or any(ord(c) < 32 or c in "\u200b\u200c\u200d\ufeff\u2060" for c in password):
        raise InputError("password.bad_characters", "password")


def set_password(path: Path, new: str | None, *, current: str | None = None) -> None:
    """Give the database at ``path`` the password ``new`` (None: remove it, store it plain).

    ``current``: the present password (else one given earlier in this process, or
    ``$HDRECTIFY_PASSWORD``); wrong, nothing happens (``db.wrong_password``)."""
    path = Path(path)
    if new is not None:
        check_new_password(new)
    encrypted = dbapi.is_encrypted(path)
    if new is None and not encrypted:
        raise InputError("password.none_set", None, path=str(path))
    if not path.is_file():
        raise InputError("db.missing", None, path=str(path))
    source = dbapi.connect(path, password=current if encrypted else None, cipher=True, timeout=10)
    part = path.with_name(f".{path.name}.rekey-part")
    try:
        version = _sole_and_sound(source, path)
        counts = _counts(source)
        _remove(part)
        salt = os.urandom(16)
        key = dbapi.raw_key(new, salt) if new is not None else ""
        source.execute("ATTACH DATABASE ? AS rekeyed KEY ?", [str(part), key])
        try:
            source.execute("SELECT sqlcipher_export('rekeyed')")
            source.execute(f"PRAGMA rekeyed.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE rekeyed")
        _verify(part, key, version, counts)
        _fsync(part)
        source.close()
        os.replace(part, path)  # the one step that changes what the name holds
        fsync_dir(path.parent)
    except BaseException:
        source.close()
        _remove(part)
        _back_to_wal(path)
        raise
    if new is not None:
        dbapi.remember_key(salt, key, new)
    _back_to_wal(path)


def _sole_and_sound(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version == 0:
        raise InputError("db.not_initialised", None, path=str(path))
    problem = quick_check(conn)
    if problem is not None:
        from hdrectify.store.backup import DamagedDatabase

        raise DamagedDatabase(path, problem)
    conn.execute("PRAGMA busy_timeout = 0")
    try:  # folds the -wal into the file and removes it; refused while another window or command has it open
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except dbapi.OperationalError:
        mode = "wal"
    if str(mode).lower() != "delete" or Path(f"{path}-wal").exists():
        raise InputError("password.in_use", None, path=str(path))
    return version


def _counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    tables = [r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")]
    return {t: int(conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]) for t in tables}


def _verify(part: Path, key: str, version: int, counts: dict[str, int]) -> None:
    """The new file opened on its own with the new key holds what the old one held, or InputError."""
    conn = dbapi.unkeyed(part)  # the key given below, nothing else tried
    try:
        if key:
            conn.execute(f'PRAGMA key = "{key}"')
        same = (
            int(conn.execute("PRAGMA user_version").fetchone()[0]) == version
            and quick_check(conn) is None
            and _counts(conn) == counts
        )
    finally:
        conn.close()
    if not same:
        raise InputError("password.copy_differs")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{part}{suffix}").unlink()


def _back_to_wal(path: Path) -> None:
    """The file in write-ahead-log mode again, as every hdrectify database is (best effort)."""
    with contextlib.suppress(InputError, OSError, *_errors()):
        conn = dbapi.connect(path, timeout=10)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()


def _errors() -> tuple[type[BaseException], ...]:
    found = dbapi.errors("Error")
    return found if isinstance(found, tuple) else (found,)
