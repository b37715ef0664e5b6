"""汇报文件 in the window: from a report's records in the cadence grid, the files it was submitted with are
listed, and one attached by mistake is removed with a reason (the evidence's reason prompt); a member's
laptop may not remove another member's, and says why. Driven by clicks and typing on the real dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.evidence import stage_evidence
from hdrectify.store.report_files import record_report_file
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.cell_records_dialog import CellRecordsDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.report_files_dialog import ReportFilesDialog
from tests.ui.ui_helpers import answer_reason, modal, of_type, shot, snapshot

WRONG = "去年的汇报.docx"


def _report_with_a_file(ctx: AppContext, tmp_path: Path, names: tuple[str, ...] = (WRONG,)) -> dict[str, Any]:
    """A report of this year in the demo data, with a file (or the files ``names``) attached by mistake."""
    report = ctx.store.rows(
        "SELECT id, pairing_id, quarter FROM reports WHERE deleted_at IS NULL AND quarter LIKE '2026-%' LIMIT 1"
    )[0]
    for name in names:
        source = tmp_path / name
        source.write_bytes(b"PK\x03\x04 last year's report: " + name.encode())
        staged = stage_evidence(ctx.path, source)
        with ctx.write() as store:
            assert record_report_file(store, report["id"], staged) is not None
    return dict(report)


def _files_dialog(qtbot: Any, window: MainWindow, report: dict[str, Any], member: str = "") -> ReportFilesDialog:
    grid = of_type(window.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=20_000)
    if member:  # a laptop shows its own member's pairings first: the other member chosen, as a user does
        grid.ui.memberCombo.setCurrentIndex(grid.ui.memberCombo.findText(member))
        qtbot.waitUntil(lambda: not grid.is_busy(), timeout=20_000)
    index = grid.model.find(report["pairing_id"], Obligation.REPORT, Period.parse(report["quarter"], Kind.QUARTER))
    records = of_type(grid.open_records(index), CellRecordsDialog)
    assert records.files_button.isVisible()
    qtbot.mouseClick(records.files_button, Qt.MouseButton.LeftButton)
    return of_type(records.findChild(ReportFilesDialog), ReportFilesDialog)


def test_a_wrong_file_is_removed_with_a_reason(
    qtbot: Any, window: MainWindow, demo_ctx: AppContext, tmp_path: Path, type_text: Any
) -> None:
    report = _report_with_a_file(demo_ctx, tmp_path)
    dialog = _files_dialog(qtbot, window, report)
    assert dialog.list.count() == 1 and dialog.list.item(0).text().startswith(WRONG)
    assert dialog.remove_button.isEnabled() and not dialog.note.isVisible()
    shot(dialog, "report-files")
    with qtbot.waitSignal(dialog.removed, timeout=10_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        answer_reason(qtbot, "附错了文件", type_text)
    (row,) = demo_ctx.store.rows(
        "SELECT deleted_at, delete_reason FROM report_files WHERE report_id = ?", [report["id"]]
    )
    assert row["deleted_at"] and row["delete_reason"] == "附错了文件"
    assert dialog.list.count() == 0 and dialog.empty.isVisible() and not dialog.remove_button.isEnabled()


def test_a_member_laptop_may_not_remove_another_member_s_file_and_says_why(
    qtbot: Any, window: MainWindow, demo_ctx: AppContext, tmp_path: Path, type_text: Any
) -> None:
    report = _report_with_a_file(demo_ctx, tmp_path)
    owner = demo_ctx.store.scalar(
        "SELECT m.name FROM pairings p JOIN members m ON m.id = p.member_id WHERE p.id = ?", [report["pairing_id"]]
    )
    other = demo_ctx.store.scalar("SELECT id FROM members WHERE name <> ? LIMIT 1", [owner])
    with demo_ctx.write() as store:
        store.set_setting("role", "member")
        store.set_setting("me_member_id", other)
    dialog = _files_dialog(qtbot, window, report, str(owner))
    before = snapshot(demo_ctx)
    assert dialog.list.count() == 1 and not dialog.remove_button.isEnabled()
    said = f"这是{owner}的季度汇报的文件"
    assert dialog.note.isVisible() and said in dialog.note.text() and said in dialog.remove_button.toolTip()
    dialog.ask_to_remove()  # asked all the same (a shortcut past the greyed button): the store refuses
    answer_reason(qtbot, "附错了", type_text)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert said in dialog.error.text() and dialog.list.count() == 1
    assert snapshot(demo_ctx) == before


def test_a_file_name_that_looks_like_markup_is_asked_about_as_written(
    qtbot: Any, window: MainWindow, demo_ctx: AppContext, tmp_path: Path
) -> None:
    """A name made on Linux, or carried by a bundle, may hold ``<b>``: the reason prompt shows it as typed."""
    report = _report_with_a_file(demo_ctx, tmp_path)
    with demo_ctx.write() as store:
        store.update("report_files", store.scalar("SELECT id FROM report_files"), {"file_name": "<b>粗体.docx"}, "t")
    dialog = _files_dialog(qtbot, window, report)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    prompt = modal(qtbot, QInputDialog)
    label = prompt.findChild(QLabel)
    assert "“<b>粗体.docx”" in label.text() and label.textFormat() == Qt.TextFormat.PlainText
    prompt.reject()


def test_moving_through_the_files_does_not_ask_the_database_again(
    qtbot: Any, window: MainWindow, demo_ctx: AppContext, tmp_path: Path
) -> None:
    """Whose report it is (may 移除 be offered here?) is asked when the dialog opens, not per selection."""
    names = ("一.docx", "二.docx", "三.docx", "四.docx")
    report = _report_with_a_file(demo_ctx, tmp_path, names)
    dialog = _files_dialog(qtbot, window, report)
    dialog.list.setFocus()
    qtbot.waitUntil(dialog.list.hasFocus)
    statements: list[str] = []
    demo_ctx.store.conn.set_trace_callback(statements.append)
    try:
        rows = []
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home):
            qtbot.keyClick(dialog.list, key)
            rows.append(dialog.list.currentRow())
            assert dialog.remove_button.isEnabled() and dialog.open_button.isEnabled()
    finally:
        demo_ctx.store.conn.set_trace_callback(None)
    assert rows == [1, 2, 3, 2, 0]
    assert statements == []
