"""整改台账 screen: 销号 with 验收 (验收人 and 验收意见), the lock on a closed measure, reopening and 延期."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.domain.wording import date_text
from hdrectify.exchange.identity import installation_name
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.extend_measure_dialog import ExtendMeasureDialog
from tests.ui.ui_helpers import (
    answer_reason,
    click_row,
    measure,
    modal,
    open_page,
    snapshot,
    top_items,
    visit_measures,
)


def _ok(dialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_close_with_acceptor_and_opinion_then_the_measure_is_locked(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, CloseMeasureDialog)
    assert dialog.ui.acceptedByEdit.text() == installation_name(demo_ctx.store)  # who uses this computer
    type_text(dialog.ui.reasonEdit, "扶手已更换")
    dialog.ui.acceptedByEdit.clear()
    before = snapshot(demo_ctx)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "验收人" in dialog.ui.acceptedByEditError.text()
    assert snapshot(demo_ctx) == before
    type_text(dialog.ui.acceptedByEdit, "李主席")
    type_text(dialog.ui.opinionEdit, "现场复查合格，同意销号")
    with qtbot.waitSignal(dialog.written):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    row = measure(demo_ctx, m["id"])
    assert (row["status"], row["accepted_by"], row["accepted_opinion"]) == ("done", "李主席", "现场复查合格，同意销号")

    ui = page.ui
    assert "验收人：李主席" in ui.closedLabel.text() and "验收意见：现场复查合格" in ui.closedLabel.text()
    for locked in (ui.statusCombo, ui.addProgressButton, ui.addEvidenceButton, ui.removeEvidenceButton):
        assert not locked.isEnabled() and "重新打开" in locked.toolTip()
    assert ui.leaderEdit.isEnabled() and ui.unitEdit.isEnabled()  # 责任 fields stay open
    assert not ui.extendButton.isVisible() and ui.reopenButton.isVisible()


def test_reopen_clears_the_acceptance_and_unlocks(qtbot, type_text, demo_ctx: AppContext) -> None:
    m = visit_measures(demo_ctx)[0]
    with demo_ctx.write() as store:
        from hdrectify.store.ledger import close_measure

        close_measure(store, m["id"], dt.date.today(), "已完成", accepted_by="李主席")
    page = open_page(qtbot, demo_ctx)
    click_row(qtbot, page, "measure", m["id"])
    assert not page.ui.addProgressButton.isEnabled()
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    answer_reason(qtbot, "复查发现扶手仍松动", type_text)
    qtbot.waitUntil(lambda: measure(demo_ctx, m["id"])["status"] == "in_progress")
    assert measure(demo_ctx, m["id"])["accepted_by"] == ""
    assert page.ui.addProgressButton.isEnabled() and page.ui.addEvidenceButton.isEnabled()
    note = top_items(page.ui.progressList)[-1].text(1)
    assert "复查发现扶手仍松动" in note and "李主席" in note


def test_extend_a_deadline_through_its_dialog(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    original = dt.date.fromisoformat(m["deadline"])
    click_row(qtbot, page, "measure", m["id"])
    ui = page.ui
    assert not ui.deadlineEdit.isEnabled() and not ui.noDeadlineCheck.isEnabled()
    assert "延期" in ui.deadlineEdit.toolTip()
    assert ui.extendButton.isVisible() and not ui.originalDeadlineLabel.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # 延期(&Y)…
    dialog = modal(qtbot, ExtendMeasureDialog)
    assert date_text(original) in dialog.ui.currentLabel.text()
    later = original + dt.timedelta(days=45)
    dialog.ui.toEdit.setDate(QDate(later.year, later.month, later.day))
    type_text(dialog.ui.reasonEdit, "等待采购扶手")
    before = snapshot(demo_ctx)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "批准人" in dialog.ui.approvedByEditError.text()
    assert snapshot(demo_ctx) == before
    type_text(dialog.ui.approvedByEdit, "张书记")
    with qtbot.waitSignal(dialog.written):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert measure(demo_ctx, m["id"])["deadline"] == later.isoformat()
    assert demo_ctx.store.rows("SELECT from_date, to_date, reason, approved_by FROM measure_extensions") == [
        {
            "from_date": original.isoformat(),
            "to_date": later.isoformat(),
            "reason": "等待采购扶手",
            "approved_by": "张书记",
        }
    ]
    assert ui.deadlineEdit.date() == QDate(later.year, later.month, later.day)
    assert ui.originalDeadlineLabel.isVisible() and ui.originalDeadlineLabel.text() == f"原定{date_text(original)}"


def test_the_extend_dialog_saves_on_ctrl_enter_as_the_close_dialog_does(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # 延期(&Y)…
    dialog = modal(qtbot, ExtendMeasureDialog)
    assert dialog.ui.reasonEdit.hasFocus()
    type_text(dialog.ui.reasonEdit, "等待采购扶手")
    type_text(dialog.ui.approvedByEdit, "张书记")
    qtbot.keyClick(dialog.ui.approvedByEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert measure(demo_ctx, m["id"])["deadline"] > m["deadline"]
    assert [r["reason"] for r in demo_ctx.store.rows("SELECT reason FROM measure_extensions")] == ["等待采购扶手"]
