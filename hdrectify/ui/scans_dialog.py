"""文件 → 导入签字清单扫描件… and scans dropped on the window: the import off the UI thread, then a list of pages.

The work (:func:`hdrectify.exchange.scans.import_scans`) opens its own connection and reports each
page; the result dialog shows one row per page — the file, the page, the pairing and month its QR
code names, what became of it — and opens a filed page on double-click.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.scans import FILED, ScanResult
from hdrectify.ui.context import AppContext, Changes
from hdrectify.ui.form_support import from_qdate, to_qdate
from hdrectify.ui.i18n import error_text
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

    def mark_attached(self, row: int) -> None:
        """The page's scan now has its visit record (据清单登记到岗)."""
        self.outcome(row).result = ScanResult.ATTACHED
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("导入结果"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.open_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # a page filed as "scan received": record the visit it shows (a date in its month)
        self.visit_button = buttons.addButton(self.tr("据清单登记到岗…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.visit_button.setObjectName("scanVisitButton")
        self.visit_button.setToolTip(self.tr("为所选的待补登扫描件登记当月的到岗记录，并把扫描件附上"))
        self.visit_button.clicked.connect(self.record_visit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_visit_button())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)
        if outcomes:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_visit_button()

    def _pending_scan(self) -> Row | None:
        """The scan of the selected page, if it still waits for its visit record."""
        from hdrectify.store.scans import filed_page

        index = self.table.currentIndex()
        if not index.isValid() or self.model.outcome(index.row()).result is not ScanResult.PENDING:
            return None
        outcome = self.model.outcome(index.row())
        found = filed_page(self.ctx.store, outcome.file, outcome.page)
        return found if found is not None and found["contact_id"] is None else None

    def _update_visit_button(self) -> None:
        self.visit_button.setEnabled(not self.ctx.read_only and self._pending_scan() is not None)

    def record_visit(self) -> ScanVisitDialog | None:
        """Ask for the visit's date (and note) of the selected pending page, then record it."""
        scan = self._pending_scan()
        if scan is None:
            return None
        row = self.table.currentIndex().row()
        dialog = ScanVisitDialog(self.ctx, scan, self)

        def recorded(_contact_id: str) -> None:
            for other in range(self.model.rowCount()):  # the month's other pages went with it
                o = self.model.outcome(other)
                if o.result is ScanResult.PENDING and o.code == self.model.outcome(row).code:
                    self.model.mark_attached(other)
            self._update_visit_button()

        dialog.recorded.connect(recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_page(self, index: QModelIndex) -> Path | None:
        """Open the stored copy of a filed page in the system viewer; returns the copy opened."""
        from hdrectify.store.scans import filed_page
        from hdrectify.ui.i18n import error_text
        from hdrectify.ui.viewing import open_copy

        outcome = self.model.outcome(index.row())
        if outcome.result not in FILED and outcome.result is not ScanResult.DUPLICATE:
            return None
        store = self.ctx.store
        found = filed_page(store, outcome.file, outcome.page)
        if found is None:
            return None
        try:
            return open_copy(store, found)
        except InputError as e:
            show_failure(self, error_text(e))
            return None


class ScanVisitDialog(QDialog):
    """据清单登记到岗: the visit a pending signed checklist shows, on a day of its month, with the scan attached.

    Emits :attr:`recorded` with the new visit record's id once it is written (one transaction:
    the record, and every pending page of that pairing's month filed with it).
    """

    recorded = Signal(str)

    def __init__(self, ctx: AppContext, scan: Row, parent: QWidget | None = None) -> None:
        from hdrectify.store.people import pairing_with_names

        super().__init__(parent)
        self.setObjectName("scanVisit")
        self.ctx = ctx
        self.scan_id = str(scan["id"])
        self.setWindowTitle(self.tr("据清单登记到岗"))
        month = Period.parse(str(scan["month"]), Kind.MONTH)
        names = pairing_with_names(ctx.store, scan["pairing_id"])
        who = "" if names is None else self.tr("{0} — {1}").format(names["member"], names["centre"])
        intro = QLabel(
            self.tr("{0}：{1}年{2}月的签字清单已收到，尚无到岗记录。请填写到岗日期（须在该月内）。").format(
                who, month.first_day.year, month.first_day.month
            )
        )
        intro.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        last = min(month.last_day, dt.date.today())
        self.date_edit.setDateRange(to_qdate(month.first_day), to_qdate(month.last_day))
        self.date_edit.setDate(to_qdate(max(month.first_day, last)))
        self.date_edit.setAccessibleName(self.tr("到岗日期"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("情况记录"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("到岗日期(&D)："), self.date_edit)
        form.addRow(self.tr("情况记录(&N)："), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.accept_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("登记到岗"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_edit.setFocus()

    def save(self) -> None:
        from hdrectify.store.scans import visit_from_scan
        from hdrectify.ui.context import CONTACTS

        self.error.hide()
        try:
            with self.ctx.write() as store:
                contact = visit_from_scan(store, self.scan_id, from_qdate(self.date_edit.date()), self.note_edit.text())
        except InputError as e:
            self.error.setText(error_text(e))
            self.error.show()
            return
        self.ctx.notify(CONTACTS | SCANS_CHANGED)
        self.recorded.emit(str(contact["id"]))
        self.accept()


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
