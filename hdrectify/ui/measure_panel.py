"""整改台账: the page of one measure — its fields, progress notes, evidence, 销号 and reopening.

The page edits a measure's owners, deadline and status (保存, Ctrl+S), lists its dated
progress notes and its evidence files (added by a file dialog or by dropping files
anywhere on the ledger screen; opened with the system viewer), and closes (销号) or
reopens it. :class:`MeasurePanel` works on the widgets of the ledger screen's form
(forms/ledger.ui), which it shares with the tree; the screen (:mod:`hdrectify.ui.ledger`)
tells it which measure to show and reads the ledger again when it says it wrote.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTreeWidgetItem,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.store import faults
from hdrectify.store.base import Row
from hdrectify.store.evidence import StagedFile, copy_for_viewing, record_evidence, remove_evidence, stage_evidence
from hdrectify.store.ledger import measure_detail, reopen_measure, update_measure
from hdrectify.store.ledger_edit import is_notice_row
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.context import EVIDENCE, LEDGER, AppContext, Changes
from hdrectify.ui.form_support import FieldErrors, from_qdate, to_qdate, zh_date
from hdrectify.ui.forms.ui_ledger import Ui_LedgerPage
from hdrectify.ui.i18n import error_text
from hdrectify.ui.labels import timestamp_text
from hdrectify.ui.models.ledger_model import ID_ROLE, problem_title, status_icon, status_label
from hdrectify.ui.progress_dialog import ProgressDialog
from hdrectify.ui.worker import Progress, Task, run_with_progress

# A new deadline starts a month out: the usual time given for a rectification step.
DEFAULT_DEADLINE_DAYS = 30
_FIELD_WIDGETS = {"text": "textEdit", "leader": "leaderEdit", "unit": "unitEdit", "person": "personEdit"}
_FIELD_WIDGETS |= {"deadline": "deadlineEdit", "status": "statusCombo"}
_EDITABLE_STATUSES = (MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS, MeasureStatus.DONE)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def zh_stamp(stamp: str) -> str:
    """``2026-11-25T14:03:00+08:00`` as 2026年11月25日 14:03."""
    return timestamp_text(stamp)


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders, not web links) a drag carries."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def source_text(detail: Row) -> str:
    """Where a problem came from, as its page and its measures' pages say it (``detail`` of either)."""

    problem = detail["problem"]
    if problem["source"] == Source.VISIT.value:
        visit_day = detail["contact"]["date"] if detail["contact"] else problem["found_on"]
        centre = (
            detail["centre"]["name"] if detail["centre"] else QCoreApplication.translate("LedgerPage", "（未记中心）")
        )
        by = (
            QCoreApplication.translate("LedgerPage", "，{0}到岗发现").format(detail["member"])
            if detail["member"]
            else ""
        )
        return QCoreApplication.translate("LedgerPage", "来源：走访发现 — {0}，{1}{2}").format(
            centre, zh_date(visit_day), by
        )
    area = detail["area"]["title"] if detail["area"] else ""
    return QCoreApplication.translate("LedgerPage", "来源：巡察反馈（{0}反馈）— {1}").format(
        zh_date(problem["found_on"]), area
    )


class MeasurePanel(QObject):
    """The measure's page of the ledger screen ``page``, on that screen's form ``ui``.

    :attr:`measure_id` is the measure shown (None while the screen shows something else)
    and :attr:`dirty` says whether its fields hold unsaved edits.
    """

    changed = Signal()  # the ledger was written: the screen reads it again
    attached = Signal(int)  # files attached (copied in the background, then recorded): how many

    def __init__(self, ctx: AppContext, ui: Ui_LedgerPage, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self.page = page
        self.errors = FieldErrors(ui, ui.formError)
        self.measure_id: str | None = None
        self.dirty = False
        self._filling = False
        self._setup()
        page.setAcceptDrops(True)
        page.installEventFilter(self)  # files dropped anywhere on the screen

    def _setup(self) -> None:
        ui = self.ui
        for status in _EDITABLE_STATUSES:
            ui.statusCombo.addItem(status_icon(status), status_label(status), status.value)
        # 已完成 only through 销号: the item is there to be shown, not chosen.
        statuses = ui.statusCombo.model()
        assert isinstance(statuses, QStandardItemModel)  # a QComboBox's own model
        done_item = statuses.item(2)
        done_item.setEnabled(False)
        for edit in (ui.leaderEdit, ui.unitEdit, ui.personEdit):
            edit.setMaxLength(100)
            edit.setAcceptDrops(False)  # a dropped file is evidence, not text for the field
            edit.textEdited.connect(self._mark_dirty)
        ui.textEdit.setAcceptDrops(False)
        ui.textEdit.textChanged.connect(self._mark_dirty)
        ui.deadlineEdit.dateChanged.connect(self._mark_dirty)
        ui.noDeadlineCheck.toggled.connect(self._on_no_deadline)
        ui.statusCombo.currentIndexChanged.connect(self._mark_dirty)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self._close_measure)
        ui.reopenButton.clicked.connect(self._reopen_measure)
        ui.addProgressButton.clicked.connect(self._add_progress)
        ui.addEvidenceButton.clicked.connect(self._choose_evidence)
        ui.openEvidenceButton.clicked.connect(self._open_selected_evidence)
        ui.removeEvidenceButton.clicked.connect(self._remove_selected_evidence)
        ui.evidenceList.itemActivated.connect(lambda item, _col: self.open_evidence(item.data(0, ID_ROLE)))
        ui.evidenceList.itemSelectionChanged.connect(self._update_evidence_buttons)
        for view, wide_column in ((ui.progressList, 1), (ui.evidenceList, 0)):
            view.header().setStretchLastSection(False)
            view.header().setSectionResizeMode(wide_column, QHeaderView.ResizeMode.Stretch)
        for label in (ui.problemLabel, ui.measureHeading):
            label.setStyleSheet("font-weight: bold;")
        ui.savedLabel.setVisible(False)

    # -- showing a measure ------------------------------------------------------
    def show(self, measure_id: str, keep_edits: bool = False) -> None:
        """Show a measure (raises InputError if it is gone); ``keep_edits`` leaves the fields as typed."""
        detail = measure_detail(self.ctx.store, measure_id)
        m, problem = detail["measure"], detail["problem"]
        status = MeasureStatus(m["status"])
        ui = self.ui
        if not keep_edits:
            self.errors.clear()
            self._filling = True
            ui.textEdit.setPlainText(m["text"])
            ui.leaderEdit.setText(m["leader"])
            ui.unitEdit.setText(m["unit"])
            ui.personEdit.setText(m["person"])
            has_deadline = m["deadline"] is not None
            default = dt.date.today() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)
            ui.deadlineEdit.setDate(to_qdate(dt.date.fromisoformat(m["deadline"]) if has_deadline else default))
            ui.noDeadlineCheck.setChecked(not has_deadline)
            ui.deadlineEdit.setEnabled(has_deadline)
            ui.statusCombo.setCurrentIndex(_EDITABLE_STATUSES.index(status))
            self._filling = False
            self.dirty = False
            if self.measure_id != measure_id:
                ui.savedLabel.setVisible(False)
        seed_text = is_notice_row("ledger_measures", m, problem["no"])
        ui.textEdit.setReadOnly(seed_text)
        ui.textEdit.setToolTip(self.tr("通报原文，不能修改") if seed_text else "")
        ui.textEdit.setStyleSheet("QPlainTextEdit { background: palette(window); }" if seed_text else "")
        ui.problemLabel.setText(problem_title(problem))
        ui.sourceLabel.setText(source_text(detail))
        ui.measureHeading.setText(self.tr("整改措施 {0}").format(m["no"]))
        ui.statusCombo.setEnabled(status is not MeasureStatus.DONE)
        if status is MeasureStatus.DONE:
            reason = m["close_reason"] or self.tr("（附佐证材料）")
            ui.closedLabel.setText(self.tr("已于{0}销号：{1}").format(zh_date(m["closed_at"]), reason))
        else:
            ui.closedLabel.setText("")
        ui.closeButton.setVisible(status is not MeasureStatus.DONE)
        ui.reopenButton.setVisible(status is MeasureStatus.DONE)
        self._fill_progress(detail["progress"])
        self._fill_evidence(detail["evidence"])
        ui.detailStack.setCurrentWidget(ui.measurePage)
        self.measure_id = measure_id

    def leave(self) -> None:
        """The screen shows something else now: no measure, nothing unsaved."""
        self.measure_id = None
        self.dirty = False

    def _fill_progress(self, notes: list[Row]) -> None:
        lst = self.ui.progressList
        lst.clear()
        for note in notes:
            item = QTreeWidgetItem([zh_date(note["date"]), note["text"], note["author"]])
            item.setToolTip(1, note["text"])
            lst.addTopLevelItem(item)
        lst.resizeColumnToContents(0)
        if notes:
            lst.scrollToBottom()

    def _fill_evidence(self, rows: list[Row]) -> None:
        lst = self.ui.evidenceList
        lst.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [row["file_name"], human_size(row["size"]), zh_stamp(row["created_at"]), row["author"]]
            )
            item.setData(0, ID_ROLE, row["id"])
            item.setToolTip(0, row["note"] or row["file_name"])
            lst.addTopLevelItem(item)
        for col in (1, 2, 3):
            lst.resizeColumnToContents(col)
        self.ui.evidenceListError.setVisible(False)
        self._update_evidence_buttons()

    def _update_evidence_buttons(self) -> None:
        chosen = bool(self.ui.evidenceList.selectedItems())
        self.ui.openEvidenceButton.setEnabled(chosen)
        self.ui.removeEvidenceButton.setEnabled(chosen)

    # -- editing a measure ------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._filling:
            self.dirty = True
            self.ui.savedLabel.setVisible(False)

    def _on_no_deadline(self, checked: bool) -> None:
        self.ui.deadlineEdit.setEnabled(not checked)
        self._mark_dirty()

    def save(self, defer_refresh: bool = False) -> bool:
        """保存 the measure's fields; False (with the reason next to the field) if refused."""
        measure_id = self.measure_id
        if measure_id is None:
            return True
        ui = self.ui
        self.errors.clear()
        deadline = None if ui.noDeadlineCheck.isChecked() else from_qdate(ui.deadlineEdit.date())
        try:
            with self.ctx.write() as store:
                update_measure(
                    store,
                    measure_id,
                    text=ui.textEdit.toPlainText() if not ui.textEdit.isReadOnly() else None,
                    leader=ui.leaderEdit.text(),
                    unit=ui.unitEdit.text(),
                    person=ui.personEdit.text(),
                    deadline=deadline,
                    status=ui.statusCombo.currentData(),
                )
        except InputError as e:
            self.errors.show_error(e, _FIELD_WIDGETS)
            return False
        self.dirty = False
        ui.savedLabel.setText(self.tr("已保存"))
        ui.savedLabel.setVisible(True)
        if defer_refresh:
            # Called while the tree is changing its current row: reset the model once that is over.
            QTimer.singleShot(0, self._written)
        else:
            self._written()
        return True

    def _written(self, what: Changes = LEDGER) -> None:
        self.ctx.notify(what)
        self.changed.emit()

    def _close_measure(self) -> None:
        measure_id = self.measure_id
        if measure_id is None or (self.dirty and not self.save()):
            return
        dialog = CloseMeasureDialog(self.ctx, measure_id, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.closed.connect(self.changed)
        dialog.open()

    def _add_progress(self) -> None:
        measure_id = self.measure_id
        if measure_id is None or (self.dirty and not self.save()):
            return
        dialog = ProgressDialog(self.ctx, measure_id, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.changed)
        dialog.open()

    def _ask_reason(self, title: str, label: str, on_reason: Callable[[str], None]) -> QInputDialog:
        """A non-blocking prompt for a required reason; OK stays disabled while it is empty."""
        dialog = QInputDialog(self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(self.tr("确定"))
        dialog.setCancelButtonText(self.tr("取消"))
        dialog.textValueSelected.connect(on_reason)
        dialog.open()
        box = dialog.findChild(QDialogButtonBox)
        edit = dialog.findChild(QLineEdit)
        if box is not None and edit is not None:
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(False)
            edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        return dialog

    def _reopen_measure(self) -> None:
        measure_id = self.measure_id
        if measure_id is None:
            return

        def reopen(reason: str) -> None:
            try:
                with self.ctx.write() as store:
                    reopen_measure(store, measure_id, dt.date.today(), reason)
            except InputError as e:
                self.errors.show("statusCombo", error_text(e))
                return
            self._written()

        self._ask_reason(self.tr("重新打开"), self.tr("为什么要重新打开这项已销号的措施？"), reopen)

    # -- evidence -------------------------------------------------------------
    def attach_files(self, paths: list[Path]) -> Task | None:
        """Add files as evidence of the measure shown (one action); :attr:`attached` says how many.

        The files are copied and hashed in the background, with a progress bar that can cancel,
        outside any transaction; only then are they recorded, in one short write.
        """
        measure_id = self.measure_id
        if measure_id is None or not paths:
            return None
        try:
            self.ctx.check_writable()  # before copying anything
        except InputError as e:
            self._evidence_problems([error_text(e)])
            self.attached.emit(0)
            return None
        db_path = self.ctx.path
        sizes = [p.stat().st_size if p.is_file() else 0 for p in paths]

        def work(progress: Progress) -> tuple[list[StagedFile], list[str]]:
            staged: list[StagedFile] = []
            problems: list[str] = []
            total_kib = max(1, sum(sizes) >> 10)
            before = 0
            for path, size in zip(paths, sizes, strict=True):
                start = before

                def step(done: int, _total: int, start: int = start) -> bool:
                    return progress((start + done) >> 10, total_kib)

                try:
                    staged.append(stage_evidence(db_path, path, step))
                except InputError as e:  # the other files still go in
                    problems.append(error_text(e))
                if progress.cancelled():
                    break
                before += size
            return staged, problems

        def discard(result: tuple[list[StagedFile], list[str]]) -> None:
            for file in result[0]:
                file.discard()
            self.attached.emit(0)

        def failed(message: str) -> None:
            self._evidence_problems([message])
            self.attached.emit(0)

        return run_with_progress(
            self.page,
            self.tr("正在复制佐证材料…"),
            work,
            lambda result: self._record_files(measure_id, *result),
            failed,
            on_cancelled=discard,
        )

    def _record_files(self, measure_id: str, staged: list[StagedFile], problems: list[str]) -> None:
        """Record the copied files in one short transaction (renaming each into place)."""
        added = 0
        try:
            with self.ctx.write() as store:
                for file in staged:
                    try:
                        record_evidence(store, measure_id, file)
                        added += 1
                    except InputError as e:  # the same content already attached: the others still go in
                        problems.append(error_text(e))
        except InputError as e:  # read-only, a full disk, a locked database: nothing was recorded
            added = 0
            problems = [*problems, error_text(e)]
        finally:
            for file in staged:
                file.discard()
        if added:
            self._written(EVIDENCE)
        if problems:
            self._evidence_problems(problems)
        self.attached.emit(added)

    def _evidence_problems(self, problems: list[str]) -> None:
        self.ui.evidenceListError.setText("\n".join(problems))
        self.ui.evidenceListError.setVisible(True)

    def _choose_evidence(self) -> None:
        if self.measure_id is None:
            return
        settings = QSettings()
        files, _ = QFileDialog.getOpenFileNames(
            self.page,
            self.tr("添加佐证材料"),
            str(settings.value("ledger/evidence_folder", str(Path.home()))),
            self.tr("常用材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;所有文件 (*)"),
        )
        if files:
            settings.setValue("ledger/evidence_folder", str(Path(files[0]).parent))
            self.attach_files([Path(f) for f in files])

    def _selected_evidence(self) -> str | None:
        items = self.ui.evidenceList.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def _open_selected_evidence(self) -> None:
        evidence_id = self._selected_evidence()
        if evidence_id:
            self.open_evidence(evidence_id)

    def open_evidence(self, evidence_id: str) -> bool:
        """Open a read-only copy under its own name with the system viewer (the stored file stays untouched)."""
        row = self.ctx.store.get("evidence", evidence_id)
        if row is None:
            return False
        try:
            copy = copy_for_viewing(self.ctx.store, row, Path(tempfile.gettempdir()) / "hdrectify-evidence")
        except (InputError, OSError) as e:
            self.ui.evidenceListError.setText(
                error_text(e) if isinstance(e, InputError) else error_text(faults.refusal(e))
            )
            self.ui.evidenceListError.setVisible(True)
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.ui.evidenceListError.setText(self.tr("没有能打开“{0}”的程序").format(row["file_name"]))
            self.ui.evidenceListError.setVisible(True)
            return False
        return True

    def _remove_selected_evidence(self) -> None:
        evidence_id = self._selected_evidence()
        if evidence_id is None:
            return
        row = self.ctx.store.get("evidence", evidence_id) or {}

        def remove(reason: str) -> None:
            try:
                with self.ctx.write() as store:
                    remove_evidence(store, evidence_id, reason)
            except InputError as e:
                self.ui.evidenceListError.setText(error_text(e))
                self.ui.evidenceListError.setVisible(True)
                return
            self._written()

        self._ask_reason(
            self.tr("移除佐证材料"),
            self.tr("为什么移除“{0}”？（文件仍留存备查）").format(row.get("file_name", "")),
            remove,
        )

    # -- drag and drop: files dropped anywhere on a measure's page become its evidence ----------
    def _accepts(self, mime: QMimeData) -> bool:
        return self.measure_id is not None and bool(local_files(mime))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.page:
            return super().eventFilter(watched, event)
        # QDragEnterEvent is a QDragMoveEvent, and both are QDropEvents: the most specific first.
        if isinstance(event, QDragMoveEvent):
            if self._accepts(event.mimeData()):
                event.acceptProposedAction()
                if isinstance(event, QDragEnterEvent):
                    self.ui.evidenceGroup.setStyleSheet("QGroupBox { border: 2px dashed #1e6fd9; }")
            else:
                event.ignore()
            return True
        if isinstance(event, QDragLeaveEvent):
            self.ui.evidenceGroup.setStyleSheet("")
            return True
        if isinstance(event, QDropEvent):
            self._drop(event)
            return True
        return super().eventFilter(watched, event)

    def _drop(self, event: QDropEvent) -> None:
        self.ui.evidenceGroup.setStyleSheet("")
        paths = local_files(event.mimeData())
        if self.measure_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_files(paths)
