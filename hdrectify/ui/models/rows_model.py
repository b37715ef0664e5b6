"""A small read-only table model over a list of rows: the dashboard's lists.

Each row is a :class:`Line`: the cells to show, an optional colour for the row, a
tooltip, a payload (what a double-click acts on) under :data:`PAYLOAD_ROLE`, and what the
colour means in words: a screen reader reads it beside each cell of a coloured row
(AccessibleTextRole), so the colour never says it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hdrectify.ui.labels import aside

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Line:
    cells: tuple[str, ...]
    colour: str | None = None  # a background colour name, e.g. "#fde2e1"
    tooltip: str = ""
    payload: Any = None
    meaning: str = ""  # the row colour in words (已逾期, 临近时限, 未完成 …)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._lines: list[Line] = []

    def set_lines(self, lines: Sequence[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def line(self, row: int) -> Line:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.cells[index.column()] if index.column() < len(line.cells) else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and line.meaning and index.column() < len(line.cells):
            return aside(line.cells[index.column()], line.meaning)
        if role == Qt.ItemDataRole.BackgroundRole and line.colour:
            return QBrush(QColor(line.colour))
        if role == Qt.ItemDataRole.ToolTipRole and line.tooltip:
            return line.tooltip
        if role == PAYLOAD_ROLE:
            return line.payload
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
