"""The cadence grid's data: the year's statuses of every pairing, laid out as rows of cells.

:func:`compute_grid` runs in a worker thread: it opens its own database connection and
uses no Qt at all, and returns a :class:`GridData` that the grid's model then shows.
Columns are every period owed in the year, obligation by obligation: the 52 or 53 weeks
(each month's first week marked, so the grid can draw the month's edge), 12 months,
4 quarters and the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hdrectify.domain.cadence import OBLIGATIONS, Obligation, Settings, StatusRow, Totals, totals
from hdrectify.domain.holidays import Closure, closure_off, closures_between, is_known, long_closures_in
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import PairingInfo, cadence_view
from hdrectify.store.scans import months_on_file

MONTH_START, GROUP_START = 1, 2  # a column's boundary: a week that opens a month, an obligation's first period


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
    # signed checklist pages on file per (pairing id, month "YYYY-MM"): (pages, of which without a visit record)
    signed: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    # the closures (statutory days off, 调休 days) touching each week column, and those taking 3 weekdays or
    # more of each month column (domain/holidays.long_closures_in), worked out once per year
    holidays: dict[int, tuple[Closure, ...]] = field(default_factory=dict)
    holiday_off: frozenset[int] = frozenset()  # week columns with a statutory day off, and those months: tinted
    holidays_known: bool = True  # False: the installed holiday data does not list the year

    @staticmethod
    def empty(year: int, as_of: dt.date) -> GridData:
        columns = period_columns(year)
        return GridData(
            year, as_of, Settings(), columns, [], current_columns(columns, as_of), {}, *holiday_columns(year, columns)
        )


def holiday_columns(
    year: int, columns: Sequence[PeriodColumn]
) -> tuple[dict[int, tuple[Closure, ...]], frozenset[int], bool]:
    """The closures of each week and month column, the columns tinted, and whether the year is listed.

    A week: every closure with a day off or a 调休 day in it; tinted when it has a day off. A month (the
    on-site visit): the closures that take at least three of its weekdays (春节, 劳动节, 国庆节), tinted then.
    """
    found: dict[int, tuple[Closure, ...]] = {}
    off: set[int] = set()
    for n, col in enumerate(columns):
        first, last = col.period.first_day, col.period.last_day
        if col.obligation is Obligation.VISIT:
            long = long_closures_in(first, last)
            if long:
                found[n] = tuple(long)
                off.add(n)
            continue
        if col.obligation is not Obligation.CONTACT:
            continue
        near = closures_between(first, last)
        if near:
            found[n] = tuple(near)
            if any(closure_off(first + dt.timedelta(days=k)) is not None for k in range(7)):
                off.add(n)
    return found, frozenset(off), is_known(year)


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
        signed = months_on_file(store, f"{year:04d}-01", f"{year:04d}-12")
    by_pairing: dict[str, list[StatusRow | None]] = {p.pairing.id: [None] * len(columns) for p in view.pairings}
    for row in status_rows:
        by_pairing[row.pairing_id][slot[(row.obligation, row.period)]] = row
    rows = []
    for info in view.pairings:
        cells = by_pairing[info.pairing.id]
        rows.append(GridRow(info, cells, totals(c for c in cells if c is not None)))
    return GridData(
        year, as_of, settings, columns, rows, current_columns(columns, as_of), signed, *holiday_columns(year, columns)
    )
