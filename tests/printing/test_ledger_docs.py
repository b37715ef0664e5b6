"""The ledger's data and its 整改台账 (XLSX, PDF), read back.

Two databases: a new one with only the notice's ledger loaded (its text is compared with
the seed file), and the demo (three problems found on visits, progress notes, deadlines).
The draft report (DOCX) is in test_ledger_docx.py, bad output paths in test_ledger_write_paths.py,
the columns a clerk files in test_ledger_columns.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.wording import month_span_text, zh_numeral
from hdrectify.printing.ledger_pdf import FRAME_HEIGHT, _Block, _paginate, _styles, visit_sections, write_ledger_pdf
from hdrectify.printing.ledger_xlsx import HEADERS, SHEET_TITLE, VISIT_SHEET_TITLE, write_ledger_xlsx
from hdrectify.store.base import Store
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import (
    add_progress,
    add_visit_problem,
    seed_id,
)
from hdrectify.store.ledger_report import LedgerReport, ledger_report
from tests.before_the_lock import before_the_lock
from tests.printing.printing_helpers import DEMO_TODAY, ISSUER, SEED, SEED_PROBLEMS, squash, write_file

# -- the data ----------------------------------------------------------------------------


def test_report_follows_the_notice(seeded: Store) -> None:
    report = ledger_report(seeded)
    assert report.source is not None
    assert report.source.title == SEED["title"]
    assert report.issuer == ISSUER
    assert report.source.inspection_from == "2023-03" and report.source.inspection_to == "2023-06"
    assert report.source.feedback_on == dt.date(2023, 8, 10)
    assert report.source.notice_on == dt.date(2024, 8, 20)
    assert [a.no for a in report.areas] == [1, 2, 3]
    assert [a.title for a in report.areas] == [a["title"] for a in SEED["areas"]]
    assert [p.no for p in report.problems] == list(range(1, 18))
    for problem, seeded_problem in zip(report.problems, SEED_PROBLEMS, strict=True):
        assert problem.title == seeded_problem["title"]
        assert problem.source is Source.INSPECTION
        assert [m.no for m in problem.measures] == [m["no"] for m in seeded_problem["measures"]]
        assert [m.text for m in problem.measures] == [m["text"] for m in seeded_problem["measures"]]
    first = report.problems[0].measures[0]
    assert first.status is MeasureStatus.DONE and first.status_zh == "已完成"
    assert first.closed_at == dt.date(2024, 8, 20)
    assert first.progress == () and first.evidence == ()
    assert report.count(MeasureStatus.DONE) == len(report.measures)


def test_report_reads_progress_and_evidence(seeded: Store, tmp_path: Path) -> None:
    measure = seed_id("measure", 8, 2)
    with seeded.transaction(), before_the_lock(seeded, measure):
        add_progress(seeded, measure, dt.date(2026, 3, 2), "已制定督导方案")
        add_progress(seeded, measure, dt.date(2026, 3, 9), "完成首轮督导")
        row = add_evidence(seeded, measure, write_file(tmp_path / "src", "督导记录.pdf", b"%PDF minutes"))
    m = next(m for m in ledger_report(seeded).measures if m.id == measure)
    assert [(n.date, n.text) for n in m.progress] == [
        (dt.date(2026, 3, 2), "已制定督导方案"),
        (dt.date(2026, 3, 9), "完成首轮督导"),
    ]
    assert m.latest_progress is not None and m.latest_progress.text == "完成首轮督导"
    assert [(e.file_name, e.sha256, e.size) for e in m.evidence] == [
        ("督导记录.pdf", hashlib.sha256(b"%PDF minutes").hexdigest(), 12)
    ]
    assert m.evidence[0].id == row["id"]


def test_report_takes_a_few_queries(demo: Path) -> None:
    statements: list[str] = []
    with Store.open(demo) as s:
        s.conn.set_trace_callback(statements.append)
        ledger_report(s)
    assert len(statements) <= 8, statements


def test_visit_problems_come_after_the_notice(demo_report: LedgerReport) -> None:
    assert [a.no for a in demo_report.areas] == [1, 2, 3, 4]
    visits = demo_report.areas[3].problems
    assert [p.no for p in visits] == [18, 19, 20]
    assert all(p.source is Source.VISIT and p.centre for p in visits)
    assert {m.status for p in visits for m in p.measures} == {MeasureStatus.DONE, MeasureStatus.IN_PROGRESS}
    assert all(m.deadline is not None and m.person and m.progress for p in visits for m in p.measures)


def test_an_empty_ledger_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="整改台账还没有问题"):
        ledger_report(store)


def test_chinese_numbers_and_spans() -> None:
    assert [zh_numeral(n) for n in (1, 4, 10, 11, 17, 20, 35)] == ["一", "四", "十", "十一", "十七", "二十", "三十五"]
    assert month_span_text("2023-03", "2023-06") == "2023年3月至6月"
    assert month_span_text("2023-11", "2024-02") == "2023年11月至2024年2月"
    assert month_span_text("2023-03-20", None) == "2023年3月20日"


# -- XLSX --------------------------------------------------------------------------------


def test_xlsx_has_the_usual_columns_and_every_problem(demo_xlsx: tuple[Path, int]) -> None:
    path, rows = demo_xlsx
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    assert ws["A1"].value == f"{ISSUER}巡察整改台账"
    assert [c.value for c in ws[3]] == list(HEADERS)
    assert HEADERS == (
        "序号",
        "问题",
        "整改措施",
        "责任领导",
        "责任单位",
        "责任人",
        "整改时限",
        "整改进展/完成情况",
        "是否销号",
        "备注",
    )
    numbers = [c.value for c in ws["A"][3:] if isinstance(c.value, int)]
    assert numbers == list(range(1, 18))  # the visits' problems are not the inspection's
    titles = [c.value for c in ws["B"][3:] if c.value]
    assert titles == [p["title"] for p in SEED_PROBLEMS]
    assert rows == sum(len(p["measures"]) for p in SEED_PROBLEMS) + 4  # and the demo's 4 visit measures
    areas = [c.value for c in ws["A"][3:] if isinstance(c.value, str)]
    assert areas == [f"{n}、{a['title']}" for n, a in zip("一二三", SEED["areas"], strict=True)]


def test_xlsx_merges_each_problem_over_its_measures(demo_xlsx: tuple[Path, int]) -> None:
    ws = openpyxl.load_workbook(demo_xlsx[0])[SHEET_TITLE]
    merged = {str(r) for r in ws.merged_cells.ranges}
    row = 4
    for area in SEED["areas"]:
        assert f"A{row}:J{row}" in merged  # the area's section row
        row += 1
        for problem in area["problems"]:
            texts = [m["text"] for m in problem["measures"]]
            last = row + len(texts) - 1
            assert ws.cell(row, 1).value == problem["no"]
            if last > row:
                assert f"A{row}:A{last}" in merged and f"B{row}:B{last}" in merged
            assert [ws.cell(r, 3).value for r in range(row, last + 1)] == [f"{n}. {t}" for n, t in enumerate(texts, 1)]
            row = last + 1
    # problem 20 (found on a visit, on its own sheet) has two measures
    visits = openpyxl.load_workbook(demo_xlsx[0])[VISIT_SHEET_TITLE]
    merged = {str(r) for r in visits.merged_cells.ranges}
    twenty = next(r for r in range(4, visits.max_row + 1) if visits.cell(r, 1).value == 20)
    assert f"A{twenty}:A{twenty + 1}" in merged and f"B{twenty}:B{twenty + 1}" in merged


def test_xlsx_cells_say_status_deadline_and_owner(demo_xlsx: tuple[Path, int], demo_report: LedgerReport) -> None:
    ws = openpyxl.load_workbook(demo_xlsx[0])[SHEET_TITLE]
    assert ws.cell(5, 9).value.splitlines() == ["已销号", "2024年8月20日"]
    assert ws.cell(5, 10).value == "销号说明：据2024年8月20日通报，已全面完成整改"
    assert ws.cell(5, 8).value is None  # no progress note of its own: nothing borrowed from elsewhere
    visits = openpyxl.load_workbook(demo_xlsx[0])[VISIT_SHEET_TITLE]
    open_measure = next(m for m in demo_report.measures if m.status is MeasureStatus.IN_PROGRESS)
    row = next(r for r in range(4, visits.max_row + 1) if visits.cell(r, 3).value == f"1. {open_measure.text}")
    assert open_measure.latest_progress is not None and open_measure.deadline is not None
    assert visits.cell(row, 9).value.splitlines()[:2] == ["未销号", "整改中"]
    assert open_measure.latest_progress.text in visits.cell(row, 8).value
    assert visits.cell(row, 7).value.date() == open_measure.deadline
    assert visits.cell(row, 7).number_format == 'yyyy"年"m"月"d"日"'
    assert visits.cell(row, 6).value == open_measure.person and visits.cell(row, 5).value is None


def test_xlsx_prints_on_a4_landscape(demo_xlsx: tuple[Path, int]) -> None:
    ws = openpyxl.load_workbook(demo_xlsx[0])[SHEET_TITLE]
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert [ws.column_dimensions[c].width for c in "ABCDEFGHIJ"] == [6, 24, 50, 10, 14, 10, 13, 32, 13, 22]
    assert ws.cell(5, 3).alignment.wrap_text and ws.cell(5, 2).alignment.wrap_text
    # rows are tall enough for their text (Excel does not grow a row for a merged cell)
    assert ws.row_dimensions[5].height > 3 * 13.5


def test_xlsx_lists_evidence_one_per_line(seeded: Store, tmp_path: Path) -> None:
    measure = seed_id("measure", 1, 1)
    with seeded.transaction(), before_the_lock(seeded, measure):
        add_evidence(seeded, measure, write_file(tmp_path / "a", "会议纪要.pdf", b"minutes"))
        add_evidence(seeded, measure, write_file(tmp_path / "b", "签到表.jpg", b"photo"))
    path = tmp_path / "t.xlsx"
    write_ledger_xlsx(ledger_report(seeded), path, DEMO_TODAY)
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    assert ws.cell(5, 10).value.splitlines()[-1] == "佐证材料：会议纪要.pdf、签到表.jpg"
    assert ws["A2"].value.endswith("导出日期：2026年11月25日")


# -- PDF ---------------------------------------------------------------------------------


def test_pdf_has_the_title_header_and_every_problem(demo_pdf: tuple[Path, int]) -> None:
    path, pages = demo_pdf
    reader = PdfReader(path)
    assert pages == len(reader.pages) > 2
    texts = [squash(p.extract_text()) for p in reader.pages]
    whole = "".join(texts)
    assert squash(f"{ISSUER}巡察整改台账") in texts[0]
    for problem in SEED_PROBLEMS:
        assert squash(problem["title"]) in whole, problem["no"]
        for measure in problem["measures"]:  # long ones wrap over several lines: all of it is there
            assert squash(measure["text"]) in whole
    assert "无障碍坡道扶手松动" in whole and "四、关于挂钩联系走访中发现的问题" not in whole
    assert "整改中" in whole and "已销号2024年8月20日" in whole
    for n, text in enumerate(texts, start=1):
        assert "整改措施" in text and "完成情况" in text and "是否销号" in text, f"no header on page {n}"
        assert f"第{n}页/共{pages}页" in text


def test_pdf_embeds_noto_sans_sc(demo_pdf: tuple[Path, int]) -> None:
    fonts = set()
    for page in PdfReader(demo_pdf[0]).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        font_dict = resources["/Font"].get_object()
        assert isinstance(font_dict, DictionaryObject)
        for font in font_dict.values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSansSC" in f for f in fonts)
    assert not any("STSong" in f for f in fonts)


def test_pdf_pages_are_not_blank(assert_not_blank, demo_pdf: tuple[Path, int], tmp_path: Path) -> None:
    assert_not_blank(demo_pdf[0])


def test_pdf_cuts_a_problem_longer_than_a_page(assert_not_blank, seeded: Store, tmp_path: Path) -> None:
    """A visit problem with a very long measure and many measures: cut into blocks marked （续）, nothing lost."""
    long_text = "".join(f"第{i}项：督促中心落实无障碍设施维护责任，建立台账并每月复查一次。" for i in range(1, 80))
    with seeded.transaction():
        add_visit_problem(
            seeded,
            "康园中心无障碍设施维护不到位" * 3,
            centre_id=None,
            contact_id=None,
            found_on=dt.date(2026, 3, 1),
            measures=[long_text] + [f"整改措施{i}：" + "逐项整改，" * 30 for i in range(2, 12)],
        )
    path = tmp_path / "long.pdf"
    pages = write_ledger_pdf(ledger_report(seeded), path, "惠东县残疾人联合会", DEMO_TODAY)
    texts = [squash(p.extract_text()) for p in PdfReader(path).pages]
    whole = "".join(texts)
    report = ledger_report(seeded)
    first_page = FRAME_HEIGHT - 80  # any: the text is cut by the height of a whole page
    laid_out = _paginate(visit_sections(report), _styles(), first_page, DEMO_TODAY)
    blocks = [e for page in laid_out for e in page if isinstance(e, _Block)]
    numbered = f"1. {long_text}"
    pieces = [row.texts[0] for b in blocks if b.problem.no == 18 for row in b.rows if row.texts[0] in numbered]
    assert len(pieces) > 1 and "".join(pieces) == numbered
    assert all(squash(piece) in whole for piece in pieces)
    assert "（续）" in whole
    assert all(f"整改措施{i}：" in whole for i in range(2, 12))
    assert pages == len(texts)
    assert_not_blank(path)


def test_xlsx_rows_stay_within_excel_tallest(seeded: Store, tmp_path: Path) -> None:
    """A progress note of 20,000 characters asks for a row of thousands of points; Excel's rows end at
    409.5 pt (its documented limit; a file asking more is outside what it accepts): the row is that tall,
    and the cell still holds the text."""
    from hdrectify.store.ledger import add_progress

    measure = seed_id("measure", 1, 1)
    note = "整改进展情况说明。" * 2_223
    with seeded.transaction(), before_the_lock(seeded, measure):
        add_progress(seeded, measure, dt.date(2026, 11, 20), note)
    path = tmp_path / "long.xlsx"
    write_ledger_xlsx(ledger_report(seeded), path, DEMO_TODAY)
    ws = openpyxl.load_workbook(path)[SHEET_TITLE]
    heights = [d.height for d in ws.row_dimensions.values() if d.height is not None]
    assert max(heights) == 409.5
    assert note[:100] in ws.cell(5, 8).value
