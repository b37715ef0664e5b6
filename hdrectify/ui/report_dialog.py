"""登记季度汇报: the quarterly report of one pairing, its Word draft (生成草稿) and the file submitted.

生成草稿 writes the draft (documents.make_report_draft) off the UI thread to a file the user
chooses; the member edits it and, when saving the report, chooses the final file under 汇报文件:
it is copied beside the database off the UI thread, then recorded with the report in one write.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from hdrectify import documents
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.evidence import StagedFile, stage_evidence
from hdrectify.store.people import pairing_of
from hdrectify.store.records import add_report, reported_quarters
from hdrectify.store.report_files import record_report_file
from hdrectify.ui import labels
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_report_dialog import Ui_ReportDialog
from hdrectify.ui.record_dialog import RecordDialog
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import file_safe, remember_folder, start_folder
from hdrectify.ui.worker import Progress, Task, run_with_progress

DRAFT_KIND = "draft"  # the drafts' folder, remembered apart from the other documents' (save_places)
_FIELDS = {"date": "dateEdit", "period": "quarterCombo", "note": "noteEdit", "file": "fileEdit", "path": "fileEdit"}


def draft_name(quarter: Period, centre: str, member: str) -> str:
    """``季度汇报草稿-2024年第1季度-<中心>-<党员>.docx``: Chinese whatever the window's language."""
    return f"季度汇报草稿-{quarter.label_zh()}-{file_safe(centre)}-{file_safe(member)}.docx"


class ReportDialog(RecordDialog):
    """Emits :attr:`saved` with the new report's id, :attr:`drafted` with the path of a draft written."""

    saved = Signal(str)
    drafted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ReportDialog(), parent)
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        self._today = today
        self.task: Task | None = None
        self.question: QMessageBox | None = None
        self.ui.pairingCombo.currentIndexChanged.connect(self._fill_quarters)
        self.ui.fileButton.clicked.connect(self._choose_file)
        self.ui.draftButton.clicked.connect(self._ask_where_to_draft)
        self._fill_quarters()

    def _fill_quarters(self) -> None:
        """The quarters the chosen pairing owes (SPEC: active on the quarter's last day), this one
        and up to eight before it, never a future one. Chosen first: the newest finished one not
        reported yet; when every finished one is, this one; else the last finished one."""
        combo = self.ui.quarterCombo
        combo.clear()
        data = self.ui.pairingCombo.currentData()
        row = self.ctx.store.get("pairings", data[2]) if data is not None else None
        if row is None:
            return
        pairing = pairing_of(row)
        quarter = Period.quarter_of(self._today)
        quarters = [quarter]
        for _ in range(8):
            quarters.append(Period.quarter_of(quarters[-1].first_day - dt.timedelta(days=1)))
        for q in quarters:
            if pairing.owes(q):
                combo.addItem(labels.quarter_text(q.year, q.index), str(q))
        reported = reported_quarters(self.ctx.store, row["id"])
        offered = [str(q) for q in quarters if pairing.owes(q)]
        to_report = [q for q in offered if q not in reported]
        finished = [q for q in to_report if q != str(quarter)]
        first = finished[0] if finished else to_report[0] if to_report else str(quarters[1])
        index = combo.findData(first)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _chosen(self) -> tuple[tuple[str, str], Period] | None:
        """The chosen pairing's (member id, centre id) and quarter; the error shown and None if either is missing."""
        ids = self.chosen_pairing()
        if ids is None:
            return None
        if self.ui.quarterCombo.currentData() is None:
            self.errors.show("quarterCombo", self.tr("这个挂钩没有需要汇报的季度"))
            return None
        return ids, Period.parse(self.ui.quarterCombo.currentData(), Kind.QUARTER)

    # -- 生成草稿 ---------------------------------------------------------------
    def suggested_draft_path(self) -> Path | None:
        chosen = self._chosen()
        if chosen is None:
            return None
        member, centre = self.member_and_centre(self.ctx.store, chosen[0])
        return start_folder(DRAFT_KIND) / draft_name(chosen[1], centre["name"], member["name"])

    def _ask_where_to_draft(self) -> None:
        self.errors.clear()
        suggested = self.suggested_draft_path()
        if suggested is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存汇报草稿"), str(suggested), self.tr("Word 文档 (*.docx)")
        )
        if not path:
            return
        if Path(path).suffix.lower() == ".docx":  # the save dialog has asked before choosing an existing file
            self.save_draft_to(Path(path), confirmed=True)
        else:  # a name typed without its type: given it, and asked about here if that file exists
            self.save_draft_to(Path(path + ".docx"))

    def save_draft_to(self, path: Path, *, confirmed: bool = False) -> None:
        """Write the draft of the chosen pairing and quarter to ``path`` in the background."""
        self.errors.clear()
        chosen = self._chosen()
        if chosen is None:
            return
        (member_id, centre_id), quarter = chosen
        db = self.ctx.path

        def work(progress: Progress) -> Path:
            progress(0, 0)
            with Store.open(db) as store:
                member, centre = self.member_and_centre(store, (member_id, centre_id))
                documents.make_report_draft(store, member, centre, quarter, path, force=True)
            return path

        def done(written: Path) -> None:
            remember_folder(DRAFT_KIND, written)
            self.ui.draftStatus.setText(
                self.tr("已生成草稿：{0}。修改定稿后，在“汇报文件”中选择它再保存。").format(written)
            )
            self.drafted.emit(str(written))

        def run() -> None:
            self.task = run_with_progress(self, self.tr("正在生成汇报草稿…"), work, done, self.ui.formError.setText)

        self.question = confirm_output(
            self, path, self.ctx.path, confirmed=confirmed, proceed=run, refuse=self.ui.formError.setText
        )

    # -- 汇报文件 ---------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择汇报文件"),
            str(start_folder(DRAFT_KIND)),
            self.tr("汇报文件 (*.docx *.doc *.pdf *.wps *.ofd);;所有文件 (*)"),
        )
        if path:
            self.ui.fileEdit.setText(path)

    # -- 保存 -------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        chosen = self._chosen()
        if chosen is None:
            return
        source = self.ui.fileEdit.text().strip()
        if not source:
            self._record(chosen, None)
            return
        db = self.ctx.path
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)

        def work(progress: Progress) -> StagedFile:
            return stage_evidence(db, Path(source), progress)

        def done(staged: StagedFile) -> None:
            save.setEnabled(True)
            self._record(chosen, staged)

        def failed(message: str) -> None:
            save.setEnabled(True)
            self.errors.show("fileEdit", message)

        def cancelled(staged: StagedFile) -> None:
            save.setEnabled(True)
            staged.discard()

        self.task = run_with_progress(self, self.tr("正在复制汇报文件…"), work, done, failed, on_cancelled=cancelled)

    def _record(self, chosen: tuple[tuple[str, str], Period], staged: StagedFile | None) -> None:
        """The report and its file, in one write."""
        ids, quarter = chosen
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
                row = add_report(
                    store, member, centre, quarter, from_qdate(self.ui.dateEdit.date()), self.ui.noteEdit.toPlainText()
                )
                if staged is not None:
                    record_report_file(store, row["id"], staged)
        except InputError as e:
            self.errors.show_error(e, _FIELDS)
            return
        finally:
            if staged is not None:
                staged.discard()
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()
