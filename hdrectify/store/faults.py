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

import errno
import os
from pathlib import Path

FULL, READ_ONLY, BUSY, DAMAGED, CANT_OPEN, IO, OTHER = (
    "full",
    "read_only",
    "busy",
    "damaged",
    "cant_open",
    "io",
    "other",
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
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
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
        if error.errno in _FULL_ERRNOS:
            return FULL
        if error.errno in _DENIED_ERRNOS:
            return READ_ONLY
        return IO
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


def describe(error: BaseException, path: Path | None = None) -> str:
    """One line in Chinese: what happened, that nothing was saved, and what to do."""
    if path is None and isinstance(error, OSError) and error.filename:
        path = Path(os.fsdecode(error.filename))
    where = f" {path} " if path is not None else ""
    folder = _folder(path)
    kind = classify(error, path)
    if kind == FULL:
        on = f"（{folder} 所在的磁盘没有剩余空间）" if folder is not None else ""
        return f"磁盘已满{on}，本次操作未保存（数据未作改动）：请清理磁盘空间后再试"
    if kind == READ_ONLY:
        if folder is not None:
            return (
                f"没有写入权限：{path} 或其所在文件夹 {folder} 是只读的，无法打开或写入（数据未作改动）："
                "请检查权限，或把数据库复制到可写的位置"
            )
        return (
            "没有写入权限：数据库或其所在文件夹是只读的，无法打开或写入（数据未作改动）："
            "请检查权限，或把数据库复制到可写的位置"
        )
    if kind == BUSY:
        return "数据库正被其他程序占用，请稍后再试"
    if kind == DAMAGED:
        return f"数据库{where}已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复"
    if kind == CANT_OPEN:
        return f"无法打开数据库{where}（文件夹可能只读或不存在）：请检查路径和权限"
    if kind == IO:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return f"读写{where or '文件'}时磁盘出错（{reason}），数据未作改动：请检查磁盘或存储设备，必要时从备份恢复"
    return f"数据库操作失败（{error}），数据未作改动"
