"""延期: move a measure's deadline later, with the reason and who approved it (each extension is kept)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.acceptance import extend_measure, original_deadline
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date, zh_date
from hdrectify.ui.forms.ui_extend_measure_dialog import Ui_ExtendMeasureDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.screen_fit import scroll_when_tall

# the core's field names → this dialog's widgets
_FIELDS = {"to": "toEdit", "reason": "reasonEdit", "approved_by": "approvedByEdit"}


class ExtendMeasureDialog(QDialog):
    """Writes the extension itself and emits :attr:`extended` with the measure's id."""

    extended = Signal(str)

    def __init__(self, ctx: AppContext, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id = measure_id
        self.ui = Ui_ExtendMeasureDialog()
        self.ui.setupUi(self)
        measure = ctx.store.get("ledger_measures", measure_id) or {}
        self.ui.measureLabel.setText(self.tr("措施{0}：{1}").format(measure.get("no", ""), measure.get("text", "")))
        current = measure.get("deadline")
        first = original_deadline(ctx.store, measure) if measure else None
        text = self.tr("当前整改时限：{0}").format(zh_date(current))
        if first and first != current:
            text += self.tr("（原定{0}）").format(zh_date(first))
        self.ui.currentLabel.setText(text)
        start = dt.date.fromisoformat(current) + dt.timedelta(days=30) if current else dt.date.today()
        setup_date(self.ui.toEdit, start)
        self.errors = FieldErrors(self.ui, self.ui.formError)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("延期"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        # a long measure's text at 字号 200% is taller than a laptop's screen: scroll, do not squash
        scroll_when_tall(self, self.ui.buttonBox)
        self.ui.reasonEdit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                extend_measure(
                    store,
                    self.measure_id,
                    from_qdate(self.ui.toEdit.date()),
                    self.ui.reasonEdit.toPlainText(),
                    self.ui.approvedByEdit.text(),
                )
        except InputError as e:
            self.errors.show(_FIELDS.get(e.field or ""), error_text(e))
            return
        self.ctx.notify(LEDGER)
        self.extended.emit(self.measure_id)
        self.accept()
