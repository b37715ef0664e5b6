"""The database password in the window: set in 设置, asked at start (a wrong one said, nothing opened), removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from hdrectify.app import Launcher
from hdrectify.store import dbapi
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.password_dialog import AskPasswordDialog, PasswordDialog
from hdrectify.ui.settings_dialog import SettingsDialog

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok


def _visible(kind: type[QWidget]) -> list[Any]:
    found: list[Any] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    for top in QApplication.topLevelWidgets():
        found += [d for d in top.findChildren(kind) if d.isVisible()]
    return found


def _wait_for(qtbot, kind: type):
    qtbot.waitUntil(lambda: bool(_visible(kind)))
    return _visible(kind)[-1]


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    qtbot.mouseClick(edit, LEFT)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _password_dialog(qtbot, window: MainWindow) -> PasswordDialog:
    window.ui.actionSettings.trigger()
    settings = _wait_for(qtbot, SettingsDialog)
    assert settings.password_button.text() == "数据库密码…"
    qtbot.mouseClick(settings.password_button, LEFT)
    return _wait_for(qtbot, PasswordDialog)


def test_set_in_settings_then_asked_at_start_then_removed(qtbot, db: Path, launchers: Callable[[], Launcher]) -> None:
    launcher = launchers()
    first = launcher.open(db)
    assert first is not None
    dialog = _password_dialog(qtbot, first)
    assert not dialog.current_edit.isVisible()  # none yet: only the new one, twice
    _type(qtbot, dialog.new_edit, "huidong-2025")
    _type(qtbot, dialog.repeat_edit, "huidong-2024")
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
    assert dialog.isVisible() and dialog.error.text() == "两次输入的新密码不一样：请重新输入"
    assert not dbapi.is_encrypted(db)
    _type(qtbot, dialog.repeat_edit, "huidong-2025")
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window is not first)
    assert dbapi.is_encrypted(db)
    assert launcher.prompt is not None and "已设置数据库密码" in launcher.prompt.text()
    second = launcher.window
    assert second is not None and second.ctx.store.execute("SELECT count(*) FROM members").fetchone()[0] > 0

    # a new start: nothing known; the window asks, a wrong password is said and nothing opens
    second.close()
    second.ctx.close()
    assert launcher.lock is not None
    launcher.lock.release()
    launcher.window, launcher.lock = None, None
    dbapi.forget_passwords()
    assert launcher.open(db) is None
    ask = _wait_for(qtbot, AskPasswordDialog)
    _type(qtbot, ask.password_edit, "not-the-one")
    qtbot.mouseClick(ask.buttons.button(OK), LEFT)
    qtbot.waitUntil(lambda: any("密码不对" in d.error.text() for d in _visible(AskPasswordDialog)))
    assert launcher.window is None
    again = [d for d in _visible(AskPasswordDialog) if "密码不对" in d.error.text()][-1]
    _type(qtbot, again.password_edit, "huidong-2025")
    qtbot.keyClick(again.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: launcher.window is not None)
    third = launcher.window
    assert third is not None

    # removed from 设置: the current password asked, the file plain again
    dialog = _password_dialog(qtbot, third)
    assert dialog.current_edit.isVisible() and dialog.remove_check.isVisible()
    _type(qtbot, dialog.current_edit, "huidong-2025")
    box = dialog.remove_check
    qtbot.mouseClick(box, LEFT, pos=QPoint(box.height() // 2, box.height() // 2))  # on its box
    assert not dialog.new_edit.isEnabled()
    qtbot.mouseClick(dialog.buttons.button(OK), LEFT)
    qtbot.waitUntil(lambda: launcher.window is not third and launcher.window is not None)
    assert not dbapi.is_encrypted(db)
    assert launcher.prompt is not None and "已取消数据库密码" in launcher.prompt.text()
