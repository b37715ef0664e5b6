"""更正走访记录: change a contact's date, method, note or problems, with a required reason.

The record keeps its member and centre; a new date must fall within a pairing of the
two. The audit log keeps the record as it was and the reason (store.record_list).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.store.people import pairing_with_names
from hdrectify.store.photos import list_photos
from hdrectify.store.record_list import correct_contact
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date
from hdrectify.ui.forms.ui_record_edit_dialog import Ui_RecordEditDialog
from hdrectify.ui.models.records_model import entered_text, method_text
from hdrectify.ui.photos import PhotoDropFilter, RecordPhotosDialog, attach_to_record, choose_photos

# store.record_list's field names → the widgets whose "<name>Error" label shows the message
_WIDGETS = {
    "date": "dateEdit",
    "method": "methodCombo",
    "note": "noteEdit",
    "problems": "problemsEdit",
    "reason": "reasonEdit",
}


class RecordEditDialog(QDialog):
    """Emits :attr:`saved` with the contact's id once the correction is written."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.ui = Ui_RecordEditDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        store = ctx.store
        row = store.get("contacts", contact_id)
        if row is None:
            raise KeyError(contact_id)
        self.original = row
        names = pairing_with_names(store, row["pairing_id"])
        if names is None:
            raise KeyError(row["pairing_id"])
        self.ui.pairingLabel.setText(self.tr("{0} — {1}").format(names["member"], names["centre"]))
        self.ui.enteredLabel.setText(
            self.tr("由 {0} 于 {1} 录入").format(row["author"], entered_text(row["recorded_at"]))
        )
        today = dt.date.today()
        setup_date(self.ui.dateEdit, dt.date.fromisoformat(row["date"]), latest=today)
        for method in Method:
            self.ui.methodCombo.addItem(method_text(method.value), method.value)
        self.ui.methodCombo.setCurrentIndex(self.ui.methodCombo.findData(row["method"]))
        self.ui.noteEdit.setPlainText(row["note"])
        self.ui.problemsEdit.setPlainText(row["problems"])
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存更正"))
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self._add_photo_row(live=row["deleted_at"] is None)
        if row["deleted_at"] is not None:
            self.errors.show(None, self.tr("这条记录已删除，不能再更正"))
            save.setEnabled(False)

    # -- photos: dropped on the dialog, or chosen with 添加照片… (saved at once, not with 保存更正) --------
    def _add_photo_row(self, live: bool) -> None:
        row = QHBoxLayout()
        self.photos_label = QLabel(self)
        self.photos_label.setObjectName("photosLabel")
        self.photos_button = QPushButton(self.tr("添加照片…"), self)
        self.photos_button.setObjectName("addPhotosButton")
        self.photos_button.setAccessibleName(self.tr("为这条记录添加照片"))
        self.photos_button.setEnabled(live)
        self.photos_button.clicked.connect(lambda: self.add_photos(choose_photos(self)))
        self.view_photos_button = QPushButton(self.tr("查看照片…"), self)
        self.view_photos_button.setObjectName("viewPhotosButton")
        self.view_photos_button.setAccessibleName(self.tr("查看、打开或移除这条记录的照片"))
        self.view_photos_button.clicked.connect(self.show_photos)
        row.addWidget(self.photos_label, 1)
        row.addWidget(self.view_photos_button)
        row.addWidget(self.photos_button)
        self.ui.layout.insertLayout(self.ui.layout.indexOf(self.ui.formError), row)
        for edit in (self.ui.noteEdit, self.ui.problemsEdit, self.ui.reasonEdit):
            edit.setAcceptDrops(False)  # a dropped photo is for the record, not text for the field
        PhotoDropFilter(self, lambda paths, _pos: self.add_photos(paths), lambda _pos: live)
        self._show_photos()

    def _show_photos(self) -> None:
        count = len(list_photos(self.ctx.store, self.contact_id))
        self.view_photos_button.setEnabled(count > 0)
        self.photos_label.setText(
            self.tr("已附照片 {0} 张（可把照片拖到此处）").format(count)
            if count
            else self.tr("还没有照片（可把照片拖到此处）")
        )

    def show_photos(self) -> RecordPhotosDialog:
        """The record's photos: open one, or remove one with a reason."""
        dialog = RecordPhotosDialog(self.ctx, self.contact_id, self)
        dialog.removed.connect(self._show_photos)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_photos(self, paths: list[Path]) -> None:
        """Attach photos to this record now, in the background; the count is shown again afterwards."""
        if paths:
            attach_to_record(self, self.ctx, self.contact_id, paths, lambda _result: self._show_photos())

    def changes(self) -> dict[str, object]:
        """The fields that differ from the record as it was."""
        now: dict[str, object] = {
            "date": from_qdate(self.ui.dateEdit.date()).isoformat(),
            "method": self.ui.methodCombo.currentData(),
            "note": self.ui.noteEdit.toPlainText().strip(),
            "problems": "\n".join(
                line.strip() for line in self.ui.problemsEdit.toPlainText().splitlines() if line.strip()
            ),
        }
        return {k: v for k, v in now.items() if v != self.original[k]}

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                correct_contact(store, self.contact_id, self.changes(), self.ui.reasonEdit.text())
        except InputError as e:
            self.errors.show_error(e, _WIDGETS)
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(self.contact_id)
        self.accept()
