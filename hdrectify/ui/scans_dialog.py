"""文件 → 导入签字清单扫描件… and scans dropped on the window: the import off the UI thread, then a list of pages.

The work (:func:`hdrectify.exchange.scans.import_scans`) opens its own connection and reports each
page; the result dialog shows one row per page — the file, the page, the pairing and month its QR
code names, what became of it — and opens a filed page on double-click.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QTableView, QVBoxLayout, QWidget

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError
from hdrectify.domain.scans import FILED, ScanResult
from hdrectify.ui.context import Changes
from hdrectify.ui.models.table_model import TableModel
from hdrectify.ui.worker import Task, run_with_progress, show_failure

if TYPE_CHECKING:
    from hdrectify.exchange.scans import PageOutcome
    from hdrectify.store.base import Row
    from hdrectify.ui.main_window import MainWindow

SCAN_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg")
SCANS_CHANGED = Changes(records=True, evidence=True)
Index = QModelIndex | QPersistentModelIndex


def result_text(result: ScanResult) -> str:
    """What became of a page, in the window's language."""
    return QCoreApplication.translate(wording.SCAN_RESULT_CONTEXT, wording.SCAN_RESULT[result.value])


def is_scan(path: str) -> bool:
    return path.lower().endswith(SCAN_SUFFIXES)


class ScanResultsModel(TableModel):
    """One row per page imported."""

    COL_FILE, COL_PAGE, COL_MEMBER, COL_CENTRE, COL_MONTH, COL_RESULT = range(6)
    COLUMNS = 6

    def set_outcomes(self, outcomes: list[PageOutcome]) -> None:
        self.beginResetModel()
        self._rows = [{"id": str(n), "outcome": o} for n, o in enumerate(outcomes)]
        self.endResetModel()

    def outcome(self, row: int) -> PageOutcome:
        found: PageOutcome = self._rows[row]["outcome"]
        return found

    def _headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ScanResults", "文件"),
            QCoreApplication.translate("ScanResults", "页"),
            QCoreApplication.translate("ScanResults", "党员"),
            QCoreApplication.translate("ScanResults", "康园中心"),
            QCoreApplication.translate("ScanResults", "月份"),
            QCoreApplication.translate("ScanResults", "结果"),
        ]

    def _display(self, row: Row, col: int) -> str:
        o: PageOutcome = row["outcome"]
        values = [
            o.file,
            "" if o.page is None else str(o.page),
            o.member or "",
            o.centre or "",
            "" if o.code is None else o.code.month,
            result_text(o.result),
        ]
        return values[col]

    def _role_data(self, row: Row, col: int, role: int) -> Any:
        o: PageOutcome = row["outcome"]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_RESULT and o.result in FILED:
            return QCoreApplication.translate("ScanResults", "双击打开该页")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " ".join(self._display(row, c) for c in range(self.COLUMNS) if self._display(row, c))
        return None


class ScanResultsDialog(QDialog):
    """The pages of one import and what became of each; a filed page opens on double-click."""

    def __init__(self, window: MainWindow, outcomes: list[PageOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("scanResults")
        self.ctx = window.ctx
        self.setWindowTitle(self.tr("签字清单扫描件导入结果"))
        filed = sum(1 for o in outcomes if o.result in FILED)
        self.summary = QLabel(
            self.tr("共 {0} 页，归档 {1} 页；未归档的页面未作任何改动。").format(len(outcomes), filed)
        )
        self.model = ScanResultsModel(self)
        self.model.set_outcomes(outcomes)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("导入结果"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.open_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)

    def open_page(self, index: QModelIndex) -> Path | None:
        """Open the stored copy of a filed page in the system viewer; returns the copy opened."""
        from hdrectify.store.evidence import copy_for_viewing
        from hdrectify.store.scans import filed_page

        outcome = self.model.outcome(index.row())
        if outcome.result not in FILED and outcome.result is not ScanResult.DUPLICATE:
            return None
        store = self.ctx.store
        found = filed_page(store, outcome.file, outcome.page)
        if found is None:
            return None
        try:
            copy = copy_for_viewing(store, found, Path(tempfile.gettempdir()) / "hdrectify-view")
        except InputError as e:
            show_failure(self, str(e))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy


def import_scan_files(window: MainWindow, paths: list[str]) -> Task | None:
    """Import ``paths`` in the background with a progress dialog, then show the result list."""
    from hdrectify.exchange.scans import check_scan_files, import_scans
    from hdrectify.store.base import Store

    try:
        window.ctx.check_writable()
        check_scan_files([Path(p) for p in paths])
    except InputError as e:
        show_failure(window, str(e))
        return None
    db_path = window.ctx.path

    def work(progress: Any) -> list[PageOutcome]:
        with Store.open(db_path) as store:
            return import_scans(store, [Path(p) for p in paths], progress)

    def done(outcomes: list[PageOutcome]) -> None:
        if any(o.result in FILED for o in outcomes):
            window.ctx.notify(SCANS_CHANGED)
        dialog = ScanResultsDialog(window, outcomes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.last_message = dialog
        dialog.open()

    label = QCoreApplication.translate("ScanResults", "正在识别签字清单扫描件…")
    return run_with_progress(window, label, work, done)


def choose_scan_files(window: MainWindow) -> QFileDialog:
    """文件 → 导入签字清单扫描件…: a file dialog (non-blocking) for PDFs, JPEGs and PNGs."""
    dialog = QFileDialog(
        window,
        QCoreApplication.translate("ScanResults", "导入签字清单扫描件"),
        str(Path.home()),
        QCoreApplication.translate("ScanResults", "扫描件或照片 (*.pdf *.png *.jpg *.jpeg)"),
    )
    dialog.setObjectName("chooseScans")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.filesSelected.connect(lambda files: import_scan_files(window, list(files)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
