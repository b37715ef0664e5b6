"""Signed checklists dropped on the window or chosen from 文件 → 导入签字清单扫描件…: the work runs in the
background, a result list shows each page, and the grid's month cell shows that the checklist is on file."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from hdrectify.documents import make_checklist
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Kind, Period
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import SIGNED_ROLE
from hdrectify.ui.scans_dialog import ScanResultsDialog, ScanVisitDialog
from tests.ui.ui_helpers import drop

MONTH = Period.parse("2026-10", Kind.MONTH)


def signed_sheet(window: MainWindow, tmp_path: Path) -> tuple[Path, str, str, str]:
    """One member's October checklist, printed and "scanned" to a PNG; returns it, the member, centre, pairing."""
    store = window.ctx.store
    pairing = store.rows(
        "SELECT p.id, m.id AS member_id, m.name AS member, c.name AS centre FROM pairings p"
        " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
        " WHERE p.start_on <= '2026-10-01' AND (p.end_on IS NULL OR p.end_on >= '2026-10-31')"
        " AND m.id IN (SELECT member_id FROM pairings GROUP BY member_id HAVING count(*) = 1)"
        " ORDER BY m.name LIMIT 1"
    )[0]
    sheet = tmp_path / "sheet.pdf"
    make_checklist(store, MONTH, sheet, pairing["member_id"])
    doc = pdfium.PdfDocument(sheet)
    scan = tmp_path / "签字清单.png"
    doc[0].render(scale=200 / 72).to_pil().rotate(180).save(scan)
    doc.close()
    return scan, pairing["member"], pairing["centre"], pairing["id"]


def results(qtbot, window: MainWindow) -> ScanResultsDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, "scanResults") is not None, timeout=20000)
    dialog = window.findChild(QDialog, "scanResults")
    assert isinstance(dialog, ScanResultsDialog)
    return dialog


def rows(dialog: ScanResultsDialog) -> list[list[str]]:
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_a_dropped_scan_is_filed_listed_and_marked_on_the_grid(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    scan, member, centre, pairing_id = signed_sheet(window, tmp_path)
    blank = tmp_path / "空白.png"
    from PIL import Image

    Image.new("RGB", (800, 1100), "white").save(blank)
    grid = window.show_page("cadence")
    notes = tmp_path / "说明.txt"
    notes.write_text("x")
    assert not drop(window, [notes])  # not a scan: the window does not take it

    assert drop(window, [scan, blank])

    dialog = results(qtbot, window)
    found = rows(dialog)
    assert found[0][:5] == ["签字清单.png", "1", member, centre, "2026-10"]
    assert found[1] == ["空白.png", "1", "", "", "", "未识别到清单二维码，未添加"]
    assert found[0][5] in ("已附到当月到岗记录", "已收到扫描件，待补登到岗记录")
    assert "归档 1 页" in dialog.summary.text()
    # the grid shows the month's visit cell as on file, in its tooltip and its accessible text
    model = grid.model  # type: ignore[attr-defined]

    def cell():
        return model.find(pairing_id, Obligation.VISIT, MONTH)

    qtbot.waitUntil(lambda: cell().isValid() and cell().data(SIGNED_ROLE) == 1, timeout=20000)
    assert "签字清单已存档（1页）" in cell().data(Qt.ItemDataRole.ToolTipRole)
    assert "签字清单已存档" in cell().data(Qt.ItemDataRole.AccessibleTextRole)
    other = model.find(pairing_id, Obligation.VISIT, Period.parse("2026-09", Kind.MONTH))
    assert other.data(SIGNED_ROLE) == 0 and "签字清单" not in other.data(Qt.ItemDataRole.AccessibleTextRole)
    # the month's records open the scan (in the system viewer: here, the URL it is asked to open)
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    records = grid.open_records(cell())  # type: ignore[attr-defined]
    assert records.scans_button.isVisible() and "1页" in records.scans_button.text()
    records.scans_button.click()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == scan.read_bytes()
    assert not grid.open_records(other).scans_button.isVisible()  # type: ignore[attr-defined]


def test_the_menu_opens_a_file_chooser_and_the_same_scan_again_adds_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    scan, _member, _centre, _pid = signed_sheet(window, tmp_path)
    window.ui.actionImportScans.trigger()
    chooser = window.findChild(QFileDialog, "chooseScans")
    assert chooser is not None and chooser.isVisible()
    assert "签字清单" in chooser.windowTitle()
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.selectFile(str(scan))
    chooser.accept()
    first = results(qtbot, window)
    assert rows(first)[0][5] in ("已附到当月到岗记录", "已收到扫描件，待补登到岗记录")
    first.close()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "scanResults") is None)
    count = window.ctx.store.scalar("SELECT count(*) FROM checklist_scans")

    assert drop(window, [scan])

    again = results(qtbot, window)
    assert rows(again)[0][5] == "已有相同扫描件，未重复添加"
    assert window.ctx.store.scalar("SELECT count(*) FROM checklist_scans") == count == 1


def pending_scan(qtbot, window: MainWindow, tmp_path: Path) -> tuple[ScanResultsDialog, str]:
    """A signed October checklist dropped for a pairing whose October visits were removed: filed as pending."""
    from hdrectify.store.record_list import delete_contact

    scan, _member, _centre, pairing_id = signed_sheet(window, tmp_path)
    with window.ctx.write() as store:
        for row in store.rows(
            "SELECT id FROM contacts WHERE pairing_id = ? AND date LIKE '2026-10-%' AND method = 'onsite'"
            " AND deleted_at IS NULL",
            [pairing_id],
        ):
            delete_contact(store, row["id"], "测试：该月未登记到岗")
    window.show_page("cadence")
    assert drop(window, [scan])
    dialog = results(qtbot, window)
    assert rows(dialog)[0][5] == "已收到扫描件，待补登到岗记录"
    return dialog, pairing_id


def visit_dialog(qtbot, parent) -> ScanVisitDialog:
    qtbot.waitUntil(lambda: parent.findChild(QDialog, "scanVisit") is not None)
    found = parent.findChild(QDialog, "scanVisit")
    assert isinstance(found, ScanVisitDialog) and found.isVisible()
    return found


def onsite_in_october(window: MainWindow, pairing_id: str) -> list[dict[str, object]]:
    return window.ctx.store.rows(
        "SELECT id, date, note FROM contacts WHERE pairing_id = ? AND date LIKE '2026-10-%' AND method = 'onsite'"
        " AND deleted_at IS NULL",
        [pairing_id],
    )


def test_a_pending_scan_in_the_result_list_becomes_the_month_s_visit(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog, pairing_id = pending_scan(qtbot, window, tmp_path)
    assert dialog.visit_button.text() == "据清单登记到岗…"
    assert dialog.visit_button.isEnabled()  # the first row, pending, is selected

    dialog.visit_button.click()

    asked = visit_dialog(qtbot, dialog)
    edit = asked.date_edit
    assert (edit.minimumDate().toString("yyyy-MM-dd"), edit.maximumDate().toString("yyyy-MM-dd")) == (
        "2026-10-01",
        "2026-10-31",
    )
    edit.setDate(QDate(2026, 10, 15))
    asked.note_edit.setText("据签字清单补登")
    asked.accept_button.click()
    qtbot.waitUntil(lambda: not asked.isVisible())
    assert [(r["date"], r["note"]) for r in onsite_in_october(window, pairing_id)] == [("2026-10-15", "据签字清单补登")]
    scan = window.ctx.store.rows("SELECT contact_id FROM checklist_scans")[0]
    assert scan["contact_id"] == onsite_in_october(window, pairing_id)[0]["id"]
    assert rows(dialog)[0][5] == "已附到当月到岗记录"
    assert not dialog.visit_button.isEnabled()


def test_the_grid_cell_s_records_offer_the_visit_for_a_pending_scan(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog, pairing_id = pending_scan(qtbot, window, tmp_path)
    dialog.close()
    grid = window.page("cadence")
    model = grid.model  # type: ignore[attr-defined]
    cell = model.find(pairing_id, Obligation.VISIT, MONTH)
    qtbot.waitUntil(lambda: cell.isValid() and cell.data(SIGNED_ROLE) == 1, timeout=20000)
    records = grid.open_records(model.find(pairing_id, Obligation.VISIT, MONTH))  # type: ignore[attr-defined]
    assert records.visit_button.isVisible() and records.visit_button.text() == "据清单登记到岗(&V)…"

    records.visit_button.click()
    asked = visit_dialog(qtbot, records)
    asked.date_edit.setDate(QDate(2026, 10, 9))
    asked.accept_button.click()

    qtbot.waitUntil(lambda: not asked.isVisible())
    assert [r["date"] for r in onsite_in_october(window, pairing_id)] == ["2026-10-09"]
    assert not records.visit_button.isVisible()
    assert window.ctx.store.scalar("SELECT count(*) FROM checklist_scans WHERE contact_id IS NULL") == 0
