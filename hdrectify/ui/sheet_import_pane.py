"""One sheet of a workbook being imported, as 从Excel导入… shows it: a tab of the import dialog.

What the sheet is read as (a kind, or 不导入), a combo per column for what it is matched to, and
every planned row (✓ 新增 / ＝ 已有 / ✕ 不能导入: a mark and a word, the row coloured to match, the
reason beside it; a screen reader hears "第 4 行：不能导入" on the row's number); also the labels the
dialog gives kinds, fields and outcomes. The dialog (:mod:`hdrectify.ui.sheet_import_dialog`)
reads, plans and writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdrectify.exchange.sheet_import import (
    FIELDS,
    KIND_ORDER,
    Kind,
    Outcome,
    PlannedRow,
    Sheet,
    SheetMapping,
    SheetPlan,
)
from hdrectify.exchange.sheet_import.fields import match_columns
from hdrectify.exchange.sheet_import.values import text_of
from hdrectify.ui.worker import failure_text

COLOURS = {Outcome.ADD: "#e3f3e6", Outcome.PRESENT: "#ececec", Outcome.REFUSED: "#fde2e1"}
MARKS = {Outcome.ADD: "✓", Outcome.PRESENT: "＝", Outcome.REFUSED: "✕"}  # the colour never says it alone
Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: Kind | None) -> str:
    """A kind as the window names it (the template's sheet name), or 不导入."""
    labels = {
        Kind.CENTRE: QCoreApplication.translate("SheetImport", "康园中心"),
        Kind.MEMBER: QCoreApplication.translate("SheetImport", "党员"),
        Kind.PAIRING: QCoreApplication.translate("SheetImport", "挂钩"),
        Kind.CONTACT: QCoreApplication.translate("SheetImport", "联系记录"),
        Kind.REPORT: QCoreApplication.translate("SheetImport", "季度汇报"),
        Kind.REVIEW: QCoreApplication.translate("SheetImport", "年度考评"),
    }
    return QCoreApplication.translate("SheetImport", "不导入") if kind is None else labels[kind]


def field_label(header: str) -> str:
    """A field's template header (名称, 日期…) in the window's language."""
    labels = {
        "名称": QCoreApplication.translate("SheetImport", "名称"),
        "所在镇街": QCoreApplication.translate("SheetImport", "所在镇街"),
        "地址": QCoreApplication.translate("SheetImport", "地址"),
        "负责人": QCoreApplication.translate("SheetImport", "负责人"),
        "联系电话": QCoreApplication.translate("SheetImport", "联系电话"),
        "启用日期": QCoreApplication.translate("SheetImport", "启用日期"),
        "撤销日期": QCoreApplication.translate("SheetImport", "撤销日期"),
        "姓名": QCoreApplication.translate("SheetImport", "姓名"),
        "所在支部": QCoreApplication.translate("SheetImport", "所在支部"),
        "党员": QCoreApplication.translate("SheetImport", "党员"),
        "康园中心": QCoreApplication.translate("SheetImport", "康园中心"),
        "开始日期": QCoreApplication.translate("SheetImport", "开始日期"),
        "结束日期": QCoreApplication.translate("SheetImport", "结束日期"),
        "日期": QCoreApplication.translate("SheetImport", "日期"),
        "方式": QCoreApplication.translate("SheetImport", "方式"),
        "情况": QCoreApplication.translate("SheetImport", "情况"),
        "发现问题": QCoreApplication.translate("SheetImport", "发现问题"),
        "季度": QCoreApplication.translate("SheetImport", "季度"),
        "提交日期": QCoreApplication.translate("SheetImport", "提交日期"),
        "汇报内容": QCoreApplication.translate("SheetImport", "汇报内容"),
        "年度": QCoreApplication.translate("SheetImport", "年度"),
        "考评日期": QCoreApplication.translate("SheetImport", "考评日期"),
        "分数": QCoreApplication.translate("SheetImport", "分数"),
        "考评意见": QCoreApplication.translate("SheetImport", "考评意见"),
    }
    return labels.get(header, header)


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.ADD: QCoreApplication.translate("SheetImport", "新增"),
        Outcome.PRESENT: QCoreApplication.translate("SheetImport", "已有"),
        Outcome.REFUSED: QCoreApplication.translate("SheetImport", "不能导入"),
    }[outcome]


def outcome_shown(outcome: Outcome) -> str:
    """An outcome as its row shows it: the mark, then the word (✓ 新增)."""
    return f"{MARKS[outcome]} {outcome_label(outcome)}"


def column_name(index: int) -> str:
    """A column as the spreadsheet letters it: A, B, …, Z, AA."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


class PlanModel(QAbstractTableModel):
    """A sheet's planned rows: 行, 结果, 原因, then the sheet's own cells, each row coloured by its outcome."""

    def __init__(self, sheet: Sheet, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._cells = dict(sheet.rows)
        self._rows: list[PlannedRow] = []

    def set_rows(self, rows: list[PlannedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def planned(self, row: int) -> PlannedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.sheet.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.row)
            if column == 1:
                return outcome_shown(row.outcome)
            if column == 2:
                return failure_text(row.error) if row.error is not None else ""
            cells = self._cells.get(row.row, ())
            i = column - 3
            return text_of(cells[i]) if i < len(cells) else ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (0, 1):  # the word, not the mark's name
            if column == 1:
                return outcome_label(row.outcome)
            said = QCoreApplication.translate("SheetImport", "第 {0} 行：{1}")
            return said.format(row.row, outcome_label(row.outcome))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[row.outcome]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))  # dark on the light colours whatever the theme
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [
            QCoreApplication.translate("SheetImport", "行"),
            QCoreApplication.translate("SheetImport", "结果"),
            QCoreApplication.translate("SheetImport", "原因"),
        ]
        if section < 3:
            return fixed[section]
        i = section - 3
        return f"{column_name(i)} {self.sheet.headers[i]}" if i < len(self.sheet.headers) else None


class SheetPane(QWidget):
    """One sheet's tab: read as (kind), the columns' mapping, the counts, the rows."""

    mapping_changed = Signal()

    def __init__(self, sheet: Sheet, mapping: SheetMapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.mapping = mapping
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        kind_label_widget = QLabel(self.tr("读作(&K)："))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        kind_label_widget.setBuddy(self.kind_combo)
        for kind in KIND_ORDER:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.addItem(kind_label(None), "")
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(mapping.kind.value if mapping.kind else ""))
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(self.counts_label, 1)
        layout.addLayout(top)
        self.columns_title = QLabel(self.tr("各列对应的项目（表头在第 {0} 行）：").format(sheet.header_row))
        layout.addWidget(self.columns_title)
        self.columns_area = QScrollArea()
        self.columns_area.setObjectName("columnsArea")
        self.columns_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.columns_area)
        rows_label = QLabel(self.tr("各行(&R)："))
        layout.addWidget(rows_label)
        self.model = PlanModel(sheet, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.view.setObjectName("rowsView")
        self.view.setAccessibleName(self.tr("“{0}”的各行").format(sheet.name))
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table: the arrows move inside it
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        rows_label.setBuddy(self.view)
        layout.addWidget(self.view, 1)
        self._build_columns()
        if not sheet.header_row:
            self.kind_combo.setEnabled(False)
            self.columns_title.setText(
                self.tr("没有找到表头（前 20 行中没有“姓名”“康园中心”“日期”等列名）：这张工作表不导入")
            )
            self.columns_area.hide()

    # -- the mapping --------------------------------------------------------
    def _build_columns(self) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos = []
        kind = self.mapping.kind
        for i, header in enumerate(self.sheet.headers):
            label = QLabel(f"{column_name(i)} {header}" if header else column_name(i))
            combo = QComboBox()
            combo.setObjectName(f"columnCombo{i}")
            combo.setAccessibleName(self.tr("第 {0} 列“{1}”对应").format(column_name(i), header))
            label.setBuddy(combo)
            combo.addItem(kind_label(None), "")
            for f in FIELDS[kind] if kind is not None else ():
                combo.addItem(field_label(f.header) + (" *" if f.required else ""), f.key)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.columns.get(i, ""))))
            combo.setEnabled(kind is not None)
            combo.currentIndexChanged.connect(lambda _=0, i=i: self._column_chosen(i))
            grid.addWidget(label, 0, i)
            grid.addWidget(combo, 1, i)
            self.combos.append(combo)
        grid.setColumnStretch(len(self.sheet.headers), 1)
        grid.setRowStretch(2, 1)  # the room the scroll bar leaves goes below the combos, not between
        self.columns_area.setWidget(holder)
        self.columns_area.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)
        self.columns_area.setFixedHeight(holder.sizeHint().height() + 22)  # room for the horizontal scroll bar

    def _kind_chosen(self) -> None:
        value = self.kind_combo.currentData()
        kind = Kind(value) if value else None
        self.mapping = SheetMapping(kind, match_columns(kind, self.sheet.headers) if kind is not None else {})
        self._build_columns()
        self.mapping_changed.emit()

    def _column_chosen(self, index: int) -> None:
        key = str(self.combos[index].currentData() or "")
        columns = {i: k for i, k in self.mapping.columns.items() if i != index}
        if key:
            for other, k in list(columns.items()):
                if k == key:  # a field is read from one column: the one it had before gives it up
                    del columns[other]
                    combo = self.combos[other]
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
            columns[index] = key
        self.mapping = SheetMapping(self.mapping.kind, dict(sorted(columns.items())))
        self.mapping_changed.emit()

    def choose_column(self, index: int, key: str) -> None:
        """Map column ``index`` to the field ``key`` ("" for 不导入), as choosing it in its combo does."""
        self.combos[index].setCurrentIndex(self.combos[index].findData(key))

    def choose_kind(self, kind: Kind | None) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value if kind else ""))

    # -- the plan -----------------------------------------------------------
    def show_plan(self, planned: SheetPlan | None) -> None:
        if planned is None or planned.kind is None:
            self.model.set_rows([])
            self.counts_label.setText(self.tr("不导入这张工作表"))
            return
        self.model.set_rows(planned.rows)
        self.counts_label.setText(self.counts_text(planned))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # a long reason or note does not push the rest away
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 360))

    def counts_text(self, planned: SheetPlan) -> str:
        return self.tr("新增 {0} 行，已有 {1} 行，不能导入 {2} 行").format(
            planned.count(Outcome.ADD), planned.count(Outcome.PRESENT), planned.count(Outcome.REFUSED)
        )
