"""设置 → 年度考评细则: the office adds, removes, reorders and edits the review's items; maxima must total 100."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QSpinBox

from hdrectify.domain.periods import Kind, Period
from hdrectify.store.people import find_centre, find_member
from hdrectify.store.rubric import add_scored_review, current_rubric, review_items
from hdrectify.ui.context import AppContext
from hdrectify.ui.rubric_dialog import RubricDialog
from hdrectify.ui.settings_dialog import SettingsDialog
from tests.ui.test_accessible_names import nameless
from tests.ui.ui_helpers import snapshot

LEFT = Qt.MouseButton.LeftButton
SAVE = QDialogButtonBox.StandardButton.Save
FULL = {"组织管理": 18, "服务开展": 25, "档案管理": 13, "安全管理": 15, "会员满意度": 19}


def open_dialog(qtbot, ctx: AppContext) -> RubricDialog:
    dialog = RubricDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
    return dialog


def spin(dialog: RubricDialog, row: int) -> QSpinBox:
    found = dialog.findChild(QSpinBox, f"maxSpin{row + 1}")
    assert isinstance(found, QSpinBox)
    return found


def set_max(qtbot, dialog: RubricDialog, row: int, value: int) -> None:
    box = spin(dialog, row)
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))


def editing(dialog: RubricDialog) -> bool:
    """An item's name is open for typing (the focus in the table's editor, not in a spin box)."""
    w = QApplication.focusWidget()
    return isinstance(w, QLineEdit) and not isinstance(w.parent(), QSpinBox) and dialog.ui.itemsTable.isAncestorOf(w)


def test_settings_opens_the_rubric(qtbot, demo_ctx: AppContext) -> None:
    settings = SettingsDialog(demo_ctx)
    qtbot.addWidget(settings)
    settings.open()
    qtbot.mouseClick(settings.rubric_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RubricDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RubricDialog) and dialog.ui.itemsTable.rowCount() == 5
    assert nameless(dialog) == []
    dialog.reject()


def test_edit_a_used_rubric_saves_a_new_version_and_the_old_review_keeps_its_items(
    qtbot, demo_ctx: AppContext, type_text
) -> None:
    store = demo_ctx.store
    with store.transaction():
        member, centre = find_member(store, "陈志强"), find_centre(store, "平山街道康园中心")
        old = add_scored_review(store, member, centre, Period(Kind.YEAR, 2026), dt.date(2026, 11, 20), FULL)
    dialog = open_dialog(qtbot, demo_ctx)
    assert "100" in dialog.ui.totalLabel.text()
    # 会员满意度 down to 10, a new item of 10 at the end, then moved up one
    set_max(qtbot, dialog, 4, 10)
    assert "90" in dialog.ui.totalLabel.text() and "须为 100" in dialog.ui.totalLabel.text()
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    qtbot.waitUntil(lambda: editing(dialog))
    editor = QApplication.focusWidget()
    type_text(editor, "创新特色")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.itemsTable)  # the editor closed
    assert "100" in dialog.ui.totalLabel.text() and "须为" not in dialog.ui.totalLabel.text()
    qtbot.mouseClick(dialog.ui.upButton, LEFT)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
    now = current_rubric(store)
    assert now.version == 2
    assert [(i.name, i.max_points) for i in now.items][-2:] == [("创新特色", 10), ("会员满意度", 10)]
    assert [i.name for i in review_items(store, old["id"])][-1] == "会员满意度"
    assert review_items(store, old["id"])[-1].max_points == 20


def test_maxima_not_totalling_100_are_refused_and_nothing_saved(qtbot, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, demo_ctx)
    dialog.ui.itemsTable.setCurrentCell(0, 0)
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    assert dialog.ui.itemsTable.rowCount() == 4
    qtbot.mouseClick(dialog.ui.buttonBox.button(SAVE), LEFT)
    assert dialog.isVisible() and "合计为 80 分" in dialog.ui.formError.text()
    assert snapshot(demo_ctx) == before
