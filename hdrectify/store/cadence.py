"""Loading what the cadence engine needs for a span, in a handful of queries.

Whatever the number of pairings, computing a span's statuses costs one query for
pairings, one each for contacts (reduced in SQL to the earliest record per pairing
and week, and per pairing and on-site month), reports, reviews and exemptions.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass

from hdrectify.domain.cadence import (
    OBLIGATIONS,
    Cadence,
    Exemption,
    Meeting,
    MetRecords,
    Obligation,
    Pairing,
    Slot,
    StatusRow,
)
from hdrectify.domain.collation import zh_key
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.schema import WEEK_SQL

_EPOCH_MONDAY = dt.date(1970, 1, 5)  # week 0 of WEEK_SQL


@dataclass(frozen=True)
class PairingInfo:
    pairing: Pairing
    member_id: str
    member: str
    centre_id: str
    centre: str
    town: str


@dataclass
class CadenceView:
    """The engine plus names, for one span and reference date."""

    span: Period
    as_of: dt.date
    pairings: list[PairingInfo]
    cadence: Cadence

    def rows(self) -> list[StatusRow]:
        """SPEC order: member, centre, obligation (contact, visit, report, review), period.

        Pairings come sorted by member, centre and start, so the engine's rows are in
        that order already, unless a member and centre were paired twice in the span:
        then their rows are merged by a stable sort on (member, centre, obligation),
        which keeps periods in order since such pairings never overlap.
        """
        rows = self.cadence.rows(self.span)
        pairs = [(p.member, p.centre) for p in self.pairings]
        if len(set(pairs)) < len(pairs):
            info = self.info()
            rank = {ob: i for i, ob in enumerate(OBLIGATIONS)}
            rows.sort(
                key=lambda r: (zh_key(info[r.pairing_id].member), zh_key(info[r.pairing_id].centre), rank[r.obligation])
            )
        return rows

    def info(self) -> dict[str, PairingInfo]:
        return {p.pairing.id: p for p in self.pairings}


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


def span_bounds(span: Period) -> tuple[dt.date, dt.date]:
    """First and last day of anything that belongs to ``span`` (weeks may stick out)."""
    weeks = span.subperiods(Kind.WEEK)
    first = min(span.first_day, weeks[0].first_day) if weeks else span.first_day
    last = max(span.last_day, weeks[-1].last_day) if weeks else span.last_day
    return first, last


def load_pairings(store: Store, first: dt.date, last: dt.date, member_id: str | None = None) -> list[PairingInfo]:
    sql = (
        "SELECT p.id, p.start_on, p.end_on, m.id AS member_id, m.name AS member,"
        " c.id AS centre_id, c.name AS centre, c.town"
        " FROM pairings p JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
        " WHERE p.start_on <= ? AND (p.end_on IS NULL OR p.end_on >= ?)"
    )
    params: list[str] = [last.isoformat(), first.isoformat()]
    if member_id:
        sql += " AND m.id = ?"
        params.append(member_id)
    out = [
        PairingInfo(
            Pairing(r["id"], _date(r["start_on"]), _date(r["end_on"]) if r["end_on"] else None),
            r["member_id"],
            r["member"],
            r["centre_id"],
            r["centre"],
            r["town"],
        )
        for r in store.rows(sql, params)
    ]
    out.sort(key=lambda p: (zh_key(p.member), zh_key(p.centre), p.pairing.start, p.pairing.id))
    return out


class _Meetings(dict[str, Meeting]):
    """Texts ``date‖entry day`` (``2025-03-042025-03-04``) -> one shared :class:`Meeting` each."""

    def __init__(self, day: Callable[[str], dt.date]) -> None:
        super().__init__()
        self.day = day

    def __missing__(self, key: str) -> Meeting:
        found = self[key] = Meeting(self.day(key[:10]), self.day(key[10:20]))
        return found


def load_met(
    store: Store,
    span: Period,
    first: dt.date,
    last: dt.date,
    as_of: dt.date,
    pairing_ids: list[str] | None = None,
) -> MetRecords:
    """The earliest record meeting each (obligation, period) of ``span``, per pairing.

    Contacts are reduced in SQL to the earliest per (week, pairing) and per (on-site
    month, pairing). A week's earliest record of each of ``pairing_ids`` (default: every
    pairing) is one seek into the index ``contacts_week``, whose order is (week, pairing,
    date, recorded_at): a year of 1,000 pairings is 53,000 seeks, week by week and in
    the index's order of pairings, which is quicker than grouping the 230,000 records of
    the year. On-site visits, fewer, are grouped in the order of ``contacts_onsite``.
    Each week (and each pairing's visits) comes back as one row, the earliest records'
    dates and entry days joined in one text (``2025-03-042025-03-04,…``), so a year costs
    about 1,000 rows, not 65,000; equal texts give one shared :class:`Meeting`. Reports
    and reviews are read only for the quarters and year inside ``span``. Nothing dated
    after ``as_of`` is read.
    """
    upto = min(last, as_of).isoformat()
    day = functools.lru_cache(maxsize=None)(_date)
    met: MetRecords = {}
    shared = _Meetings(day)  # "date‖entry day" -> one shared Meeting

    if pairing_ids is None:
        pairing_ids = [pid for (pid,) in store.execute("SELECT id FROM pairings")]
    pids = sorted(set(pairing_ids))  # seeks in the index's order
    in_order = ",".join(map(str, range(len(pids))))
    # One text per week: the pairings' positions in ``pids``, a space, then each one's earliest
    # record or nothing. Both lists come from the one scan, so they line up, whatever its order.
    for week, both in store.execute(
        "WITH weeks(w) AS (SELECT ? UNION ALL SELECT w + 1 FROM weeks WHERE w < ?)"
        " SELECT w, (SELECT group_concat(p.key) || ' ' || group_concat(ifnull(("
        " SELECT date || substr(recorded_at, 1, 10) FROM contacts INDEXED BY contacts_week"
        f" WHERE deleted_at IS NULL AND {WEEK_SQL} = w"
        " AND pairing_id = p.value AND date <= ? ORDER BY date, recorded_at LIMIT 1), ''))"
        " FROM json_each(?) p) FROM weeks",
        [
            (first - _EPOCH_MONDAY).days // 7,
            (min(last, as_of) - _EPOCH_MONDAY).days // 7,
            upto,
            json.dumps(pids),
        ],
    ).fetchall():
        if both is None:  # no pairings
            continue
        order, _, joined = both.partition(" ")
        who = pids if order == in_order else [pids[int(i)] for i in order.split(",")]
        by_pairing = {pid: shared[key] for pid, key in zip(who, joined.split(","), strict=True) if key}
        if by_pairing:
            met[(Obligation.CONTACT, Period.week_of(_EPOCH_MONDAY + dt.timedelta(weeks=week)))] = by_pairing
    months = [str(m) for m in span.subperiods(Kind.MONTH)]
    if months:
        by_month: dict[str, dict[str, Meeting]] = {}  # "2025-03" -> its slot
        for pid, joined in store.execute(
            "SELECT pairing_id, group_concat(earliest) FROM (SELECT pairing_id,"
            " MIN(date || substr(recorded_at, 1, 10)) AS earliest FROM contacts"
            " WHERE deleted_at IS NULL AND method = 'onsite' AND substr(date, 1, 7) BETWEEN ? AND ? AND date <= ?"
            " GROUP BY substr(date, 1, 7), pairing_id) GROUP BY pairing_id",
            [months[0], months[-1], upto],
        ).fetchall():
            for key in joined.split(","):  # each in its own month: the date tells which
                slot = by_month.get(key[:7])
                if slot is None:
                    month = Period.month_of(day(key[:10]))
                    slot = by_month[key[:7]] = met.setdefault((Obligation.VISIT, month), {})
                slot[pid] = shared[key]
    quarters = [str(q) for q in span.subperiods(Kind.QUARTER)]
    submissions: list[tuple[Slot, str, Meeting]] = []
    quarter_of = functools.lru_cache(maxsize=None)(lambda text: Period.parse(text, Kind.QUARTER))
    if quarters:
        for pid, quarter, submitted, recorded in store.execute(
            "SELECT pairing_id, quarter, submitted_on, recorded_at FROM reports"
            f" WHERE deleted_at IS NULL AND quarter IN ({', '.join('?' for _ in quarters)}) AND submitted_on <= ?",
            [*quarters, as_of.isoformat()],
        ):
            submissions.append(((Obligation.REPORT, quarter_of(quarter)), pid, Meeting(day(submitted), day(recorded))))
    if span.kind is Kind.YEAR:
        for pid, submitted, recorded in store.execute(
            "SELECT pairing_id, submitted_on, recorded_at FROM reviews"
            " WHERE deleted_at IS NULL AND year = ? AND submitted_on <= ?",
            [span.year, as_of.isoformat()],
        ):
            submissions.append(((Obligation.REVIEW, span), pid, Meeting(day(submitted), day(recorded))))
    for key_slot, pid, first_in in sorted(submissions, key=lambda s: s[2], reverse=True):
        met.setdefault(key_slot, {})[pid] = first_in  # the earliest submission wins: it is written last
    return met


def load_exemptions(store: Store, first: dt.date, last: dt.date) -> list[Exemption]:
    return [
        Exemption(r["pairing_id"], Obligation(r["obligation"]), _date(r["start_on"]), _date(r["end_on"]), r["reason"])
        for r in store.rows(
            "SELECT * FROM exemptions WHERE deleted_at IS NULL AND start_on <= ? AND end_on >= ?",
            [last.isoformat(), first.isoformat()],
        )
    ]


def cadence_view(store: Store, span: Period, as_of: dt.date, member_id: str | None = None) -> CadenceView:
    """Everything needed to show the statuses of ``span`` as of ``as_of``."""
    first, last = span_bounds(span)
    pairings = load_pairings(store, first, last, member_id)
    cadence = Cadence(
        [p.pairing for p in pairings],
        (),
        load_exemptions(store, first, last),
        store.cadence_settings(),
        as_of,
        met=load_met(store, span, first, last, as_of, [p.pairing.id for p in pairings]),
    )
    return CadenceView(span, as_of, pairings, cadence)
