"""What the dialogs that record something for a pairing share: the form, the pairing, Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from hdrectify.store.base import Row, Store
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import FieldErrors, fill_pairings


class RecordDialog(QDialog):
    """A dialog holding a form with ``pairingCombo``, ``formError``, ``<field>Error`` labels and a
    ``buttonBox`` whose Save calls :meth:`save`.

    Enter makes a new line in the text boxes; Ctrl+Enter saves from anywhere in the form (and Enter
    from a one-line field, Save being the default button)."""

    def __init__(self, ctx: AppContext, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = form
        self.ui.setupUi(self)
        fill_pairings(self.ui.pairingCombo, ctx.store, ctx.me())
        self.errors = FieldErrors(self.ui, self.ui.formError)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)

    def save(self) -> None:
        raise NotImplementedError

    def chosen_pairing(self) -> tuple[str, str] | None:
        """(member id, centre id) of the chosen pairing; shows the error and returns None if none is."""
        data = self.ui.pairingCombo.currentData()
        if data is None:
            self.errors.show("pairingCombo", self.tr("请选择挂钩"))
            return None
        return data[0], data[1]

    @staticmethod
    def member_and_centre(store: Store, ids: tuple[str, str]) -> tuple[Row, Row]:
        member, centre = store.get("members", ids[0]), store.get("centres", ids[1])
        assert member is not None and centre is not None  # the combo lists only existing pairings
        return member, centre
