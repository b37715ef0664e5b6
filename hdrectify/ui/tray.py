"""The tray icon while the app runs: what is due this week and overdue, and the reminders.

Its menu opens 登记联系 and the dashboard (总览), or quits. What to notify, and when, is decided by
:func:`hdrectify.domain.reminders.decide` with the moment from an injectable clock; here a
``QTimer`` asks it every minute, and the notification is shown with ``showMessage`` (and announced
by :attr:`Tray.notified`). Where there is no system tray (``isSystemTrayAvailable`` false, as on the
offscreen platform) :func:`install` makes none, and the app runs as before.

The reminder's weekday and hour, and whether closing the window keeps the app in the tray, are this
user's settings on this computer (QSettings, like the language), set in 设置.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from hdrectify.domain.reminders import DueItem, DueList, Kind, Notice, Prefs, Sent, decide
from hdrectify.store.base import Store
from hdrectify.store.due import due_list
from hdrectify.ui import labels
from hdrectify.ui.context import Changes
from hdrectify.ui.worker import Progress, run_in_background

if TYPE_CHECKING:
    from hdrectify.ui.main_window import MainWindow

CHECK_INTERVAL_MS = 60_000  # the reminder moments are whole hours: a check a minute is plenty
MAX_NAMED = 5  # a notification names this many pairings, then says how many more
Clock = Callable[[], dt.datetime]

_WEEKDAY_KEY = "reminders/weekday"
_HOUR_KEY = "reminders/hour"
_KEEP_KEY = "reminders/keep_in_tray"


def saved_prefs() -> Prefs:
    settings = QSettings()
    default = Prefs()
    try:
        weekday = int(str(settings.value(_WEEKDAY_KEY, default.weekday)))
        hour = int(str(settings.value(_HOUR_KEY, default.hour)))
    except ValueError:
        return default
    if not (1 <= weekday <= 7 and 0 <= hour <= 23):
        return default
    return Prefs(weekday, hour)


def save_prefs(prefs: Prefs) -> None:
    settings = QSettings()
    settings.setValue(_WEEKDAY_KEY, prefs.weekday)
    settings.setValue(_HOUR_KEY, prefs.hour)


def keep_in_tray() -> bool | None:
    """Whether closing the window keeps the app in the tray; None until the user was asked."""
    value = QSettings().value(_KEEP_KEY)
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def set_keep_in_tray(keep: bool) -> None:
    QSettings().setValue(_KEEP_KEY, keep)


class Tray(QObject):
    """The tray icon of one main window (and its database)."""

    notified = Signal(str, str)  # title, text: each notification shown
    loaded = Signal()  # what is due was (re)computed

    def __init__(self, window: MainWindow, clock: Clock = dt.datetime.now, *, visible: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.clock = clock
        self.visible = visible
        self.due: DueList | None = None
        self.sent = Sent()
        self._started = False
        self._asking: QMessageBox | None = None
        self.icon = QSystemTrayIcon(window.windowIcon(), self)
        self.menu = QMenu(window)
        self.log_action = QAction(self.menu)
        self.log_action.triggered.connect(self.log_contact)
        self.dashboard_action = QAction(self.menu)
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quit)
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.dashboard_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.log_action.setEnabled(not self.ctx.read_only)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.log_action.setText(self.tr("登记联系"))
        self.dashboard_action.setText(self.tr("打开总览"))
        self.quit_action.setText(self.tr("退出"))
        self.icon.setToolTip(self.tooltip())

    # -- what is due -------------------------------------------------------------------
    def start(self) -> None:
        """Show the icon, compute what is due and say it (the start-up notification), then check every minute."""
        if self.visible:
            self.icon.show()
        self._started = True
        self.refresh(starting=True)
        self.timer.start()

    def refresh(self, *, starting: bool = False) -> None:
        """Recompute what is due (off the UI thread), then check what to notify."""
        path, me, today = self.ctx.path, self.ctx.me(), self.clock().date()

        def work(progress: Progress) -> DueList:
            with Store.open(path) as store:
                return due_list(store, me, today)

        def done(found: DueList) -> None:
            if self.ctx.closed:
                return
            self.due = found
            self.icon.setToolTip(self.tooltip())
            self.loaded.emit()
            self.check(starting=starting)

        task = run_in_background(self.window, work, done, lambda _message: None)
        task.succeeded.connect(task.deleteLater)
        task.failed.connect(task.deleteLater)

    def _on_changed(self, what: Changes) -> None:
        if self._started and not self.ctx.closed and what.touches(Changes(records=True, pairings=True, settings=True)):
            self.refresh()

    def check(self, *, starting: bool = False) -> None:
        """Notify what :func:`decide` says is due at the clock's moment (a new day recomputes first)."""
        if self.due is None or self.ctx.closed:
            return
        now = self.clock()
        if self.due.as_of != now.date():
            self.refresh()
            return
        notices, self.sent = decide(now, self.due, saved_prefs(), self.sent, starting=starting)
        for notice in notices:
            self.notify(*self.notice_text(notice))

    def notify(self, title: str, text: str) -> None:
        if self.visible and self.icon.isVisible():
            self.icon.showMessage(title, text, self.icon.icon())
        self.notified.emit(title, text)

    # -- texts -------------------------------------------------------------------------
    def tooltip(self) -> str:
        name = QApplication.applicationDisplayName()
        if self.due is None:
            return name
        return self.tr("{0}\n本周到期 {1} 项，已逾期 {2} 项").format(
            name, len(self.due.due_this_week()), len(self.due.overdue)
        )

    def notice_text(self, notice: Notice) -> tuple[str, str]:
        title = self.tr("挂钩联系提醒")
        if notice.kind is Kind.STARTUP:
            assert self.due is not None
            text = self.tr("待完成 {0} 项（本周到期 {1} 项），已逾期 {2} 项。").format(
                len(self.due.due), notice.due_this_week, notice.overdue
            )
            return title, text + self.tr("在菜单中选“打开总览”查看。")
        if notice.kind is Kind.WEEKLY:
            return title, self.tr("本周还没有登记联系：{0}").format(self._who(notice.items))
        lines = [
            self.tr("{0}（{1}）将于{2}截止：{3}").format(
                labels.obligation_text(item.obligation.value),
                labels.period_text(item.period),
                labels.date_text(item.deadline),
                self._who((item,)),
            )
            for item in notice.items[:MAX_NAMED]
        ]
        if len(notice.items) > MAX_NAMED:
            lines.append(self.tr("另有 {0} 项").format(len(notice.items) - MAX_NAMED))
        return title, "\n".join(lines)

    def _who(self, items: tuple[DueItem, ...]) -> str:
        """The centres (with their member, for the office), the first few and how many more."""
        office = self.ctx.me() is None
        names = [f"{i.member} — {i.centre}" if office else i.centre for i in items[:MAX_NAMED]]
        text = labels.join_list(names)
        if len(items) > MAX_NAMED:
            text += self.tr("等 {0} 个").format(len(items))
        return text

    # -- the menu ----------------------------------------------------------------------
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def show_window(self) -> None:
        QApplication.setQuitOnLastWindowClosed(True)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def log_contact(self) -> None:
        self.show_window()
        self.window.open_dialog("hdrectify.ui.log_dialog", "LogDialog")

    def open_dashboard(self) -> None:
        self.show_window()
        self.window.show_page("dashboard")

    def quit(self) -> None:
        """退出: close the window for good (not into the tray); the app ends with it."""
        QApplication.setQuitOnLastWindowClosed(True)
        self.window.close_for_good()

    # -- closing the window ------------------------------------------------------------
    def keeps(self, event: QCloseEvent) -> bool:
        """On closing the window: keep the app in the tray (the window hidden, ``event`` ignored) if
        the user chose so; asked once, on the first close, and remembered. False: close as usual."""
        keep = keep_in_tray()
        if keep is False:
            return False
        event.ignore()
        if keep is None:
            self._ask()
        else:
            self.hide_to_tray()
        return True

    def hide_to_tray(self) -> None:
        QApplication.setQuitOnLastWindowClosed(False)  # the hidden window, or a dialog closed, must not end it
        self.window.hide()

    def _ask(self) -> None:
        if self._asking is not None:
            self._asking.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("关闭窗口"), "", parent=self.window)
        box.setText(self.tr("关闭窗口后，是否保留在系统托盘中继续提醒？\n这个选择会记住，可在“设置”中更改。"))
        keep = box.addButton(self.tr("保留在托盘"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("退出程序"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self._asking = box

        def answered() -> None:
            self._asking = None
            chosen = box.clickedButton() is keep
            set_keep_in_tray(chosen)
            if chosen:
                self.hide_to_tray()
            else:
                self.window.close_for_good()

        box.finished.connect(answered)
        box.open()

    def close(self) -> None:
        self.timer.stop()
        self.icon.hide()


def install(window: MainWindow, clock: Clock = dt.datetime.now, *, available: bool | None = None) -> Tray | None:
    """The window's tray icon, started; None where the desktop has no system tray."""
    real = QSystemTrayIcon.isSystemTrayAvailable()
    if not (real if available is None else available):
        return None
    tray = Tray(window, clock, visible=real)  # a test's tray (available=True, offscreen) is never shown
    tray.start()
    return tray
