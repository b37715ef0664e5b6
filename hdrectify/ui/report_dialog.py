"""登记季度汇报: the quarterly report of one pairing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.people import pairing_of
from hdrectify.store.records import add_report
from hdrectify.ui import labels
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_report_dialog import Ui_ReportDialog
from hdrectify.ui.record_dialog import RecordDialog


class ReportDialog(RecordDialog):
    """Emits :attr:`saved` with the new report's id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ReportDialog(), parent)
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        self._today = today
        self.ui.pairingCombo.currentIndexChanged.connect(self._fill_quarters)
        self._fill_quarters()

    def _fill_quarters(self) -> None:
        """The quarters the chosen pairing owes (SPEC: active on the quarter's last day), this one
        and up to eight before it, never a future one; the last finished one chosen first."""
        combo = self.ui.quarterCombo
        combo.clear()
        data = self.ui.pairingCombo.currentData()
        row = self.ctx.store.get("pairings", data[2]) if data is not None else None
        if row is None:
            return
        pairing = pairing_of(row)
        quarter = Period.quarter_of(self._today)
        quarters = [quarter]
        for _ in range(8):
            quarters.append(Period.quarter_of(quarters[-1].first_day - dt.timedelta(days=1)))
        for q in quarters:
            if pairing.owes(q):
                combo.addItem(labels.quarter_text(q.year, q.index), str(q))
        finished = combo.findData(str(quarters[1]))
        combo.setCurrentIndex(finished if finished >= 0 else 0)

    def save(self) -> None:
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        if self.ui.quarterCombo.currentData() is None:
            self.errors.show("quarterCombo", self.tr("这个挂钩没有需要汇报的季度"))
            return
        quarter = Period.parse(self.ui.quarterCombo.currentData(), Kind.QUARTER)
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
                row = add_report(
                    store, member, centre, quarter, from_qdate(self.ui.dateEdit.date()), self.ui.noteEdit.toPlainText()
                )
        except InputError as e:
            self.errors.show_error(e, {"date": "dateEdit", "period": "quarterCombo", "note": "noteEdit"})
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()
