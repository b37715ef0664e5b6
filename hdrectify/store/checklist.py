"""What the monthly checklist (挂钩联系工作月度清单) prints, read from the database in a few queries.

A member carries the checklist to the centre: per pairing, the weeks of the month
(a week by its Thursday, SPEC "Periods") with the contacts already logged in each,
the month's on-site visit, the centre's open ledger measures to check on the visit,
and the reminders of a quarter's report or the year's review when they fall due.

Which pairings get a checklist: every pairing that **owes any period of the month**
— one of its weeks (active on the week's Sunday) or its visit (active on the month's
last day). SPEC's "active on the month's last day" alone would leave out a pairing
that ended mid-month although it still owes that month's first weeks, and the
member must account for those; a pairing that owes none of the month's periods
(it ended before the first Sunday, say) has nothing to do and is left out.

Pairings come in the order an office files them: by town, then centre, then member, each by
pinyin (:func:`hdrectify.domain.collation.zh_key`).

The on-site items (设施设备及维护, 会员档案更新, …) are the list the office keeps in 设置: each
save is a version in force from the day it was saved (table ``checklist_item_lists``), and a
month prints the version in force on its first day — so a month printed before an edit prints
the same list again, and an edit applies from the next month (or this one, saved on the 1st).
Before any edit, the list is the setting ``checklist_items`` (its shipped default).

Whatever the number of pairings, this is one query each for pairings, records met
(through :func:`hdrectify.store.cadence.cadence_view`), exemptions, the month's
contacts, the centres, the open measures and the quarter's reports or the year's
reviews — never a query per pairing or per week.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TypedDict

from hdrectify.domain.cadence import Cadence, Method, Obligation, Settings, Status, deadline, is_backfilled
from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import clean_name
from hdrectify.store.base import DEFAULT_SETTINGS, Store
from hdrectify.store.cadence import cadence_view, span_bounds
from hdrectify.store.people import find_member


@dataclass(frozen=True)
class LoggedContact:
    """A contact record already in the database, as the checklist prints it."""

    id: str
    date: dt.date
    method: str  # phone, wechat, onsite, meeting, other
    note: str
    problems: str  # problems found (on-site visits mostly)
    backfilled: bool  # 补录: entered more than the backfill limit after ``date``
    member_id: str = ""  # who made it: set for 上次到岗, which may be another member's visit
    member: str = ""


@dataclass(frozen=True)
class WeekLine:
    """One week of the month: its dates, whether it is owed, and what is logged in it."""

    period: Period  # an ISO week whose Thursday lies in the month
    owed: bool  # the pairing is active on the week's Sunday
    status: Status | None  # None when not owed
    exemption: str  # the reason when the week is exempt (免), else ""
    contacts: tuple[LoggedContact, ...]  # every live contact dated in the week, earliest first

    @property
    def first_day(self) -> dt.date:
        return self.period.first_day

    @property
    def last_day(self) -> dt.date:
        return self.period.last_day


@dataclass(frozen=True)
class VisitBlock:
    """The month's on-site visit (每月一到岗)."""

    owed: bool  # the pairing is active on the month's last day
    status: Status | None  # None when not owed
    exemption: str  # the reason when the month's visit is exempt, else ""
    visits: tuple[LoggedContact, ...]  # on-site contacts dated in the calendar month


@dataclass(frozen=True)
class OpenMeasure:
    """A measure not yet done of a ledger problem found at this centre."""

    problem_no: int | None  # None: 待编号
    problem: str
    found_on: dt.date | None
    measure_no: int
    text: str
    deadline: dt.date | None
    status: MeasureStatus


@dataclass(frozen=True)
class Reminder:
    """A quarterly report (month ends a quarter) or the annual review (December) owed by the pairing."""

    obligation: Obligation  # REPORT or REVIEW
    period: Period  # the quarter or the year
    due: dt.date  # the last day it is on time (a setting)
    submitted_on: dt.date | None  # already submitted (on or before the reference date)


@dataclass(frozen=True)
class PairingChecklist:
    """Everything one pairing's page needs."""

    pairing_id: str
    member_id: str
    member: str
    centre_id: str
    centre: str
    town: str
    contact_person: str  # the centre's contact (中心负责人), may be ""
    contact_phone: str
    start: dt.date
    end: dt.date | None
    weeks: tuple[WeekLine, ...]
    visit: VisitBlock
    measures: tuple[OpenMeasure, ...]
    reminders: tuple[Reminder, ...]
    last_visit: LoggedContact | None = None  # the centre's latest on-site visit before the month, by any member


class _WeeksAndVisit(TypedDict):
    weeks: tuple[WeekLine, ...]
    visit: VisitBlock


@dataclass(frozen=True)
class ChecklistData:
    month: Period
    today: dt.date  # the reference date of statuses; records dated after it are left out
    backfill_days: int
    pairings: tuple[PairingChecklist, ...]
    items: tuple[str, ...] = ()  # the on-site items to check, as in force on the month's first day
    items_from: dt.date | None = None  # the day that version was saved; None: the shipped default


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def _iso_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def checklist_data(
    store: Store, month: Period, member_id: str | None = None, today: dt.date | None = None
) -> ChecklistData:
    """The checklist of ``month`` for every pairing that owes any of its periods, or one member's.

    ``member_id`` is a member's id (a name is accepted too, matched exactly); an unknown
    member, or a month in which nothing is owed, is an InputError saying what to do.
    ``today`` (default: today) is the reference date for statuses and the reminders.
    """
    if month.kind is not Kind.MONTH:
        raise InputError("checklist.not_a_month", None, text=str(month))
    today = today or dt.date.today()
    member_name = ""
    if member_id is not None:
        member = find_member(store, member_id)
        member_id, member_name = str(member["id"]), str(member["name"])
    view = cadence_view(store, month, today, member_id)
    owed: dict[str, dict[tuple[Obligation, Period], Status]] = defaultdict(dict)
    for row in view.rows():
        owed[row.pairing_id][(row.obligation, row.period)] = row.status
    pairings = [p for p in view.pairings if p.pairing.id in owed]
    pairings.sort(key=lambda p: (zh_key(p.town), zh_key(p.centre), zh_key(p.member), p.pairing.start))
    if not pairings:
        if member_id is not None:
            raise InputError("checklist.member_unpaired", None, member=member_name, month=month)
        raise InputError("checklist.nobody_paired", None, month=month)
    settings = view.cadence.settings
    contacts = _contacts(store, month, {p.pairing.id for p in pairings}, today, settings)
    centres = {r["id"]: r for r in store.rows("SELECT id, contact_person, contact_phone FROM centres")}
    measures = _open_measures(store)
    reminder_periods = _reminder_periods(month)
    submitted = _submitted(store, reminder_periods, today)
    last_visits = _last_visits(store, month, today, settings)
    items, items_from = checklist_items(store, month.first_day)
    out = []
    for info in pairings:
        pid = info.pairing.id
        centre = centres.get(info.centre_id, {})
        out.append(
            PairingChecklist(
                pairing_id=pid,
                member_id=info.member_id,
                member=info.member,
                centre_id=info.centre_id,
                centre=info.centre,
                town=info.town,
                contact_person=str(centre.get("contact_person") or ""),
                contact_phone=str(centre.get("contact_phone") or ""),
                start=info.pairing.start,
                end=info.pairing.end,
                **_weeks_and_visit(pid, month, owed[pid], view.cadence, contacts.get(pid, [])),
                measures=tuple(measures.get(info.centre_id, ())),
                reminders=tuple(
                    Reminder(ob, period, deadline(ob, period, settings), submitted.get((ob, pid)))
                    for ob, period in reminder_periods
                    if info.pairing.owes(period)
                ),
                last_visit=last_visits.get(info.centre_id),
            )
        )
    return ChecklistData(month, today, settings.backfill_days, tuple(out), items, items_from)


def checklist_items(store: Store, day: dt.date) -> tuple[tuple[str, ...], dt.date | None]:
    """The on-site items in force on ``day`` and the day that version was saved (None: the default)."""
    row = store.conn.execute(
        "SELECT items, valid_from FROM checklist_item_lists WHERE valid_from <= ?"
        " ORDER BY valid_from DESC, created_at DESC, rowid DESC LIMIT 1",
        [day.isoformat()],
    ).fetchone()
    if row is None:
        return tuple(store.setting("checklist_items") or DEFAULT_SETTINGS["checklist_items"]), None
    return tuple(json.loads(row[0])), dt.date.fromisoformat(row[1])


def latest_checklist_items(store: Store) -> tuple[str, ...]:
    """The list as last saved (what 设置 shows and edits), whatever day it takes effect."""
    return checklist_items(store, dt.date.max)[0]


def save_checklist_items(store: Store, items: list[str], on: dt.date) -> bool:
    """Save ``items`` as the list in force from ``on``; False when it is the list already in force.

    Each item is cleaned as a name (one line, spaces collapsed); an empty list, an empty
    item or the same item twice is an InputError. Earlier versions are kept as they were.
    """
    cleaned = [clean_name(item, "检查事项") for item in items]
    if not cleaned:
        raise InputError("checklist.no_items")
    for n, item in enumerate(cleaned, start=1):
        if not item:
            raise InputError("checklist.item_empty", None, n=n)
        if len(item) > 40:
            raise InputError("checklist.item_too_long", None, n=n)
        if cleaned.index(item) != n - 1:
            raise InputError("checklist.item_twice", None, item=item)
    if list(latest_checklist_items(store)) == cleaned:
        return False
    store.insert(
        "checklist_item_lists", {"valid_from": on.isoformat(), "items": json.dumps(cleaned, ensure_ascii=False)}
    )
    return True


def _last_visits(store: Store, month: Period, today: dt.date, settings: Settings) -> dict[str, LoggedContact]:
    """Each centre's latest on-site visit dated before the month (and by ``today``), by whichever member."""
    before = min(month.first_day - dt.timedelta(days=1), today).isoformat()
    out: dict[str, LoggedContact] = {}
    for centre_id, cid, date, note, problems, recorded_at, member_id, member in store.execute(
        "SELECT centre_id, id, date, note, problems, recorded_at, member_id, name FROM ("
        " SELECT p.centre_id, c.id, c.date, c.note, c.problems, c.recorded_at, p.member_id, m.name,"
        " row_number() OVER (PARTITION BY p.centre_id ORDER BY c.date DESC, c.recorded_at DESC) AS n"
        " FROM contacts c JOIN pairings p ON p.id = c.pairing_id LEFT JOIN members m ON m.id = p.member_id"
        " WHERE c.deleted_at IS NULL AND c.method = ? AND c.date <= ?) WHERE n = 1",
        [Method.ONSITE.value, before],
    ):
        on = _iso_day(date)
        backfilled = is_backfilled(on, _iso_day(recorded_at), settings)
        out[centre_id] = LoggedContact(
            cid, on, Method.ONSITE.value, note or "", problems or "", backfilled, str(member_id), member or ""
        )
    return out


def _contacts(
    store: Store, month: Period, ids: set[str], today: dt.date, settings: Settings
) -> dict[str, list[LoggedContact]]:
    """Every live contact of these pairings dated in the month's weeks or the month, earliest first."""
    first, last = span_bounds(month)
    by_pairing: dict[str, list[LoggedContact]] = defaultdict(list)
    day = functools.lru_cache(maxsize=None)(_iso_day)  # a month of contacts has a few dozen distinct dates
    for cid, pid, date, method, note, problems, recorded_at in store.execute(
        "SELECT id, pairing_id, date, method, note, problems, recorded_at FROM contacts"
        " WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, recorded_at",
        [first.isoformat(), min(last, today).isoformat()],
    ):
        if pid in ids:
            on = day(date)
            backfilled = is_backfilled(on, day(recorded_at[:10]), settings)
            by_pairing[pid].append(LoggedContact(cid, on, method, note or "", problems or "", backfilled))
    return by_pairing


def _weeks_and_visit(
    pid: str,
    month: Period,
    statuses: dict[tuple[Obligation, Period], Status],
    cadence: Cadence,
    contacts: list[LoggedContact],
) -> _WeeksAndVisit:
    weeks = []
    for week in month.subperiods(Kind.WEEK):
        status = statuses.get((Obligation.CONTACT, week))
        ex = cadence.exempt(pid, Obligation.CONTACT, week) if status is Status.EXEMPT else None
        first, last = week.first_day, week.last_day
        weeks.append(
            WeekLine(
                week,
                status is not None,
                status,
                ex.reason if ex is not None else "",
                tuple(c for c in contacts if first <= c.date <= last),
            )
        )
    status = statuses.get((Obligation.VISIT, month))
    ex = cadence.exempt(pid, Obligation.VISIT, month) if status is Status.EXEMPT else None
    visits = tuple(c for c in contacts if c.method == Method.ONSITE.value and month.contains(c.date))
    return {
        "weeks": tuple(weeks),
        "visit": VisitBlock(status is not None, status, ex.reason if ex is not None else "", visits),
    }


def _open_measures(store: Store) -> dict[str, list[OpenMeasure]]:
    """Measures not yet done of problems found at a centre, by centre, in ledger order."""
    out: dict[str, list[OpenMeasure]] = defaultdict(list)
    for r in store.rows(
        "SELECT p.centre_id, p.no AS problem_no, p.title, p.found_on, m.no, m.text, m.deadline, m.status"
        " FROM ledger_measures m JOIN ledger_problems p ON p.id = m.problem_id"
        " WHERE p.centre_id IS NOT NULL AND m.status <> ? ORDER BY p.no IS NULL, p.no, p.found_on, p.id, m.no",
        [MeasureStatus.DONE.value],
    ):
        out[r["centre_id"]].append(
            OpenMeasure(
                None if r["problem_no"] is None else int(r["problem_no"]),
                str(r["title"]),
                _day(r["found_on"]),
                int(r["no"]),
                str(r["text"]),
                _day(r["deadline"]),
                MeasureStatus(r["status"]),
            )
        )
    return out


def _reminder_periods(month: Period) -> list[tuple[Obligation, Period]]:
    """The quarter's report when the month ends a quarter; the year's review in December."""
    out: list[tuple[Obligation, Period]] = []
    if month.index % 3 == 0:
        out.append((Obligation.REPORT, Period.quarter_of(month.first_day)))
    if month.index == 12:
        out.append((Obligation.REVIEW, Period.year_of(month.first_day)))
    return out


def _submitted(
    store: Store, periods: list[tuple[Obligation, Period]], today: dt.date
) -> dict[tuple[Obligation, str], dt.date]:
    """When each pairing first submitted the reminded report or review, if it has by ``today``."""
    out: dict[tuple[Obligation, str], dt.date] = {}
    for ob, period in periods:
        if ob is Obligation.REPORT:
            sql = "SELECT pairing_id, min(submitted_on) FROM reports WHERE quarter = ?"
            key: object = str(period)
        else:
            sql = "SELECT pairing_id, min(submitted_on) FROM reviews WHERE year = ?"
            key = period.year
        for pid, on in store.execute(
            sql + " AND deleted_at IS NULL AND submitted_on <= ? GROUP BY pairing_id", [key, today.isoformat()]
        ):
            out[(ob, pid)] = dt.date.fromisoformat(on[:10])
    return out
