"""Slow work off the UI thread: one small helper, results by signal, never touching widgets.

``run_in_background(parent, work, on_done)`` runs ``work(progress)`` on Qt's thread
pool. ``progress(done, total)`` reports progress and returns False once the user
has cancelled, so long loops can stop. The work must open its own database
connection (``Store.open(path)``): SQLite connections do not cross threads.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QProgressDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.ui.i18n import error_text

Progress = Callable[[int, int], bool]


class Task(QObject):
    """The signals of one background job, delivered on the thread that created it."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.task = task
        self.work = work

    def run(self) -> None:
        def progress(done: int, total: int) -> bool:
            try:
                self.task.progressed.emit(done, total)
            except RuntimeError:  # the screen that asked was closed: stop
                return False
            return not self.task.cancelled

        try:
            result = self.work(progress)
        except InputError as e:
            self._emit(self.task.failed, error_text(e))
        except Exception as e:  # shown to the user, never lost
            traceback.print_exc()
            self._emit(self.task.failed, f"{type(e).__name__}: {e}")
        else:
            self._emit(self.task.succeeded, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the screen that asked was closed meanwhile: nobody waits
            signal.emit(value)


def run_in_background(
    parent: QObject,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> Task:
    task = Task(parent)
    task.succeeded.connect(on_done, Qt.ConnectionType.QueuedConnection)
    if on_error is not None:
        task.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(task, work))
    return task


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> Task:
    """As :func:`run_in_background`, with a cancellable progress dialog over ``parent``."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def done(result: Any) -> None:
        dialog.reset()
        if not task.cancelled:  # cancelled: the user no longer wants the result (no print, no save)
            on_done(result)

    def error(message: str) -> None:
        dialog.reset()
        if on_error is not None:
            on_error(message)

    task = run_in_background(parent, work, done, error)
    dialog.canceled.connect(task.cancel)

    def show_progress(done_count: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_count)

    task.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    return task
