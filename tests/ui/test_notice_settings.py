"""设置 › 督办提醒单: the levels' thresholds and the reply period are settings, checked for order."""

from __future__ import annotations

from hdrectify.ui.main_window import MainWindow
from tests.ui.test_settings import CANCEL, LEFT, OK, open_settings, settings_rows


def test_levels_out_of_order_are_refused_next_to_the_field_then_saved_in_order(qtbot, window: MainWindow) -> None:
    before = settings_rows(window)
    dialog = open_settings(qtbot, window)
    ui = dialog.ui
    assert (ui.noticeRemindSpin.value(), ui.noticeUrgeSpin.value(), ui.noticeWarnSpin.value()) == (1, 15, 30)
    assert ui.noticeReplySpin.value() == 5
    ui.noticeUrgeSpin.setValue(40)  # 督办 after 告诫's 30 days
    qtbot.mouseClick(ui.buttonBox.button(OK), LEFT)
    assert dialog.isVisible() and ui.noticeError.isVisible()
    assert "提醒（1）≤ 督办（40）≤ 告诫（30）" in ui.noticeError.text()
    assert dialog.focusWidget() is ui.noticeWarnSpin
    assert settings_rows(window) == before

    ui.noticeWarnSpin.setFocus()
    ui.noticeWarnSpin.selectAll()
    qtbot.keyClicks(ui.noticeWarnSpin, "60")
    ui.noticeReplySpin.setValue(7)
    qtbot.mouseClick(ui.buttonBox.button(OK), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    store = window.ctx.store
    assert [store.setting(k) for k in ("notice_urge_days", "notice_warn_days", "notice_reply_days")] == [40, 60, 7]


def test_cancel_keeps_the_thresholds(qtbot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    dialog.ui.noticeRemindSpin.setValue(3)
    qtbot.mouseClick(dialog.ui.buttonBox.button(CANCEL), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.ctx.store.setting("notice_remind_days") == 1
