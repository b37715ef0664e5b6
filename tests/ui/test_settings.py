"""设置: deadlines reach the cadence, "me" is remembered, and the language switches at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hdrectify.store.base import Row
from hdrectify.ui import i18n
from hdrectify.ui.context import SETTINGS
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.settings_dialog import SettingsDialog

LEFT = Qt.MouseButton.LeftButton
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def open_settings(qtbot, window: MainWindow) -> SettingsDialog:
    window.ui.actionSettings.trigger()
    found: list[SettingsDialog] = []

    def visible() -> bool:
        found[:] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[-1]


def settings_rows(window: MainWindow) -> list[Row]:
    return window.ctx.store.rows("SELECT key, value FROM settings ORDER BY key")


def test_the_dialog_shows_the_current_settings_and_the_database(qtbot, window: MainWindow) -> None:
    dialog = open_settings(qtbot, window)
    ui = dialog.ui
    assert dialog.windowTitle() == "设置"
    assert ui.federationEdit.text() == "惠东县残疾人联合会（演示数据）"
    assert (ui.reportDeadlineSpin.value(), ui.reviewDeadlineSpin.value(), ui.backfillSpin.value()) == (10, 31, 7)
    assert ui.reportDeadlineSpin.text() == "季度结束后第 10 天"
    assert "2025年4月10日" in ui.deadlinesHint.text() and "2026年1月31日" in ui.deadlinesHint.text()
    assert ui.meCombo.currentText() == "办公室（全部）" and ui.meCombo.count() == 13
    assert [ui.languageCombo.itemText(i) for i in range(ui.languageCombo.count())] == ["简体中文", "English"]
    assert ui.databaseEdit.text() == str(window.ctx.path) and ui.databaseEdit.isReadOnly()


def test_the_dialog_shows_this_computers_fingerprint_as_identity_says(qtbot, window: MainWindow, capsys) -> None:
    import json

    from tests.cli_runner import run_in_process

    code, out, _ = run_in_process(capsys, "--db", window.ctx.path, "identity", "--json")
    said = json.loads(out)
    assert code == 0 and set(said) >= {"installation", "name", "role", "fingerprint"}
    dialog = open_settings(qtbot, window)
    edit = dialog.ui.fingerprintEdit
    assert edit.text() == f"{said['fingerprint']}（办公室）" and edit.isReadOnly()
    assert dialog.ui.fingerprintLabel.buddy() is edit


def test_a_new_report_deadline_reaches_the_cadence(qtbot, window: MainWindow) -> None:
    store = window.ctx.store
    assert store.cadence_settings().report_deadline_days == 10
    dialog = open_settings(qtbot, window)
    spin = dialog.ui.reportDeadlineSpin
    qtbot.mouseClick(spin, LEFT)
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    with qtbot.waitSignal(window.ctx.changed) as changed:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert changed.args == [SETTINGS]
    assert not dialog.isVisible()
    assert store.cadence_settings().report_deadline_days == 15
    assert store.setting("review_deadline_days") == 31


def test_choose_who_me_is(qtbot, window: MainWindow) -> None:
    assert window.ctx.me() is None
    dialog = open_settings(qtbot, window)
    combo = dialog.ui.meCombo
    combo.setCurrentIndex(combo.findText("李秀英"))
    qtbot.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    me = window.ctx.me()
    assert me is not None and window.ctx.store.get("members", me)["name"] == "李秀英"  # type: ignore[index]
    again = open_settings(qtbot, window)
    assert again.ui.meCombo.currentText() == "李秀英"
    again.ui.meCombo.setCurrentIndex(0)  # back to the office
    qtbot.mouseClick(again.ui.buttonBox.button(OK), LEFT)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert window.ctx.me() is None


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    before = settings_rows(window)
    dialog = open_settings(qtbot, window)
    ui = dialog.ui
    ui.federationEdit.clear()
    qtbot.keyClick(ui.federationEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert ui.federationNameError.isVisible() and "单位名称" in ui.federationNameError.text()
    assert settings_rows(window) == before

    qtbot.mouseClick(ui.federationEdit, LEFT)
    event = QInputMethodEvent("", [])
    event.setCommitString("惠东县残联")
    QApplication.sendEvent(ui.federationEdit, event)
    ui.warnYellowSpin.setValue(30)  # more than green's 20
    qtbot.mouseClick(ui.buttonBox.button(OK), LEFT)
    assert not ui.federationNameError.isVisible()
    assert ui.warnGreenError.isVisible() and ui.warnGreenError.text() == "青色的天数不能少于黄色的天数"
    assert settings_rows(window) == before
    qtbot.mouseClick(ui.buttonBox.button(CANCEL), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings_rows(window) == before


# -- language ----------------------------------------------------------------------------------

# A few English strings, compiled for the test: the real hdrectify_en.qm is built at release.
TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context><name>SettingsDialog</name>
 <message><source>设置</source><translation>Settings</translation></message>
 <message><source>办公室（全部）</source><translation>Office (all)</translation></message>
</context>
<context><name>PeoplePage</name>
 <message><source>康园中心</source><translation>Centres</translation></message>
</context>
<context><name>CentresModel</name>
 <message><source>名称</source><translation>Name</translation></message>
</context>
<context><name>MainWindow</name>
 <message><source>文件(&amp;F)</source><translation>&amp;File</translation></message>
</context>
<context><name>Pages</name>
 <message><source>中心与党员</source><translation>Centres and members</translation></message>
</context>
</TS>
"""


@pytest.fixture
def english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "hdrectify_en.ts"
    ts.write_text(TEST_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    return folder


def test_switching_to_english_applies_at_once_and_cancel_restores_chinese(
    qtbot, window: MainWindow, english: Path
) -> None:
    people = window.show_page("people")
    dialog = open_settings(qtbot, window)
    ok, cancel = dialog.ui.buttonBox.button(OK), dialog.ui.buttonBox.button(CANCEL)
    assert (ok.text(), cancel.text()) == ("确定", "取消")

    dialog.ui.languageCombo.setFocus()
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Down)  # the next language: English
    assert dialog.ui.languageCombo.currentText() == "English"
    # Qt posts the change to every window: Qt's own buttons, the dialog's texts and the open page follow
    qtbot.waitUntil(lambda: (ok.text(), cancel.text()) == ("OK", "Cancel"))
    assert dialog.windowTitle() == "Settings"
    assert dialog.ui.meCombo.itemText(0) == "Office (all)"
    assert people.ui.tabs.tabText(0) == "Centres"  # type: ignore[attr-defined]
    assert people.ui.centresView.model().headerData(0, Qt.Orientation.Horizontal) == "Name"  # type: ignore[attr-defined]

    qtbot.mouseClick(cancel, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert i18n.saved_language() == "zh_CN"
    qtbot.waitUntil(lambda: people.ui.tabs.tabText(0) == "康园中心")  # type: ignore[attr-defined]
    assert people.ui.centresView.model().headerData(0, Qt.Orientation.Horizontal) == "名称"  # type: ignore[attr-defined]


def test_english_is_saved_on_ok_and_chinese_comes_back(qtbot, window: MainWindow, english: Path) -> None:
    dialog = open_settings(qtbot, window)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    qtbot.mouseClick(dialog.ui.buttonBox.button(OK), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert i18n.saved_language() == "en"

    again = open_settings(qtbot, window)
    assert again.windowTitle() == "Settings" and again.ui.languageCombo.currentText() == "English"
    assert again.ui.buttonBox.button(OK).text() == "OK"
    again.ui.languageCombo.setCurrentIndex(again.ui.languageCombo.findData("zh_CN"))
    qtbot.waitUntil(lambda: again.ui.buttonBox.button(OK).text() == "确定")
    assert again.windowTitle() == "设置"
    qtbot.mouseClick(again.ui.buttonBox.button(OK), LEFT)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert i18n.saved_language() == "zh_CN"


def test_the_main_window_menus_and_navigation_follow_the_language(qtbot, window: MainWindow, english: Path) -> None:
    nav = window.ui.navList
    dialog = open_settings(qtbot, window)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File")
    assert nav.item(nav.count() - 1).text() == "Centres and members"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancel: back to Chinese
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "文件(&F)")
    assert nav.item(nav.count() - 1).text() == "中心与党员"


def test_the_checklist_items_button_opens_its_dialog(qtbot, window: MainWindow) -> None:
    from hdrectify.ui.checklist_items_dialog import ChecklistItemsDialog

    dialog = open_settings(qtbot, window)
    button = dialog.items_button
    assert button.text() == "现场检查项目…" and button.accessibleName() == "编辑月度清单的现场检查项目"
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(ChecklistItemsDialog)))
    assert dialog.isVisible()  # the settings stay open behind it


def test_the_summaries_signature_is_set_here_and_printed(qtbot, type_text, window: MainWindow, tmp_path: Path) -> None:
    """填报单位, 制表人 and 审核人 typed in 设置 are the 落款 of the quarterly summary."""
    from pypdf import PdfReader

    from hdrectify.documents import make_summary
    from hdrectify.domain.periods import Kind, Period

    dialog = open_settings(qtbot, window)
    for edit, text in ((dialog.ui.summaryPreparerEdit, "王晓红"), (dialog.ui.summaryReviewerEdit, "李国强")):
        qtbot.mouseClick(edit, LEFT)
        type_text(edit, text)  # Chinese arrives through the input method, as typed with pinyin
    with qtbot.waitSignal(window.ctx.changed):
        qtbot.keyClick(dialog.ui.summaryReviewerEdit, Qt.Key.Key_Return)
    store = window.ctx.store
    assert (store.setting("summary_preparer"), store.setting("summary_reviewer")) == ("王晓红", "李国强")
    assert store.setting("summary_unit") == ""  # left empty: the federation's name is the 填报单位
    out = tmp_path / "汇总.pdf"
    make_summary(store, Period.parse("2026-Q1", Kind.QUARTER), out)  # the demo's year
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "王晓红" in text and "李国强" in text
