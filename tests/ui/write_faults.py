"""The faults a write can meet, brought about for real on a test's database, and what the window said.

- read-only: the test opens the database read-only, as the window does when another window has it;
- disk full: every write fails as SQLite fails on a full disk (triggers in the file, so that an
  import's own connection meets them too), taken away again by the returned ``undo``;
- locked: another program holds the write lock (``BEGIN IMMEDIATE``) longer than the window waits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from hdrectify.store import db
from hdrectify.ui.context import AppContext


def make_full(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Every write into the database fails as SQLite fails on a full disk, on every connection
    (an import writes on one of its own): triggers in the file, dropped again before the check."""
    with sqlite3.connect(ctx.path, isolation_level=None) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for n, table in enumerate(tables):
            for op in ("INSERT", "UPDATE", "DELETE"):
                conn.execute(
                    f"CREATE TRIGGER full_{n}_{op} BEFORE {op} ON [{table}]"
                    " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                )
    conn.close()

    def undo() -> None:
        with sqlite3.connect(ctx.path, isolation_level=None) as conn:
            names = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'full\\_%' ESCAPE '\\'"
            )
            for (name,) in names.fetchall():
                conn.execute(f"DROP TRIGGER [{name}]")
        conn.close()

    return undo


def make_locked(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Another program holds the write lock, longer than this window waits (on its own connection
    and on those an import opens)."""
    other = sqlite3.connect(str(ctx.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    ctx.store.conn.execute("PRAGMA busy_timeout = 50")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)

    def undo() -> None:
        other.execute("ROLLBACK")
        other.close()

    return undo


def nothing(_ctx: AppContext, _monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    return lambda: None


# how each fault is brought about once the dialog is open, and a word the message must hold
CONDITIONS: dict[str, tuple[Callable[[AppContext, pytest.MonkeyPatch], Callable[[], None]], str]] = {
    "read-only": (nothing, "只读"),
    "disk full": (make_full, "磁盘已满"),
    "locked": (make_locked, "占用"),
}


def shown_texts() -> str:
    """What the window says now: every error line of every window, and every message box shown."""
    said: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if (isinstance(widget, QMessageBox) and widget.isVisible()) or (
                isinstance(widget, QLabel) and widget.objectName().endswith("Error") and widget.text()
            ):
                said.append(widget.text())
    return " ".join(said)
