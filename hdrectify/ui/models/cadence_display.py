"""How the cadence grid shows things: the colours and glyphs of the statuses, and its words.

The names of statuses and obligations, periods (2026年第10周) and dates (2026年3月2日,
or 3月2日 within the period's own year) come from :mod:`hdrectify.ui.labels`; the grid's
own words are in the "Cadence" translation context, shared by the grid's model, its
painting, and the cell records dialog and its model.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.ui import labels


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
    Status.EXEMPT: Look("#b3c0d1", "#3b4a5c", str(QT_TRANSLATE_NOOP("CadencePaint", "免"))),
    Status.MISSED: Look("#b2182b", "#ffffff", "×"),
    Status.DUE: Look("#fff4c2", "#7a5a00", "", "#d79a00"),
    Status.UPCOMING: Look("#e3e7ec", "#9aa3ad", ""),
}
BACKFILL_MARK = "#1d2b53"
CURRENT_COLOUR = "#1f6feb"


def tr(text: str) -> str:
    return QCoreApplication.translate("Cadence", text)


def status_text(status: Status) -> str:
    return labels.status_text(status.value)


def obligation_text(obligation: Obligation) -> str:
    return labels.obligation_text(obligation.value)


zh_date = labels.short_date
period_label = labels.period_text
percent = labels.percent
