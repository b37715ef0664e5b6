"""新增 / 编辑 a Party member (党员): name, phone and a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.people import add_member, update_member
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.forms.ui_member_dialog import Ui_MemberDialog
from hdrectify.ui.i18n import error_text


class MemberDialog(QDialog):
    """Add a member, or edit one (``member_id``)."""

    saved = Signal(str)  # the member's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, member_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui, self.ui.formError, fields={"nameEdit": self.ui.nameError})
        self.row = ctx.store.get("members", member_id) if member_id else None
        if self.row is not None:
            self.ui.nameEdit.setText(self.row["name"])
            self.ui.phoneEdit.setText(self.row["phone"])
            self.ui.noteEdit.setText(self.row["note"])
        self.ui.nameEdit.setFocus()
        self._set_texts()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("新增党员") if self.row is None else self.tr("编辑党员"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._set_texts()
        super().changeEvent(event)

    def accept(self) -> None:
        ui = self.ui
        self.errors.clear()
        if not ui.nameEdit.text().strip():
            self.errors.show("nameEdit", self.tr("党员姓名不能为空"))
            return
        try:
            with self.ctx.write() as store:
                if self.row is None:
                    row = add_member(
                        store, ui.nameEdit.text(), phone=ui.phoneEdit.text().strip(), note=ui.noteEdit.text().strip()
                    )
                else:
                    row = update_member(
                        store,
                        self.row["id"],
                        name=ui.nameEdit.text(),
                        phone=ui.phoneEdit.text(),
                        note=ui.noteEdit.text(),
                    )
        except InputError as e:
            self.errors.show("nameEdit", error_text(e))
            return
        self.ctx.notify(PEOPLE)
        self.saved.emit(row["id"])
        super().accept()
