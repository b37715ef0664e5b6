"""The cadence grid's table model: one row per pairing, one column per owed period.

:class:`CadenceModel` shows a :class:`~hdrectify.ui.models.cadence_data.GridData`
(computed in a worker thread by :func:`~hdrectify.ui.models.cadence_data.compute_grid`):
the member, centre, town and completion rate of each pairing, then the 52 or 53
weeks, 12 months, 4 quarters and the year. Filtering and sorting only reorder the
rows already computed, so they are instant even for a thousand pairings.
The colours and words it shows are in :mod:`cadence_display`; the records behind one
cell have their own model, :mod:`cell_records_model`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hdrectify.domain.cadence import Obligation, Status, StatusRow, Totals, deadline
from hdrectify.domain.collation import zh_key
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.cell_records import CellExemption, CellRecord
from hdrectify.ui import labels
from hdrectify.ui.models.cadence_data import GridData, GridRow, PeriodColumn
from hdrectify.ui.models.cadence_display import LOOKS, obligation_text, percent, period_label, status_text, tr, zh_date

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
SIGNED_ROLE = _USER + 11  # int: signed checklist pages on file for a month (visit columns), else 0
SUBGROUP_ROLE = _USER + 10  # header: a week's month ("3月"), empty for other columns
HOLIDAY_ROLE = _USER + 12  # bool: a week with a statutory day off, a month losing 3 weekdays or more (tinted, named)


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

    def paint_info(self, row: int, col: int) -> tuple[Status | None, bool, int, bool, bool]:
        """What the cell delegate paints, in one call: status, 补录, boundary, current column, holiday week."""
        n = col - FIRST_PERIOD
        cell = self.grid.rows[self._visible[row]].cells[n]
        boundary = self.grid.columns[n].boundary
        current = n in self.grid.current
        holiday = n in self.grid.holiday_off
        if cell is None:
            return None, False, boundary, current, holiday
        return cell.status, cell.backfilled, boundary, current, holiday

    def holiday_lines(self, n: int) -> list[str]:
        """A week's (or a marked month's) statutory days off and its 调休 days, as its tooltips say them."""
        closures = self.grid.holidays.get(n)
        if not closures:
            return []
        period = self.grid.columns[n].period
        return labels.holiday_lines(list(closures), period.first_day, period.last_day)

    def signed_pages(self, row: GridRow, n: int) -> tuple[int, int]:
        """Signed checklist pages on file for a visit column's month: (pages, of which without a visit record)."""
        column = self.grid.columns[n]
        if column.obligation is not Obligation.VISIT:
            return 0, 0
        return self.grid.signed.get((row.info.pairing.id, str(column.period)), (0, 0))

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
            # the glyph the cell paints, in the user's language (what a screen reader says too)
            return "" if cell is None else QCoreApplication.translate("CadencePaint", LOOKS[cell.status].glyph)
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if cell is None else self._colours[cell.status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if cell is None else self._glyph_colours[cell.status]
        if role == BACKFILLED_ROLE:
            return cell is not None and cell.backfilled
        if role == SIGNED_ROLE:
            return self.signed_pages(row, n)[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, n)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = QCoreApplication.translate("Cadence", "无需") if cell is None else status_text(cell.status)
            if self.signed_pages(row, n)[0]:
                state += QCoreApplication.translate("Cadence", "，签字清单已存档")
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
        if role == HOLIDAY_ROLE:
            return n in self.grid.holiday_off
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
            *self.holiday_lines(n),
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
        lines.append(labels.labelled(obligation_text(column.obligation), state))
        pages, pending = self.signed_pages(row, n)
        if pages:
            lines.append(
                QCoreApplication.translate("Cadence", "签字清单已存档（{0}页），在到岗记录的佐证中打开").format(pages)
            )
            if pending:
                lines.append(
                    QCoreApplication.translate("Cadence", "其中 {0} 页尚无到岗记录：请据清单登记到岗").format(pending)
                )
        if self._fetch is not None and cell.status is not Status.UPCOMING:
            records, exemptions = self._fetch(row.info.pairing.id, column.obligation, column.period)
            for rec in records[:6]:
                note = rec.note if len(rec.note) <= 24 else rec.note[:23] + "…"
                mark = QCoreApplication.translate("Cadence", " [补录]") if rec.backfilled else ""
                score = (
                    QCoreApplication.translate("Cadence", " {0}分").format(rec.score) if rec.score is not None else ""
                )
                kind = labels.record_kind_text(rec.table, rec.method)
                lines.append(f"· {zh_date(rec.date, year=column.period.year)} {kind}{score}{mark} {note}".rstrip())
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
                return labels.month_short(period.index)
            if period.kind is Kind.QUARTER:
                return f"Q{period.index}"
            return QCoreApplication.translate("Cadence", "年")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = "\n".join([obligation_text(column.obligation), self.column_title(n), *self.holiday_lines(n)])
            if column.obligation in (Obligation.REPORT, Obligation.REVIEW):
                due_by = deadline(column.obligation, period, self.grid.settings)
                tip += QCoreApplication.translate("Cadence", "\n{0}前提交为按时").format(zh_date(due_by))
            return tip
        if role == GROUP_ROLE:
            return obligation_text(column.obligation)
        if role == SUBGROUP_ROLE:
            return labels.month_short(period.month().index) if period.kind is Kind.WEEK else ""
        return self._column_data(n, role)


_FACT_HEADERS = [
    QT_TRANSLATE_NOOP("Cadence", "党员"),
    QT_TRANSLATE_NOOP("Cadence", "康园中心"),
    QT_TRANSLATE_NOOP("Cadence", "镇（街道）"),
    QT_TRANSLATE_NOOP("Cadence", "完成率"),
]


def chinese_order(texts: Iterable[str]) -> dict[str, int]:
    """Each text's rank in Chinese (pinyin) order, as people expect names listed: the one
    collation of every list (:func:`hdrectify.domain.collation.zh_key`)."""
    return {text: n for n, text in enumerate(sorted(set(texts), key=zh_key))}


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
