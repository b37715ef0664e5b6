"""The window's side of keeping records safe: one window per database, prompts, database errors.

- :class:`DatabaseLock`: a ``QLockFile`` beside the database, so a second window on the
  same file is told so (and may open it read-only) instead of both writing. The command
  line takes no lock: WAL and the busy timeout let it work while the window is open.
- :class:`WindowBeacon`: the second start brings the first window to the front.
- :func:`explain`: a database error said in the user's language (disk full, read-only, …).
- :func:`ask`: a non-blocking question box (tests never wait on ``exec()``).
- :func:`start_daily_backup`: the first start of each day backs the database up, off the
  UI thread, and says so in the status bar.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMessageBox, QWidget

from hdrectify.store import faults


class DatabaseLock:
    """``<database>.lock``: held while a window has the database open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = QLockFile(str(self.path.with_name(self.path.name + ".lock")))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone (a crash)

    def acquire(self) -> bool:
        """False only if another window holds the lock. A folder that cannot hold one (read-only,
        say) does not stop the window: SQLite itself then refuses writes, and says so."""
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def held_by(self) -> str:
        """Which process holds it, for the message."""
        info = self._lock.getLockInfo()  # (pid, host name, application name), or nothing
        if isinstance(info, tuple) and len(info) == 3:
            pid, _host, app = info
            return f"{app or 'hdrectify'} (PID {pid})"
        return "hdrectify"

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


class WindowBeacon(QObject):
    """Lets a second start on the same database bring the window that has it to the front.

    The window holding the lock listens on a local socket named after the database; a
    second start that finds the lock taken sends ``raise`` to it before saying so.
    """

    raised = Signal()

    def __init__(self, path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server: Any = None
        try:  # should QtNetwork be missing (a trimmed build), the second start just says where it is open
            from PySide6.QtNetwork import QLocalServer
        except ImportError:
            return
        self.server = QLocalServer(self)
        name = self.name(path)
        QLocalServer.removeServer(name)  # we hold the lock: a server left by a crashed window is stale
        self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    @staticmethod
    def name(path: Path) -> str:
        digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:20]
        return f"hdrectify-{digest}"

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: Any) -> None:
        if bytes(socket.readAll().data()).startswith(b"raise"):
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            self.raised.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()

    @staticmethod
    def ask_to_raise(path: Path) -> bool:
        """Ask the window that has ``path`` open to come to the front; True if it was reached."""
        try:
            from PySide6.QtNetwork import QLocalSocket
        except ImportError:
            return False
        socket = QLocalSocket()
        socket.connectToServer(WindowBeacon.name(path))
        if not socket.waitForConnected(500):
            return False
        socket.write(b"raise")
        socket.flush()
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True


def explain(error: sqlite3.Error | OSError, path: Path | None = None) -> str:
    """One line for a message box: what happened and that nothing was saved (``path``: the file
    concerned, so that a full disk or a folder without write permission is named as such)."""
    from hdrectify.ui.i18n import error_text

    return error_text(faults.window_refusal(error, path))


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole, Callable[[], Any] | None]],
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box shown with ``open()``; each button runs its callback once the box closes."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("safetyMessage")
    actions: dict[QAbstractButton, Callable[[], Any] | None] = {}
    for n, (label, role, action) in enumerate(buttons):
        button = box.addButton(label, role)
        actions[button] = action
        if n == 0:
            box.setDefaultButton(button)

    def done(_result: int) -> None:
        action = actions.get(box.clickedButton())
        if action is not None:
            action()

    box.finished.connect(done)
    box.open()
    return box


def tell(
    parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
) -> QMessageBox:
    return ask(
        parent,
        title,
        text,
        [(QCoreApplication.translate("Safety", "确定"), QMessageBox.ButtonRole.AcceptRole, None)],
        icon,
    )


def start_daily_backup(window: QMainWindow, path: Path) -> None:
    """Back up on the first start of the day, in the background (its own connection)."""
    from hdrectify.store.backup import daily_backup
    from hdrectify.ui.worker import run_in_background

    def work(_progress: Any) -> Path | None:
        return daily_backup(path)

    def done(made: Path | None) -> None:
        if made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Safety", "已完成今天的自动备份：{0}").format(made), 10_000
            )

    def failed(message: str) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Safety", "今天的自动备份没有成功：{0}").format(message)
        )

    run_in_background(window, work, done, failed)
