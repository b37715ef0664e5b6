"""申请销号 in bundles: requests travel from the laptops, answers from the office, in any order; nothing else passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.result import MergeRefused
from hdrectify.store.base import Store
from hdrectify.store.close_requests import accept_request, close_requests, request_close, return_request
from hdrectify.store.evidence import stage_evidence
from hdrectify.store.ledger_edit import add_measure, find_problem, remove_measure
from hdrectify.store.verify import verify
from tests.exchange.exchange_helpers import Site, laptop

DAY = dt.date(2026, 3, 2)


def new_measure(office: Site, text: str) -> str:
    """An open measure of problem 1 (every measure of the notice is closed already); its id."""
    return str(office.do(lambda s: add_measure(s, find_problem(s, "1")["id"], text))["id"])


def ask(site: Site, measure_id: str, reason: str = "", files: tuple[Path, ...] = ()) -> str:
    with site.store() as store:
        staged = [stage_evidence(store.path, f) for f in files]
        with store.transaction():
            return str(request_close(store, measure_id, DAY, reason, staged)["id"])


def states(site: Site) -> list[tuple[str, str, str, str]]:
    with site.store() as store:
        return [(r.requested_by, r.reason, r.state, r.comment) for r in close_requests(store)]


@pytest.mark.parametrize("chen_first", [True, False])
def test_requests_from_two_laptops_meet_at_the_office_in_either_order(
    tmp_path: Path, office: Site, chen_first: bool
) -> None:
    ramp = new_measure(office, "无障碍坡道改造")
    chen, huang = laptop(tmp_path, office, "陈志强的电脑"), laptop(tmp_path, office, "黄伟明的电脑")
    scan = tmp_path / "坡道.jpg"
    scan.write_bytes(b"\xff\xd8 the ramp")
    ask(chen, ramp, files=(scan,))
    ask(huang, ramp, reason="已完成改造")
    bundles = [chen.export(), huang.export()]
    if not chen_first:
        bundles.reverse()
    for bundle in bundles:
        assert not office.take(bundle).violations
    assert sorted(states(office)) == [
        ("陈志强的电脑", "", "pending", ""),
        ("黄伟明的电脑", "已完成改造", "pending", ""),
    ]
    with office.store() as store:
        by_who = {r.requested_by: r for r in close_requests(store)}
        with store.transaction():
            return_request(store, by_who["黄伟明的电脑"].id, "请附照片", dt.date(2026, 3, 4))
            accept_request(store, by_who["陈志强的电脑"].id, dt.date(2026, 3, 5))
        assert store.scalar("SELECT status FROM ledger_measures WHERE id = ?", [ramp]) == "done"
        assert [e["file_name"] for e in store.rows("SELECT * FROM evidence WHERE measure_id = ?", [ramp])] == [
            "坡道.jpg"
        ]
        assert verify(store).evidence_missing == []
    back = office.export(whole=True)
    for site in (chen, huang):
        result = site.take(back)
        assert not result.violations and not result.conflicts
        assert sorted(states(site)) == [
            ("陈志强的电脑", "", "accepted", ""),
            ("黄伟明的电脑", "已完成改造", "returned", "请附照片"),
        ]
    # a laptop's whole bundle carries the office's answers back unchanged: taken, not refused
    assert not office.take(chen.export(whole=True)).violations


def test_a_member_bundle_with_an_answer_is_refused(tmp_path: Path, office: Site) -> None:
    ramp = new_measure(office, "无障碍坡道改造")
    chen = laptop(tmp_path, office, "陈志强的电脑")
    request_id = ask(chen, ramp, reason="已完成")

    def forge(store: Store) -> None:  # what a tampered laptop could write straight into its database
        store.insert(
            "close_request_answers",
            {"request_id": request_id, "decision": "accepted", "answered_on": "2026-03-03", "answered_by": "陈"},
        )

    chen.do(forge)
    with pytest.raises(MergeRefused) as refused:
        office.take(chen.export())
    assert [v.reason.code for v in refused.value.result.violations] == ["rules.answer_from_member"]
    assert states(office) == []


def test_a_member_bundle_with_another_laptops_request_is_refused(tmp_path: Path, office: Site) -> None:
    ramp = new_measure(office, "无障碍坡道改造")
    chen = laptop(tmp_path, office, "陈志强的电脑")
    request_id = ask(chen, ramp, reason="已完成")
    chen.do(lambda s: s.update("close_requests", request_id, {"installation_id": "someone-else"}))
    with pytest.raises(MergeRefused) as refused:
        office.take(chen.export())
    assert [v.reason.code for v in refused.value.result.violations] == ["rules.request_not_own"]


def test_a_request_meeting_a_closed_measure_is_kept(tmp_path: Path, office: Site) -> None:
    from hdrectify.store.ledger import close_measure

    ramp = new_measure(office, "无障碍坡道改造")
    chen = laptop(tmp_path, office, "陈志强的电脑")
    ask(chen, ramp, reason="已完成")
    office.do(close_measure, ramp, dt.date(2026, 3, 1), "办公室已验收")
    office.take(chen.export())
    with office.store() as store:
        (found,) = close_requests(store)
        assert (found.state, found.measure_status) == ("pending", "done")
    chen.take(office.export(whole=True))  # the laptop learns of the closing; its request is still listed
    with chen.store() as store:
        (mine,) = close_requests(store)
        assert (mine.state, mine.measure_status) == ("pending", "done")


def test_a_measure_removed_with_its_records_takes_its_requests_and_answers_everywhere(
    tmp_path: Path, office: Site
) -> None:
    """A request (with its file) and the office's answer are records of the measure: removing it
    ``with_records`` removes them too, on the office and, by the office's bundle, on the laptop."""
    ramp = new_measure(office, "无障碍坡道改造")
    chen = laptop(tmp_path, office, "陈志强的电脑")
    scan = tmp_path / "坡道.jpg"
    scan.write_bytes(b"\xff\xd8 the ramp")
    ask(chen, ramp, files=(scan,))
    assert not office.take(chen.export()).violations
    with office.store() as store, store.transaction():
        return_request(store, close_requests(store)[0].id, "请附照片", dt.date(2026, 3, 4))
    assert not chen.take(office.export(whole=True)).violations
    with office.store() as store:
        with pytest.raises(InputError) as refused, store.transaction():
            remove_measure(store, ramp, "重复")
        assert refused.value.params["acts"] == 1
        with store.transaction():
            remove_measure(store, ramp, "重复", with_records=True)
    result = chen.take(office.export(whole=True))
    assert not result.violations and not result.conflicts
    for site in (office, chen):
        with site.store() as store:
            for table in ("close_requests", "close_request_files", "close_request_answers"):
                assert store.scalar(f"SELECT count(*) FROM {table}") == 0, (site, table)
            assert store.get("ledger_measures", ramp) is None
            assert verify(store).ok
