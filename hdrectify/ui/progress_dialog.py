"""添加整改进展: one dated progress note (整改进展) on a measure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.ledger import add_progress
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date
from hdrectify.ui.forms.ui_progress_dialog import Ui_ProgressDialog


class ProgressDialog(QDialog):
    """Writes the note itself and emits :attr:`added` with the new note's id."""

    added = Signal(str)

    def __init__(self, ctx: AppContext, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id = measure_id
        self.ui = Ui_ProgressDialog()
        self.ui.setupUi(self)
        measure = ctx.store.get("ledger_measures", measure_id) or {}
        self.ui.measureLabel.setText(self.tr("措施{0}：{1}").format(measure.get("no", ""), measure.get("text", "")))
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        # The note is several lines, so Enter makes a new line there; Ctrl+Enter saves from anywhere.
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        self.ui.textEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                row = add_progress(
                    store, self.measure_id, from_qdate(self.ui.dateEdit.date()), self.ui.textEdit.toPlainText()
                )
        except InputError as e:
            self.errors.show_error(e, {"date": "dateEdit", "text": "textEdit"})
            return
        self.ctx.notify(LEDGER)
        self.added.emit(row["id"])
        self.accept()
