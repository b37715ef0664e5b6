"""Contact records, quarterly reports, annual reviews and exemptions: the checked writes.

A contact is refused unless the member and centre are paired on its date; a report
or review is refused unless that pairing owes the quarter or year (it may come
after the pairing has ended).
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import Method, Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period, check_not_future
from hdrectify.domain.text import clean_note, parse_int
from hdrectify.store.base import Row, Store, now_stamp
from hdrectify.store.people import describe_spans, pairing_of, pairings_between
from hdrectify.store.roles import require_office, require_own_pairing


def pairing_on(store: Store, member: Row, centre: Row, day: dt.date) -> Row:
    """The pairing of ``member`` and ``centre`` active on ``day``."""
    return pairing_active_in(pairings_between(store, member, centre), member, centre, day)


def pairing_active_in(pairings: list[Row], member: Row, centre: Row, day: dt.date) -> Row:
    """:func:`pairing_on` among ``pairings`` (those of ``member`` and ``centre``, already read)."""
    for row in pairings:
        if pairing_of(row).active_on(day):
            return row
    raise InputError(
        "records.not_paired_on",
        "date",
        member=member["name"],
        centre=centre["name"],
        day=day,
        spans=describe_spans(pairings),
    )


def pairing_owing(store: Store, member: Row, centre: Row, period: Period) -> Row:
    """The pairing of ``member`` and ``centre`` that owes ``period``."""
    return pairing_owing_in(pairings_between(store, member, centre), member, centre, period)


def pairing_owing_in(pairings: list[Row], member: Row, centre: Row, period: Period) -> Row:
    """:func:`pairing_owing` among ``pairings`` (those of ``member`` and ``centre``, already read)."""
    for row in pairings:
        if pairing_of(row).owes(period):
            return row
    raise InputError(
        "records.not_owed",
        "period",
        member=member["name"],
        centre=centre["name"],
        period=period,
        last=period.last_day,
        spans=describe_spans(pairings),
    )


def log_contact(
    store: Store,
    member: Row,
    centre: Row,
    day: dt.date,
    method: str,
    note: str = "",
    problems: str = "",
) -> Row:
    try:
        Method(method)
    except ValueError:
        raise InputError("records.bad_method", "method", value=method) from None
    check_not_future(day, "联系")
    pairing = pairing_on(store, member, centre, day)
    require_own_pairing(store, pairing["id"])
    return store.insert("contacts", contact_values(store, pairing, day, method, note, problems))


def contact_values(
    store: Store, pairing: Row, day: dt.date, method: str, note: str, problems: str, *, stamp: str | None = None
) -> Row:
    """The row :func:`log_contact` inserts for ``pairing`` (already found active on ``day``); checked
    as it checks (method, not in the future, the texts), so that a bulk import can insert many at once
    (``stamp``: their one ``recorded_at``, instead of the clock read for each)."""
    try:
        Method(method)
    except ValueError:
        raise InputError("records.bad_method", "method", value=method) from None
    check_not_future(day, "联系")
    return {
        "pairing_id": pairing["id"],
        "date": day.isoformat(),
        "method": method,
        "note": clean_note(note, "情况记录", field="note"),
        "problems": clean_note(problems, "发现的问题", field="problems"),
        "recorded_at": stamp or now_stamp(),
        "author": store.actor,
    }


def check_submission_dates(period: Period, day: dt.date) -> None:
    """A report's or review's date: not in the future, not before its period began."""
    check_not_future(day, "提交")
    if day < period.first_day:
        raise InputError("records.before_period", "date", day=day, period=period, first=period.first_day)


def _check_submission(store: Store, table: str, column: str, pairing: Row, period: Period, day: dt.date) -> None:
    check_submission_dates(period, day)
    if store.scalar(
        f"SELECT 1 FROM {table} WHERE pairing_id = ? AND {column} = ? AND deleted_at IS NULL",
        [pairing["id"], str(period) if period.kind is Kind.QUARTER else period.year],
    ):
        raise InputError("records.already_filed", "period", period=period)


def reported_quarters(store: Store, pairing_id: str) -> set[str]:
    """The quarters (``2024-Q1``) the pairing has a report of."""
    found = store.rows("SELECT quarter FROM reports WHERE pairing_id = ? AND deleted_at IS NULL", [pairing_id])
    return {str(r["quarter"]) for r in found}


def add_report(store: Store, member: Row, centre: Row, quarter: Period, day: dt.date, note: str = "") -> Row:
    pairing = pairing_owing(store, member, centre, quarter)
    require_own_pairing(store, pairing["id"])
    _check_submission(store, "reports", "quarter", pairing, quarter, day)
    return store.insert("reports", report_values(store, pairing, quarter, day, note))


def report_values(store: Store, pairing: Row, quarter: Period, day: dt.date, note: str = "") -> Row:
    """The row :func:`add_report` inserts, once its pairing and dates are checked (and whose it is:
    :func:`~hdrectify.store.roles.require_own_pairing`, which a bulk import asks once per pairing)."""
    return {
        "pairing_id": pairing["id"],
        "quarter": str(quarter),
        "submitted_on": day.isoformat(),
        "note": clean_note(note, "汇报内容", field="note"),
        "recorded_at": now_stamp(),
        "author": store.actor,
    }


def parse_score(text: str) -> int:
    """A score as typed: a whole number from 0 to 100, in ASCII digits."""
    return parse_int(text, "考评分数", 0, 100)


def check_score(score: int) -> None:
    if not 0 <= score <= 100:
        raise InputError("records.score_out_of_range", "score", score=score)


def add_review(
    store: Store, member: Row, centre: Row, year: Period, day: dt.date, score: int, note: str = "", criteria: str = ""
) -> Row:
    check_score(score)
    pairing = pairing_owing(store, member, centre, year)
    require_own_pairing(store, pairing["id"])
    _check_submission(store, "reviews", "year", pairing, year, day)
    return store.insert("reviews", review_values(store, pairing, year, day, score, note, criteria))


def review_values(
    store: Store, pairing: Row, year: Period, day: dt.date, score: int, note: str = "", criteria: str = ""
) -> Row:
    """The row :func:`add_review` inserts, once its score, pairing and dates are checked (and whose it is)."""
    return {
        "pairing_id": pairing["id"],
        "year": year.year,
        "submitted_on": day.isoformat(),
        "score": score,
        "criteria_notes": clean_note(criteria, "考评标准说明", field="criteria"),
        "note": clean_note(note, "考评意见", field="note"),
        "recorded_at": now_stamp(),
        "author": store.actor,
    }


def add_exemptions(
    store: Store,
    member: Row | None,
    centre: Row | None,
    obligation: str,
    start: dt.date,
    end: dt.date,
    reason: str,
) -> list[Row]:
    """免 for one pairing (every pairing of the member and centre overlapping the span), or all."""
    require_office(store, "exemption")
    try:
        Obligation(obligation)
    except ValueError:
        raise InputError("records.bad_obligation", "obligation", value=obligation) from None
    if end < start:
        raise InputError("pairing.ends_before_start", "end", end=end, start=start)
    reason = clean_note(reason, "免除原因")
    if not reason:
        raise InputError("records.exemption_needs_reason", "reason")
    base = {
        "obligation": obligation,
        "start_on": start.isoformat(),
        "end_on": end.isoformat(),
        "reason": reason,
        "author": store.actor,
    }
    if member is None or centre is None:
        _refuse_the_same_exemption(store, None, obligation, start, end)
        return [store.insert("exemptions", {**base, "pairing_id": None})]
    pairings = pairings_between(store, member, centre)
    span_start, span_end = start, end
    hits = [p for p in pairings if pairing_of(p).start <= span_end and (pairing_of(p).end or dt.date.max) >= span_start]
    if not hits:
        raise InputError(
            "records.not_paired_between",
            "start",
            member=member["name"],
            centre=centre["name"],
            start=start,
            end=end,
            spans=describe_spans(pairings),
        )
    for p in hits:
        _refuse_the_same_exemption(store, str(p["id"]), obligation, start, end)
    return [store.insert("exemptions", {**base, "pairing_id": p["id"]}) for p in hits]


def _refuse_the_same_exemption(
    store: Store, pairing_id: str | None, obligation: str, start: dt.date, end: dt.date
) -> None:
    """The same exemption (scope, obligation, span) registered again: it changes no status and would be
    listed twice in the summaries."""
    if store.scalar(
        "SELECT 1 FROM exemptions WHERE pairing_id IS ? AND obligation = ? AND start_on = ? AND end_on = ?"
        " AND deleted_at IS NULL",
        [pairing_id, obligation, start.isoformat(), end.isoformat()],
    ):
        raise InputError(
            "records.exemption_exists", "start", obligation=Obligation(obligation).label_zh, start=start, end=end
        )
