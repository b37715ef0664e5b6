"""登记年度考评: the annual review of one pairing, a score 0–100 with criteria notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.records import add_review, parse_score
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_review_dialog import Ui_ReviewDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.record_dialog import RecordDialog


class ReviewDialog(RecordDialog):
    """Emits :attr:`saved` with the new review's id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ReviewDialog(), parent)
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        # Reviews are written in January for the year before; later in the year, for this one.
        self.ui.yearSpin.setMaximum(today.year)
        self.ui.yearSpin.setValue(today.year - 1 if today.month <= 2 else today.year)
        self.ui.scoreEdit.returnPressed.connect(self.save)

    def save(self) -> None:
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        if not self.ui.scoreEdit.text().strip():
            self.errors.show("scoreEdit", self.tr("请填写考评分数（0 到 100 之间的整数）"))
            return
        try:
            score = parse_score(self.ui.scoreEdit.text())
        except InputError as e:
            self.errors.show("scoreEdit", error_text(e))
            return
        year = Period(Kind.YEAR, self.ui.yearSpin.value())
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
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
            self.errors.show_error(
                e,
                {
                    "date": "dateEdit",
                    "period": "yearSpin",
                    "score": "scoreEdit",
                    "criteria": "criteriaEdit",
                    "note": "noteEdit",
                },
            )
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()
