"""新增 / 编辑 / 撤销 a community rehabilitation centre (康园中心).

Also home of the small helpers the people dialogs share: errors shown next to
fields, and dates between Qt and Python.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.people import (
    add_centre,
    check_centre_name,
    check_town,
    close_centre,
    reopen_centre,
    update_centre,
)
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.forms.ui_centre_dialog import Ui_CentreDialog


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def setup_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day))


def clear_errors(labels: list[QLabel]) -> None:
    for label in labels:
        label.clear()
        label.hide()


def show_error(label: QLabel, message: str, field: QWidget | None = None) -> None:
    """A red message next to the field it is about; the cursor goes to that field."""
    label.setText(message)
    label.show()
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)


class CentreDialog(QDialog):
    """Add a centre, or edit one (``centre_id``); ``closing`` opens it ready to close the centre."""

    saved = Signal(str)  # the centre's id

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, centre_id: str | None = None, *, closing: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.centre_id = centre_id
        self.closing = closing
        self.ui = Ui_CentreDialog()
        self.ui.setupUi(self)
        self._errors = [self.ui.nameError, self.ui.townError, self.ui.closedError, self.ui.formError]
        clear_errors(self._errors)
        store = ctx.store
        towns = [r["town"] for r in store.rows("SELECT DISTINCT town FROM centres ORDER BY town")]
        self.ui.townCombo.addItems(towns)
        self.ui.townCombo.setCurrentIndex(-1)
        self.ui.townCombo.setEditText("")
        self.row = store.get("centres", centre_id) if centre_id else None
        setup_date(self.ui.closedDate, dt.date.today())
        if self.row is not None:
            ui, row = self.ui, self.row
            ui.nameEdit.setText(row["name"])
            ui.townCombo.setEditText(row["town"])
            ui.addressEdit.setText(row["address"])
            ui.contactEdit.setText(row["contact_person"])
            ui.phoneEdit.setText(row["contact_phone"])
            ui.noteEdit.setText(row["note"])
            if row["closed_on"]:
                ui.closedCheck.setChecked(True)
                ui.closedDate.setDate(to_qdate(dt.date.fromisoformat(row["closed_on"])))
        if closing:
            self.ui.closedCheck.setChecked(True)
            self.ui.closedDate.setFocus()
        else:
            self.ui.nameEdit.setFocus()
        self._set_texts()

    def _set_texts(self) -> None:
        """The texts that depend on the mode (set again when the language changes)."""
        if self.closing:
            self.setWindowTitle(self.tr("撤销康园中心"))
            self.ui.hintLabel.setText(
                self.tr("撤销后不能再挂钩：现有挂钩在撤销日期当天结束。撤销日期之后已有联系记录的，请先核对记录。")
            )
        elif self.row is None:
            self.setWindowTitle(self.tr("新增康园中心"))
            self.ui.hintLabel.setText(self.tr("名称不能与已有中心重复；所在镇（街道）可从列表选择，也可直接输入。"))
        else:
            self.setWindowTitle(self.tr("编辑康园中心"))
            self.ui.hintLabel.setText(self.tr("修改中心信息；挂钩请在“挂钩”页调整。"))
        self.ui.closedDate.setDisplayFormat(self.tr("yyyy年M月d日"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_texts()
        super().changeEvent(event)

    def accept(self) -> None:
        """Check every field, then write all of it in one transaction, or nothing."""
        ui = self.ui
        clear_errors(self._errors)
        store = self.ctx.store
        name = town = ""
        bad = False
        try:
            name = check_centre_name(store, ui.nameEdit.text(), ignore_id=self.centre_id or "")
        except InputError as e:
            show_error(ui.nameError, str(e), ui.nameEdit)
            bad = True
        try:
            town = check_town(ui.townCombo.currentText())
        except InputError as e:
            show_error(ui.townError, str(e), None if bad else ui.townCombo)
            bad = True
        if bad:
            return
        closed_on = from_qdate(ui.closedDate.date()) if ui.closedCheck.isChecked() else None
        address, person, phone = (
            ui.addressEdit.text().strip(),
            ui.contactEdit.text().strip(),
            ui.phoneEdit.text().strip(),
        )
        note = ui.noteEdit.text().strip()
        target, field = ui.formError, None
        try:
            with self.ctx.write() as store:
                if self.row is None:
                    centre_id = add_centre(
                        store, name, town, address=address, contact_person=person, contact_phone=phone
                    )["id"]
                    if note:
                        update_centre(store, centre_id, note=note)
                else:
                    centre_id = self.row["id"]
                    update_centre(
                        store,
                        centre_id,
                        name=name,
                        town=town,
                        address=address,
                        contact_person=person,
                        contact_phone=phone,
                        note=note,
                    )
                old_closed = self.row["closed_on"] if self.row else None
                target, field = ui.closedError, ui.closedDate
                if closed_on is not None and closed_on.isoformat() != old_closed:
                    close_centre(store, centre_id, closed_on)
                elif closed_on is None and old_closed:
                    reopen_centre(store, centre_id)
        except InputError as e:
            show_error(target, str(e), field)
            return
        self.ctx.notify(PEOPLE)
        self.saved.emit(centre_id)
        super().accept()
