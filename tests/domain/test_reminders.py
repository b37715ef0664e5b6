"""The reminder decision (domain/reminders.decide), with the moment given: what is notified, and once."""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period
from hdrectify.domain.reminders import DueItem, DueList, Kind, Prefs, Sent, decide

THURSDAY = dt.date(2025, 3, 6)  # week 2025-W10


def item(obligation: Obligation, period: str, deadline: dt.date, status: Status = Status.DUE) -> DueItem:
    return DueItem("p1", "陈志强", "平山街道康园中心", "平山街道", obligation, Period.parse(period), deadline, status)


CONTACT = item(Obligation.CONTACT, "2025-W10", dt.date(2025, 3, 9))
VISIT = item(Obligation.VISIT, "2025-03", dt.date(2025, 3, 31))
REPORT = item(Obligation.REPORT, "2025-Q1", dt.date(2025, 4, 10))
MISSED = item(Obligation.CONTACT, "2025-W09", dt.date(2025, 3, 2), Status.MISSED)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_startup_says_the_counts_when_anything_is_due() -> None:
    due = DueList(THURSDAY, [CONTACT, VISIT, REPORT], [MISSED])
    notices, _ = decide(at(THURSDAY, 9), due, Prefs(), Sent(), starting=True)
    assert [(n.kind, n.due_this_week, n.overdue) for n in notices] == [(Kind.STARTUP, 1, 1)]
    assert decide(at(THURSDAY, 9), DueList(THURSDAY), Prefs(), Sent(), starting=True)[0] == []


def test_weekly_reminder_at_the_chosen_hour_once_a_week() -> None:
    due = DueList(THURSDAY, [CONTACT, VISIT])
    notices, sent = decide(at(THURSDAY, 14, 59), due, Prefs(), Sent(), starting=False)
    assert notices == []  # before Thursday 15:00
    notices, sent = decide(at(THURSDAY, 15), due, Prefs(), sent, starting=False)
    assert [(n.kind, n.items) for n in notices] == [(Kind.WEEKLY, (CONTACT,))]
    assert sent.week == Period.parse("2025-W10")
    assert decide(at(THURSDAY, 16), due, Prefs(), sent, starting=False)[0] == []  # said once this week
    friday = THURSDAY + dt.timedelta(days=1)  # after the moment, still this week: nothing new
    assert decide(at(friday, 9), DueList(friday, [CONTACT]), Prefs(), sent, starting=False)[0] == []
    # the next week it comes again, at the moment chosen: Monday 8:00
    monday = dt.date(2025, 3, 10)
    next_contact = item(Obligation.CONTACT, "2025-W11", dt.date(2025, 3, 16))
    notices, _ = decide(at(monday, 8), DueList(monday, [next_contact]), Prefs(1, 8), sent, starting=False)
    assert [n.kind for n in notices] == [Kind.WEEKLY]


def test_no_weekly_reminder_once_the_contact_is_logged() -> None:
    assert decide(at(THURSDAY, 15), DueList(THURSDAY, [VISIT]), Prefs(), Sent(), starting=False)[0] == []


def test_deadline_three_days_ahead_once() -> None:
    four_days = dt.date(2025, 4, 6)
    assert decide(at(four_days, 9), DueList(four_days, [REPORT]), Prefs(), Sent(), starting=False)[0] == []
    three_days = dt.date(2025, 4, 7)
    notices, sent = decide(at(three_days, 9), DueList(three_days, [REPORT]), Prefs(), Sent(), starting=False)
    assert [(n.kind, n.items) for n in notices] == [(Kind.DEADLINE, (REPORT,))]
    later = dt.date(2025, 4, 9)
    assert decide(at(later, 9), DueList(later, [REPORT]), Prefs(), sent, starting=False)[0] == []


def test_startup_covers_the_reminders_due_at_that_moment() -> None:
    day = dt.date(2025, 4, 8)  # a Tuesday; the report's deadline in 2 days
    contact = item(Obligation.CONTACT, "2025-W15", dt.date(2025, 4, 13))
    due = DueList(day, [contact, REPORT])
    notices, sent = decide(at(day, 16), due, Prefs(2, 15), Sent(), starting=True)
    assert [n.kind for n in notices] == [Kind.STARTUP]
    assert decide(at(day, 16, 1), due, Prefs(2, 15), sent, starting=False)[0] == []


def test_due_this_week_counts_deadlines_up_to_sunday() -> None:
    due = DueList(THURSDAY, [CONTACT, VISIT, REPORT], [MISSED])
    assert due.due_this_week() == [CONTACT]
    assert due.contacts_not_logged() == [CONTACT]
