"""Edits of centres, members and pairings: the rules the window relies on, and nothing saved on a refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Row, Store
from hdrectify.store.people import (
    active_pairing,
    add_centre,
    add_member,
    add_pairing,
    check_centre_name,
    close_centre,
    end_pairing,
    find_centre,
    find_member,
    reassign_centre,
    reopen_centre,
    update_centre,
    update_member,
)
from hdrectify.store.records import add_exemptions, add_report, add_review, log_contact, parse_score

D = dt.date


def _snapshot(store: Store) -> dict[str, list[Row]]:
    return {t: store.rows(f"SELECT * FROM {t} ORDER BY id") for t in ("centres", "members", "pairings", "audit_log")}


@pytest.fixture
def world(store: Store) -> dict[str, Row]:
    with store.transaction():
        anton = add_centre(store, "安墩镇康园中心", "安墩镇")
        jilong = add_centre(store, "吉隆镇康园中心", "吉隆镇")
        chen = add_member(store, "陈志强")
        li = add_member(store, "李秀英")
        pairing = add_pairing(store, chen, anton, D(2024, 1, 1))
    return {"anton": anton, "jilong": jilong, "chen": chen, "li": li, "pairing": pairing}


def _refused(store: Store, message: str, action) -> None:
    before = _snapshot(store)
    with pytest.raises(InputError, match=message), store.transaction():
        action()
    assert _snapshot(store) == before


def test_update_centre_changes_the_given_fields_only(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        row = update_centre(store, world["anton"]["id"], name=" 安墩康园中心 ", contact_person="朱月明")
    assert row["name"] == "安墩康园中心"
    assert row["contact_person"] == "朱月明"
    assert row["town"] == "安墩镇"
    assert store.scalar("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'update'", [row["id"]]) == 1


def test_update_centre_refuses_a_duplicate_name_or_an_empty_town(store: Store, world: dict[str, Row]) -> None:
    centre_id = world["anton"]["id"]
    _refused(store, "已存在", lambda: update_centre(store, centre_id, name="吉隆镇康园中心"))
    _refused(store, "名称不能为空", lambda: update_centre(store, centre_id, name="  "))
    _refused(store, "镇（街道）", lambda: update_centre(store, centre_id, town=""))
    with store.transaction():  # keeping its own name is not a duplicate
        update_centre(store, centre_id, name="安墩镇康园中心", town="安墩镇")


def test_update_member(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        row = update_member(store, world["li"]["id"], name="李秀英", phone="13800000000", note="党支部书记")
    assert (row["phone"], row["note"]) == ("13800000000", "党支部书记")
    _refused(store, "姓名不能为空", lambda: update_member(store, world["li"]["id"], name=" "))


def test_end_pairing_sets_the_last_day(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        row = end_pairing(store, world["pairing"]["id"], D(2024, 6, 30))
    assert row["end_on"] == "2024-06-30"
    assert active_pairing(store, world["anton"]["id"], D(2024, 7, 1)) is None


def test_end_pairing_refuses_an_end_before_the_start(store: Store, world: dict[str, Row]) -> None:
    _refused(store, "早于挂钩开始日期", lambda: end_pairing(store, world["pairing"]["id"], D(2023, 12, 31)))


def test_end_pairing_refuses_to_leave_contacts_outside(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        log_contact(store, world["chen"], world["anton"], D(2024, 3, 5), "phone")
        log_contact(store, world["chen"], world["anton"], D(2024, 3, 12), "onsite")
    _refused(
        store,
        "2024-03-01 之后还有 2 条联系记录（最晚 2024-03-12）",
        lambda: end_pairing(store, world["pairing"]["id"], D(2024, 3, 1)),
    )
    with store.transaction():
        end_pairing(store, world["pairing"]["id"], D(2024, 3, 12))


def test_end_pairing_refuses_to_orphan_a_report_or_review(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        add_report(store, world["chen"], world["anton"], Period.parse("2024-Q1", Kind.QUARTER), D(2024, 4, 8))
        add_review(store, world["chen"], world["anton"], Period.parse("2024", Kind.YEAR), D(2025, 1, 20), 90)
    _refused(store, "第1季度汇报", lambda: end_pairing(store, world["pairing"]["id"], D(2024, 3, 30)))
    _refused(store, "2024年考评", lambda: end_pairing(store, world["pairing"]["id"], D(2024, 12, 30)))
    with store.transaction():
        end_pairing(store, world["pairing"]["id"], D(2024, 12, 31))


def test_moving_an_end_later_cannot_overlap_the_next_pairing(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        end_pairing(store, world["pairing"]["id"], D(2024, 6, 30))
        add_pairing(store, world["li"], world["anton"], D(2024, 7, 1))
    _refused(store, "同一天只能有一个挂钩党员", lambda: end_pairing(store, world["pairing"]["id"], D(2024, 7, 15)))


def test_reassign_ends_the_old_pairing_the_day_before(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        new = reassign_centre(store, world["anton"]["id"], world["li"]["id"], D(2024, 6, 1))
    old = store.get("pairings", world["pairing"]["id"])
    assert old is not None and old["end_on"] == "2024-05-31"
    assert (new["member_id"], new["start_on"], new["end_on"]) == (world["li"]["id"], "2024-06-01", None)
    active = active_pairing(store, world["anton"]["id"], D(2024, 6, 1))
    assert active is not None and active["member"] == "李秀英"


def test_reassign_hands_over_the_rest_of_a_bounded_span(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        end_pairing(store, world["pairing"]["id"], D(2024, 12, 31))
        new = reassign_centre(store, world["anton"]["id"], world["li"]["id"], D(2024, 9, 1))
    assert (new["start_on"], new["end_on"]) == ("2024-09-01", "2024-12-31")


def test_reassign_refusals_leave_everything_as_it_was(store: Store, world: dict[str, Row]) -> None:
    anton, jilong = world["anton"]["id"], world["jilong"]["id"]
    _refused(store, "不晚于原挂钩开始日期", lambda: reassign_centre(store, anton, world["li"]["id"], D(2024, 1, 1)))
    _refused(store, "已是", lambda: reassign_centre(store, anton, world["chen"]["id"], D(2024, 6, 1)))
    _refused(store, "没有挂钩党员", lambda: reassign_centre(store, jilong, world["li"]["id"], D(2024, 6, 1)))
    with store.transaction():
        log_contact(store, world["chen"], world["anton"], D(2024, 6, 3), "phone")
    # the old member's contact after the handover would be orphaned: nothing changes
    _refused(store, "联系记录", lambda: reassign_centre(store, anton, world["li"]["id"], D(2024, 6, 1)))


def test_close_centre_ends_its_pairings_that_day(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        centre = close_centre(store, world["anton"]["id"], D(2024, 9, 30))
    assert centre["closed_on"] == "2024-09-30"
    pairing = store.get("pairings", world["pairing"]["id"])
    assert pairing is not None and pairing["end_on"] == "2024-09-30"
    with pytest.raises(InputError, match="撤销"), store.transaction():
        add_pairing(store, world["li"], centre, D(2024, 10, 1))
    with store.transaction():
        reopened = reopen_centre(store, world["anton"]["id"])
    assert reopened["closed_on"] is None


def test_close_centre_keeps_an_earlier_end(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():
        end_pairing(store, world["pairing"]["id"], D(2024, 3, 31))
        close_centre(store, world["anton"]["id"], D(2024, 9, 30))
    pairing = store.get("pairings", world["pairing"]["id"])
    assert pairing is not None and pairing["end_on"] == "2024-03-31"


def test_close_centre_refusals(store: Store, world: dict[str, Row]) -> None:
    anton = world["anton"]["id"]
    with store.transaction():
        log_contact(store, world["chen"], world["anton"], D(2024, 5, 6), "phone")
    _refused(
        store,
        "陈志强的挂钩在 2024-04-30 之后还有 1 条联系记录（最晚 2024-05-06）：撤销日期不能早于 2024-05-06",
        lambda: close_centre(store, anton, D(2024, 4, 30)),
    )
    _refused(store, "晚于撤销日期", lambda: close_centre(store, anton, D(2023, 12, 31)))


# -- names are what they look like ---------------------------------------------------------
@pytest.mark.parametrize(
    "action",
    [
        lambda s, w: add_centre(s, "安墩镇\u200b康园中心", "安墩镇"),
        lambda s, w: add_centre(s, "新中心", "安墩\u202e镇"),
        lambda s, w: add_centre(s, "新中心", "安墩镇", contact_person="朱\u2060月明"),
        lambda s, w: add_member(s, "陈\ufeff志强"),
        lambda s, w: update_member(s, w["li"]["id"], name="李秀英\x1b[2J"),
        lambda s, w: update_centre(s, w["anton"]["id"], contact_person="\u200e朱月明"),
        lambda s, w: update_centre(s, w["anton"]["id"], note="清屏\x1b[2J"),
        lambda s, w: log_contact(s, w["chen"], w["anton"], D(2024, 3, 5), "phone", "a\x00b"),
        lambda s, w: add_exemptions(s, None, None, "visit", D(2024, 2, 1), D(2024, 2, 29), "春节\x1b]0;x\x07"),
    ],
)
def test_invisible_characters_are_refused_and_nothing_is_written(store: Store, world: dict[str, Row], action) -> None:
    _refused(store, "不可见字符", lambda: action(store, world))


def test_a_lookalike_of_an_existing_centre_is_the_same_name(store: Store, world: dict[str, Row]) -> None:
    _refused(store, "已存在", lambda: add_centre(store, "\u3000安墩镇康园中心\xa0", "安墩镇"))
    _refused(store, "已存在", lambda: update_centre(store, world["jilong"]["id"], name="安墩镇康园中心 "))
    with store.transaction():
        row = add_centre(store, " 平山街道  康园中心\u3000", "\u3000平山街道")
    assert (row["name"], row["town"]) == ("平山街道 康园中心", "平山街道")


def test_lookups_normalise_the_name(store: Store, world: dict[str, Row]) -> None:
    assert find_centre(store, "\u3000安墩镇康园中心 ")["id"] == world["anton"]["id"]
    assert find_centre(store, "安墩镇康园中心\t")["id"] == world["anton"]["id"]
    assert find_member(store, "陈志强\u3000")["id"] == world["chen"]["id"]
    with pytest.raises(InputError, match="U\\+200B"):
        find_centre(store, "安墩镇\u200b康园中心")


def test_names_stored_before_the_rules_still_open_and_are_found(store: Store, world: dict[str, Row]) -> None:
    with store.transaction():  # as an older version, or a bundle, may have stored it
        legacy = store.insert("centres", {"name": "铁涌镇\u200b康园中心", "town": "铁涌镇"})
        spaced = store.insert("members", {"name": "王  小明", "phone": "", "note": ""})
    assert find_centre(store, "铁涌镇\u200b康园中心")["id"] == legacy["id"]
    assert find_member(store, "王  小明")["id"] == spaced["id"]
    # the clean name is taken: it looks the same
    _refused(store, "已存在", lambda: add_centre(store, "铁涌镇康园中心", "铁涌镇"))
    assert check_centre_name(store, "铁涌镇康园中心", ignore_id=legacy["id"]) == "铁涌镇康园中心"


@pytest.mark.parametrize("text", ["9_0", "９０", "+90", " 9 0"])
def test_a_score_is_plain_digits(text: str) -> None:
    with pytest.raises(InputError, match="半角数字"):
        parse_score(text)
