"""The supervision cadence: what a pairing owes and the status of each owed period.

Per pairing: a weekly contact, a monthly on-site visit, a quarterly report and an
annual review (每周一联系、每月一到岗、每季度一汇报、每年一考评). The rules are SPEC's
"Obligations", "Status" and "Completion rate" sections, and nothing else.

The engine is given every relevant record at once and assigns them to periods in
memory, so a year's statuses for a thousand pairings is one pass, not a query per
period. It only needs the earliest record that meets each period, so a caller may
hand it that reduction instead of every record.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from hdrectify.domain import wording
from hdrectify.domain.periods import Kind, Period


class Obligation(StrEnum):
    CONTACT = "contact"
    VISIT = "visit"
    REPORT = "report"
    REVIEW = "review"

    @property
    def kind(self) -> Kind:
        return _OBLIGATION_KIND[self]

    @property
    def label_zh(self) -> str:
        return wording.obligation_label(self.value)


OBLIGATIONS: tuple[Obligation, ...] = tuple(Obligation)
_OBLIGATION_KIND = {
    Obligation.CONTACT: Kind.WEEK,
    Obligation.VISIT: Kind.MONTH,
    Obligation.REPORT: Kind.QUARTER,
    Obligation.REVIEW: Kind.YEAR,
}


class Method(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    ONSITE = "onsite"
    MEETING = "meeting"
    OTHER = "other"

    @property
    def label_zh(self) -> str:
        return wording.method_label(self.value)


class Status(StrEnum):
    DONE = "done"
    LATE = "late"
    EXEMPT = "exempt"
    MISSED = "missed"
    DUE = "due"
    UPCOMING = "upcoming"

    @property
    def label_zh(self) -> str:
        return wording.status_label(self.value)


STATUSES: tuple[Status, ...] = tuple(Status)


@dataclass(frozen=True)
class Settings:
    """The cadence's settings (SPEC: deadlines are settings, not constants)."""

    report_deadline_days: int = 10  # a quarter's report is on time up to its 10th day after
    review_deadline_days: int = 31  # a year's review is on time up to 31 January next year
    backfill_days: int = 7  # a record entered more than this many days late is 补录


@dataclass(frozen=True)
class Pairing:
    """A member's pairing with a centre, active on ``[start, end]`` (end open if None)."""

    id: str
    start: dt.date
    end: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def owes(self, period: Period) -> bool:
        """SPEC: a period is owed iff the pairing is active on the period's last day."""
        return self.active_on(period.last_day)

    def overlaps(self, other: Pairing) -> bool:
        a_end = self.end or dt.date.max
        b_end = other.end or dt.date.max
        return self.start <= b_end and other.start <= a_end


@dataclass(frozen=True)
class Exemption:
    """免: one pairing (or every pairing when ``pairing_id`` is None), one obligation, a span."""

    pairing_id: str | None
    obligation: Obligation
    start: dt.date
    end: dt.date
    reason: str = ""

    def covers(self, period: Period) -> bool:
        """Periods wholly inside the span are exempt."""
        return self.start <= period.first_day and period.last_day <= self.end


class Record(NamedTuple):
    """A record that may meet an obligation.

    ``kind`` is ``contact``, ``report`` or ``review``. A contact's period is found
    from its date; a report's or review's ``period`` is the quarter or year it is for.
    ``recorded_on`` is the day it was entered, for 补录 marking.
    """

    pairing_id: str
    kind: str
    date: dt.date
    recorded_on: dt.date
    method: str | None = None
    period: Period | None = None


class Meeting(NamedTuple):
    """The earliest record that meets a period: the day it is dated and the day it was entered.

    The store hands the engine one per (slot, pairing); equal ones may be one shared object.
    """

    date: dt.date
    recorded_on: dt.date


class StatusRow(NamedTuple):
    pairing_id: str
    obligation: Obligation
    period: Period
    status: Status
    backfilled: bool
    met_on: dt.date | None  # the date of the earliest record that meets it


def deadline(obligation: Obligation, period: Period, settings: Settings) -> dt.date:
    """The last day on which the period can still be met on time."""
    if obligation is Obligation.REPORT:
        return period.last_day + dt.timedelta(days=settings.report_deadline_days)
    if obligation is Obligation.REVIEW:
        return period.last_day + dt.timedelta(days=settings.review_deadline_days)
    return period.last_day


def is_backfilled(date: dt.date, recorded_on: dt.date, settings: Settings) -> bool:
    """补录: entered more than ``backfill_days`` after the date it reports."""
    return (recorded_on - date).days > settings.backfill_days


def periods_in(span: Period, obligations: Iterable[Obligation] = OBLIGATIONS) -> list[tuple[Obligation, Period]]:
    """The (obligation, period) pairs that lie inside ``span`` (a week by its Thursday).

    A month gives contact and visit, a quarter adds the report, a year the review.
    """
    out: list[tuple[Obligation, Period]] = []
    for ob in obligations:
        out.extend((ob, p) for p in span.subperiods(ob.kind))
    return out


def record_key(record: Record) -> list[tuple[Obligation, Period]]:
    """The (obligation, period) slots one record meets for its pairing."""
    if record.kind == "contact":
        keys = [(Obligation.CONTACT, Period.week_of(record.date))]
        if record.method == Method.ONSITE.value:
            keys.append((Obligation.VISIT, Period.month_of(record.date)))
        return keys
    if record.kind == "report" and record.period is not None:
        return [(Obligation.REPORT, record.period)]
    if record.kind == "review" and record.period is not None:
        return [(Obligation.REVIEW, record.period)]
    return []


Slot = tuple[Obligation, Period]
MetRecords = dict[Slot, dict[str, Meeting]]  # (obligation, period) -> pairing id -> earliest record


class Cadence:
    """Statuses of owed periods, as of a reference date, for a set of pairings.

    ``records`` may be every record or any superset of the earliest ones; ``met`` is
    the same information already reduced by the caller (the earliest record per slot
    and pairing, none dated after ``as_of``), which is how the store hands it over.
    """

    def __init__(
        self,
        pairings: Sequence[Pairing],
        records: Iterable[Record] = (),
        exemptions: Iterable[Exemption] = (),
        settings: Settings | None = None,
        as_of: dt.date | None = None,
        *,
        met: MetRecords | None = None,
    ) -> None:
        self.pairings = list(pairings)
        self.settings = settings or Settings()
        self.as_of = as_of or dt.date.today()
        self._met: MetRecords = {slot: dict(by_pairing) for slot, by_pairing in (met or {}).items()}
        for rec in records:
            if rec.date <= self.as_of:  # SPEC: records after the reference date are ignored
                for slot in record_key(rec):
                    self._offer(slot, rec)
        self._exemptions: dict[tuple[str | None, Obligation], list[Exemption]] = defaultdict(list)
        for ex in exemptions:
            self._exemptions[(ex.pairing_id, ex.obligation)].append(ex)

    def _offer(self, slot: Slot, rec: Record) -> None:
        by_pairing = self._met.setdefault(slot, {})
        best = by_pairing.get(rec.pairing_id)
        if best is None or (rec.date, rec.recorded_on) < best:
            by_pairing[rec.pairing_id] = Meeting(rec.date, rec.recorded_on)

    def exempt(self, pairing_id: str, obligation: Obligation, period: Period) -> Exemption | None:
        for key in ((pairing_id, obligation), (None, obligation)):
            for ex in self._exemptions.get(key, ()):
                if ex.covers(period):
                    return ex
        return None

    def meeting_record(self, pairing_id: str, obligation: Obligation, period: Period) -> Meeting | None:
        """When the earliest record that meets the period is dated and was entered, if any."""
        return self._met.get((obligation, period), {}).get(pairing_id)

    def status(self, pairing: Pairing, obligation: Obligation, period: Period) -> StatusRow:
        """The status of one owed (pairing, obligation, period)."""
        due_by = deadline(obligation, period, self.settings)
        if period.first_day > self.as_of:
            return StatusRow(pairing.id, obligation, period, Status.UPCOMING, False, None)
        rec = self.meeting_record(pairing.id, obligation, period)
        if rec is not None:
            return self._met_row(pairing.id, obligation, period, rec, obligation in _ALWAYS_ON_TIME, due_by)
        if self.exempt(pairing.id, obligation, period) is not None:
            return StatusRow(pairing.id, obligation, period, Status.EXEMPT, False, None)
        status = Status.MISSED if self.as_of > due_by else Status.DUE
        return StatusRow(pairing.id, obligation, period, status, False, None)

    def _met_row(
        self, pid: str, ob: Obligation, period: Period, rec: Meeting, always_on_time: bool, due_by: dt.date
    ) -> StatusRow:
        on_time = always_on_time or rec.date <= due_by
        backfilled = (rec.recorded_on - rec.date).days > self.settings.backfill_days
        return StatusRow(pid, ob, period, Status.DONE if on_time else Status.LATE, backfilled, rec.date)

    def rows(self, span: Period, obligations: Iterable[Obligation] = OBLIGATIONS) -> list[StatusRow]:
        """One row per owed (pairing, obligation, period) inside ``span``.

        Ordered by pairing (as given), obligation, period. Everything that depends
        only on the period is worked out once per period, not once per pairing.
        """
        as_of = self.as_of
        slots = []
        for ob, p in periods_in(span, obligations):
            due_by = deadline(ob, p, self.settings)
            slots.append(
                (
                    ob,
                    p,
                    p.last_day,
                    due_by,
                    p.first_day > as_of,  # upcoming
                    ob in _ALWAYS_ON_TIME,
                    self._met.get((ob, p), {}),
                    any(ex.covers(p) for ex in self._exemptions.get((None, ob), ())),  # exempt for all
                    Status.MISSED if as_of > due_by else Status.DUE,
                )
            )
        own: dict[str, list[tuple[Obligation, Exemption]]] = defaultdict(list)  # one pairing's exemptions
        for (ex_pid, ex_ob), exs in self._exemptions.items():
            if ex_pid is not None:
                own[ex_pid].extend((ex_ob, ex) for ex in exs)
        out: list[StatusRow] = []
        append = out.append
        make = tuple.__new__  # StatusRow's own __new__ is Python code: 69,000 rows a year for 1,000 pairings
        backfill_days = self.settings.backfill_days
        backfilled_of: dict[Meeting, bool] = {}
        done_status, late_status = Status.DONE, Status.LATE
        upcoming_status, exempt_status = Status.UPCOMING, Status.EXEMPT
        earliest = min((slot[2] for slot in slots), default=None)
        latest = max((slot[2] for slot in slots), default=None)
        for pairing in self.pairings:
            pid, start, end = pairing.id, pairing.start, pairing.end
            mine = own.get(pid)
            owed = slots  # owed iff active on the period's last day: most pairings are, all the span
            if earliest is None or start > earliest or (end is not None and latest is not None and end < latest):
                owed = [slot for slot in slots if start <= slot[2] and (end is None or slot[2] <= end)]
            for ob, period, _last_day, due_by, upcoming, always_on_time, met, exempt_all, unmet in owed:
                if upcoming:
                    append(make(StatusRow, (pid, ob, period, upcoming_status, False, None)))
                    continue
                rec = met.get(pid)
                if rec is not None:  # as _met_row, inline
                    backfilled = backfilled_of.get(rec)  # meetings are often one shared object
                    if backfilled is None:
                        backfilled = backfilled_of[rec] = (rec.recorded_on - rec.date).days > backfill_days
                    date = rec.date
                    status = done_status if always_on_time or date <= due_by else late_status
                    append(make(StatusRow, (pid, ob, period, status, backfilled, date)))
                elif exempt_all or (mine is not None and any(o is ob and ex.covers(period) for o, ex in mine)):
                    append(make(StatusRow, (pid, ob, period, exempt_status, False, None)))
                else:
                    append(make(StatusRow, (pid, ob, period, unmet, False, None)))
        return out


_ALWAYS_ON_TIME = frozenset((Obligation.CONTACT, Obligation.VISIT))  # met in the period is on time


@dataclass
class Totals:
    done: int = 0
    late: int = 0
    exempt: int = 0
    missed: int = 0
    due: int = 0
    upcoming: int = 0

    @property
    def completion_rate(self) -> float | None:
        """(done + late) / (done + late + missed); None when that is 0/0."""
        met = self.done + self.late
        counted = met + self.missed
        return met / counted if counted else None

    def add(self, status: Status) -> None:
        setattr(self, status.value, getattr(self, status.value) + 1)

    def as_dict(self) -> dict[str, int | float | None]:
        out: dict[str, int | float | None] = {s.value: getattr(self, s.value) for s in STATUSES}
        out["completion_rate"] = self.completion_rate
        return out


_STATUS_OF = operator.itemgetter(StatusRow._fields.index("status"))


def totals(rows: Iterable[StatusRow]) -> Totals:
    counts = Counter(map(_STATUS_OF, rows))
    return Totals(**{status.value: counts.get(status, 0) for status in STATUSES})
