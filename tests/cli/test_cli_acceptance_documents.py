"""The ledger's documents show 验收 and 延期: the PDF (read back with pypdf), the XLSX, the report (DOCX)
and the evidence ZIP's index name the 验收人 and 验收意见, and the original and current deadlines."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
from pypdf import PdfReader

from hdrectify.domain.wording import date_text
from tests.cli.cli_helpers import ok

TODAY = dt.date.today()
DUE = TODAY + dt.timedelta(days=30)
LATER = TODAY + dt.timedelta(days=60)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _closed_and_extended(run, db: Path, tmp_path: Path) -> None:
    scan = tmp_path / "验收记录.pdf"
    scan.write_bytes(b"%PDF-1.4 acceptance")
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录", "--deadline", DUE.isoformat()))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "每季度检查一次"))
    ok(
        run(
            "--db", db, "measure", "extend", "18.1", "--to", LATER.isoformat(),
            "--reason", "等待档案柜采购", "--approved-by", "张书记",
        )
    )  # fmt: skip
    ok(
        run(
            "--db", db, "measure", "close", "18.2", "--date", "2024-06-21", "--by", "李主席",
            "--opinion", "复查合格", "--evidence", scan,
        )
    )  # fmt: skip


def test_the_ledger_pdf_shows_the_acceptor_and_both_deadlines(run, db: Path, tmp_path: Path) -> None:
    _closed_and_extended(run, db, tmp_path)
    out = tmp_path / "台账.pdf"
    ok(run("--db", db, "ledger", "-o", out))
    text = _flat("\n".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert "验收人：李主席" in text and "验收意见：复查合格" in text
    assert _flat(date_text(LATER)) in text and _flat(f"原定{date_text(DUE)}") in text
    assert "等待档案柜采购" in text and "批准人：张书记" in text


def test_the_xlsx_report_and_evidence_zip_show_acceptance_and_extension(run, db: Path, tmp_path: Path) -> None:
    _closed_and_extended(run, db, tmp_path)
    xlsx, report, bundle = tmp_path / "台账.xlsx", tmp_path / "报告.docx", tmp_path / "佐证.zip"
    ok(run("--db", db, "ledger", "-o", xlsx))
    cells = [str(c) for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c]
    assert any("验收人：李主席" in c for c in cells)
    assert any(f"原定时限：{date_text(DUE)}" in c and "批准人：张书记" in c for c in cells)

    ok(run("--db", db, "ledger", "-o", report))
    prose = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
    assert "其中经批准延期的整改措施1条，原因：等待档案柜采购。" in prose
    assert "验收人李主席" in prose and f"原定{date_text(DUE)}" in prose

    ok(run("--db", db, "ledger", "--evidence-zip", bundle))
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".csv") and "签字" not in n)
        rows = list(csv.DictReader(io.StringIO(zf.read(name).decode("utf-8-sig"))))
    mine = [r for r in rows if r["文件名"] == "验收记录.pdf"]
    assert [(r["销号日期"], r["验收人"], r["验收意见"]) for r in mine] == [("2024-06-21", "李主席", "复查合格")]


def test_the_summaries_count_the_measures_extended_in_their_span(run, db: Path, tmp_path: Path) -> None:
    _closed_and_extended(run, db, tmp_path)  # extended today: in this quarter and this year, not in 2024-Q1
    quarter = f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}"
    pdf, xlsx, annual, old = (tmp_path / n for n in ("季.pdf", "季.xlsx", "年.pdf", "旧.xlsx"))
    for *span, out in (("--quarter", quarter, pdf), ("--quarter", quarter, xlsx), ("--year", str(TODAY.year), annual)):
        ok(run("--db", db, "summary", *span, "-o", out))
    pages = _flat("\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert "本季度经批准延期的整改措施1条，原因：等待档案柜采购。" in pages
    sheet = openpyxl.load_workbook(xlsx)["汇总"]
    assert any("本季度经批准延期的整改措施1条，原因：等待档案柜采购。" in str(c) for r in sheet.values for c in r)
    year = _flat("\n".join(page.extract_text() or "" for page in PdfReader(annual).pages))
    assert "本年度经批准延期的整改措施1条，原因：等待档案柜采购。" in year

    ok(run("--db", db, "summary", "--quarter", "2024-Q1", "-o", old))  # before the extension: not counted
    assert not any("延期" in str(c) for r in openpyxl.load_workbook(old)["汇总"].values for c in r)


def test_a_summary_with_very_long_extension_reasons_keeps_its_whole_paragraph(run, db: Path, tmp_path: Path) -> None:
    """Two 20,000-character reasons: the summary names each by its start, and the paragraph still ends with its
    date — an XLSX cell holds at most 32,767 characters and Excel cuts the rest without a word."""
    _closed_and_extended(run, db, tmp_path)
    long_a, long_b = "甲" * 19_999 + "尾", "=" + "乙" * 20_000
    for n, reason in enumerate((long_a, long_b), start=1):
        to = (LATER + dt.timedelta(days=30 * n)).isoformat()
        ok(run("--db", db, "measure", "extend", "18.1", "--to", to, "--reason", reason, "--approved-by", "张书记"))
    quarter = f"{TODAY.year}-Q{(TODAY.month - 1) // 3 + 1}"
    pdf, xlsx = tmp_path / "季.pdf", tmp_path / "季.xlsx"
    for out in (pdf, xlsx):
        ok(run("--db", db, "summary", "--quarter", quarter, "-o", out))
    (paragraph,) = [c for r in openpyxl.load_workbook(xlsx)["汇总"].values for c in r if "经批准延期" in str(c)]
    assert len(paragraph) < 32_767 and paragraph.endswith(f"（统计截至{date_text(TODAY)}。）")
    assert "等待档案柜采购；" + "甲" * 20 in paragraph and "；=乙乙" in paragraph and "尾" not in paragraph
    pages = _flat("\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages))
    assert f"（统计截至{date_text(TODAY)}。）" in pages and "尾" not in pages
