"""The records list: filters, keyset pages, counts, the text index, corrections and deletions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.record_list import (
    ContactRow,
    FieldError,
    RecordFilter,
    contact_query,
    correct_contact,
    count_contacts,
    delete_contact,
    list_contacts,
    list_page,
)
from hdrectify.store.records import log_contact
from hdrectify.store.text_index import TextIndex

D = dt.date


@pytest.fixture
def world(store: Store) -> dict[str, Row]:
    """Two members, three centres; 陈志强 paired with 安墩 twice (a gap in June 2024)."""
    with store.transaction():
        anton = add_centre(store, "安墩镇康园中心", "安墩镇")
        jilong = add_centre(store, "吉隆镇康园中心", "吉隆镇")
        pingshan = add_centre(store, "平山街道康园中心", "平山街道")
        chen, li = add_member(store, "陈志强"), add_member(store, "李秀英")
        add_pairing(store, chen, anton, D(2024, 1, 1), D(2024, 5, 31))
        add_pairing(store, chen, anton, D(2024, 7, 1))
        add_pairing(store, li, jilong, D(2024, 1, 1))
        add_pairing(store, li, pingshan, D(2024, 3, 1))
        log = [
            (chen, anton, D(2024, 1, 8), "phone", "电话了解活动安排", ""),
            (chen, anton, D(2024, 2, 5), "onsite", "查看康复训练", "无障碍坡道破损"),
            (chen, anton, D(2024, 7, 3), "wechat", "微信收到照片 100% 出勤", ""),
            (li, jilong, D(2024, 1, 9), "meeting", "参加中心例会", ""),
            (li, jilong, D(2024, 3, 12), "onsite", "到岗检查台账", "消防器材过期"),
            (li, pingshan, D(2024, 3, 12), "phone", "了解 a_b 计划", ""),
            (li, pingshan, D(2024, 4, 2), "other", "Rehab visit", ""),
        ]
        for member, centre, day, method, note, problems in log:
            log_contact(store, member, centre, day, method, note, problems)
    return {"anton": anton, "jilong": jilong, "pingshan": pingshan, "chen": chen, "li": li}


def notes(rows: list[ContactRow]) -> list[str]:
    return [r.note for r in rows]


def test_all_live_records_newest_first_with_names(store: Store, world: dict[str, Row]) -> None:
    rows = list_contacts(store, RecordFilter())
    assert [r.date for r in rows] == sorted((r.date for r in rows), reverse=True)
    assert len(rows) == 7 == count_contacts(store, contact_query(store, RecordFilter()))
    first = rows[0]
    assert (first.date, first.member, first.centre, first.town) == ("2024-07-03", "陈志强", "安墩镇康园中心", "安墩镇")


def test_backfilled_mark(store: Store, world: dict[str, Row]) -> None:
    week_ago = dt.date.today() - dt.timedelta(days=7)
    with store.transaction():
        log_contact(store, world["chen"], world["anton"], week_ago, "phone", "按时登记")
        store.set_setting("backfill_days", 6)
    rows = list_contacts(store, RecordFilter())
    assert [r.note for r in rows if not r.backfilled] == []  # 7 days late with a limit of 6
    with store.transaction():
        store.set_setting("backfill_days", 7)
    rows = list_contacts(store, RecordFilter())
    assert [r.note for r in rows if not r.backfilled] == ["按时登记"]  # the 2024 ones were entered today


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (RecordFilter(method="onsite"), {"查看康复训练", "到岗检查台账"}),
        (RecordFilter(date_from=D(2024, 3, 12), date_to=D(2024, 4, 1)), {"到岗检查台账", "了解 a_b 计划"}),
        (RecordFilter(date_from=D(2024, 7, 1)), {"微信收到照片 100% 出勤"}),
        (RecordFilter(text="康复"), {"查看康复训练"}),
        (RecordFilter(text="消防"), {"到岗检查台账"}),  # problems
        (RecordFilter(text="平山"), {"了解 a_b 计划", "Rehab visit"}),  # centre and town
        (RecordFilter(text="陈志"), {"电话了解活动安排", "查看康复训练", "微信收到照片 100% 出勤"}),  # member
        (RecordFilter(text="李秀英 台账"), {"到岗检查台账"}),  # every word must match
        (RecordFilter(text="REHAB"), {"Rehab visit"}),  # case does not matter
        (RecordFilter(text="100%"), {"微信收到照片 100% 出勤"}),  # % is a character, not a wildcard
        (RecordFilter(text="a_b"), {"了解 a_b 计划"}),
        (RecordFilter(text="没有这个词"), set()),
    ],
)
def test_each_filter_narrows(store: Store, world: dict[str, Row], f: RecordFilter, expected: set[str]) -> None:
    assert set(notes(list_contacts(store, f))) == expected
    assert count_contacts(store, contact_query(store, f)) == len(expected)


def test_member_and_centre_filters(store: Store, world: dict[str, Row]) -> None:
    chen = RecordFilter(member_id=world["chen"]["id"])
    assert {r.member for r in list_contacts(store, chen)} == {"陈志强"}
    assert len(list_contacts(store, chen)) == 3  # both pairings with 安墩
    jilong = RecordFilter(centre_id=world["jilong"]["id"])
    assert notes(list_contacts(store, jilong)) == ["到岗检查台账", "参加中心例会"]
    nobody = RecordFilter(member_id=world["chen"]["id"], centre_id=world["jilong"]["id"])
    assert list_contacts(store, nobody) == []
    assert count_contacts(store, contact_query(store, nobody)) == 0


def test_keyset_pages_cover_everything_once_in_order(store: Store, world: dict[str, Row]) -> None:
    q = contact_query(store, RecordFilter())
    seen: list[ContactRow] = []
    page = list_page(store, q, None, limit=2)
    while page:
        seen += page
        page = list_page(store, q, page[-1].cursor, limit=2)
    assert seen == list_contacts(store, RecordFilter(), limit=100)
    keys = [r.cursor for r in seen]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 7


def test_deleted_records_are_hidden_unless_asked(store: Store, world: dict[str, Row]) -> None:
    target = list_contacts(store, RecordFilter(text="例会"))[0]
    with store.transaction():
        delete_contact(store, target.id, "重复录入")
    assert "参加中心例会" not in notes(list_contacts(store, RecordFilter()))
    shown = list_contacts(store, RecordFilter(include_deleted=True))
    assert len(shown) == 7 == count_contacts(store, contact_query(store, RecordFilter(include_deleted=True)))
    gone = next(r for r in shown if r.id == target.id)
    assert gone.deleted_at is not None and gone.delete_reason == "重复录入"
    q = contact_query(store, RecordFilter(include_deleted=True))
    paged = list_page(store, q, None, 3)
    paged += list_page(store, q, paged[-1].cursor, 3)
    paged += list_page(store, q, paged[-1].cursor, 3)
    assert paged == shown


@pytest.mark.parametrize("text", ["康复", "了解", "平山", "陈志强 照片", "a_b", "100%", "zz", "rehab", "消防 李"])
def test_the_text_index_finds_what_sql_finds(store: Store, world: dict[str, Row], text: str) -> None:
    index = TextIndex.build(store)
    assert index is not None
    with store.transaction():  # added after the index was built: found through SQL
        log_contact(store, world["li"], world["jilong"], D(2024, 5, 6), "phone", "后来补充：康复 rehab 了解", "")
    f = RecordFilter(text=text)
    with_index = contact_query(store, f, text_index=index)
    assert with_index.use_date_index is False  # restricted to the index's candidates
    plain = contact_query(store, f)
    assert list_page(store, with_index) == list_page(store, plain)
    assert count_contacts(store, with_index) == count_contacts(store, plain)


@pytest.mark.parametrize("text", ["", "例会", "了解"])
def test_the_text_index_finds_the_deleted_records(store: Store, world: dict[str, Row], text: str) -> None:
    with store.transaction():
        delete_contact(store, one(store, "例会").id, "重复录入")
    index = TextIndex.build(store)
    assert index is not None and len(index.deleted) == 1
    with store.transaction():  # added after the build and then deleted: found through SQL
        # (one the index holds, deleted after the build, is noted by TextIndex.catch_up)
        late = log_contact(store, world["li"], world["jilong"], D(2024, 5, 6), "phone", "了解例会", "")
        delete_contact(store, late["id"], "录错")
    f = RecordFilter(text=text, include_deleted=True)
    with_index = contact_query(store, f, text_index=index)
    assert with_index.deleted_where != "1"
    plain = contact_query(store, f)
    assert list_page(store, with_index) == list_page(store, plain)
    assert count_contacts(store, with_index) == count_contacts(store, plain)
    assert len([r for r in list_page(store, plain) if r.deleted_at]) == (2 if text != "了解" else 1)


def test_the_text_index_catches_up_with_changes_instead_of_being_rebuilt(store: Store, world: dict[str, Row]) -> None:
    index = TextIndex.build(store)
    assert index is not None
    with store.transaction():  # records the index holds: one corrected, one deleted
        correct_contact(store, one(store, "例会").id, {"note": "检查灭火器"}, "写错了")
        delete_contact(store, one(store, "照片").id, "重复录入")
    index.catch_up(store)
    assert len(index.changed) == 2
    for f in (RecordFilter(text="灭火器"), RecordFilter(text="照片", include_deleted=True), RecordFilter(text="例会")):
        with_index, plain = contact_query(store, f, text_index=index), contact_query(store, f)
        assert list_page(store, with_index) == list_page(store, plain)
        assert count_contacts(store, with_index) == count_contacts(store, plain)
    assert notes(list_contacts(store, RecordFilter(text="灭火器"))) == ["检查灭火器"]
    index.catch_up(store)  # nothing new: nothing more to read
    assert len(index.changed) == 2


def test_the_text_index_gives_up_on_common_words(store: Store, world: dict[str, Row]) -> None:
    index = TextIndex.build(store)
    assert index is not None
    assert index.rowids_matching("了解", limit=1) is None
    assert index.rowids_matching("了解", limit=5) is not None
    assert index.rowids_matching("没有") == []


def test_counting_can_be_stopped(store: Store, world: dict[str, Row]) -> None:
    assert count_contacts(store, contact_query(store, RecordFilter()), should_stop=lambda: True) is None
    assert TextIndex.build(store, should_stop=lambda: True) is None


# -- corrections ------------------------------------------------------------------


def snapshot(store: Store) -> dict[str, list[Row]]:
    return {t: store.rows(f"SELECT * FROM {t} ORDER BY id") for t in ("contacts", "audit_log")}


def one(store: Store, text: str) -> ContactRow:
    (row,) = list_contacts(store, RecordFilter(text=text))
    return row


def test_correct_keeps_the_old_version_and_the_reason(store: Store, world: dict[str, Row]) -> None:
    target = one(store, "例会")
    with store.transaction():
        correct_contact(store, target.id, {"method": "phone", "note": " 电话参加例会 "}, " 方式录错 ")
    after = store.get("contacts", target.id)
    assert after is not None and (after["method"], after["note"]) == ("phone", "电话参加例会")
    audit = store.rows("SELECT * FROM audit_log WHERE row_id = ? AND action = 'update'", [target.id])
    assert len(audit) == 1
    assert audit[0]["reason"] == "方式录错"
    before = json.loads(audit[0]["before"])
    assert (before["method"], before["note"]) == ("meeting", "参加中心例会")


def test_correcting_the_date_moves_the_record_to_the_pairing_of_that_day(store: Store, world: dict[str, Row]) -> None:
    target = one(store, "照片")  # 2024-07-03, the second pairing
    with store.transaction():
        row = correct_contact(store, target.id, {"date": D(2024, 3, 4)}, "日期录错")
    assert row["date"] == "2024-03-04"
    assert row["pairing_id"] != target.pairing_id
    assert one(store, "照片").member == "陈志强"


@pytest.mark.parametrize(
    ("changes", "reason", "field", "message"),
    [
        ({"note": "改了"}, "  ", "reason", "原因"),
        ({"date": D(2024, 6, 10)}, "日期录错", "date", "没有挂钩关系"),  # the gap between pairings
        ({"date": D(2023, 12, 31)}, "日期录错", "date", "没有挂钩关系"),
        ({"date": dt.date.today() + dt.timedelta(days=1)}, "日期录错", "date", "晚于今天"),
        ({"method": "fax"}, "方式录错", "method", "无效"),
    ],
)
def test_a_refused_correction_saves_nothing(
    store: Store, world: dict[str, Row], changes: dict[str, object], reason: str, field: str, message: str
) -> None:
    target = one(store, "照片")
    before = snapshot(store)
    with pytest.raises(FieldError, match=message) as refused, store.transaction():
        correct_contact(store, target.id, changes, reason)
    assert refused.value.field == field
    assert snapshot(store) == before


def test_a_correction_must_change_something_editable(store: Store, world: dict[str, Row]) -> None:
    target = one(store, "照片")
    before = snapshot(store)
    with pytest.raises(InputError, match="没有修改"), store.transaction():
        correct_contact(store, target.id, {"note": target.note, "date": target.date}, "核对")
    with pytest.raises(InputError, match="只能更正"), store.transaction():
        correct_contact(store, target.id, {"author": "别人"}, "核对")
    assert snapshot(store) == before


# -- deletions --------------------------------------------------------------------


def test_delete_is_soft_and_audited(store: Store, world: dict[str, Row]) -> None:
    target = one(store, "康复")
    with store.transaction():
        delete_contact(store, target.id, "重复录入")
    row = store.get("contacts", target.id)
    assert row is not None and row["deleted_at"] and row["delete_reason"] == "重复录入"
    audit = store.rows("SELECT * FROM audit_log WHERE row_id = ? AND action = 'update'", [target.id])
    assert audit[-1]["reason"] == "重复录入"
    assert json.loads(audit[-1]["before"])["deleted_at"] is None
    before = snapshot(store)
    with pytest.raises(InputError, match="已删除"), store.transaction():
        delete_contact(store, target.id, "再删一次")
    with pytest.raises(InputError, match="已删除"), store.transaction():
        correct_contact(store, target.id, {"note": "x"}, "改")
    assert snapshot(store) == before


def test_delete_needs_a_reason(store: Store, world: dict[str, Row]) -> None:
    target = one(store, "康复")
    before = snapshot(store)
    with pytest.raises(FieldError, match="原因") as refused, store.transaction():
        delete_contact(store, target.id, " ")
    assert refused.value.field == "reason"
    assert snapshot(store) == before


def test_rows_are_plain_values(store: Store, world: dict[str, Row]) -> None:
    row = list_contacts(store, RecordFilter())[0]
    assert dataclasses.asdict(row)["member"] == "陈志强"
