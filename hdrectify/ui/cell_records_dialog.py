"""The records behind one cell of the cadence grid: what was logged for that pairing and period.

Opened by clicking a cell (or Enter on it). It lists the contacts of a week, the
on-site visits of a month, the report of a quarter or the review of a year — date,
method, note, problems found, 补录, who entered it and when — with the cell's status
and, for an exempt period, the reason. It only reads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from hdrectify.domain.cadence import Obligation, Settings, StatusRow, deadline
from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row
from hdrectify.store.cadence import PairingInfo
from hdrectify.store.cell_records import cell_exemptions, cell_records
from hdrectify.ui.cadence_paint import paint_cell
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_cell_records_dialog import Ui_CellRecordsDialog
from hdrectify.ui.models.cadence_data import PeriodColumn
from hdrectify.ui.models.cadence_display import obligation_text, period_label, status_text, zh_date
from hdrectify.ui.models.cell_records_model import (
    REC_AUTHOR,
    REC_BACKFILLED,
    REC_DATE,
    REC_KIND,
    REC_NOTE,
    REC_PROBLEMS,
    REC_RECORDED,
    CellRecordsModel,
)


class CellRecordsDialog(QDialog):
    """Shows one (pairing, obligation, period): its status and the records behind it."""

    def __init__(
        self,
        ctx: AppContext,
        info: PairingInfo,
        column: PeriodColumn,
        cell: StatusRow,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CellRecordsDialog()
        self.ui.setupUi(self)
        ob, period = column.obligation, column.period
        self.setWindowTitle(self.tr("{0} · {1}").format(period_label(period), obligation_text(ob)))
        bold = self.ui.titleLabel.font()
        bold.setBold(True)
        bold.setPointSize(bold.pointSize() + 1)
        self.ui.titleLabel.setFont(bold)
        self.ui.titleLabel.setText(self.tr("{0} — {1}（{2}）").format(info.member, info.centre, info.town))

        year = period.year
        status = status_text(cell.status) + (self.tr("（补录）") if cell.backfilled else "")
        text = self.tr("{0}　{1}：{2}–{3}　{4}").format(
            obligation_text(ob),
            period_label(period),
            zh_date(period.first_day, year=year),
            zh_date(period.last_day, year=year),
            status,
        )
        if ob in (Obligation.REPORT, Obligation.REVIEW):
            text += self.tr("（{0}前提交为按时）").format(zh_date(deadline(ob, period, settings)))
        self.ui.statusLabel.setText(text)
        self.ui.statusChip.setPixmap(self._chip(cell))

        exemptions = cell_exemptions(ctx.store, info.pairing.id, ob, period)
        if exemptions:
            self.ui.exemptionLabel.setText(
                "\n".join(
                    self.tr("免：{0}（{1}–{2}，{3}）").format(
                        ex.reason,
                        zh_date(ex.start),
                        zh_date(ex.end),
                        self.tr("全部挂钩") if ex.for_all else self.tr("本挂钩"),
                    )
                    for ex in exemptions
                )
            )
        else:
            self.ui.exemptionLabel.hide()

        self.model = CellRecordsModel(cell_records(ctx.store, info.pairing.id, ob, period), self)
        view = self.ui.recordsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for col in (REC_DATE, REC_KIND, REC_BACKFILLED, REC_AUTHOR, REC_RECORDED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REC_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REC_PROBLEMS, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        empty = self.model.rowCount() == 0
        view.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        if empty:  # keep the few lines together at the top rather than spread over the dialog
            self.ui.layout.insertStretch(self.ui.layout.indexOf(self.ui.buttonBox), 1)
            self.resize(self.width(), self.minimumSizeHint().height())
        if not empty:
            view.setCurrentIndex(self.model.index(0, REC_DATE))

        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.setDefault(True)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.history_button = self.ui.buttonBox.addButton(
            self.tr("修改历史(&H)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.setEnabled(not empty)
        self.history_button.clicked.connect(self.show_history)
        # the month's signed checklist, scanned back (hdrectify scans import): the visit's evidence
        self.scans: list[Row] = []
        if ob is Obligation.VISIT:
            from hdrectify.store.scans import scans_of_month

            self.scans = scans_of_month(ctx.store, info.pairing.id, str(period))
        self.scans_button = self.ui.buttonBox.addButton(
            self.tr("签字清单(&S)（{0}页）").format(len(self.scans)), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.scans_button.setToolTip(self.tr("打开本月已存档的签字清单扫描件"))
        self.scans_button.setVisible(bool(self.scans))
        self.scans_button.clicked.connect(self.open_scans)
        # a signed checklist received with no visit recorded yet: record the visit it shows
        self.visit_button = self.ui.buttonBox.addButton(
            self.tr("据清单登记到岗(&V)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.visit_button.setToolTip(self.tr("本月已收到签字清单但还没有到岗记录：登记到岗并把扫描件附上"))
        self.visit_button.clicked.connect(self.record_visit)
        self._show_visit_button()
        # a report or review: the office marks it 已阅 or 退回; a laptop sees the marks and resubmits
        self.feedback_button = self.ui.buttonBox.addButton(self.tr("审阅(&F)…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.feedback_button.setToolTip(self.tr("已阅或退回（附意见）；查看审阅记录、重新提交"))
        self.feedback_button.setVisible(ob in (Obligation.REPORT, Obligation.REVIEW) and not empty)
        self.feedback_button.clicked.connect(self.show_feedback)
        # a report's files: opened, and one attached by mistake removed with a reason
        self.files_button = self.ui.buttonBox.addButton(
            self.tr("汇报文件(&L)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.files_button.setToolTip(self.tr("查看这份汇报提交的文件；附错的文件可写明原因后移除"))
        self.files_button.setVisible(ob is Obligation.REPORT and not empty)
        self.files_button.clicked.connect(self.show_files)
        (view if not empty else close).setFocus()

    def show_feedback(self) -> QDialog | None:
        """汇报审阅 of the chosen report or review."""
        from hdrectify.ui.feedback_dialog import FeedbackDialog

        index = self.ui.recordsView.currentIndex()
        if not index.isValid():
            return None
        rec = self.model.record(index.row())
        if rec.table not in ("reports", "reviews"):
            return None
        dialog = FeedbackDialog(self.ctx, "reports" if rec.table == "reports" else "reviews", rec.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_files(self) -> QDialog | None:
        """汇报文件 of the chosen report: listed, opened, removed with a reason."""
        from hdrectify.ui.report_files_dialog import ReportFilesDialog

        index = self.ui.recordsView.currentIndex()
        if not index.isValid():
            return None
        rec = self.model.record(index.row())
        if rec.table != "reports":
            return None
        summary = self.tr("{0}　{1}").format(self.ui.titleLabel.text(), zh_date(rec.date))
        dialog = ReportFilesDialog(self.ctx, rec.id, summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _pending(self) -> list[Row]:
        return [s for s in self.scans if s["contact_id"] is None]

    def _show_visit_button(self) -> None:
        self.visit_button.setVisible(bool(self._pending()) and not self.ctx.read_only)

    def record_visit(self) -> QDialog | None:
        """据清单登记到岗 for the month's pending scans: a date in the month, then the visit record."""
        from hdrectify.ui.scans_dialog import ScanVisitDialog

        pending = self._pending()
        if not pending:
            return None
        dialog = ScanVisitDialog(self.ctx, pending[0], self)

        def recorded(_contact_id: str) -> None:
            from hdrectify.store.scans import scans_of_month

            first = pending[0]
            self.scans = scans_of_month(self.ctx.store, str(first["pairing_id"]), str(first["month"]))
            self._show_visit_button()

        dialog.recorded.connect(recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_scans(self) -> list[Path]:
        """Open every signed checklist page of the month in the system viewer; returns the copies opened."""
        from hdrectify.ui.i18n import error_text
        from hdrectify.ui.viewing import open_copy
        from hdrectify.ui.worker import show_failure

        opened = []
        for scan in self.scans:
            try:
                opened.append(open_copy(self.ctx.store, scan))
            except InputError as e:
                show_failure(self, error_text(e))
        return opened

    def show_history(self) -> QDialog | None:
        """Every change of the chosen record, from the audit log."""
        from hdrectify.ui.history_dialog import HistoryDialog

        index = self.ui.recordsView.currentIndex()
        if not index.isValid():
            return None
        rec = self.model.record(index.row())
        summary = self.tr("{0}　{1}").format(self.ui.titleLabel.text(), zh_date(rec.date))
        dialog = HistoryDialog(self.ctx, rec.table, rec.id, summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _chip(self, cell: StatusRow) -> QPixmap:
        ratio = self.devicePixelRatio()
        pixmap = QPixmap(QSize(18, 18) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        painter = QPainter(pixmap)
        paint_cell(painter, QRect(1, 1, 16, 16), cell.status, cell.backfilled, font)
        painter.end()
        return pixmap
