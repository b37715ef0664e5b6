"""The columns a clerk files in the 整改台账 (XLSX, PDF): own progress, people in their place, overdue, visits apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.printing.ledger_pdf import write_ledger_pdf
from hdrectify.printing.ledger_xlsx import HEADERS, SHEET_TITLE, VISIT_SHEET_TITLE, write_ledger_xlsx
from hdrectify.store.base import Store
from hdrectify.store.ledger import (
    add_progress,
    add_visit_problem,
    seed_id,
)
from hdrectify.store.ledger_edit import add_measure
from hdrectify.store.ledger_report import LedgerReport, ledger_report
from tests.before_the_lock import before_the_lock
from tests.printing.printing_helpers import squash

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def clerk_ledger(seeded: Store) -> LedgerReport:
    """Problem 1's first two measures have progress of their own; a visit problem's measures have a
    person but no unit, one of them 14 days past its deadline on AS_OF, the other closed."""
    with seeded.transaction():
        with before_the_lock(seeded, seed_id("measure", 1, 1), seed_id("measure", 1, 2)):
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
