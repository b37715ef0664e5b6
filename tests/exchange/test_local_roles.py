"""A member's laptop refuses locally what the office would refuse in its bundle (store/roles.py, exchange/roles.py).

For every act only the office may do, the same list serves both sides: on Chen's laptop the store's own
write refuses with the office's message and nothing is written; and the row a tampered laptop writes
itself (``store.insert``/``store.update``, as :mod:`tests.exchange.test_forged_bundles` forges) makes the
office refuse the laptop's bundle, row by row. Every table the exchange keeps for the office is covered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.rubric import DEFAULT_ITEMS
from hdrectify.exchange.roles import MEASURE, NEVER, RULES
from hdrectify.store.acceptance import extend_measure
from hdrectify.store.base import Store, now_stamp
from hdrectify.store.feedback import give_feedback
from hdrectify.store.ledger import close_measure, reopen_measure, update_measure
from hdrectify.store.ledger_edit import add_area, add_inspection, add_measure, add_problem, edit_area
from hdrectify.store.people import add_centre, end_pairing, find_centre, find_member, update_member
from hdrectify.store.records import add_exemptions
from hdrectify.store.rubric import save_rubric
from tests.exchange.exchange_helpers import CENTRE_A, CHEN, TOWN_A, Site, log
from tests.exchange.test_feedback_sync import _report
from tests.exchange.test_forged_bundles import reasons, refused

Ids = dict[str, str]
Refusals = frozenset[tuple[str, str]]  # the office's refusals of a bundle: (table, reason)
DAY = dt.date(2026, 3, 10)


@dataclass(frozen=True)
class Act:
    name: str
    code: str  # the laptop's own refusal
    do: Callable[[Store, Ids], Any]  # the act through the store, as the window and the command line do it
    force: Callable[[Store, Ids], Any]  # the rows a tampered laptop writes itself
    refusals: Refusals  # the office's refusal of its bundle: (table, reason)


def _member(s: Store) -> dict[str, Any]:
    return find_member(s, CHEN)


def _centre(s: Store) -> dict[str, Any]:
    return find_centre(s, CENTRE_A)


def _extend_forced(s: Store, ids: Ids) -> None:
    s.insert(
        "measure_extensions",
        {
            "measure_id": ids["dated"],
            "from_date": "2026-06-30",
            "to_date": "2026-09-30",
            "reason": "施工延误",
            "approved_by": "王主任",
            "author": "陈志强",
        },
    )
    s.update("ledger_measures", ids["dated"], {"deadline": "2026-09-30"})


def _changed(table: str, key: str, values: dict[str, Any], reason: str) -> tuple[Callable[[Store, Ids], Any], Refusals]:
    """An act's tampered write that changes the row ``ids[key]`` of ``table``, and the office's one refusal of it."""
    return (lambda s, ids: s.update(table, ids[key], values)), frozenset({(table, reason)})


_CLOSING = {"status": "done", "closed_at": "2026-03-10", "close_reason": "已整改"}
_OPENING = {"status": "in_progress", "closed_at": None, "close_reason": ""}

ACTS = [
    Act(
        "销号",
        "office.close",
        lambda s, ids: close_measure(s, ids["dated"], DAY, "已整改"),
        *_changed("ledger_measures", "dated", _CLOSING, "roles.measure_closed"),
    ),
    Act(
        "重新打开",
        "office.reopen",
        lambda s, ids: reopen_measure(s, ids["closed"], DAY, "佐证不全"),
        *_changed("ledger_measures", "closed", _OPENING, "roles.measure_closed"),
    ),
    Act(
        "延期",
        "office.extend",
        lambda s, ids: extend_measure(s, ids["dated"], dt.date(2026, 9, 30), "施工延误", "王主任"),
        _extend_forced,
        frozenset({("measure_extensions", "roles.office_row_added"), ("ledger_measures", "roles.deadline_moved")}),
    ),
    Act(
        "整改时限",
        "office.deadline",
        lambda s, ids: update_measure(s, ids["open"], deadline=dt.date(2026, 6, 30)),
        *_changed("ledger_measures", "open", {"deadline": "2026-06-30"}, "roles.deadline_moved"),
    ),
    Act(
        "责任领导",
        "office.measure",
        lambda s, ids: update_measure(s, ids["open"], leader="李四"),
        *_changed("ledger_measures", "open", {"leader": "李四"}, "roles.office_row_changed"),
    ),
    Act(
        "添加措施",
        "office.measure",
        lambda s, ids: add_measure(s, ids["problem"], "三是加强巡查"),
        lambda s, ids: s.insert(
            "ledger_measures", {"problem_id": ids["problem"], "no": 3, "text": "三是加强巡查", "status": "open"}
        ),
        frozenset({("ledger_measures", "roles.office_row_added")}),
    ),
    Act(
        "添加中心",
        "office.roster",
        lambda s, ids: add_centre(s, "新建康园中心", TOWN_A),
        lambda s, ids: s.insert("centres", {"name": "新建康园中心", "town": TOWN_A}),
        frozenset({("centres", "roles.office_row_added")}),
    ),
    Act(
        "改党员",
        "office.roster",
        lambda s, ids: update_member(s, _member(s)["id"], phone="13900000000"),
        lambda s, ids: s.update("members", _member(s)["id"], {"phone": "13900000000"}),
        frozenset({("members", "roles.office_row_changed")}),
    ),
    Act(
        "结束结对",
        "office.roster",
        lambda s, ids: end_pairing(s, ids["pairing"], dt.date(2026, 3, 31)),
        *_changed("pairings", "pairing", {"end_on": "2026-03-31"}, "roles.office_row_changed"),
    ),
    Act(
        "登记免除",
        "office.exemption",
        lambda s, ids: add_exemptions(s, _member(s), _centre(s), "visit", DAY, DAY, "住院"),
        lambda s, ids: s.insert(
            "exemptions",
            {
                "pairing_id": ids["pairing"],
                "obligation": "visit",
                "start_on": "2026-03-10",
                "end_on": "2026-03-10",
                "reason": "住院",
                "author": "陈志强",
            },
        ),
        frozenset({("exemptions", "roles.office_row_added")}),
    ),
    Act(
        "添加巡察",
        "ledger.office_only",
        lambda s, ids: add_inspection(s, "第二轮巡察"),
        lambda s, ids: s.insert("ledger_sources", {"title": "第二轮巡察"}),
        frozenset({("ledger_sources", "roles.office_row_added")}),
    ),
    Act(
        "改方面",
        "office.ledger",
        lambda s, ids: edit_area(s, ids["area"], "新的方面"),
        *_changed("ledger_areas", "area", {"title": "新的方面"}, "roles.office_row_changed"),
    ),
    Act(
        "添加巡察问题",
        "office.ledger",
        lambda s, ids: add_problem(s, ids["area"], "通报外的问题"),
        lambda s, ids: s.insert(
            "ledger_problems",
            {
                "area_id": ids["area"],
                "title": "通报外的问题",
                "source": "inspection",
                "detail": "",
                "found_on": "2026-03-10",
            },
        ),
        frozenset({("ledger_problems", "roles.not_visit_problem")}),
    ),
    Act(
        "已阅",
        "ledger.office_only",
        lambda s, ids: give_feedback(s, "reports", ids["report"], accept=True),
        lambda s, ids: s.insert(
            "report_feedback",
            {
                "report_id": ids["report"],
                "verdict": "accepted",
                "comment": "",
                "seen_note": "一季度汇报",
                "seen_on": "2026-04-08",
                "given_at": now_stamp(),
                "author": CHEN,
            },
        ),
        frozenset({("report_feedback", "rules.feedback_from_member")}),
    ),
    Act(
        "考评细则",
        "office.rubric",
        lambda s, ids: save_rubric(s, DEFAULT_ITEMS[:-1] + _last_changed()),
        lambda s, ids: s.insert("rubrics", {"version": 9, "items": "[]"}),
        frozenset({("rubrics", "roles.office_row_added")}),
    ),
]


def _last_changed() -> tuple[Any, ...]:
    """The shipped rubric's last item, renamed: a real change (maxima still adding up to 100)."""
    import dataclasses

    last = DEFAULT_ITEMS[-1]
    return (dataclasses.replace(last, name=last.name + "（修订）"),)


@pytest.fixture
def ids(office: Site, chen: Site) -> Ids:
    """The office's area and problem, with an open measure and one with a deadline, a closed measure of the notice,
    and Chen's pairing: all on Chen's laptop, which has sent one contact record already."""

    def setup(s: Store) -> Ids:
        area = add_area(s, "无障碍环境建设方面", None)["id"]
        problem = add_problem(s, area, "中心无障碍设施不全", found_on=dt.date(2026, 2, 1))
        opened = add_measure(s, problem["id"], "一是补齐扶手")
        dated = add_measure(s, problem["id"], "二是完善坡道", deadline=dt.date(2026, 6, 30))
        closed = s.rows("SELECT id FROM ledger_measures WHERE status = 'done' ORDER BY rowid LIMIT 1")[0]["id"]
        pairing = s.rows("SELECT id FROM pairings WHERE member_id = ?", [_member(s)["id"]])[0]["id"]
        return {
            "area": area,
            "problem": problem["id"],
            "open": opened["id"],
            "dated": dated["id"],
            "closed": closed,
            "pairing": pairing,
        }

    found = office.do(setup)
    chen.take(office.export())
    log(chen, CHEN, CENTRE_A, "2026-03-02")
    found["report"] = _report(chen, "一季度汇报")
    office.take(chen.export())  # the office trusts the laptop
    return found


@pytest.mark.parametrize("act", ACTS, ids=[a.name for a in ACTS])
def test_the_laptop_refuses_locally_what_the_office_refuses_in_its_bundle(
    office: Site, chen: Site, ids: Ids, act: Act
) -> None:
    before = chen.everything()
    with pytest.raises(InputError) as caught:
        chen.do(lambda s: act.do(s, ids))
    assert caught.value.code == act.code and "办公室" in str(caught.value)
    assert chen.everything() == before
    # a tampered laptop writes the rows itself: the office refuses its bundle, row by row
    chen.do(lambda s: act.force(s, ids))
    assert set(reasons(refused(office, chen.export()))) == act.refusals
    # the same act on the office is no refusal
    office.do(lambda s: act.do(s, ids))


def test_every_table_kept_for_the_office_has_its_act() -> None:
    kept = {table for table, rule in RULES.items() if rule.may in (NEVER, MEASURE)} | {"report_feedback"}
    assert kept <= {table for act in ACTS for table, _ in act.refusals}


def test_the_close_refusal_says_to_ask_for_it(chen: Site, ids: Ids) -> None:
    with pytest.raises(InputError) as caught:
        chen.do(lambda s: close_measure(s, ids["dated"], DAY, "已整改"))
    assert str(caught.value) == "党员电脑不能销号：请用“申请销号”，由办公室验收销号"


def test_what_a_laptop_may_still_do_to_measures_travels(office: Site, chen: Site, ids: Ids) -> None:
    """The progress status of the office's measures, and everything of the laptop's own visit problems."""
    from hdrectify.store.ledger import add_visit_problems

    chen.do(lambda s: update_measure(s, ids["open"], status="in_progress"))
    contact = log(chen, CHEN, CENTRE_A, "2026-03-09", "onsite")
    centre = chen.rows("SELECT centre_id FROM pairings WHERE id = ?", [contact["pairing_id"]])[0]["centre_id"]
    (problem,) = chen.do(lambda s: add_visit_problems(s, "扶手松动", contact, centre))
    own = chen.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])[0]["id"]
    chen.do(lambda s: update_measure(s, own, leader="陈志强", unit="平山街道"))
    chen.do(lambda s: add_measure(s, problem["id"], "二是更换扶手"))
    result = office.take(chen.export())
    assert not result.violations
    assert office.rows("SELECT status FROM ledger_measures WHERE id = ?", [ids["open"]]) == [{"status": "in_progress"}]
    assert office.rows("SELECT leader, unit FROM ledger_measures WHERE id = ?", [own]) == [
        {"leader": "陈志强", "unit": "平山街道"}
    ]
    assert len(office.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem["id"]])) == 2


def test_a_laptop_writes_only_its_own_members_records(office: Site, chen: Site) -> None:
    """Another member's contact, report or review, a correction or deletion of one, a photo on one: refused on
    Chen's laptop itself with whose pairing it is, nothing written — the office would refuse its whole bundle."""
    from hdrectify.domain.periods import Kind, Period
    from hdrectify.store.record_list import correct_contact, delete_contact
    from hdrectify.store.records import add_report, add_review, log_contact
    from tests.exchange.exchange_helpers import CENTRE_B, HUANG, log

    theirs = log(office, HUANG, CENTRE_B, "2026-03-02")  # 黄伟明's, reaching Chen's laptop with the office's bundle
    assert not chen.take(office.export(whole=True)).violations
    before = chen.everything()
    quarter, year = Period.parse("2026-Q1", Kind.QUARTER), Period.parse("2026", Kind.YEAR)

    def as_chen(act: Callable[[Store], Any]) -> str:
        with pytest.raises(InputError) as refused:
            chen.do(act)
        return refused.value.code + " " + str(refused.value)

    for act in (
        lambda s: log_contact(s, find_member(s, HUANG), find_centre(s, CENTRE_B), dt.date(2026, 3, 3), "phone"),
        lambda s: add_report(s, find_member(s, HUANG), find_centre(s, CENTRE_B), quarter, dt.date(2026, 4, 3)),
        lambda s: add_review(s, find_member(s, HUANG), find_centre(s, CENTRE_B), year, dt.date(2026, 12, 5), 90),
        lambda s: correct_contact(s, theirs["id"], {"note": "改一改"}, "写错了"),
        lambda s: delete_contact(s, theirs["id"], "不要了"),
    ):
        said = as_chen(act)
        assert said.startswith("roles.local_not_own") and "黄伟明" in said and "陈志强" in said, said
    assert chen.everything() == before
    mine = log(chen, CHEN, CENTRE_A, "2026-03-03")  # its own member's: written, and taken by the office
    assert mine["id"] and not office.take(chen.export()).violations
