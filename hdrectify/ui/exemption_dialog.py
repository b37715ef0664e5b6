"""登记免除 (免): one pairing or every pairing, one obligation, a span, and a required reason.

节假日建议 offers the weeks (and months) a year's statutory holidays mostly close
(:mod:`hdrectify.domain.holidays`): choosing one fills in the form — every pairing, the
obligation, the period's dates and the reason — and nothing is written until the office
saves, through the same path as any exemption. A year the installed holiday data does not
list is said so beside the year.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.store.holidays import Offered, offered_exemptions
from hdrectify.store.records import add_exemptions
from hdrectify.ui import labels
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date, to_qdate
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
        self._offered: list[Offered] = []
        self.ui.holidayYearSpin.setValue(today.year)
        self.ui.holidayYearSpin.valueChanged.connect(self._fill_suggestions)
        self.ui.suggestionCombo.activated.connect(self._use_suggestion)
        self.ui.suggestionCombo.currentIndexChanged.connect(self._use_suggestion)
        self._fill_suggestions()

    def _fill_suggestions(self) -> None:
        """The chosen year's suggestions in the combo; an unknown year said beside it."""
        combo = self.ui.suggestionCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("（不使用建议）"), None)
        self.errors.clear()
        try:
            self._offered = offered_exemptions(self.ctx.store, self.ui.holidayYearSpin.value())
        except InputError as e:
            self._offered = []
            self.errors.show("suggestionCombo", error_text(e), focus=False)
        for n, offer in enumerate(self._offered):
            s = offer.suggestion
            text = self.tr("{0}（{1}）{2}：{3}").format(
                labels.period_text(s.period),
                labels.span(labels.short_date(s.start, year=s.start.year), labels.short_date(s.end, year=s.start.year)),
                labels.obligation_text(s.obligation.value),
                s.reason,
            )
            if offer.accepted:
                text = labels.aside(text, self.tr("已登记"))
            combo.addItem(text, n)
            if offer.accepted:  # recorded already: shown, not offered twice
                item = model.item(combo.count() - 1) if isinstance(model := combo.model(), QStandardItemModel) else None
                if item is not None:
                    item.setEnabled(False)
        if not self._offered and not self.ui.suggestionComboError.isVisible():
            combo.setItemText(0, self.tr("（本年没有大部分放假的周或月）"))
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        view = combo.view()  # the list shows each suggestion whole, however narrow the box
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def _use_suggestion(self, _index: int = 0) -> None:
        """Fill the form in from the chosen suggestion; the office checks it and saves."""
        n = self.ui.suggestionCombo.currentData()
        if n is None:
            return
        s = self._offered[n].suggestion
        self.ui.allCheck.setChecked(True)
        self.ui.obligationCombo.setCurrentIndex(self.ui.obligationCombo.findData(s.obligation.value))
        self.ui.fromEdit.setDate(to_qdate(s.start))
        self.ui.toEdit.setDate(to_qdate(s.end))
        self.ui.reasonEdit.setText(s.reason)

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
