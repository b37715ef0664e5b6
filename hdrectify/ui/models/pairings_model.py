"""The pairings (挂钩) table: which member looks after which centre, from when to when."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from hdrectify.store.base import Row, Store

Index = QModelIndex | QPersistentModelIndex


def date_text(day: dt.date | str | None) -> str:
    """A date as users read it (2024年3月5日); empty for none."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return QCoreApplication.translate("Dates", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def muted() -> QBrush:
    """The colour of rows that are history (ended pairings, closed centres)."""
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class PairingsModel(QAbstractTableModel):
    """One row per pairing, by centre and start date; ended ones in grey."""

    CENTRE, MEMBER, START, END, STATUS = range(5)
    COLUMNS = 5
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3  # True while the pairing has not ended

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._today = dt.date.today()

    def load(self, store: Store, today: dt.date | None = None, *, include_ended: bool = True) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        rows = store.rows(
            "SELECT p.*, m.name AS member, c.name AS centre FROM pairings p"
            " JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
            " ORDER BY c.name, p.start_on"
        )
        self._rows = [r for r in rows if include_ended or not self._ended(r)]
        self.endResetModel()

    def _ended(self, row: Row) -> bool:
        return bool(row["end_on"]) and row["end_on"] < self._today.isoformat()

    def _status(self, row: Row) -> str:
        if self._ended(row):
            return self.tr("已结束")
        if row["start_on"] > self._today.isoformat():
            return self.tr("未开始")
        return self.tr("进行中")

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
            if col == self.START:
                return row["start_on"]
            if col == self.END:
                return row["end_on"] or "9999"
            return self._display(row, col)
        if role == self.ID_ROLE:
            return row["id"]
        if role == self.ACTIVE_ROLE:
            return not self._ended(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._ended(row):
            return muted()
        return None

    def _display(self, row: Row, col: int) -> str:
        if col == self.CENTRE:
            return str(row["centre"])
        if col == self.MEMBER:
            return str(row["member"])
        if col == self.START:
            return date_text(row["start_on"])
        if col == self.END:
            return date_text(row["end_on"]) if row["end_on"] else self.tr("长期")
        return self._status(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("康园中心"), self.tr("党员"), self.tr("开始"), self.tr("结束"), self.tr("状态")]
        return titles[section] if 0 <= section < len(titles) else None

    # -- for the page ------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: headers and statuses are translated when asked, so ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def row_of(self, pairing_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == pairing_id), -1)

    def counts(self) -> tuple[int, int]:
        """(all rows, rows still running)."""
        return len(self._rows), sum(not self._ended(r) for r in self._rows)
