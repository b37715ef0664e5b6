"""整改台账: set 责任领导, 责任单位, 责任人 or 整改时限 on several measures at once.

The measures are chosen in the ledger tree (a problem brings all its measures, an area all
its problems'). A field left empty, or the deadline left unticked, stays as each measure
has it. It is one write: if any measure cannot take a value (a deadline before its problem
was found, say), the reason naming that measure is shown next to the field and nothing is
written. It emits :attr:`saved` with how many measures changed and is shown with ``open()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.ledger_edit import set_measures
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, to_qdate
from hdrectify.ui.forms.ui_bulk_measures_dialog import Ui_BulkMeasuresDialog

# A deadline starts a month out, as a new measure's does.
DEFAULT_DEADLINE_DAYS = 30
_FIELD_WIDGETS = {"leader": "leaderEdit", "unit": "unitEdit", "person": "personEdit", "deadline": "deadlineEdit"}


class BulkMeasuresDialog(QDialog):
    """The same owners or deadline for the measures given (their ids)."""

    saved = Signal(int)  # how many measures changed

    def __init__(self, ctx: AppContext, measure_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_ids = list(measure_ids)
        self.ui = ui = Ui_BulkMeasuresDialog()
        ui.setupUi(self)
        self.errors = FieldErrors(ui, ui.formError)
        ui.countLabel.setText(self.tr("将修改 {0} 项整改措施").format(len(self.measure_ids)))
        ui.deadlineEdit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        ok.setEnabled(bool(self.measure_ids))
        ui.buttonBox.accepted.connect(self.save)
        if not self.measure_ids:
            self.errors.show(None, self.tr("没有选中整改措施：请先在台账中选择措施、问题或方面"))
        ui.leaderEdit.setFocus()

    def save(self) -> None:
        ui = self.ui
        self.errors.clear()
        values = {
            "leader": ui.leaderEdit.text().strip() or None,
            "unit": ui.unitEdit.text().strip() or None,
            "person": ui.personEdit.text().strip() or None,
        }
        deadline = from_qdate(ui.deadlineEdit.date()) if ui.deadlineCheck.isChecked() else None
        if deadline is None and all(v is None for v in values.values()):
            self.errors.show("leaderEdit", self.tr("请至少填写一项要修改的内容，或勾选“设置整改时限”"))
            return
        try:
            with self.ctx.write() as store:
                changed = set_measures(store, self.measure_ids, deadline=deadline, **values)
        except InputError as e:
            self.errors.show_error(e, _FIELD_WIDGETS)
            return
        self.ctx.notify(LEDGER)
        self.saved.emit(changed)
        self.accept()
