"""设置 → 现场检查项目: the on-site items the monthly checklist prints, edited by the office.

The list is versioned in the store (:mod:`hdrectify.store.checklist`): saving writes a new
version in force from today, so a month prints the version in force on its first day and a
month already printed keeps its items. The dialog writes itself in one transaction, emits
:attr:`saved` when a new version was written, and is shown with ``open()``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.checklist import latest_checklist_items, save_checklist_items
from hdrectify.ui.context import SETTINGS, AppContext
from hdrectify.ui.form_support import FieldErrors
from hdrectify.ui.forms.ui_checklist_items_dialog import Ui_ChecklistItemsDialog
from hdrectify.ui.i18n import error_text


class ChecklistItemsDialog(QDialog):
    """Add, remove, reorder and rename the on-site items; 保存 writes them as a new version from ``today``."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.ui = ui = Ui_ChecklistItemsDialog()
        ui.setupUi(self)
        self.errors = FieldErrors(ui, ui.formError)
        for text in latest_checklist_items(ctx.store):
            self._append(text)
        if ui.itemsList.count():
            ui.itemsList.setCurrentRow(0)
        ui.addButton.clicked.connect(self.add_item)
        ui.removeButton.clicked.connect(self.remove_item)
        ui.upButton.clicked.connect(lambda: self.move_item(-1))
        ui.downButton.clicked.connect(lambda: self.move_item(1))
        # On the list only: while an item is being edited its line edit has the keys (Delete deletes a character).
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_item),
            (QKeySequence(Qt.Key.Key_Insert), self.add_item),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up), lambda: self.move_item(-1)),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down), lambda: self.move_item(1)),
        ):
            QShortcut(keys, ui.itemsList, slot, context=Qt.ShortcutContext.WidgetShortcut)
        ui.itemsList.currentRowChanged.connect(self._enable)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        if ctx.read_only:
            save.setEnabled(False)
            self.errors.show(None, self.tr("数据库以只读方式打开，不能修改检查项目"), focus=False)
        self._enable()
        ui.itemsList.setFocus()

    def items(self) -> list[str]:
        """The items as listed now, in order."""
        return [self.ui.itemsList.item(row).text() for row in range(self.ui.itemsList.count())]

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.itemsList.addItem(item)
        return item

    def _enable(self) -> None:
        ui = self.ui
        row, count = ui.itemsList.currentRow(), ui.itemsList.count()
        ui.removeButton.setEnabled(row >= 0)
        ui.upButton.setEnabled(row > 0)
        ui.downButton.setEnabled(0 <= row < count - 1)

    def add_item(self) -> None:
        """A new empty item at the end, open for typing."""
        item = self._append("")
        self.ui.itemsList.setCurrentItem(item)
        self.ui.itemsList.editItem(item)

    def remove_item(self) -> None:
        lst = self.ui.itemsList
        row = lst.currentRow()
        if row >= 0:
            lst.takeItem(row)
            lst.setCurrentRow(min(row, lst.count() - 1))
            lst.setFocus()
        self._enable()

    def move_item(self, step: int) -> None:
        lst = self.ui.itemsList
        row = lst.currentRow()
        if row < 0 or not 0 <= row + step < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(row + step, item)
        lst.setCurrentRow(row + step)
        self._enable()

    def save(self) -> None:
        self.errors.clear()
        try:
            with self.ctx.write() as store:
                changed = save_checklist_items(store, self.items(), self.today)
        except InputError as e:
            self.errors.show(None, error_text(e), focus=False)
            self.ui.itemsList.setFocus()
            return
        if changed:
            self.ctx.notify(SETTINGS)
            self.saved.emit()
        self.accept()
