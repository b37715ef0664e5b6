"""整改台账 screen: the office's own rows added, edited and removed, and 批量设置 on the measures selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hdrectify.store.ledger import seed_id
from hdrectify.ui.context import AppContext
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.models.ledger_model import (
    COL_TITLE,
)
from tests.ui.ui_helpers import (
    click_row,
    measure,
    modal,
    open_page,
    snapshot,
)


def press_on_tree(qtbot, page: LedgerPage, key: Qt.Key) -> None:
    """A key on the tree, once the page is active again (offscreen, a closed dialog does not hand it back)."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, key)


def tree_titles_under(page: LedgerPage, kind: str, row_id: str) -> list[str]:
    index = page.model.find(kind, row_id)
    return [page.model.index(r, COL_TITLE, index).data() for r in range(page.model.rowCount(index))]


def test_add_edit_and_remove_a_problem_and_a_measure_with_the_keyboard(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog, LedgerRemoveDialog

    page = open_page(qtbot, empty_ctx)
    area = seed_id("area", 2)
    click_row(qtbot, page, "area", area)
    press_on_tree(qtbot, page, Qt.Key.Key_Insert)  # in an area: a new problem
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.titleEdit.accessibleName() == "问题描述"
    assert dialog.ui.sourceCombo.accessibleName() == "问题来源"
    type_text(dialog.ui.titleEdit, "档案管理不规范")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", area)[-1] == "问题18　档案管理不规范"
    assert page.current is not None
    kind, problem_id = page.current  # the new problem is chosen
    problem = empty_ctx.store.get("ledger_problems", problem_id)
    assert kind == "problem" and problem is not None and problem["no"] == 18

    press_on_tree(qtbot, page, Qt.Key.Key_Insert)  # on a problem: a new measure
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.personEdit.accessibleName() == "责任人"
    type_text(dialog.ui.titleEdit, "建立档案目录")
    type_text(dialog.ui.personEdit, "王敏")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "problem", problem_id) == ["措施1　建立档案目录"]
    assert page.current is not None
    kind, measure_id = page.current
    assert kind == "measure" and measure(empty_ctx, measure_id)["person"] == "王敏"

    click_row(qtbot, page, "problem", problem_id)
    press_on_tree(qtbot, page, Qt.Key.Key_F2)
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.titleEdit.toPlainText() == "档案管理不规范"
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.ui.titleEdit, "文书档案管理不规范")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", area)[-1] == "问题18　文书档案管理不规范"

    click_row(qtbot, page, "measure", measure_id)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.ui.reasonEdit.accessibleName() == "删除原因"
    type_text(dialog.ui.reasonEdit, "写错了")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "problem", problem_id) == []
    assert empty_ctx.store.rows(
        "SELECT reason FROM audit_log WHERE table_name = 'ledger_measures' AND action = 'delete'"
    ) == [{"reason": "写错了"}]

    click_row(qtbot, page, "problem", problem_id)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    type_text(dialog.ui.reasonEdit, "重复登记")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert all("档案" not in t for t in tree_titles_under(page, "area", area))
    assert page.current is None


def test_removing_a_measure_with_progress_is_refused_unless_it_goes_too(qtbot, type_text, demo_ctx: AppContext) -> None:
    from hdrectify.ui.ledger_dialogs import LedgerRemoveDialog

    page = open_page(qtbot, demo_ctx)
    with_notes = demo_ctx.store.rows(
        "SELECT m.id FROM ledger_measures m WHERE EXISTS (SELECT 1 FROM ledger_progress p WHERE p.measure_id = m.id)"
    )[0]["id"]
    click_row(qtbot, page, "measure", with_notes)
    before = snapshot(demo_ctx)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    type_text(dialog.ui.reasonEdit, "重复")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    said = dialog.ui.formError.text()
    assert dialog.isVisible() and "整改进展" in said
    # what the window offers, not the command line's flag
    assert (
        "勾选“同时删除整改进展、佐证材料、延期和销号申请”" in said
        and "--with-records" not in said
        and "命令行" not in said
    )
    assert dialog.ui.withRecordsCheck.hasFocus()
    assert snapshot(demo_ctx) == before
    qtbot.keyClick(dialog.ui.withRecordsCheck, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_ctx.store.get("ledger_measures", with_notes) is None
    assert not page.model.find("measure", with_notes).isValid()


def test_a_member_laptop_shows_its_new_problem_as_pending(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.store.ledger_edit import set_role
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog

    with empty_ctx.write() as store:
        set_role(store, "member")
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "area", seed_id("area", 1))
    press_on_tree(qtbot, page, Qt.Key.Key_Insert)
    dialog = modal(qtbot, LedgerItemDialog)
    # a laptop adds only what its visits found (the notice's problems are the office's): said, not offered
    assert dialog.ui.sourceCombo.currentText() == "走访发现" and not dialog.ui.sourceCombo.isEnabled()
    assert "党员电脑只能添加走访发现的问题" in dialog.ui.sourceCombo.toolTip()
    type_text(dialog.ui.titleEdit, "学习记录不全")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", seed_id("area", 1))[-1] == "待编号　学习记录不全"
    assert page.ui.summaryHeading.text() == "待编号　学习记录不全"


# -- 批量设置责任和时限 (Ctrl+B) on the measures selected ------------------------------------------


def measures_by_id(ctx: AppContext) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in ctx.store.rows("SELECT * FROM ledger_measures")}


def test_bulk_edit_sets_the_unit_of_three_measures_chosen_with_shift_down(qtbot, type_text, window) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    ctx = window.ctx
    page = window.show_page("ledger")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = measures_by_id(ctx)
    chosen = [seed_id("measure", 1, n) for n in (1, 2, 3)]
    click_row(qtbot, page, "measure", chosen[0])
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.current == ("measure", chosen[2])  # the current row is still the one shown
    assert page.ui.detailStack.currentWidget() is page.ui.measurePage
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    assert dialog.ui.countLabel.text() == "将修改 3 项整改措施"
    assert [dialog.ui.leaderEdit.accessibleName(), dialog.ui.unitEdit.accessibleName()] == ["责任领导", "责任单位"]
    assert [dialog.ui.personEdit.accessibleName(), dialog.ui.deadlineEdit.accessibleName()] == ["责任人", "整改时限"]
    assert not dialog.ui.deadlineEdit.isEnabled()  # until 设置整改时限 is ticked
    type_text(dialog.ui.unitEdit, "县残联办公室")
    qtbot.keyClick(dialog.ui.unitEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = measures_by_id(ctx)
    for measure_id in chosen:
        assert after[measure_id]["unit"] == "县残联办公室"
        kept = ("leader", "person", "deadline", "status", "text")
        assert {k: after[measure_id][k] for k in kept} == {k: before[measure_id][k] for k in kept}
    assert {k: v for k, v in after.items() if k not in chosen} == {k: v for k, v in before.items() if k not in chosen}
    assert window.statusBar().currentMessage() == "已修改 3 项整改措施"
    assert page.ui.unitEdit.text() == "县残联办公室"  # the measure shown is read again


def test_bulk_edit_of_a_selected_problem_changes_all_its_measures(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    page = open_page(qtbot, empty_ctx)
    problem = seed_id("problem", 7)
    own = {seed_id("measure", 7, n) for n in range(1, 7)}
    before = measures_by_id(empty_ctx)
    click_row(qtbot, page, "problem", problem)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    assert dialog.ui.countLabel.text() == "将修改 6 项整改措施"
    type_text(dialog.ui.leaderEdit, "王副理事长")
    qtbot.keyClick(dialog.ui.deadlineCheck, Qt.Key.Key_Space)
    assert dialog.ui.deadlineEdit.isEnabled()
    dialog.ui.deadlineEdit.setDate(QDate(2027, 3, 31))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = measures_by_id(empty_ctx)
    assert {(after[m]["leader"], after[m]["deadline"]) for m in own} == {("王副理事长", "2027-03-31")}
    assert [after[m]["unit"] for m in sorted(own)] == [before[m]["unit"] for m in sorted(own)]
    assert {k: v for k, v in after.items() if k not in own} == {k: v for k, v in before.items() if k not in own}
    assert page.current == ("problem", problem)


def test_bulk_deadline_before_the_problem_was_found_is_refused_and_nothing_is_written(
    qtbot, type_text, empty_ctx: AppContext
) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "problem", seed_id("problem", 3))
    before = snapshot(empty_ctx)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    type_text(dialog.ui.personEdit, "李四")
    qtbot.keyClick(dialog.ui.deadlineCheck, Qt.Key.Key_Space)
    dialog.ui.deadlineEdit.setDate(QDate(2023, 1, 31))  # the notice's feedback came on 2023-08-10
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    error = dialog.ui.deadlineEditError
    assert error.isVisible()
    assert error.text() == "措施 3.1：整改时限不能早于问题发现日期（2023年8月10日）"
    assert dialog.isVisible()
    assert snapshot(empty_ctx) == before
    dialog.grab().save("/tmp/bulk_measures_dialog.png")


def test_a_new_measures_dialog_names_its_problem_in_english(qtbot, empty_ctx: AppContext) -> None:
    from hdrectify.ui import i18n
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog
    from hdrectify.ui.models.ledger_model import MEASURE

    i18n.install("en")
    dialog = LedgerItemDialog(empty_ctx, MEASURE, parent_id=seed_id("problem", 2))
    qtbot.addWidget(dialog)
    problem = empty_ctx.store.get("ledger_problems", seed_id("problem", 2))
    assert problem is not None
    title = problem["title"]
    assert dialog.ui.contextLabel.text() == f"Problem 2: {title}"
