"""登记季度汇报: the quarterly report of one pairing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.records import add_report
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
        # The quarters a report may be for: this one and the eight before; the last finished one first.
        quarter = Period.quarter_of(today)
        quarters = [quarter]
        for _ in range(8):
            quarters.append(Period.quarter_of(quarters[-1].first_day - dt.timedelta(days=1)))
        for q in quarters:
            self.ui.quarterCombo.addItem(self.tr("{0}年第{1}季度").format(q.year, q.index), str(q))
        self.ui.quarterCombo.setCurrentIndex(1)

    def save(self) -> None:
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        quarter = Period.parse(self.ui.quarterCombo.currentData(), Kind.QUARTER)
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
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
