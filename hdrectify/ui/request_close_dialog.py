"""申请销号… on a member's laptop: why the measure is done, and the evidence files that show it.

The dialog only gathers them; :class:`~hdrectify.ui.close_requests_box.CloseRequestsBox` copies the
files off the UI thread (``store.evidence.stage_evidence``) and records the request with them in one
short write (``store.close_requests.request_close``), as evidence is attached on the measure's page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.ui.i18n import error_text

FOLDER_KEY = "ledger/evidence_folder"  # where 添加佐证材料 looked last: the same folder here


class RequestCloseDialog(QDialog):
    """A written reason, or evidence files, or both; 申请销号 is enabled once there is one of them.

    申请销号 emits :attr:`submitted`; whoever records the request closes the dialog (``accept``) once it
    is recorded, or says here why not (:meth:`refuse`, :meth:`failed`), the reason and files kept."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestCloseDialog")
        self.setWindowTitle(self.tr("申请销号"))
        self.paths: list[Path] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("写明已如何整改到位，并附上佐证材料（照片、会议纪要、验收记录等），二者至少有一："), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(self.tr("申请理由(&R)："), self)
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setAccessibleName(self.tr("申请理由"))
        self.reasonEdit.setTabChangesFocus(True)
        reason_label.setBuddy(self.reasonEdit)
        layout.addWidget(reason_label)
        layout.addWidget(self.reasonEdit)
        files_label = QLabel(self.tr("佐证材料(&F)："), self)
        self.filesList = QListWidget(self)
        self.filesList.setObjectName("filesList")
        self.filesList.setAccessibleName(self.tr("佐证材料"))
        files_label.setBuddy(self.filesList)
        layout.addWidget(files_label)
        layout.addWidget(self.filesList)
        row = QHBoxLayout()
        self.addButton = QPushButton(self.tr("添加文件(&A)…"), self)
        self.addButton.setAccessibleName(self.tr("添加佐证材料"))
        self.removeButton = QPushButton(self.tr("移除(&D)"), self)
        self.removeButton.setAccessibleName(self.tr("移除选中的佐证材料"))
        row.addWidget(self.addButton)
        row.addWidget(self.removeButton)
        row.addStretch(1)
        layout.addLayout(row)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("formError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet("color: #b3261e;")
        self.errorLabel.setVisible(False)
        layout.addWidget(self.errorLabel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("申请销号"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.addButton.clicked.connect(self._choose)
        self.removeButton.clicked.connect(self._remove)
        self.reasonEdit.textChanged.connect(self._enable)
        self.filesList.currentRowChanged.connect(lambda _row: self._enable())
        self.resize(520, 380)
        self._enable()

    def _submit(self) -> None:
        self.errorLabel.setVisible(False)
        self.submitted.emit()

    def refuse(self, error: InputError) -> None:
        """Not recorded: say why, at the reason when it is the reason's fault."""
        self.failed(error_text(error))
        if error.field == "reason":
            self.reasonEdit.setFocus()

    def failed(self, message: str) -> None:
        self.setEnabled(True)
        self.errorLabel.setText(message)
        self.errorLabel.setVisible(True)

    @property
    def reason(self) -> str:
        return self.reasonEdit.toPlainText()

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.filesList.addItem(path.name)
        self._enable()

    def _choose(self) -> None:
        settings = QSettings()
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("添加佐证材料"),
            str(settings.value(FOLDER_KEY, str(Path.home()))),
            self.tr("常用材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd *.zip);;所有文件 (*)"),
        )
        if files:
            settings.setValue(FOLDER_KEY, str(Path(files[0]).parent))
            self.add_files([Path(f) for f in files])

    def _remove(self) -> None:
        row = self.filesList.currentRow()
        if 0 <= row < len(self.paths):
            del self.paths[row]
            self.filesList.takeItem(row)
        self._enable()

    def _enable(self) -> None:
        self.ok.setEnabled(bool(self.paths) or bool(self.reason.strip()))
        self.removeButton.setEnabled(self.filesList.currentRow() >= 0)
