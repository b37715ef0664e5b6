"""汇报审阅 in the window: the office marks a report 已阅 or 退回 from the grid's records; the mark
travels to the member's laptop, whose dashboard lists it with the comment; opening it shows the history
and resubmits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hdrectify.app import open_context
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.feedback import PENDING, RETURNED, submission
from hdrectify.store.people import find_centre, find_member
from hdrectify.store.records import add_report
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.cell_records_dialog import CellRecordsDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.dashboard import DashboardPage
from hdrectify.ui.feedback_dialog import FeedbackDialog
from hdrectify.ui.main_window import MainWindow
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, Site, laptop
from tests.ui.ui_helpers import of_type, shot, shown_errors, snapshot

Q1 = Period.parse("2026-Q1", Kind.QUARTER)


def _button(dialog: FeedbackDialog, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None
    return button


def _office(tmp_path: Path) -> Site:
    from hdrectify.store.ledger import load_seed
    from hdrectify.store.people import add_centre, add_member, add_pairing

    office = Site(tmp_path / "office", "办公室")

    def setup(store) -> None:
        load_seed(store)
        add_pairing(store, add_member(store, CHEN), add_centre(store, CENTRE_A, "平山街道"), dt.date(2026, 1, 1))

    office.do(setup)
    return office


def test_returned_on_the_office_listed_on_the_laptop_and_resubmitted(qtbot, tmp_path: Path, type_text) -> None:
    office = _office(tmp_path)
    chen = laptop(tmp_path, office, "陈志强的电脑", member=CHEN)
    report = chen.do(
        lambda s: add_report(s, find_member(s, CHEN), find_centre(s, CENTRE_A), Q1, dt.date(2026, 4, 8), "到岗 3 次")
    )
    office.take(chen.export())

    # the office returns it with a comment, in the window
    ctx = open_context(office.path)
    try:
        dialog = FeedbackDialog(ctx, "reports", report["id"])
        qtbot.addWidget(dialog)
        dialog.show()
        before = snapshot(ctx)
        qtbot.mouseClick(_button(dialog, "returnButton"), Qt.MouseButton.LeftButton)
        assert "退回必须写明意见" in shown_errors(dialog)
        assert snapshot(ctx) == before
        dialog.ui.commentEdit.setFocus()
        type_text(dialog.ui.commentEdit, "请写明发现的问题")
        qtbot.mouseClick(_button(dialog, "returnButton"), Qt.MouseButton.LeftButton)
        assert "已退回" in dialog.ui.stateLabel.text()
        assert "请写明发现的问题" in dialog.ui.historyView.toPlainText()
        assert not _button(dialog, "resubmitButton").isVisible()
        shot(dialog, "feedback-office")
    finally:
        ctx.close()
    chen.take(office.export())

    # the laptop's dashboard lists it with the comment
    ctx = open_context(chen.path)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        page = of_type(window.page("dashboard"), DashboardPage)
        qtbot.waitUntil(page.is_loaded, timeout=20_000)
        model = page.returned_model
        assert page.returned_table.isVisible() and model.rowCount() == 1
        row = [model.index(0, c).data() for c in range(model.columnCount())]
        assert row == [f"{CHEN} — {CENTRE_A}", "季度汇报", "2026年第1季度", "请写明发现的问题"]
        assert "1 份" in page.returned_label.text()
        shot(window, "feedback-dashboard")

        # Enter on the row opens it: the history, and the text to rewrite
        page.returned_table.setFocus()
        page.returned_table.setCurrentIndex(model.index(0, 0))
        qtbot.keyClick(page.returned_table, Qt.Key.Key_Return)
        opened = [d for d in page.findChildren(FeedbackDialog) if d.isVisible()]
        assert len(opened) == 1
        dialog = opened[0]
        history = dialog.ui.historyView.toPlainText()
        assert "退回" in history and "请写明发现的问题" in history and "当时的内容：到岗 3 次" in history
        assert not _button(dialog, "acceptButton").isVisible()
        assert dialog.ui.commentEdit.isHidden()
        dialog.ui.noteEdit.selectAll()
        type_text(dialog.ui.noteEdit, "到岗 3 次；发现坡道破损，已报镇里")
        qtbot.mouseClick(_button(dialog, "resubmitButton"), Qt.MouseButton.LeftButton)
        assert shown_errors(dialog) == ""
        assert "已重新提交" in dialog.ui.stateLabel.text()
        assert "当时的内容：到岗 3 次" in dialog.ui.historyView.toPlainText()  # the earlier text stays
        shot(dialog, "feedback-resubmitted")
        qtbot.waitUntil(lambda: page.is_loaded() and page.returned_model.rowCount() == 0, timeout=20_000)
        assert page.returned_table.isHidden()
        found = submission(ctx.store, "reports", report["id"])
        assert found is not None and found.state == PENDING and found.note.endswith("已报镇里")
        assert [h.verdict for h in found.history] == [RETURNED]
    finally:
        ctx.close()


def test_the_office_reads_a_report_from_the_grid(qtbot, window: MainWindow, demo_ctx: AppContext) -> None:
    report = demo_ctx.store.rows(
        "SELECT id, pairing_id, quarter FROM reports WHERE deleted_at IS NULL AND quarter LIKE '2026-%' LIMIT 1"
    )[0]
    grid = of_type(window.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=20_000)
    index = grid.model.find(report["pairing_id"], Obligation.REPORT, Period.parse(report["quarter"], Kind.QUARTER))
    assert index.isValid()
    records = of_type(grid.open_records(index), CellRecordsDialog)
    assert records.feedback_button.isVisible()
    qtbot.mouseClick(records.feedback_button, Qt.MouseButton.LeftButton)
    dialog = of_type(records.findChild(FeedbackDialog), FeedbackDialog)
    assert "待办公室审阅" in dialog.ui.stateLabel.text()
    qtbot.mouseClick(_button(dialog, "acceptButton"), Qt.MouseButton.LeftButton)
    assert "已阅" in dialog.ui.stateLabel.text()
    rows = demo_ctx.store.rows("SELECT verdict, comment FROM report_feedback WHERE report_id = ?", [report["id"]])
    assert [(r["verdict"], r["comment"]) for r in rows] == [("accepted", "")]
