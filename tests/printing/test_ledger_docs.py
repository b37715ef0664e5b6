"""The ledger documents: 整改台账 (XLSX, PDF), the draft 整改情况报告 (DOCX) and the evidence ZIP, read back.

Two databases: a new one with only the notice's ledger loaded (its text is compared with
the seed file), and the demo (three problems found on visits, progress notes, deadlines).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.wording import month_span_text, zh_numeral
from hdrectify.printing.evidence_zip import write_evidence_zip
from hdrectify.printing.ledger_docx import report_title, write_ledger_docx
from hdrectify.printing.ledger_pdf import FRAME_HEIGHT, _Block, _paginate, _styles, visit_sections, write_ledger_pdf
from hdrectify.printing.ledger_xlsx import HEADERS, SHEET_TITLE, VISIT_SHEET_TITLE, write_ledger_xlsx
from hdrectify.store.base import Store
from hdrectify.store.demo import build_demo
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import (
    add_progress,
    add_visit_problem,
    read_seed,
    reopen_measure,
    seed_id,
    set_declared_totals,
    update_measure,
)
from hdrectify.store.ledger_edit import add_measure
from hdrectify.store.ledger_report import LedgerReport, ledger_report

TODAY = dt.date(2026, 11, 25)
SEED = read_seed()
SEED_PROBLEMS = [p for a in SEED["areas"] for p in a["problems"]]
ISSUER = SEED["issuer"]


def squash(text: str) -> str:
    """Text without whitespace: PDF extraction breaks wrapped cell text into lines."""
    return re.sub(r"\s+", "", text)


# -- databases ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, TODAY)
    return path


@pytest.fixture(scope="module")
def demo_report(demo_path: Path) -> LedgerReport:
    with Store.open(demo_path) as s:
        return ledger_report(s)


@pytest.fixture(scope="module")
def demo_pdf(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "整改台账.pdf"
    pages = write_ledger_pdf(demo_report, path, demo_report.federation, TODAY)
    return path, pages


@pytest.fixture(scope="module")
def demo_xlsx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("xlsx") / "整改台账.xlsx"
    return path, write_ledger_xlsx(demo_report, path, TODAY)


@pytest.fixture(scope="module")
def demo_docx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "整改情况报告.docx"
    write_ledger_docx(demo_report, path, TODAY)
    return path


def write_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


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
    with seeded.transaction():
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


def test_report_takes_a_few_queries(demo_path: Path) -> None:
    statements: list[str] = []
    with Store.open(demo_path) as s:
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
    with seeded.transaction():
        add_evidence(seeded, measure, write_file(tmp_path / "a", "会议纪要.pdf", b"minutes"))
        add_evidence(seeded, measure, write_file(tmp_path / "b", "签到表.jpg", b"photo"))
    path = tmp_path / "t.xlsx"
    write_ledger_xlsx(ledger_report(seeded), path, TODAY)
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
    pages = write_ledger_pdf(ledger_report(seeded), path, "惠东县残疾人联合会", TODAY)
    texts = [squash(p.extract_text()) for p in PdfReader(path).pages]
    whole = "".join(texts)
    report = ledger_report(seeded)
    first_page = FRAME_HEIGHT - 80  # any: the text is cut by the height of a whole page
    laid_out = _paginate(visit_sections(report), _styles(), first_page, TODAY)
    blocks = [e for page in laid_out for e in page if isinstance(e, _Block)]
    numbered = f"1. {long_text}"
    pieces = [row.texts[0] for b in blocks if b.problem.no == 18 for row in b.rows if row.texts[0] in numbered]
    assert len(pieces) > 1 and "".join(pieces) == numbered
    assert all(squash(piece) in whole for piece in pieces)
    assert "（续）" in whole
    assert all(f"整改措施{i}：" in whole for i in range(2, 12))
    assert pages == len(texts)
    assert_not_blank(path)


# -- DOCX --------------------------------------------------------------------------------


def _paragraphs(path: Path) -> list[Paragraph]:
    return [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_docx_reads_like_a_report(demo_docx: Path, demo_report: LedgerReport) -> None:
    paras = _paragraphs(demo_docx)
    texts = [p.text for p in paras]
    title = f"{ISSUER}关于县委巡察反馈问题整改情况的报告"
    assert texts[0] == f"{ISSUER}\n关于县委巡察反馈问题整改情况的报告"  # broken after the issuer
    assert texts[0].replace("\n", "") == title == report_title(demo_report)
    assert paras[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    opening = next(t for t in texts if t.startswith("根据县委统一部署"))
    assert "2023年3月至6月" in opening and "县委第二巡察组" in opening and "2023年8月10日" in opening
    assert "17个问题" in opening and "截至2026年11月25日" in opening
    for n, area in zip("一二三", SEED["areas"], strict=True):
        assert f"{n}、{area['title']}" in texts
    assert "四、挂钩走访发现问题的整改情况" in texts  # a section of their own, not a 方面
    assert f"（一）针对“{SEED_PROBLEMS[0]['title']}”问题" in texts
    assert f"（五）针对“{SEED_PROBLEMS[12]['title']}”问题" in texts  # problem 13 is the 5th of area 二
    # the measures of a problem in one paragraph: 一是…二是…, each with its status
    body = texts[texts.index(f"（一）针对“{SEED_PROBLEMS[0]['title']}”问题") + 1]
    first, second = (m["text"] for m in SEED_PROBLEMS[0]["measures"][:2])
    assert body.startswith("整改情况：一是" + first[:-1] + "（已完成）。二是" + second[:-1])
    single = texts[texts.index(f"（四）针对“{SEED_PROBLEMS[11]['title']}”问题") + 1]  # problem 12: one measure
    assert single == "整改情况：" + SEED_PROBLEMS[11]["measures"][0]["text"][:-1] + "（已完成）。"
    assert any("（整改中，整改时限2026年" in t for t in texts)
    assert "特此报告。" in texts


def test_docx_ends_with_the_issuer_and_date_right_aligned(demo_docx: Path) -> None:
    paras = _paragraphs(demo_docx)
    signature, date = paras[-2], paras[-1]
    assert signature.text == ISSUER and date.text == "2026年11月25日"
    assert signature.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_docx_is_laid_out_as_a_government_document(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    section = document.sections[0]
    sizes = [section.page_width, section.page_height]
    sizes += [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [None if s is None else round(s.cm, 2) for s in sizes] == [21, 29.7, 3.7, 3.5, 2.8, 2.6]

    def east_asian(paragraph: Paragraph) -> str:
        rpr = paragraph.runs[0]._element.rPr
        fonts = None if rpr is None else rpr.rFonts
        return str(None if fonts is None else fonts.get(qn("w:eastAsia")))

    paras = _paragraphs(demo_docx)
    assert east_asian(paras[0]) == "方正小标宋简体"
    assert paras[0].runs[0].font.size == Pt(22)
    body = next(p for p in paras if p.text.startswith("根据县委统一部署"))
    assert east_asian(body) == "仿宋_GB2312" and body.runs[0].font.size == Pt(16)
    assert east_asian(next(p for p in paras if p.text.startswith("一、"))) == "黑体"
    assert east_asian(next(p for p in paras if p.text.startswith("（一）"))) == "楷体_GB2312"
    footer = section.footer._element.xml
    assert "PAGE" in footer


# -- bad output paths --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["xlsx", "pdf", "docx", "zip"])
def test_an_unwritable_path_is_an_input_error(
    with_evidence: tuple[Store, dict[str, bytes]], tmp_path: Path, kind: str
) -> None:
    store, _ = with_evidence
    report = ledger_report(store)
    target = tmp_path / "no-such-folder" / f"out.{kind}"
    with pytest.raises(InputError, match="无法写入"):
        if kind == "xlsx":
            write_ledger_xlsx(report, target)
        elif kind == "pdf":
            write_ledger_pdf(report, target, "惠东县残疾人联合会")
        elif kind == "docx":
            write_ledger_docx(report, target)
        else:
            write_evidence_zip(report, report.evidence_root, target)
    assert not target.parent.exists()


def test_a_failed_write_leaves_no_halfwrite_file(seeded: Store, tmp_path: Path) -> None:
    """The file is written beside the target and moved into place: a failed move leaves nothing behind."""
    report = ledger_report(seeded)
    folder = tmp_path / "out"
    (folder / "台账.xlsx").mkdir(parents=True)  # a folder where the file should go: the move fails
    (folder / "台账.xlsx" / "keep.txt").write_text("kept")
    with pytest.raises(InputError, match="无法写入"):
        write_ledger_xlsx(report, folder / "台账.xlsx")
    assert sorted(p.name for p in folder.iterdir()) == ["台账.xlsx"]
    assert (folder / "台账.xlsx" / "keep.txt").read_text() == "kept"
    path = folder / "台账2.xlsx"
    path.write_bytes(b"old")
    write_ledger_xlsx(report, path)
    assert path.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in folder.iterdir()) == ["台账.xlsx", "台账2.xlsx"]


def test_documents_of_a_seeded_database_only(seeded: Store, tmp_path: Path) -> None:
    """No visit problems, nothing in progress: every writer still works and says all is done."""
    report = ledger_report(seeded)
    assert write_ledger_pdf(report, tmp_path / "l.pdf", "惠东县残疾人联合会", TODAY) >= 5
    assert write_ledger_xlsx(report, tmp_path / "l.xlsx", TODAY) == sum(len(p["measures"]) for p in SEED_PROBLEMS)
    write_ledger_docx(report, tmp_path / "l.docx", TODAY)
    texts = [p.text for p in _paragraphs(tmp_path / "l.docx")]
    assert "整改台账按通报逐条列出17个问题、66条整改措施" in next(t for t in texts if t.startswith("根据"))
    assert "截至2026年11月25日，已全部完成整改" in next(t for t in texts if t.startswith("根据"))
    assert not any(t.startswith("四、") for t in texts)


def test_documents_of_visit_problems_only(store: Store, tmp_path: Path) -> None:
    """Without the notice (never seeded): titled after the federation and the visits, not the inspection."""
    with store.transaction():
        add_visit_problem(
            store, "消防通道堆放杂物", centre_id=None, contact_id=None, found_on=dt.date(2026, 5, 6), person="王芳"
        )
    report = ledger_report(store)
    assert report.source is None and report.issuer == "中共惠东县残疾人联合会党组"
    write_ledger_xlsx(report, tmp_path / "l.xlsx", TODAY)
    book = openpyxl.load_workbook(tmp_path / "l.xlsx")
    assert book.sheetnames == [VISIT_SHEET_TITLE]
    assert book[VISIT_SHEET_TITLE]["A1"].value == "挂钩走访发现问题整改台账"
    assert write_ledger_pdf(report, tmp_path / "l.pdf", report.federation, TODAY) == 1
    first = squash(PdfReader(tmp_path / "l.pdf").pages[0].extract_text())
    assert first.startswith("挂钩走访发现问题整改台账") and "依据" not in first
    write_ledger_docx(report, tmp_path / "l.docx", TODAY)
    texts = [p.text for p in _paragraphs(tmp_path / "l.docx")]
    assert texts[0].replace("\n", "") == "中共惠东县残疾人联合会党组关于挂钩联系走访发现问题整改情况的报告"
    assert "在挂钩联系走访中发现问题1个、制定整改措施1条，尚未开始1条" in texts[2]
    assert "（一）针对“消防通道堆放杂物”问题（2026年5月6日走访发现）" in texts


# -- the report says what the data holds (the notice's figures, the ledger's, overdue, visits) -----


def _report_texts(store: Store, tmp_path: Path, today: dt.date = TODAY) -> list[str]:
    write_ledger_docx(ledger_report(store), tmp_path / "r.docx", today)
    return [p.text for p in _paragraphs(tmp_path / "r.docx")]


def test_docx_quotes_the_notice_figures_as_the_notice_and_the_ledger_apart(seeded: Store, tmp_path: Path) -> None:
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据县委统一部署"))
    # the notice's own figures (13 / 51 / 72), said to be the notice's, and never 66 measures as the inspection's
    assert "据2024年8月20日通报，巡察反馈三个方面13个问题（51个具体问题），制定了72条整改措施。" in opening
    assert "整改台账按通报逐条列出17个问题、66条整改措施" in opening
    assert "66条整改措施" not in opening.split("台账")[0]
    assert "截至2026年11月25日，已全部完成整改" in opening


def test_docx_quotes_the_figures_as_edited_or_none(seeded: Store, tmp_path: Path) -> None:
    source = seed_id("source", SEED["notice_on"])
    with seeded.transaction():
        set_declared_totals(seeded, source, declared_problems=14, declared_specific=None)
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据"))
    assert "巡察反馈三个方面14个问题，制定了72条整改措施。" in opening and "具体问题" not in opening
    with seeded.transaction():
        set_declared_totals(seeded, source, declared_problems=None, declared_measures=None)
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据"))
    assert "据2024年8月20日通报" not in opening and "72条" not in opening
    assert "整改台账按通报逐条列出17个问题、66条整改措施" in opening


def test_docx_says_how_many_measures_name_their_owners(seeded: Store, tmp_path: Path) -> None:
    texts = _report_texts(seeded, tmp_path)
    assert not any("明确了责任领导" in t or "明确责任领导、责任单位和整改时限" in t for t in texts)
    assert "台账尚未填写责任领导、责任单位和整改时限" in texts[2]
    with seeded.transaction():
        update_measure(seeded, seed_id("measure", 1, 1), leader="张伟", unit="办公室", deadline=dt.date(2026, 12, 31))
        update_measure(seeded, seed_id("measure", 1, 2), unit="办公室")
    opening = _report_texts(seeded, tmp_path)[2]
    assert "其中明确责任领导的1条、明确责任单位的2条、明确整改时限的1条" in opening
    assert "明确了责任领导" not in opening


def test_docx_says_an_overdue_measure_is_overdue(seeded: Store, tmp_path: Path) -> None:
    late, ahead, waiting = seed_id("measure", 8, 2), seed_id("measure", 8, 3), seed_id("measure", 9, 1)
    with seeded.transaction():
        reopen_measure(seeded, late, dt.date(2026, 3, 1), "复查发现督导未落实")
        update_measure(seeded, late, deadline=dt.date(2026, 6, 30))
        reopen_measure(seeded, ahead, dt.date(2026, 3, 1), "复查发现督导未落实")
        update_measure(seeded, ahead, deadline=dt.date(2026, 12, 31))
        reopen_measure(seeded, waiting, dt.date(2026, 3, 1), "复查")
        update_measure(seeded, waiting, status=MeasureStatus.OPEN)
    texts = _report_texts(seeded, tmp_path)
    heading = next(t for t in texts if t.endswith(f"针对“{SEED_PROBLEMS[7]['title']}”问题"))
    body = texts[texts.index(heading) + 1]
    assert "（已逾期，整改时限2026年6月30日）" in body
    assert "（整改中，整改时限2026年12月31日）" in body
    assert "（整改中，整改时限2026年6月30日）" not in body
    assert "截至2026年11月25日，已完成63条，正在整改1条，已逾期1条，尚未开始1条。" in texts[2]
    assert "对尚未完成的3条整改措施（其中已逾期1条）" in next(t for t in texts if t.startswith("下一步"))
    # the day before the deadline passes it is not yet overdue
    texts = _report_texts(seeded, tmp_path, dt.date(2026, 6, 30))
    assert "已逾期" not in "".join(texts)


def test_docx_reports_visit_problems_in_a_section_of_their_own(demo_docx: Path) -> None:
    texts = [p.text for p in _paragraphs(demo_docx)]
    headings = [t for t in texts if re.match(r"^[一二三四五六七八九十]+、", t)]
    assert headings == [f"{n}、{a['title']}" for n, a in zip("一二三", SEED["areas"], strict=True)] + [
        "四、挂钩走访发现问题的整改情况"
    ]
    section = texts.index("四、挂钩走访发现问题的整改情况")
    assert "在挂钩联系走访中发现问题3个，制定整改措施4条" in texts[section + 1]
    visit_headings = [t for t in texts if "走访发现）" in t]
    assert len(visit_headings) == 3 and all(texts.index(t) > section for t in visit_headings)
    # the notice's figures and the ledger's count of its problems leave the visits out
    opening = next(t for t in texts if t.startswith("根据县委统一部署"))
    assert "逐条列出17个问题、66条整改措施" in opening
    assert "另在挂钩联系走访中发现问题3个，整改情况单列报告。" in opening
    assert "关于挂钩联系走访中发现的问题" not in texts  # not a 方面 of the inspection
    assert "（已逾期，整改时限2026年7月10日）" in "".join(texts[section:])


# -- the columns a clerk files: own progress, people in their place, overdue, visits apart ---------

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def clerk_ledger(seeded: Store) -> LedgerReport:
    """Problem 1's first two measures have progress of their own; a visit problem's measures have a
    person but no unit, one of them 14 days past its deadline on AS_OF, the other closed."""
    with seeded.transaction():
        add_progress(seeded, seed_id("measure", 1, 1), dt.date(2026, 3, 2), "党组会传达学习第一议题")
        add_progress(seeded, seed_id("measure", 1, 2), dt.date(2026, 3, 9), "修订中心组学习计划")
        visit = add_visit_problem(
            seeded,
            "消防通道堆放杂物",
            centre_id=None,
            contact_id=None,
            found_on=dt.date(2026, 5, 6),
            measures=["清理消防通道"],
            deadline=dt.date(2026, 6, 16),
            person="王芳",
        )
        later = add_measure(seeded, visit["id"], "建立每周巡查制度", person="李强", deadline=dt.date(2026, 7, 31))
        add_progress(seeded, later["id"], dt.date(2026, 6, 1), "已排定巡查表")
    return ledger_report(seeded)


def pdf_columns(path: Path) -> list[dict[str, str]]:
    """Each page's table text (from its header row down) by the column it is printed in.

    A piece of text is placed by its x against the PDF writer's column widths.
    """
    from itertools import accumulate

    from hdrectify.printing.layout import MARGIN
    from hdrectify.printing.ledger_pdf import COL_WIDTHS, HEADERS

    edges = [MARGIN + 6 + x for x in accumulate(COL_WIDTHS)]
    pages = []
    for page in PdfReader(path).pages:
        pieces: list[tuple[float, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            pieces.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))  # noqa: B023 (used at once)

        page.extract_text(visitor_text=visit)
        top = max(y for x, y, text in pieces if text == "序号")
        found: dict[str, str] = {h: "" for h in HEADERS}
        for x, y, text in pieces:
            column = next((h for h, edge in zip(HEADERS, edges, strict=True) if x < edge), None)
            if column is not None and text and y <= top + 1:
                found[column] += text
        pages.append(found)
    return pages


def test_xlsx_prints_each_measures_own_progress_people_and_overdue(clerk_ledger: LedgerReport, tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    write_ledger_xlsx(clerk_ledger, path, AS_OF)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [SHEET_TITLE, VISIT_SHEET_TITLE]
    ws = book[SHEET_TITLE]
    assert ws.cell(5, 8).value == "2026年3月2日：党组会传达学习第一议题"
    assert ws.cell(6, 8).value == "2026年3月9日：修订中心组学习计划"
    assert ws.cell(7, 8).value is None
    assert "消防通道堆放杂物" not in [c.value for c in ws["B"]]
    visits = book[VISIT_SHEET_TITLE]
    assert visits["A1"].value == "挂钩走访发现问题整改台账" and "依据" not in visits["A2"].value
    assert [c.value for c in visits[3]] == list(HEADERS)
    assert visits["A4"].value == 18 and visits["B4"].value == "消防通道堆放杂物"
    assert [visits.cell(r, 3).value for r in (4, 5)] == ["1. 清理消防通道", "2. 建立每周巡查制度"]
    assert [visits.cell(r, 5).value for r in (4, 5)] == [None, None]  # 责任单位: no person here
    assert [visits.cell(r, 6).value for r in (4, 5)] == ["王芳", "李强"]  # 责任人
    overdue, on_time = visits.cell(4, 9), visits.cell(5, 9)
    assert overdue.value.splitlines() == ["未销号", "未开始", "已逾期 14 天"]
    assert overdue.font.color.rgb.endswith("C00000") and overdue.fill.fgColor.rgb.endswith("FDE2E2")
    assert on_time.value.splitlines() == ["未销号", "整改中"]
    assert on_time.fill.fill_type is None and not (on_time.font.color and on_time.font.color.rgb.endswith("C00000"))
    assert visits.cell(5, 8).value == "2026年6月1日：已排定巡查表"
    assert visits.print_title_rows == "$3:$3" and visits.page_setup.orientation == "landscape"


def test_pdf_prints_each_measures_own_progress_people_and_overdue(
    clerk_ledger: LedgerReport, tmp_path: Path, render_pages
) -> None:
    path = tmp_path / "台账.pdf"
    write_ledger_pdf(clerk_ledger, path, clerk_ledger.federation, AS_OF)
    reader = PdfReader(path)
    texts = [squash(p.extract_text()) for p in reader.pages]
    columns = pdf_columns(path)
    for page in columns:  # the header row, on every page, has exactly the ten columns
        assert [squash(v)[: len(h)] for h, v in page.items()] == [h for h in HEADERS]
    first = columns[0]["整改进展/完成情况"]
    assert "党组会传达学习第一议题" in first and "修订中心组学习计划" in first
    assert first.count("党组会传达学习第一议题") == 1
    visit_pages = [n for n, t in enumerate(texts) if t.startswith("挂钩走访发现问题整改台账")]
    assert visit_pages == [len(texts) - 1]  # a section of its own, from a new page
    assert all("消防通道堆放杂物" not in t for t in texts[:-1])
    assert "依据" not in texts[-1] and "依据" in texts[0]
    last = columns[-1]
    assert "王芳" in last["责任人"] and "李强" in last["责任人"]
    assert squash(last["责任单位"]) == "责任单位"  # only its header: no person printed as a unit
    assert "已逾期14天" in squash(last["是否销号"])
    assert "已排定巡查表" in last["整改进展/完成情况"]
    pngs = render_pages(path)
    assert len(pngs) == len(texts)
