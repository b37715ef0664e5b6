"""The centres (康园中心) table: details, the member paired today, and whether it has closed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from hdrectify.store.base import Row, Store
from hdrectify.ui.models.pairings_model import Index, date_text, muted


class CentresModel(QAbstractTableModel):
    """One row per centre, open ones first; closed ones in grey."""

    NAME, TOWN, ADDRESS, CONTACT, PHONE, MEMBER, STATUS = range(7)
    COLUMNS = 7
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    CLOSED_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._today = dt.date.today()

    def load(self, store: Store, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        day = self._today.isoformat()
        self._rows = store.rows(
            "SELECT c.*, m.name AS member FROM centres c"
            " LEFT JOIN pairings p ON p.centre_id = c.id AND p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)"
            " LEFT JOIN members m ON m.id = p.member_id"
            " ORDER BY c.closed_on IS NOT NULL AND c.closed_on <= ?, c.town, c.name",
            [day, day, day],
        )
        self.endResetModel()

    def _closed(self, row: Row) -> bool:
        return bool(row["closed_on"]) and row["closed_on"] <= self._today.isoformat()

    def _status(self, row: Row) -> str:
        if not row["closed_on"]:
            return self.tr("在办")
        if self._closed(row):
            return self.tr("已于{0}撤销").format(date_text(row["closed_on"]))
        return self.tr("将于{0}撤销").format(date_text(row["closed_on"]))

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
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and row["note"]:
            return str(row["note"])
        if role == self.ID_ROLE:
            return row["id"]
        if role == self.CLOSED_ROLE:
            return self._closed(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._closed(row):
            return muted()
        return None

    def _display(self, row: Row, col: int) -> str:
        if col == self.STATUS:
            return self._status(row)
        if col == self.MEMBER:
            return str(row["member"] or "—")
        key = {
            self.NAME: "name",
            self.TOWN: "town",
            self.ADDRESS: "address",
            self.CONTACT: "contact_person",
            self.PHONE: "contact_phone",
        }[col]
        return str(row[key] or "")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("名称"),
            self.tr("所在镇（街道）"),
            self.tr("地址"),
            self.tr("联系人"),
            self.tr("联系电话"),
            self.tr("挂钩党员"),
            self.tr("状态"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    # -- for the page ------------------------------------------------------------
    def retranslate(self) -> None:
        """The language changed: headers and statuses are translated when asked, so ask again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))

    def row_of(self, centre_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == centre_id), -1)

    def counts(self) -> tuple[int, int]:
        """(all centres, closed ones)."""
        return len(self._rows), sum(self._closed(r) for r in self._rows)
