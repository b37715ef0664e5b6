"""登记联系 (Ctrl+N): one contact or on-site visit, and the problems found on it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hdrectify.domain.cadence import Method
from hdrectify.domain.errors import InputError
from hdrectify.store.ledger import add_visit_problems
from hdrectify.store.records import log_contact
from hdrectify.ui import labels
from hdrectify.ui.context import CONTACTS, LEDGER, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_log_dialog import Ui_LogDialog
from hdrectify.ui.record_dialog import RecordDialog


class LogDialog(RecordDialog):
    """Emits :attr:`saved` with the new contact's id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_LogDialog(), parent)
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        for method in Method:
            self.ui.methodCombo.addItem(labels.method_choice_text(method.value), method.value)
        if self.ui.pairingCombo.count() == 0:
            self.errors.show("pairingCombo", self.tr("还没有任何挂钩：请先在“中心与党员”中建立挂钩"))

    def save(self) -> None:
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        centre_id = ids[1]
        day = from_qdate(self.ui.dateEdit.date())
        method = self.ui.methodCombo.currentData()
        note = self.ui.noteEdit.toPlainText().strip()
        problems = [line.strip() for line in self.ui.problemsEdit.toPlainText().splitlines() if line.strip()]
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
                contact = log_contact(store, member, centre, day, method, note, "\n".join(problems))
                if self.ui.toLedgerCheck.isChecked():
                    add_visit_problems(store, contact["problems"], contact, centre_id, person=member["name"])
        except InputError as e:
            self.errors.show_error(e, _FIELDS)
            return
        self.ctx.notify(CONTACTS)
        if problems and self.ui.toLedgerCheck.isChecked():
            self.ctx.notify(LEDGER)
        self.saved.emit(contact["id"])
        self.accept()


# Which widget shows a refusal about which field of the core.
_FIELDS = {"date": "dateEdit", "method": "methodCombo", "note": "noteEdit", "problems": "problemsEdit"}
