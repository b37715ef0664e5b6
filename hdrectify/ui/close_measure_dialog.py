"""销号 with 验收: close a measure, with its date, 验收人 (default: this computer's name), 验收意见 and a
written account; refused without evidence or a reason. A closed measure is locked until it is reopened."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from hdrectify.exchange.identity import installation_name
from hdrectify.store.base import Store
from hdrectify.store.evidence import list_evidence
from hdrectify.store.ledger import close_measure
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import from_qdate, setup_date, to_qdate
from hdrectify.ui.forms.ui_close_measure_dialog import Ui_CloseMeasureDialog
from hdrectify.ui.measure_act_dialog import _MeasureActDialog


class CloseMeasureDialog(_MeasureActDialog):
    """Writes the 销号 itself and emits :attr:`written` with the measure's id."""

    FIELDS: ClassVar[dict[str, str]] = {
        "accepted_by": "acceptedByEdit",
        "opinion": "opinionEdit",
        "reason": "reasonEdit",
    }
    DEFAULT_FIELD = "reasonEdit"  # "no evidence and no reason" (no field) belongs to the reason field

    def __init__(self, ctx: AppContext, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, measure_id, Ui_CloseMeasureDialog(), parent)
        self.ok.setText(self.tr("销号"))
        store = ctx.store
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
        problem = store.get("ledger_problems", self.measure.get("problem_id", "")) if self.measure else None
        if problem and problem["found_on"]:
            self.ui.dateEdit.setMinimumDate(to_qdate(dt.date.fromisoformat(problem["found_on"])))
        self.ui.acceptedByEdit.setText(installation_name(store))

    def act(self, store: Store) -> None:
        close_measure(
            store,
            self.measure_id,
            from_qdate(self.ui.dateEdit.date()),
            self.ui.reasonEdit.toPlainText(),
            accepted_by=self.ui.acceptedByEdit.text(),
            opinion=self.ui.opinionEdit.toPlainText(),
        )
