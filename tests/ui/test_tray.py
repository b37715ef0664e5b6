"""The tray: its menu, its tooltip, the notifications at the moments injected (never waited for),
closing the window into the tray (asked once), and none at all where there is no system tray."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QMessageBox

from hdrectify.domain.reminders import Prefs
from hdrectify.ui import tray as tray_module
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.tray import Tray

WEDNESDAY = dt.datetime(2026, 11, 25, 9, 0)  # the demo's today, week 2026-W48


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(autouse=True)
def quits_on_last_window() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def start(qtbot, window: MainWindow, clock: Clock) -> tuple[Tray, list[tuple[str, str]]]:
    """The tray started as on a desktop with a system tray; its notifications collected."""
    assert window.tray is None  # offscreen: no system tray, so the window made none
    window.start_tray(clock, available=True)
    tray = window.tray
    assert tray is not None
    said: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: said.append((title, text)))  # before the result is delivered
    if tray.due is None:
        with qtbot.waitSignal(tray.loaded, timeout=20_000):
            pass
    return tray, said


def check_at(qtbot, tray: Tray, clock: Clock, now: dt.datetime) -> None:
    """Move the clock and let the tray check (a new day is recomputed first)."""
    clock.now = now
    if tray.due is not None and tray.due.as_of == now.date():
        tray.check()
        return
    with qtbot.waitSignal(tray.loaded, timeout=20_000):
        tray.check()


def set_me(window: MainWindow, name: str) -> None:
    member_id = window.ctx.store.rows("SELECT id FROM members WHERE name = ?", [name])[0]["id"]
    with window.ctx.write() as store:
        store.set_setting("me_member_id", member_id)


def menu_texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def test_no_system_tray_means_no_tray_and_closing_closes(qtbot, window: MainWindow) -> None:
    assert window.tray is None
    window.close()
    assert not window.isVisible()
    assert tray_module.keep_in_tray() is None  # nothing asked


def test_menu_tooltip_and_the_startup_notice(qtbot, window: MainWindow) -> None:
    set_me(window, "陈志强")
    clock = Clock(WEDNESDAY)
    tray, said = start(qtbot, window, clock)
    assert menu_texts(tray) == ["登记联系", "打开总览", "退出"]
    assert tray.due is not None
    week, overdue = len(tray.due.due_this_week()), len(tray.due.overdue)
    assert week > 0 and overdue > 0
    assert tray.icon.toolTip() == f"整改台账与挂钩联系\n本周到期 {week} 项，已逾期 {overdue} 项"
    assert said == [
        (
            "挂钩联系提醒",
            f"待完成 {len(tray.due.due)} 项（本周到期 {week} 项），已逾期 {overdue} 项。在菜单中选“打开总览”查看。",
        )
    ]
    # 登记联系 opens the log dialog; 打开总览 the dashboard
    tray.log_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(LogDialog)))
    for d in window.findChildren(LogDialog):
        d.reject()
    window.ui.navList.setCurrentRow(2)
    tray.dashboard_action.trigger()
    assert window.current_key() == "dashboard" and window.isVisible()


def test_weekly_reminder_on_thursday_at_three_once(qtbot, window: MainWindow) -> None:
    set_me(window, "陈志强")
    clock = Clock(WEDNESDAY)
    tray, said = start(qtbot, window, clock)
    said.clear()
    check_at(qtbot, tray, clock, dt.datetime(2026, 11, 26, 14, 59))
    assert said == []
    check_at(qtbot, tray, clock, dt.datetime(2026, 11, 26, 15, 0))
    # 平山 was contacted this week in the demo; 安墩 not yet
    assert said == [("挂钩联系提醒", "本周还没有登记联系：安墩镇康园中心")]
    check_at(qtbot, tray, clock, dt.datetime(2026, 11, 26, 16, 0))
    assert len(said) == 1  # once a week


def test_report_deadline_three_days_ahead(qtbot, window: MainWindow) -> None:
    set_me(window, "陈志强")
    clock = Clock(dt.datetime(2027, 1, 6, 9, 0))
    tray, said = start(qtbot, window, clock)
    said.clear()
    check_at(qtbot, tray, clock, dt.datetime(2027, 1, 7, 9, 0))  # the fourth quarter's report is due 1 月 10 日
    assert said == [
        (
            "挂钩联系提醒",
            "季度汇报（2026年第4季度）将于2027年1月10日截止：安墩镇康园中心\n"
            "季度汇报（2026年第4季度）将于2027年1月10日截止：平山街道康园中心",
        )
    ]
    check_at(qtbot, tray, clock, dt.datetime(2027, 1, 8, 9, 0))  # a Friday: the deadline is not said again,
    assert [text for _title, text in said[1:]] == [
        "本周还没有登记联系：安墩镇康园中心、平山街道康园中心"
    ]  # the week is


def test_the_office_is_told_who(qtbot, window: MainWindow) -> None:
    clock = Clock(WEDNESDAY)
    tray, said = start(qtbot, window, clock)
    check_at(qtbot, tray, clock, dt.datetime(2026, 11, 26, 15, 0))
    _title, text = said[-1]
    assert text.startswith("本周还没有登记联系：陈志强 — 安墩镇康园中心、黄伟明 — 宝口镇康园中心、")
    assert text.endswith("等 10 个")


def test_closing_asks_once_then_keeps_in_the_tray(qtbot, window: MainWindow) -> None:
    tray, _said = start(qtbot, window, Clock(WEDNESDAY))
    window.close()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "保留在系统托盘" in boxes[0].text()
    assert window.isVisible()  # nothing happens until answered
    keep = next(b for b in boxes[0].buttons() if b.text() == "保留在托盘")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert tray_module.keep_in_tray() is True
    assert not QApplication.quitOnLastWindowClosed() and tray.timer.isActive() and not window.ctx.closed
    tray.dashboard_action.trigger()  # back from the tray
    assert window.isVisible()
    window.close()  # remembered: not asked again
    assert not window.isVisible()
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    tray.quit_action.trigger()  # 退出: closed for good
    assert not tray.timer.isActive() and QApplication.quitOnLastWindowClosed()


def test_choosing_to_quit_on_the_first_close_is_remembered(qtbot, window: MainWindow) -> None:
    tray, _said = start(qtbot, window, Clock(WEDNESDAY))
    window.close()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "退出程序"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert tray_module.keep_in_tray() is False and not tray.timer.isActive()


def click_box(qtbot, box: QCheckBox) -> None:
    """A click on the box itself (the row is as wide as the dialog, the text is not)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_settings_set_the_reminder_keep_in_tray_and_autostart(
    qtbot, window: MainWindow, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_settings import open_settings

    dialog = open_settings(qtbot, window)
    r = dialog.reminders
    assert (r.weekday_combo.currentText(), r.hour_spin.value()) == ("星期四", 15)  # the default
    assert not r.keep_check.isChecked() and not r.autostart_check.isChecked()
    assert r.weekday_combo.accessibleName() == "每周联系提醒：星期几"
    # by keyboard: the weekday (the buddy of its label, 每周联系提醒(&W)), then Tab through the rows
    assert r.when_label.buddy() is r.weekday_combo
    r.weekday_combo.setFocus()
    qtbot.keyClick(r.weekday_combo, Qt.Key.Key_Up)  # 星期三
    qtbot.keyClick(r.weekday_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is r.hour_spin
    r.hour_spin.selectAll()
    qtbot.keyClicks(r.hour_spin, "9")
    qtbot.keyClick(r.hour_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is r.keep_check
    qtbot.keyClick(r.keep_check, Qt.Key.Key_Space)
    qtbot.keyClick(r.keep_check, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is r.autostart_check
    qtbot.keyClick(r.autostart_check, Qt.Key.Key_Space)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert tray_module.saved_prefs() == Prefs(3, 9)
    assert tray_module.keep_in_tray() is True
    entry = isolated_home / ".config" / "autostart" / "hdrectify.desktop"
    assert f'"--db" "{window.ctx.path}"' in entry.read_text(encoding="utf-8")
    # unticked: the entry is removed
    dialog = open_settings(qtbot, window)
    assert dialog.reminders.autostart_check.isChecked() and dialog.reminders.keep_check.isChecked()
    click_box(qtbot, dialog.reminders.autostart_check)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not entry.exists()


def test_an_autostart_folder_that_cannot_be_written_is_said(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_settings import open_settings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    dialog = open_settings(qtbot, window)
    click_box(qtbot, dialog.reminders.autostart_check)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused: nothing saved
    assert "无法写入开机启动设置" in dialog.ui.formError.text()
    assert tray_module.saved_prefs() == Prefs()
