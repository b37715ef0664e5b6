"""The members (党员) table: contact details and the centres each looks after today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from hdrectify.store.base import Row, Store
from hdrectify.ui.models.pairings_model import Index


class MembersModel(QAbstractTableModel):
    """One row per member; the member this computer belongs to ("me") in bold."""

    NAME, PHONE, CENTRES, NOTE = range(4)
    COLUMNS = 4
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._me: str | None = None

    def load(self, store: Store, today: dt.date | None = None, me: str | None = None) -> None:
        self.beginResetModel()
        day = (today or dt.date.today()).isoformat()
        self._me = me
        self._rows = store.rows(
            "SELECT m.*, (SELECT group_concat(name, '、') FROM (SELECT c.name FROM pairings p"
            "   JOIN centres c ON c.id = p.centre_id"
            "   WHERE p.member_id = m.id AND p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)"
            "   ORDER BY c.name)) AS centres"
            " FROM members m ORDER BY m.name, m.created_at",
            [day, day],
        )
        self.endResetModel()

    # -- Qt's model interface --------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            return self._display(row, col)
        if role == self.ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.FontRole and row["id"] == self._me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and row["id"] == self._me:
            return self.tr("本机使用者（见“设置”）")
        return None

    def _display(self, row: Row, col: int) -> str:
        if col == self.NAME:
            return str(row["name"])
        if col == self.PHONE:
            return str(row["phone"] or "")
        if col == self.CENTRES:
            return str(row["centres"] or "—")
        return str(row["note"] or "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("姓名"), self.tr("电话"), self.tr("现挂钩中心"), self.tr("备注")]
        return titles[section] if 0 <= section < len(titles) else None

    # -- for the page ------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: headers and statuses are translated when asked, so ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def row_of(self, member_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == member_id), -1)
