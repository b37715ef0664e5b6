"""The office's marks on reports and reviews (store/feedback.py): state, history, resubmission, refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Row, Store
from hdrectify.store.feedback import (
    ACCEPTED,
    PENDING,
    RETURNED,
    find_submission,
    give_feedback,
    resubmit,
    returned,
    submission,
)
from hdrectify.store.ledger_edit import set_role
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.records import add_report, add_review

Q1, Y2024 = Period(Kind.QUARTER, 2024, 1), Period(Kind.YEAR, 2024)
TABLES = ("reports", "reviews", "report_feedback", "audit_log", "sync_rows")


@pytest.fixture
def filed(store: Store) -> tuple[Row, Row]:
    """陈志强's report for 2024-Q1 and review for 2024, and 黄伟明 paired with no report."""
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "陈志强")
        add_pairing(store, member, centre, dt.date(2024, 1, 1))
        add_pairing(
            store, add_member(store, "黄伟明"), add_centre(store, "平山街道康园中心", "平山街道"), dt.date(2024, 1, 1)
        )
        report = add_report(store, member, centre, Q1, dt.date(2024, 4, 8), "一季度汇报")
        review = add_review(store, member, centre, Y2024, dt.date(2025, 1, 20), 90, "考评意见")
    return report, review


def snapshot(store: Store) -> dict[str, list[Row]]:
    return {t: store.rows(f"SELECT * FROM {t} ORDER BY 1, 2") for t in TABLES}


def _refused(store: Store, action: Callable[[Store], object], code: str) -> InputError:
    before = snapshot(store)
    with pytest.raises(InputError) as e, store.transaction():
        action(store)
    assert e.value.code == code
    assert snapshot(store) == before
    return e.value


def test_a_report_is_pending_returned_resubmitted_then_read(store: Store, filed: tuple[Row, Row]) -> None:
    report, _ = filed
    assert submission(store, "reports", report["id"]).state == PENDING  # type: ignore[union-attr]
    with store.transaction():
        give_feedback(store, "reports", report["id"], accept=False, comment="  请补充到岗情况  ")
    found = submission(store, "reports", report["id"])
    assert found is not None and found.state == RETURNED and found.last_comment == "请补充到岗情况"
    assert [s.id for s in returned(store)] == [report["id"]]
    with store.transaction():
        resubmit(store, "reports", report["id"], "一季度汇报；到岗 3 次")
    found = submission(store, "reports", report["id"])
    assert found is not None and found.state == PENDING and found.note == "一季度汇报；到岗 3 次"
    assert found.submitted_on == "2024-04-08"  # the date stays: the cadence status does not move
    assert [(h.verdict, h.seen_note) for h in found.history] == [(RETURNED, "一季度汇报")]
    assert returned(store) == []
    with store.transaction():
        give_feedback(store, "reports", report["id"], accept=True)
    found = submission(store, "reports", report["id"])
    assert found is not None and found.state == ACCEPTED and len(found.history) == 2
    # the audit keeps the text as it was before the resubmission, and why it changed
    audit = store.rows("SELECT reason FROM audit_log WHERE table_name = 'reports' AND action = 'update'")
    assert [a["reason"] for a in audit] == ["重新提交（退回后修改）"]


def test_a_review_is_found_by_its_year_and_returned(store: Store, filed: tuple[Row, Row]) -> None:
    from hdrectify.store.people import find_centre, find_member

    _, review = filed
    table, row = find_submission(store, find_member(store, "陈志强"), find_centre(store, "安墩镇康园中心"), Y2024)
    assert (table, row["id"]) == ("reviews", review["id"])
    with store.transaction():
        give_feedback(store, "reviews", review["id"], accept=False, comment="=请补充评分依据")
    [back] = returned(store)
    assert (back.table, back.period, back.last_comment) == ("reviews", Y2024, "=请补充评分依据")
    member = store.rows("SELECT id FROM members WHERE name = '黄伟明'")[0]["id"]
    assert returned(store, member) == []


def test_refusals_write_nothing(store: Store, filed: tuple[Row, Row]) -> None:
    report, _ = filed
    rid = report["id"]
    _refused(
        store, lambda s: give_feedback(s, "reports", rid, accept=False, comment=" \n "), "feedback.return_needs_comment"
    )
    _refused(store, lambda s: give_feedback(s, "reports", rid, accept=False, comment="请\u202e改"), "text.invisible")
    _refused(store, lambda s: give_feedback(s, "reports", "no-such-id", accept=True), "feedback.submission_gone")
    _refused(store, lambda s: resubmit(s, "reports", rid, "新内容"), "feedback.not_returned")
    with store.transaction():
        give_feedback(store, "reports", rid, accept=False, comment="请重写")
    _refused(store, lambda s: resubmit(s, "reports", rid, " 一季度汇报 "), "feedback.resubmit_unchanged")
    _refused(store, lambda s: resubmit(s, "reports", rid, "   "), "feedback.resubmit_unchanged")
    with store.transaction():
        store.soft_delete("reports", rid, "重复录入")
    _refused(store, lambda s: give_feedback(s, "reports", rid, accept=True), "feedback.submission_gone")
    _refused(store, lambda s: resubmit(s, "reports", rid, "新内容"), "feedback.submission_gone")


def test_a_member_installation_gives_no_feedback(store: Store, filed: tuple[Row, Row]) -> None:
    with store.transaction():
        set_role(store, "member")
    error = _refused(store, lambda s: give_feedback(s, "reports", filed[0]["id"], accept=True), "ledger.office_only")
    assert "党员电脑" in str(error)
