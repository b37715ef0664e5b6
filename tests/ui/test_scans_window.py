"""Signed checklists dropped on the window or chosen from 文件 → 导入签字清单扫描件…: the work runs in the
background, a result list shows each page, and the grid's month cell shows that the checklist is on file."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from hdrectify.documents import make_checklist
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Kind, Period
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import SIGNED_ROLE
from hdrectify.ui.scans_dialog import ScanResultsDialog

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


def drop(window: MainWindow, *files: Path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = window.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, event)
    return True


def results(qtbot, window: MainWindow) -> ScanResultsDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.findChild(QDialog, "scanResults") is not None, timeout=20000)
    dialog = window.findChild(QDialog, "scanResults")
    assert isinstance(dialog, ScanResultsDialog)
    return dialog


def rows(dialog: ScanResultsDialog) -> list[list[str]]:
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_a_dropped_scan_is_filed_listed_and_marked_on_the_grid(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    scan, member, centre, pairing_id = signed_sheet(window, tmp_path)
    blank = tmp_path / "空白.png"
    from PIL import Image

    Image.new("RGB", (800, 1100), "white").save(blank)
    grid = window.show_page("cadence")
    notes = tmp_path / "说明.txt"
    notes.write_text("x")
    assert not drop(window, notes)  # not a scan: the window does not take it

    assert drop(window, scan, blank)

    dialog = results(qtbot, window)
    found = rows(dialog)
    assert found[0][:5] == ["签字清单.png", "1", member, centre, "2026-10"]
    assert found[1] == ["空白.png", "1", "", "", "", "未识别到清单二维码，未添加"]
    assert found[0][5] in ("已附到当月到岗记录", "已收到扫描件，待补登到岗记录")
    assert "归档 1 页" in dialog.summary.text()
    # the grid shows the month's visit cell as on file, in its tooltip and its accessible text
    model = grid.model  # type: ignore[attr-defined]

    def cell():  # type: ignore[no-untyped-def]
        return model.find(pairing_id, Obligation.VISIT, MONTH)

    qtbot.waitUntil(lambda: cell().isValid() and cell().data(SIGNED_ROLE) == 1, timeout=20000)
    assert "签字清单已存档（1页）" in cell().data(Qt.ItemDataRole.ToolTipRole)
    assert "签字清单已存档" in cell().data(Qt.ItemDataRole.AccessibleTextRole)
    other = model.find(pairing_id, Obligation.VISIT, Period.parse("2026-09", Kind.MONTH))
    assert other.data(SIGNED_ROLE) == 0 and "签字清单" not in other.data(Qt.ItemDataRole.AccessibleTextRole)
    # the month's records open the scan (in the system viewer: here, the URL it is asked to open)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    records = grid.open_records(cell())  # type: ignore[attr-defined]
    assert records.scans_button.isVisible() and "1页" in records.scans_button.text()
    records.scans_button.click()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == scan.read_bytes()
    assert not grid.open_records(other).scans_button.isVisible()  # type: ignore[attr-defined]


def test_the_menu_opens_a_file_chooser_and_the_same_scan_again_adds_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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

    assert drop(window, scan)

    again = results(qtbot, window)
    assert rows(again)[0][5] == "已有相同扫描件，未重复添加"
    assert window.ctx.store.scalar("SELECT count(*) FROM checklist_scans") == count == 1
