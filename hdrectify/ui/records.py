"""走访记录: every contact record in one table, with search and filters, to correct or delete.

Typing in the search box waits for a pause (150 ms) before asking the database, so a
word typed quickly is one query; choosing a member, centre or method asks at once.
The table is a lazy model (ui.models.records_model): it holds only the pages scrolled
through, whatever the size of the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QMenu, QWidget

from hdrectify.domain.cadence import Method
from hdrectify.store import people
from hdrectify.store.record_list import ContactRow, RecordFilter
from hdrectify.ui.context import AppContext
from hdrectify.ui.form_support import from_qdate, to_qdate, zh_date
from hdrectify.ui.forms.ui_records import Ui_RecordsPage
from hdrectify.ui.models.records_model import (
    COL_AUTHOR,
    COL_BACKFILLED,
    COL_CENTRE,
    COL_DATE,
    COL_DELETED,
    COL_MEMBER,
    COL_METHOD,
    COL_NOTE,
    COL_PROBLEMS,
    COL_RECORDED,
    COL_TOWN,
    ROW_ROLE,
    RecordsModel,
    method_text,
)
from hdrectify.ui.record_delete_dialog import RecordDeleteDialog
from hdrectify.ui.record_edit_dialog import RecordEditDialog

SEARCH_DELAY_MS = 150
_WIDTHS = {
    COL_DATE: 114,
    COL_MEMBER: 68,
    COL_CENTRE: 144,
    COL_TOWN: 80,
    COL_METHOD: 46,
    COL_PROBLEMS: 140,
    COL_BACKFILLED: 42,
    COL_AUTHOR: 76,
    COL_RECORDED: 146,
    COL_DELETED: 200,
}
# The town is in nearly every centre's name (and in its tooltip); the column is there to search.
_HIDDEN = (COL_TOWN,)


class RecordsPage(QWidget):
    def _size_columns(self) -> None:
        """The set widths, widened to fit the header and the method names in the current language."""
        view = self.ui.recordsView
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        for col, width in _WIDTHS.items():
            wanted = max(width, header.sectionSizeHint(col))
            if col == COL_METHOD:
                wanted = max(wanted, max(metrics.horizontalAdvance(method_text(m.value)) for m in Method) + padding)
            header.resizeSection(col, wanted)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model") and not self.ctx.closed:
            self.ui.retranslateUi(self)
            self._size_columns()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.refresh()
        super().changeEvent(event)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RecordsPage()
        self.ui.setupUi(self)
        self.model = RecordsModel(ctx.store, self)
        view = self.ui.recordsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        self._size_columns()
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        view.setColumnHidden(COL_DELETED, True)
        for col in _HIDDEN:
            view.setColumnHidden(col, True)

        today = dt.date.today()
        self.ui.dateFrom.setDate(to_qdate(today.replace(day=1)))
        self.ui.dateTo.setDate(to_qdate(today))
        self._fill_choices()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self.search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_filters)
        self.ui.dateFrom.dateChanged.connect(self.search_timer.start)
        self.ui.dateTo.dateChanged.connect(self.search_timer.start)
        for combo in (self.ui.memberCombo, self.ui.centreCombo, self.ui.methodCombo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.ui.fromCheck, self.ui.toCheck, self.ui.deletedCheck):
            check.toggled.connect(self.apply_filters)
        self.ui.resetButton.clicked.connect(self.reset_filters)

        self.model.totalChanged.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.model.countFailed.connect(self._count_failed)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        view.doubleClicked.connect(lambda _index: self.correct_selected())
        view.customContextMenuRequested.connect(self._context_menu)
        self.ui.correctButton.clicked.connect(self.correct_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        widget_only = Qt.ShortcutContext.WidgetShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), view, self.correct_selected, context=widget_only)
        QShortcut(QKeySequence.StandardKey.Delete, view, self.delete_selected, context=widget_only)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+H"), view, self.history_selected, context=widget_only)
        self._show_count()
        self._update_buttons()

    # -- filters ------------------------------------------------------------
    def _fill_choices(self) -> None:
        """The member, centre and method lists, keeping what was chosen."""
        store = self.ctx.store
        choices: list[tuple[QComboBox, str, list[tuple[str, str]]]] = [
            (self.ui.memberCombo, self.tr("全部党员"), [(r["name"], r["id"]) for r in people.members(store)]),
            (self.ui.centreCombo, self.tr("全部中心"), [(r["name"], r["id"]) for r in people.centres(store)]),
            (self.ui.methodCombo, self.tr("全部方式"), [(method_text(m.value), m.value) for m in Method]),
        ]
        for combo, everything, items in choices:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def current_filter(self) -> RecordFilter:
        ui = self.ui
        return RecordFilter(
            text=ui.searchEdit.text(),
            member_id=ui.memberCombo.currentData(),
            centre_id=ui.centreCombo.currentData(),
            method=ui.methodCombo.currentData(),
            date_from=from_qdate(ui.dateFrom.date()) if ui.fromCheck.isChecked() else None,
            date_to=from_qdate(ui.dateTo.date()) if ui.toCheck.isChecked() else None,
            include_deleted=ui.deletedCheck.isChecked(),
        )

    def apply_filters(self) -> None:
        """Show the records the filters ask for now (what the search pause ends in)."""
        self.search_timer.stop()
        wanted = self.current_filter()
        self.ui.recordsView.setColumnHidden(COL_DELETED, not wanted.include_deleted)
        if wanted != self.model.filter:
            self.model.set_filter(wanted)

    def reset_filters(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.memberCombo, ui.centreCombo, ui.methodCombo, ui.fromCheck, ui.toCheck)
        for widget in (*widgets, ui.deletedCheck):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.memberCombo, ui.centreCombo, ui.methodCombo):
            combo.setCurrentIndex(0)
        for check in (ui.fromCheck, ui.toCheck, ui.deletedCheck):
            check.setChecked(False)
        for widget in (*widgets, ui.deletedCheck):
            widget.blockSignals(False)
        ui.dateFrom.setEnabled(False)
        ui.dateTo.setEnabled(False)
        self.apply_filters()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- the page protocol ------------------------------------------------------
    def refresh(self) -> None:
        """Read again after data changed, keeping the filters, the scroll and the selected record."""
        chosen = self.selected_record()
        row = self.ui.recordsView.currentIndex().row()
        self._fill_choices()
        wanted = self.current_filter()
        self.ui.recordsView.setColumnHidden(COL_DELETED, not wanted.include_deleted)
        self.model.reload(wanted)
        again = self.model.row_of(chosen.id) if chosen is not None else -1
        if again < 0 and row >= 0:
            again = min(row, self.model.rowCount() - 1)  # the record left the list: select its neighbour
        if again >= 0:
            self.select_row(again)

    def select_row(self, row: int) -> None:
        view = self.ui.recordsView
        index = self.model.index(row, COL_DATE)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    # -- counts and buttons -----------------------------------------------------
    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.waiting_for_index:
            text = self.tr("正在准备全文搜索（打开后约需一两秒），稍候即显示结果…")
        elif total is None:
            text = self.tr("已显示 {0} 条，正在统计总数…").format(f"{shown:,}")
        elif total == 0:
            text = self.tr("没有符合条件的记录") if self._filtering() else self.tr("还没有走访记录")
        else:
            text = self.tr("共 {0} 条记录").format(f"{total:,}")
            if self.model.filter.include_deleted:
                text += self.tr("（含已删除）")
        self.ui.countLabel.setText(text)

    def _count_failed(self, message: str) -> None:
        self.ui.countLabel.setText(self.tr("无法统计总数：{0}").format(message))

    def _filtering(self) -> bool:
        return self.model.filter != RecordFilter(include_deleted=self.model.filter.include_deleted)

    def selected_record(self) -> ContactRow | None:
        index = self.ui.recordsView.currentIndex()
        if not index.isValid() or not self.ui.recordsView.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        record: ContactRow = self.model.data(index, ROW_ROLE)
        return record

    def _update_buttons(self) -> None:
        record = self.selected_record()
        live = record is not None and record.deleted_at is None
        self.ui.correctButton.setEnabled(live)
        self.ui.deleteButton.setEnabled(live)

    # -- correcting and deleting ------------------------------------------------
    def correct_selected(self) -> RecordEditDialog | None:
        record = self.selected_record()
        if record is None or record.deleted_at is not None:
            return None
        dialog = RecordEditDialog(self.ctx, record.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> RecordDeleteDialog | None:
        record = self.selected_record()
        if record is None or record.deleted_at is not None:
            return None
        dialog = RecordDeleteDialog(self.ctx, record.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def history_selected(self) -> QDialog | None:
        """Every change of the selected record (deleted ones too), from the audit log."""
        from hdrectify.ui.history_dialog import HistoryDialog

        record = self.selected_record()
        if record is None:
            return None
        summary = self.tr("{0}　{1} — {2}　{3}").format(
            zh_date(record.date), record.member, record.centre, method_text(record.method)
        )
        dialog = HistoryDialog(self.ctx, "contacts", record.id, summary, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _context_menu(self, pos: QPoint) -> None:
        view = self.ui.recordsView
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        record = self.selected_record()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        correct = menu.addAction(self.tr("更正(&E)…"), self.correct_selected)
        delete = menu.addAction(self.tr("删除(&D)…"), self.delete_selected)
        for action in (correct, delete):
            action.setEnabled(record is not None and record.deleted_at is None)
        menu.addSeparator()
        menu.addAction(self.tr("修改历史(&H)…"), self.history_selected).setEnabled(record is not None)
        menu.popup(view.viewport().mapToGlobal(pos))
