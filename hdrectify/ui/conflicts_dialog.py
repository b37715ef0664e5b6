"""工具 → 冲突处理 and 交换记录: the versions of a conflicted row side by side, and every bundle exchanged.

A conflict's versions are columns (the one the table holds first, marked 暂用), its
fields rows, the fields that differ first and highlighted. Choosing a column settles
the conflict in one transaction (``exchange.conflicts.resolve``).
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.wording import Phrase
from hdrectify.exchange import history
from hdrectify.exchange.conflicts import Conflict, installation_names, open_conflicts, resolve
from hdrectify.exchange.rules import row_title
from hdrectify.store import dbapi
from hdrectify.ui import labels
from hdrectify.ui.bundle_dialogs import table_label
from hdrectify.ui.context import EVERYTHING, AppContext
from hdrectify.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from hdrectify.ui.forms.ui_exchange_history_dialog import Ui_ExchangeHistoryDialog
from hdrectify.ui.i18n import error_text
from hdrectify.ui.models.rows_model import Line, RowsModel
from hdrectify.ui.safety import explain

DIFFERS = "#fff4ce"


def _local(stamp: str) -> str:
    """A UTC stamp (…Z) as local time, to the minute, as the window says a time (2026年3月5日 18:30)."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:16]
    return labels.timestamp_text(when.astimezone())


def _cell(value: object) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictsDialog(QDialog):
    """Emits :attr:`resolved` with (table, row id) each time a conflict is settled."""

    resolved = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.conflicts: list[Conflict] = []
        self.ui.splitter.setSizes([260, 640])
        self.ui.versionsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.conflictsList.currentRowChanged.connect(self._show)
        self.ui.versionsTable.itemSelectionChanged.connect(self._choice_changed)
        self.ui.takeButton.clicked.connect(self.take)
        self.ui.takeButton.setEnabled(False)
        if ctx.read_only:
            self.ui.formError.setText(self.tr("数据库以只读方式打开，不能处理冲突"))
        self.reload()

    def reload(self) -> None:
        self.conflicts = open_conflicts(self.ctx.store)
        self.ui.conflictsList.clear()
        for c in self.conflicts:
            title = self._title(c)
            item = QListWidgetItem(
                self.tr("{0}：{1}（{2} 个版本）").format(table_label(c.table), title, len(c.versions))
            )
            self.ui.conflictsList.addItem(item)
        if self.conflicts:
            self.ui.conflictsList.setCurrentRow(0)
        else:
            self.ui.versionsTable.clear()
            self.ui.versionsTable.setRowCount(0)
            self.ui.versionsTable.setColumnCount(0)
            self.ui.choiceLabel.setText(self.tr("没有待处理的冲突。"))
            self.ui.takeButton.setEnabled(False)

    def _title(self, c: Conflict) -> str:
        return row_title(next((v.row for v in c.versions if v.row), None)) or c.row_id[:8]

    def field_label(self, column: str) -> str:
        """A column as people call it; the column's own name for the rare ones."""
        labels = {
            "name": self.tr("名称"),
            "town": self.tr("所在镇（街道）"),
            "address": self.tr("地址"),
            "contact_person": self.tr("联系人"),
            "contact_phone": self.tr("联系电话"),
            "phone": self.tr("电话"),
            "closed_on": self.tr("撤销日期"),
            "note": self.tr("备注"),
            "start_on": self.tr("开始日期"),
            "end_on": self.tr("结束日期"),
            "date": self.tr("日期"),
            "method": self.tr("方式"),
            "problems": self.tr("发现的问题"),
            "quarter": self.tr("季度"),
            "year": self.tr("年度"),
            "submitted_on": self.tr("提交日期"),
            "score": self.tr("分数"),
            "criteria_notes": self.tr("考评说明"),
            "obligation": self.tr("义务"),
            "reason": self.tr("原因"),
            "title": self.tr("标题"),
            "text": self.tr("内容"),
            "leader": self.tr("责任领导"),
            "unit": self.tr("责任单位"),
            "person": self.tr("责任人"),
            "deadline": self.tr("整改时限"),
            "status": self.tr("状态"),
            "close_reason": self.tr("销号说明"),
            "file_name": self.tr("文件名"),
            "deleted_at": self.tr("删除时间"),
            "delete_reason": self.tr("删除原因"),
            "author": self.tr("登记人"),
            "recorded_at": self.tr("登记时间"),
            "no": self.tr("编号"),
            "source": self.tr("来源"),
            "detail": self.tr("详细情况"),
            "found_on": self.tr("发现日期"),
            "closed_at": self.tr("销号时间"),
            "size": self.tr("大小"),
            "sha256": self.tr("校验值"),
            "pairing_id": self.tr("挂钩"),
            "member_id": self.tr("党员"),
            "centre_id": self.tr("康园中心"),
            "measure_id": self.tr("整改措施"),
            "problem_id": self.tr("问题"),
            "area_id": self.tr("方面"),
            "contact_id": self.tr("联系记录"),
        }
        return labels.get(column, column)

    def current(self) -> Conflict | None:
        n = self.ui.conflictsList.currentRow()
        return self.conflicts[n] if 0 <= n < len(self.conflicts) else None

    def _show(self, _row: int = 0) -> None:
        c = self.current()
        table = self.ui.versionsTable
        table.clear()
        if c is None:
            return
        fields = c.fields()
        table.setColumnCount(len(c.versions))
        table.setRowCount(len(fields) + 1)
        headers = []
        for n, v in enumerate(c.versions):
            who = _name(v.origin_name) or v.origin[:8]
            if v.conflict_id is None:
                headers.append(self.tr("暂用：{0}\n{1}").format(who, _local(v.changed_at)))
            else:
                headers.append(self.tr("{0}\n{1}").format(who, _local(v.changed_at)))
            state = QTableWidgetItem(self.tr("（已删除）") if v.row is None else self.tr("（有效）"))
            table.setItem(0, n, state)
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([self.tr("版本"), *(self.field_label(f) for f in fields)])
        for r, name in enumerate(fields, start=1):
            values = [_cell((v.row or {}).get(name)) for v in c.versions]
            differs = len(set(values)) > 1
            for n, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if differs:
                    item.setBackground(QBrush(QColor(DIFFERS)))
                table.setItem(r, n, item)
        table.resizeRowsToContents()
        table.selectColumn(0)
        self._choice_changed()

    def chosen_column(self) -> int:
        cols = {i.column() for i in self.ui.versionsTable.selectedIndexes()}
        return cols.pop() if len(cols) == 1 else -1

    def _choice_changed(self) -> None:
        c = self.current()
        col = self.chosen_column()
        ok = c is not None and 0 <= col < len(c.versions) and not self.ctx.read_only
        self.ui.takeButton.setEnabled(ok)
        if c is not None and ok:
            v = c.versions[col]
            self.ui.choiceLabel.setText(
                self.tr("将保留：{0} 的版本").format(_name(v.origin_name) or v.origin[:8])
                if v.conflict_id is not None
                else self.tr("将保留：目前暂用的版本")
            )

    def take(self) -> None:
        """Settle the current conflict with the selected version."""
        c = self.current()
        col = self.chosen_column()
        if c is None or not 0 <= col < len(c.versions):
            return
        try:
            resolve(self.ctx.store, c.table, c.row_id, c.versions[col].conflict_id)
        except InputError as e:
            self.ui.formError.setText(error_text(e))
            return
        except dbapi.Error as e:  # busy (an import under way), disk full …: said, nothing changed
            self.ui.formError.setText(explain(e, self.ctx.path))
            return
        self.ui.formError.clear()
        self.ctx.notify(EVERYTHING)
        self.resolved.emit(c.table, c.row_id)
        self.reload()


def _name(name: str | Phrase) -> str:
    """A computer's name as the window says it (this computer's and the notice's in its language)."""
    return labels.phrase_text(name) if isinstance(name, Phrase) else name


class ExchangeHistoryDialog(QDialog):
    """Every bundle this database exported or imported, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ExchangeHistoryDialog()
        self.ui.setupUi(self)
        self.model = RowsModel(
            [self.tr("时间"), self.tr("方向"), self.tr("电脑"), self.tr("记录"), self.tr("冲突"), self.tr("文件")], self
        )
        self.ui.historyView.setModel(self.model)
        self.ui.historyView.verticalHeader().setVisible(False)
        self.ui.historyView.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.reload()

    def reload(self) -> None:
        names = installation_names(self.ctx.store)
        lines = []
        rows = history.entries(self.ctx.store)
        for r in rows:
            counts = json.loads(r["counts"])
            if r["direction"] == "export":
                total = sum(counts.get("rows", {}).values())
                conflicts = ""
                direction = self.tr("导出（全部）") if r["whole"] else self.tr("导出")
            else:
                total = sum(
                    v.get("added", 0) + v.get("updated", 0) + v.get("deleted", 0) for v in counts["rows"].values()
                )
                conflicts = str(counts.get("conflicts", 0))
                direction = self.tr("导入")
            who = _name(names.get(r["installation_id"]) or str(r["installation_name"] or ""))
            if r["direction"] == "import":
                who = str(r["installation_name"])
            lines.append(
                Line(
                    (_local(str(r["at"])), direction, who, str(total), conflicts, str(r["file_name"])),
                    tooltip=self.tr("交换包编号 {0}，导出于 {1}，由 {2} 操作").format(
                        r["bundle_id"], _local(str(r["bundle_created_at"])), r["actor"]
                    ),
                    colour="#fff4ce" if conflicts not in ("", "0") else None,
                )
            )
        self.model.set_lines(lines)
        self.ui.historyView.resizeColumnsToContents()
        imports = sum(r["direction"] == "import" for r in rows)
        self.ui.summaryLabel.setText(
            self.tr("共导出 {0} 次、导入 {1} 次。每个交换包只需导入一次；重复导入不会改变数据。").format(
                len(rows) - imports, imports
            )
        )
