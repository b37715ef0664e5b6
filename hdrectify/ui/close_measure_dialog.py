"""销号 with 验收: close a measure, with its date, 验收人 (default: this computer's name), 验收意见 and a
written account; refused without evidence or a reason. A closed measure is locked until it is reopened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.exchange.identity import installation_name
from hdrectify.store.evidence import list_evidence
from hdrectify.store.ledger import close_measure
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date, to_qdate
from hdrectify.ui.forms.ui_close_measure_dialog import Ui_CloseMeasureDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.screen_fit import scroll_when_tall

# the core's field names → this dialog's widgets
_FIELDS = {"accepted_by": "acceptedByEdit", "opinion": "opinionEdit", "reason": "reasonEdit"}


class CloseMeasureDialog(QDialog):
    """Writes the 销号 itself and emits :attr:`closed` with the measure's id."""

    closed = Signal(str)

    def __init__(self, ctx: AppContext, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id = measure_id
        self.ui = Ui_CloseMeasureDialog()
        self.ui.setupUi(self)
        store = ctx.store
        measure = store.get("ledger_measures", measure_id) or {}
        self.ui.measureLabel.setText(self.tr("措施{0}：{1}").format(measure.get("no", ""), measure.get("text", "")))
        evidence = len(list_evidence(store, measure_id))
        if evidence:
            self.ui.evidenceLabel.setText(self.tr("已有 {0} 份佐证材料。销号说明可不填。").format(evidence))
        else:
            self.ui.evidenceLabel.setText(
                self.tr("尚无佐证材料：请写明销号说明（为什么已完成、依据是什么），或先添加佐证材料。")
            )
            self.ui.evidenceLabel.setStyleSheet("color: #8a6100;")
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        problem = store.get("ledger_problems", measure.get("problem_id", "")) if measure else None
        if problem and problem["found_on"]:
            self.ui.dateEdit.setMinimumDate(to_qdate(dt.date.fromisoformat(problem["found_on"])))
        self.ui.acceptedByEdit.setText(installation_name(store))
        self.errors = FieldErrors(self.ui, self.ui.formError)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("销号"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        # a long measure's text at 字号 200% is taller than a laptop's screen: scroll, do not squash
        scroll_when_tall(self, self.ui.buttonBox)
        self.ui.reasonEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                close_measure(
                    store,
                    self.measure_id,
                    from_qdate(self.ui.dateEdit.date()),
                    self.ui.reasonEdit.toPlainText(),
                    accepted_by=self.ui.acceptedByEdit.text(),
                    opinion=self.ui.opinionEdit.toPlainText(),
                )
        except InputError as e:
            # "no evidence and no reason" (no field) belongs to the reason field
            self.errors.show(_FIELDS.get(e.field or "", "reasonEdit"), error_text(e))
            return
        self.ctx.notify(LEDGER)
        self.closed.emit(self.measure_id)
        self.accept()
