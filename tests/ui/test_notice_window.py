"""督办提醒单 in the window: chosen in 打印与导出, for a responsible unit, a member or all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from hdrectify.store.ledger_edit import add_measure
from hdrectify.ui.context import AppContext
from hdrectify.ui.print_dialog import PrintDialog

UNIT = "县残联康复部"


def add_overdue(ctx: AppContext, days: int) -> None:
    problem = ctx.store.rows("SELECT id FROM ledger_problems ORDER BY rowid LIMIT 1")[0]["id"]
    with ctx.store.transaction():
        add_measure(
            ctx.store, problem, "完善康复服务台账", unit=UNIT, deadline=dt.date.today() - dt.timedelta(days=days)
        )


def test_a_units_notice_from_the_print_dialog(qtbot, empty_ctx: AppContext, tmp_path: Path) -> None:
    add_overdue(empty_ctx, 20)
    dialog = PrintDialog(empty_ctx, None, "checklist")
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.documentCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the notice is the last document
    assert dialog.document() == "notice"
    assert dialog.ui.memberCombo.isVisible() and not dialog.ui.monthEdit.isVisible()
    assert dialog.ui.memberLabel.text() == "督办对象(&E)："
    who = dialog.ui.memberCombo
    who.setCurrentIndex(who.findText(f"责任单位：{UNIT}"))
    assert dialog.suggested_path().name == f"督办提醒单-{UNIT}-{dialog.suggested_path().name.split('-')[-1]}"
    out = tmp_path / "督办.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_to(out)
    text = "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert f"{UNIT}：" in text and "【督办】" in text and "逾期 20 天" in text

    # back to the checklist: its members again
    combo.setCurrentIndex(combo.findData("checklist"))
    assert dialog.ui.memberCombo.itemText(0) == "全部挂钩" and dialog.ui.memberLabel.text() == "党员(&E)："


def test_nothing_to_chase_is_said_under_the_form(qtbot, empty_ctx: AppContext, tmp_path: Path) -> None:
    dialog = PrintDialog(empty_ctx, None, "notice")
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "none.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.ui.formError.text() != "", timeout=30_000)
    assert "无需督办" in dialog.ui.formError.text()
    assert not out.exists()


def test_all_notices_first_say_which_measures_none_reaches(qtbot, empty_ctx: AppContext, tmp_path: Path) -> None:
    """全部: a measure to chase with no 责任单位 and no member as 责任人 is in no notice; the dialog says which
    before making the others, and the user goes on (仍要生成) or stops to fill the ledger in (取消)."""
    from PySide6.QtWidgets import QMessageBox

    add_overdue(empty_ctx, 20)
    problem = empty_ctx.store.rows("SELECT id FROM ledger_problems ORDER BY rowid LIMIT 1")[0]["id"]
    with empty_ctx.store.transaction():
        add_measure(empty_ctx.store, problem, "无人负责的措施", deadline=dt.date.today() - dt.timedelta(days=3))
    dialog = PrintDialog(empty_ctx, None, "notice")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.memberCombo.currentData() is None  # 全部
    out = tmp_path / "全部.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.unaddressed_question is not None and dialog.unaddressed_question.isVisible())
    box = dialog.unaddressed_question
    assert box is not None
    assert "1 项" in box.text() and "无人负责的措施" in box.text() and "责任单位" in box.text()
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert not out.exists()
    dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.unaddressed_question not in (None, box) and dialog.unaddressed_question.isVisible())
    again = dialog.unaddressed_question
    assert again is not None
    go = next(b for b in again.buttons() if again.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert f"{UNIT}：" in text and "无人负责的措施" not in text
