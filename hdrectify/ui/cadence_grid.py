"""挂钩联系: the cadence grid, a year of every pairing's obligations at a glance.

Rows are pairings; the member, centre, town and completion rate stay frozen on the
left while the periods scroll: the weeks (grouped by month), then the months'
on-site visits, the quarters' reports and the year's review. Each cell is coloured
by its status, with a glyph so that colour is not the only cue; a corner mark shows
补录. The year is computed in a worker thread; filters and sorting only rearrange it.
Clicking a cell, or Enter on it, lists its records.

The frozen columns are a second view on the same model and selection, side by side
with the periods' view, their vertical scrolling tied together. A third such view on the
right pins the months' visits, the quarters' reports and the year's review, so that 本周
brings the week into view with this month, this quarter and the year beside it; only the
weeks scroll, and the arrow keys cross from one view to the other. How cells, header
and legend are drawn is in :mod:`hdrectify.ui.cadence_paint`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QWidget

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period
from hdrectify.store.cell_records import CellExemption, CellRecord, cell_exemptions, cell_records
from hdrectify.ui.cadence_paint import (
    GROUP_GAP,
    HEADER_HEIGHT,
    ROW_HEIGHT,
    WIDTHS,
    CellDelegate,
    FactsDelegate,
    PeriodHeader,
    legend_chip,
)
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_cadence_grid import Ui_CadenceGridPage
from hdrectify.ui.models.cadence_data import GROUP_START, GridData, compute_grid
from hdrectify.ui.models.cadence_display import percent, status_text
from hdrectify.ui.models.cadence_model import FIRST_PERIOD, PAIRING_ROLE, CadenceModel, chinese_order
from hdrectify.ui.photo_suggestions import suggest_and_attach
from hdrectify.ui.photos import PhotoDropFilter, choose_photos
from hdrectify.ui.text_size import px
from hdrectify.ui.worker import run_in_background

SORT_SETTING = "cadence_grid/sort"
YEAR_DELAY_MS = 300  # stepping through years with the spin box computes only the year it stops at


class CadenceGridPage(QWidget):
    """The 挂钩联系 screen: the year's grid, its filters, legend and totals."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CadenceGridPage()
        self.ui.setupUi(self)
        font = self.ui.headerLabel.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.ui.headerLabel.setFont(font)
        self.model = CadenceModel(self._fetch_records, self)
        self._generation = 0
        self._busy = False
        self._filled_once = False
        self._look_when_shown = False
        self._setup_views()
        self._setup_legend()
        self.ui.yearSpin.setValue(dt.date.today().year)
        self.year_timer = QTimer(self)
        self.year_timer.setSingleShot(True)
        self.year_timer.setInterval(YEAR_DELAY_MS)
        self.year_timer.timeout.connect(self.refresh)
        self.ui.yearSpin.valueChanged.connect(self.year_timer.start)
        self.ui.townCombo.currentIndexChanged.connect(self._filter)
        self.ui.memberCombo.currentIndexChanged.connect(self._filter)
        self.ui.thisWeekButton.clicked.connect(lambda: self.go_to_this_week())
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_to_this_week)
        self.ui.busyLabel.hide()
        self.ui.busyBar.hide()
        self._setup_photos()
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _setup_views(self) -> None:
        facts, periods, summary = self.ui.factsView, self.ui.periodsView, self.ui.summaryView
        periods.setHorizontalHeader(PeriodHeader(periods))
        summary.setHorizontalHeader(PeriodHeader(summary))
        for view in (facts, periods, summary):
            view.setModel(self.model)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(px(ROW_HEIGHT))
            view.horizontalHeader().setFixedHeight(px(HEADER_HEIGHT))
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        facts.setSelectionModel(periods.selectionModel())
        summary.setSelectionModel(periods.selectionModel())
        periods.setItemDelegate(CellDelegate(self.model, periods))
        summary.setItemDelegate(CellDelegate(self.model, summary))
        facts.setItemDelegate(FactsDelegate(facts))
        facts.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        facts.horizontalHeader().setStyleSheet(
            "QHeaderView::section { background: #f4f6f9; color: #2f3b4a; border: none;"
            " border-bottom: 1px solid #c5ccd6; padding: 0 4px 4px 6px; font-weight: bold; }"
        )
        facts.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        facts.setSortingEnabled(True)
        facts.horizontalHeader().setStretchLastSection(False)
        facts.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Tie the vertical scrolling together; the facts' view has room at the bottom for
        # the periods' horizontal scroll bar, so their rows stay level at every position.
        periods.verticalScrollBar().valueChanged.connect(facts.verticalScrollBar().setValue)
        facts.verticalScrollBar().valueChanged.connect(periods.verticalScrollBar().setValue)
        periods.verticalScrollBar().valueChanged.connect(summary.verticalScrollBar().setValue)
        summary.verticalScrollBar().valueChanged.connect(periods.verticalScrollBar().setValue)
        self.ui.factsFooter.setFixedHeight(periods.horizontalScrollBar().sizeHint().height())
        self.ui.summaryFooter.setFixedHeight(periods.horizontalScrollBar().sizeHint().height())
        header = periods.horizontalHeader()
        periods.horizontalScrollBar().valueChanged.connect(lambda _: header.viewport().update())
        periods.selectionModel().currentChanged.connect(self._current_changed)
        for view in (periods, summary):
            view.clicked.connect(self.open_records)
            view.installEventFilter(self)
        self.model.modelReset.connect(self._layout_columns)
        # the sort chosen last time (leader: "who is behind" by completion rate) is kept for next time
        saved = QSettings().value(SORT_SETTING)
        if isinstance(saved, list) and len(saved) == 2:
            with contextlib.suppress(ValueError, TypeError):
                facts.sortByColumn(int(saved[0]), Qt.SortOrder(int(saved[1])))
        facts.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, order: QSettings().setValue(SORT_SETTING, [column, order.value])
        )

    def _setup_legend(self) -> None:
        layout: QHBoxLayout = self.ui.legendLayout

        def chip(status: Status | None, backfilled: bool = False, band: bool = False, holiday: bool = False) -> QLabel:
            label = QLabel()
            ratio = self.devicePixelRatio()
            label.setPixmap(legend_chip(status, ratio, backfilled=backfilled, band=band, holiday=holiday))
            return label

        entries: list[tuple[QLabel, str]] = [(chip(s), status_text(s)) for s in Status]
        entries.append((chip(Status.DONE, backfilled=True), self.tr("补录（角标）")))
        entries.append((chip(None), self.tr("不在挂钩期")))
        entries.append((chip(None, band=True), self.tr("本周")))
        entries.append((chip(None, holiday=True), self.tr("法定节假日")))
        for pixmap_label, text in entries:
            pair = QHBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(pixmap_label)
            words = QLabel(text)
            pair.addWidget(words)
            layout.addLayout(pair)
        self.holiday_legend = words  # says when the year's holidays are not listed
        layout.addStretch(1)

    def _layout_columns(self) -> None:
        facts, periods, summary = self.ui.factsView, self.ui.periodsView, self.ui.summaryView
        count = self.model.columnCount()
        pinned = 0
        for col in range(count):
            facts.setColumnHidden(col, col >= FIRST_PERIOD)
            week = self._is_week(col)
            periods.setColumnHidden(col, not week)
            summary.setColumnHidden(col, col < FIRST_PERIOD or week)
        for n, column in enumerate(self.model.grid.columns):
            width = px(WIDTHS[column.period.kind.value])
            if column.boundary == GROUP_START and n > 0:
                width += px(GROUP_GAP)
            view = periods if column.obligation is Obligation.CONTACT else summary
            view.setColumnWidth(FIRST_PERIOD + n, width)
            if view is summary:
                pinned += width
        summary.setFixedWidth(pinned)
        self.ui.summaryFooter.setFixedWidth(pinned)
        metrics = facts.fontMetrics()
        rows = self.model.grid.rows  # all of them, so that filtering does not shift the columns
        longest = {
            0: max((metrics.horizontalAdvance(r.info.member) for r in rows), default=40),
            1: max((metrics.horizontalAdvance(r.info.centre) for r in rows), default=80),
            2: max((metrics.horizontalAdvance(r.info.town) for r in rows), default=60),
            3: metrics.horizontalAdvance("100%"),
        }
        caps = {0: px(90), 1: px(170), 2: px(96), 3: px(60)}
        total = 0
        for col in range(FIRST_PERIOD):
            header = metrics.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 24
            width = max(header, min(caps[col], longest[col] + 16))
            facts.setColumnWidth(col, width)
            total += width
        facts.setFixedWidth(total + 2)
        self.ui.factsFooter.setFixedWidth(total + 2)

    def _is_week(self, col: int) -> bool:
        column = self.model.column(col)
        return column is not None and column.obligation is Obligation.CONTACT

    def view_for(self, index: QModelIndex) -> QAbstractItemView:
        """The view that shows ``index``: the weeks scroll, the months, quarters and year are pinned."""
        if index.column() < FIRST_PERIOD:
            return self.ui.factsView
        return self.ui.periodsView if self._is_week(index.column()) else self.ui.summaryView

    # -- data ------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the form's texts now, the rest with the next refresh."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model") and not self.ctx.closed:
            self.ui.retranslateUi(self)
            self._name_photos_button()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Recompute the year in the background; the grid keeps showing the old one meanwhile."""
        self.year_timer.stop()
        if self.ctx.closed:
            return
        self._generation += 1
        generation = self._generation
        year, as_of, path = self.ui.yearSpin.value(), dt.date.today(), self.ctx.path
        self.ui.busyLabel.setText(self.tr("正在计算…"))
        self.ui.busyLabel.setStyleSheet("")
        self.ui.busyLabel.show()
        self.ui.busyBar.show()
        self._busy = True
        run_in_background(
            self,
            lambda progress: compute_grid(path, year, as_of),
            lambda grid: self._filled(generation, grid),
            lambda message: self._failed(generation, message),
        )

    def is_busy(self) -> bool:
        """True while the latest refresh is still being computed (or waits for the year to settle)."""
        return self._busy or self.year_timer.isActive()

    def _filled(self, generation: int, grid: GridData) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        current = self._current_key()
        view = self.ui.periodsView
        scroll = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        self._fill_filters(grid)
        self.model.set_grid(grid)
        self._apply_filter()
        self._busy = False
        self.ui.busyLabel.hide()
        self.ui.busyBar.hide()
        self.ui.thisWeekButton.setEnabled(bool(grid.current))
        self.holiday_legend.setText(
            self.tr("法定节假日")
            if grid.holidays_known
            else self.tr("法定节假日（{0}年尚未收录，请更新本软件）").format(grid.year)
        )
        if not self._filled_once:
            # the first grid with a row opens on this week (a new office's first look has none yet)
            self._filled_once = self.model.rowCount() > 0
            if self._filled_once:
                self._first_look()
        else:  # the same cell, seen from the same place, as before the refresh
            self._restore_current(current)
            view.doItemsLayout()
            self.ui.factsView.doItemsLayout()
            view.horizontalScrollBar().setValue(scroll[0])
            view.verticalScrollBar().setValue(scroll[1])

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._busy = False
        self.ui.busyBar.hide()
        self.ui.busyLabel.setText(self.tr("计算失败：{0}").format(message))
        self.ui.busyLabel.setStyleSheet("color: #b3261e;")

    def _fetch_records(
        self, pairing_id: str, obligation: Obligation, period: Period
    ) -> tuple[list[CellRecord], list[CellExemption]]:
        """A cell's records for its tooltip: one indexed query on the UI thread, only when asked."""
        store = self.ctx.store
        return cell_records(store, pairing_id, obligation, period), cell_exemptions(
            store, pairing_id, obligation, period
        )

    # -- filters ---------------------------------------------------------------------------------
    def _fill_filters(self, grid: GridData) -> None:
        town_combo, member_combo = self.ui.townCombo, self.ui.memberCombo
        town, member = town_combo.currentData(), member_combo.currentData()
        if not self._filled_once:
            member = self.ctx.me()
        members = {r.info.member_id: r.info.member for r in grid.rows}
        if member and member not in members:
            found = self.ctx.store.get("members", member)
            if found is not None:
                members[member] = found["name"]
        rank = chinese_order([*members.values(), *(r.info.town for r in grid.rows)])
        towns = sorted({r.info.town for r in grid.rows}, key=rank.__getitem__)
        people = sorted(((name, mid) for mid, name in members.items()), key=lambda item: (rank[item[0]], item[1]))
        for combo, items, keep in ((town_combo, [(t, t) for t in towns], town), (member_combo, people, member)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), None)
            for text, data in items:
                combo.addItem(text, data)
            at = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self.model.set_filter(self.ui.townCombo.currentData(), self.ui.memberCombo.currentData())
        self._show_totals()

    def _filter(self) -> None:
        current = self._current_key()
        self._apply_filter()
        self._restore_current(current)

    def _show_totals(self) -> None:
        t = self.model.totals()
        rows = self.model.rowCount()
        year = self.model.grid.year
        if not self.model.grid.rows:
            text = self.tr("{0}年没有挂钩关系：请先在“中心与党员”中为党员和康园中心建立挂钩。").format(year)
        elif rows == 0:
            text = self.tr("{0}年没有符合条件的挂钩关系。").format(year)
        else:
            text = self.tr(
                "{0}年 · {1} 个挂钩 · 完成率 <b>{2}</b>（已完成 {3}，逾期完成 {4}，未完成 {5}；"
                "免 {6}，待完成 {7}，未开始 {8}）"
            ).format(year, rows, percent(t.completion_rate), t.done, t.late, t.missed, t.exempt, t.due, t.upcoming)
        self.ui.totalsLabel.setText(text)

    # -- moving around ---------------------------------------------------------------------------
    def _current_key(self) -> tuple[str, int] | None:
        index = self.ui.periodsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.grid_row(index.row()).info.pairing.id, index.column()

    def _restore_current(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        pairing_id, column = key
        for row, grid_row in enumerate(self.model.visible_rows()):
            if grid_row.info.pairing.id == pairing_id and column < self.model.columnCount():
                self.ui.periodsView.setCurrentIndex(self.model.index(row, column))
                return

    def _first_look(self) -> None:
        """This week in the middle of the periods' view as it is shown: the columns just laid out
        narrow that view, so its layout settles first (or, hidden, when it is next shown)."""
        if not self.isVisible():
            self._look_when_shown = True
            return
        self._look_when_shown = False
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.go_to_this_week(focus=False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._look_when_shown:
            QTimer.singleShot(0, self._first_look)

    def go_to_this_week(self, focus: bool = True) -> None:
        """Put the cursor on this week's column (first column of the periods otherwise); this
        month, quarter and the year are pinned beside the weeks, so they are in view too."""
        if self.model.rowCount() == 0:
            return
        current = min(self.model.grid.current, default=0)
        row = max(self.ui.periodsView.currentIndex().row(), 0)
        index = self.model.index(row, FIRST_PERIOD + current)
        view = self.ui.periodsView
        view.setCurrentIndex(index)
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if focus:
            view.setFocus()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.ui.factsView.viewport().update()
        self.ui.summaryView.viewport().update()
        self.ui.periodsView.horizontalHeader().viewport().update()
        self.ui.summaryView.horizontalHeader().viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        views = (self.ui.periodsView, self.ui.summaryView)
        if watched in views and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            index = self.ui.periodsView.currentIndex()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_records(index)
                return True
            if index.isValid() and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                step = 1 if key == Qt.Key.Key_Right else -1
                beside = index.siblingAtColumn(index.column() + step)
                view = self.view_for(beside) if beside.isValid() else None
                if view is not None and view is not watched and view is not self.ui.factsView:
                    view.setCurrentIndex(beside)  # from the last week to January's visit, and back
                    view.scrollTo(beside)
                    view.setFocus()
                    return True
        return super().eventFilter(watched, event)

    # -- photos: a folder or many photos dropped on a pairing's row, matched to records by their day -----
    def _setup_photos(self) -> None:
        self.photos_button = QPushButton(self)
        self.photos_button.setObjectName("addPhotosButton")
        self.ui.filterLayout.insertWidget(self.ui.filterLayout.indexOf(self.ui.thisWeekButton) + 1, self.photos_button)
        self.photos_button.clicked.connect(self._choose_photos)
        self._name_photos_button()
        for view in (self.ui.factsView, self.ui.periodsView, self.ui.summaryView):
            PhotoDropFilter(view.viewport(), partial(self._photos_dropped, view), partial(self._pairing_at, view))

    @staticmethod
    def _pairing_at(view: QAbstractItemView, pos: QPoint) -> bool:
        return view.indexAt(pos).data(PAIRING_ROLE) is not None

    def _photos_dropped(self, view: QAbstractItemView, paths: list[Path], pos: QPoint) -> None:
        self.add_photos(view.indexAt(pos).data(PAIRING_ROLE), paths)

    def _name_photos_button(self) -> None:
        self.photos_button.setText(self.tr("添加照片…"))
        self.photos_button.setAccessibleName(self.tr("为当前挂钩添加照片，按拍摄日期对应到记录"))

    def _choose_photos(self) -> None:
        pairing_id = self.ui.periodsView.currentIndex().data(PAIRING_ROLE)
        if pairing_id is None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("添加照片"),
                self.tr("请先在表格中选中一个挂钩（一行），再添加照片"),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.add_photos(pairing_id, choose_photos(self))

    def add_photos(self, pairing_id: str | None, paths: list[Path]) -> None:
        """Photos for a pairing: their days are read, then the records suggested, for the user to confirm."""
        if pairing_id is not None and paths:
            suggest_and_attach(self, self.ctx, pairing_id, paths)

    def open_records(self, index: QModelIndex) -> QWidget | None:
        """List the records behind a cell (nothing for a period the pairing does not owe)."""
        cell = self.model.cell(index)
        if cell is None:
            return None
        from hdrectify.ui.cell_records_dialog import CellRecordsDialog

        row = self.model.grid_row(index.row())
        column = self.model.column(index.column())
        assert column is not None
        dialog = CellRecordsDialog(self.ctx, row.info, column, cell, self.model.grid.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
