"""打印与导出: the monthly checklist, the quarterly summary, the ledger and its evidence.

Every document is made in the background (its own database connection) by
hdrectify.documents, then previewed, printed through QPrinter, or saved where the
user chooses. Preview and printing show the PDF itself, rendered page by page.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from hdrectify import documents
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.notice import ledger_units, unaddressed
from hdrectify.store.people import members
from hdrectify.store.senders import stragglers
from hdrectify.ui import pdf_pages
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import from_qdate, to_qdate
from hdrectify.ui.forms.ui_print_dialog import Ui_PrintDialog
from hdrectify.ui.labels import period_text
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import document_name, remember_folder, start_folder
from hdrectify.ui.screen_fit import fit_to_screen
from hdrectify.ui.worker import Progress, run_with_progress

CHECKLIST, SUMMARY, LEDGER, EVIDENCE, NOTICE = "checklist", "summary", "ledger", "evidence", "notice"
_DOCUMENTS = {
    CHECKLIST: QT_TRANSLATE_NOOP("PrintDialog", "挂钩联系工作月度清单"),
    SUMMARY: QT_TRANSLATE_NOOP("PrintDialog", "挂钩联系工作汇总（季度或全年）"),
    LEDGER: QT_TRANSLATE_NOOP("PrintDialog", "整改台账 / 整改情况报告"),
    EVIDENCE: QT_TRANSLATE_NOOP("PrintDialog", "佐证材料包（按问题编号）"),
    NOTICE: QT_TRANSLATE_NOOP("PrintDialog", "督办提醒单（逾期和临近时限的事项）"),
}
_FORMATS = {
    ".pdf": QT_TRANSLATE_NOOP("PrintDialog", "PDF 文档 (*.pdf)"),
    ".xlsx": QT_TRANSLATE_NOOP("PrintDialog", "Excel 表格 (*.xlsx)"),
    ".docx": QT_TRANSLATE_NOOP("PrintDialog", "Word 文档 (*.docx)"),
    ".zip": QT_TRANSLATE_NOOP("PrintDialog", "ZIP 压缩包 (*.zip)"),
}
_SUFFIXES = {
    CHECKLIST: documents.CHECKLIST_SUFFIXES,
    SUMMARY: documents.SUMMARY_SUFFIXES,
    LEDGER: documents.LEDGER_SUFFIXES,
    EVIDENCE: (".zip",),
    NOTICE: documents.CHECKLIST_SUFFIXES,
}


class PrintDialog(QDialog):
    """Emits :attr:`saved` with the path of each document written."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, document: str = CHECKLIST) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PrintDialog()
        self.ui.setupUi(self)
        self.question: QMessageBox | None = None  # "replace the existing file?", while it is asked
        self.late_question: QMessageBox | None = None  # "members have not sent their bundles: go on?"
        self.unaddressed_question: QMessageBox | None = None  # "measures no notice reaches: go on?"
        self._tmp = tempfile.TemporaryDirectory(prefix="hdrectify-print-")
        today = dt.date.today()
        for key, text in _DOCUMENTS.items():
            self.ui.documentCombo.addItem(self.tr(str(text)), key)
        self.ui.monthEdit.setDate(to_qdate(today))
        self._who_for = ""  # the document whose choices the member combo holds
        quarter = Period.quarter_of(today)
        for _ in range(9):
            self.ui.quarterCombo.addItem(period_text(quarter), str(quarter))
            quarter = Period.quarter_of(quarter.first_day - dt.timedelta(days=1))
        for year in range(today.year, today.year - 3, -1):  # the annual summary: all four obligations, the reviews
            self.ui.quarterCombo.addItem(self.tr("{0}年（全年）").format(year), str(year))
        self.ui.quarterCombo.setCurrentIndex(1)  # the last finished quarter
        self.ui.documentCombo.currentIndexChanged.connect(self._document_changed)
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(self._ask_where_to_save)
        self.ui.documentCombo.setCurrentIndex(self.ui.documentCombo.findData(document))
        self._document_changed()
        self.finished.connect(lambda _: self._tmp.cleanup())

    # -- what to make ---------------------------------------------------------
    def document(self) -> str:
        return str(self.ui.documentCombo.currentData())

    def _fill_who(self, key: str) -> None:
        """The member combo: the checklist's members (全部挂钩 first, this computer's member chosen), or
        whom a 督办提醒单 goes to (全部, each responsible unit, each member)."""
        if key == self._who_for or key not in (CHECKLIST, NOTICE):
            return
        self._who_for = key
        combo = self.ui.memberCombo
        combo.clear()
        if key == CHECKLIST:
            self.ui.memberLabel.setText(self.tr("党员(&E)："))
            combo.addItem(self.tr("全部挂钩"), None)
            for row in members(self.ctx.store):
                combo.addItem(row["name"], row["id"])
            me = self.ctx.me()
            if me is not None:
                combo.setCurrentIndex(combo.findData(me))
            return
        self.ui.memberLabel.setText(self.tr("督办对象(&E)："))
        combo.addItem(self.tr("全部（每个有待督办事项的责任单位和党员各一份）"), None)
        for unit in ledger_units(self.ctx.store):
            combo.addItem(self.tr("责任单位：{0}").format(unit), f"unit:{unit}")
        for row in members(self.ctx.store):
            combo.addItem(self.tr("党员：{0}").format(row["name"]), f"member:{row['id']}")

    def _document_changed(self) -> None:
        key = self.document()
        self._fill_who(key)
        for widget, shown in (
            ((self.ui.monthLabel, self.ui.monthEdit), key == CHECKLIST),
            ((self.ui.memberLabel, self.ui.memberCombo), key in (CHECKLIST, NOTICE)),
            ((self.ui.quarterLabel, self.ui.quarterCombo), key == SUMMARY),
            ((self.ui.formatLabel, self.ui.formatCombo), key in (SUMMARY, LEDGER)),
        ):
            for w in widget:
                w.setVisible(shown)
        self.ui.formatCombo.clear()
        for suffix in _SUFFIXES[key]:
            self.ui.formatCombo.addItem(self.tr(str(_FORMATS[suffix])), suffix)
        printable = key != EVIDENCE
        self.ui.previewButton.setEnabled(printable)
        self.ui.printButton.setEnabled(printable)
        hints = {
            CHECKLIST: self.tr("每个挂钩一页，带到康园中心填写；不选党员则打印全部挂钩。"),
            SUMMARY: self.tr("PDF 适合存档和打印；Excel 表格含汇总、挂钩、记录、问题和免除各表。"),
            LEDGER: self.tr("PDF 和 Excel 为台账表格；Word 为整改情况报告草稿，可继续编辑。"),
            EVIDENCE: self.tr("把全部佐证材料按问题编号分文件夹打包，附清单。"),
            NOTICE: self.tr("按今天的情况，列出逾期和临近时限的整改措施及逾期的挂钩联系；等级和反馈期限见设置。"),
        }
        self.ui.hintLabel.setText(hints[key])
        self.ui.formError.setText("")

    def summary_period(self) -> Period:
        """The quarter, or the year (an annual summary), chosen for the summary."""
        text = str(self.ui.quarterCombo.currentData())
        return Period.parse(text, Kind.QUARTER if "Q" in text else Kind.YEAR)

    def _make(self, path: Path, force: bool) -> Any:
        """A background job writing the chosen document to ``path`` (``force``: replacing a file there)."""
        key = self.document()
        db = self.ctx.path
        month = Period.month_of(from_qdate(self.ui.monthEdit.date()))
        member = self.ui.memberCombo.currentData()
        quarter = self.summary_period()

        def work(progress: Progress) -> Path:
            progress(0, 0)
            with Store.open(db) as store:
                if key == CHECKLIST:
                    documents.make_checklist(store, month, path, member, force=force)
                elif key == SUMMARY:
                    documents.make_summary(store, quarter, path, force=force)
                elif key == LEDGER:
                    documents.make_ledger(store, path, force=force)
                elif key == NOTICE:
                    kind, _, value = str(member or "").partition(":")
                    who = store.get("members", value) if kind == "member" else None
                    unit = value if kind == "unit" else None
                    documents.make_notice(store, path, dt.date.today(), unit=unit, member=who, force=force)
                else:
                    documents.make_evidence_zip(store, path, force=force)
            return path

        return work

    def _run(self, path: Path, then: Any, force: bool) -> None:
        self.ui.formError.setText("")

        def go() -> None:
            run_with_progress(self, self.tr("正在生成文档…"), self._make(path, force), then, self.ui.formError.setText)

        late = self._late_senders()
        if late:
            text = self.tr("{0} 名党员自本季度结束后尚未提交交换包：{1}").format(len(late), self.tr("、").join(late))
            more = self.tr("汇总中将注明各党员的数据截至日期。仍要生成汇总吗？")
            self.late_question = self._ask_to_go_on("lateSendersQuestion", self.tr("尚未提交交换包"), text, more, go)
            return
        left_out = self._unaddressed()
        if left_out:
            text = self.tr("{0} 项待督办的整改措施没有填写责任单位，责任人也不是党员，不会列入任何提醒单：").format(
                len(left_out)
            )
            text += "\n" + "\n".join(left_out[:5]) + ("\n…" if len(left_out) > 5 else "")
            more = self.tr("可先在整改台账中补填责任单位或责任人。仍要生成其余的提醒单吗？")
            title = self.tr("有措施不在任何提醒单中")
            self.unaddressed_question = self._ask_to_go_on("unaddressedQuestion", title, text, more, go)
            return
        go()

    def _late_senders(self) -> list[str]:
        """Of a quarterly summary: the members whose laptops have sent nothing since the quarter ended."""
        if self.document() != SUMMARY or self.summary_period().kind is not Kind.QUARTER:
            return []
        return [s.member or "" for s in stragglers(self.ctx.store, self.summary_period())]

    def _unaddressed(self) -> list[str]:
        """Of the notices of all: the measures to chase that none of them lists (no unit, no member)."""
        if self.document() != NOTICE or self.ui.memberCombo.currentData() is not None:
            return []
        return unaddressed(self.ctx.store, dt.date.today())

    def _ask_to_go_on(self, name: str, title: str, text: str, more: str, go: Any) -> QMessageBox:
        """Say what the document will lack (who has not sent a bundle yet; measures no notice reaches), and
        let the user go on or stop to mend it first. Shown with open(); ``go`` runs on 仍要生成."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text + "\n\n" + more, QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName(name)
        proceed = box.addButton(self.tr("仍要生成"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)

        def done(_result: int) -> None:
            if box.clickedButton() is proceed:
                go()

        box.finished.connect(done)
        box.open()
        return box

    # -- actions ---------------------------------------------------------------
    def save_to(self, path: Path, *, confirmed: bool = False) -> None:
        """Write the chosen document to ``path`` (in the background); emits :attr:`saved`.

        The database and what is kept beside it are refused (said under the form); an
        existing file is replaced only once the user agrees: ``confirmed`` in the save
        dialog, else asked here (:attr:`question`).
        """
        self.ui.formError.setText("")
        kind = self.document()  # remembered with the folder, whatever is chosen while it is made
        self.question = confirm_output(
            self,
            Path(path),
            self.ctx.path,
            confirmed=confirmed,
            proceed=lambda: self._run(Path(path), lambda p: self._saved(kind, p), force=True),
            refuse=self.ui.formError.setText,
        )

    def suffix(self) -> str:
        """The file type chosen (the only one there is for the checklist and the evidence)."""
        key = self.document()
        return str(self.ui.formatCombo.currentData()) if key in (SUMMARY, LEDGER) else _SUFFIXES[key][0]

    def suggested_path(self) -> Path:
        """What 另存为 offers: the name says what, for when and whom (save_places.document_name),
        in the folder last used for this kind of document (or for any)."""
        key, suffix = self.document(), self.suffix()
        if key == CHECKLIST:
            month = Period.month_of(from_qdate(self.ui.monthEdit.date()))
            member = self.ui.memberCombo.currentText() if self.ui.memberCombo.currentData() else None
            name = document_name(key, suffix, period=month, member=member)
        elif key == SUMMARY:
            name = document_name(key, suffix, period=self.summary_period())
        elif key == NOTICE:
            who = str(self.ui.memberCombo.currentData() or "")
            label = self.ui.memberCombo.currentText().partition("：")[2] if who else None
            name = document_name(key, suffix, member=label)
        else:
            name = document_name(key, suffix)
        return start_folder(key) / name

    def _saved(self, kind: str, path: Path) -> None:
        remember_folder(kind, path)  # the next 另存为 of this kind (and of one not saved yet) starts there
        self.saved.emit(str(path))

    def _ask_where_to_save(self) -> None:
        suffix = self.suffix()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(self.suggested_path()), self.tr(str(_FORMATS[suffix]))
        )
        if not path:
            return
        if Path(path).suffix.lower() == suffix:  # the save dialog has asked before choosing an existing file
            self.save_to(Path(path), confirmed=True)
        else:  # a name typed without its type: given it, and asked about here if that file exists
            self.save_to(Path(path + suffix))

    def preview_pdf(self) -> Path:
        return Path(self._tmp.name) / f"{self.document()}.pdf"

    def preview(self) -> None:
        """Make the PDF, then show it in Qt's print preview (from where it can also be printed)."""

        def show(path: Path) -> None:
            # the dialog does not own its printer: keep it alive as long as the dialog
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            preview = QPrintPreviewDialog(self._printer, self)
            preview.setWindowTitle(self.tr("打印预览"))
            preview.paintRequested.connect(lambda printer: pdf_pages.paint(path, printer))
            fit_to_screen(preview, QSize(900, 1000), centre=True)  # a 1366×768 screen: as tall as it has room
            preview.open()
            self.preview_dialog = preview

        self._run(self.preview_pdf(), show, force=True)  # our own temporary file, remade each time

    def print_(self) -> None:
        def ask(path: Path) -> None:
            self._printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.accepted.connect(lambda: pdf_pages.paint(path, printer))
            dialog.setModal(True)
            dialog.show()
            self.print_dialog = dialog

        self._run(self.preview_pdf(), ask, force=True)
