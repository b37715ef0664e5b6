"""Loading what the cadence engine needs for a span, in a handful of queries.

Whatever the number of pairings, computing a span's statuses costs one query for
pairings, one each for contacts (reduced in SQL to the earliest record per pairing
and week, and per pairing and on-site month), reports, reviews and exemptions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hdrectify.domain.cadence import OBLIGATIONS, Cadence, Exemption, Obligation, Pairing, Record, StatusRow
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store

# julianday of Monday 1970-01-05: weeks counted from there are ISO weeks
_MONDAY_EPOCH = 2440591.5


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

        A member and centre paired twice in the span have their rows merged in that order.
        """
        info = self.info()
        rank = {ob: i for i, ob in enumerate(OBLIGATIONS)}
        rows = self.cadence.rows(self.span)
        rows.sort(
            key=lambda r: (
                info[r.pairing_id].member,
                info[r.pairing_id].centre,
                rank[r.obligation],
                r.period.first_day,
            )
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
    out.sort(key=lambda p: (p.member, p.centre, p.pairing.start, p.pairing.id))
    return out


def load_records(store: Store, first: dt.date, last: dt.date, as_of: dt.date) -> list[Record]:
    """The earliest meeting record per (pairing, week) and per (pairing, on-site month).

    SQLite fills the bare columns of a MIN() aggregate from the row holding the
    minimum, so each group yields the earliest record's date and entry time.
    """
    upto = min(last, as_of).isoformat()
    since = first.isoformat()
    records: list[Record] = []
    week_rows = store.db.execute(
        "SELECT pairing_id, MIN(date || recorded_at) FROM contacts"
        " WHERE deleted_at IS NULL AND date BETWEEN ? AND ?"
        f" GROUP BY pairing_id, CAST((julianday(date) - {_MONDAY_EPOCH}) / 7 AS INTEGER)",
        [since, upto],
    ).fetchall()
    for pid, key in week_rows:
        records.append(Record(pid, "contact", _date(key), _date(key[10:])))
    visit_rows = store.db.execute(
        "SELECT pairing_id, MIN(date || recorded_at) FROM contacts"
        " WHERE deleted_at IS NULL AND method = 'onsite' AND date BETWEEN ? AND ?"
        " GROUP BY pairing_id, substr(date, 1, 7)",
        [since, upto],
    ).fetchall()
    for pid, key in visit_rows:
        records.append(Record(pid, "contact", _date(key), _date(key[10:]), "onsite"))
    year_first, year_last = str(first.year), str(last.year)
    for pid, quarter, submitted, recorded in store.db.execute(
        "SELECT pairing_id, quarter, submitted_on, recorded_at FROM reports"
        " WHERE deleted_at IS NULL AND substr(quarter, 1, 4) BETWEEN ? AND ?",
        [year_first, year_last],
    ).fetchall():
        records.append(
            Record(pid, "report", _date(submitted), _date(recorded), None, Period.parse(quarter, Kind.QUARTER))
        )
    for pid, year, submitted, recorded in store.db.execute(
        "SELECT pairing_id, year, submitted_on, recorded_at FROM reviews"
        " WHERE deleted_at IS NULL AND year BETWEEN ? AND ?",
        [first.year, last.year],
    ).fetchall():
        records.append(Record(pid, "review", _date(submitted), _date(recorded), None, Period(Kind.YEAR, int(year))))
    return records


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
        load_records(store, first, last, as_of),
        load_exemptions(store, first, last),
        store.cadence_settings(),
        as_of,
    )
    return CadenceView(span, as_of, pairings, cadence)
