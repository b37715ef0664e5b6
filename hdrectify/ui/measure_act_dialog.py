"""The frame the 销号 and 延期 dialogs share: an act on one measure, written by the dialog itself.

The measure is named at the top; the OK button carries the act's name and is the default, and
Ctrl+Enter saves from the multi-line fields too; a long measure's text at 字号 200% scrolls rather
than squashing the form. The act is one write; an InputError is shown next to the field the core
names (``FIELDS`` maps the core's field names to the form's widgets); once written, the ledger is
told (a ``LEDGER`` notice) and :attr:`written` carries the measure's id.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store
from hdrectify.ui.context import LEDGER, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.i18n import error_text
from hdrectify.ui.screen_fit import scroll_when_tall


class _MeasureActDialog(QDialog):
    """Subclasses give their form, the OK button's text, ``FIELDS`` and :meth:`act` (private: a base,
    not a dialog of its own)."""

    written = Signal(str)

    # the core's field names → the form's widgets; an error naming none goes next to DEFAULT_FIELD
    FIELDS: ClassVar[dict[str, str]] = {}
    DEFAULT_FIELD: ClassVar[str | None] = None

    def __init__(self, ctx: AppContext, measure_id: str, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure_id = measure_id
        self.ui = form  # the compiled form (hdrectify/ui/forms): its widgets are named in the .ui file
        form.setupUi(self)
        self.measure: Row = ctx.store.get("ledger_measures", measure_id) or {}
        self.ui.measureLabel.setText(
            self.tr("措施{0}：{1}").format(self.measure.get("no", ""), self.measure.get("text", ""))
        )
        self.errors = FieldErrors(self.ui, self.ui.formError)
        self.ok: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        scroll_when_tall(self, self.ui.buttonBox)
        self.ui.reasonEdit.setFocus()

    def act(self, store: Store) -> None:
        """The write itself, from the form's values (inside the dialog's one transaction)."""
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                self.act(store)
        except InputError as e:
            self.errors.show(self.FIELDS.get(e.field or "", self.DEFAULT_FIELD), error_text(e))
            return
        self.ctx.notify(LEDGER)
        self.written.emit(self.measure_id)
        self.accept()
