"""新增 / 编辑 / 撤销 a community rehabilitation centre (康园中心)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.people import (
    add_centre,
    check_centre_name,
    check_town,
    close_centre,
    reopen_centre,
    towns,
    update_centre,
)
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.form_support import FieldErrors, from_qdate, setup_date, to_qdate
from hdrectify.ui.forms.ui_centre_dialog import Ui_CentreDialog


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
        self.errors = FieldErrors(
            self.ui,
            self.ui.formError,
            fields={"nameEdit": self.ui.nameError, "townCombo": self.ui.townError, "closedDate": self.ui.closedError},
        )
        store = ctx.store
        self.ui.townCombo.addItems(towns(store))
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
        self.errors.clear()
        store = self.ctx.store
        name = town = ""
        bad = False
        try:
            name = check_centre_name(store, ui.nameEdit.text(), ignore_id=self.centre_id or "")
        except InputError as e:
            self.errors.show("nameEdit", str(e))
            bad = True
        try:
            town = check_town(ui.townCombo.currentText())
        except InputError as e:
            self.errors.show("townCombo", str(e), focus=not bad)  # the cursor goes to the first wrong field
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
        field: str | None = None  # a refusal before the closing date is checked is about the whole form
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
                field = "closedDate"
                if closed_on is not None and closed_on.isoformat() != old_closed:
                    close_centre(store, centre_id, closed_on)
                elif closed_on is None and old_closed:
                    reopen_centre(store, centre_id)
        except InputError as e:
            self.errors.show(field, str(e))
            return
        self.ctx.notify(PEOPLE)
        self.saved.emit(centre_id)
        super().accept()
