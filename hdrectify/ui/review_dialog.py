"""登记年度考评: the annual review of one pairing, scored item by item against the rubric, or a plain score.

Item by item (the default): a spin box per item of the rubric in force (``store/rubric.py``), from
未打分 to the item's maximum, its guidance beside it and as the tooltip, the total shown as the
points change; every item must be scored. Unticked, a plain score 0–100 as before. 打印考评表
saves the pairing's 考评表 (PDF) for the year, pre-filled where it was scored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QSpinBox, QWidget

from hdrectify import documents
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.records import add_review, parse_score
from hdrectify.store.rubric import add_scored_review, current_rubric
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.form_support import from_qdate, setup_date
from hdrectify.ui.forms.ui_review_dialog import Ui_ReviewDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.record_dialog import RecordDialog
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import file_safe, remember_folder, start_folder
from hdrectify.ui.screen_fit import scroll_when_tall
from hdrectify.ui.worker import Progress, run_with_progress

NOT_SCORED = -1  # a spin box's value until its item is scored (shown as 未打分)


class ReviewDialog(RecordDialog):
    """Emits :attr:`saved` with the new review's id, :attr:`sheet_saved` with the path of a 考评表 saved."""

    saved = Signal(str)
    sheet_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, Ui_ReviewDialog(), parent)
        today = dt.date.today()
        setup_date(self.ui.dateEdit, today, latest=today)
        # Reviews are written in January for the year before; later in the year, for this one.
        self.ui.yearSpin.setMaximum(today.year)
        self.ui.yearSpin.setValue(today.year - 1 if today.month <= 2 else today.year)
        self.ui.scoreEdit.returnPressed.connect(self.save)
        self.spins: dict[str, QSpinBox] = {}
        rubric = current_rubric(ctx.store)
        self.ui.itemsBox.setTitle(self.tr("考评细则（第 %1 版）").replace("%1", str(rubric.version)))
        grid = self.ui.itemsGrid
        for row, item in enumerate(rubric.items):
            name = QLabel(item.name)
            spin = QSpinBox()
            spin.setObjectName(f"itemSpin{row + 1}")
            spin.setRange(NOT_SCORED, item.max_points)
            spin.setValue(NOT_SCORED)
            spin.setSpecialValueText(self.tr("未打分"))
            spin.setSuffix(self.tr(" / %1 分").replace("%1", str(item.max_points)))
            spin.setAccessibleName(item.name)
            spin.lineEdit().setAccessibleName(item.name)  # what a screen reader reaches inside the box
            name.setBuddy(spin)
            guidance = QLabel(item.guidance)
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: #5a5a5a;")
            for w in (name, spin, guidance):
                w.setToolTip(item.guidance)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(guidance, row, 2)
            spin.valueChanged.connect(self._show_total)
            self.spins[item.name] = spin
        grid.setColumnStretch(2, 1)
        self.ui.itemsCheck.toggled.connect(self._by_items)
        self.ui.sheetButton.clicked.connect(self._ask_where_to_save_sheet)
        self._by_items(self.ui.itemsCheck.isChecked())
        scroll_when_tall(self, self.ui.buttonBox)  # the rubric's rows at 字号 200%: taller than a laptop's screen

    def _by_items(self, on: bool) -> None:
        self.ui.itemsBox.setVisible(on)
        self.ui.totalLabel.setVisible(on)
        self.ui.scoreEdit.setEnabled(not on)
        self._show_total()

    def total(self) -> int | None:
        """The sum of the items' points; None while one is not scored."""
        values = [s.value() for s in self.spins.values()]
        return None if NOT_SCORED in values else sum(values)

    def _show_total(self) -> None:
        scored = sum(max(s.value(), 0) for s in self.spins.values())
        left = sum(s.value() == NOT_SCORED for s in self.spins.values())
        text = self.tr("合计：%1 分").replace("%1", str(scored))
        if left:
            text += self.tr("（还有 %1 项未打分）").replace("%1", str(left))
        self.ui.totalLabel.setText(text)
        if self.ui.itemsCheck.isChecked():
            self.ui.scoreEdit.setText(str(scored) if not left else "")

    def save(self) -> None:
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        by_items = self.ui.itemsCheck.isChecked()
        score = 0
        if not by_items:
            if not self.ui.scoreEdit.text().strip():
                self.errors.show("scoreEdit", self.tr("请填写考评分数（0 到 100 之间的整数）"))
                return
            try:
                score = parse_score(self.ui.scoreEdit.text())
            except InputError as e:
                self.errors.show("scoreEdit", error_text(e))
                return
        given = {name: s.value() for name, s in self.spins.items() if s.value() != NOT_SCORED}
        year = Period(Kind.YEAR, self.ui.yearSpin.value())
        day = from_qdate(self.ui.dateEdit.date())
        note, criteria = self.ui.noteEdit.toPlainText().strip(), self.ui.criteriaEdit.toPlainText().strip()
        try:
            with self.ctx.write() as store:
                member, centre = self.member_and_centre(store, ids)
                if by_items:
                    row = add_scored_review(store, member, centre, year, day, given, note, criteria)
                else:
                    row = add_review(store, member, centre, year, day, score, note, criteria)
        except InputError as e:
            self.errors.show_error(
                e,
                {
                    "date": "dateEdit",
                    "period": "yearSpin",
                    "score": "scoreEdit",
                    "items": "items",
                    "criteria": "criteriaEdit",
                    "note": "noteEdit",
                },
            )
            return
        self.ctx.notify(CONTACTS)
        self.saved.emit(row["id"])
        self.accept()

    # -- 打印考评表 --
    def suggested_sheet_path(self) -> Path:
        year = Period(Kind.YEAR, self.ui.yearSpin.value())
        name = f"考评表-{year.label_zh()}-{file_safe(self.ui.pairingCombo.currentText(), '挂钩')}.pdf"
        return start_folder("review_sheet") / name

    def _ask_where_to_save_sheet(self) -> None:
        if self.chosen_pairing() is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(self.suggested_sheet_path()), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            chosen = Path(path)
            self.save_sheet(chosen if chosen.suffix.lower() == ".pdf" else Path(path + ".pdf"), confirmed=True)

    def save_sheet(self, path: Path, *, confirmed: bool = False) -> None:
        """Save the chosen pairing's 考评表 of the chosen year to ``path`` (in the background)."""
        self.errors.clear()
        ids = self.chosen_pairing()
        if ids is None:
            return
        year = Period(Kind.YEAR, self.ui.yearSpin.value())
        db = self.ctx.path

        def work(progress: Progress) -> Path:
            progress(0, 0)
            with Store.open(db) as store:
                member, centre = self.member_and_centre(store, ids)
                documents.make_review_sheet(store, member, centre, year, path, force=True)
            return path

        def done(written: Path) -> None:
            remember_folder("review_sheet", written)
            self.sheet_saved.emit(str(written))

        def failed(message: str) -> None:
            self.errors.show(None, message, focus=False)

        self.question: QMessageBox | None = confirm_output(
            self,
            path,
            db,
            confirmed=confirmed,
            proceed=lambda: run_with_progress(self, self.tr("正在生成考评表…"), work, done, failed),
            refuse=failed,
        )
