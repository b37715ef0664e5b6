"""设置 → 现场检查项目: the office edits the monthly checklist's on-site items with the keyboard or the buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from hdrectify.store.checklist import checklist_items, latest_checklist_items
from hdrectify.ui.checklist_items_dialog import ChecklistItemsDialog
from hdrectify.ui.context import SETTINGS, AppContext
from tests.ui.test_accessible_names import nameless

LEFT = Qt.MouseButton.LeftButton
SAVE = QDialogButtonBox.StandardButton.Save
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date(2026, 11, 25)
DEFAULT = ("设施设备及维护", "会员档案更新", "每周活动情况上报工作群", "工疗农疗与辅助性就业", "社工人员管理", "安全")


def open_dialog(qtbot, ctx: AppContext) -> ChecklistItemsDialog:
    dialog = ChecklistItemsDialog(ctx, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.open()
    return dialog


def versions(ctx: AppContext) -> list[tuple[str, str]]:
    return [(r["valid_from"], r["items"]) for r in ctx.store.rows("SELECT valid_from, items FROM checklist_item_lists")]


def listed(dialog: ChecklistItemsDialog) -> list[str]:
    lst = dialog.ui.itemsList
    return [lst.item(i).text() for i in range(lst.count())]


def type_new_item(qtbot, dialog: ChecklistItemsDialog, type_text, text: str) -> None:
    """Insert on the list opens a new empty item for typing; Enter commits it."""
    lst = dialog.ui.itemsList
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lst)


def test_add_move_delete_and_save_a_new_version(qtbot, demo_ctx: AppContext, type_text) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    ui = dialog.ui
    assert dialog.windowTitle() == "现场检查项目"
    assert listed(dialog) == list(DEFAULT)
    assert "修改从下个月（或今天是1日则本月）起生效；已打印过的月份保持原清单" in ui.noteLabel.text()

    type_new_item(qtbot, dialog, type_text, "无障碍设施")
    assert listed(dialog)[-1] == "无障碍设施" and ui.itemsList.currentRow() == 6
    qtbot.keyClick(ui.itemsList, Qt.Key.Key_Up, CTRL)  # above 安全
    assert listed(dialog)[-2:] == ["无障碍设施", "安全"] and ui.itemsList.currentRow() == 5
    qtbot.mouseClick(ui.upButton, LEFT)  # and above 社工人员管理, with the button
    assert listed(dialog)[-3:] == ["无障碍设施", "社工人员管理", "安全"]

    ui.itemsList.setCurrentRow(1)  # 会员档案更新
    qtbot.keyClick(ui.itemsList, Qt.Key.Key_Delete)
    assert "会员档案更新" not in listed(dialog) and ui.itemsList.currentItem().text() == "每周活动情况上报工作群"
    ui.itemsList.setCurrentRow(0)
    qtbot.keyClick(ui.itemsList, Qt.Key.Key_Down, CTRL)
    qtbot.mouseClick(ui.downButton, LEFT)

    expected: tuple[str, ...] = ("每周活动情况上报工作群", "工疗农疗与辅助性就业", "设施设备及维护", "无障碍设施")
    expected += ("社工人员管理", "安全")
    with qtbot.waitSignal(dialog.saved), qtbot.waitSignal(demo_ctx.changed) as changed:
        qtbot.mouseClick(ui.buttonBox.button(SAVE), LEFT)
    assert changed.args == [SETTINGS]
    assert not dialog.isVisible()
    assert latest_checklist_items(demo_ctx.store) == expected
    # saved on the 25th: November keeps the list it was printed with, December takes the new one
    assert checklist_items(demo_ctx.store, dt.date(2026, 11, 1))[0] == DEFAULT
    assert checklist_items(demo_ctx.store, dt.date(2026, 12, 1)) == (expected, TODAY)


def test_an_empty_item_is_refused_and_nothing_is_saved(qtbot, demo_ctx: AppContext, type_text) -> None:
    before = versions(demo_ctx)
    dialog = open_dialog(qtbot, demo_ctx)
    ui = dialog.ui
    type_new_item(qtbot, dialog, type_text, "   ")
    qtbot.mouseClick(ui.buttonBox.button(SAVE), LEFT)
    assert dialog.isVisible()
    assert ui.formError.isVisible() and ui.formError.text() == "第7项检查事项是空的：请填写或删除这一项"
    assert versions(demo_ctx) == before and latest_checklist_items(demo_ctx.store) == DEFAULT

    qtbot.keyClick(ui.itemsList, Qt.Key.Key_Delete)  # the empty one is current: delete it; nothing changed
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(ui.buttonBox.button(SAVE), LEFT)
    assert not dialog.isVisible() and versions(demo_ctx) == before


def test_the_buttons_follow_the_selection_and_every_control_has_a_name(qtbot, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, demo_ctx)
    ui = dialog.ui
    assert nameless(dialog) == []
    assert ui.itemsList.accessibleName() == "现场检查项目"
    assert [b.accessibleName() for b in (ui.addButton, ui.removeButton, ui.upButton, ui.downButton)] == [
        "添加检查项目",
        "删除选中的检查项目",
        "上移选中的检查项目",
        "下移选中的检查项目",
    ]
    assert ui.itemsList.currentRow() == 0 and not ui.upButton.isEnabled() and ui.downButton.isEnabled()
    ui.itemsList.setCurrentRow(5)
    assert ui.upButton.isEnabled() and not ui.downButton.isEnabled()


def test_a_read_only_window_cannot_save(qtbot, demo_ctx: AppContext) -> None:
    demo_ctx.read_only = True
    dialog = open_dialog(qtbot, demo_ctx)
    assert not dialog.ui.buttonBox.button(SAVE).isEnabled()
    assert dialog.ui.formError.isVisible() and "只读" in dialog.ui.formError.text()
    assert latest_checklist_items(demo_ctx.store) == DEFAULT
