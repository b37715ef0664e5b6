"""设置 → 年度考评细则: the annual review's items, their maximum points and guidance, edited by the office.

Saved through :func:`hdrectify.store.rubric.save_rubric` in one transaction: a version that
reviews use is kept and a new version written, so old reviews keep their items. The maxima
must add up to 100 (the total is shown as they change). Shown with ``open()``; emits
:attr:`saved` when something was written.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.rubric import TOTAL, RubricItem
from hdrectify.store.rubric import current_rubric, save_rubric
from hdrectify.ui.context import SETTINGS, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.forms.ui_rubric_dialog import Ui_RubricDialog
from hdrectify.ui.i18n import error_text

NAME, MAX, GUIDANCE = range(3)


class RubricDialog(QDialog):
    """Add, remove, reorder and edit the review's items; 保存 writes them (a new version if in use)."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RubricDialog()
        ui.setupUi(self)
        self.errors = FieldErrors(ui, ui.formError)
        header = ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(GUIDANCE, QHeaderView.ResizeMode.Stretch)
        ui.itemsTable.verticalHeader().setVisible(False)
        rubric = current_rubric(ctx.store)
        self.version = rubric.version
        self._fill(list(rubric.items))
        ui.addButton.clicked.connect(self.add_item)
        ui.removeButton.clicked.connect(self.remove_item)
        ui.upButton.clicked.connect(lambda: self.move_item(-1))
        ui.downButton.clicked.connect(lambda: self.move_item(1))
        ui.itemsTable.currentCellChanged.connect(lambda *_: self._enable())
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        if ctx.read_only:
            save.setEnabled(False)
            self.errors.show(None, self.tr("数据库以只读方式打开，不能修改考评细则"), focus=False)
        self._enable()
        ui.itemsTable.setFocus()

    def items(self) -> list[RubricItem]:
        """The items as listed now, in order."""
        table, out = self.ui.itemsTable, []
        for row in range(table.rowCount()):
            name, guidance, spin = table.item(row, NAME), table.item(row, GUIDANCE), table.cellWidget(row, MAX)
            assert isinstance(spin, QSpinBox)
            out.append(RubricItem(name.text() if name else "", spin.value(), guidance.text() if guidance else ""))
        return out

    def _fill(self, items: list[RubricItem], current: int = 0) -> None:
        """Show ``items``: the rows' texts and spin boxes set in place (a spin box is an editor of the
        view: one destroyed while it has the focus would be committed after it is gone)."""
        table = self.ui.itemsTable
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in ((NAME, item.name), (GUIDANCE, item.guidance)):
                cell = table.item(row, column)
                if cell is None:
                    table.setItem(row, column, QTableWidgetItem(text))
                else:
                    cell.setText(text)
            spin = table.cellWidget(row, MAX)
            if not isinstance(spin, QSpinBox):
                spin = QSpinBox()
                spin.setRange(1, TOTAL)
                spin.setSuffix(self.tr(" 分"))
                label = self.tr("第 %1 项的满分").replace("%1", str(row + 1))
                spin.setAccessibleName(label)
                spin.lineEdit().setAccessibleName(label)  # what a screen reader reaches inside the box
                spin.setObjectName(f"maxSpin{row + 1}")
                spin.valueChanged.connect(self._show_total)
                table.setCellWidget(row, MAX, spin)
            blocked = spin.blockSignals(True)  # the total is shown once every row is there
            spin.setValue(item.max_points)
            spin.blockSignals(blocked)
        table.resizeColumnToContents(NAME)
        if items:
            table.setCurrentCell(min(current, len(items) - 1), NAME)
        self._show_total()

    def _show_total(self) -> None:
        total = sum(i.max_points for i in self.items())
        text = self.tr("满分合计：%1 分").replace("%1", str(total))
        if total != TOTAL:
            text += self.tr("（须为 100 分）")
        self.ui.totalLabel.setText(text)

    def _enable(self) -> None:
        ui = self.ui
        row, count = ui.itemsTable.currentRow(), ui.itemsTable.rowCount()
        ui.removeButton.setEnabled(row >= 0)
        ui.upButton.setEnabled(row > 0)
        ui.downButton.setEnabled(0 <= row < count - 1)

    def add_item(self) -> None:
        """A new item at the end (maximum 10), its name open for typing."""
        items = self.items()
        self._fill([*items, RubricItem("", 10)], len(items))
        table = self.ui.itemsTable
        cell = table.item(len(items), NAME)
        if cell is not None:
            table.editItem(cell)
        self._enable()

    def remove_item(self) -> None:
        row = self.ui.itemsTable.currentRow()
        if row >= 0:
            items = self.items()
            del items[row]
            self._fill(items, row)
        self._enable()

    def move_item(self, step: int) -> None:
        row = self.ui.itemsTable.currentRow()
        items = self.items()
        if row < 0 or not 0 <= row + step < len(items):
            return
        items[row], items[row + step] = items[row + step], items[row]
        self._fill(items, row + step)
        self._enable()

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                changed = save_rubric(store, self.items())
        except InputError as e:
            self.errors.show(None, error_text(e), focus=False)
            self.ui.itemsTable.setFocus()
            return
        if changed:
            self.ctx.notify(SETTINGS)
            self.saved.emit()
        self.accept()
