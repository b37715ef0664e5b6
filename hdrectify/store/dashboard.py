"""What the dashboard (工作台) shows, computed from the database in one go. No Qt.

For "me" (one member) or the office (everyone): what is due now, what was missed
since the app was last opened, and the ledger measures near or past their deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hdrectify.domain.cadence import Obligation, Status, StatusRow, deadline, totals
from hdrectify.domain.collation import zh_key
from hdrectify.domain.ledger import DeadlineWarning, deadline_warning
from hdrectify.domain.periods import Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import PairingInfo, cadence_view
from hdrectify.store.close_requests import pending_count

CATCH_UP_DAYS = 30  # with no earlier opening on record, the catch-up list looks back this far


@dataclass(frozen=True)
class Item:
    """One owed period on the dashboard."""

    pairing: PairingInfo
    obligation: Obligation
    period: Period
    status: Status
    deadline: dt.date


@dataclass(frozen=True)
class MeasureDue:
    measure_id: str
    problem_no: int
    measure_no: int
    problem: str
    text: str
    deadline: dt.date
    days_left: int
    level: DeadlineWarning  # by the one rule of domain.ledger.deadline_warning
    person: str


@dataclass(frozen=True)
class MemberTotals:
    """One member's year so far, over all their pairings: who is behind."""

    member_id: str
    member: str
    done: int
    late: int
    missed: int
    completion_rate: float | None


@dataclass
class Dashboard:
    today: dt.date
    since: dt.date
    due: list[Item] = field(default_factory=list)
    missed: list[Item] = field(default_factory=list)
    measures: list[MeasureDue] = field(default_factory=list)
    week_done: int = 0
    week_owed: int = 0
    month_done: int = 0
    month_owed: int = 0
    open_measures: int = 0
    overdue_measures: int = 0
    completion_rate: float | None = None
    members: list[MemberTotals] = field(default_factory=list)  # the lowest completion rate first
    unvisited: list[PairingInfo] = field(default_factory=list)  # owe this month's on-site visit, not met yet
    pending_requests: int = 0  # 申请销号 waiting for the office's answer (store/close_requests.py)


def build(store: Store, me: str | None, today: dt.date, previous_open: str | None) -> Dashboard:
    since = dt.date.fromisoformat(previous_open) if previous_open else today - dt.timedelta(days=CATCH_UP_DAYS)
    board = Dashboard(today, since)
    settings = store.cadence_settings()
    years = [Period.year_of(today)]
    if today.month <= 2:  # last year's fourth-quarter report and annual review are still due in January
        years.insert(0, Period.year_of(dt.date(today.year - 1, 1, 1)))
    this_week, this_month = Period.week_of(today), Period.month_of(today)
    rows_this_year: list[StatusRow] = []
    for year in years:
        view = cadence_view(store, year, today, me)
        info = view.info()
        rows = view.rows()
        if year.year == today.year:
            rows_this_year = rows
            _members(board, rows, info)
        for r in rows:
            due_by = deadline(r.obligation, r.period, settings)
            item = Item(info[r.pairing_id], r.obligation, r.period, r.status, due_by)
            if r.status is Status.DUE:
                board.due.append(item)
            elif r.status is Status.MISSED and since <= due_by < today:
                board.missed.append(item)
            if r.period == this_week:
                board.week_owed += 1
                board.week_done += r.status in (Status.DONE, Status.LATE)
            if r.period == this_month and r.obligation is Obligation.VISIT:
                board.month_owed += 1
                board.month_done += r.status in (Status.DONE, Status.LATE)
                if r.status in (Status.DUE, Status.MISSED):
                    board.unvisited.append(info[r.pairing_id])
    board.due.sort(key=lambda i: (i.deadline, zh_key(i.pairing.member), zh_key(i.pairing.centre)))
    board.missed.sort(key=lambda i: (i.deadline, zh_key(i.pairing.member), zh_key(i.pairing.centre)), reverse=True)
    board.completion_rate = totals(rows_this_year).completion_rate
    board.unvisited.sort(key=lambda i: (zh_key(i.town), zh_key(i.centre)))
    _measures(store, board, me)
    board.pending_requests = pending_count(store)
    return board


def _members(board: Dashboard, rows: list[StatusRow], info: dict[str, PairingInfo]) -> None:
    by_member: dict[str, list[StatusRow]] = {}
    for r in rows:
        by_member.setdefault(info[r.pairing_id].member_id, []).append(r)
    names = {i.member_id: i.member for i in info.values()}
    for member_id, member_rows in by_member.items():
        t = totals(member_rows)
        board.members.append(MemberTotals(member_id, names[member_id], t.done, t.late, t.missed, t.completion_rate))
    # who is behind first: the lowest rate, then the most missed; members with nothing counted yet last
    board.members.sort(key=lambda m: (m.completion_rate is None, m.completion_rate or 0.0, -m.missed, zh_key(m.member)))


def _measures(store: Store, board: Dashboard, me: str | None) -> None:
    yellow = int(store.setting("warn_yellow_days"))
    green = int(store.setting("warn_green_days"))
    sql = (
        "SELECT m.id, m.no, m.text, m.deadline, m.person, p.no AS problem_no, p.title, p.centre_id"
        " FROM ledger_measures m JOIN ledger_problems p ON p.id = m.problem_id WHERE m.status <> 'done'"
    )
    rows = store.rows(sql)
    if me:  # a member sees the measures of the centres they are paired with
        centres = {r["centre_id"] for r in store.rows("SELECT centre_id FROM pairings WHERE member_id = ?", [me])}
        rows = [r for r in rows if r["centre_id"] in centres]
    board.open_measures = len(rows)
    for r in rows:
        if not r["deadline"]:
            continue
        due = dt.date.fromisoformat(r["deadline"])
        days_left = (due - board.today).days
        level = deadline_warning(due, board.today, yellow, green)
        board.overdue_measures += level is DeadlineWarning.RED
        board.measures.append(
            MeasureDue(r["id"], r["problem_no"], r["no"], r["title"], r["text"], due, days_left, level, r["person"])
        )
    board.measures.sort(key=lambda m: m.days_left)
