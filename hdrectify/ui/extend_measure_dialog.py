"""延期: move a measure's deadline later, with the reason and who approved it (each extension is kept)."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from hdrectify.store.acceptance import extend_measure, original_deadline
from hdrectify.store.base import Store
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import from_qdate, setup_date, zh_date
from hdrectify.ui.forms.ui_extend_measure_dialog import Ui_ExtendMeasureDialog
from hdrectify.ui.measure_act_dialog import _MeasureActDialog


class ExtendMeasureDialog(_MeasureActDialog):
    """Writes the extension itself and emits :attr:`written` with the measure's id."""

    FIELDS: ClassVar[dict[str, str]] = {"to": "toEdit", "reason": "reasonEdit", "approved_by": "approvedByEdit"}

    def __init__(self, ctx: AppContext, measure_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, measure_id, Ui_ExtendMeasureDialog(), parent)
        self.ok.setText(self.tr("延期"))
        current = self.measure.get("deadline")
        first = original_deadline(ctx.store, self.measure) if self.measure else None
        text = self.tr("当前整改时限：{0}").format(zh_date(current))
        if first and first != current:
            text += self.tr("（原定{0}）").format(zh_date(first))
        self.ui.currentLabel.setText(text)
        start = dt.date.fromisoformat(current) + dt.timedelta(days=30) if current else dt.date.today()
        setup_date(self.ui.toEdit, start)

    def act(self, store: Store) -> None:
        extend_measure(
            store,
            self.measure_id,
            from_qdate(self.ui.toEdit.date()),
            self.ui.reasonEdit.toPlainText(),
            self.ui.approvedByEdit.text(),
        )
