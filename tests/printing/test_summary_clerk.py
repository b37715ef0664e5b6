"""What the clerk files from the summary of the hand-made quarter: 未完成明细, problems carried over, 落款, the year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store.base import Store
from hdrectify.store.summary import SummaryData, summary_data
from tests.printing.printing_helpers import Q1, Q1_AS_OF, pdf_text


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
    assert carried[0].overdue_days(Q1_AS_OF) == (Q1_AS_OF - dt.date(2024, 1, 31)).days
    assert carried[1].overdue_days(Q1_AS_OF) == 0
    assert "此前发现、尚未整改完成的问题2个，其中逾期1个" in quarter_data.draft()


def test_signoff_comes_from_the_settings(quarter_db: Path) -> None:
    with Store.open(quarter_db) as store:
        federation = store.setting("federation_name")
        data = summary_data(store, Q1, Q1_AS_OF)
        assert (data.signoff.unit, data.signoff.preparer, data.signoff.reviewer) == (federation, "张小文", "陈主任")
        with store.transaction():
            store.set_setting("summary_unit", "县残联办公室")
        assert summary_data(store, Q1, Q1_AS_OF).signoff.unit == "县残联办公室"


def test_hand_made_pdf_files_as_it_is(assert_not_blank, quarter_data: SummaryData, tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    write_summary_pdf(quarter_data, pdf, "测试县残疾人联合会", today=dt.date(2024, 4, 21))
    text = pdf_text(pdf)
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
    flat = pdf_text(pdf).replace("\n", "")
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
