"""更正走访记录: change a contact's date, method, note or problems, with a required reason.

The record keeps its member and centre; a new date must fall within a pairing of the
two. The audit log keeps the record as it was and the reason (store.record_list).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.store.people import pairing_with_names
from hdrectify.store.record_list import FieldError, correct_contact
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date
from hdrectify.ui.forms.ui_record_edit_dialog import Ui_RecordEditDialog
from hdrectify.ui.models.records_model import entered_text, method_text

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
        if row["deleted_at"] is not None:
            self.errors.show(None, self.tr("这条记录已删除，不能再更正"))
            save.setEnabled(False)

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
        except FieldError as e:
            self.errors.show(_WIDGETS.get(e.field), str(e))
            return
        except InputError as e:
            self.errors.show(None, str(e))
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(self.contact_id)
        self.accept()
