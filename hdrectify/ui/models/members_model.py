"""The members (党员) table: contact details and the centres each looks after today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from hdrectify.store.base import Row, Store
from hdrectify.store.people import members
from hdrectify.ui import labels
from hdrectify.ui.models.table_model import TableModel


class MembersModel(TableModel):
    """One row per member; the member this computer belongs to ("me") in bold."""

    NAME, PHONE, CENTRES, NOTE = range(4)
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._me: str | None = None

    def load(self, store: Store, today: dt.date | None = None, me: str | None = None) -> None:
        self.beginResetModel()
        self._today = today or dt.date.today()
        self._me = me
        self._rows = members(store, self._today)
        self.endResetModel()

    # -- what the table shows --------------------------------------------------
    def _headers(self) -> list[str]:
        return [self.tr("姓名"), self.tr("电话"), self.tr("现挂钩中心"), self.tr("备注")]

    def _display(self, row: Row, col: int) -> str:
        if col == self.NAME:
            return str(row["name"])
        if col == self.PHONE:
            return str(row["phone"] or "")
        if col == self.CENTRES:
            return labels.join_list(row["centres"]) or "—"
        return str(row["note"] or "")

    def _role_data(self, row: Row, col: int, role: int) -> Any:
        if row["id"] != self._me:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME:
            return self.tr("本机使用者（见“设置”）")
        return None
