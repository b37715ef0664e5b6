"""Phone photos into contact and visit records: dropped on a record, or on the grid and matched by their day.

On a record (its 更正 dialog, or the selected row of 走访记录) photos are attached to that record.
On the grid, the row under the drop gives the pairing and each photo's day (EXIF, see
exchange/photos.py) the record: ``ui/photo_suggestions.py``'s PhotoSuggestionDialog lists each
photo → record, with a checkbox and a changeable target (an existing record of that day, or a new one
of that date), for the user to confirm. Either way :func:`attach_photos` copies the photos in the
background with a progress bar (without GPS when the setting says so), then writes them, and any
record to create, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.exchange.photos import EXIF_DATETIME, EXIF_ORIGINAL, PreparedPhoto, prepare_photo
from hdrectify.exchange.photos import photo_files as expand_photo_files
from hdrectify.store.base import Row
from hdrectify.store.photos import NewRecord, create_record, list_photos, record_photo, remove_photo
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import zh_date
from hdrectify.ui.worker import Progress, Task, failure_text, run_with_progress

_FOLDER_SETTING = "photos/folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("Photos", text)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (web links left out)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.exists()]


def choose_photos(parent: QWidget) -> list[Path]:
    """添加照片…: the keyboard's way in, a file dialog for several photos."""
    settings = QSettings()
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        tr("添加照片"),
        str(settings.value(_FOLDER_SETTING, str(Path.home()))),
        tr("照片 (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC);;所有文件 (*)"),
    )
    if files:
        settings.setValue(_FOLDER_SETTING, str(Path(files[0]).parent))
    return [Path(f) for f in files]


def source_text(source: str) -> str:
    """Which date was used, in words."""
    if source == EXIF_ORIGINAL:
        return tr("拍摄时间")
    if source == EXIF_DATETIME:
        return tr("照片修改时间")
    return tr("文件修改时间")


@dataclass(frozen=True)
class PhotoJob:
    """One photo to attach: to an existing record, or to a record to create."""

    path: Path
    contact_id: str | None = None
    new: NewRecord | None = None


@dataclass
class PhotoResult:
    added: int = 0
    already: int = 0  # the same photo was already on that record
    created: int = 0  # records created for days with none
    problems: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [tr("已添加 {0} 张照片").format(self.added)]
        if self.created:
            lines.append(tr("新建了 {0} 条记录").format(self.created))
        if self.already:
            lines.append(tr("{0} 张照片已在记录中，未重复添加").format(self.already))
        if self.problems:
            lines.append(tr("以下文件未添加："))
            lines.extend(self.problems)
        return "\n".join(lines)


def show_result(parent: QWidget, result: PhotoResult) -> QMessageBox:
    """What was attached and what was refused, in a message box that does not block."""
    icon = QMessageBox.Icon.Warning if result.problems else QMessageBox.Icon.Information
    box = QMessageBox(icon, tr("添加照片"), result.text(), QMessageBox.StandardButton.Ok, parent.window())
    box.setObjectName("photoResult")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def attach_photos(
    parent: QWidget, ctx: AppContext, jobs: list[PhotoJob], on_done: Callable[[PhotoResult], None] | None = None
) -> Task | None:
    """Copy the photos in the background (with progress, cancellable), then record them in one write.

    The result is shown over ``parent`` and given to ``on_done``.
    """

    def finish(result: PhotoResult) -> None:
        show_result(parent, result)
        if on_done is not None:
            on_done(result)

    if not jobs:
        finish(PhotoResult(problems=[tr("没有找到照片：请选择 JPG、PNG 或 HEIC 照片，或装有照片的文件夹")]))
        return None
    try:
        ctx.check_writable()
    except InputError as e:
        finish(PhotoResult(problems=[failure_text(e)]))
        return None
    db_path = ctx.path
    strip = bool(ctx.store.setting("strip_photo_gps"))

    def work(progress: Progress) -> tuple[list[tuple[PhotoJob, PreparedPhoto]], list[str]]:
        prepared: list[tuple[PhotoJob, PreparedPhoto]] = []
        problems: list[str] = []
        for n, job in enumerate(jobs):
            if not progress(n, len(jobs)):
                break
            try:
                prepared.append((job, prepare_photo(db_path, job.path, strip)))
            except InputError as e:  # the other photos still go in
                problems.append(failure_text(e))
        progress(len(jobs), len(jobs))
        return prepared, problems

    def discard(outcome: tuple[list[tuple[PhotoJob, PreparedPhoto]], list[str]]) -> None:
        for _job, photo in outcome[0]:
            photo.staged.discard()

    def record(outcome: tuple[list[tuple[PhotoJob, PreparedPhoto]], list[str]]) -> None:
        prepared, problems = outcome
        result = PhotoResult(problems=list(problems))
        try:
            with ctx.write() as store:
                made: dict[NewRecord, str] = {}
                for job, photo in prepared:
                    contact_id = job.contact_id
                    if job.new is not None:
                        if job.new not in made:
                            made[job.new] = str(create_record(store, job.new)["id"])
                        contact_id = made[job.new]
                    assert contact_id is not None
                    row = record_photo(
                        store, contact_id, photo.staged, photo.taken.day, photo.taken.source, photo.gps_removed
                    )
                    if row is None:
                        result.already += 1
                    else:
                        result.added += 1
                result.created = len(made)
        except InputError as e:  # one transaction: nothing of it was written
            result = PhotoResult(problems=[*problems, failure_text(e)])
        finally:
            discard(outcome)
        if result.added or result.created:
            ctx.notify(CONTACTS)
        finish(result)

    return run_with_progress(
        parent,
        tr("正在添加照片…"),
        work,
        record,
        lambda message: finish(PhotoResult(problems=[message])),
        on_cancelled=discard,
    )


class PhotoDropFilter(QObject):
    """Photos (files or folders) dropped on ``widget`` are given to ``dropped(paths, position)``.

    ``accepts(position)`` says whether a drag there is welcome (a record is selected, a row is under it).
    """

    def __init__(
        self,
        widget: QWidget,
        dropped: Callable[[list[Path], QPoint], object],
        accepts: Callable[[QPoint], bool],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.dropped = dropped
        self.accepts = accepts
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.widget:
            return False
        # QDragEnterEvent is a QDragMoveEvent, and both are QDropEvents: the most specific first.
        if isinstance(event, QDragMoveEvent | QDragEnterEvent):
            if self.accepts(event.position().toPoint()) and dropped_paths(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            pos = event.position().toPoint()
            if not paths or not self.accepts(pos):
                event.ignore()
                return True
            event.acceptProposedAction()
            self.dropped(paths, pos)
            return True
        return False


def attach_to_record(
    parent: QWidget,
    ctx: AppContext,
    contact_id: str,
    paths: list[Path],
    on_done: Callable[[PhotoResult], None] | None = None,
) -> Task | None:
    """Photos (and the photos in folders) dropped on one record, attached to it."""
    return attach_photos(parent, ctx, [PhotoJob(p, contact_id) for p in expand_photo_files(paths)], on_done)


class RecordPhotosDialog(QDialog):
    """A record's photos: listed (name and day taken), opened in the system viewer (a read-only copy),
    and removed with a reason (soft delete: the row and the stored file stay for the audit trail).

    Emits :attr:`removed` after each removal.
    """

    removed = Signal()

    def __init__(self, ctx: AppContext, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPhotos")
        self.ctx = ctx
        self.contact_id = contact_id
        self.setWindowTitle(tr("这条记录的照片"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("照片列表"))
        self.list.itemDoubleClicked.connect(lambda _item: self.open_photo())
        self.open_button = QPushButton(tr("打开(&O)"))
        self.open_button.clicked.connect(self.open_photo)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("移除的原因（必填）"))
        self.reason_edit.setAccessibleName(tr("移除照片的原因"))
        self.remove_button = QPushButton(tr("移除(&R)"))
        self.remove_button.setEnabled(not ctx.read_only)
        self.remove_button.clicked.connect(self.remove_photo)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.reason_edit, 1)
        actions.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.refresh()
        if ctx.read_only:  # said, not only greyed out: why the photos cannot be removed here
            from hdrectify.ui.i18n import error_text

            self._say(error_text(InputError("db.read_only_window")))

    def refresh(self) -> None:
        self.list.clear()
        for row in list_photos(self.ctx.store, self.contact_id):
            text = str(row["file_name"])
            if row["taken_on"]:
                text = tr("{0}　{1}").format(text, zh_date(row["taken_on"]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        live = self.list.count() > 0
        self.open_button.setEnabled(live)
        self.remove_button.setEnabled(live and not self.ctx.read_only)

    def _selected(self) -> Row | None:
        item = self.list.currentItem()
        return None if item is None else self.ctx.store.get("contact_photos", item.data(Qt.ItemDataRole.UserRole))

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def open_photo(self) -> Path | None:
        """Open a read-only copy of the selected photo under its own name; returns the copy."""
        from hdrectify.ui.i18n import error_text
        from hdrectify.ui.viewing import open_copy

        row = self._selected()
        if row is None:
            return None
        try:
            copy = open_copy(self.ctx.store, row)
        except InputError as e:
            self._say(error_text(e))
            return None
        self._say("")
        return copy

    def remove_photo(self) -> None:
        """Remove the selected photo from the record, with the reason typed."""
        from hdrectify.ui.i18n import error_text

        row = self._selected()
        if row is None:
            return
        try:
            with self.ctx.write() as store:
                remove_photo(store, str(row["id"]), self.reason_edit.text())
        except InputError as e:
            self._say(error_text(e))
            self.reason_edit.setFocus()
            return
        self._say("")
        self.reason_edit.clear()
        self.ctx.notify(CONTACTS)
        self.refresh()
        self.removed.emit()
