"""What went wrong with the database or a file, said to a user: disk full, no write permission, busy,
damaged, a disk error. No Qt.

SQLite reports these as ``sqlite3.Error`` with English text, and often not the real cause: a
WAL database on a full disk fails to open with ``disk I/O error`` (it cannot make its ``-shm``
file), and a new one with ``unable to open database file``. Given the file's path,
:func:`classify` looks at the disk itself (free space, whether the folder is writable) to name
the cause; :func:`describe` says it in Chinese (the command line), naming the folder. In every
case the transaction was rolled back: nothing was half written.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from hdrectify.domain import fault_kinds
from hdrectify.domain.errors import InputError

log = logging.getLogger(__name__)

# the kinds (domain.fault_kinds), under the names the window and the command line use
FULL, READ_ONLY, BUSY, DAMAGED, CANT_OPEN, IO, OTHER = (
    fault_kinds.FULL,
    fault_kinds.READ_ONLY,
    fault_kinds.BUSY,
    fault_kinds.DAMAGED,
    fault_kinds.CANT_OPEN,
    fault_kinds.IO,
    fault_kinds.OTHER,
)

_CODES = {
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CANTOPEN": CANT_OPEN,
    "SQLITE_PERM": READ_ONLY,
    "SQLITE_IOERR": IO,
}
# Less free space than this, and SQLite's disk error or failure to open is the full disk (a WAL
# database needs 32 KiB for its -shm and a page or more for each write).
NEARLY_FULL = 1 << 20


def _folder(path: Path | None) -> Path | None:
    if path is None:
        return None
    path = Path(path)
    return path if path.is_dir() else path.parent


def disk_full(path: Path | None) -> bool:
    """Whether the disk holding ``path`` (a file or a folder) has next to no room left."""
    folder = _folder(path)
    if folder is None or not hasattr(os, "statvfs"):
        return False
    try:
        found = os.statvfs(folder)
    except OSError:
        return False
    return found.f_bavail * found.f_frsize < NEARLY_FULL


def not_writable(path: Path | None) -> bool:
    """Whether the folder of ``path`` (or the file itself, if it exists) cannot be written."""
    folder = _folder(path)
    if folder is None or not folder.exists():
        return False
    targets = [folder] + ([Path(path)] if path is not None and Path(path).is_file() else [])
    return any(not os.access(t, os.W_OK) for t in targets)


def classify(error: BaseException, path: Path | None = None) -> str:
    """The kind of fault; ``path`` (the file being opened or written) lets the disk itself be asked."""
    if isinstance(error, OSError):
        return fault_kinds.os_error_kind(error)
    name = getattr(error, "sqlite_errorname", "") or ""
    kind = next((k for prefix, k in _CODES.items() if name.startswith(prefix)), None)
    if kind is None:
        kind = _from_text(str(error).lower())
    if kind in (IO, CANT_OPEN, OTHER) and path is not None:
        # SQLite does not say why it could not open or write: the disk may
        if disk_full(path):
            return FULL
        if kind != OTHER and not_writable(path):
            return READ_ONLY
    return kind


def _from_text(text: str) -> str:
    if "full" in text:
        return FULL
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "locked" in text or "busy" in text:
        return BUSY
    if "malformed" in text or "not a database" in text:
        return DAMAGED
    if "unable to open" in text:
        return CANT_OPEN
    if "disk i/o error" in text:
        return IO
    return OTHER


def refusal(error: BaseException, path: Path | None = None) -> InputError:
    """The fault as a refusal (:class:`InputError`): what happened, that nothing was saved, what to do.

    SQLite's and the system's own English text is not put into the message (it would stand in the
    middle of a Chinese sentence): it goes to the log.
    """
    if path is None and isinstance(error, OSError) and error.filename:
        path = Path(os.fsdecode(error.filename))
    folder = _folder(path)
    kind = classify(error, path)
    if kind == FULL:
        if folder is not None:
            return InputError("fault.full_at", None, folder=str(folder))
        return InputError("fault.full")
    if kind == READ_ONLY:
        if folder is not None:
            return InputError("fault.read_only_at", None, path=str(path), folder=str(folder))
        return InputError("fault.read_only")
    if kind == BUSY:
        return InputError("fault.busy")
    if kind == DAMAGED:
        if path is not None:
            return InputError("fault.damaged_at", None, path=str(path))
        return InputError("fault.damaged")
    if kind == CANT_OPEN:
        if path is not None:
            return InputError("fault.cant_open_at", None, path=str(path))
        return InputError("fault.cant_open")
    log.warning("database or file error (%s): %s", kind, error)
    if kind == IO:
        if path is not None:
            return InputError("fault.io_at", None, path=str(path))
        return InputError("fault.io")
    return InputError("fault.other")


def window_refusal(error: BaseException, path: Path | None = None) -> InputError:
    """The fault as the window says it: its own sentences, and its menu (not the command) to restore."""
    kind = classify(error, path)
    if kind in (IO, OTHER):
        log.warning("database or file error (%s): %s", kind, error)
    return InputError(_WINDOW[kind])


_WINDOW = {
    FULL: "fault.window_full",
    READ_ONLY: "fault.window_read_only",
    BUSY: "fault.window_busy",
    DAMAGED: "fault.window_damaged",
    CANT_OPEN: "fault.window_other",
    IO: "fault.window_io",
    OTHER: "fault.window_other",
}


def describe(error: BaseException, path: Path | None = None) -> str:
    """One line in Chinese: what happened, that nothing was saved, and what to do."""
    return str(refusal(error, path))
