"""The cadence grid's data and table models: one row per pairing, one column per owed period.

:func:`compute_grid` runs in a worker thread (it opens its own database connection
and touches no Qt object) and returns a :class:`GridData`: the year's statuses from
the cadence engine, laid out as rows of cells. :class:`CadenceModel` shows it:
the member, centre, town and completion rate of each pairing, then the 52 or 53
weeks, 12 months, 4 quarters and the year. Filtering and sorting only reorder the
rows already computed, so they are instant even for a thousand pairings.
:class:`CellRecordsModel` lists the records behind one cell (the records dialog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hdrectify.domain.cadence import OBLIGATIONS, Obligation, Settings, Status, StatusRow, Totals, deadline, totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import PairingInfo, cadence_view
from hdrectify.store.cell_records import CellExemption, CellRecord

Index = QModelIndex | QPersistentModelIndex

# Columns: four about the pairing (frozen on the left), then the periods.
COL_MEMBER, COL_CENTRE, COL_TOWN, COL_RATE = range(4)
FIRST_PERIOD = 4

_USER = Qt.ItemDataRole.UserRole
STATUS_ROLE = _USER + 1  # the Status value ("done", …) or None where nothing is owed
BACKFILLED_ROLE = _USER + 2  # bool: the record that meets the period was 补录
PERIOD_ROLE = _USER + 3  # the period's canonical text, e.g. "2026-W10"
OBLIGATION_ROLE = _USER + 4  # the Obligation value, e.g. "contact"
PAIRING_ROLE = _USER + 5  # the pairing id (every column)
RATE_ROLE = _USER + 6  # the row's completion rate, float or None (rate column)
CURRENT_ROLE = _USER + 7  # bool: the column is the period that contains the reference date
BOUNDARY_ROLE = _USER + 8  # 0, MONTH_START (a week that opens a month) or GROUP_START
GROUP_ROLE = _USER + 9  # header: the obligation's label over its columns
SUBGROUP_ROLE = _USER + 10  # header: a week's month ("3月"), empty for other columns

MONTH_START, GROUP_START = 1, 2


@dataclass(frozen=True)
class Look:
    fill: str
    text: str  # colour of the glyph
    glyph: str  # a character drawn in the cell, so colour is not the only cue
    outline: str | None = None


# Chosen for red–green colour blindness as well (checked by simulating deuteranopia and
# protanopia): done is a blue-leaning green, missed a dark red, late a light amber, so they
# differ in lightness and not only in hue; the glyphs and the due outline say it again.
LOOKS: dict[Status, Look] = {
    Status.DONE: Look("#2a9d8f", "#ffffff", ""),
    Status.LATE: Look("#f5b041", "#3b2500", "迟"),
    Status.EXEMPT: Look("#c3cfdd", "#3b4a5c", "免"),
    Status.MISSED: Look("#b2182b", "#ffffff", "×"),
    Status.DUE: Look("#fff4c2", "#7a5a00", "", "#d79a00"),
    Status.UPCOMING: Look("#e3e7ec", "#9aa3ad", ""),
}
BACKFILL_MARK = "#1d2b53"
CURRENT_COLOUR = "#1f6feb"

STATUS_TEXT = {
    Status.DONE: QT_TRANSLATE_NOOP("Cadence", "已完成"),
    Status.LATE: QT_TRANSLATE_NOOP("Cadence", "逾期完成"),
    Status.EXEMPT: QT_TRANSLATE_NOOP("Cadence", "免"),
    Status.MISSED: QT_TRANSLATE_NOOP("Cadence", "未完成"),
    Status.DUE: QT_TRANSLATE_NOOP("Cadence", "待完成"),
    Status.UPCOMING: QT_TRANSLATE_NOOP("Cadence", "未开始"),
}
OBLIGATION_TEXT = {
    Obligation.CONTACT: QT_TRANSLATE_NOOP("Cadence", "每周联系"),
    Obligation.VISIT: QT_TRANSLATE_NOOP("Cadence", "每月到岗"),
    Obligation.REPORT: QT_TRANSLATE_NOOP("Cadence", "季度汇报"),
    Obligation.REVIEW: QT_TRANSLATE_NOOP("Cadence", "年度考评"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Cadence", text)


def status_text(status: Status) -> str:
    return tr(str(STATUS_TEXT[status]))


def obligation_text(obligation: Obligation) -> str:
    return tr(str(OBLIGATION_TEXT[obligation]))


def zh_date(day: dt.date, *, year: int | None = None) -> str:
    """2026年3月2日, or 3月2日 when ``year`` says the year goes without saying."""
    if year == day.year:
        return QCoreApplication.translate("Cadence", "{0}月{1}日").format(day.month, day.day)
    return QCoreApplication.translate("Cadence", "{0}年{1}月{2}日").format(day.year, day.month, day.day)


def period_label(period: Period) -> str:
    if period.kind is Kind.WEEK:
        return QCoreApplication.translate("Cadence", "{0}年第{1}周").format(period.year, period.index)
    if period.kind is Kind.MONTH:
        return QCoreApplication.translate("Cadence", "{0}年{1}月").format(period.year, period.index)
    if period.kind is Kind.QUARTER:
        return QCoreApplication.translate("Cadence", "{0}年第{1}季度").format(period.year, period.index)
    return QCoreApplication.translate("Cadence", "{0}年").format(period.year)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


# -- the data, computed off the UI thread ------------------------------------------------------


@dataclass(frozen=True)
class PeriodColumn:
    obligation: Obligation
    period: Period
    boundary: int  # 0, MONTH_START or GROUP_START


@dataclass
class GridRow:
    info: PairingInfo
    cells: list[StatusRow | None]  # one per period column; None where the pairing owes nothing
    totals: Totals


@dataclass
class GridData:
    year: int
    as_of: dt.date
    settings: Settings
    columns: list[PeriodColumn]
    rows: list[GridRow]
    current: set[int] = field(default_factory=set)  # period columns containing as_of

    @staticmethod
    def empty(year: int, as_of: dt.date) -> GridData:
        return GridData(year, as_of, Settings(), period_columns(year), [], current_columns(period_columns(year), as_of))


def period_columns(year: int) -> list[PeriodColumn]:
    span = Period(Kind.YEAR, year)
    out: list[PeriodColumn] = []
    for ob in OBLIGATIONS:
        month = None
        for n, period in enumerate(span.subperiods(ob.kind)):
            boundary = GROUP_START if n == 0 else 0
            if ob is Obligation.CONTACT:
                if month is not None and period.month() != month:
                    boundary = MONTH_START
                month = period.month()
            out.append(PeriodColumn(ob, period, boundary))
    return out


def current_columns(columns: Sequence[PeriodColumn], as_of: dt.date) -> set[int]:
    return {
        n for n, col in enumerate(columns) if col.obligation is not Obligation.REVIEW and col.period.contains(as_of)
    }


def compute_grid(path: Path, year: int, as_of: dt.date) -> GridData:
    """The year's statuses for every pairing (runs in a worker: its own connection, no Qt)."""
    columns = period_columns(year)
    slot = {(col.obligation, col.period): n for n, col in enumerate(columns)}
    with Store.open(path) as store:
        view = cadence_view(store, Period(Kind.YEAR, year), as_of)
        settings = store.cadence_settings()
        status_rows = view.cadence.rows(view.span)
    by_pairing: dict[str, list[StatusRow | None]] = {p.pairing.id: [None] * len(columns) for p in view.pairings}
    for row in status_rows:
        by_pairing[row.pairing_id][slot[(row.obligation, row.period)]] = row
    rows = []
    for info in view.pairings:
        cells = by_pairing[info.pairing.id]
        rows.append(GridRow(info, cells, totals(c for c in cells if c is not None)))
    return GridData(year, as_of, settings, columns, rows, current_columns(columns, as_of))


# -- the grid's model ------------------------------------------------------------------------------

RecordsFetcher = Callable[[str, Obligation, Period], tuple[list[CellRecord], list[CellExemption]]]


class CadenceModel(QAbstractTableModel):
    """Rows are pairings (filtered and sorted), columns the pairing's facts then the periods.

    ``fetch`` looks up the records of one cell for its tooltip, only when asked.
    """

    def __init__(self, fetch: RecordsFetcher | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = GridData.empty(dt.date.today().year, dt.date.today())
        self._fetch = fetch
        self._visible: list[int] = []  # indexes into grid.rows, in display order
        self._town: str | None = None
        self._member: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._tips: dict[tuple[str, int], str] = {}
        self._keys: dict[int, Callable[[GridRow], Any]] = {}
        self._colours = {status: QColor(look.fill) for status, look in LOOKS.items()}
        self._glyph_colours = {status: QColor(look.text) for status, look in LOOKS.items()}

    # -- filling -------------------------------------------------------------------------------
    def set_grid(self, grid: GridData) -> None:
        self.beginResetModel()
        self.grid = grid
        self._tips.clear()
        self._keys = _sort_keys(grid.rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, town: str | None, member_id: str | None) -> None:
        if (town, member_id) == (self._town, self._member):
            return
        self.beginResetModel()
        self._town, self._member = town, member_id
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = self.grid.rows
        self._visible = [
            n
            for n, r in enumerate(rows)
            if (self._town is None or r.info.town == self._town)
            and (self._member is None or r.info.member_id == self._member)
        ]
        column, order = self._sort
        key = self._keys.get(column)
        if key is not None:
            self._visible.sort(key=lambda n: key(rows[n]), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_keys = [(self._visible[i.row()], i.column()) for i in old]
        self._sort = (column, order)
        self._apply()
        where = {n: row for row, n in enumerate(self._visible)}
        self.changePersistentIndexList(old, [self.index(where[n], c) for n, c in old_keys])
        self.layoutChanged.emit()

    # -- what is shown -------------------------------------------------------------------------
    def visible_rows(self) -> list[GridRow]:
        return [self.grid.rows[n] for n in self._visible]

    def grid_row(self, row: int) -> GridRow:
        return self.grid.rows[self._visible[row]]

    def column(self, column: int) -> PeriodColumn | None:
        n = column - FIRST_PERIOD
        return self.grid.columns[n] if 0 <= n < len(self.grid.columns) else None

    def cell(self, index: Index) -> StatusRow | None:
        if not index.isValid() or index.column() < FIRST_PERIOD:
            return None
        return self.grid_row(index.row()).cells[index.column() - FIRST_PERIOD]

    def paint_info(self, row: int, col: int) -> tuple[Status | None, bool, int, bool]:
        """What the cell delegate paints, in one call: status, 补录, boundary, current column."""
        n = col - FIRST_PERIOD
        cell = self.grid.rows[self._visible[row]].cells[n]
        boundary = self.grid.columns[n].boundary
        current = n in self.grid.current
        if cell is None:
            return None, False, boundary, current
        return cell.status, cell.backfilled, boundary, current

    def find(self, pairing_id: str, obligation: Obligation, period: Period) -> QModelIndex:
        """The index of one (pairing, obligation, period) cell, invalid if it is not shown."""
        columns = {(c.obligation, c.period): n for n, c in enumerate(self.grid.columns)}
        col = columns.get((obligation, period))
        if col is not None:
            for row, n in enumerate(self._visible):
                if self.grid.rows[n].info.pairing.id == pairing_id:
                    return self.index(row, FIRST_PERIOD + col)
        return QModelIndex()

    def totals(self) -> Totals:
        """Totals over the rows shown."""
        out = Totals()
        for row in self.visible_rows():
            for status in Status:
                setattr(out, status.value, getattr(out, status.value) + getattr(row.totals, status.value))
        return out

    # -- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_PERIOD + len(self.grid.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self.grid_row(index.row())
        col = index.column()
        if role == PAIRING_ROLE:
            return row.info.pairing.id
        if col < FIRST_PERIOD:
            return self._fact(row, col, role)
        if not col < self.columnCount():
            return None
        n = col - FIRST_PERIOD
        column = self.grid.columns[n]
        cell = row.cells[n]
        if role == STATUS_ROLE:
            return None if cell is None else cell.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if cell is None else LOOKS[cell.status].glyph
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if cell is None else self._colours[cell.status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if cell is None else self._glyph_colours[cell.status]
        if role == BACKFILLED_ROLE:
            return cell is not None and cell.backfilled
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, n)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = QCoreApplication.translate("Cadence", "无需") if cell is None else status_text(cell.status)
            return f"{row.info.member} {row.info.centre} {period_label(column.period)} {state}"
        return self._column_data(n, role)

    def _fact(self, row: GridRow, col: int, role: int) -> Any:
        info = row.info
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_RATE:
                return percent(row.totals.completion_rate)
            return (info.member, info.centre, info.town)[col]
        if role == RATE_ROLE and col == COL_RATE:
            return row.totals.completion_rate
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_RATE:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            start, end = info.pairing.start, info.pairing.end
            span = (
                QCoreApplication.translate("Cadence", "{0}起").format(zh_date(start))
                if end is None
                else f"{zh_date(start)}–{zh_date(end)}"
            )
            t = row.totals
            return QCoreApplication.translate(
                "Cadence", "{0} — {1}（{2}）\n挂钩：{3}\n完成率 {4}：已完成 {5}，逾期完成 {6}，未完成 {7}"
            ).format(info.member, info.centre, info.town, span, percent(t.completion_rate), t.done, t.late, t.missed)
        return None

    def _column_data(self, n: int, role: int) -> Any:
        column = self.grid.columns[n]
        if role == PERIOD_ROLE:
            return str(column.period)
        if role == OBLIGATION_ROLE:
            return column.obligation.value
        if role == CURRENT_ROLE:
            return n in self.grid.current
        if role == BOUNDARY_ROLE:
            return column.boundary
        return None

    def _tooltip(self, row: GridRow, n: int) -> str:
        key = (row.info.pairing.id, n)
        if key not in self._tips:
            self._tips[key] = self._make_tooltip(row, n)
        return self._tips[key]

    def _make_tooltip(self, row: GridRow, n: int) -> str:
        column = self.grid.columns[n]
        cell = row.cells[n]
        lines = [
            f"{row.info.member} — {row.info.centre}",
            f"{self.column_title(n)}",
        ]
        if cell is None:
            lines.append(
                QCoreApplication.translate("Cadence", "{0}：不在挂钩期内，无需完成").format(
                    obligation_text(column.obligation)
                )
            )
            return "\n".join(lines)
        state = status_text(cell.status)
        if cell.backfilled:
            state += QCoreApplication.translate("Cadence", "（补录）")
        if cell.status in (Status.DUE, Status.MISSED, Status.LATE) or column.obligation in (
            Obligation.REPORT,
            Obligation.REVIEW,
        ):
            due_by = deadline(column.obligation, column.period, self.grid.settings)
            state += QCoreApplication.translate("Cadence", "，截止 {0}").format(zh_date(due_by))
        lines.append(f"{obligation_text(column.obligation)}：{state}")
        if self._fetch is not None and cell.status is not Status.UPCOMING:
            records, exemptions = self._fetch(row.info.pairing.id, column.obligation, column.period)
            for rec in records[:6]:
                note = rec.note if len(rec.note) <= 24 else rec.note[:23] + "…"
                mark = QCoreApplication.translate("Cadence", " [补录]") if rec.backfilled else ""
                score = (
                    QCoreApplication.translate("Cadence", " {0}分").format(rec.score) if rec.score is not None else ""
                )
                lines.append(
                    f"· {zh_date(rec.date, year=column.period.year)} {rec.kind_zh}{score}{mark} {note}".rstrip()
                )
            if len(records) > 6:
                lines.append(QCoreApplication.translate("Cadence", "……共 {0} 条").format(len(records)))
            if cell.status is Status.EXEMPT:
                lines.extend(QCoreApplication.translate("Cadence", "免：{0}").format(ex.reason) for ex in exemptions)
        lines.append(QCoreApplication.translate("Cadence", "单击或按回车查看记录"))
        return "\n".join(lines)

    def column_title(self, n: int) -> str:
        """The period of a column with its dates, e.g. 2026年第10周：3月2日–3月8日."""
        period = self.grid.columns[n].period
        year = period.year
        return QCoreApplication.translate("Cadence", "{0}：{1}–{2}").format(
            period_label(period), zh_date(period.first_day, year=year), zh_date(period.last_day, year=year)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._visible):
                return str(section + 1)
            return None
        if 0 <= section < FIRST_PERIOD:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(str(_FACT_HEADERS[section]))
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_RATE:
                return QCoreApplication.translate(
                    "Cadence", "完成率 =（已完成 + 逾期完成）÷（已完成 + 逾期完成 + 未完成）；免、待完成、未开始不计"
                )
            return None
        n = section - FIRST_PERIOD
        if not 0 <= n < len(self.grid.columns):
            return None
        column = self.grid.columns[n]
        period = column.period
        if role == Qt.ItemDataRole.DisplayRole:
            if period.kind is Kind.WEEK:
                return str(period.index)
            if period.kind is Kind.MONTH:
                return QCoreApplication.translate("Cadence", "{0}月").format(period.index)
            if period.kind is Kind.QUARTER:
                return f"Q{period.index}"
            return QCoreApplication.translate("Cadence", "年")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{obligation_text(column.obligation)}\n{self.column_title(n)}"
            if column.obligation in (Obligation.REPORT, Obligation.REVIEW):
                due_by = deadline(column.obligation, period, self.grid.settings)
                tip += QCoreApplication.translate("Cadence", "\n{0}前提交为按时").format(zh_date(due_by))
            return tip
        if role == GROUP_ROLE:
            return obligation_text(column.obligation)
        if role == SUBGROUP_ROLE:
            return (
                QCoreApplication.translate("Cadence", "{0}月").format(period.month().index)
                if period.kind is Kind.WEEK
                else ""
            )
        return self._column_data(n, role)


_FACT_HEADERS = [
    QT_TRANSLATE_NOOP("Cadence", "党员"),
    QT_TRANSLATE_NOOP("Cadence", "康园中心"),
    QT_TRANSLATE_NOOP("Cadence", "镇（街道）"),
    QT_TRANSLATE_NOOP("Cadence", "完成率"),
]


def chinese_order(texts: Iterable[str]) -> dict[str, int]:
    """Each text's rank in Chinese (pinyin) order, as people expect names listed."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return {text: n for n, text in enumerate(sorted(set(texts), key=collator.sortKey))}


def _sort_keys(rows: Sequence[GridRow]) -> dict[int, Callable[[GridRow], Any]]:
    rank = chinese_order(t for r in rows for t in (r.info.member, r.info.centre, r.info.town))

    def by_member(r: GridRow) -> Any:
        return (rank[r.info.member], rank[r.info.centre], r.info.pairing.start)

    def by_rate(r: GridRow) -> Any:
        rate = r.totals.completion_rate
        return (2.0 if rate is None else rate, *by_member(r))

    return {
        -1: by_member,
        COL_MEMBER: by_member,
        COL_CENTRE: lambda r: (rank[r.info.centre], r.info.pairing.start),
        COL_TOWN: lambda r: (rank[r.info.town], rank[r.info.centre], r.info.pairing.start),
        COL_RATE: by_rate,
    }


# -- the records behind one cell ---------------------------------------------------------------

REC_DATE, REC_KIND, REC_NOTE, REC_PROBLEMS, REC_BACKFILLED, REC_AUTHOR, REC_RECORDED = range(7)
RECORD_ROLE = _USER + 20  # the CellRecord of a row

_RECORD_HEADERS = [
    QT_TRANSLATE_NOOP("Cadence", "日期"),
    QT_TRANSLATE_NOOP("Cadence", "方式"),
    QT_TRANSLATE_NOOP("Cadence", "内容"),
    QT_TRANSLATE_NOOP("Cadence", "发现问题"),
    QT_TRANSLATE_NOOP("Cadence", "补录"),
    QT_TRANSLATE_NOOP("Cadence", "登记人"),
    QT_TRANSLATE_NOOP("Cadence", "登记时间"),
]


def recorded_text(stamp: str) -> str:
    """An ISO timestamp as 2026年3月5日 18:30."""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{zh_date(when.date())} {when:%H:%M}"


class CellRecordsModel(QAbstractTableModel):
    """The contacts, reports or reviews of one cell, one per row."""

    def __init__(self, records: Sequence[CellRecord] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._records = list(records)

    def set_records(self, records: Sequence[CellRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> CellRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_RECORD_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        rec = self._records[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return rec
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rec, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (REC_NOTE, REC_PROBLEMS):
            return self._text(rec, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and col == REC_BACKFILLED and rec.backfilled:
            return QColor(BACKFILL_MARK)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def _text(self, rec: CellRecord, col: int) -> str:
        if col == REC_DATE:
            return zh_date(rec.date)
        if col == REC_KIND:
            kind = tr(rec.kind_zh)
            return kind + (
                QCoreApplication.translate("Cadence", "（{0}分）").format(rec.score) if rec.score is not None else ""
            )
        if col == REC_NOTE:
            return "\n".join(t for t in (rec.note, rec.criteria) if t)
        if col == REC_PROBLEMS:
            return rec.problems
        if col == REC_BACKFILLED:
            return QCoreApplication.translate("Cadence", "补录") if rec.backfilled else ""
        if col == REC_AUTHOR:
            return rec.author
        return recorded_text(rec.recorded_at)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(str(_RECORD_HEADERS[section])) if 0 <= section < len(_RECORD_HEADERS) else None
        return None
