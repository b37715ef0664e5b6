"""The documents read as the clerk who files them reads them: two documents of the same period agree."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Kind, Period
from hdrectify.paths import evidence_dir
from hdrectify.printing.checklist import write_checklist
from hdrectify.printing.evidence_zip import write_evidence_zip
from hdrectify.printing.report_draft_docx import write_report_draft
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store import people
from hdrectify.store.acceptance import extend_measure
from hdrectify.store.base import Row, Store
from hdrectify.store.checklist import checklist_data
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger_report import ledger_report
from hdrectify.store.notice import all_notices, member_notice
from hdrectify.store.report_draft import report_draft
from hdrectify.store.scans import scan_files, signed_months
from hdrectify.store.summary import SummaryData, summary_data
from tests.printing.printing_helpers import FEDERATION, Q1, Q1_AS_OF, log_contact_entered, pdf_text, squash, write_file

FEB_TODAY = dt.date(2026, 2, 3)

# ---------------------------------------------------------------------------------------------------
# The member's quarterly report draft and the office's quarterly summary count 应完成 alike.
# 李二—西河 in the hand-made 2024-Q1 (conftest.quarter_db): W06's contact exempt for all (春节放假),
# March's visit exempt (中心装修停业); the summary says 应完成 excludes what is exempt.


def _sheet_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[sheet]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_the_report_draft_counts_owed_as_the_summary_does(quarter_db: Path, tmp_path: Path) -> None:
    with Store.open(quarter_db) as store:
        li, west = people.find_member(store, "李二"), people.find_centre(store, "西河康园中心")
        write_report_draft(report_draft(store, li, west, Q1, Q1_AS_OF), tmp_path / "汇报.docx")
        write_summary_xlsx(summary_data(store, Q1, Q1_AS_OF), tmp_path / "汇总.xlsx", "", Q1_AS_OF)

    figures = docx.Document(str(tmp_path / "汇报.docx")).tables[1]
    head, *body = [[c.text for c in r.cells] for r in figures.rows]
    draft = {row[0]: dict(zip(head, row, strict=True)) for row in body}
    (pairing,) = [r for r in _sheet_rows(tmp_path / "汇总.xlsx", "挂钩") if r["党员"] == "李二"]
    for label, key in (("每周联系", "联系"), ("每月到岗", "到岗")):
        exempt = int(str(pairing[f"{key}·免"]))
        owed = sum(int(str(pairing[f"{key}·{s}"])) for s in ("已完成", "未完成", "未到期"))
        assert exempt == 1, label  # the case: something of it is exempt
        assert draft[label]["免除"] == str(exempt), label
        assert draft[label]["应完成"] == str(owed), (label, draft[label], owed)
        counted = ("按时完成", "逾期完成", "未完成", "未到期")
        assert int(draft[label]["应完成"]) == sum(int(draft[label][c]) for c in counted), label


# ---------------------------------------------------------------------------------------------------
# A measure past its deadline is called 已逾期 in the draft as in the ledger's own report and notices.
# 王一—东山 (conftest.quarter_db): 消防通道堆放杂物, its measure due 10 February 2024, still open on
# 20 April 2024, the day the draft is made.


def test_the_report_draft_says_when_a_measure_is_overdue(quarter_db: Path, tmp_path: Path) -> None:
    with Store.open(quarter_db) as store:
        wang, east = people.find_member(store, "王一"), people.find_centre(store, "东山康园中心")
        write_report_draft(report_draft(store, wang, east, Q1, Q1_AS_OF), tmp_path / "汇报.docx")
    body = [p.text for p in docx.Document(str(tmp_path / "汇报.docx")).paragraphs]
    (line,) = [t for t in body if t.startswith("措施1：督促中心清理通道")]
    days = (Q1_AS_OF - dt.date(2024, 2, 10)).days
    assert f"整改时限2024年2月10日，已逾期{days}天" in line, line
    (closed,) = [t for t in body if t.startswith("措施1：联系镇残联维修扶手")]
    assert "逾期" not in closed, closed


# ---------------------------------------------------------------------------------------------------
# Two members of the same name (the roster allows it) are two members in the summary's counts.


def test_two_members_of_one_name_are_counted_as_two(quarter_db: Path, tmp_path: Path) -> None:
    with Store.open(quarter_db) as store, store.transaction():
        north = people.add_centre(store, "北岭康园中心", "北岭镇")
        people.add_pairing(store, people.add_member(store, "王一"), north, dt.date(2024, 1, 1))
    with Store.open(quarter_db) as store:
        data = summary_data(store, Q1, Q1_AS_OF)
    write_summary_pdf(data, tmp_path / "汇总.pdf", "", Q1_AS_OF)
    write_summary_xlsx(data, tmp_path / "汇总.xlsx", "", Q1_AS_OF)
    members = _sheet_rows(tmp_path / "汇总.xlsx", "党员")
    assert [r["党员"] for r in members].count("王一") == 2  # one row each, as the PDF's member table
    said = squash(pdf_text(tmp_path / "汇总.pdf"))
    assert "3个康园中心由3名党员挂钩联系（共3对挂钩关系）" in said
    assert "合计3名党员" in said
    sheet = openpyxl.load_workbook(tmp_path / "汇总.xlsx")["汇总"]
    assert any("由3名党员挂钩联系" in str(c.value) for row in sheet.iter_rows() for c in row)


# ---------------------------------------------------------------------------------------------------
# 上次到岗 is the centre's last visit by whichever member: when another member made it, the checklist
# says who, so a member new to the centre does not carry a visit he never made under his own name.
# 稔山 (conftest.january): 张丽华's pairing ended 31 December 2025, 黄伟明's began 2 February 2026.


def test_the_last_visit_names_the_member_who_made_it_when_another_did(january: Store, tmp_path: Path) -> None:
    zhang, huang = people.find_member(january, "张丽华"), people.find_member(january, "黄伟明")
    renshan = people.find_centre(january, "稔山镇康园中心")
    chen, pingshan = people.find_member(january, "陈志强"), people.find_centre(january, "平山街道康园中心")
    with january.transaction():
        log_contact_entered(january, zhang, renshan, dt.date(2025, 12, 10), "onsite", "查看康复训练，设施完好。")
        log_contact_entered(january, chen, pingshan, dt.date(2026, 1, 28), "onsite", "查看会员档案。")
    feb = Period(Kind.MONTH, 2026, 2)
    write_checklist(checklist_data(january, feb, huang["id"], FEB_TODAY), tmp_path / "黄.pdf", FEDERATION, FEB_TODAY)
    write_checklist(checklist_data(january, feb, chen["id"], FEB_TODAY), tmp_path / "陈.pdf", FEDERATION, FEB_TODAY)
    assert "2025年12月10日（张丽华到岗）：查看康复训练，设施完好。" in squash(pdf_text(tmp_path / "黄.pdf"))
    his_own = squash(pdf_text(tmp_path / "陈.pdf"))
    assert "2026年1月28日：查看会员档案。" in his_own
    assert "陈志强到岗" not in his_own


# ---------------------------------------------------------------------------------------------------
# A 督办提醒单 as of a past day (notice --as-of) chases the measures as they stood that day, as its
# overdue contacts and reports already are: a measure closed later was still open, a deadline
# extended later was still the old one. 王一 (conftest.quarter_db) as of 20 April 2024.


def test_a_notice_as_of_a_past_day_shows_the_measures_as_they_stood(
    quarter_db: Path, tmp_path: Path, problem: Callable[..., Row]
) -> None:
    with Store.open(quarter_db) as store:
        east, wang = people.find_centre(store, "东山康园中心"), people.find_member(store, "王一")
        with store.transaction():
            closed_later = (dt.date(2024, 5, 10), "已更换，到岗复查确认")
            problem(store, "灭火器过期", east, dt.date(2024, 3, 1), None, ["更换灭火器"], person="王一",
                    deadline=dt.date(2024, 3, 20), closed=closed_later)  # fmt: skip
        (blocked,) = store.rows("SELECT m.id FROM ledger_measures m JOIN ledger_problems p ON p.id = m.problem_id"
                                " WHERE p.title = '消防通道堆放杂物'")  # fmt: skip
        with store.transaction():  # recorded today, long after 20 April 2024
            extend_measure(store, blocked["id"], dt.date(2024, 6, 30), "需协调消防部门", "陈主任")
        chased = {i.what.split("（")[1].split("）")[0]: i for i in member_notice(store, wang, Q1_AS_OF).items}
    assert chased["灭火器过期"].deadline == dt.date(2024, 3, 20)
    assert chased["灭火器过期"].days_overdue == (Q1_AS_OF - dt.date(2024, 3, 20)).days
    assert chased["消防通道堆放杂物"].deadline == dt.date(2024, 2, 10)
    assert chased["消防通道堆放杂物"].days_overdue == (Q1_AS_OF - dt.date(2024, 2, 10)).days
    with Store.open(quarter_db) as store:  # once closed, it is chased no more
        later = {i.what for i in member_notice(store, wang, dt.date(2024, 6, 1)).items}
    assert not any("灭火器过期" in w for w in later), later


# ---------------------------------------------------------------------------------------------------
# The annual summary's workbook says of each pairing's quarterly reports what its PDF says (a year
# owes four: counted), not the quarter's "不需提交" beside its own 汇报·已交.


def test_the_annual_workbook_counts_each_pairings_reports_as_the_pdf(quarter_db: Path, tmp_path: Path) -> None:
    with Store.open(quarter_db) as store:
        data = summary_data(store, Period(Kind.YEAR, 2024, 1), Q1_AS_OF)
    write_summary_pdf(data, tmp_path / "年度.pdf", "", Q1_AS_OF)
    write_summary_xlsx(data, tmp_path / "年度.xlsx", "", Q1_AS_OF)
    said = squash(pdf_text(tmp_path / "年度.pdf"))
    rows = _sheet_rows(tmp_path / "年度.xlsx", "挂钩")
    assert len(rows) == 2
    for row in rows:
        assert row["汇报·已交"] == 1  # Q1's report, of the four the year owes
        assert row["季度汇报"] == "已交1／应交4", row
        assert "已交1／应交4" in said
        assert row["汇报日期"] is None and row["汇报补录"] is None


# ---------------------------------------------------------------------------------------------------
# The 督办提醒单 chases missed contacts and visits as well as measures: an office that keeps the
# cadence before it loads the inspection's ledger gets its notices, not "整改台账还没有问题".


def test_a_notice_chases_missed_contacts_while_the_ledger_is_still_empty(store: Store) -> None:
    with store.transaction():
        member = people.add_member(store, "赵六")
        people.add_pairing(store, member, people.add_centre(store, "多祝镇康园中心", "多祝镇"), dt.date(2024, 1, 1))
    as_of = dt.date(2024, 2, 20)
    mine = member_notice(store, member, as_of)
    assert mine.addressee == "赵六"
    assert {i.kind for i in mine.items} == {"contact", "visit"}, mine.items
    (everyone,) = all_notices(store, as_of)
    assert everyone.items == mine.items


# ---------------------------------------------------------------------------------------------------
# The report draft lists the contacts its figures count, as the summary's 记录 does: a contact belongs
# to the quarter its week does (by the Thursday), a visit also to the quarter of its month. Monday
# 30 September 2024 is in week 40, whose Thursday (3 October) is in the fourth quarter.


def test_the_report_draft_lists_the_contacts_its_figures_count(quarter_db: Path, tmp_path: Path) -> None:
    as_of = dt.date(2024, 10, 20)
    with Store.open(quarter_db) as store:
        wang, east = people.find_member(store, "王一"), people.find_centre(store, "东山康园中心")
        with store.transaction():
            log_contact_entered(store, wang, east, dt.date(2024, 9, 30), "phone", "九月最后一天电话联系。")
            log_contact_entered(store, wang, east, dt.date(2024, 10, 2), "onsite", "十月初到岗。")
        for q in (3, 4):
            quarter = Period(Kind.QUARTER, 2024, q)
            write_report_draft(report_draft(store, wang, east, quarter, as_of), tmp_path / f"Q{q}.docx")
            listed = [r.date for r in summary_data(store, quarter, as_of).records if r.kind == "contact"]
            tables = docx.Document(str(tmp_path / f"Q{q}.docx")).tables  # no contact: no table of them
            of_contacts = [t for t in tables if t.rows[0].cells[-1].text == "了解到的情况"]
            drafted = [r.cells[1].text for t in of_contacts for r in t.rows[1:]]
            assert drafted == [f"{d.year}年{d.month}月{d.day}日" for d in listed], (q, drafted, listed)
    assert drafted == ["2024年9月30日", "2024年10月2日"]  # the fourth quarter's: week 40 met on 30 September


# ---------------------------------------------------------------------------------------------------
# The summary's 签字清单 expects a signed checklist for the months a visit was owed, not for a month
# whose visit was exempt (免): 李二—西河's March (中心装修停业, conftest.quarter_db) is "—", 该月无需到岗,
# and 应到岗 counts the visits the obligation table counts.


def test_no_signed_checklist_is_expected_for_an_exempt_visit(quarter_data: SummaryData, tmp_path: Path) -> None:
    write_summary_pdf(quarter_data, tmp_path / "汇总.pdf", "", Q1_AS_OF)
    write_summary_xlsx(quarter_data, tmp_path / "汇总.xlsx", "", Q1_AS_OF)
    visits = quarter_data.by_obligation[Obligation.VISIT]
    assert visits.exempt == 1
    owed_visits = visits.done + visits.late + visits.missed + visits.due + visits.upcoming  # 应完成, as the table
    said = squash(pdf_text(tmp_path / "汇总.pdf"))
    assert f"应到岗{owed_visits}个月次" in said
    sheet = _sheet_rows(tmp_path / "汇总.xlsx", "签字清单")
    assert [(r["党员"], r["月份"]) for r in sheet if r["党员"] == "李二"] == [("李二", "2024-01"), ("李二", "2024-02")]


def test_the_evidence_zip_expects_no_signed_checklist_for_an_exempt_visit(quarter_db: Path, tmp_path: Path) -> None:
    """The evidence ZIP's 签字清单.csv lists the months the summary expects a signed checklist for."""
    with Store.open(quarter_db) as store:
        measure = store.scalar("SELECT id FROM ledger_measures ORDER BY no, created_at LIMIT 1")
        with store.transaction():
            add_evidence(store, str(measure), write_file(tmp_path / "ev", "照片.jpg", b"photo"))
        write_evidence_zip(ledger_report(store), evidence_dir(store.path), tmp_path / "佐证.zip",
                           scan_files(store), signed_months(store, "2024-03"))  # fmt: skip
        expected = [(m.member, m.month) for m in summary_data(store, Q1, Q1_AS_OF).signed]
    with zipfile.ZipFile(tmp_path / "佐证.zip") as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("签字清单.csv").decode("utf-8-sig"))))
    listed = sorted((r["党员"], r["月份"]) for r in rows)
    assert ("李二", "2024-03") not in listed  # 中心装修停业: 免
    assert listed == sorted(expected)
