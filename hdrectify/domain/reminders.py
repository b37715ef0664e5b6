"""What to remind a member of, and when: the decision behind the tray's notifications. No Qt, no SQL.

Given what is due and overdue today (the cadence engine's statuses ``due`` and ``missed``, gathered by
``store/due.py``) and the moment ``now``, :func:`decide` says which notifications to show:

- on starting the app, one with the counts, if anything is due or overdue;
- once a week, at the weekday and hour chosen in 设置 (default Thursday 15:00) or at the first check
  after it, if this week's contact is still not logged for some pairing;
- once per report or review, when its deadline is 3 days away or less (and not yet passed).

What was already said is kept in :class:`Sent`, so a check every minute repeats nothing; the start-up
notification counts as saying what it covers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period

DEADLINE_NOTICE_DAYS = 3  # a report or review deadline is announced this many days ahead
DEFAULT_WEEKDAY = 4  # Thursday (ISO: Monday 1 … Sunday 7)
DEFAULT_HOUR = 15
OVERDUE_LOOKBACK_DAYS = 30  # a missed weekly contact or monthly visit stays "overdue" this long


@dataclass(frozen=True)
class DueItem:
    """One owed period that is due (not met, deadline not passed) or missed (overdue)."""

    pairing_id: str
    member: str
    centre: str
    town: str
    obligation: Obligation
    period: Period
    deadline: dt.date
    status: Status  # DUE or MISSED

    @property
    def key(self) -> str:
        return f"{self.pairing_id}/{self.obligation.value}/{self.period}"

    def as_json(self) -> dict[str, str]:
        return {
            "member": self.member,
            "centre": self.centre,
            "town": self.town,
            "obligation": self.obligation.value,
            "period": str(self.period),
            "deadline": self.deadline.isoformat(),
        }


@dataclass(frozen=True)
class DueList:
    """What is due and overdue as of ``as_of``, each sorted by deadline, then member and centre."""

    as_of: dt.date
    due: list[DueItem] = field(default_factory=list)
    overdue: list[DueItem] = field(default_factory=list)

    def due_this_week(self) -> list[DueItem]:
        """Due items whose deadline falls on or before this week's Sunday."""
        sunday = Period.week_of(self.as_of).last_day
        return [i for i in self.due if i.deadline <= sunday]

    def contacts_not_logged(self) -> list[DueItem]:
        """This week's contacts still due (the weekly reminder's subject)."""
        week = Period.week_of(self.as_of)
        return [i for i in self.due if i.obligation is Obligation.CONTACT and i.period == week]

    def deadlines_near(self, days: int = DEADLINE_NOTICE_DAYS) -> list[DueItem]:
        """Reports and reviews due whose deadline is ``days`` days away or less."""
        return [
            i
            for i in self.due
            if i.obligation in (Obligation.REPORT, Obligation.REVIEW) and 0 <= (i.deadline - self.as_of).days <= days
        ]


def overdue_counts(item: DueItem, as_of: dt.date) -> bool:
    """Is a missed period still worth reminding of? Reports and reviews always (they can still be
    submitted, late); a weekly contact or monthly visit for :data:`OVERDUE_LOOKBACK_DAYS`."""
    if item.obligation in (Obligation.REPORT, Obligation.REVIEW):
        return True
    return (as_of - item.deadline).days <= OVERDUE_LOOKBACK_DAYS


@dataclass(frozen=True)
class Prefs:
    """When the weekly reminder comes: ISO weekday (1 = Monday) and hour (0–23)."""

    weekday: int = DEFAULT_WEEKDAY
    hour: int = DEFAULT_HOUR

    def moment(self, day: dt.date) -> dt.datetime:
        """This week's (the week of ``day``) reminder moment."""
        monday = day - dt.timedelta(days=day.isoweekday() - 1)
        return dt.datetime.combine(monday + dt.timedelta(days=self.weekday - 1), dt.time(self.hour))


@dataclass(frozen=True)
class Sent:
    """What was already notified: the week of the last weekly reminder, the deadlines announced."""

    week: Period | None = None
    deadlines: frozenset[str] = frozenset()


class Kind(StrEnum):
    STARTUP = "startup"
    WEEKLY = "weekly"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class Notice:
    """One notification: its kind and the items it is about (counts for the start-up one)."""

    kind: Kind
    items: tuple[DueItem, ...]
    due_this_week: int = 0
    overdue: int = 0


def decide(now: dt.datetime, due: DueList, prefs: Prefs, sent: Sent, *, starting: bool) -> tuple[list[Notice], Sent]:
    """The notifications to show at ``now`` and what has then been said.

    ``due`` must be as of ``now.date()``. ``starting``: the app has just started (the start-up
    notification, which also covers the weekly and deadline reminders due at that moment).
    """
    notices: list[Notice] = []
    week = Period.week_of(now.date())
    weekly_items = tuple(due.contacts_not_logged()) if now >= prefs.moment(now.date()) else ()
    weekly_due = bool(weekly_items) and sent.week != week
    near = tuple(i for i in due.deadlines_near() if i.key not in sent.deadlines)
    if starting:
        if due.due or due.overdue:
            notices.append(Notice(Kind.STARTUP, (), len(due.due_this_week()), len(due.overdue)))
            return notices, Sent(week if weekly_items else sent.week, sent.deadlines | {i.key for i in near})
        # nothing due at all: nothing to say, and neither reminder can be owed
        return notices, sent
    if weekly_due:
        notices.append(Notice(Kind.WEEKLY, weekly_items))
        sent = replace(sent, week=week)
    if near:
        notices.append(Notice(Kind.DEADLINE, near))
        sent = replace(sent, deadlines=sent.deadlines | {i.key for i in near})
    return notices, sent
