"""挂钩: pair a member with a centre, end a pairing, or hand a centre to another member (改派).

SPEC: a centre has at most one pairing on any day. Reassigning ends the old pairing
the day before the new one starts, both in one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row
from hdrectify.store.people import (
    active_pairing,
    add_pairing,
    centres,
    centres_paired_since,
    end_pairing,
    members,
    reassign_centre,
)
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, select_data, setup_date, to_qdate
from hdrectify.ui.forms.ui_pairing_dialog import Ui_PairingDialog
from hdrectify.ui.models.table_model import date_text

Mode = Literal["new", "end", "reassign"]


class PairingDialog(QDialog):
    """``mode`` "new" pairs a member with a centre; "end" ends ``pairing_id``; "reassign" hands a centre over."""

    saved = Signal(str)  # the id of the pairing created or ended

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        mode: Mode = "new",
        pairing_id: str | None = None,
        centre_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.ui = Ui_PairingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        # the two dates share one label; naming the date a refusal is about puts the cursor there
        self.errors = FieldErrors(
            ui,
            ui.formError,
            fields={
                "centreCombo": ui.centreError,
                "memberCombo": ui.memberError,
                "fromDate": ui.datesError,
                "toDate": ui.datesError,
            },
        )
        today = dt.date.today()
        setup_date(ui.fromDate, today)
        setup_date(ui.toDate, today)
        self.pairing: Row | None = ctx.store.get("pairings", pairing_id) if pairing_id else None
        if mode == "end" and self.pairing is None:
            raise ValueError("ending needs the pairing")
        self._fill_centres(centre_id or (self.pairing["centre_id"] if self.pairing else None))
        self._fill_members(self.pairing["member_id"] if self.pairing else None)
        if mode == "end":
            assert self.pairing is not None
            start = dt.date.fromisoformat(self.pairing["start_on"])
            end = dt.date.fromisoformat(self.pairing["end_on"]) if self.pairing["end_on"] else max(today, start)
            ui.fromDate.setDate(to_qdate(start))
            ui.toCheck.setChecked(True)
            ui.toDate.setDate(to_qdate(end))
            for widget in (ui.centreCombo, ui.memberCombo, ui.fromDate, ui.toCheck):
                widget.setEnabled(False)
            ui.toDate.setFocus()
        elif mode == "reassign":
            ui.toCheck.hide()
            ui.toDate.hide()
            ui.centreCombo.currentIndexChanged.connect(self._show_current)
            ui.fromDate.dateChanged.connect(self._show_current)
            (ui.memberCombo if centre_id else ui.centreCombo).setFocus()
        else:
            ui.centreCombo.setFocus()
        if mode != "reassign":  # who looks after the centre now matters only when handing it over
            ui.currentLabel.hide()
            ui.currentValue.hide()
        self._set_texts()

    def _fill_centres(self, selected: str | None) -> None:
        combo = self.ui.centreCombo
        rows = centres(self.ctx.store)
        if self.mode == "reassign":
            # only centres that someone looks after today or later can be handed over
            paired = centres_paired_since(self.ctx.store, dt.date.today())
            rows = [r for r in rows if r["id"] in paired]
        self._centre_rows = rows
        combo.clear()
        for r in rows:
            combo.addItem(r["name"] + (self.tr("（已撤销）") if r["closed_on"] else ""), r["id"])
        select_data(combo, selected)

    def _fill_members(self, selected: str | None) -> None:
        combo = self.ui.memberCombo
        rows = members(self.ctx.store)
        names = [r["name"] for r in rows]
        combo.clear()
        for r in rows:
            # two members of the same name are told apart by their phone
            label = f"{r['name']}（{r['phone']}）" if names.count(r["name"]) > 1 and r["phone"] else r["name"]
            combo.addItem(label, r["id"])
        select_data(combo, selected)

    def _set_texts(self) -> None:
        ui = self.ui
        fmt = self.tr("yyyy年M月d日")
        ui.fromDate.setDisplayFormat(fmt)
        ui.toDate.setDisplayFormat(fmt)
        if self.mode == "end":
            self.setWindowTitle(self.tr("结束挂钩"))
            ui.hintLabel.setText(
                self.tr("选择挂钩的最后一天。该日之后已有联系、汇报或考评记录的，不能结束在该日之前。")
            )
        elif self.mode == "reassign":
            self.setWindowTitle(self.tr("改派挂钩党员"))
            ui.hintLabel.setText(
                self.tr("中心改由另一名党员挂钩：原挂钩在改派日期的前一天结束，新挂钩从改派日期开始，两步一起保存。")
            )
            ui.memberLabel.setText(self.tr("改由党员(&M)："))
            ui.fromLabel.setText(self.tr("改派日期(&F)："))
            self._show_current()
        else:
            self.setWindowTitle(self.tr("新建挂钩"))
            ui.hintLabel.setText(self.tr("同一个中心同一天只能有一名挂钩党员；一名党员可以挂钩多个中心。"))
        # said at once, without taking the cursor: nothing in the form can be chosen yet
        if not self._centre_rows:
            self.errors.show("centreCombo", self._no_centres_text(), focus=False)
        if ui.memberCombo.count() == 0:
            self.errors.show("memberCombo", self.tr("还没有党员：请先在“党员”页新增"), focus=False)

    def _no_centres_text(self) -> str:
        if self.mode == "reassign":
            return self.tr("没有正在挂钩的中心：请用“新建挂钩”")
        return self.tr("还没有康园中心：请先在“康园中心”页新增")

    def _show_current(self) -> None:
        """In reassign mode: who looks after the centre on the chosen day, and when that ends."""
        centre_id = self.ui.centreCombo.currentData()
        if self.ctx.closed:
            return
        start = from_qdate(self.ui.fromDate.date())
        current = active_pairing(self.ctx.store, centre_id, start) if centre_id else None
        if current is None:
            self.ui.currentValue.setText(self.tr("该日没有挂钩党员"))
        else:
            self.ui.currentValue.setText(
                self.tr("{0}，自{1}起；原挂钩将于{2}结束").format(
                    current["member"], date_text(current["start_on"]), date_text(start - dt.timedelta(days=1))
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.errors.clear()
            self._set_texts()
        super().changeEvent(event)

    def accept(self) -> None:
        ui = self.ui
        self.errors.clear()
        centre_id, member_id = ui.centreCombo.currentData(), ui.memberCombo.currentData()
        if centre_id is None:
            self.errors.show("centreCombo", self._no_centres_text())
        if member_id is None:
            self.errors.show("memberCombo", self.tr("请选择党员"))
        if centre_id is None or member_id is None:
            return
        start = from_qdate(ui.fromDate.date())
        end = from_qdate(ui.toDate.date()) if ui.toCheck.isChecked() else None
        if self.mode == "new" and end is not None and end < start:
            self.errors.show("toDate", self.tr("结束日期早于开始日期：请检查日期"))
            return
        if self.mode == "reassign":
            current = active_pairing(self.ctx.store, centre_id, start)
            if current is not None and current["member_id"] == member_id:
                self.errors.show("memberCombo", self.tr("该党员在改派日期已挂钩此中心：请选择另一名党员"))
                return
        try:
            with self.ctx.write() as store:
                if self.mode == "end":
                    assert self.pairing is not None and end is not None
                    row = end_pairing(store, self.pairing["id"], end)
                elif self.mode == "reassign":
                    row = reassign_centre(store, centre_id, member_id, start)
                else:
                    member, centre = store.get("members", member_id), store.get("centres", centre_id)
                    assert member is not None and centre is not None
                    row = add_pairing(store, member, centre, start, end)
        except InputError as e:
            self.errors.show("toDate" if self.mode == "end" else "fromDate", str(e))
            return
        self.ctx.notify(PEOPLE)
        self.saved.emit(row["id"])
        super().accept()
