"""登记季度汇报: the quarterly report of one pairing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.records import add_report
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors, fill_pairings, from_qdate, setup_date
from hdrectify.ui.forms.ui_report_dialog import Ui_ReportDialog


class ReportDialog(QDialog):
    """Emits :attr:`saved` with the new report's id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        today = dt.date.today()
        fill_pairings(self.ui.pairingCombo, ctx.store, ctx.me())
        setup_date(self.ui.dateEdit, today, latest=today)
        # The quarters a report may be for: this one and the eight before; the last finished one first.
        quarter = Period.quarter_of(today)
        quarters = [quarter]
        for _ in range(8):
            quarters.append(Period.quarter_of(quarters[-1].first_day - dt.timedelta(days=1)))
        for q in quarters:
            self.ui.quarterCombo.addItem(self.tr("{0}年第{1}季度").format(q.year, q.index), str(q))
        self.ui.quarterCombo.setCurrentIndex(1)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)

    def save(self) -> None:
        self.errors.clear()
        data = self.ui.pairingCombo.currentData()
        if data is None:
            self.errors.show("pairingCombo", self.tr("请选择挂钩"))
            return
        member_id, centre_id, _ = data
        quarter = Period.parse(self.ui.quarterCombo.currentData(), Kind.QUARTER)
        try:
            with self.ctx.write() as store:
                member, centre = store.get("members", member_id), store.get("centres", centre_id)
                assert member is not None and centre is not None
                row = add_report(
                    store, member, centre, quarter, from_qdate(self.ui.dateEdit.date()), self.ui.noteEdit.toPlainText()
                )
        except InputError as e:
            message = str(e)
            self.errors.show("dateEdit" if "日期" in message else "quarterCombo", message)
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()
