"""The monthly checklist (挂钩联系工作月度清单): its data, the reminders, the on-site items and re-checks.

A hand-made January 2026 (the ``january`` fixture in conftest.py; weeks by their Thursday: W01 runs
from Monday 29 December 2025 to Sunday 4 January 2026, W05 from 26 January to 1 February) with three
pairings that owe something in it and one that owes nothing; the demo database for the reminders of
the months that end a quarter and for a whole county's month. The PDF's layout, QR code and rendering
are in test_checklist_pdf.py.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.checklist import write_checklist
from hdrectify.store import people
from hdrectify.store.base import Store
from hdrectify.store.checklist import (
    checklist_data,
    latest_checklist_items,
    save_checklist_items,
)
from tests.printing.printing_helpers import (
    CHECKLIST_TODAY,
    DEMO_TODAY,
    FEDERATION,
    JAN,
    log_contact_entered,
    pdf_pages,
    write_checklist_pdf,
)


# -- the data ---------------------------------------------------------------------------------
def test_the_month_is_its_weeks_by_thursday_and_every_pairing_that_owes_any_of_them(january: Store) -> None:
    data = checklist_data(january, JAN, today=CHECKLIST_TODAY)
    assert [(p.member, p.centre) for p in data.pairings] == [
        ("李秀英", "白花镇康园中心"),  # by town, in pinyin: bai, liang, ping
        ("陈志强", "梁化镇康园中心"),  # ended 6 January, but owes W01
        ("陈志强", "平山街道康园中心"),
    ]  # not 张丽华 (ended 31 December: no week or visit of January is owed)
    li, lianghua, pingshan = data.pairings
    weeks = [(str(w.period), w.first_day, w.last_day) for w in pingshan.weeks]
    assert weeks[0] == ("2026-W01", dt.date(2025, 12, 29), dt.date(2026, 1, 4))
    assert weeks[-1] == ("2026-W05", dt.date(2026, 1, 26), dt.date(2026, 2, 1))
    assert len(weeks) == 5
    logged = [[(c.date.isoformat(), c.method, c.backfilled) for c in w.contacts] for w in pingshan.weeks]
    assert logged == [
        [("2025-12-30", "phone", False)],  # December's Tuesday belongs to January's first week
        [("2026-01-06", "wechat", False)],
        [("2026-01-14", "onsite", False)],
        [("2026-01-20", "meeting", True)],  # entered 16 days later: 补录
        [],
    ]
    assert [w.status for w in pingshan.weeks] == [Status.DONE] * 4 + [Status.MISSED]
    assert [(w.status, w.exemption) for w in li.weeks][3] == (Status.EXEMPT, "中心闭馆消杀")
    assert [w.owed for w in lianghua.weeks] == [True, False, False, False, False]
    assert not lianghua.visit.owed and lianghua.visit.visits == ()
    assert [v.problems for v in pingshan.visit.visits] == ["灭火器过期未更换"]
    assert pingshan.visit.status is Status.DONE and li.visit.status is Status.MISSED
    assert (pingshan.contact_person, pingshan.contact_phone) == ("黄淑贞", "0752-8812345")
    # the centre's open measures only: not the closed one, not another centre's
    assert [(m.problem, m.text, m.deadline) for m in pingshan.measures] == [
        ("灭火器过期未更换", "联系镇政府更换过期灭火器", dt.date(2026, 2, 13))
    ]
    assert [m.problem for m in li.measures] == ["白花镇档案缺失"] and lianghua.measures == ()
    assert all(p.reminders == () for p in data.pairings)  # January ends no quarter


def test_records_after_the_reference_date_are_left_out(january: Store) -> None:
    data = checklist_data(january, JAN, today=dt.date(2026, 1, 15))
    pingshan = data.pairings[2]
    assert [len(w.contacts) for w in pingshan.weeks] == [1, 1, 1, 0, 0]
    assert [w.status for w in pingshan.weeks] == [Status.DONE] * 3 + [Status.UPCOMING] * 2


def test_one_member_by_id_or_name(january: Store) -> None:
    chen = people.find_member(january, "陈志强")
    by_id = checklist_data(january, JAN, chen["id"], CHECKLIST_TODAY)
    by_name = checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY)
    assert (
        [p.centre for p in by_id.pairings]
        == [p.centre for p in by_name.pairings]
        == [
            "梁化镇康园中心",
            "平山街道康园中心",
        ]
    )


def test_bad_input_says_what_to_do(january: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="没有名为“无此人”的党员"):
        checklist_data(january, JAN, "无此人", CHECKLIST_TODAY)
    with pytest.raises(InputError, match=r"^2019年3月没有需要完成的挂钩：.*hdrectify pair"):
        checklist_data(january, Period(Kind.MONTH, 2019, 3), today=CHECKLIST_TODAY)
    with pytest.raises(InputError, match=r"^党员“黄伟明”2026年1月没有需要完成的挂钩"):
        checklist_data(january, JAN, "黄伟明", CHECKLIST_TODAY)  # paired only from 2 February
    with pytest.raises(InputError, match="按月份"):
        checklist_data(january, Period(Kind.QUARTER, 2026, 1), today=CHECKLIST_TODAY)
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_path_is_an_input_error_and_leaves_nothing(january: Store, tmp_path: Path) -> None:
    data = checklist_data(january, JAN, today=CHECKLIST_TODAY)
    with pytest.raises(InputError, match=r"无法写入.*请检查文件夹是否存在、是否有写权限"):
        write_checklist(data, tmp_path / "no" / "such" / "x.pdf", FEDERATION, CHECKLIST_TODAY)
    with pytest.raises(InputError, match="无法写入"):
        write_checklist(data, tmp_path, FEDERATION, CHECKLIST_TODAY)  # a folder, not a file
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root may write anywhere
            with pytest.raises(InputError, match="无法写入"):
                write_checklist(data, locked / "x.pdf", FEDERATION, CHECKLIST_TODAY)
    finally:
        locked.chmod(0o700)
    assert [p.name for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".part")] == []


# -- a realistic county (the demo database) -----------------------------------------------------


@pytest.mark.parametrize(
    ("month", "report", "review"),
    [
        ("2026-02", None, None),
        ("2026-03", ("2026年第1季度", "2026年4月10日"), None),
        ("2026-06", ("2026年第2季度", "2026年7月10日"), None),
        ("2026-09", ("2026年第3季度", "2026年10月10日"), None),
        ("2026-10", None, None),
        ("2026-12", ("2026年第4季度", "2027年1月10日"), ("2026年度", "2027年1月31日")),
    ],
)
def test_reminders_when_the_month_ends_a_quarter_and_in_december(
    demo: Path, tmp_path: Path, month: str, report: tuple[str, str] | None, review: tuple[str, str] | None
) -> None:
    with Store.open(demo) as store:
        data = checklist_data(store, Period.parse(month, Kind.MONTH), today=DEMO_TODAY)
    kinds = {tuple(r.obligation for r in p.reminders) for p in data.pairings}
    expected = tuple(ob for ob, on in ((Obligation.REPORT, report), (Obligation.REVIEW, review)) if on)
    assert kinds == {expected}
    path, _ = write_checklist_pdf(data, tmp_path)
    text = "\n".join(pdf_pages(path))
    if report:
        assert f"季度汇报提醒：{report[0]}挂钩联系工作汇报请于 {report[1]} 前提交" in text
    else:
        assert "季度汇报提醒" not in text
    if review:
        assert f"年度考评提醒：{review[0]}考评请于 {review[1]} 前完成" in text
    else:
        assert "年度考评提醒" not in text


def test_a_county_month_is_a_page_per_pairing(demo: Path, tmp_path: Path, assert_not_blank: Any) -> None:
    with Store.open(demo) as store:
        data = checklist_data(store, Period(Kind.MONTH, 2026, 10), today=DEMO_TODAY)
        federation = store.setting("federation_name")
    path = tmp_path / "county.pdf"
    pages = write_checklist(data, path, federation, DEMO_TODAY)
    assert len(data.pairings) == 17 and pages == 17
    texts = pdf_pages(path)
    assert all(federation in text and "挂钩联系工作月度清单" in text for text in texts)
    for text, pairing in zip(texts, data.pairings, strict=True):
        assert pairing.member in text and pairing.centre in text and pairing.town in text
    assert_not_blank(path)


# -- on-site items, the last visit, re-checks (the clerk files the sheet as it is) ----------------
DEFAULT_ITEMS = (
    "设施设备及维护",
    "会员档案更新",
    "每周活动情况上报工作群",
    "工疗农疗与辅助性就业",
    "社工人员管理",
    "安全",
)


def test_the_visit_form_lists_the_on_site_items_with_yes_no_boxes(january: Store, tmp_path: Path) -> None:
    data = checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY)
    assert data.items == DEFAULT_ITEMS and data.items_from is None
    path, pages = write_checklist_pdf(data, tmp_path)
    pingshan = pdf_pages(path)[1]
    assert pages == 2  # 平山, with its long note, the items and an open problem, is still one sheet
    for words in ("到岗检查事项", "是", "否", "发现情况", *DEFAULT_ITEMS):
        assert words in pingshan


def test_an_edited_list_prints_from_the_month_it_was_in_force(january: Store, tmp_path: Path) -> None:
    with january.transaction():
        assert save_checklist_items(january, ["  消防器材 ", "无障碍设施", "会员档案更新"], dt.date(2026, 2, 5))
        assert not save_checklist_items(january, ["消防器材", "无障碍设施", "会员档案更新"], dt.date(2026, 2, 6))
    assert latest_checklist_items(january) == ("消防器材", "无障碍设施", "会员档案更新")
    # January (and February, begun before the edit) keep the list they were printed with
    assert checklist_data(january, JAN, today=CHECKLIST_TODAY).items == DEFAULT_ITEMS
    assert checklist_data(january, Period(Kind.MONTH, 2026, 2), today=CHECKLIST_TODAY).items == DEFAULT_ITEMS
    march = checklist_data(january, Period(Kind.MONTH, 2026, 3), "陈志强", dt.date(2026, 3, 2))
    assert march.items == ("消防器材", "无障碍设施", "会员档案更新") and march.items_from == dt.date(2026, 2, 5)
    path, _ = write_checklist_pdf(march, tmp_path)
    text = pdf_pages(path)[0]
    assert "无障碍设施" in text and "消防器材" in text and "设施设备及维护" not in text
    path, _ = write_checklist_pdf(checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY), tmp_path, "again.pdf")
    assert "设施设备及维护" in pdf_pages(path)[1] and "无障碍设施" not in pdf_pages(path)[1]


def test_a_bad_item_list_is_refused_and_nothing_saved(january: Store) -> None:
    for items, message in (([], "至少要有一项"), (["安全", " "], "第2项检查事项是空的"), (["安全", "安全"], "重复")):
        with pytest.raises(InputError, match=message), january.transaction():
            save_checklist_items(january, items, dt.date(2026, 1, 1))
    assert january.scalar("SELECT count(*) FROM checklist_item_lists") == 0


def test_the_last_visit_and_each_open_problem_with_a_line_for_the_recheck(january: Store, tmp_path: Path) -> None:
    chen, pingshan = people.find_member(january, "陈志强"), people.find_centre(january, "平山街道康园中心")
    with january.transaction():
        log_contact_entered(january, chen, pingshan, dt.date(2025, 11, 20), "onsite", "查看手工课。")
        log_contact_entered(
            january, chen, pingshan, dt.date(2025, 12, 10), "onsite", "查看消防通道。", problems="通道堆放杂物", late=9
        )
    data = checklist_data(january, JAN, "陈志强", CHECKLIST_TODAY)
    last = data.pairings[1].last_visit
    assert last is not None and (last.date, last.problems, last.backfilled) == (
        dt.date(2025, 12, 10),
        "通道堆放杂物",
        True,
    )
    path, _ = write_checklist_pdf(data, tmp_path)
    text = pdf_pages(path)[1]
    assert "上次到岗" in text and "2025年12月10日：查看消防通道；发现问题：通道堆放杂物" in text
    assert "复查结果：" in text and "问题18：灭火器过期未更换（2026年1月14日发现）" in text
    assert text.count("补录") == 3  # 1月20日's contact, the last visit, the note saying what 补录 means
    assert "此前没有到岗记录" in pdf_pages(path)[0]  # 梁化 was never visited


def test_pages_render_with_chinese(january: Store, tmp_path: Path, render_pages: Any) -> None:
    path, _ = write_checklist_pdf(checklist_data(january, JAN, today=CHECKLIST_TODAY), tmp_path)
    for png in render_pages(path):
        assert png.stat().st_size > 10_000
