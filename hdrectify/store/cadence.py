"""Loading what the cadence engine needs for a span, in a handful of queries.

Whatever the number of pairings, computing a span's statuses costs one query for
pairings, one each for contacts (reduced in SQL to the earliest record per pairing
and week, and per pairing and on-site month), reports, reviews and exemptions.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hdrectify.domain.cadence import (
    OBLIGATIONS,
    Cadence,
    Exemption,
    MetRecords,
    Obligation,
    Pairing,
    Record,
    StatusRow,
    record_key,
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


def load_met(store: Store, span: Period, first: dt.date, last: dt.date, as_of: dt.date) -> MetRecords:
    """The earliest record meeting each (obligation, period) of ``span``, per pairing.

    Contacts are reduced in SQL to the earliest per (week, pairing) and per (on-site
    month, pairing), read in the order of the indexes ``contacts_week`` and
    ``contacts_onsite``; SQLite fills the bare columns of a MIN() aggregate from the
    row holding the minimum. Reports and reviews are read only for the quarters and
    year inside ``span``. Nothing dated after ``as_of`` is read.
    """
    upto = min(last, as_of).isoformat()
    day = functools.lru_cache(maxsize=None)(_date)
    met: MetRecords = {}

    def reduce(
        sql: str, params: list[object], ob: Obligation, period_of: Callable[[Any], Period], method: str | None
    ) -> None:
        current_key: object = None
        by_pairing: dict[str, Record] = {}
        for group, pid, key in store.execute(sql, params).fetchall():
            if group != current_key:
                current_key = group
                by_pairing = met.setdefault((ob, period_of(group)), {})
            by_pairing[pid] = Record(pid, "contact", day(key[:10]), day(key[10:20]), method)

    reduce(
        f"SELECT {WEEK_SQL}, pairing_id, MIN(date || recorded_at) FROM contacts"
        f" WHERE deleted_at IS NULL AND {WEEK_SQL} BETWEEN ? AND ? AND date <= ?"
        f" GROUP BY {WEEK_SQL}, pairing_id",
        [(first - _EPOCH_MONDAY).days // 7, (last - _EPOCH_MONDAY).days // 7, upto],
        Obligation.CONTACT,
        lambda week: Period.week_of(_EPOCH_MONDAY + dt.timedelta(weeks=week)),
        None,
    )
    months = [str(m) for m in span.subperiods(Kind.MONTH)]
    if months:
        reduce(
            "SELECT substr(date, 1, 7), pairing_id, MIN(date || recorded_at) FROM contacts"
            " WHERE deleted_at IS NULL AND method = 'onsite' AND substr(date, 1, 7) BETWEEN ? AND ? AND date <= ?"
            " GROUP BY substr(date, 1, 7), pairing_id",
            [months[0], months[-1], upto],
            Obligation.VISIT,
            lambda month: Period.parse(month, Kind.MONTH),
            "onsite",
        )
    quarters = [str(q) for q in span.subperiods(Kind.QUARTER)]
    submissions: list[Record] = []
    if quarters:
        for pid, quarter, submitted, recorded in store.execute(
            "SELECT pairing_id, quarter, submitted_on, recorded_at FROM reports"
            f" WHERE deleted_at IS NULL AND quarter IN ({', '.join('?' for _ in quarters)}) AND submitted_on <= ?",
            [*quarters, as_of.isoformat()],
        ):
            period = Period.parse(quarter, Kind.QUARTER)
            submissions.append(Record(pid, "report", day(submitted), day(recorded), None, period))
    if span.kind is Kind.YEAR:
        for pid, submitted, recorded in store.execute(
            "SELECT pairing_id, submitted_on, recorded_at FROM reviews"
            " WHERE deleted_at IS NULL AND year = ? AND submitted_on <= ?",
            [span.year, as_of.isoformat()],
        ):
            submissions.append(Record(pid, "review", day(submitted), day(recorded), None, span))
    for rec in sorted(submissions, key=lambda r: (r.date, r.recorded_on), reverse=True):
        for slot in record_key(rec):  # the earliest submission wins: it is written last
            met.setdefault(slot, {})[rec.pairing_id] = rec
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
        met=load_met(store, span, first, last, as_of),
    )
    return CadenceView(span, as_of, pairings, cadence)
