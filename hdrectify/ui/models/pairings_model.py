"""The pairings (挂钩) table: which member looks after which centre, from when to when."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from hdrectify.store.base import Row, Store
from hdrectify.store.people import pairings
from hdrectify.ui.models.table_model import TableModel, date_text, muted


class PairingsModel(TableModel):
    """One row per pairing, by centre and start date; ended ones in grey."""

    CENTRE, MEMBER, START, END, STATUS = range(5)
    COLUMNS = 5
    ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 3  # True while the pairing has not ended

    def load(self, store: Store, today: dt.date | None = None, *, include_ended: bool = True) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        rows = pairings(store)
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

    # -- what the table shows --------------------------------------------------
    def _headers(self) -> list[str]:
        return [self.tr("康园中心"), self.tr("党员"), self.tr("开始"), self.tr("结束"), self.tr("状态")]

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

    def _sort_value(self, row: Row, col: int) -> Any:
        # dates sort as ISO text; a pairing without an end sorts after every ended one
        if col == self.START:
            return row["start_on"]
        if col == self.END:
            return row["end_on"] or "9999"
        return self._display(row, col)

    def _role_data(self, row: Row, col: int, role: int) -> Any:
        if role == self.ACTIVE_ROLE:
            return not self._ended(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._ended(row):
            return muted()
        return None

    # -- for the page ------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        """(all rows, rows still running)."""
        return len(self._rows), sum(not self._ended(r) for r in self._rows)
