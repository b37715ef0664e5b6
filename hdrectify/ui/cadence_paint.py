"""How the cadence grid is drawn: its status chips, cell and frozen-column delegates, period header.

The grid paints thousands of cells per frame, so the delegates ask the model for
everything at once and reuse pens and brushes made once (:func:`pens`). The same
:func:`paint_cell` draws the legend's samples (:func:`legend_chip`) and the chip of
the cell records dialog, so the three always look alike. The sizes here are the
grid's geometry too: the page lays its columns out with them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from hdrectify.domain.cadence import Status
from hdrectify.ui.models.cadence_data import GROUP_START, MONTH_START
from hdrectify.ui.models.cadence_display import BACKFILL_MARK, CURRENT_COLOUR, LOOKS
from hdrectify.ui.models.cadence_model import (
    BOUNDARY_ROLE,
    COL_RATE,
    CURRENT_ROLE,
    FIRST_PERIOD,
    GROUP_ROLE,
    HOLIDAY_ROLE,
    PERIOD_ROLE,
    RATE_ROLE,
    SIGNED_ROLE,
    SUBGROUP_ROLE,
    CadenceModel,
)
from hdrectify.ui.text_size import px

Index = QModelIndex | QPersistentModelIndex

ROW_HEIGHT = 24  # sizes in pixels at 100%: text_size.px gives them at the size chosen
HEADER_HEIGHT = 54  # three lines: obligation, month (weeks), period
WIDTHS = {"week": 16, "month": 27, "quarter": 30, "year": 40}
GROUP_GAP = 8  # extra width before each obligation's first column
GRID_LINE = QColor("#c5ccd6")
CURRENT_BAND = QColor("#dce8fb")
SIGNED_MARK = QColor("#1f5fa8")  # a signed checklist on file (lower left corner of a month's visit cell)
ROW_BAND = QColor("#e8eef8")
HOLIDAY_BAND = QColor("#fbe3dc")  # a week with a statutory day off (春节, 国庆…), behind its cells
HOLIDAY_MARK = QColor("#c2410c")  # its number in the header


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


def short_heading(name: str) -> str:
    """A group's name in short: its last two characters in Chinese (联系, 到岗, 汇报, 考评), else its last
    word (review, not the 'ew' two letters would give)."""
    return name[-2:] if any(ch >= "\u2e80" for ch in name) else name.split()[-1] if name.split() else name


def group_heading(name: str, room: int, metrics: QFontMetrics) -> str:
    """What a group's heading shows in ``room`` pixels: its name if it fits, else its short form, else nothing."""
    return next((t for t in (name, short_heading(name)) if metrics.horizontalAdvance(t) <= room), "")


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
        # 迟 and 免 read L and E in English; × is the same everywhere
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("CadencePaint", look.glyph))
    if backfilled:
        size = min(7, rect.width() // 2)
        right, top = rect.right() + 1, rect.top()
        painter.setPen(p.no_pen)
        painter.setBrush(p.mark)
        painter.drawPolygon([QPoint(right - size, top), QPoint(right, top), QPoint(right, top + size)])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def legend_chip(
    status: Status | None, ratio: float, *, backfilled: bool = False, band: bool = False, holiday: bool = False
) -> QPixmap:
    """An 18×18 sample for the legend: a status chip, an empty cell (nothing owed), this week's or a holiday's band."""
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    pixmap = QPixmap(QSize(18, 18) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(HOLIDAY_BAND if holiday else CURRENT_BAND if band else QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    if status is None and not band and not holiday:
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawRect(QRect(2, 2, 13, 13))
    paint_cell(painter, QRect(2, 1, 14, 16), status, backfilled, font)
    painter.end()
    return pixmap


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
        rect: QRect = option.rect
        status, backfilled, boundary, current, holiday = self.model.paint_info(index.row(), index.column())
        if current:
            painter.fillRect(rect, CURRENT_BAND)
        elif holiday:
            painter.fillRect(rect, HOLIDAY_BAND)
        left = rect.left()
        if boundary == GROUP_START and index.column() > FIRST_PERIOD:
            painter.fillRect(left + 2, rect.top(), 2, rect.height(), GRID_LINE)
            left += GROUP_GAP
        elif boundary == MONTH_START:
            painter.fillRect(left, rect.top(), 1, rect.height(), GRID_LINE)
        chip = QRect(left + 2, rect.top() + 3, rect.right() - left - 3, rect.height() - 6)
        paint_cell(painter, chip, status, backfilled, self.glyph_font)
        if index.data(SIGNED_ROLE):  # a signed checklist is on file: a mark in the lower left corner
            size = min(6, chip.width() // 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SIGNED_MARK)
            bottom = chip.bottom() + 1
            painter.drawPolygon(
                [QPoint(chip.left(), bottom - size), QPoint(chip.left(), bottom), QPoint(chip.left() + size, bottom)]
            )
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus or state & QStyle.StateFlag.State_Selected:
            painter.setPen(pens().focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(chip.adjusted(-1, -1, 1, 1))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(px(WIDTHS["week"]), px(ROW_HEIGHT))


class FactsDelegate(QStyledItemDelegate):
    """The frozen columns: the current row tinted, the rate with a small bar under it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = QRect(option.rect)
        selection = self.view.selectionModel()
        if selection is not None and selection.currentIndex().row() == index.row():
            painter.fillRect(rect, ROW_BAND)
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.state &= ~QStyle.StateFlag.State_HasFocus
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
        self.setFixedHeight(px(HEADER_HEIGHT))
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
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, group_heading(group, text_rect.width() - 4, metrics))
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
        elif header(logicalIndex, h, HOLIDAY_ROLE):
            painter.fillRect(body.adjusted(1, 1, -1, -1), HOLIDAY_BAND)
            painter.setPen(HOLIDAY_MARK)
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
