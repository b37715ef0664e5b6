"""Slow work off the UI thread: one small helper, results by signal, never touching widgets.

``run_in_background(parent, work, on_done)`` runs ``work(progress)`` on Qt's thread
pool (Anki's ``QueryOp(...).run_in_background()`` is the model). ``progress(done, total)``
reports progress and returns False once the task is cancelled, so long loops can stop;
``progress.cancelled()`` asks without reporting. The work must open its own database
connection (``Store.open(path)``): SQLite connections do not cross threads.

Each task belongs to a :class:`TaskGroup` — the one of the database it reads (``AppContext.tasks``),
found from ``parent``'s ``ctx`` — which cancels and waits for all of them on closing the window,
switching database or restoring a backup; a task stopped so, or whose parent is gone, reports nothing.
A failure with no ``on_error`` is still shown, in a message box over ``parent``.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi

STOP_WAIT_S = 10.0  # how long closing waits for running work before leaving it to finish unheard


class Progress:
    """What the work is given: call it to report progress; False (or :meth:`cancelled`) means stop."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def __call__(self, done: int, total: int) -> bool:
        if not self._task.detached:
            try:
                self._task.progressed.emit(done, total)
            except RuntimeError:  # the screen that asked was closed: stop
                return False
        return not self.cancelled()

    def cancelled(self) -> bool:
        return self._task.cancelled


class Task(QObject):
    """The signals of one background job, delivered on the thread that created it."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.finished = threading.Event()  # set by the worker thread when the work has returned
        self.detached = False  # stopped by its group: the result is dropped

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


class TaskGroup:
    """The running tasks of one database; :meth:`stop` cancels them and waits."""

    def __init__(self) -> None:
        self._tasks: set[Task] = set()
        self._lock = threading.Lock()

    def add(self, task: Task) -> None:
        with self._lock:
            self._tasks.add(task)

    def discard(self, task: Task) -> None:
        with self._lock:
            self._tasks.discard(task)

    def running(self) -> int:
        with self._lock:
            return sum(not t.finished.is_set() for t in self._tasks)

    def stop(self, wait_s: float = STOP_WAIT_S) -> bool:
        """Cancel every task, drop whatever they report, and wait for them; False if one outlasted the wait."""
        with self._lock:
            tasks, self._tasks = list(self._tasks), set()
        for task in tasks:
            task.detached = True
            task.cancel()
        all_done = True
        for task in tasks:
            # each waits at most the whole allowance: a stuck task does not hide the others'
            all_done = task.finished.wait(wait_s) and all_done
        return all_done


def find_group(obj: QObject | None) -> TaskGroup | None:
    """The task group of the database ``obj`` works on: the first ``ctx.tasks`` up its parents."""
    while obj is not None:
        ctx = getattr(obj, "ctx", None)
        group = getattr(ctx, "tasks", None) or getattr(obj, "tasks", None)
        if isinstance(group, TaskGroup):
            return group
        obj = obj.parent()
    return None


def failure_text(error: BaseException) -> str:
    """What the window says about a failure: the error's message in the user's language."""
    from hdrectify.ui.i18n import error_text

    if isinstance(error, InputError):
        return error_text(error)
    if isinstance(error, dbapi.Error):  # busy, full, read-only …: said as such, SQLite's text logged
        from hdrectify.store.faults import window_refusal

        return error_text(window_refusal(error))
    return f"{type(error).__name__}: {error}"


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[Progress], Any], group: TaskGroup | None) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self.group = group

    def run(self) -> None:
        try:
            result = self.work(Progress(self.task))
        except InputError as e:
            self._emit(self.task.failed, failure_text(e))
        except Exception as e:  # shown to the user, never lost
            if not self.task.detached:
                traceback.print_exc()
            self._emit(self.task.failed, failure_text(e))
        else:
            self._emit(self.task.succeeded, result)
        finally:
            if self.group is not None:
                self.group.discard(self.task)
            self.task.finished.set()

    def _emit(self, signal: SignalInstance, value: Any) -> None:
        if self.task.detached:
            return  # its database was closed, switched or restored meanwhile: nobody waits
        with contextlib.suppress(RuntimeError):  # the screen that asked was closed meanwhile: nobody waits
            signal.emit(value)


def show_failure(parent: QObject | None, message: str) -> QMessageBox:
    """The default error handler: a message box (non-blocking) over the window that asked."""
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Worker", "操作没有完成"),
        message,
        QMessageBox.StandardButton.Ok,
        widget.window() if widget is not None else None,
    )
    box.setObjectName("workerFailure")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_in_background(
    parent: QObject,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
    *,
    group: TaskGroup | None = None,
) -> Task:
    """Run ``work`` off the UI thread; ``on_done(result)`` or ``on_error(message)`` on this one.

    ``group`` defaults to the one of ``parent``'s database (:func:`find_group`); with no
    ``on_error`` a failure is shown in a message box.
    """
    task = Task(parent)
    group = group if group is not None else find_group(parent)
    task.succeeded.connect(on_done, Qt.ConnectionType.QueuedConnection)
    if on_error is not None:
        task.failed.connect(on_error, Qt.ConnectionType.QueuedConnection)
    else:
        task.failed.connect(lambda message: show_failure(task.parent(), message), Qt.ConnectionType.QueuedConnection)
    if group is not None:
        group.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, work, group))
    return task


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
    *,
    group: TaskGroup | None = None,
    on_cancelled: Callable[[Any], None] | None = None,
) -> Task:
    """As :func:`run_in_background`, with a cancellable progress dialog over ``parent``.

    If the user cancels, ``on_done`` is not called; ``on_cancelled(result)`` is, to undo what the
    work left behind (temporary files).
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def done(result: Any) -> None:
        dialog.reset()
        if not task.cancelled:  # cancelled: the user no longer wants the result (no print, no save)
            on_done(result)
        elif on_cancelled is not None:
            on_cancelled(result)

    def error(message: str) -> None:
        dialog.reset()
        if on_error is not None:
            on_error(message)
        else:
            show_failure(parent, message)

    task = run_in_background(parent, work, done, error, group=group)
    dialog.canceled.connect(task.cancel)

    def show_progress(done_count: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done_count)

    task.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)
    return task
