"""The monthly checklist (挂钩联系工作月度清单): its data, and the PDF read back with pypdf and rendered.

A hand-made January 2026 (weeks by their Thursday: W01 runs from Monday 29 December 2025
to Sunday 4 January 2026, W05 from 26 January to 1 February) with three pairings that owe
something in it and one that owes nothing; the demo database for the reminders of the
months that end a quarter and for a whole county's month.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.checklist import QR_SIZE, REC_NOTE, WEEK_EDGES, X1, qr_payload, write_checklist
from hdrectify.printing.fonts import register
from hdrectify.printing.formcanvas import _Page
from hdrectify.printing.qr import qr_operators
from hdrectify.store import ledger, people, records
from hdrectify.store.base import Row, Store
from hdrectify.store.checklist import (
    ChecklistData,
    checklist_data,
    latest_checklist_items,
    save_checklist_items,
)
from hdrectify.store.demo import build_demo

JAN = Period(Kind.MONTH, 2026, 1)
TODAY = dt.date(2026, 2, 10)
NOTE_X = WEEK_EDGES[3] + 5 + REC_NOTE  # where a logged contact's note starts
FEDERATION = "惠东县残疾人联合会"
LONG_NOTE = (
    "电话联系中心负责人，了解本周康复训练和手工课开展情况：本周共有十二名会员参加康复训练，"
    "其中三名新入会员由社工一对一指导；手工课完成中国结二十个，准备在元旦义卖。负责人反映"
    "中心的电动轮椅充电器老化，需要更换，已建议向镇残联提出申请；另外提醒中心做好冬季防寒保暖，"
    "检查取暖设备用电安全，并把会员健康观察记录补充完整，下次到岗时一并查看台账和记录。"
)


def _contact(
    store: Store, member: Row, centre: Row, day: dt.date, method: str, note: str, *, late: int = 0, problems: str = ""
) -> Row:
    """A contact entered ``late`` days after its date (more than 7 is 补录)."""
    row = records.log_contact(store, member, centre, day, method, note, problems)
    stamp = f"{day + dt.timedelta(days=late)}T18:30:00+08:00"
    return store.update("contacts", row["id"], {"recorded_at": stamp})


@pytest.fixture
def january(store: Store) -> Store:
    """陈志强 with 平山 (all month) and 梁化 (ended 6 January: owes W01 only), 李秀英 with 白花
    (nothing logged; W04 exempt for all), 张丽华 with 稔山 (ended 31 December: owes nothing)."""
    with store.transaction():
        store.set_setting("federation_name", FEDERATION)
        pingshan = people.add_centre(
            store, "平山街道康园中心", "平山街道", contact_person="黄淑贞", contact_phone="0752-8812345"
        )
        baihua = people.add_centre(store, "白花镇康园中心", "白花镇")
        lianghua = people.add_centre(store, "梁化镇康园中心", "梁化镇")
        renshan = people.add_centre(store, "稔山镇康园中心", "稔山镇")
        chen, li = people.add_member(store, "陈志强"), people.add_member(store, "李秀英")
        zhang, huang = people.add_member(store, "张丽华"), people.add_member(store, "黄伟明")
        start = dt.date(2025, 10, 1)
        people.add_pairing(store, chen, pingshan, start)
        people.add_pairing(store, chen, lianghua, start, dt.date(2026, 1, 6))
        people.add_pairing(store, li, baihua, start)
        people.add_pairing(store, zhang, renshan, start, dt.date(2025, 12, 31))
        people.add_pairing(store, huang, renshan, dt.date(2026, 2, 2))  # W05 ends on 1 February
        _contact(store, chen, pingshan, dt.date(2025, 12, 30), "phone", "电话了解元旦活动安排。")
        _contact(store, chen, pingshan, dt.date(2026, 1, 6), "wechat", LONG_NOTE)
        visit = _contact(
            store,
            chen,
            pingshan,
            dt.date(2026, 1, 14),
            "onsite",
            "到中心查看康复训练，会员 12 人。",
            problems="灭火器过期未更换",
        )
        _contact(store, chen, pingshan, dt.date(2026, 1, 20), "meeting", "参加镇残联工作例会。", late=16)
        _contact(store, chen, lianghua, dt.date(2026, 1, 2), "phone", "电话交接挂钩工作。")
        records.add_exemptions(store, None, None, "contact", dt.date(2026, 1, 19), dt.date(2026, 1, 25), "中心闭馆消杀")
        ledger.add_visit_problem(
            store,
            "灭火器过期未更换",
            centre_id=pingshan["id"],
            contact_id=visit["id"],
            found_on=dt.date(2026, 1, 14),
            measures=["联系镇政府更换过期灭火器"],
            deadline=dt.date(2026, 2, 13),
        )
        closed = ledger.add_visit_problem(
            store,
            "无障碍坡道扶手松动",
            centre_id=pingshan["id"],
            contact_id=None,
            found_on=dt.date(2025, 12, 3),
            measures=["维修扶手"],
        )
        measure = store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [closed["id"]])
        ledger.close_measure(store, measure, dt.date(2025, 12, 20), "已维修完毕")
        ledger.add_visit_problem(
            store, "白花镇档案缺失", centre_id=baihua["id"], contact_id=None, found_on=dt.date(2025, 12, 3)
        )
    return store


def _write(data: ChecklistData, tmp_path: Path, name: str = "checklist.pdf") -> tuple[Path, int]:
    path = tmp_path / name
    return path, write_checklist(data, path, FEDERATION, TODAY)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _strings(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(x, y, font size, text) of each string drawn on the page itself (not inside a form)."""
    found: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip() and cm == [1.0, 0.0, 0.0, 1.0, 0.0, 0.0] and tm[5] > 0:
            found.append((tm[4], tm[5], size, text.strip()))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


# -- the data ---------------------------------------------------------------------------------
def test_the_month_is_its_weeks_by_thursday_and_every_pairing_that_owes_any_of_them(january: Store) -> None:
    data = checklist_data(january, JAN, today=TODAY)
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
    by_id = checklist_data(january, JAN, chen["id"], TODAY)
    by_name = checklist_data(january, JAN, "陈志强", TODAY)
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
        checklist_data(january, JAN, "无此人", TODAY)
    with pytest.raises(InputError, match=r"^2019年3月没有需要完成的挂钩：.*hdrectify pair"):
        checklist_data(january, Period(Kind.MONTH, 2019, 3), today=TODAY)
    with pytest.raises(InputError, match=r"^党员“黄伟明”2026年1月没有需要完成的挂钩"):
        checklist_data(january, JAN, "黄伟明", TODAY)  # paired only from 2 February
    with pytest.raises(InputError, match="按月份"):
        checklist_data(january, Period(Kind.QUARTER, 2026, 1), today=TODAY)
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_path_is_an_input_error_and_leaves_nothing(january: Store, tmp_path: Path) -> None:
    data = checklist_data(january, JAN, today=TODAY)
    with pytest.raises(InputError, match=r"无法写入.*请检查文件夹是否存在、是否有写权限"):
        write_checklist(data, tmp_path / "no" / "such" / "x.pdf", FEDERATION, TODAY)
    with pytest.raises(InputError, match="无法写入"):
        write_checklist(data, tmp_path, FEDERATION, TODAY)  # a folder, not a file
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root may write anywhere
            with pytest.raises(InputError, match="无法写入"):
                write_checklist(data, locked / "x.pdf", FEDERATION, TODAY)
    finally:
        locked.chmod(0o700)
    assert [p.name for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".part")] == []


# -- the PDF ------------------------------------------------------------------------------------
def test_the_pdf_says_everything_in_chinese(january: Store, tmp_path: Path) -> None:
    path, pages = _write(checklist_data(january, JAN, today=TODAY), tmp_path)
    assert pages == 3 == len(PdfReader(path).pages)  # one page per pairing
    li, lianghua, pingshan = _pages(path)
    for text in (li, pingshan, lianghua):
        for words in (FEDERATION, "挂钩联系工作月度清单", "2026年1月", "挂钩党员", "康园中心", "所在镇（街道）"):
            assert words in text
        for week in ("2025年12月29日", "至 2026年1月4日", "2026年1月26日", "至 2026年2月1日", "2026-W01", "第5周"):
            assert week in text
        for label in ("二、本月到岗", "到岗日期", "三、中心待整改事项", "打印日期：2026年2月10日", "填表说明"):
            assert label in text
        assert "季度汇报提醒" not in text and "年度考评提醒" not in text
    assert "陈志强" in pingshan and "平山街道康园中心" in pingshan and "平山街道" in pingshan
    assert "黄淑贞" in pingshan and "0752-8812345" in pingshan
    assert "李秀英" in li and "白花镇康园中心" in li and "白花镇" in li
    for logged in ("2025年12月30日", "电话", "电话了解元旦活动安排。", "2026年1月20日", "会议", "参加镇残联工作例会。"):
        assert logged in pingshan
    assert pingshan.count("补录") == 2  # the 1月20日 record's tag, and the note that says what 补录 means
    assert "到中心查看康复训练，会员 12 人。" in pingshan and "灭火器过期未更换" in pingshan
    for label in ("本月已到岗", "查看情况", "发现问题", "党员签名：", "中心负责人签名：", "日期："):
        assert label in pingshan  # the visit form, with lines to sign
    # January is over on 10 February: 白花's missed weeks and visit say so, with nothing to fill in
    assert li.count("未完成：本周没有联系记录") == 4 and "未完成：本月没有到岗记录" in li
    assert "党员签名" not in li and "方式：" not in li and "党员签名" not in lianghua  # 梁化 owes no visit
    assert "问题18：灭火器过期未更换" in pingshan and "措施1：联系镇政府更换过期灭火器" in pingshan
    assert "2026年2月13日" in pingshan and "无障碍坡道扶手松动" not in pingshan
    assert "问题20：白花镇档案缺失" in li and "免：中心闭馆消杀（本周无需联系）" in li
    assert "不在挂钩期内（挂钩自2025年10月1日起，至2026年1月6日止）" in lianghua
    assert "本月不需到岗（挂钩至2026年1月6日止）" in lianghua
    assert "该中心目前没有待整改事项" in lianghua
    for n, text in enumerate((li, lianghua, pingshan), start=1):
        assert f"第 {n} 页" in text and "/ 共 3 页" in text


def test_only_one_members_pairings(january: Store, tmp_path: Path) -> None:
    path, pages = _write(checklist_data(january, JAN, "陈志强", TODAY), tmp_path)
    text = "\n".join(_pages(path))
    assert pages == 2 and "陈志强" in text and "李秀英" not in text and "白花镇康园中心" not in text


def test_a_long_note_wraps_inside_its_column(january: Store, tmp_path: Path) -> None:
    path, _ = _write(checklist_data(january, JAN, "陈志强", TODAY), tmp_path)
    register()
    lines = _lines(path, 1, NOTE_X)  # 梁化 (liang) comes before 平山 (ping)
    start = next(i for i, (_x, _y, _size, text) in enumerate(lines) if LONG_NOTE.startswith(text))
    note: list[tuple[float, float, float, str]] = []
    for line in lines[start:]:
        if not LONG_NOTE.startswith("".join(text for *_, text in note) + line[3]):
            break
        note.append(line)
    assert "".join(text for *_, text in note) == LONG_NOTE and len(note) >= 5  # all of it, on lines one under another
    assert [y for _x, y, _size, _text in note] == sorted({y for _x, y, _size, _text in note}, reverse=True)
    for x, _y, size, text in note:
        assert x + stringWidth(text, "NotoSansSC", size) <= X1 - 20, f"“{text}” runs past its column"


def _lines(path: Path, page: int, x: float) -> list[tuple[float, float, float, str]]:
    """The lines of text that start at ``x`` on the page, top to bottom (pieces on one baseline joined)."""
    lines: list[tuple[float, float, float, str]] = []
    for sx, y, size, text in _strings(path, page):
        if lines and lines[-1][1] == y and (abs(sx - x) < 0.5 or sx == lines[-1][0]):
            lines[-1] = (lines[-1][0], y, size, lines[-1][3] + text)
        elif abs(sx - x) < 0.5:
            lines.append((sx, y, size, text))
    return lines


def test_a_week_too_long_for_one_page_flows_on_under_the_tables_header(january: Store, tmp_path: Path) -> None:
    chen, pingshan = people.find_member(january, "陈志强"), people.find_centre(january, "平山街道康园中心")
    with january.transaction():
        for day in (5, 7, 8, 9, 10, 11):
            _contact(january, chen, pingshan, dt.date(2026, 1, day), "phone", f"{day}日：{LONG_NOTE}")
    path, pages = _write(checklist_data(january, JAN, "陈志强", TODAY), tmp_path)
    texts = _pages(path)
    assert pages == len(texts) == 3  # 平山 takes two pages now, 梁化 still one
    assert "挂钩联系工作月度清单（续）" in texts[2] and "陈志强 · 平山街道康园中心 · 2026年1月" in texts[2]
    assert "周次" in texts[2] and "联系情况" in texts[2]  # the table's header again
    assert "第 3 页" in texts[2] and "/ 共 3 页" in texts[2]
    notes = "".join(text for page in range(1, 3) for *_, text in _lines(path, page, NOTE_X))
    for day in (5, 7, 8, 9, 10, 11):
        assert f"{day}日：{LONG_NOTE}" in notes  # whole, across the page break too
    for page in range(1, 3):
        for x, _y, size, text in _lines(path, page, NOTE_X):
            assert x + stringWidth(text, "NotoSansSC", size) <= X1 - 20, text


def test_qr_code_on_every_page_holds_the_pairing_and_month(january: Store, tmp_path: Path, render_pages: Any) -> None:
    """Each page's QR code is read back from the rendered page by a real decoder (zxing-cpp)."""
    data = checklist_data(january, JAN, today=TODAY)
    path, _ = _write(data, tmp_path)
    pid = data.pairings[0].pairing_id
    assert qr_payload(pid, "2026-01") == f"hdrectify:checklist:{pid}:2026-01"
    dpi = 150
    pngs = render_pages(path, dpi)
    assert len(pngs) == len(data.pairings)
    for png, pairing in zip(pngs, data.pairings, strict=True):
        with Image.open(png) as page:
            grey = page.convert("L")
        # zxing-cpp's stub wants BarcodeFormats; one BarcodeFormat is what its documentation passes, and works
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
        assert [code.text for code in found] == [qr_payload(pairing.pairing_id, "2026-01")], png.name
        code = found[0]
        assert code.ec_level == "M"
        corners = [code.position.top_left, code.position.top_right, code.position.bottom_right]
        corners += [code.position.bottom_left]
        xs, ys = [c.x for c in corners], [c.y for c in corners]
        size = QR_SIZE * dpi / 72  # 16 mm wide, in pixels
        assert abs(max(xs) - min(xs) - size) < 4 and abs(max(ys) - min(ys) - size) < 4
        assert abs(max(xs) - X1 * dpi / 72) < 4  # its right edge on the text's right margin
        quiet = round(4 * size / 37)  # four modules of a version-5 code (37 modules) stay white around it
        left, top, right, bottom = min(xs) - quiet, min(ys) - quiet, max(xs) + quiet, max(ys) + quiet
        luma = grey.tobytes()  # one byte a pixel ("L"), row by row
        ring = [
            luma[y * grey.width + x]
            for x in range(left, right + 1)
            for y in range(top, bottom + 1)
            if not (left + quiet - 1 <= x <= right - quiet + 1 and top + quiet - 1 <= y <= bottom - quiet + 1)
        ]
        assert min(ring) > 200, f"something drawn in the quiet zone of the QR code on {png.name}"


def test_an_unreadable_qr_code_is_caught(tmp_path: Path) -> None:
    """The decoder does fail on a damaged code, so the test above cannot pass by reading nothing."""
    from reportlab.pdfgen.canvas import Canvas

    payload = qr_payload("8d6f1c3e-2b1a-4c5d-9e8f-7a6b5c4d3e2f", "2026-01")
    for damaged in (False, True):
        pdf = tmp_path / f"qr-{damaged}.pdf"
        c = Canvas(str(pdf), pagesize=(200, 200))
        c.addLiteral(qr_operators(payload, 50, 50, 100))
        if damaged:  # a white band over a third of the symbol
            c.setFillGray(1)
            c.rect(50, 80, 100, 35, stroke=0, fill=1)
        c.save()
        png = tmp_path / f"qr-{damaged}"
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(png)], check=True)
        with Image.open(png.with_suffix(".png")) as image:
            texts = [code.text for code in zxingcpp.read_barcodes(image.convert("L"))]
        assert texts == ([] if damaged else [payload])


def test_every_page_renders_with_ink(january: Store, tmp_path: Path, assert_not_blank: Any) -> None:
    path, pages = _write(checklist_data(january, JAN, today=TODAY), tmp_path)
    assert len(assert_not_blank(path)) == pages


def test_wrapping_keeps_latin_words_and_punctuation(tmp_path: Path) -> None:
    fonts = _Page()
    lines = fonts.wrap("会员 Wang Xiaoming 参加了 rehabilitation 训练，效果良好。" * 3, fonts.r, 9, 120)
    assert "".join(lines).replace(" ", "") == ("会员WangXiaoming参加了rehabilitation训练，效果良好。" * 3)
    assert all(fonts.width(line, fonts.r, 9) <= 120 for line in lines)
    assert not any(line[:1] in "，。" for line in lines)
    for word in ("Wang", "Xiaoming", "rehabilitation"):
        assert all(word in line or word not in line.replace(" ", "") for line in lines)


# -- a realistic county (the demo database) -----------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "hdrectify-demo.db"
    build_demo(path, dt.date(2026, 11, 25))
    return path


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
        data = checklist_data(store, Period.parse(month, Kind.MONTH), today=dt.date(2026, 11, 25))
    kinds = {tuple(r.obligation for r in p.reminders) for p in data.pairings}
    expected = tuple(ob for ob, on in ((Obligation.REPORT, report), (Obligation.REVIEW, review)) if on)
    assert kinds == {expected}
    path, _ = _write(data, tmp_path)
    text = "\n".join(_pages(path))
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
        data = checklist_data(store, Period(Kind.MONTH, 2026, 10), today=dt.date(2026, 11, 25))
        federation = store.setting("federation_name")
    path = tmp_path / "county.pdf"
    pages = write_checklist(data, path, federation, dt.date(2026, 11, 25))
    assert len(data.pairings) == 17 and pages == 17
    texts = _pages(path)
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
    data = checklist_data(january, JAN, "陈志强", TODAY)
    assert data.items == DEFAULT_ITEMS and data.items_from is None
    path, pages = _write(data, tmp_path)
    pingshan = _pages(path)[1]
    assert pages == 2  # 平山, with its long note, the items and an open problem, is still one sheet
    for words in ("到岗检查事项", "是", "否", "发现情况", *DEFAULT_ITEMS):
        assert words in pingshan


def test_an_edited_list_prints_from_the_month_it_was_in_force(january: Store, tmp_path: Path) -> None:
    with january.transaction():
        assert save_checklist_items(january, ["  消防器材 ", "无障碍设施", "会员档案更新"], dt.date(2026, 2, 5))
        assert not save_checklist_items(january, ["消防器材", "无障碍设施", "会员档案更新"], dt.date(2026, 2, 6))
    assert latest_checklist_items(january) == ("消防器材", "无障碍设施", "会员档案更新")
    # January (and February, begun before the edit) keep the list they were printed with
    assert checklist_data(january, JAN, today=TODAY).items == DEFAULT_ITEMS
    assert checklist_data(january, Period(Kind.MONTH, 2026, 2), today=TODAY).items == DEFAULT_ITEMS
    march = checklist_data(january, Period(Kind.MONTH, 2026, 3), "陈志强", dt.date(2026, 3, 2))
    assert march.items == ("消防器材", "无障碍设施", "会员档案更新") and march.items_from == dt.date(2026, 2, 5)
    path, _ = _write(march, tmp_path)
    text = _pages(path)[0]
    assert "无障碍设施" in text and "消防器材" in text and "设施设备及维护" not in text
    path, _ = _write(checklist_data(january, JAN, "陈志强", TODAY), tmp_path, "again.pdf")
    assert "设施设备及维护" in _pages(path)[1] and "无障碍设施" not in _pages(path)[1]


def test_a_bad_item_list_is_refused_and_nothing_saved(january: Store) -> None:
    for items, message in (([], "至少要有一项"), (["安全", " "], "第2项检查事项是空的"), (["安全", "安全"], "重复")):
        with pytest.raises(InputError, match=message), january.transaction():
            save_checklist_items(january, items, dt.date(2026, 1, 1))
    assert january.scalar("SELECT count(*) FROM checklist_item_lists") == 0


def test_the_last_visit_and_each_open_problem_with_a_line_for_the_recheck(january: Store, tmp_path: Path) -> None:
    chen, pingshan = people.find_member(january, "陈志强"), people.find_centre(january, "平山街道康园中心")
    with january.transaction():
        _contact(january, chen, pingshan, dt.date(2025, 11, 20), "onsite", "查看手工课。")
        _contact(
            january, chen, pingshan, dt.date(2025, 12, 10), "onsite", "查看消防通道。", problems="通道堆放杂物", late=9
        )
    data = checklist_data(january, JAN, "陈志强", TODAY)
    last = data.pairings[1].last_visit
    assert last is not None and (last.date, last.problems, last.backfilled) == (
        dt.date(2025, 12, 10),
        "通道堆放杂物",
        True,
    )
    path, _ = _write(data, tmp_path)
    text = _pages(path)[1]
    assert "上次到岗" in text and "2025年12月10日：查看消防通道；发现问题：通道堆放杂物" in text
    assert "复查结果：" in text and "问题18：灭火器过期未更换（2026年1月14日发现）" in text
    assert text.count("补录") == 3  # 1月20日's contact, the last visit, the note saying what 补录 means
    assert "此前没有到岗记录" in _pages(path)[0]  # 梁化 was never visited


def test_pages_render_with_chinese(january: Store, tmp_path: Path, render_pages: Any) -> None:
    path, _ = _write(checklist_data(january, JAN, today=TODAY), tmp_path)
    for png in render_pages(path):
        assert png.stat().st_size > 10_000
