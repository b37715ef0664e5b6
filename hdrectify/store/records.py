"""Contact records, quarterly reports, annual reviews and exemptions: the checked writes.

A contact is refused unless the member and centre are paired on its date; a report
or review is refused unless that pairing owes the quarter or year (it may come
after the pairing has ended).
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.cadence import Method, Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import clean_note, parse_int
from hdrectify.store.base import Row, Store, now_stamp
from hdrectify.store.people import describe_spans, pairing_of, pairings_between


def _not_future(day: dt.date, what: str) -> None:
    if day > dt.date.today():
        raise InputError(f"{what}日期 {day} 晚于今天：只能登记已经发生的事")


def pairing_on(store: Store, member: Row, centre: Row, day: dt.date) -> Row:
    """The pairing of ``member`` and ``centre`` active on ``day``."""
    return pairing_active_in(pairings_between(store, member, centre), member, centre, day)


def pairing_active_in(pairings: list[Row], member: Row, centre: Row, day: dt.date) -> Row:
    """:func:`pairing_on` among ``pairings`` (those of ``member`` and ``centre``, already read)."""
    for row in pairings:
        if pairing_of(row).active_on(day):
            return row
    raise InputError(f"{member['name']} 与 {centre['name']} 在 {day} 没有挂钩关系（{describe_spans(pairings)}）")


def pairing_owing(store: Store, member: Row, centre: Row, period: Period) -> Row:
    """The pairing of ``member`` and ``centre`` that owes ``period``."""
    return pairing_owing_in(pairings_between(store, member, centre), member, centre, period)


def pairing_owing_in(pairings: list[Row], member: Row, centre: Row, period: Period) -> Row:
    """:func:`pairing_owing` among ``pairings`` (those of ``member`` and ``centre``, already read)."""
    for row in pairings:
        if pairing_of(row).owes(period):
            return row
    raise InputError(
        f"{member['name']} 与 {centre['name']} 的挂钩不需要提交{period.label_zh()}的材料"
        f"（须在 {period.last_day} 仍在挂钩；{describe_spans(pairings)}）"
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
        raise InputError(f"联系方式“{method}”无效：可选 phone、wechat、onsite、meeting、other") from None
    _not_future(day, "联系")
    pairing = pairing_on(store, member, centre, day)
    return store.insert("contacts", contact_values(store, pairing, day, method, note, problems))


def contact_values(store: Store, pairing: Row, day: dt.date, method: str, note: str, problems: str) -> Row:
    """The row :func:`log_contact` inserts for ``pairing`` (already found active on ``day``); checked
    as it checks (method, not in the future, the texts), so that a bulk import can insert many at once."""
    try:
        Method(method)
    except ValueError:
        raise InputError(f"联系方式“{method}”无效：可选 phone、wechat、onsite、meeting、other") from None
    _not_future(day, "联系")
    return {
        "pairing_id": pairing["id"],
        "date": day.isoformat(),
        "method": method,
        "note": clean_note(note, "情况记录"),
        "problems": clean_note(problems, "发现的问题"),
        "recorded_at": now_stamp(),
        "author": store.actor,
    }


def check_submission_dates(period: Period, day: dt.date) -> None:
    """A report's or review's date: not in the future, not before its period began."""
    _not_future(day, "提交")
    if day < period.first_day:
        raise InputError(f"提交日期 {day} 早于{period.label_zh()}开始（{period.first_day}）：请检查日期")


def _check_submission(store: Store, table: str, column: str, pairing: Row, period: Period, day: dt.date) -> None:
    check_submission_dates(period, day)
    if store.scalar(
        f"SELECT 1 FROM {table} WHERE pairing_id = ? AND {column} = ? AND deleted_at IS NULL",
        [pairing["id"], str(period) if period.kind is Kind.QUARTER else period.year],
    ):
        raise InputError(f"该挂钩已有{period.label_zh()}的记录：不能重复登记，如需更正请在窗口中修改")


def add_report(store: Store, member: Row, centre: Row, quarter: Period, day: dt.date, note: str = "") -> Row:
    pairing = pairing_owing(store, member, centre, quarter)
    _check_submission(store, "reports", "quarter", pairing, quarter, day)
    return store.insert("reports", report_values(store, pairing, quarter, day, note))


def report_values(store: Store, pairing: Row, quarter: Period, day: dt.date, note: str = "") -> Row:
    """The row :func:`add_report` inserts, once its pairing and dates are checked."""
    return {
        "pairing_id": pairing["id"],
        "quarter": str(quarter),
        "submitted_on": day.isoformat(),
        "note": clean_note(note, "汇报内容"),
        "recorded_at": now_stamp(),
        "author": store.actor,
    }


def parse_score(text: str) -> int:
    """A score as typed: a whole number from 0 to 100, in ASCII digits."""
    return parse_int(text, "考评分数", 0, 100)


def check_score(score: int) -> None:
    if not 0 <= score <= 100:
        raise InputError(f"考评分数 {score} 超出范围：请填写 0 到 100 之间的整数")


def add_review(
    store: Store, member: Row, centre: Row, year: Period, day: dt.date, score: int, note: str = "", criteria: str = ""
) -> Row:
    check_score(score)
    pairing = pairing_owing(store, member, centre, year)
    _check_submission(store, "reviews", "year", pairing, year, day)
    return store.insert("reviews", review_values(store, pairing, year, day, score, note, criteria))


def review_values(
    store: Store, pairing: Row, year: Period, day: dt.date, score: int, note: str = "", criteria: str = ""
) -> Row:
    """The row :func:`add_review` inserts, once its score, pairing and dates are checked."""
    return {
        "pairing_id": pairing["id"],
        "year": year.year,
        "submitted_on": day.isoformat(),
        "score": score,
        "criteria_notes": clean_note(criteria, "考评标准说明"),
        "note": clean_note(note, "考评意见"),
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
    try:
        Obligation(obligation)
    except ValueError:
        raise InputError(f"义务“{obligation}”无效：可选 contact、visit、report、review") from None
    if end < start:
        raise InputError(f"结束日期 {end} 早于开始日期 {start}：请检查 --to 和 --from")
    reason = clean_note(reason, "免除原因")
    if not reason:
        raise InputError("免除必须写明原因：请用 --reason 说明，例如“春节放假，中心闭馆”")
    base = {
        "obligation": obligation,
        "start_on": start.isoformat(),
        "end_on": end.isoformat(),
        "reason": reason,
        "author": store.actor,
    }
    if member is None or centre is None:
        return [store.insert("exemptions", {**base, "pairing_id": None})]
    pairings = pairings_between(store, member, centre)
    span_start, span_end = start, end
    hits = [p for p in pairings if pairing_of(p).start <= span_end and (pairing_of(p).end or dt.date.max) >= span_start]
    if not hits:
        raise InputError(
            f"{member['name']} 与 {centre['name']} 在 {start} 至 {end} 没有挂钩关系（{describe_spans(pairings)}）"
        )
    return [store.insert("exemptions", {**base, "pairing_id": p["id"]}) for p in hits]
