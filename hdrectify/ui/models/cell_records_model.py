"""The records behind one cell of the cadence grid, as a table: the cell records dialog's model.

One row per contact, on-site visit, report or review that the pairing logged for the
cell's period — date, method (with a review's score), note, problems found, 补录, who
entered it and when. It uses the grid's words and dates (:mod:`cadence_display`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hdrectify.store.cell_records import CellRecord
from hdrectify.ui import labels
from hdrectify.ui.models.cadence_display import BACKFILL_MARK, tr, zh_date

Index = QModelIndex | QPersistentModelIndex

REC_DATE, REC_KIND, REC_NOTE, REC_PROBLEMS, REC_BACKFILLED, REC_AUTHOR, REC_RECORDED = range(7)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 20  # the CellRecord of a row

_RECORD_HEADERS = [
    QT_TRANSLATE_NOOP("Cadence", "日期"),
    QT_TRANSLATE_NOOP("Cadence", "方式"),
    QT_TRANSLATE_NOOP("Cadence", "内容"),
    QT_TRANSLATE_NOOP("Cadence", "发现问题"),
    QT_TRANSLATE_NOOP("Cadence", "补录"),
    QT_TRANSLATE_NOOP("Cadence", "登记人"),
    QT_TRANSLATE_NOOP("Cadence", "登记时间"),
]


class CellRecordsModel(QAbstractTableModel):
    """The contacts, reports or reviews of one cell, one per row."""

    def __init__(self, records: Sequence[CellRecord] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._records = list(records)

    def record(self, row: int) -> CellRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_RECORD_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        rec = self._records[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rec, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (REC_NOTE, REC_PROBLEMS):
            return self._text(rec, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == REC_BACKFILLED and rec.backfilled:
            return QColor(BACKFILL_MARK)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _text(self, rec: CellRecord, col: int) -> str:
        if col == REC_DATE:
            return zh_date(rec.date)
        if col == REC_KIND:
            kind = labels.record_kind_text(rec.table, rec.method)
            return kind + (
                QCoreApplication.translate("Cadence", "（{0}分）").format(rec.score) if rec.score is not None else ""
            )
        if col == REC_NOTE:
            return "\n".join(t for t in (rec.note, rec.criteria) if t)
        if col == REC_PROBLEMS:
            return rec.problems
        if col == REC_BACKFILLED:
            return QCoreApplication.translate("Cadence", "补录") if rec.backfilled else ""
        if col == REC_AUTHOR:
            return rec.author
        return labels.timestamp_text(rec.recorded_at)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(str(_RECORD_HEADERS[section])) if 0 <= section < len(_RECORD_HEADERS) else None
        return None
