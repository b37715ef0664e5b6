"""挂钩联系: the cadence grid, a year of every pairing's obligations at a glance.

Rows are pairings; the member, centre, town and completion rate stay frozen on the
left while the periods scroll: the weeks (grouped by month), then the months'
on-site visits, the quarters' reports and the year's review. Each cell is coloured
by its status, with a glyph so that colour is not the only cue; a corner mark shows
补录. The year is computed in a worker thread; filters and sorting only rearrange it.
Clicking a cell, or Enter on it, lists its records.

The frozen columns are a second view on the same model and selection, side by side
with the periods' view, their vertical scrolling tied together.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period
from hdrectify.store.cell_records import CellExemption, CellRecord, cell_exemptions, cell_records
from hdrectify.ui.context import AppContext
from hdrectify.ui.forms.ui_cadence_grid import Ui_CadenceGridPage
from hdrectify.ui.models.cadence_model import (
    BACKFILL_MARK,
    BOUNDARY_ROLE,
    COL_RATE,
    CURRENT_COLOUR,
    CURRENT_ROLE,
    FIRST_PERIOD,
    GROUP_ROLE,
    GROUP_START,
    LOOKS,
    MONTH_START,
    PERIOD_ROLE,
    RATE_ROLE,
    SUBGROUP_ROLE,
    CadenceModel,
    GridData,
    chinese_order,
    compute_grid,
    percent,
    status_text,
)
from hdrectify.ui.worker import run_in_background

ROW_HEIGHT = 24
Index = QModelIndex | QPersistentModelIndex
HEADER_HEIGHT = 54  # three lines: obligation, month (weeks), period
WIDTHS = {"week": 16, "month": 27, "quarter": 30, "year": 40}
GROUP_GAP = 8  # extra width before each obligation's first column
GRID_LINE = QColor("#c5ccd6")
CURRENT_BAND = QColor("#dce8fb")
ROW_BAND = QColor("#e8eef8")


class _Pens:
    """Colours, pens and brushes made once: the grid paints thousands of cells per frame."""

    def __init__(self) -> None:
        self.fill = {s: QBrush(QColor(look.fill)) for s, look in LOOKS.items()}
        self.outline = {s: QPen(QColor(look.outline), 1.6) for s, look in LOOKS.items() if look.outline}
        self.text = {s: QColor(look.text) for s, look in LOOKS.items()}
        self.mark = QBrush(QColor(BACKFILL_MARK))
        self.focus = QPen(QColor("#111111"), 2)
        self.no_pen = QPen(Qt.PenStyle.NoPen)


_pens: _Pens | None = None


def pens() -> _Pens:
    global _pens  # made on first use: QColor and QPen need the application
    if _pens is None:
        _pens = _Pens()
    return _pens


def paint_cell(painter: QPainter, rect: QRect, status: Status | None, backfilled: bool, font: QFont) -> None:
    """One status cell: a rounded chip, its glyph, a corner mark if 补录 (also the legend's chips)."""
    if status is None:
        return
    p = pens()
    look = LOOKS[status]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(p.outline.get(status, p.no_pen))
    painter.setBrush(p.fill[status])
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    if look.glyph:
        painter.setPen(p.text[status])
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, look.glyph)
    if backfilled:
        size = min(7, rect.width() // 2)
        right, top = rect.right() + 1, rect.top()
        painter.setPen(p.no_pen)
        painter.setBrush(p.mark)
        painter.drawPolygon([QPoint(right - size, top), QPoint(right, top), QPoint(right, top + size)])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


class CellDelegate(QStyledItemDelegate):
    """Paints a period cell: a rounded chip in the status colour, month and group separators.

    It asks the model for everything in one call (:meth:`CadenceModel.paint_info`) rather
    than role by role, which keeps a full repaint of a thousand-row grid quick.
    """

    def __init__(self, model: CadenceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.glyph_font = QFont()
        self.glyph_font.setPixelSize(11)
        self.glyph_font.setBold(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        status, backfilled, boundary, current = self.model.paint_info(index.row(), index.column())
        if current:
            painter.fillRect(rect, CURRENT_BAND)
        left = rect.left()
        if boundary == GROUP_START and index.column() > FIRST_PERIOD:
            painter.fillRect(left + 2, rect.top(), 2, rect.height(), GRID_LINE)
            left += GROUP_GAP
        elif boundary == MONTH_START:
            painter.fillRect(left, rect.top(), 1, rect.height(), GRID_LINE)
        chip = QRect(left + 2, rect.top() + 3, rect.right() - left - 3, rect.height() - 6)
        paint_cell(painter, chip, status, backfilled, self.glyph_font)
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_HasFocus or state & QStyle.StateFlag.State_Selected:
            painter.setPen(pens().focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(chip.adjusted(-1, -1, 1, 1))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(WIDTHS["week"], ROW_HEIGHT)


class FactsDelegate(QStyledItemDelegate):
    """The frozen columns: the current row tinted, the rate with a small bar under it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        selection = self.view.selectionModel()
        if selection is not None and selection.currentIndex().row() == index.row():
            painter.fillRect(rect, ROW_BAND)
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        opt.state &= ~QStyle.StateFlag.State_HasFocus  # type: ignore[attr-defined]
        super().paint(painter, opt, index)
        if index.column() == COL_RATE:
            rate = index.data(RATE_ROLE)
            track = QRect(rect.left() + 6, rect.bottom() - 4, rect.width() - 12, 3)
            painter.fillRect(track, QColor("#e3e6ea"))
            if rate is not None:
                painter.fillRect(
                    QRect(track.left(), track.top(), round(track.width() * rate), 3), QColor(LOOKS[Status.DONE].fill)
                )


class PeriodHeader(QHeaderView):
    """Three lines over the periods: the obligation, the month of each week, the period itself.

    A label spanning several sections is drawn by each section clipped to its own part,
    so the pieces join up whatever is scrolled into view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setFixedHeight(HEADER_HEIGHT)
        self.setMinimumSectionSize(4)
        self.small = QFont()
        self.small.setPixelSize(10)
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self._runs: dict[int, dict[int, tuple[int, int]]] = {}
        self._runs_of: object = None  # the first period shown when _runs was worked out

    def _span(self, section: int, role: int) -> tuple[int, QRect]:
        """The first section and header rect of the neighbours of ``section`` sharing its value of ``role``."""
        model = self.model()
        if self._runs_of != model.headerData(FIRST_PERIOD, Qt.Orientation.Horizontal, PERIOD_ROLE):
            self._runs.clear()
        runs = self._runs.get(role)
        if runs is None:  # worked out once per grid: sections grouped by their value of ``role``
            runs = {}
            start = FIRST_PERIOD
            count = model.columnCount()
            values = [model.headerData(n, Qt.Orientation.Horizontal, role) for n in range(count)]
            for n in range(FIRST_PERIOD, count + 1):
                if n == count or values[n] != values[start]:
                    for k in range(start, n):
                        runs[k] = (start, n - 1)
                    start = n
            self._runs[role] = runs
            self._runs_of = model.headerData(FIRST_PERIOD, Qt.Orientation.Horizontal, PERIOD_ROLE)
        first, last = runs.get(section, (section, section))
        x0 = self.sectionViewportPosition(first)
        x1 = self.sectionViewportPosition(last) + self.sectionSize(last)
        return first, QRect(x0, 0, x1 - x0, self.height())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        model = self.model()
        if model is None or logicalIndex < FIRST_PERIOD:
            return
        header = model.headerData
        h = Qt.Orientation.Horizontal
        line = rect.height() // 3
        painter.save()
        painter.fillRect(rect, QColor("#f4f6f9"))
        painter.setClipRect(rect)
        group = header(logicalIndex, h, GROUP_ROLE)
        boundary = header(logicalIndex, h, BOUNDARY_ROLE)
        first, span = self._span(logicalIndex, GROUP_ROLE)
        # The label stays over the visible part of its group, so it is never scrolled away.
        left = span.left() + (GROUP_GAP if first > FIRST_PERIOD else 0)
        text_rect = QRect(max(left, 0), 0, 0, line)
        text_rect.setRight(min(span.right(), self.viewport().width()))
        painter.setFont(self.bold)
        painter.setPen(QColor("#2f3b4a"))
        metrics = painter.fontMetrics()
        # the full name if it fits, else its last two characters (联系, 到岗, 汇报, 考评), else nothing
        label = next((t for t in (group, group[-2:]) if metrics.horizontalAdvance(t) <= text_rect.width() - 4), "")
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, label)
        sub = header(logicalIndex, h, SUBGROUP_ROLE)
        painter.setFont(self.small)
        body = QRect(rect.left(), line, rect.width(), rect.height() - line)
        if boundary == GROUP_START and logicalIndex > FIRST_PERIOD:
            body.setLeft(rect.left() + GROUP_GAP)
        if sub:
            _, month = self._span(logicalIndex, SUBGROUP_ROLE)
            month_rect = QRect(month.left(), line, month.width(), line)
            painter.setPen(QColor("#4a5563"))
            painter.drawText(month_rect, Qt.AlignmentFlag.AlignCenter, sub)
            body = QRect(body.left(), 2 * line, body.width(), rect.height() - 2 * line)
        label_text = str(header(logicalIndex, h, Qt.ItemDataRole.DisplayRole) or "")
        if header(logicalIndex, h, CURRENT_ROLE):
            painter.fillRect(body.adjusted(1, 1, -1, -1), QColor(CURRENT_COLOUR))
            painter.setPen(QColor("#ffffff"))
            painter.setFont(self.bold)
        else:
            painter.setPen(QColor("#2f3b4a"))
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, label_text)
        painter.setClipping(False)
        if boundary == GROUP_START and logicalIndex > FIRST_PERIOD:
            painter.fillRect(QRect(rect.left() + 2, 0, 2, rect.height()), GRID_LINE)
        elif boundary == MONTH_START:
            painter.fillRect(QRect(rect.left(), line, 1, rect.height() - line), GRID_LINE)
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), GRID_LINE)
        painter.restore()


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
        self._setup_views()
        self._setup_legend()
        self.ui.yearSpin.setValue(dt.date.today().year)
        self.ui.yearSpin.valueChanged.connect(self.refresh)
        self.ui.townCombo.currentIndexChanged.connect(self._filter)
        self.ui.memberCombo.currentIndexChanged.connect(self._filter)
        self.ui.thisWeekButton.clicked.connect(lambda: self.go_to_this_week())
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_to_this_week)
        self.ui.busyLabel.hide()
        self.ui.busyBar.hide()
        self.refresh()

    # -- building --------------------------------------------------------------------------------
    def _setup_views(self) -> None:
        facts, periods = self.ui.factsView, self.ui.periodsView
        periods.setHorizontalHeader(PeriodHeader(periods))
        for view in (facts, periods):
            view.setModel(self.model)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            view.horizontalHeader().setFixedHeight(HEADER_HEIGHT)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        facts.setSelectionModel(periods.selectionModel())
        periods.setItemDelegate(CellDelegate(self.model, periods))
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
        self.ui.factsFooter.setFixedHeight(periods.horizontalScrollBar().sizeHint().height())
        header = periods.horizontalHeader()
        periods.horizontalScrollBar().valueChanged.connect(lambda _: header.viewport().update())
        periods.selectionModel().currentChanged.connect(self._current_changed)
        periods.clicked.connect(self.open_records)
        periods.installEventFilter(self)
        self.model.modelReset.connect(self._layout_columns)

    def _setup_legend(self) -> None:
        layout: QHBoxLayout = self.ui.legendLayout
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)

        def chip(status: Status | None, backfilled: bool = False, band: bool = False) -> QLabel:
            pixmap = QPixmap(QSize(18, 18) * self.devicePixelRatio())
            pixmap.setDevicePixelRatio(self.devicePixelRatio())
            pixmap.fill(CURRENT_BAND if band else QColor(0, 0, 0, 0))
            painter = QPainter(pixmap)
            if status is None and not band:
                painter.setPen(QPen(GRID_LINE, 1))
                painter.drawRect(QRect(2, 2, 13, 13))
            paint_cell(painter, QRect(2, 1, 14, 16), status, backfilled, font)
            painter.end()
            label = QLabel()
            label.setPixmap(pixmap)
            return label

        entries: list[tuple[QLabel, str]] = [(chip(s), status_text(s)) for s in Status]
        entries.append((chip(Status.DONE, backfilled=True), self.tr("补录（角标）")))
        entries.append((chip(None), self.tr("不在挂钩期")))
        entries.append((chip(None, band=True), self.tr("本周")))
        for pixmap_label, text in entries:
            pair = QHBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(pixmap_label)
            pair.addWidget(QLabel(text))
            layout.addLayout(pair)
        layout.addStretch(1)

    def _layout_columns(self) -> None:
        facts, periods = self.ui.factsView, self.ui.periodsView
        count = self.model.columnCount()
        for col in range(count):
            facts.setColumnHidden(col, col >= FIRST_PERIOD)
            periods.setColumnHidden(col, col < FIRST_PERIOD)
        for n, column in enumerate(self.model.grid.columns):
            width = WIDTHS[column.period.kind.value]
            if column.boundary == GROUP_START and n > 0:
                width += GROUP_GAP
            periods.setColumnWidth(FIRST_PERIOD + n, width)
        metrics = facts.fontMetrics()
        rows = self.model.grid.rows  # all of them, so that filtering does not shift the columns
        longest = {
            0: max((metrics.horizontalAdvance(r.info.member) for r in rows), default=40),
            1: max((metrics.horizontalAdvance(r.info.centre) for r in rows), default=80),
            2: max((metrics.horizontalAdvance(r.info.town) for r in rows), default=60),
            3: metrics.horizontalAdvance("100%"),
        }
        caps = {0: 90, 1: 170, 2: 96, 3: 60}
        total = 0
        for col in range(FIRST_PERIOD):
            header = metrics.horizontalAdvance(str(self.model.headerData(col, Qt.Orientation.Horizontal))) + 24
            width = max(header, min(caps[col], longest[col] + 16))
            facts.setColumnWidth(col, width)
            total += width
        facts.setFixedWidth(total + 2)
        self.ui.factsFooter.setFixedWidth(total + 2)

    # -- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the year in the background; the grid keeps showing the old one meanwhile."""
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
        """True while the latest refresh is still being computed."""
        return self._busy

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
        if not self._filled_once:
            self._filled_once = True
            self.go_to_this_week(focus=False)
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

    def go_to_this_week(self, focus: bool = True) -> None:
        """Put the cursor on this week's column (first column of the periods otherwise)."""
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
        self.ui.periodsView.horizontalHeader().viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.periodsView
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.open_records(self.ui.periodsView.currentIndex())
            return True
        return super().eventFilter(watched, event)

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
