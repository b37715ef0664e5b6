"""The quarterly summary (季度挂钩联系工作汇总) of a small hand-made quarter: data, PDF and workbook, read back.

The quarter (2024-Q1, the ``quarter_db`` fixture in conftest.py) has every count worked out by hand.
What the clerk files (未完成明细, 落款, the year) is in test_summary_clerk.py; the demo database
compared with the cadence engine in test_summary_demo.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store.base import Store
from hdrectify.store.summary import SummaryData, summary_data
from tests.printing.printing_helpers import Q1, Q1_AS_OF, pdf_text


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
    text = pdf_text(pdf)
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
    assert notes["统计截至"].date() == Q1_AS_OF
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
    assert written == 6 + 2 + 2 + 13 + 18 + 2 + 3 + 5  # 签字清单: two pairings × three owed months, 李二's March 免


def test_quarter_without_pairings_is_refused(quarter_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    with Store.open(quarter_db) as store, pytest.raises(InputError, match="2023年第1季度没有挂钩关系"):
        write_summary_pdf(summary_data(store, Period(Kind.QUARTER, 2023, 1), Q1_AS_OF), out, "残联")
    assert not out.exists()
    with Store.open(quarter_db) as store, pytest.raises(InputError, match="不是季度"):
        summary_data(store, Period(Kind.MONTH, 2024, 1), Q1_AS_OF)


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
    text = pdf_text(pdf)
    assert "本季度尚未结束" in text and "未到期" in text
