"""Mainland China's statutory holidays and make-up working days (调休), and the exemptions they suggest.

The dates come from the ``chinesecalendar`` package (import name ``chinese_calendar``), which
transcribes each year's notice of the State Council's General Office (国务院办公厅关于 Y 年部分
节假日安排的通知) and is updated when a notice comes out, usually in November for the next year.
This is the only module that imports it. A year it does not list is refused with a message
(``holidays.unknown_year``), never guessed from weekdays: an unknown year's 调休 cannot be known.

A *closure* is a run of consecutive statutory days off (春节 1月28日—2月4日), named by its
holidays (国庆节、中秋节 when two fall together), with the 调休 working days that pay for it.

Suggested exemptions (offered to the office, never applied by themselves): a contact week
(Monday–Sunday) with a statutory day off and at most :data:`WEEK_MAX_WORKDAYS` working days
left, and a visit month with at most :data:`MONTH_MAX_WORKDAYS` working days left (about half
of an ordinary month's 21–23; no closure of the years listed so far leaves a month that short,
so in practice only weeks are offered: 春节 and 国庆 each take one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import chinese_calendar as _cc

from hdrectify.domain import wording
from hdrectify.domain.cadence import Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, days

WEEK_MAX_WORKDAYS = 2  # a contact week left with 0–2 working days is offered as 免
MONTH_MAX_WORKDAYS = 10  # a visit month left with at most 10 working days is offered as 免
MONTH_CLOSURE_MIN_DAYS = 3  # a visit month is marked when one closure takes this many of its weekdays off
_MAKEUP_REACH = 21  # a 调休 working day belongs to the closure of its holiday within three weeks


@dataclass(frozen=True)
class Closure:
    """A run of statutory days off, its holidays' names (chinese_calendar's) and its 调休 working days."""

    names: tuple[str, ...]
    first: dt.date
    last: dt.date
    makeup: tuple[dt.date, ...] = ()

    @property
    def year(self) -> int:
        """The year whose notice sets it (元旦 from 30 December belongs to the next year's)."""
        return self.last.year

    def label(self, fmt: str = wording.HOLIDAY_JOIN, names: dict[str, str] | None = None) -> str:
        """春节; 国庆节、中秋节."""
        table = names if names is not None else wording.HOLIDAY
        return fmt.join(table.get(n, n) for n in self.names)

    def reason(self) -> str:
        """2025年春节假期（1月28日—2月4日）: the reason an exemption for it is offered with (Chinese: it is stored)."""
        if self.first == self.last:
            return wording.HOLIDAY_REASON_DAY.format(self.year, self.label(), self._day(self.first))
        return wording.HOLIDAY_REASON.format(self.year, self.label(), self._day(self.first), self._day(self.last))

    def _day(self, day: dt.date) -> str:
        return wording.month_day_text(day) if day.year == self.year else wording.date_text(day)

    def off_days(self) -> list[dt.date]:
        return list(days(self.first, self.last))


@dataclass(frozen=True)
class Suggestion:
    """An exemption offered for a closure: every pairing, one obligation, one period, the reason filled in."""

    obligation: Obligation
    period: Period
    closure: Closure
    workdays: int  # working days left in the period

    @property
    def start(self) -> dt.date:
        return self.period.first_day

    @property
    def end(self) -> dt.date:
        return self.period.last_day

    @property
    def reason(self) -> str:
        return self.closure.reason()


def known_years() -> range:
    """The years the installed chinesecalendar lists."""
    return _index().years


def is_known(year: int) -> bool:
    return year in _index().years


def require_year(year: int) -> None:
    """Refuse a year the package does not list: its holidays are said unknown, not guessed."""
    years = _index().years
    if year not in years:
        raise InputError("holidays.unknown_year", "year", year=year, first=years[0], last=years[-1])


def is_workday(day: dt.date) -> bool:
    """A working day by the year's notice (a weekday not off, or a 调休 weekend day)."""
    require_year(day.year)
    return bool(_cc.is_workday(day))


def is_holiday(day: dt.date) -> bool:
    """A day off: a weekend not worked, or a statutory holiday."""
    return not is_workday(day)


def closure_off(day: dt.date) -> Closure | None:
    """The closure ``day`` is a statutory day off of (None on other days, and in years not listed)."""
    return _index().off.get(day)


def closure_makeup(day: dt.date) -> Closure | None:
    """The closure ``day`` is a 调休 working day for."""
    return _index().makeup.get(day)


def closures(year: int) -> list[Closure]:
    """The year's closures, in order (one with a day off in the year)."""
    require_year(year)
    return [c for c in _index().closures if c.first.year <= year <= c.last.year]


def closures_between(first: dt.date, last: dt.date) -> list[Closure]:
    """Closures with a day off or a 调休 day in ``[first, last]``, in order; years not listed give none."""
    found: dict[dt.date, Closure] = {}
    index = _index()
    for day in days(first, last):
        c = index.off.get(day) or index.makeup.get(day)
        if c is not None:
            found[c.first] = c
    return [found[k] for k in sorted(found)]


def long_closures_in(first: dt.date, last: dt.date, least: int = MONTH_CLOSURE_MIN_DAYS) -> list[Closure]:
    """Closures whose statutory days off take at least ``least`` weekdays (Monday–Friday) of ``[first, last]``,
    in order: what marks a visit month. Counted on weekdays, as those are the days a visit is lost: 春节, 国庆节
    and the five days of 劳动节 count; 清明节 or 端午节 added to a weekend (one or two weekdays) do not, nor a
    closure that only grazes the month."""
    return [
        c
        for c in closures_between(first, last)
        if sum(1 for d in c.off_days() if first <= d <= last and d.weekday() < 5) >= least
    ]


def week_notes(
    found: list[Closure],
    first: dt.date,
    last: dt.date,
    *,
    off: str = wording.HOLIDAY_OFF,
    work: str = wording.HOLIDAY_WORK,
    sep: str = wording.LIST_SEP,
    name: Callable[[Closure], str] = Closure.label,
    day: Callable[[dt.date], str] = wording.month_day_text,
) -> list[str]:
    """What closures mean for the days ``first``–``last``: 春节放假：2月15日—2月23日, 调休上班：2月14日.

    Chinese by default (the checklist); the window passes its translated formats.
    """
    out = []
    for c in found:
        if c.first <= last and c.last >= first:
            out.append(off.format(name(c), day(c.first), day(c.last)))
        worked = [d for d in c.makeup if first <= d <= last]
        if worked:
            out.append(work.format(sep.join(day(d) for d in worked)))
    return out


def suggestions(year: int, week_max: int = WEEK_MAX_WORKDAYS, month_max: int = MONTH_MAX_WORKDAYS) -> list[Suggestion]:
    """The exemptions the year's closures suggest: contact weeks, then visit months, in order."""
    require_year(year)
    span = Period(Kind.YEAR, year)
    out: list[Suggestion] = []
    rules = ((Obligation.CONTACT, Kind.WEEK, week_max), (Obligation.VISIT, Kind.MONTH, month_max))
    for obligation, kind, most in rules:
        for period in span.subperiods(kind):
            found = _suggestion(obligation, period, most)
            if found is not None:
                out.append(found)
    return out


def _suggestion(obligation: Obligation, period: Period, most: int) -> Suggestion | None:
    index = _index()
    period_days = list(days(period.first_day, period.last_day))
    if any(d.year not in index.years for d in period_days):
        return None  # a week reaching into a year not listed cannot be judged
    off = [c for d in period_days if (c := index.off.get(d)) is not None]
    if not off:
        return None
    working = sum(1 for d in period_days if _cc.is_workday(d))
    if working > most:
        return None
    main = max(set(off), key=lambda c: (off.count(c), c.first))
    return Suggestion(obligation, period, main, working)


@dataclass(frozen=True)
class _Index:
    years: range
    closures: tuple[Closure, ...]
    off: dict[dt.date, Closure]
    makeup: dict[dt.date, Closure]


@cache
def _index() -> _Index:
    """Every closure the package lists, and each of their days: worked out once (a few hundred days)."""
    listed: dict[dt.date, str] = dict(_cc.holidays)
    listed_work: dict[dt.date, str] = dict(_cc.workdays)
    years = range(min(listed).year, max(listed).year + 1)
    runs: list[list[dt.date]] = []
    for day in sorted(listed):
        if runs and (day - runs[-1][-1]).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    bare = [(run, tuple(dict.fromkeys(listed[d] for d in run))) for run in runs]
    makeup: dict[int, list[dt.date]] = {}
    for day, name in sorted(listed_work.items()):
        near = [
            (min(abs((day - run[0]).days), abs((day - run[-1]).days)), n)
            for n, (run, names) in enumerate(bare)
            if name in names
        ]
        distance, at = min(near, default=(_MAKEUP_REACH + 1, -1))
        if distance <= _MAKEUP_REACH:
            makeup.setdefault(at, []).append(day)
    made = [Closure(names, run[0], run[-1], tuple(makeup.get(n, ()))) for n, (run, names) in enumerate(bare)]
    off = {d: c for c in made for d in c.off_days()}
    work = {d: c for c in made for d in c.makeup}
    return _Index(years, tuple(made), off, work)
