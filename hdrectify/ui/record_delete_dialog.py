"""删除走访记录: soft-delete a contact with a required reason; it stays in the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.record_list import FieldError, contact_with_names, delete_contact, linked_problems
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors, zh_date
from hdrectify.ui.forms.ui_record_delete_dialog import Ui_RecordDeleteDialog
from hdrectify.ui.models.records_model import method_text, one_line


class RecordDeleteDialog(QDialog):
    """Emits :attr:`deleted` with the contact's id once it is marked deleted."""

    deleted = Signal(str)

    def __init__(self, ctx: AppContext, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.ui = Ui_RecordDeleteDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        row = contact_with_names(ctx.store, contact_id)
        if row is None:
            raise KeyError(contact_id)
        self.ui.summaryLabel.setText(
            self.tr("{0}　{1} — {2}　{3}").format(
                zh_date(row["date"]), row["member"], row["centre"], method_text(row["method"])
            )
        )
        self.ui.noteLabel.setText(one_line(row["note"]) or self.tr("（没有情况记录）"))
        self.ui.noteLabel.setVisible(True)
        problems = linked_problems(ctx.store, contact_id)
        self.ui.linkedLabel.setText(
            self.tr("这次走访发现的 {0} 个问题已列入整改台账（{1}），删除记录不会删除台账中的问题。").format(
                len(problems), "、".join(problems)
            )
        )
        self.ui.linkedLabel.setVisible(bool(problems))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("删除"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.confirm)
        self.ui.reasonEdit.setFocus()

    def confirm(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                delete_contact(store, self.contact_id, self.ui.reasonEdit.text())
        except FieldError as e:
            self.errors.show("reasonEdit" if e.field == "reason" else None, str(e))
            return
        except InputError as e:
            self.errors.show(None, str(e))
            return
        self.ctx.notify(CONTACTS)
        self.deleted.emit(self.contact_id)
        self.accept()
