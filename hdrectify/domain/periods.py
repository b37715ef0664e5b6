"""Calendar periods of the supervision cadence: ISO weeks, months, quarters, years.

A week belongs to the month, quarter and year that contain its Thursday (SPEC,
"Periods"), so every week lies in exactly one month. Periods are small immutable
values with a canonical text form (``2024-W10``, ``2024-03``, ``2024-Q1``, ``2024``)
that is what the CLI, JSON and the database use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError
from hdrectify.domain.text import escape_controls

ONE_DAY = dt.timedelta(days=1)


class Kind(StrEnum):
    """The four period lengths, shortest first."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, order=True)
class Period:
    """One week, month, quarter or year.

    ``year`` is the ISO year for weeks (the year of the Thursday); ``index`` is the
    week number (1–53), month (1–12), quarter (1–4) or 1 for a year.
    """

    kind: Kind
    year: int
    index: int = 1

    # -- construction -----------------------------------------------------
    @staticmethod
    def week_of(day: dt.date) -> Period:
        return _week_of(day)

    @staticmethod
    def month_of(day: dt.date) -> Period:
        return _month_of(day)

    @staticmethod
    def quarter_of(day: dt.date) -> Period:
        return Period(Kind.QUARTER, day.year, (day.month - 1) // 3 + 1)

    @staticmethod
    def year_of(day: dt.date) -> Period:
        return Period(Kind.YEAR, day.year)

    @staticmethod
    def of(kind: Kind, day: dt.date) -> Period:
        """The period of ``kind`` that contains ``day`` (by the calendar, not by Thursday)."""
        return _OF[kind](day)

    # -- bounds -----------------------------------------------------------
    @property
    def first_day(self) -> dt.date:
        if self.kind is Kind.WEEK:
            return dt.date.fromisocalendar(self.year, self.index, 1)
        if self.kind is Kind.MONTH:
            return dt.date(self.year, self.index, 1)
        if self.kind is Kind.QUARTER:
            return dt.date(self.year, 3 * self.index - 2, 1)
        return dt.date(self.year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        if self.kind is Kind.WEEK:
            return dt.date.fromisocalendar(self.year, self.index, 7)
        return self.next().first_day - ONE_DAY

    @property
    def thursday(self) -> dt.date:
        """The day that decides which month/quarter/year a week belongs to."""
        if self.kind is not Kind.WEEK:
            raise ValueError("only weeks have a deciding Thursday")
        return dt.date.fromisocalendar(self.year, self.index, 4)

    def contains(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def next(self) -> Period:
        if self.kind is Kind.WEEK:
            return Period.week_of(self.first_day + dt.timedelta(days=7))
        if self.kind is Kind.MONTH:
            return (
                Period(Kind.MONTH, self.year + 1, 1)
                if self.index == 12
                else Period(Kind.MONTH, self.year, self.index + 1)
            )
        if self.kind is Kind.QUARTER:
            return (
                Period(Kind.QUARTER, self.year + 1, 1)
                if self.index == 4
                else Period(Kind.QUARTER, self.year, self.index + 1)
            )
        return Period(Kind.YEAR, self.year + 1)

    # -- belonging (a week by its Thursday) ---------------------------------
    @property
    def anchor(self) -> dt.date:
        """The day that places this period inside longer ones."""
        return self.thursday if self.kind is Kind.WEEK else self.first_day

    def month(self) -> Period:
        return Period.month_of(self.anchor)

    def quarter(self) -> Period:
        return Period.quarter_of(self.anchor)

    def within(self, outer: Period) -> bool:
        """True iff this period belongs to ``outer`` (weeks by their Thursday)."""
        return outer.contains(self.anchor) and _RANK[self.kind] <= _RANK[outer.kind]

    def subperiods(self, kind: Kind) -> list[Period]:
        """The periods of ``kind`` that belong to this one, in order."""
        if _RANK[kind] > _RANK[self.kind]:
            return []
        start = self.first_day
        if kind is Kind.WEEK:
            # the first week whose Thursday is inside this period
            day = start + dt.timedelta(days=(3 - start.weekday()) % 7)
            out = []
            while day <= self.last_day:
                out.append(Period.week_of(day))
                day += dt.timedelta(days=7)
            return out
        out = []
        p = Period.of(kind, start)
        while p.first_day <= self.last_day:
            out.append(p)
            p = p.next()
        return out

    # -- text ---------------------------------------------------------------
    def __str__(self) -> str:
        if self.kind is Kind.WEEK:
            return f"{self.year:04d}-W{self.index:02d}"
        if self.kind is Kind.MONTH:
            return f"{self.year:04d}-{self.index:02d}"
        if self.kind is Kind.QUARTER:
            return f"{self.year:04d}-Q{self.index}"
        return f"{self.year:04d}"

    def label_zh(self) -> str:
        """A Chinese label for tables and documents: 2024年第10周, 2024年3月, 2024年第1季度, 2024年."""
        return wording.period_text(self.kind.value, self.year, self.index)

    @staticmethod
    def parse(text: str, kind: Kind | None = None) -> Period:
        """Parse the canonical text form (ASCII digits only); ``kind`` restricts what is accepted."""
        text = text.strip(_SPACES)
        for k, pattern in _PATTERNS:
            m = pattern.fullmatch(text)
            if m is None:
                continue
            if kind is not None and k is not kind:
                break
            year = int(m.group(1))
            index = int(m.group(2)) if m.lastindex and m.lastindex > 1 else 1
            if not 1 <= year <= 9998:
                break
            if k is Kind.WEEK:
                try:
                    dt.date.fromisocalendar(year, index, 1)
                except ValueError:
                    raise InputError("period.no_such_week", None, year=year, index=index) from None
            elif (k is Kind.MONTH and not 1 <= index <= 12) or (k is Kind.QUARTER and not 1 <= index <= 4):
                break
            return Period(k, year, index)
        plain, full_width = _UNKNOWN[kind]
        raise InputError(full_width if _full_width(text) else plain, None, text=escape_controls(text))


# Statuses for a city's year look up the week and month of a few hundred distinct
# days hundreds of thousands of times: remember them.
@functools.lru_cache(maxsize=8192)
def _week_of(day: dt.date) -> Period:
    iso = day.isocalendar()
    return Period(Kind.WEEK, iso.year, iso.week)


@functools.lru_cache(maxsize=8192)
def _month_of(day: dt.date) -> Period:
    return Period(Kind.MONTH, day.year, day.month)


_OF = {
    Kind.WEEK: Period.week_of,
    Kind.MONTH: Period.month_of,
    Kind.QUARTER: Period.quarter_of,
    Kind.YEAR: Period.year_of,
}
_RANK = {Kind.WEEK: 0, Kind.MONTH: 1, Kind.QUARTER: 2, Kind.YEAR: 3}
# [0-9], not \d: \d also matches full-width and Arabic-Indic digits, which int() then reads
_PATTERNS = [
    (Kind.WEEK, re.compile(r"([0-9]{4})-W([0-9]{2})")),
    (Kind.QUARTER, re.compile(r"([0-9]{4})-Q([0-9])")),
    (Kind.MONTH, re.compile(r"([0-9]{4})-([0-9]{2})")),
    (Kind.YEAR, re.compile(r"([0-9]{4})")),
]
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SPACES = " \t\u3000\xa0"  # what may surround a typed date or period
# The refusal of a text that is not a period (of ``kind``), and the same when typed in full width.
_UNKNOWN: dict[Kind | None, tuple[str, str]] = {
    Kind.WEEK: ("period.not_a_week", "period.not_a_week_full_width"),
    Kind.MONTH: ("period.not_a_month", "period.not_a_month_full_width"),
    Kind.QUARTER: ("period.not_a_quarter", "period.not_a_quarter_full_width"),
    Kind.YEAR: ("period.not_a_year", "period.not_a_year_full_width"),
    None: ("period.not_a_period", "period.not_a_period_full_width"),
}


def parse_date(text: str) -> dt.date:
    """Parse a ``YYYY-MM-DD`` date, with a message that says what was wrong."""
    text = text.strip(_SPACES)
    if not _DATE.fullmatch(text):
        code = "date.bad_format_full_width" if _full_width(text) else "date.bad_format"
        raise InputError(code, None, text=escape_controls(text))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError("date.not_a_date", None, text=text) from None


def _full_width(text: str) -> bool:
    """Digits or signs typed with a Chinese input method (２０２４－０３): the message says to use half width."""
    return any(ord(ch) > 0x7F and (ch.isdigit() or 0xFF01 <= ord(ch) <= 0xFF5E) for ch in text)


def days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Every day from ``start`` to ``end`` inclusive."""
    day = start
    while day <= end:
        yield day
        day += ONE_DAY


def check_not_future(day: dt.date, what: str, today: dt.date | None = None) -> None:
    """A record's date is not after ``today`` (the real one by default): only what happened is logged.
    ``what`` is a label (``Labels``) naming the record: 联系, 提交, 整改进展, 销号."""
    if day > (today or dt.date.today()):
        raise InputError("records.in_the_future", "date", what=what, day=day)
