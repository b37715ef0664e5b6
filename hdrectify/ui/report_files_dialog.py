"""汇报文件: the files a quarterly report was submitted with — listed, opened, and removed with a reason.

Opened from the records of a report's cell in the cadence grid (:mod:`hdrectify.ui.cell_records_dialog`).
A file attached by mistake is removed as evidence is (the same reason prompt, ``form_support.ask_reason``):
a soft delete through ``store.report_files.remove_report_file``, the row and the stored file kept. The
office may remove any; a member's laptop only its own member's, and says why when it may not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row
from hdrectify.store.report_files import removal_refusal, remove_report_file, report_files
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.evidence_list import human_size
from hdrectify.ui.form_support import ask_reason
from hdrectify.ui.i18n import error_text
from hdrectify.ui.labels import timestamp_text
from hdrectify.ui.viewing import open_copy


class ReportFilesDialog(QDialog):
    """The live files of the report ``report_id``; emits :attr:`removed` with a file's id once it is removed."""

    removed = Signal(str)

    def __init__(self, ctx: AppContext, report_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFiles")
        self.ctx, self.report_id = ctx, report_id
        self.setWindowTitle(self.tr("汇报文件"))
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reportFilesList")
        self.list.setAccessibleName(self.tr("汇报文件列表"))
        self.list.itemActivated.connect(lambda _item: self.open_file())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty = QLabel(self.tr("这份汇报没有文件。"))
        self.open_button = QPushButton(self.tr("打开(&O)"))
        self.open_button.setObjectName("openReportFileButton")
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self.tr("移除(&R)…"))
        self.remove_button.setObjectName("removeReportFileButton")
        self.remove_button.setAccessibleDescription(self.tr("从汇报上移除附错的文件（须写明原因，文件仍留存备查）"))
        self.remove_button.clicked.connect(self.ask_to_remove)
        self.note = QLabel()  # why this computer may not remove them: said, not only greyed out
        self.note.setObjectName("removeNote")
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 320)
        # Why the files cannot be removed here, or None: asked by refresh() (on opening, after a removal),
        # not on every change of selection.
        self._refusal: InputError | None = None
        self.refresh()

    def _ask_refusal(self) -> InputError | None:
        """Why the files cannot be removed here (a read-only window, another member's report), or None."""
        if self.ctx.read_only:
            return InputError("db.read_only_window")
        return removal_refusal(self.ctx.store, self.report_id)

    def refresh(self) -> None:
        """List the report's live files again and ask once more whether this computer may remove them."""
        self._refusal = self._ask_refusal()
        self.list.clear()
        for row in report_files(self.ctx.store, self.report_id):
            text = self.tr("{0}　{1}　{2}　{3}").format(
                row["file_name"], human_size(row["size"]), timestamp_text(row["created_at"]), row["author"]
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        live = self.list.count() > 0
        self.list.setVisible(live)
        self.empty.setVisible(not live)
        if live:
            self.list.setCurrentRow(0)
        refusal = self._refusal
        self.note.setText(error_text(refusal) if refusal is not None and live else "")
        self.note.setVisible(bool(self.note.text()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        refusal = self._refusal
        self.remove_button.setEnabled(chosen and refusal is None)
        self.remove_button.setToolTip(error_text(refusal) if refusal is not None else "")

    def _selected(self) -> Row | None:
        item = self.list.currentItem()
        return None if item is None else self.ctx.store.get("report_files", item.data(Qt.ItemDataRole.UserRole))

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def open_file(self) -> Path | None:
        """Open a read-only copy of the chosen file under its own name; returns the copy."""
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

    def ask_to_remove(self) -> None:
        """Ask why, then remove the chosen file (the evidence's reason prompt)."""
        row = self._selected()
        if row is None:
            return
        file_id = str(row["id"])

        def remove(reason: str) -> None:
            try:
                with self.ctx.write() as store:
                    remove_report_file(store, file_id, reason)
            except InputError as e:
                self._say(error_text(e))
                return
            self._say("")
            self.ctx.notify(CONTACTS)
            self.refresh()
            self.removed.emit(file_id)

        ask_reason(
            self,
            self.tr("移除汇报文件"),
            self.tr("为什么移除“{0}”？（文件仍留存备查）").format(row["file_name"]),
            remove,
        )
