"""The one place SQLite connections are made: a plain database through Python's ``sqlite3``, one
protected by a password through SQLCipher (the ``sqlcipher3`` module of ``sqlcipher3-wheels``),
keyed before anything else is read. No Qt.

An encrypted file does not start with SQLite's header: its first 16 bytes are the salt of its key.
The key is PBKDF2-HMAC-SHA512(password, salt, 256,000 rounds) — SQLCipher 4's own derivation — so
the file opens in any SQLCipher 4 tool with the password. It is derived once per process and salt
(a third of a second) and handed to SQLCipher raw (``x'key salt'``), so that the workers' own
connections and the backups (the same salt) cost nothing more than a plain open.

Passwords given in this process (:func:`give_password`) and ``$HDRECTIFY_PASSWORD`` are tried; none
known raises ``db.password_needed``, none right ``db.wrong_password`` — before anything happens.

SQLCipher's exceptions are not the ``sqlite3`` module's: catch :data:`Error`, :data:`DatabaseError`,
:data:`OperationalError`, :data:`IntegrityError` of this module (tuples of both, looked up when an
exception is being matched, so that ``sqlcipher3`` is only imported for an encrypted database).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from hdrectify.domain.errors import InputError

ENV_PASSWORD = "HDRECTIFY_PASSWORD"
MAGIC = b"SQLite format 3\x00"
KDF_ROUNDS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512, 32-byte key)
_DRIVER = "sqlcipher3.dbapi2"

_lock = threading.Lock()
_ask: Callable[[Path], str | None] | None = None  # asks the user for a file's password (the command line)
_passwords: list[str] = []  # given in this process, the newest first
_keys: dict[bytes, str] = {}  # salt -> the raw key literal that opened a file with that salt

if TYPE_CHECKING:  # tuples: ``except dbapi.Error``, or ``except (OSError,) + dbapi.Error`` with others
    Error: tuple[type[sqlite3.Error], ...]
    DatabaseError: tuple[type[sqlite3.DatabaseError], ...]
    OperationalError: tuple[type[sqlite3.OperationalError], ...]
    IntegrityError: tuple[type[sqlite3.IntegrityError], ...]
else:

    def __getattr__(name: str) -> Any:
        if name in ("Error", "DatabaseError", "OperationalError", "IntegrityError"):
            return errors(name)
        raise AttributeError(name)


def errors(name: str) -> Any:
    """``sqlite3``'s exception ``name``, with SQLCipher's of that name once the driver is loaded."""
    driver = sys.modules.get(_DRIVER)
    own = getattr(sqlite3, name)
    return (own, getattr(driver, name)) if driver is not None else (own,)


def give_password(password: str) -> None:
    """A password the user typed (or a script gave): tried on every encrypted file opened from now on."""
    with _lock:
        if password in _passwords:
            _passwords.remove(password)
        _passwords.insert(0, password)


def ask_with(ask: Callable[[Path], str | None] | None) -> None:
    """How to ask for a password when none given opens a file (None: do not ask, refuse)."""
    global _ask
    _ask = ask


def forget_passwords() -> None:
    """Forget every password and derived key of this process (a test's fresh start, a locked window)."""
    with _lock:
        _passwords.clear()
        _keys.clear()


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted database file, None for a plain one (or none at all).

    A file whose first bytes are not SQLite's header and whose size is whole pages is taken for an
    encrypted database; anything else is left for SQLite to judge (``db.not_sqlite``)."""
    try:
        with Path(path).open("rb") as f:
            head = f.read(16)
        size = Path(path).stat().st_size
    except OSError:
        return None
    if len(head) < 16 or head == MAGIC or size % 512:
        return None
    return head


def is_encrypted(path: Path) -> bool:
    return salt_of(path) is not None


def raw_key(password: str, salt: bytes) -> str:
    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ROUNDS, 32)
    return f"x'{key.hex()}{salt.hex()}'"


def is_cipher(conn: sqlite3.Connection) -> bool:
    return type(conn).__module__.startswith("sqlcipher3")


def connect(
    path: Path, *, params: str = "", timeout: float = 5.0, password: str | None = None, cipher: bool = False
) -> sqlite3.Connection:
    """A connection to ``path`` (``params``: URI query, e.g. ``mode=ro``), keyed if the file is encrypted.

    ``password``: try only this one (and remember it when it opens the file); ``cipher``: through
    SQLCipher even for a plain file (to export it encrypted)."""
    path = Path(path)
    salt = salt_of(path)
    if salt is None and cipher:
        return _cipher_connect(path, params, timeout)
    if salt is None:
        if params:
            return sqlite3.connect(
                path.resolve().as_uri() + "?" + params, uri=True, timeout=timeout, isolation_level=None
            )
        return sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    conn = _cipher_connect(path, params, timeout)
    try:
        _apply_key(conn, path, salt, password)
    except BaseException:
        conn.close()
        raise
    return conn


def unkeyed(path: Path) -> sqlite3.Connection:
    """A SQLCipher connection to ``path`` that has not been given a key yet (``PRAGMA key`` next)."""
    return _cipher_connect(Path(path), "", 5.0)


def _cipher_connect(path: Path, params: str, timeout: float) -> sqlite3.Connection:
    from sqlcipher3 import dbapi2

    if params:
        target = path.resolve().as_uri() + "?" + params
        conn = dbapi2.connect(target, uri=True, timeout=timeout, isolation_level=None)
    else:
        conn = dbapi2.connect(str(path), timeout=timeout, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to say, not SQLCipher's on stderr
    return cast(sqlite3.Connection, conn)


def _apply_key(conn: sqlite3.Connection, path: Path, salt: bytes, password: str | None) -> None:
    with _lock:
        known = _keys.get(salt)
        tried = [password] if password is not None else [*_passwords]
    env = os.environ.get(ENV_PASSWORD)
    if password is None and env and env not in tried:
        tried.append(env)
    candidates = [known] if known is not None and password is None else []
    if not candidates and not tried and _ask is not None:
        asked = _ask(path)  # the command line's hidden prompt, on a terminal
        tried = [asked] if asked else []
    candidates += [raw_key(p, salt) for p in tried]  # derived only when the known key is not there
    if not candidates:
        raise InputError("db.password_needed", None, path=str(path))
    for key in candidates:
        if _try_key(conn, key):
            with _lock:
                _keys[salt] = key
                if password is not None and password not in _passwords:
                    _passwords.insert(0, password)
            return
    raise InputError("db.wrong_password", None, path=str(path))


def _try_key(conn: sqlite3.Connection, key: str) -> bool:
    conn.execute(f'PRAGMA key = "{key}"')
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors("DatabaseError") as e:
        if getattr(e, "sqlite_errorname", "") == "SQLITE_NOTADB":
            return False
        raise
    return True


def key_of(conn: sqlite3.Connection) -> str | None:
    """The raw key an encrypted connection was opened with (its file's salt), None for a plain one."""
    if not is_cipher(conn):
        return None
    salt = bytes.fromhex(str(conn.execute("PRAGMA cipher_salt").fetchone()[0]))
    with _lock:
        return _keys.get(salt)


def connect_new_like(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """A new file at ``path`` encrypted as ``conn``'s database is (same key and salt, so the same
    password opens it), or plain if that one is: the target of a backup of ``conn``."""
    key = key_of(conn)
    if key is None:
        return sqlite3.connect(str(path), isolation_level=None)
    new = _cipher_connect(Path(path), "", 5.0)
    new.execute(f'PRAGMA key = "{key}"')
    return new


def remember_key(salt: bytes, key: str, password: str) -> None:
    """A key just made for a file with ``salt`` (a new password): later connections use it."""
    with _lock:
        _keys[salt] = key
        if password in _passwords:
            _passwords.remove(password)
        _passwords.insert(0, password)
