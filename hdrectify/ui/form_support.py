"""What the record dialogs share: the pairing chooser, dates, and errors shown next to fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from hdrectify.domain.collation import zh_key
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.people import pairings


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def zh_date(day: dt.date | str | None) -> str:
    """2024年3月5日, as dates are shown to users (2024-03-05 in English)."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return QCoreApplication.translate("Dates", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def period_text(period: Period) -> str:
    """A period as shown to users, in the current language."""
    if period.kind is Kind.WEEK:
        return QCoreApplication.translate("Periods", "{0}年第{1}周").format(period.year, period.index)
    if period.kind is Kind.MONTH:
        return QCoreApplication.translate("Periods", "{0}年{1}月").format(period.year, period.index)
    if period.kind is Kind.QUARTER:
        return QCoreApplication.translate("Periods", "{0}年第{1}季度").format(period.year, period.index)
    return QCoreApplication.translate("Periods", "{0}年").format(period.year)


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
    """Every pairing as "member — centre (span)", active ones first; the user's own preselected.

    The item data is ``(member_id, centre_id, pairing_id)``.
    """
    on = on or dt.date.today()
    rows = pairings(store)
    today = on.isoformat()

    def active(r: dict[str, str]) -> bool:
        return r["start_on"] <= today and (r["end_on"] is None or r["end_on"] >= today)

    rows.sort(
        key=lambda r: (not active(r), r["member_id"] != me, zh_key(r["member"]), zh_key(r["centre"]), r["start_on"])
    )
    combo.clear()
    for r in rows:
        span = "" if active(r) else f"（{zh_date(r['start_on'])}–{zh_date(r['end_on'])}）"
        combo.addItem(f"{r['member']} — {r['centre']}{span}", (r["member_id"], r["centre_id"], r["id"]))
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

    def any(self) -> bool:
        return any(label.isVisible() for label in [*self.labels.values(), self.general])
