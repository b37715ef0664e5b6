"""What went wrong with the database, said to a user: disk full, read-only, busy, damaged. No Qt.

SQLite reports these as ``sqlite3.Error`` with English text; :func:`classify` names the
kind (the window translates it) and :func:`describe` says it in Chinese (the command
line). In every case the transaction was rolled back: nothing was half written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

FULL, READ_ONLY, BUSY, DAMAGED, CANT_OPEN, OTHER = "full", "read_only", "busy", "damaged", "cant_open", "other"

_CODES = {
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CANTOPEN": CANT_OPEN,
    "SQLITE_PERM": READ_ONLY,
}


def classify(error: sqlite3.Error) -> str:
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, kind in _CODES.items():
        if name.startswith(prefix):
            return kind
    text = str(error).lower()
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
    return OTHER


def describe(error: sqlite3.Error, path: Path | None = None) -> str:
    """One line in Chinese: what happened, that nothing was saved, and what to do."""
    where = f" {path} " if path is not None else ""
    kind = classify(error)
    if kind == FULL:
        return "磁盘已满，本次操作未保存（数据未作改动）：请清理磁盘空间后再试"
    if kind == READ_ONLY:
        return (
            f"数据库{where}或其所在文件夹是只读的，无法打开或写入（数据未作改动）："
            "请检查权限，或把数据库复制到可写的位置"
        )
    if kind == BUSY:
        return "数据库正被其他程序占用，请稍后再试"
    if kind == DAMAGED:
        return f"数据库{where}已损坏（数据未作改动）：请用 hdrectify restore 从备份恢复"
    if kind == CANT_OPEN:
        return f"无法打开数据库{where}（文件夹可能只读或不存在）：请检查路径和权限"
    return f"数据库操作失败（{error}），数据未作改动"
