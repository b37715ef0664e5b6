"""A record's history in the window: every change, who, when and why; evidence files that are missing."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hdrectify.store.base import Store
from hdrectify.ui.context import AppContext
from hdrectify.ui.history_dialog import HistoryDialog
from hdrectify.ui.records import RecordsPage
from tests.ui.ui_helpers import attach, grid_at, shot, snapshot


def test_a_records_history_shows_every_change_who_when_why(qtbot, qtmodeltester, demo_ctx: AppContext) -> None:
    from hdrectify.store.record_list import correct_contact, delete_contact

    contact = demo_ctx.store.rows("SELECT id, note FROM contacts ORDER BY date DESC LIMIT 1")[0]
    with demo_ctx.write() as store:
        correct_contact(store, contact["id"], {"note": "更正后的情况"}, "记录写错了")
    with demo_ctx.write() as store:
        delete_contact(store, contact["id"], "重复录入")
    page = RecordsPage(demo_ctx)
    qtbot.addWidget(page)
    page.ui.deletedCheck.setChecked(True)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.row_of(contact["id"]) >= 0)
    page.select_row(page.model.row_of(contact["id"]))
    dialog = page.history_selected()
    assert isinstance(dialog, HistoryDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())]
    assert [c[2] for c in cells] == ["登记", "更正", "删除"]
    assert [c[3] for c in cells] == ["", "记录写错了", "重复录入"]
    assert "更正后的情况" in cells[1][4] and "情况记录" in cells[1][4]
    assert all(c[1] for c in cells) and all(c[0][:2] == "20" for c in cells)
    dialog.resize(900, 360)
    shot(dialog, "history-dialog")


def test_history_lists_every_audit_entry_of_a_record(qtbot, demo_ctx: AppContext) -> None:
    review = demo_ctx.store.rows("SELECT id FROM reviews LIMIT 1")[0]
    entries = demo_ctx.store.scalar("SELECT count(*) FROM audit_log WHERE row_id = ?", [review["id"]])
    dialog = HistoryDialog(demo_ctx, "reviews", review["id"], "考评")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == entries >= 1
    first = json.loads(
        demo_ctx.store.scalar("SELECT after FROM audit_log WHERE row_id = ? ORDER BY rowid", [review["id"]])
    )
    assert str(first["score"]) in dialog.model.index(0, 4).data()


def test_store_reopen_after_tests(qtbot, db: Path) -> None:
    with Store.open(db, check=True) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
    QApplication.processEvents()


def test_a_missing_evidence_file_is_said_next_to_the_list_and_nothing_changes(
    qtbot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    """The evidence folder was not copied along with the database: opening a file says so, in words."""
    from hdrectify.store.evidence import evidence_file
    from hdrectify.ui.ledger import LedgerPage

    measure = demo_ctx.store.rows("SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")[0]
    scan = tmp_path / "整改会议纪要.pdf"
    scan.write_bytes(b"%PDF minutes")
    page = LedgerPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_measure(measure["id"])
    qtbot.waitUntil(lambda: page.current == ("measure", measure["id"]))
    assert attach(qtbot, page, [scan]) == 1
    row = demo_ctx.store.rows("SELECT * FROM evidence WHERE measure_id = ?", [measure["id"]])[0]
    evidence_file(demo_ctx.store, row).unlink()
    before = snapshot(demo_ctx)
    assert not page.open_evidence(row["id"])
    error = page.ui.evidenceListError
    assert error.isVisible() and "找不到" in error.text() and "整改会议纪要.pdf" in error.text()
    assert snapshot(demo_ctx) == before


def test_the_grids_records_show_their_history(qtbot, demo_ctx: AppContext) -> None:
    """A quarterly report opened from its cell of the 挂钩联系 grid: 修改历史 lists its audit entries."""
    from hdrectify.ui.cell_records_dialog import CellRecordsDialog
    from hdrectify.ui.models.cadence_model import FIRST_PERIOD, OBLIGATION_ROLE, STATUS_ROLE

    grid = grid_at(qtbot, demo_ctx, 2026)
    model = grid.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_PERIOD, model.columnCount())
        if model.index(r, c).data(OBLIGATION_ROLE) == "report" and model.index(r, c).data(STATUS_ROLE) == "done"
    )
    view = grid.view_for(index)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in grid.findChildren(CellRecordsDialog)))
    cell = next(d for d in grid.findChildren(CellRecordsDialog) if d.isVisible())
    assert cell.history_button.isEnabled()
    cell.history_button.click()
    history = next(d for d in cell.findChildren(HistoryDialog) if d.isVisible())
    report = cell.model.record(cell.ui.recordsView.currentIndex().row())
    entries = demo_ctx.store.scalar(
        "SELECT count(*) FROM audit_log WHERE table_name = 'reports' AND row_id = ?", [report.id]
    )
    assert report.table == "reports" and history.model.rowCount() == entries >= 1
    assert history.model.index(0, 2).data() == "登记" and "季度" in history.model.index(0, 4).data()
    history.close()
    cell.close()
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15000)
