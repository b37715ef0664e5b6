"""What the record dialogs share: the pairing chooser, dates, errors shown next to fields, and the prompt
for a required reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QWidget

from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.store.base import Store
from hdrectify.store.people import pairings
from hdrectify.store.roles import is_office
from hdrectify.ui import labels
from hdrectify.ui.i18n import error_text


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


zh_date = labels.date_text  # the dialogs' name for it
period_text = labels.period_text


def setup_date(edit: QDateEdit, day: dt.date, *, latest: dt.date | None = None) -> None:
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))


def select_data(combo: QComboBox, data: object) -> None:
    """Choose the item holding ``data``; failing that (or with no ``data``), the first one."""
    index = combo.findData(data) if data is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


def fill_pairings(combo: QComboBox, store: Store, me: str | None, *, on: dt.date | None = None) -> None:
    """Every pairing as "member — centre (span)", active ones first; the user's own preselected. On a
    member's laptop only its member's (``me``): it may not record another's (store/roles.require_own_pairing).

    The item data is ``(member_id, centre_id, pairing_id)``.
    """
    on = on or dt.date.today()
    rows = pairings(store)
    if me is not None and not is_office(store):
        rows = [r for r in rows if r["member_id"] == me]
    today = on.isoformat()

    def active(r: dict[str, str]) -> bool:
        return r["start_on"] <= today and (r["end_on"] is None or r["end_on"] >= today)

    rows.sort(
        key=lambda r: (not active(r), r["member_id"] != me, zh_key(r["member"]), zh_key(r["centre"]), r["start_on"])
    )
    combo.clear()
    for r in rows:
        name = f"{r['member']} — {r['centre']}"
        when = labels.span(zh_date(r["start_on"]), zh_date(r["end_on"]))
        combo.addItem(name if active(r) else labels.aside(name, when), (r["member_id"], r["centre_id"], r["id"]))
    combo.setCurrentIndex(0 if rows else -1)


class FieldErrors:
    """Red messages next to fields: ``<field>Error`` labels of a form, and one for the whole form.

    ``fields`` adds labels not named after their field, as ``{field: label}``; one label may
    serve several fields (a "dates" label under a start and an end date).
    """

    def __init__(self, form: object, general: QLabel, *, fields: Mapping[str, QLabel] | None = None) -> None:
        self.form = form
        self.general = general
        self.labels = {
            name[: -len("Error")]: label
            for name in dir(form)
            if name.endswith("Error") and isinstance(label := getattr(form, name), QLabel)
        }
        self.labels.update(fields or {})
        self.clear()

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.setText("")
            label.setVisible(False)

    def show(self, field: str | None, message: str, *, focus: bool = True) -> None:
        """Show ``message`` next to ``field`` (or for the whole form) and, unless told not to, focus the field."""
        label = self.labels.get(field or "", self.general)
        label.setText(message)
        label.setVisible(True)
        widget = getattr(self.form, field, None) if field and focus else None
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, error: InputError, fields: Mapping[str, str] | None = None, *, focus: bool = True) -> None:
        """Show a refusal of the core (in the user's language) next to the widget that ``fields`` maps
        its ``field`` to (``{core_field: widget_name}``), or for the whole form."""
        widget = (fields or {}).get(error.field or "")
        self.show(widget, error_text(error), focus=focus)

    def any(self) -> bool:
        return any(label.isVisible() for label in [*self.labels.values(), self.general])


def ask_reason(parent: QWidget, title: str, label: str, on_reason: Callable[[str], None]) -> QInputDialog:
    """A non-blocking prompt for a required reason; OK stays disabled while it is empty."""
    dialog = QInputDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(QCoreApplication.translate("ReasonPrompt", "确定"))
    dialog.setCancelButtonText(QCoreApplication.translate("ReasonPrompt", "取消"))
    dialog.textValueSelected.connect(on_reason)
    prompt = dialog.findChild(QLabel)
    if prompt is not None:  # the label names a file or a record as written: "<b>…" is no markup
        prompt.setTextFormat(Qt.TextFormat.PlainText)
    dialog.open()
    box = dialog.findChild(QDialogButtonBox)
    edit = dialog.findChild(QLineEdit)
    if box is not None and edit is not None:
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    return dialog
