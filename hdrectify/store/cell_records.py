"""The records behind one cell of the cadence: what was logged for a pairing's obligation and period.

Read-only queries for the window's cadence grid (its tooltips and its records
dialog): the contacts of a pairing in a week, its on-site visits in a month, its
report for a quarter, its review for a year, and the exemptions covering a period.
Deleted rows are never listed. Each query is indexed by pairing, so it is cheap
enough to run when the pointer rests on a cell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hdrectify.domain.cadence import Obligation, Settings, is_backfilled
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Row, Store


@dataclass(frozen=True)
class CellRecord:
    """One contact, report or review, as the grid shows it."""

    table: str  # contacts, reports or reviews
    id: str
    date: dt.date  # the day of the contact, or the day the report or review was submitted
    method: str | None  # a contact's method (phone, wechat, onsite, meeting, other)
    note: str
    problems: str  # problems found (contacts only)
    score: int | None  # reviews only
    criteria: str  # a review's notes on the criteria
    backfilled: bool  # 补录: entered more than the backfill limit after ``date``
    author: str
    recorded_at: str  # ISO timestamp with offset, as stored


@dataclass(frozen=True)
class CellExemption:
    """An exemption (免) that covers the cell's period."""

    reason: str
    start: dt.date
    end: dt.date
    for_all: bool  # it covers every pairing, not only this one


def _check(obligation: Obligation, period: Period) -> None:
    if obligation.kind is not period.kind:
        raise InputError(
            "records.wrong_period_kind",
            None,
            obligation=obligation.label_zh,
            kind=_KIND_ZH[obligation.kind],
            period=period,
        )


_KIND_ZH = {Kind.WEEK: "周", Kind.MONTH: "月", Kind.QUARTER: "季度", Kind.YEAR: "年"}


def _record(table: str, row: Row, date_column: str, settings: Settings) -> CellRecord:
    day = dt.date.fromisoformat(row[date_column][:10])
    recorded = dt.date.fromisoformat(row["recorded_at"][:10])
    return CellRecord(
        table=table,
        id=row["id"],
        date=day,
        method=row.get("method"),
        note=row.get("note") or "",
        problems=row.get("problems") or "",
        score=row.get("score"),
        criteria=row.get("criteria_notes") or "",
        backfilled=is_backfilled(day, recorded, settings),
        author=row.get("author") or "",
        recorded_at=row["recorded_at"],
    )


def contacts_between(
    store: Store, pairing_id: str, first: dt.date, last: dt.date, *, onsite_only: bool = False
) -> list[CellRecord]:
    """A pairing's live contacts dated from ``first`` to ``last`` inclusive, earliest first."""
    sql = (
        "SELECT id, date, method, note, problems, recorded_at, author FROM contacts"
        " WHERE pairing_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ?"
    )
    if onsite_only:
        sql += " AND method = 'onsite'"
    sql += " ORDER BY date, recorded_at"
    settings = store.cadence_settings()
    return [
        _record("contacts", row, "date", settings)
        for row in store.rows(sql, [pairing_id, first.isoformat(), last.isoformat()])
    ]


def cell_records(store: Store, pairing_id: str, obligation: Obligation, period: Period) -> list[CellRecord]:
    """The live records of one pairing that bear on one (obligation, period), earliest first.

    A week lists every contact dated in it, whatever the method; a month its on-site
    contacts; a quarter its reports for that quarter; a year its reviews for that year.
    """
    _check(obligation, period)
    if obligation is Obligation.CONTACT:
        return contacts_between(store, pairing_id, period.first_day, period.last_day)
    if obligation is Obligation.VISIT:
        return contacts_between(store, pairing_id, period.first_day, period.last_day, onsite_only=True)
    settings = store.cadence_settings()
    if obligation is Obligation.REPORT:
        rows = store.rows(
            "SELECT id, submitted_on, note, recorded_at, author FROM reports"
            " WHERE pairing_id = ? AND quarter = ? AND deleted_at IS NULL ORDER BY submitted_on, recorded_at",
            [pairing_id, str(period)],
        )
        return [_record("reports", row, "submitted_on", settings) for row in rows]
    rows = store.rows(
        "SELECT id, submitted_on, score, criteria_notes, note, recorded_at, author FROM reviews"
        " WHERE pairing_id = ? AND year = ? AND deleted_at IS NULL ORDER BY submitted_on, recorded_at",
        [pairing_id, period.year],
    )
    return [_record("reviews", row, "submitted_on", settings) for row in rows]


def cell_exemptions(store: Store, pairing_id: str, obligation: Obligation, period: Period) -> list[CellExemption]:
    """The live exemptions of this pairing (or of all pairings) that wholly cover the period."""
    _check(obligation, period)
    rows = store.rows(
        "SELECT pairing_id, start_on, end_on, reason FROM exemptions"
        " WHERE deleted_at IS NULL AND obligation = ? AND (pairing_id = ? OR pairing_id IS NULL)"
        " AND start_on <= ? AND end_on >= ? ORDER BY start_on",
        [obligation.value, pairing_id, period.first_day.isoformat(), period.last_day.isoformat()],
    )
    return [
        CellExemption(
            row["reason"],
            dt.date.fromisoformat(row["start_on"][:10]),
            dt.date.fromisoformat(row["end_on"][:10]),
            row["pairing_id"] is None,
        )
        for row in rows
    ]
