"""整改台账: a measure's evidence files — the list, adding (file dialog or drop), opening and removing.

:class:`EvidenceList` works on the evidence widgets of the ledger screen's form
(forms/ledger.ui), which it shares with the measure's page
(:class:`~hdrectify.ui.measure_panel.MeasurePanel`); that page tells it which measure is shown
and hears from it what it wrote (:attr:`EvidenceList.written`). Files are copied and hashed in
the background outside any transaction, then recorded in one short write.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store import faults
from hdrectify.store.base import Row
from hdrectify.store.evidence import StagedFile, copy_for_viewing, record_evidence, remove_evidence, stage_evidence
from hdrectify.ui.context import EVIDENCE, LEDGER, AppContext
from hdrectify.ui.form_support import ask_reason
from hdrectify.ui.forms.ui_ledger import Ui_LedgerPage
from hdrectify.ui.i18n import error_text
from hdrectify.ui.labels import timestamp_text
from hdrectify.ui.models.ledger_model import ID_ROLE
from hdrectify.ui.worker import Progress, Task, run_with_progress


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


class EvidenceList(QObject):
    """The evidence of the measure :attr:`measure_id` (None while no measure is shown), on the form ``ui``.

    Files dropped anywhere on ``page`` become that measure's evidence.
    """

    attached = Signal(int)  # files attached (copied in the background, then recorded): how many
    written = Signal(object)  # the ``Changes`` of a write it made

    def __init__(self, ctx: AppContext, ui: Ui_LedgerPage, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.ui = ui
        self.page = page
        self.measure_id: str | None = None
        self.locked = False  # the measure is closed (销号): its evidence stays until it is reopened
        ui.addEvidenceButton.clicked.connect(self._choose_evidence)
        ui.openEvidenceButton.clicked.connect(self._open_selected_evidence)
        ui.removeEvidenceButton.clicked.connect(self._remove_selected_evidence)
        ui.evidenceList.itemActivated.connect(lambda item, _col: self.open_evidence(item.data(0, ID_ROLE)))
        ui.evidenceList.itemSelectionChanged.connect(self._update_buttons)
        ui.evidenceList.header().setStretchLastSection(False)
        ui.evidenceList.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        page.setAcceptDrops(True)
        page.installEventFilter(self)  # files dropped anywhere on the screen

    def show(self, measure_id: str, rows: list[Row]) -> None:
        """List the evidence ``rows`` of the measure ``measure_id``."""
        self.measure_id = measure_id
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
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.evidenceList.selectedItems())
        self.ui.openEvidenceButton.setEnabled(chosen)
        self.ui.removeEvidenceButton.setEnabled(chosen and not self.locked)  # a closed measure keeps its evidence

    def _problems(self, problems: list[str]) -> None:
        self.ui.evidenceListError.setText("\n".join(problems))
        self.ui.evidenceListError.setVisible(True)

    # -- adding ---------------------------------------------------------------
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
            self._problems([error_text(e)])
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
            self._problems([message])
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
            self.written.emit(EVIDENCE)
        if problems:
            self._problems(problems)
        self.attached.emit(added)

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

    # -- opening and removing ---------------------------------------------------
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
            self._problems([error_text(e) if isinstance(e, InputError) else error_text(faults.refusal(e))])
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self._problems([self.tr("没有能打开“{0}”的程序").format(row["file_name"])])
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
                self._problems([error_text(e)])
                return
            self.written.emit(LEDGER)

        ask_reason(
            self.page,
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
