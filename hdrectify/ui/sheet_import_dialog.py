"""文件 → 从Excel导入… and 文件 → 下载导入模板…: what an office keeps in spreadsheets gets in, checked first.

The dialog reads the chosen workbook (or CSV file) and plans it (:mod:`hdrectify.exchange.sheet_import`)
in the background on its own database connection, with a progress bar and 取消 for big files. One
tab per sheet shows what the sheet is read as (a kind, or 不导入), what each column was matched to
(a combo per column: that kind's fields and 不导入; changing one plans again), and every row: 新增 /
已有 / 不能导入 in a text column and a colour, the refusal's reason beside it. 导入 writes when
every row is good; 只导入无误的行 (asked first, with the counts) leaves the refused rows out. Both
write in one transaction; the pages refresh through the change notice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hdrectify.exchange.sheet_import import (
    FIELDS,
    KIND_ORDER,
    Kind,
    Mapping,
    Outcome,
    Plan,
    PlannedRow,
    Sheet,
    SheetMapping,
    SheetPlan,
    Workbook,
    apply,
    default_mapping,
    plan,
    read_workbook,
)
from hdrectify.exchange.sheet_import.fields import match_columns
from hdrectify.exchange.sheet_import.values import text_of
from hdrectify.store.base import Store
from hdrectify.ui.context import AppContext, Changes
from hdrectify.ui.forms.ui_sheet_import_dialog import Ui_SheetImportDialog
from hdrectify.ui.save_check import confirm_output
from hdrectify.ui.save_places import remember_folder, start_folder
from hdrectify.ui.worker import Progress, Task, failure_text, run_with_progress

_KIND = "import"  # the folder last read from / the template last saved to (save_places)
TEMPLATE_NAME = "hdrectify导入模板.xlsx"
IMPORTED = Changes(records=True, pairings=True, people=True, ledger=True)  # visits' problems join the ledger
QUESTION = "importGoodOnlyQuestion"  # the 只导入无误的行 question, by object name
TEMPLATE_REFUSED = "templateRefused"  # the template could not be written there: why

COLOURS = {Outcome.ADD: "#e3f3e6", Outcome.PRESENT: "#ececec", Outcome.REFUSED: "#fde2e1"}
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


def column_name(index: int) -> str:
    """A column as the spreadsheet letters it: A, B, …, Z, AA."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


class _Cancelled(Exception):
    """The user pressed 取消: the work stops where it is (a plan's trial writes are rolled back)."""


def _checked(progress: Progress) -> Callable[[int, int], None]:
    """The core's ``progress(done, total)``, raising :class:`_Cancelled` once the user cancelled."""

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            raise _Cancelled

    return report


@dataclass
class _Read:
    workbook: Workbook
    plan: Plan | None
    error: str = ""  # the plan's refusal (e.g. no sheet left to import), shown beside the tabs


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
                return outcome_label(row.outcome)
            if column == 2:
                return failure_text(row.error) if row.error is not None else ""
            cells = self._cells.get(row.row, ())
            i = column - 3
            return text_of(cells[i]) if i < len(cells) else ""
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


class SheetImportDialog(QDialog):
    """文件 → 从Excel导入…: a preview per sheet, then 导入; emits :attr:`imported` with the plan as written."""

    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SheetImportDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        self.workbook: Workbook | None = None
        self.plan: Plan | None = None
        self.outcome: Plan | None = None
        self.panes: list[SheetPane] = []
        self.question: QMessageBox | None = None
        box = self.ui.buttonBox
        self.import_button: QPushButton = box.addButton(self.tr("导入(&I)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.good_only_button: QPushButton = box.addButton(
            self.tr("只导入无误的行(&G)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.good_only_button.setObjectName("goodOnlyButton")
        self.import_button.setEnabled(False)
        self.good_only_button.setEnabled(False)
        self.good_only_button.hide()
        self.import_button.clicked.connect(lambda: self.import_(only_good=False))
        self.good_only_button.clicked.connect(self.ask_good_only)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.sheetTabs.hide()
        if ctx.read_only:
            self.ui.browseButton.setEnabled(False)
            self.ui.formError.setText(self.tr("数据库以只读方式打开，不能导入"))
        elif path:
            self.load(path)
        self.ui.browseButton.setFocus()

    # -- choosing and reading -----------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("从Excel导入"),
            str(start_folder(_KIND)),
            self.tr("Excel 工作簿或 CSV 文件 (*.xlsx *.xlsm *.csv);;所有文件 (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read ``path`` and show what importing it would do (nothing is written)."""
        self.ui.pathEdit.setText(path)
        self.ui.formError.clear()
        self._clear()
        db, actor = self.ctx.path, self.ctx.store.actor

        def work(progress: Progress) -> _Read:
            report = _checked(progress)
            workbook = read_workbook(Path(path), report)
            with Store.open(db, actor=actor) as store:
                try:
                    return _Read(workbook, plan(store, workbook, default_mapping(workbook), report))
                except _Cancelled:
                    raise
                except Exception as e:  # the workbook is shown all the same, so its mapping can be chosen
                    from hdrectify.domain.errors import InputError

                    if not isinstance(e, InputError):
                        raise
                    return _Read(workbook, None, failure_text(e))

        self._run(self.tr("正在读取并检查“{0}”…").format(Path(path).name), work, self._loaded)

    def replan(self) -> None:
        """Check the rows again with the mapping now chosen."""
        workbook = self.workbook
        if workbook is None:
            return
        mapping: Mapping = {pane.sheet.name: pane.mapping for pane in self.panes}
        db, actor = self.ctx.path, self.ctx.store.actor
        self.ui.formError.clear()

        def work(progress: Progress) -> _Read:
            with Store.open(db, actor=actor) as store:
                try:
                    return _Read(workbook, plan(store, workbook, mapping, _checked(progress)))
                except _Cancelled:
                    raise
                except Exception as e:
                    from hdrectify.domain.errors import InputError

                    if not isinstance(e, InputError):
                        raise
                    return _Read(workbook, None, failure_text(e))

        self._run(self.tr("正在检查…"), work, self._planned)

    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        def guarded(progress: Progress) -> Any:
            try:
                return work(progress)
            except _Cancelled:
                return None

        self._busy(True)
        self.task = run_with_progress(self, label, guarded, done, self._failed, on_cancelled=self._cancelled)

    def _busy(self, busy: bool) -> None:
        self.ui.browseButton.setEnabled(not busy and not self.ctx.read_only)
        self.ui.sheetTabs.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.good_only_button.setEnabled(False)

    def _clear(self) -> None:
        self.workbook = None
        self.plan = None
        self.panes = []
        tabs = self.ui.sheetTabs
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        tabs.hide()
        self._update_buttons()

    def _loaded(self, result: _Read | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.workbook = result.workbook
        mapping = default_mapping(result.workbook)
        for sheet in result.workbook.sheets:
            pane = SheetPane(sheet, mapping[sheet.name])
            pane.mapping_changed.connect(self.replan)
            self.panes.append(pane)
            self.ui.sheetTabs.addTab(pane, sheet.name)
        self.ui.sheetTabs.setVisible(bool(self.panes))
        remember_folder(_KIND, Path(self.ui.pathEdit.text()), overall=False)  # a file read, not saved
        self._planned(result)
        # the first sheet that will be imported is shown first
        for n, pane in enumerate(self.panes):
            if pane.mapping.kind is not None:
                self.ui.sheetTabs.setCurrentIndex(n)
                break

    def _planned(self, result: _Read | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.plan = result.plan
        by_name = {s.name: s for s in result.plan.sheets} if result.plan is not None else {}
        for n, pane in enumerate(self.panes):
            planned = by_name.get(pane.sheet.name)
            pane.show_plan(planned)
            refused = planned.count(Outcome.REFUSED) if planned is not None else 0
            title = (
                pane.sheet.name if not refused else self.tr("{0}（{1} 行不能导入）").format(pane.sheet.name, refused)
            )
            self.ui.sheetTabs.setTabText(n, title)
        self.ui.summaryLabel.setText(self.summary_text())
        if result.error:
            self.ui.formError.setText(result.error)
        elif self.plan is not None and self.plan.refused and not self._to_write():
            self.ui.formError.setText(self.tr("没有可以导入的行：请改正表中标红的行，或在上面为各列选择对应的项目"))
        elif self.plan is not None and self.plan.refused:
            self.ui.formError.setText(
                self.tr("有 {0} 行不能导入（标红，原因见“原因”一列）：改正后重新选择文件，或只导入无误的行").format(
                    len(self.plan.refused)
                )
            )
        elif self.plan is not None and not self._to_write():
            self.ui.formError.setText(self.tr("文件中的内容都已在数据库中，没有要新增的"))
        self._update_buttons()

    def _to_write(self) -> int:
        return sum(r.outcome is Outcome.ADD for r in self.plan.rows()) if self.plan is not None else 0

    def summary_text(self) -> str:
        if self.plan is None:
            return self.tr("文件：{0}").format(Path(self.ui.pathEdit.text()).name)
        parts = [
            self.tr("{0}：新增 {1}、已有 {2}、不能导入 {3}").format(
                kind_label(Kind(kind)), c["added"], c["present"], c["refused"]
            )
            for kind, c in self.plan.counts().items()
        ]
        if self.plan.skipped:
            parts.append(self.tr("不导入的工作表：{0}").format("、".join(self.plan.skipped)))
        return "；".join(parts)

    def _update_buttons(self) -> None:
        plan_ = self.plan
        writable = plan_ is not None and not self.ctx.read_only and self._to_write() > 0
        self.import_button.setEnabled(writable and plan_ is not None and plan_.ok)
        self.good_only_button.setVisible(plan_ is not None and not plan_.ok)
        self.good_only_button.setEnabled(writable and plan_ is not None and not plan_.ok)

    def _cancelled(self, _result: object) -> None:
        self._busy(False)
        self.ui.formError.setText(self.tr("已取消：数据未作改动"))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._busy(False)
        if self.workbook is None:
            self._clear()
        self.ui.formError.setText(message)
        self._update_buttons()

    # -- importing ----------------------------------------------------------
    def ask_good_only(self) -> QMessageBox | None:
        """只导入无误的行: say how many rows go in and how many are left out, and import if the user agrees."""
        if self.plan is None:
            return None
        added = self._to_write()
        present = sum(r.outcome is Outcome.PRESENT for r in self.plan.rows())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("只导入无误的行"),
            self.tr("将导入 {0} 行（另有 {1} 行已在数据库中），不导入 {2} 行有问题的行。要继续吗？").format(
                added, present, len(self.plan.refused)
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName(QUESTION)
        go = box.addButton(self.tr("导入 {0} 行").format(added), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)

        def done(_result: int) -> None:
            self.question = None
            if box.clickedButton() is go:
                self.import_(only_good=True)

        box.finished.connect(done)
        box.open()
        self.question = box
        return box

    def import_(self, *, only_good: bool) -> None:
        planned = self.plan
        if planned is None or (planned.refused and not only_good):
            return
        try:
            self.ctx.check_writable()
        except Exception as e:
            self.ui.formError.setText(failure_text(e))
            return
        db, actor = self.ctx.path, self.ctx.store.actor

        def work(progress: Progress) -> Plan:
            with Store.open(db, actor=actor) as store:
                return apply(store, planned, only_good=only_good, progress=_checked(progress))

        self._run(self.tr("正在导入…"), work, self._imported)

    def _imported(self, result: Plan | None) -> None:
        self._busy(False)
        if result is None:
            self._cancelled(None)
            return
        self.outcome = result
        self.ctx.notify(IMPORTED)
        self.imported.emit(result)
        added = sum(c["added"] for c in result.counts().values())
        present = sum(c["present"] for c in result.counts().values())
        said = self.tr("已从“{0}”导入：新增 {1} 行，已有 {2} 行").format(result.path.name, added, present)
        if result.refused:
            said += self.tr("，未导入有问题的 {0} 行").format(len(result.refused))
        window = self.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 30_000)
        self.accept()

    def reject(self) -> None:
        if self.task is not None and not self.task.finished.is_set():
            self.task.cancel()  # Esc or 关闭 while reading: the work stops, nothing is written
        super().reject()


def save_template(window: QWidget, ctx: AppContext) -> QMessageBox | None:
    """文件 → 下载导入模板…: choose where, then write the template (the paths the app keeps are refused)."""
    start = start_folder(_KIND) / TEMPLATE_NAME
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("SheetImport", "下载导入模板"),
        str(start),
        QCoreApplication.translate("SheetImport", "Excel 工作簿 (*.xlsx)"),
    )
    if not path:
        return None
    confirmed = path.lower().endswith(".xlsx")  # the save dialog has asked before choosing an existing file
    out = Path(path if confirmed else path + ".xlsx")

    def write() -> None:
        from hdrectify.domain.errors import InputError
        from hdrectify.exchange.sheet_import.template import make_template

        try:
            written = make_template(out, ctx.path, force=True)
        except InputError as e:
            refuse(failure_text(e))
            return
        remember_folder(_KIND, written)
        message = QCoreApplication.translate("SheetImport", "已保存导入模板：{0}").format(written)
        announce = getattr(window, "announce_saved", None)
        if announce is not None:
            announce(written, message)

    def refuse(message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("SheetImport", "下载导入模板"), message, parent=window
        )
        box.setObjectName(TEMPLATE_REFUSED)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return confirm_output(window, out, ctx.path, confirmed=confirmed, proceed=write, refuse=refuse)
