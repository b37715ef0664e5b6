"""已阅 / 退回 travel office → laptop, a resubmission travels back with its history, and a member's
bundle cannot bring or change a mark."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.periods import Kind, Period
from hdrectify.exchange.export import export_bundle
from hdrectify.exchange.result import MergeRefused
from hdrectify.store.base import Store, now_stamp
from hdrectify.store.feedback import (
    ACCEPTED,
    PENDING,
    RETURNED,
    Submission,
    give_feedback,
    resubmit,
    returned,
    submission,
)
from hdrectify.store.people import find_centre, find_member
from hdrectify.store.records import add_report
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, HUANG, Site, members

Q1 = Period.parse("2026-Q1", Kind.QUARTER)


def _report(site: Site, note: str) -> str:
    row = site.do(
        lambda s: add_report(s, find_member(s, CHEN), find_centre(s, CENTRE_A), Q1, dt.date(2026, 4, 8), note)
    )
    return str(row["id"])


def _seen(site: Site, report_id: str) -> Submission:
    with site.store() as store:
        found = submission(store, "reports", report_id)
    assert found is not None
    return found


def test_returned_on_the_office_shown_on_the_laptop_resubmitted_and_read(office: Site, chen: Site) -> None:
    report_id = _report(chen, "一季度到岗 3 次")
    office.take(chen.export())
    office.do(lambda s: give_feedback(s, "reports", report_id, accept=False, comment="请写明发现的问题"))
    chen.take(office.export())

    with chen.store() as store:
        [back] = returned(store)
    assert (back.member, back.centre, back.period, back.last_comment) == (CHEN, CENTRE_A, Q1, "请写明发现的问题")

    chen.do(lambda s: resubmit(s, "reports", report_id, "一季度到岗 3 次；发现无障碍坡道破损"))
    now = _seen(chen, report_id)
    assert now.state == PENDING and now.note.endswith("坡道破损")
    assert [(h.verdict, h.comment, h.seen_note) for h in now.history] == [
        (RETURNED, "请写明发现的问题", "一季度到岗 3 次")
    ]
    with chen.store() as store:
        assert returned(store) == []

    office.take(chen.export())
    at_office = _seen(office, report_id)
    assert at_office.state == PENDING and at_office.history == now.history
    office.do(lambda s: give_feedback(s, "reports", report_id, accept=True))
    chen.take(office.export())
    read = _seen(chen, report_id)
    assert read.state == ACCEPTED
    assert [(h.verdict, h.seen_note) for h in read.history] == [
        (RETURNED, "一季度到岗 3 次"),
        (ACCEPTED, "一季度到岗 3 次；发现无障碍坡道破损"),
    ]
    # the laptop's whole bundle relays the office's marks unchanged: accepted
    office.take(chen.export(whole=True))
    assert _seen(office, report_id).history == read.history


def test_a_member_bundle_bringing_a_mark_is_refused_row_by_row(office: Site, chen: Site) -> None:
    report_id = _report(chen, "一季度汇报")
    office.take(chen.export())
    before = office.everything()

    def forge(store: Store) -> None:  # what give_feedback refuses on a laptop, written past it
        for verdict in ("accepted", "returned"):
            store.insert(
                "report_feedback",
                {
                    "report_id": report_id,
                    "verdict": verdict,
                    "comment": "自己批的",
                    "seen_note": "一季度汇报",
                    "seen_on": "2026-04-08",
                    "given_at": now_stamp(),
                    "author": CHEN,
                },
            )

    chen.do(forge)
    with pytest.raises(MergeRefused) as refused:
        office.take(chen.export())
    violations = refused.value.result.violations
    assert [(v.table, v.reason.code) for v in violations] == [("report_feedback", "rules.feedback_from_member")] * 2
    assert "只能由办公室给出" in str(refused.value)
    assert office.everything() == before


def test_a_laptop_changing_an_office_mark_is_refused(office: Site, chen: Site) -> None:
    report_id = _report(chen, "一季度汇报")
    office.take(chen.export())
    mark = office.do(lambda s: give_feedback(s, "reports", report_id, accept=False, comment="请重写"))
    chen.take(office.export())
    chen.do(lambda s: s.update("report_feedback", mark["id"], {"verdict": "accepted", "comment": ""}))
    before = office.everything()
    with pytest.raises(MergeRefused):
        office.take(chen.export())
    assert office.everything() == before


def test_a_members_prepared_bundle_carries_only_the_marks_on_that_members_reports(
    tmp_path: Path, office: Site, chen: Site
) -> None:
    report_id = _report(chen, "一季度汇报")
    office.take(chen.export())
    office.do(lambda s: give_feedback(s, "reports", report_id, accept=False, comment="请重写"))
    parts = {}
    for name in (CHEN, HUANG):
        out = tmp_path / f"for-{name}.hdbundle"
        with office.store() as store:
            export_bundle(store, out, for_member=find_member(store, name)["id"])
        parts[name] = [n for n in members(out) if "report_feedback" in n]
    assert parts[CHEN] and not parts[HUANG]
