"""How the cadence grid shows things: the colours and glyphs of the statuses, and its words.

The names of statuses and obligations, periods (2026年第10周) and dates (2026年3月2日,
or 3月2日 within the period's own year), all in the "Cadence" translation context,
shared by the grid's model, its painting, and the cell records dialog and its model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period
from hdrectify.ui.i18n import period_text


@dataclass(frozen=True)
class Look:
    fill: str
    text: str  # colour of the glyph
    glyph: str  # a character drawn in the cell, so colour is not the only cue
    outline: str | None = None


# Chosen for red–green colour blindness as well (checked by simulating deuteranopia and
# protanopia): done is a blue-leaning green, missed a dark red, late a light amber, so they
# differ in lightness and not only in hue; the glyphs and the due outline say it again.
LOOKS: dict[Status, Look] = {
    Status.DONE: Look("#2a9d8f", "#ffffff", ""),
    Status.LATE: Look("#f5b041", "#3b2500", str(QT_TRANSLATE_NOOP("CadencePaint", "迟"))),
    Status.EXEMPT: Look("#c3cfdd", "#3b4a5c", str(QT_TRANSLATE_NOOP("CadencePaint", "免"))),
    Status.MISSED: Look("#b2182b", "#ffffff", "×"),
    Status.DUE: Look("#fff4c2", "#7a5a00", "", "#d79a00"),
    Status.UPCOMING: Look("#e3e7ec", "#9aa3ad", ""),
}
BACKFILL_MARK = "#1d2b53"
CURRENT_COLOUR = "#1f6feb"

STATUS_TEXT = {
    Status.DONE: QT_TRANSLATE_NOOP("Cadence", "已完成"),
    Status.LATE: QT_TRANSLATE_NOOP("Cadence", "逾期完成"),
    Status.EXEMPT: QT_TRANSLATE_NOOP("Cadence", "免"),
    Status.MISSED: QT_TRANSLATE_NOOP("Cadence", "未完成"),
    Status.DUE: QT_TRANSLATE_NOOP("Cadence", "待完成"),
    Status.UPCOMING: QT_TRANSLATE_NOOP("Cadence", "未开始"),
}
OBLIGATION_TEXT = {
    Obligation.CONTACT: QT_TRANSLATE_NOOP("Cadence", "每周联系"),
    Obligation.VISIT: QT_TRANSLATE_NOOP("Cadence", "每月到岗"),
    Obligation.REPORT: QT_TRANSLATE_NOOP("Cadence", "季度汇报"),
    Obligation.REVIEW: QT_TRANSLATE_NOOP("Cadence", "年度考评"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Cadence", text)


def status_text(status: Status) -> str:
    return tr(str(STATUS_TEXT[status]))


def obligation_text(obligation: Obligation) -> str:
    return tr(str(OBLIGATION_TEXT[obligation]))


def zh_date(day: dt.date, *, year: int | None = None) -> str:
    """2026年3月2日, or 3月2日 when ``year`` says the year goes without saying."""
    if year == day.year:
        return QCoreApplication.translate("Cadence", "{0}月{1}日").format(day.month, day.day)
    return QCoreApplication.translate("Cadence", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def period_label(period: Period) -> str:
    return period_text(period)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"
