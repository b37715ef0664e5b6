"""The rows of a summary that the queries (:mod:`hdrectify.store.summary_queries`) build and
:mod:`hdrectify.store.summary` assembles: records, missed periods, problems and their measures,
exemptions. Plain data with the labels they are read by; below both, so the arrows go one way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hdrectify.domain import wording
from hdrectify.domain.cadence import Method, Obligation, Status
from hdrectify.domain.ledger import MeasureStatus, problem_status
from hdrectify.domain.periods import Kind, Period


def period_text(obligation: Obligation, period: Period) -> str:
    """A missed period as the 未完成明细 names it: 第10周（3月4日—3月10日）, 3月, 第1季度, 2024年度."""
    if period.kind is Kind.WEEK:
        a, b = (wording.month_day_text(d) for d in (period.first_day, period.last_day))
        return f"{wording.WEEK_SHORT.format(period.index)}（{a}—{b}）"
    if period.kind is Kind.MONTH:
        return wording.MONTH_SHORT.format(period.index)
    if period.kind is Kind.QUARTER:
        return wording.QUARTER_SHORT.format(period.index)
    return wording.year_text(period.year, wording.YEAR_WHOLE)


@dataclass(frozen=True)
class MissedRow:
    """One missed or exempt period of a pairing (未完成明细), with the exemption behind it or near it."""

    member: str
    centre: str
    town: str
    obligation: Obligation
    period: Period
    status: Status  # MISSED or EXEMPT
    note: str  # the exemption's reason and dates; for a missed period, one that covers only part of it

    @property
    def period_zh(self) -> str:
        return period_text(self.obligation, self.period)


@dataclass(frozen=True)
class RecordRow:
    """A contact record or a quarterly report of the quarter."""

    kind: str  # "contact" or "report"
    date: dt.date
    recorded_on: dt.date
    member: str
    centre: str
    town: str
    method: Method | None  # contacts only
    note: str
    problems: str
    backfilled: bool  # 补录: entered more than the backfill limit after its date

    @property
    def label_zh(self) -> str:
        """电话, 微信, 到岗, 会议, 其他, or 季度汇报."""
        return self.method.label_zh if self.method is not None else Obligation.REPORT.label_zh


@dataclass(frozen=True)
class MeasureRow:
    no: int
    text: str
    person: str
    deadline: dt.date | None
    status: MeasureStatus
    closed_on: dt.date | None


@dataclass(frozen=True)
class ProblemRow:
    """A problem found on a visit in the quarter, with its measures' current state."""

    no: int | None  # None: 待编号
    title: str
    detail: str
    centre: str
    town: str
    member: str  # who made the visit ("" if not known)
    found_on: dt.date
    measures: tuple[MeasureRow, ...]

    @property
    def status(self) -> MeasureStatus:
        return problem_status(m.status for m in self.measures)

    def overdue_days(self, as_of: dt.date) -> int:
        """How many days the most overdue open measure is past its deadline on ``as_of`` (0: none is)."""
        late = [
            (as_of - m.deadline).days
            for m in self.measures
            if m.status is not MeasureStatus.DONE and m.deadline is not None and m.deadline < as_of
        ]
        return max(late, default=0)


@dataclass(frozen=True)
class ExemptionRow:
    """An exemption (免) touching the quarter; ``member``/``centre`` are None when it covers all pairings."""

    obligation: Obligation
    start: dt.date
    end: dt.date
    reason: str
    member: str | None
    centre: str | None
    periods: int  # how many of the quarter's owed periods it made exempt

    @property
    def for_all(self) -> bool:
        return self.centre is None

    @property
    def scope_zh(self) -> str:
        return "所有挂钩" if self.for_all else f"{self.member}—{self.centre}"
