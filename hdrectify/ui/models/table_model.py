"""What the tables of the people page share: database rows, one a line, with their ids, sort keys and headers.

The centres, members and pairings models each say only what differs: their query,
their columns and headers, what a cell shows, and any roles of their own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from hdrectify.domain.collation import zh_key
from hdrectify.store.base import Row

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the page's sort proxy compares


def date_text(day: dt.date | str | None) -> str:
    """A date as users read it (2024年3月5日); empty for none."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return QCoreApplication.translate("Dates", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def collation_text(text: str) -> str:
    """``text``'s pinyin sort key as a string, so that Qt's sort proxy (which compares strings)
    orders a clicked column as every other list is ordered (domain/collation.py)."""
    syllables, original = zh_key(text)
    return "\x1f".join(syllables) + "\x1e" + original


def muted() -> QBrush:
    """The colour of rows that are history (ended pairings, closed centres)."""
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class TableModel(QAbstractTableModel):
    """A read-only table over ``self._rows`` (each with an ``id``), as of ``self._today``.

    A model sets ``COLUMNS`` beside its column constants and fills in :meth:`_headers`
    and :meth:`_display`; :meth:`_sort_value` and :meth:`_role_data` when it needs them.
    """

    COLUMNS: int
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._today = dt.date.today()

    # -- what each model says --------------------------------------------------
    def _headers(self) -> list[str]:
        """The column titles, translated when asked (so a language change shows at once)."""
        raise NotImplementedError

    def _display(self, row: Row, col: int) -> str:
        raise NotImplementedError

    def _sort_value(self, row: Row, col: int) -> Any:
        return collation_text(self._display(row, col))

    def _role_data(self, row: Row, col: int, role: int) -> Any:
        """Any other role (colour, font, tooltip, the model's own roles); None when there is nothing."""
        return None

    # -- Qt's model interface --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == self.SORT_ROLE:
            return self._sort_value(row, col)
        if role == self.ID_ROLE:
            return row["id"]
        return self._role_data(row, col, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self._headers()
        return titles[section] if 0 <= section < len(titles) else None

    # -- for the page ------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: headers and statuses are translated when asked, so ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def row_of(self, row_id: str) -> int:
        """The row showing ``row_id``, or -1."""
        return next((n for n, r in enumerate(self._rows) if r["id"] == row_id), -1)
