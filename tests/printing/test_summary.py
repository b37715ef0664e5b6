"""The quarterly summary (季度挂钩联系工作汇总): its data, the PDF and the workbook, read back.

Two databases: the demo (a realistic year, compared with the cadence engine) and a
small hand-made quarter whose every count is worked out below by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.domain.cadence import Obligation, Status, totals
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import percent as pct
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store import ledger, people, records
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.demo import build_demo
from hdrectify.store.summary import SummaryData, summary_data

TODAY = dt.date(2026, 11, 25)
Q1 = Period(Kind.QUARTER, 2024, 1)
AS_OF = dt.date(2024, 4, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "hdrectify-demo.db"
    build_demo(path, TODAY)
    return path


def _demo_data(demo: Path, quarter: str) -> tuple[SummaryData, str]:
    with Store.open(demo) as store:
        return summary_data(store, Period.parse(quarter, Kind.QUARTER), TODAY), store.setting("federation_name")


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


# -- a hand-made quarter ---------------------------------------------------------------------------
#
# 2024-Q1 has 13 weeks (W01 starts Monday 1 January). Two pairings from 1 January:
#   王一—东山康园中心: a contact every week but W06 (exempt for all: 春节放假) and W10 (missed); on site
#     in January and March, not February → contact 11 done, 1 exempt, 1 missed; visit 2 done, 1 missed;
#     report on 8 April (on time) → done 14, exempt 1, missed 2: 14/16 = 87.5%.
#   李二—西河康园中心: contacts W01–W05 only (W06 exempt, W07–W13 missed), on site in January; March's
#     visit exempt (中心装修停业); report on 15 April (late, entered on 30 April: 补录)
#     → contact 5/1/7, visit 1 done, 1 exempt, 1 missed, report late → done 6, late 1, exempt 2,
#     missed 8: 7/15 = 46.7%.
#   All: done 20, late 1, exempt 3, missed 10 → 21/31 = 67.7%.
# 王一's W03 contact (17 January) was entered on 30 January: 补录. Problems found on visits: two in the
# quarter (one closed), one in April (not in the quarter's list). A review exemption is not listed.


def _evening(day: dt.date) -> str:
    return f"{day.isoformat()}T19:00:00+08:00"


def _contact(store: Store, member: dict, centre: dict, day: dt.date, method: str, entered: dt.date | None = None):
    row = records.log_contact(store, member, centre, day, method, note=f"{day.month}月{day.day}日联系")
    store.update("contacts", row["id"], {"recorded_at": _evening(entered or day)})
    return row


@pytest.fixture
def quarter_db(db_path: Path) -> Path:
    with Store.open(db_path) as store, store.transaction():
        east = people.add_centre(store, "东山康园中心", "东山镇")
        west = people.add_centre(store, "西河康园中心", "西河镇")
        wang = people.add_member(store, "王一")
        li = people.add_member(store, "李二")
        start = dt.date(2024, 1, 1)
        people.add_pairing(store, wang, east, start)
        people.add_pairing(store, li, west, start)
        weeks = Q1.subperiods(Kind.WEEK)
        assert len(weeks) == 13
        visits = {}
        for n, week in enumerate(weeks, start=1):
            day = week.first_day + dt.timedelta(days=2)  # Wednesdays
            if n not in (6, 10):
                method = "onsite" if n in (2, 11) else "phone"
                entered = day + dt.timedelta(days=13) if n == 3 else None
                visits[n] = _contact(store, wang, east, day, method, entered)
            if n <= 5:
                _contact(store, li, west, day, "onsite" if n == 1 else "wechat")
        records.add_exemptions(store, None, None, "contact", dt.date(2024, 2, 5), dt.date(2024, 2, 11), "春节放假")
        records.add_exemptions(store, li, west, "visit", dt.date(2024, 3, 1), dt.date(2024, 3, 31), "中心装修停业")
        records.add_exemptions(store, None, None, "review", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "考评改期")
        on_time = records.add_report(store, wang, east, Q1, dt.date(2024, 4, 8))
        store.update("reports", on_time["id"], {"recorded_at": _evening(dt.date(2024, 4, 8))})
        report = records.add_report(store, li, west, Q1, dt.date(2024, 4, 15), note="一季度汇报 <材料> & 照片")
        store.update("reports", report["id"], {"recorded_at": _evening(dt.date(2024, 4, 30))})
        ledger.add_visit_problem(
            store,
            "消防通道堆放杂物",
            centre_id=east["id"],
            contact_id=visits[2]["id"],
            found_on=dt.date(2024, 1, 10),
            measures=["督促中心清理通道"],
            deadline=dt.date(2024, 2, 10),
            person="王一",
        )
        closed = ledger.add_visit_problem(
            store,
            "无障碍扶手松动",
            centre_id=east["id"],
            contact_id=visits[11]["id"],
            found_on=dt.date(2024, 3, 13),
            measures=["联系镇残联维修扶手"],
        )
        measure = store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [closed["id"]])
        ledger.close_measure(store, measure, dt.date(2024, 3, 30), "已维修，到岗复查确认")
        ledger.add_visit_problem(
            store, "四月发现的问题", centre_id=east["id"], contact_id=None, found_on=dt.date(2024, 4, 3)
        )
        # carried over from the quarter before: one overdue, one not yet, one closed (not listed)
        ledger.add_visit_problem(
            store,
            "去年发现的台账缺页",
            centre_id=west["id"],
            contact_id=None,
            found_on=dt.date(2023, 12, 20),
            measures=["补齐会员档案"],
            deadline=dt.date(2024, 6, 30),
        )
        ledger.add_visit_problem(
            store,
            "去年发现的消防器材过期",
            centre_id=east["id"],
            contact_id=None,
            found_on=dt.date(2023, 12, 27),
            measures=["更换灭火器"],
            deadline=dt.date(2024, 1, 31),
        )
        old = ledger.add_visit_problem(
            store,
            "去年已整改的问题",
            centre_id=east["id"],
            contact_id=None,
            found_on=dt.date(2023, 11, 1),
            measures=["已处理"],
        )
        measure = store.scalar("SELECT id FROM ledger_measures WHERE problem_id = ?", [old["id"]])
        ledger.close_measure(store, measure, dt.date(2023, 11, 30), "已处理完毕")
        # part of 王一's missed W10 (4–10 March) was exempt: the week is still missed, with a note
        records.add_exemptions(store, wang, east, "contact", dt.date(2024, 3, 6), dt.date(2024, 3, 8), "外出培训")
        records.add_review(store, wang, east, Period(Kind.YEAR, 2024, 1), dt.date(2025, 1, 10), 88)
        store.set_setting("summary_preparer", "张小文")
        store.set_setting("summary_reviewer", "陈主任")
    return db_path


@pytest.fixture
def quarter_data(quarter_db: Path) -> SummaryData:
    with Store.open(quarter_db) as store:
        return summary_data(store, Q1, AS_OF)


def test_hand_made_counts(quarter_data: SummaryData) -> None:
    d = quarter_data
    by_member = {p.member: p for p in d.pairings}
    wang, li = by_member["王一"], by_member["李二"]
    c, v = Obligation.CONTACT, Obligation.VISIT
    assert (wang.by_obligation[c].done, wang.by_obligation[c].exempt, wang.by_obligation[c].missed) == (11, 1, 1)
    assert (wang.by_obligation[v].done, wang.by_obligation[v].exempt, wang.by_obligation[v].missed) == (2, 0, 1)
    assert (wang.report, wang.report_on, wang.report_backfilled) == (Status.DONE, dt.date(2024, 4, 8), False)
    assert wang.completion_rate == pytest.approx(14 / 16)
    assert (li.by_obligation[c].done, li.by_obligation[c].exempt, li.by_obligation[c].missed) == (5, 1, 7)
    assert (li.by_obligation[v].done, li.by_obligation[v].exempt, li.by_obligation[v].missed) == (1, 1, 1)
    assert (li.report, li.report_on, li.report_backfilled) == (Status.LATE, dt.date(2024, 4, 15), True)
    assert li.completion_rate == pytest.approx(7 / 15)
    t = d.totals
    assert (t.done, t.late, t.exempt, t.missed, t.due, t.upcoming) == (20, 1, 3, 10, 0, 0)
    assert t.completion_rate == pytest.approx(21 / 31)
    assert d.weeks == 13 and d.finished and d.members == 2
    assert [(x.centre, x.completion_rate) for x in d.centres] == [
        ("东山康园中心", pytest.approx(14 / 16)),
        ("西河康园中心", pytest.approx(7 / 15)),
    ]


def test_hand_made_records_problems_exemptions(quarter_data: SummaryData) -> None:
    d = quarter_data
    assert len(d.records) == 11 + 5 + 2
    assert sum(r.kind == "report" for r in d.records) == 2
    assert [(r.member, r.date, r.label_zh) for r in d.backfilled] == [
        ("王一", dt.date(2024, 1, 17), "电话"),
        ("李二", dt.date(2024, 4, 15), "季度汇报"),
    ]
    assert [(p.title, p.member, p.status) for p in d.problems] == [
        ("消防通道堆放杂物", "王一", MeasureStatus.OPEN),
        ("无障碍扶手松动", "王一", MeasureStatus.DONE),
    ]
    assert d.problems_done == 1
    assert [(e.scope_zh, e.obligation, e.reason, e.periods) for e in d.exemptions] == [
        ("所有挂钩", Obligation.CONTACT, "春节放假", 2),
        ("李二—西河康园中心", Obligation.VISIT, "中心装修停业", 1),
        ("王一—东山康园中心", Obligation.CONTACT, "外出培训", 0),
    ]
    draft = d.draft()
    for part in (
        "2024年第1季度",
        # the centres paired, not "the county's": the county has more centres than these two
        "2024年第1季度，2个康园中心由2名党员挂钩联系",
        "应完成每周联系24次，已完成16次，未完成8次，另有2次因故免除",
        "每月到岗应完成5次，已完成3次，未完成2次，另有1次因故免除",
        "季度汇报应提交2份，按时提交1份，逾期提交1份，未提交0份",
        "总体完成率为67.7%",
        "发现问题2个，已整改1个，尚未整改完成1个",
        "补录记录2条",
        "统计截至2024年4月20日",
    ):
        assert part in draft


def test_hand_made_pdf(assert_not_blank, quarter_data: SummaryData, tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    pages = write_summary_pdf(quarter_data, pdf, "测试县残疾人联合会", today=dt.date(2024, 4, 21))
    assert pages == len(PdfReader(pdf).pages) >= 1
    text = _text(pdf)
    for part in (
        "2024年第1季度挂钩联系工作汇总",
        "测试县残疾人联合会",
        "统计截至：2024年4月20日",
        "王一",
        "李二",
        "东山康园中心",
        "西河镇",
        "87.5%",
        "46.7%",
        "67.7%",
        "逾期完成（4月15日，补录）",
        "已完成（4月8日）",
        "消防通道堆放杂物",
        "督促中心清理通道",
        "无障碍扶手松动",
        "春节放假",
        "中心装修停业",
        "所有挂钩",
        "补录",
        "2024年1月30日",  # when the backfilled contact was entered
        "打印日期：2024年4月21日",
    ):
        assert part in text, part
    assert "考评改期" not in text  # a review exemption is not the quarter's
    assert "全县" not in text
    assert "四月发现的问题" not in text
    # the bar chart: each centre's name is printed in the table and again as a bar's label, with the 90% line
    assert text.count("东山康园中心") >= 3  # table, chart, problems
    assert text.count("西河康园中心") >= 2
    assert "90%" in text and "100%" in text
    assert_not_blank(pdf)


def test_hand_made_xlsx(quarter_data: SummaryData, tmp_path: Path) -> None:
    path = tmp_path / "summary.xlsx"
    written = write_summary_xlsx(quarter_data, path)
    wb = openpyxl.load_workbook(path)
    summary, pairings, recs, problems, exemptions = (wb[n] for n in ("统计", "挂钩", "记录", "问题", "免除"))
    for ws in wb.worksheets[1:]:  # the data sheets; 汇总 is the page to print
        assert ws.freeze_panes == "A2"
        assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.endswith("E8EDF3")
        assert all(ws.column_dimensions[letter].width >= 6 for letter in "ABCDE")
    # 统计: 合计, three obligations, two centres; notes below the table
    assert [c.value for c in summary[1]][:4] == ["类别", "项目", "镇（街道）", "应完成"]
    assert [summary.cell(r, 2).value for r in range(2, 8)] == [
        "全部义务",
        "每周联系",
        "每月到岗",
        "季度汇报",
        "东山康园中心",
        "西河康园中心",
    ]
    rate = summary["J2"]
    assert isinstance(rate.value, float) and rate.value == pytest.approx(21 / 31) and "%" in rate.number_format
    assert [summary.cell(2, col).value for col in range(4, 10)] == [31, 20, 1, 10, 0, 3]
    notes = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(9, summary.max_row + 1)}
    assert notes["季度"] == "2024年第1季度"
    assert notes["统计截至"].date() == AS_OF
    assert "总体完成率为67.7%" in notes["汇总说明"]
    # 挂钩: one row per pairing
    headers = [c.value for c in pairings[1]]
    assert headers[:4] == ["序号", "党员", "康园中心", "镇（街道）"] and headers[-1] == "完成率"
    assert pairings.max_row == 1 + 2
    rows = {r[1]: dict(zip(headers, r, strict=True)) for r in pairings.iter_rows(min_row=2, values_only=True)}
    assert rows["王一"]["联系·已完成"] == 11 and rows["王一"]["到岗·未完成"] == 1
    assert rows["李二"]["季度汇报"] == "逾期完成" and rows["李二"]["汇报补录"] == "是"
    assert rows["李二"]["完成率"] == pytest.approx(7 / 15)
    start = pairings.cell(2, headers.index("挂钩开始") + 1)
    assert start.value.date() == dt.date(2024, 1, 1) and "yyyy" in start.number_format
    # 记录: every record, 补录 是/否
    assert [c.value for c in recs[1]] == [
        "日期",
        "党员",
        "康园中心",
        "镇（街道）",
        "类型",
        "方式",
        "内容",
        "发现问题",
        "登记日期",
        "补录",
    ]
    assert recs.max_row == 1 + 18
    values = list(recs.iter_rows(min_row=2, values_only=True))
    assert sum(1 for r in values if r[9] == "是") == 2 and sum(1 for r in values if r[9] == "否") == 16
    assert isinstance(recs["A2"].value, dt.datetime) and "m" in recs["A2"].number_format
    assert any(r[6] == "一季度汇报 <材料> & 照片" for r in values)
    # 问题: one row per measure
    assert problems.max_row == 1 + 2
    assert [problems.cell(r, 6).value for r in (2, 3)] == ["消防通道堆放杂物", "无障碍扶手松动"]
    assert [problems.cell(r, 7).value for r in (2, 3)] == ["未开始", "已完成"]
    # 免除
    assert exemptions.max_row == 1 + 3
    assert [exemptions.cell(r, 7).value for r in (2, 3, 4)] == ["春节放假", "中心装修停业", "外出培训"]
    assert written == 6 + 2 + 2 + 13 + 18 + 2 + 3 + 6  # 签字清单: two pairings × three owed months


def test_quarter_without_pairings_is_refused(quarter_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    with Store.open(quarter_db) as store, pytest.raises(InputError, match="2023年第1季度没有挂钩关系"):
        write_summary_pdf(summary_data(store, Period(Kind.QUARTER, 2023, 1), AS_OF), out, "残联")
    assert not out.exists()
    with Store.open(quarter_db) as store, pytest.raises(InputError, match="不是季度"):
        summary_data(store, Period(Kind.MONTH, 2024, 1), AS_OF)


@pytest.mark.parametrize("suffix", ["pdf", "xlsx"])
def test_unwritable_path(quarter_data: SummaryData, tmp_path: Path, suffix: str) -> None:
    def write(path: Path) -> None:
        if suffix == "pdf":
            write_summary_pdf(quarter_data, path, "残联")
        else:
            write_summary_xlsx(quarter_data, path)

    missing = tmp_path / "没有这个文件夹" / f"summary.{suffix}"
    with pytest.raises(InputError, match="无法写入"):
        write(missing)
    assert not missing.parent.exists()
    folder = tmp_path / f"a-folder.{suffix}"  # a folder where the file should go
    folder.mkdir()
    with pytest.raises(InputError, match="无法写入"):
        write(folder)
    assert folder.is_dir() and not list(tmp_path.glob("*.part"))


def test_quarter_in_progress(quarter_db: Path, tmp_path: Path) -> None:
    """Part-way through the quarter: what is not yet due is counted apart and said so."""
    with Store.open(quarter_db) as store:
        data = summary_data(store, Q1, dt.date(2024, 2, 14))
    assert not data.finished
    report = data.by_obligation[Obligation.REPORT]
    assert (report.due, report.upcoming) == (2, 0)  # the quarter has begun: its report is due
    assert "季度汇报应提交2份，均未到提交期限" in data.draft()
    assert all(r.date <= dt.date(2024, 2, 14) for r in data.records)
    assert [p.title for p in data.problems] == ["消防通道堆放杂物"]
    pdf = tmp_path / "part.pdf"
    write_summary_pdf(data, pdf, "残联")
    text = _text(pdf)
    assert "本季度尚未结束" in text and "未到期" in text


# -- the demo database: the summary agrees with the cadence engine ---------------------------------


@pytest.mark.parametrize("quarter", ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
def test_demo_counts_equal_the_engines(demo: Path, quarter: str) -> None:
    period = Period.parse(quarter, Kind.QUARTER)
    with Store.open(demo) as store:
        data = summary_data(store, period, TODAY)
        view = cadence_view(store, period, TODAY)
    rows = view.rows()
    assert data.totals == totals(rows)
    for ob in (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT):
        assert data.by_obligation[ob] == totals(r for r in rows if r.obligation is ob)
    for p in data.pairings:
        mine = [r for r in rows if r.pairing_id == p.pairing_id]
        assert p.totals == totals(mine)
        assert p.by_obligation[Obligation.VISIT] == totals(r for r in mine if r.obligation is Obligation.VISIT)
    assert {p.pairing_id for p in data.pairings} == {r.pairing_id for r in rows}
    assert len(data.centres) == 17
    rates = [c.completion_rate for c in data.centres if c.completion_rate is not None]
    assert len(rates) == 17 and rates == sorted(rates, reverse=True)


def test_demo_pdf(assert_not_blank, demo: Path, tmp_path: Path) -> None:
    data, federation = _demo_data(demo, "2026-Q1")
    pdf = tmp_path / "demo.pdf"
    pages = write_summary_pdf(data, pdf, federation, today=TODAY)
    assert pages >= 3
    text = _text(pdf)
    assert "2026年第1季度挂钩联系工作汇总" in text and federation in text
    assert "统计期间：2026年1月1日至2026年3月31日" in text
    for p in data.pairings:
        assert p.member in text and p.centre in text
        assert pct(p.completion_rate) in text
    assert f"总体完成率为{pct(data.totals.completion_rate)}" in text.replace("\n", "")
    for c in data.centres:
        assert text.count(c.centre) >= 2  # in the table and as a bar's label
    for e in data.exemptions:
        assert e.reason in text
    assert data.problems and all(p.title in text for p in data.problems)
    assert data.backfilled and "补录" in text
    assert_not_blank(pdf)


def test_demo_pdf_with_a_handover(assert_not_blank, demo: Path, tmp_path: Path) -> None:
    """吉隆 changed hands on 1 June: two rows, each saying which part of the quarter it covers."""
    data, federation = _demo_data(demo, "2026-Q2")
    assert len(data.pairings) == 18 and len(data.centres) == 17
    pdf = tmp_path / "q2.pdf"
    write_summary_pdf(data, pdf, federation, today=TODAY)
    text = _text(pdf)
    assert "（至5月31日）" in text and "（6月1日起）" in text and "不需提交" in text
    assert_not_blank(pdf)


def test_demo_xlsx_rows_equal_the_data(demo: Path, tmp_path: Path) -> None:
    data, federation = _demo_data(demo, "2026-Q3")
    path = tmp_path / "q3.xlsx"
    write_summary_xlsx(data, path, federation)
    wb = openpyxl.load_workbook(path)
    assert wb["挂钩"].max_row == 1 + len(data.pairings)
    assert wb["记录"].max_row == 1 + len(data.records)
    assert wb["问题"].max_row == 1 + sum(max(1, len(p.measures)) for p in data.problems)
    assert wb["免除"].max_row == 1 + len(data.exemptions)
    summary = wb["统计"]
    assert summary.cell(2 + 3 + len(data.centres), 1).value == "康园中心"
    assert summary.cell(2 + 3 + len(data.centres) + 1, 1).value is None
    notes = [summary.cell(r, 2).value for r in range(summary.max_row - 5, summary.max_row + 1)]
    assert federation in notes
    # column widths follow the text: the centre column fits its longest name (CJK counts double)
    longest = max(len(c.centre) for c in data.centres)
    assert wb["挂钩"].column_dimensions["C"].width >= 2 * longest


# -- what the clerk files: 未完成明细, problems carried over, 落款, per-member totals, the year ---------


def test_missed_detail_lists_each_missed_and_exempt_period(quarter_data: SummaryData) -> None:
    rows = [(m.member, m.obligation, m.period_zh, m.status, m.note) for m in quarter_data.missed]
    c, v = Obligation.CONTACT, Obligation.VISIT
    assert [r for r in rows if r[0] == "王一"] == [
        ("王一", c, "第6周（2月5日—2月11日）", Status.EXEMPT, "春节放假（2024年2月5日至2024年2月11日）"),
        ("王一", c, "第10周（3月4日—3月10日）", Status.MISSED, "部分时间免除：外出培训（2024年3月6日至2024年3月8日）"),
        ("王一", v, "2月", Status.MISSED, ""),
    ]
    li = [r for r in rows if r[0] == "李二"]
    assert li[0] == ("李二", c, "第6周（2月5日—2月11日）", Status.EXEMPT, "春节放假（2024年2月5日至2024年2月11日）")
    assert [r[2] for r in li if r[1] is c and r[3] is Status.MISSED] == [
        f"第{n}周（{a}）"
        for n, a in zip(
            range(7, 14),
            [
                "2月12日—2月18日",
                "2月19日—2月25日",
                "2月26日—3月3日",
                "3月4日—3月10日",
                "3月11日—3月17日",
                "3月18日—3月24日",
                "3月25日—3月31日",
            ],
            strict=True,
        )
    ]
    assert ("李二", v, "3月", Status.EXEMPT, "中心装修停业（2024年3月1日至2024年3月31日）") in rows
    # as many as the counts say
    assert sum(m.status is Status.MISSED for m in quarter_data.missed) == quarter_data.totals.missed
    assert sum(m.status is Status.EXEMPT for m in quarter_data.missed) == quarter_data.totals.exempt


def test_open_problems_carried_over_overdue_first(quarter_data: SummaryData) -> None:
    carried = quarter_data.carried
    assert [p.title for p in carried] == ["去年发现的消防器材过期", "去年发现的台账缺页"]
    assert carried[0].overdue_days(AS_OF) == (AS_OF - dt.date(2024, 1, 31)).days
    assert carried[1].overdue_days(AS_OF) == 0
    assert "此前发现、尚未整改完成的问题2个，其中逾期1个" in quarter_data.draft()


def test_signoff_comes_from_the_settings(quarter_db: Path) -> None:
    with Store.open(quarter_db) as store:
        federation = store.setting("federation_name")
        data = summary_data(store, Q1, AS_OF)
        assert (data.signoff.unit, data.signoff.preparer, data.signoff.reviewer) == (federation, "张小文", "陈主任")
        with store.transaction():
            store.set_setting("summary_unit", "县残联办公室")
        assert summary_data(store, Q1, AS_OF).signoff.unit == "县残联办公室"


def test_member_totals_are_the_sums_of_their_pairings(demo: Path) -> None:
    for span in ("2026-Q2", "2026"):
        data, _ = _demo_data_span(demo, span)
        several = 0
        for m in data.member_totals:
            mine = [p for p in data.pairings if p.member == m.member]
            several += len(mine) > 1
            for field in ("done", "late", "exempt", "missed", "due", "upcoming"):
                assert getattr(m.totals, field) == sum(getattr(p.totals, field) for p in mine), (m.member, field)
                for ob in data.obligations:
                    got = getattr(m.by_obligation[ob], field)
                    assert got == sum(getattr(p.by_obligation[ob], field) for p in mine)
        assert several  # the demo has members with two centres
        assert {m.member for m in data.member_totals} == {p.member for p in data.pairings}


def _demo_data_span(demo: Path, span: str) -> tuple[SummaryData, str]:
    with Store.open(demo) as store:
        return summary_data(store, Period.parse(span), TODAY), store.setting("federation_name")


def test_hand_made_pdf_files_as_it_is(assert_not_blank, quarter_data: SummaryData, tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    write_summary_pdf(quarter_data, pdf, "测试县残疾人联合会", today=dt.date(2024, 4, 21))
    text = _text(pdf)
    flat = text.replace("\n", "")
    for part in (
        "未完成明细",
        "第10周（3月4日—3月10日）",
        "部分时间免除：外出培训",
        "中心装修停业",
        "以前发现、尚未整改完成的问题",
        "去年发现的消防器材过期",
        "逾期80天",
        "去年发现的台账缺页",
        "各党员完成情况",
        "填报单位：",
        "制表人：张小文",
        "审核人：陈主任",
        "日期：2024年4月21日",
    ):
        assert part in flat, part
    assert "去年已整改的问题" not in flat
    assert flat.index("去年发现的消防器材过期") < flat.index("去年发现的台账缺页")  # overdue first
    assert_not_blank(pdf)


def test_annual_summary(assert_not_blank, quarter_db: Path, tmp_path: Path) -> None:
    with Store.open(quarter_db) as store:
        data = summary_data(store, Period(Kind.YEAR, 2024, 1), dt.date(2025, 2, 10))
    assert data.annual and data.obligations == tuple(Obligation)
    by_member = {p.member: p for p in data.pairings}
    assert (by_member["王一"].review, by_member["王一"].score) == (Status.DONE, 88)
    assert (by_member["李二"].review, by_member["李二"].score) == (Status.EXEMPT, None)  # 考评改期
    assert data.by_obligation[Obligation.REPORT].missed == 6  # Q2–Q4, two pairings
    assert [p.title for p in data.problems] == ["消防通道堆放杂物", "无障碍扶手松动", "四月发现的问题"]
    assert "年度考评应完成" in data.draft() and "本年度" in data.draft()
    pdf = tmp_path / "year.pdf"
    write_summary_pdf(data, pdf, "测试县残疾人联合会", today=dt.date(2025, 2, 11))
    flat = _text(pdf).replace("\n", "")
    for part in ("2024年度挂钩联系工作汇总", "年度考评", "88", "考评改期", "四月发现的问题", "各党员完成情况"):
        assert part in flat, part
    assert_not_blank(pdf)
    xlsx = tmp_path / "year.xlsx"
    write_summary_xlsx(data, xlsx, "测试县残疾人联合会")
    wb = openpyxl.load_workbook(xlsx)
    assert wb["汇总"]["A1"].value == "2024年度挂钩联系工作汇总"
    headers = [c.value for c in wb["挂钩"][1]]
    assert "考评·状态" in headers and "考评·得分" in headers
    rows = {r[1]: dict(zip(headers, r, strict=True)) for r in wb["挂钩"].iter_rows(min_row=2, values_only=True)}
    assert rows["王一"]["考评·得分"] == 88 and rows["李二"]["考评·状态"] == "免"


def test_xlsx_prints_like_the_pdf(quarter_data: SummaryData, tmp_path: Path) -> None:
    path = tmp_path / "summary.xlsx"
    write_summary_xlsx(quarter_data, path, "测试县残疾人联合会")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["汇总", "统计", "挂钩", "党员", "未完成明细", "记录", "问题", "免除", "签字清单"]
    for ws in wb:
        setup = ws.page_setup
        assert str(setup.paperSize) == ws.PAPERSIZE_A4 and setup.orientation in ("landscape", "portrait"), ws.title
        # fitToWidth left out is 1 (ECMA-376's default for pageSetup; XlsxWriter writes only what differs)
        assert setup.fitToWidth in (1, None) and setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, ws.title
        assert "2024年第1季度挂钩联系工作汇总" in ws.oddHeader.center.text, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.print_area, ws.title
        fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
        assert fonts and fonts <= {"宋体", "黑体", "等线"}, (ws.title, fonts)
    summary = wb["汇总"]
    assert summary["A1"].value == "2024年第1季度挂钩联系工作汇总"
    assert summary.print_title_rows == "$1:$2"
    values = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    flat = "".join(values)
    for part in ("各党员完成情况", "王一", "未完成明细", "制表人：张小文", "审核人：陈主任", "去年发现的消防器材过期"):
        assert part in flat, part
    # the data sheets keep one plain header row for machines
    for name in ("统计", "挂钩", "党员", "未完成明细", "记录", "问题", "免除"):
        ws = wb[name]
        assert ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1" and ws.auto_filter.ref.startswith("A1:")
    members = {r[0]: r for r in wb["党员"].iter_rows(min_row=2, values_only=True)}
    assert set(members) == {"王一", "李二"}
    detail = list(wb["未完成明细"].iter_rows(min_row=2, values_only=True))
    assert len(detail) == quarter_data.totals.missed + quarter_data.totals.exempt
    assert any(r[4] == "2024-W10" and r[6] == "未完成" and "外出培训" in (r[7] or "") for r in detail)


def test_the_years_reviews_list_towns_and_centres_by_pinyin(demo: Path) -> None:
    from hdrectify.domain.collation import zh_key

    with Store.open(demo) as store:
        data = summary_data(store, Period.parse("2025", Kind.YEAR), TODAY)

    listed = [(p.town, p.centre) for p in data.reviews]
    assert len({town for town, _ in listed}) > 1
    assert listed == sorted(listed, key=lambda tc: (zh_key(tc[0]), zh_key(tc[1])))
