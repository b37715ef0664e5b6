"""修改历史: every audited change of one record (who, when, what, why), oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from hdrectify.store.audit import Change, history
from hdrectify.ui import labels
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_history_dialog import Ui_HistoryDialog
from hdrectify.ui.models.records_model import method_text
from hdrectify.ui.models.rows_model import Line, RowsModel

COL_AT, COL_ACTOR, COL_ACTION, COL_REASON, COL_CHANGES = range(5)


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, table: str, row_id: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(summary)
        self.model = RowsModel(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("原因"), self.tr("改动")], self
        )
        view = self.ui.historyView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        self.changes = history(ctx.store, table, row_id)
        self.model.set_lines([self._line(c) for c in self.changes])
        for col in (COL_AT, COL_ACTOR, COL_ACTION, COL_REASON):
            view.resizeColumnToContents(col)

    def action_text(self, action: str) -> str:
        return {
            "insert": self.tr("登记"),
            "update": self.tr("更正"),
            "soft_delete": self.tr("删除"),
            "delete": self.tr("彻底删除"),
        }.get(action, action)

    def column_text(self, column: str) -> str:
        names = {
            "date": self.tr("日期"),
            "method": self.tr("方式"),
            "note": self.tr("情况记录"),
            "problems": self.tr("发现的问题"),
            "pairing_id": self.tr("挂钩"),
            "recorded_at": self.tr("登记时间"),
            "author": self.tr("登记人"),
            "quarter": self.tr("季度"),
            "year": self.tr("年度"),
            "submitted_on": self.tr("提交日期"),
            "score": self.tr("分数"),
            "criteria_notes": self.tr("考评标准"),
            "name": self.tr("名称"),
            "status": self.tr("状态"),
            "deadline": self.tr("整改时限"),
            "text": self.tr("内容"),
        }
        return names.get(column, column)

    @staticmethod
    def _value(column: str, value: Any) -> str:
        if column == "method" and isinstance(value, str):
            return method_text(value)
        text = "—" if value in (None, "") else str(value)
        return text if len(text) <= 60 else text[:60] + "…"

    def _line(self, change: Change) -> Line:
        at = change.at.replace("T", " ")[:19]
        hidden = ("deleted_at", "delete_reason", "id", "pairing_id", "recorded_at", "author")
        shown = [(col, old, new) for col, old, new in change.changes if col not in hidden]
        if change.action == "insert":
            changes = labels.join_clauses(
                labels.labelled(self.column_text(col), self._value(col, new)) for col, _old, new in shown
            )
        else:
            changes = labels.join_clauses(
                labels.labelled(self.column_text(col), f"{self._value(col, old)} → {self._value(col, new)}")
                for col, old, new in shown
            )
        return Line((at, change.actor, self.action_text(change.action), change.reason, changes), tooltip=changes)
