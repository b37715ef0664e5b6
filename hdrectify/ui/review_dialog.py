"""登记年度考评: the annual review of one pairing, a score 0–100 with criteria notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.records import add_review, parse_score
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import FieldErrors, fill_pairings, from_qdate, setup_date
from hdrectify.ui.forms.ui_review_dialog import Ui_ReviewDialog


class ReviewDialog(QDialog):
    """Emits :attr:`saved` with the new review's id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        today = dt.date.today()
        fill_pairings(self.ui.pairingCombo, ctx.store, ctx.me())
        setup_date(self.ui.dateEdit, today, latest=today)
        # Reviews are written in January for the year before; later in the year, for this one.
        self.ui.yearSpin.setMaximum(today.year)
        self.ui.yearSpin.setValue(today.year - 1 if today.month <= 2 else today.year)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.scoreEdit.returnPressed.connect(self.save)

    def save(self) -> None:
        self.errors.clear()
        data = self.ui.pairingCombo.currentData()
        if data is None:
            self.errors.show("pairingCombo", self.tr("请选择挂钩"))
            return
        if not self.ui.scoreEdit.text().strip():
            self.errors.show("scoreEdit", self.tr("请填写考评分数（0 到 100 之间的整数）"))
            return
        member_id, centre_id, _ = data
        try:
            score = parse_score(self.ui.scoreEdit.text())
        except InputError as e:
            self.errors.show("scoreEdit", str(e))
            return
        year = Period(Kind.YEAR, self.ui.yearSpin.value())
        try:
            with self.ctx.write() as store:
                member, centre = store.get("members", member_id), store.get("centres", centre_id)
                assert member is not None and centre is not None
                row = add_review(
                    store,
                    member,
                    centre,
                    year,
                    from_qdate(self.ui.dateEdit.date()),
                    score,
                    self.ui.noteEdit.toPlainText().strip(),
                    self.ui.criteriaEdit.toPlainText().strip(),
                )
        except InputError as e:
            message = str(e)
            self.errors.show("dateEdit" if "日期" in message else "yearSpin", message)
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()
