"""The centres (康园中心) table: details, the member paired today, and whether it has closed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from hdrectify.store.base import Row, Store
from hdrectify.store.people import centres
from hdrectify.ui.models.table_model import TableModel, date_text, muted


class CentresModel(TableModel):
    """One row per centre, open ones first; closed ones in grey."""

    NAME, TOWN, ADDRESS, CONTACT, PHONE, MEMBER, STATUS = range(7)
    COLUMNS = 7
    CLOSED_ROLE = Qt.ItemDataRole.UserRole + 3

    def load(self, store: Store, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._rows = centres(store, self._today)
        self.endResetModel()

    def _closed(self, row: Row) -> bool:
        return bool(row["closed_on"]) and row["closed_on"] <= self._today.isoformat()

    def _status(self, row: Row) -> str:
        if not row["closed_on"]:
            return self.tr("在办")
        if self._closed(row):
            return self.tr("已于{0}撤销").format(date_text(row["closed_on"]))
        return self.tr("将于{0}撤销").format(date_text(row["closed_on"]))

    # -- what the table shows --------------------------------------------------
    def _headers(self) -> list[str]:
        return [
            self.tr("名称"),
            self.tr("所在镇（街道）"),
            self.tr("地址"),
            self.tr("联系人"),
            self.tr("联系电话"),
            self.tr("挂钩党员"),
            self.tr("状态"),
        ]

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

    def _role_data(self, row: Row, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and row["note"]:
            return str(row["note"])
        if role == self.CLOSED_ROLE:
            return self._closed(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._closed(row):
            return muted()
        return None

    # -- for the page ------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        """(all centres, closed ones)."""
        return len(self._rows), sum(self._closed(r) for r in self._rows)
