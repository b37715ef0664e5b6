"""Keyboard only: every workflow of the README done on the real window with key presses alone.

Keys go to whatever has the focus (or the open menu), as a keyboard would send them: shortcuts and
menu mnemonics to open, Tab / arrows / Space / Enter to move and choose, typed text. Nothing is
clicked and no widget is set directly; the results are read from the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from hdrectify.ui.main_window import MainWindow
from tests.ui.ui_helpers import W, asking_trust, cell

# Opening a menu by its mnemonic grabs the keyboard, which the offscreen platform cannot do (and says so).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Key presses to whatever has the keyboard: the open menu, else the focused widget."""

    def __init__(self, qtbot, type_text: Callable[[QWidget, str], None]) -> None:
        self.qtbot = qtbot
        self._type_text = type_text

    @staticmethod
    def target() -> QWidget:
        if QApplication.activeWindow() is None:
            # A dialog closed (the file dialog, a progress dialog): a window manager gives the keyboard
            # back to the window below it; the offscreen platform leaves no window active.
            below = QApplication.activeModalWidget() or next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            )
            below.activateWindow()
            QApplication.processEvents()
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.target(), key, modifiers)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        self._type_text(self.target(), text)

    def tab_to(self, wanted: Callable[[QWidget], bool], *, back: bool = False, limit: int = 40) -> QWidget:
        """Press Tab (Shift+Tab) until the focused widget is the one ``wanted``; it must be reachable."""
        for _ in range(limit):
            widget = self.target()
            if wanted(widget):
                return widget
            self.press(Key.Key_Backtab if back else Key.Key_Tab)
        raise AssertionError(f"Tab never reached it; stuck on {type(self.target()).__name__}")

    def choose(self, text: str) -> None:
        """In the focused combo box, press Down until its current text contains ``text``."""
        combo = self.target()
        assert isinstance(combo, QComboBox), type(combo).__name__
        self.press(Key.Key_Home)
        for _ in range(combo.count()):
            if text in combo.currentText():
                return
            self.press(Key.Key_Down)
        raise AssertionError(f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}")

    def focus_on(self, widget: QWidget, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=timeout)


def row_of(window: MainWindow, table: str, row_id: str) -> dict[str, Any]:
    row = window.ctx.store.get(table, row_id)
    assert row is not None, f"no {table} row {row_id}"
    return row


def is_button(text: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QAbstractButton) and text in w.text().replace("&", "")


def gone(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def wait_closed(qtbot, dialog: QWidget, timeout: int = 10_000) -> None:
    """Wait for ``dialog`` to close; if it does not, fail with what it says (its error labels)."""
    from PySide6.QtWidgets import QLabel

    try:
        qtbot.waitUntil(lambda: gone(dialog), timeout=timeout)
    except Exception:
        said = [
            f"{w.objectName()}: {w.text()}"
            for w in dialog.findChildren(QLabel)
            if "rror" in w.objectName() and w.text()
        ]
        raise AssertionError(f"still open, focus on {QApplication.focusWidget()!r}; it says {said}") from None


def dialog_of(qtbot, cls: type[W]) -> W:
    """The dialog of ``cls`` that the keys opened, once it has the focus."""
    found: list[W] = []

    def shown() -> bool:
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        focus = QApplication.focusWidget()
        if isinstance(active, cls) and active.isVisible() and focus is not None and active.isAncestorOf(focus):
            found.append(active)
            return True
        return False

    qtbot.waitUntil(shown, timeout=10_000)
    return found[-1]


def answer_file_dialog(keys: Keyboard, path: Path) -> None:
    """When Qt's own file dialog comes up (offscreen it is never the native one), type ``path`` into its
    name field and press Enter."""

    tries = iter(range(200))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        field = QApplication.focusWidget()
        if not isinstance(dialog, QFileDialog) or field is None or not dialog.isAncestorOf(field):
            assert next(tries) < 199, "no file dialog came up with the focus"
            QTimer.singleShot(50, answer)
            return
        assert isinstance(field, QLineEdit), f"the name field has no focus: {field!r}"
        keys.press(Key.Key_A, CTRL)
        keys.type(str(path))
        keys.press(Key.Key_Return)

    QTimer.singleShot(50, answer)


def key_window(qtbot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isActiveWindow())
    return window


# -- 登记联系 ------------------------------------------------------------------------------------


def contacts(window: MainWindow) -> list[dict]:
    return window.ctx.store.rows("SELECT * FROM contacts ORDER BY rowid")


def test_log_a_contact(qtbot, window: MainWindow, type_text) -> None:
    from hdrectify.ui.log_dialog import LogDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    before = len(contacts(window))
    keys.press(Key.Key_N, CTRL)
    dialog = dialog_of(qtbot, LogDialog)
    assert QApplication.focusWidget() is dialog.ui.pairingCombo  # the first field has the focus
    keys.choose("陈志强")
    keys.tab_to(lambda w: w is dialog.ui.methodCombo)  # past the date (today): Tab walks its year, month, day
    keys.choose("电话")
    keys.press(Key.Key_Tab)
    keys.type("电话了解活动开展情况")
    keys.tab_to(is_button("保存"))
    keys.press(Key.Key_Space)
    wait_closed(qtbot, dialog)
    rows = contacts(window)
    assert len(rows) == before + 1
    new = rows[-1]
    assert (new["method"], new["note"], new["date"]) == ("phone", "电话了解活动开展情况", dt.date.today().isoformat())


def test_a_visit_with_a_problem_found(qtbot, window: MainWindow, type_text) -> None:
    from hdrectify.ui.log_dialog import LogDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_R, ALT)  # 登记(&R)
    keys.press(Key.Key_C)  # 登记联系(&C)…
    dialog = dialog_of(qtbot, LogDialog)
    keys.choose("平山街道康园中心")
    keys.press(Key.Key_M, ALT)  # 方式(&M)
    keys.choose("到岗")
    keys.press(Key.Key_N, ALT)  # 情况记录(&N)
    keys.type("到岗查看康复训练室")
    keys.press(Key.Key_Tab)  # 发现的问题
    keys.type("无障碍坡道扶手松动")
    keys.press(Key.Key_Return, CTRL)  # Ctrl+Enter saves from the text box
    wait_closed(qtbot, dialog)
    new = contacts(window)[-1]
    assert (new["method"], new["problems"]) == ("onsite", "无障碍坡道扶手松动")
    found = window.ctx.store.rows("SELECT title FROM ledger_problems WHERE contact_id = ?", [new["id"]])
    assert [r["title"] for r in found] == ["无障碍坡道扶手松动"]


def test_a_quarterly_report(qtbot, window: MainWindow, type_text) -> None:
    from hdrectify.ui.report_dialog import ReportDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    before = window.ctx.store.rows("SELECT id FROM reports")
    keys.press(Key.Key_R, CTRL | SHIFT)
    dialog = dialog_of(qtbot, ReportDialog)
    keys.choose("黄伟明")
    keys.press(Key.Key_Tab)
    pairing = dialog.ui.pairingCombo.currentData()
    reported = {
        r["quarter"] for r in window.ctx.store.rows("SELECT quarter FROM reports WHERE pairing_id = ?", [pairing[2]])
    }
    keys.press(Key.Key_Home)
    for _ in range(dialog.ui.quarterCombo.count()):  # a quarter it owes and has not reported yet
        if dialog.ui.quarterCombo.currentData() not in reported:
            break
        keys.press(Key.Key_Down)
    quarter = dialog.ui.quarterCombo.currentData()
    keys.tab_to(lambda w: w is dialog.ui.noteEdit)
    keys.type("本季度开展活动三次")
    keys.press(Key.Key_Return, CTRL)
    wait_closed(qtbot, dialog)
    rows = window.ctx.store.rows(
        "SELECT * FROM reports WHERE id NOT IN (SELECT value FROM json_each(?))",
        [__import__("json").dumps([r["id"] for r in before])],
    )
    assert [(r["quarter"], r["note"]) for r in rows] == [(quarter, "本季度开展活动三次")]


def test_an_annual_review(qtbot, window: MainWindow, type_text) -> None:
    from hdrectify.ui.review_dialog import ReviewDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_R, ALT)
    keys.press(Key.Key_A)  # 登记年度考评(&A)…
    dialog = dialog_of(qtbot, ReviewDialog)
    keys.choose("陈志强")
    keys.press(Key.Key_Tab)  # 年度
    keys.press(Key.Key_A, CTRL)
    keys.type("2026")
    keys.tab_to(lambda w: w.objectName() == "itemsCheck")  # 按考评细则逐项打分: off, a plain score
    keys.press(Key.Key_Space)
    keys.press(Key.Key_S, ALT)  # 分数(&S)
    keys.type("92")
    keys.press(Key.Key_Tab)
    keys.type("活动开展 30% / 台账管理 20%")
    keys.press(Key.Key_Tab)
    keys.type("全年工作扎实")
    keys.tab_to(is_button("保存"))
    keys.press(Key.Key_Return)
    wait_closed(qtbot, dialog)
    rows = window.ctx.store.rows("SELECT * FROM reviews WHERE year = 2026 AND note = '全年工作扎实'")
    assert [(r["score"], r["criteria_notes"]) for r in rows] == [(92, "活动开展 30% / 台账管理 20%")]


# -- 打印, 交换包 ---------------------------------------------------------------------------------


def test_print_a_checklist(qtbot, window: MainWindow, type_text, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from hdrectify.ui.print_dialog import PrintDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_P, CTRL)  # 打印 → 月度清单
    dialog = dialog_of(qtbot, PrintDialog)
    keys.press(Key.Key_E, ALT)  # 党员(&E)
    keys.choose("陈志强")
    out = tmp_path / "清单.pdf"
    answer_file_dialog(keys, out)
    keys.press(Key.Key_S, ALT)  # 另存为(&S)…
    qtbot.waitUntil(lambda: str(out) in window.statusBar().currentMessage(), timeout=30_000)  # 已保存：…
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "陈志强" in text and "黄伟明" not in text
    keys.press(Key.Key_Escape)  # closes the dialog
    wait_closed(qtbot, dialog)


def test_export_a_bundle(qtbot, window: MainWindow, type_text, tmp_path: Path) -> None:
    from hdrectify.exchange.bundle import read_bundle
    from hdrectify.exchange.merge import table_columns
    from hdrectify.ui.bundle_dialogs import ExportBundleDialog

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_F, ALT)  # 文件(&F)
    keys.press(Key.Key_E)  # 导出交换包(&E)…
    dialog = dialog_of(qtbot, ExportBundleDialog)
    keys.press(Key.Key_A, ALT)  # 导出全部数据(&A): ticked (a mnemonic clicks as a short animation)
    qtbot.waitUntil(dialog.ui.wholeCheck.isChecked)
    keys.press(Key.Key_S, ALT)  # 保存为(&S)
    out = tmp_path / "办公室.hdbundle"
    keys.press(Key.Key_A, CTRL)
    keys.type(str(out))
    keys.press(Key.Key_Return)
    wait_closed(qtbot, dialog, timeout=30_000)
    bundle = read_bundle(out, table_columns(window.ctx.store))
    assert bundle is not None
    logged = window.ctx.store.rows("SELECT direction, whole, file_name FROM exchange_log")
    assert [(r["direction"], r["whole"], Path(r["file_name"]).name) for r in logged] == [("export", 1, out.name)]


def test_import_a_bundle(qtbot, window: MainWindow, type_text, tmp_path: Path) -> None:
    from hdrectify.ui.bundle_dialogs import ImportBundleDialog
    from tests.ui.test_exchange_window import laptop_bundle

    bundle = laptop_bundle(window.ctx.store, tmp_path, day="2026-11-20")
    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_I, CTRL)
    dialog = dialog_of(qtbot, ImportBundleDialog)
    answer_file_dialog(keys, bundle)
    keys.press(Key.Key_B, ALT)  # 选择文件(&B)…
    # the laptop is not trusted yet: its fingerprint is compared with the laptop's 设置, then trusted
    qtbot.waitUntil(lambda: asking_trust(dialog), timeout=30_000)
    keys.tab_to(is_button("指纹一致，信任"))
    keys.press(Key.Key_Space)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=30_000)  # the preview is shown
    keys.tab_to(is_button("导入"))
    keys.press(Key.Key_Space)
    qtbot.waitUntil(
        lambda: bool(window.ctx.store.rows("SELECT id FROM exchange_log WHERE direction = 'import'")), timeout=30_000
    )
    new = window.ctx.store.rows("SELECT * FROM contacts WHERE note = '到岗查看康复训练' AND date = '2026-11-20'")
    assert len(new) == 1


def test_resolve_a_conflict(qtbot, window: MainWindow, type_text, tmp_path: Path) -> None:
    from hdrectify.ui.conflicts_dialog import ConflictsDialog
    from tests.exchange.exchange_helpers import trusting_import
    from tests.ui.test_exchange_window import CENTRE, laptop_bundle

    bundle = laptop_bundle(window.ctx.store, tmp_path, edit_centre="平山街道 88 号（陈）")
    centre = window.ctx.store.rows("SELECT id FROM centres WHERE name = ?", [CENTRE])[0]["id"]
    with window.ctx.write() as store:
        store.update("centres", centre, {"address": "平山街道 1 号（办公室）"})
    assert len(trusting_import(window.ctx.store, bundle).conflicts) == 1
    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_T, ALT)  # 工具(&T)
    keys.press(Key.Key_C)  # 冲突处理(&C)…
    dialog = dialog_of(qtbot, ConflictsDialog)
    table = keys.tab_to(lambda w: w is dialog.ui.versionsTable)
    keys.press(Key.Key_Down)  # a cell: its whole version (column) is chosen
    keys.press(Key.Key_Right)  # the other version
    chosen = {i.column() for i in dialog.ui.versionsTable.selectedIndexes()}
    assert len(chosen) == 1
    versions = dialog.ui.versionsTable
    assert table is versions and chosen == {versions.currentColumn()}
    address_row = next(
        r for r in range(versions.rowCount()) if (versions.verticalHeaderItem(r) or QTableWidgetItem()).text() == "地址"
    )
    wanted = cell(versions, address_row, versions.currentColumn()).text()
    keys.press(Key.Key_Tab)  # Tab leaves the table
    assert QApplication.focusWidget() is not dialog.ui.versionsTable
    keys.press(Key.Key_T, ALT)  # 采用所选版本(&T)
    qtbot.waitUntil(lambda: dialog.ui.conflictsList.count() == 0)
    assert row_of(window, "centres", centre)["address"] == wanted
    assert not window.ctx.store.rows("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL")


def test_close_a_measure(qtbot, window: MainWindow, type_text) -> None:
    from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
    from hdrectify.ui.ledger import LedgerPage

    key_window(qtbot, window)
    keys = Keyboard(qtbot, type_text)
    keys.press(Key.Key_4, CTRL)  # 整改台账
    page = window.page("ledger")
    assert isinstance(page, LedgerPage)
    keys.tab_to(lambda w: w is page.ui.tree)
    # down the tree (Right opens a branch) to the first measure still open
    for _ in range(200):
        current = page.current
        if current and current[0] == "measure" and row_of(window, "ledger_measures", current[1])["status"] != "done":
            break
        keys.press(Key.Key_Right)
        if page.current == current:
            keys.press(Key.Key_Down)
    assert page.current is not None and page.current[0] == "measure"
    measure_id = page.current[1]
    keys.press(Key.Key_X, ALT)  # 销号(&X)…
    dialog = dialog_of(qtbot, CloseMeasureDialog)
    keys.tab_to(lambda w: w is dialog.ui.reasonEdit)
    keys.type("已整改到位，到岗复查确认")
    keys.press(Key.Key_Return, CTRL)
    wait_closed(qtbot, dialog)
    row = row_of(window, "ledger_measures", measure_id)
    assert (row["status"], row["close_reason"]) == ("done", "已整改到位，到岗复查确认")


def test_tab_leaves_every_table_of_every_screen(window: MainWindow) -> None:
    from PySide6.QtWidgets import QTableView

    from hdrectify.ui.pages import PAGES

    tables = [t for spec in PAGES for t in window.page(spec.key).findChildren(QTableView)]
    assert len(tables) >= 10
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []
