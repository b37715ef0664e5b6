"""登记免除 (免): one pairing or every pairing, one obligation, a span, and a required reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.store.records import add_exemptions
from hdrectify.ui import labels
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_exemption_dialog import Ui_ExemptionDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.record_dialog import RecordDialog


class ExemptionDialog(RecordDialog):
    """Emits :attr:`saved` with how many exemptions were written."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ExemptionDialog(), parent)
        today = dt.date.today()
        for ob in Obligation:
            self.ui.obligationCombo.addItem(labels.obligation_text(ob.value), ob.value)
        self.ui.obligationCombo.setCurrentIndex(1)  # 到岗: the usual one (a centre closed for a month)
        setup_date(self.ui.fromEdit, today)
        setup_date(self.ui.toEdit, today)
        self.ui.allCheck.toggled.connect(self.ui.pairingCombo.setDisabled)
        self.ui.reasonEdit.returnPressed.connect(self.save)

    def save(self) -> None:
        self.errors.clear()
        start, end = from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())
        reason = self.ui.reasonEdit.text().strip()
        if end < start:
            self.errors.show("toEdit", self.tr("结束日期早于开始日期"))
            return
        if not reason:
            self.errors.show("reasonEdit", self.tr("请写明免除的原因"))
            return
        everyone = self.ui.allCheck.isChecked()
        ids = None if everyone else self.chosen_pairing()
        if not everyone and ids is None:
            return
        try:
            with self.ctx.write() as store:
                member = centre = None
                if ids is not None:
                    member, centre = self.member_and_centre(store, ids)
                rows = add_exemptions(store, member, centre, self.ui.obligationCombo.currentData(), start, end, reason)
        except InputError as e:
            self.errors.show("fromEdit", error_text(e))
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(len(rows))
        self.accept()
