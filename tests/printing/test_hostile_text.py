"""Hostile text in every document: text of any length prints, and spreadsheets stay inert.

One small quarter (2024-Q1: one pairing, two contacts — one 补录 —, a report, an
exemption, a problem found on a visit with a progress note and an evidence file) is
built through the store's write functions with chosen text in its fields; then the
checklist, the quarterly summary (PDF, XLSX), the ledger (PDF, XLSX, DOCX) and the
evidence ZIP are made from it and read back.

Each long text ends in its own marker (``ZQnote`` …), so the test can tell the whole
text was printed: its tail is in the PDF's extracted text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PageObject, PdfReader

from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import clean_name
from hdrectify.printing.checklist import write_checklist
from hdrectify.printing.evidence_zip import INDEX_NAME, write_evidence_zip
from hdrectify.printing.ledger_docx import write_ledger_docx
from hdrectify.printing.ledger_pdf import write_ledger_pdf
from hdrectify.printing.ledger_xlsx import write_ledger_xlsx
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store import ledger, people, records
from hdrectify.store.base import Store
from hdrectify.store.checklist import checklist_data
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger_report import ledger_report
from hdrectify.store.summary import summary_data

Q1 = Period(Kind.QUARTER, 2024, 1)
JAN = Period(Kind.MONTH, 2024, 1)
AS_OF = dt.date(2024, 4, 20)
FEDERATION = "惠东县残疾人联合会"
FIELDS = ("centre", "town", "member", "note", "found", "report", "reason", "title", "detail", "measure", "progress")
N = 20_000
# what each long text is made of, repeated to N characters
KINDS = {
    "mixed": "康园中心Abc123（测试）、№5#%&*；",  # CJK, Latin, digits and symbols, no space or line break
    "spaced": "visit 康园 中心 note 42 ",  # words between spaces
    "lines": "第1行中心情况良好\n",  # many short lines
    "word": "Ab3",  # one word of N characters: no break opportunity at all
}


def long_text(kind: str, field: str, n: int = N) -> str:
    tail = f"ZQ{field}"
    unit = KINDS[kind]
    return (unit * (n // len(unit) + 1))[: n - len(tail)] + tail


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path) -> str:
    return squash("".join(page.extract_text() for page in PdfReader(pdf).pages))


def text_runs(page: PageObject) -> list[tuple[float, float, float, str]]:
    """Each piece of text on ``page``: where it starts (x, y in points), its size (points), the text."""
    runs: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x, y = cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]
            runs.append((x, y, size * abs(tm[0] or tm[3] or 1) * abs(cm[0] or 1), text))

    page.extract_text(visitor_text=visit)
    return runs


def column_text(pdf: Path) -> str:
    """The PDF's text read column by column: the lines that start at the same x, top to bottom, page
    after page. A table's cell wraps its text into lines at one x, which plain extraction would
    interleave with the cells beside them."""
    columns: dict[float, list[str]] = {}
    for page in PdfReader(pdf).pages:
        for x, _, _, text in sorted((round(x), -y, size, text) for x, y, size, text in text_runs(page)):
            columns.setdefault(x, []).append(text)
    return "\n".join(squash("".join(texts)) for _, texts in sorted(columns.items()))


def build(db: Path, texts: dict[str, str], evidence: Path) -> None:
    """The quarter, with ``texts[field]`` where given and a short text elsewhere."""
    t = {f: texts.get(f, f"短{f}") for f in FIELDS}
    with Store.open(db) as s, s.transaction():
        s.set_setting("federation_name", FEDERATION)
        centre = people.add_centre(s, t["centre"], t["town"])
        member = people.add_member(s, t["member"])
        people.add_pairing(s, member, centre, dt.date(2024, 1, 1))
        visit = records.log_contact(s, member, centre, dt.date(2024, 1, 10), "onsite", t["note"], t["found"])
        s.update("contacts", visit["id"], {"recorded_at": "2024-02-20T10:00:00+08:00"})  # 补录
        records.log_contact(s, member, centre, dt.date(2024, 1, 3), "phone", t["note"])
        records.add_report(s, member, centre, Q1, dt.date(2024, 4, 5), note=t["report"])
        records.add_exemptions(s, member, centre, "visit", dt.date(2024, 2, 1), dt.date(2024, 2, 29), t["reason"])
        problem = ledger.add_visit_problem(
            s,
            t["title"],
            centre_id=centre["id"],
            contact_id=visit["id"],
            found_on=dt.date(2024, 1, 10),
            detail=t["detail"],
            measures=[t["measure"], "短措施"],
            deadline=dt.date(2024, 3, 1),
            person="王一",
        )
        measure = s.scalar("SELECT id FROM ledger_measures WHERE problem_id = ? AND no = 1", [problem["id"]])
        ledger.add_progress(s, measure, dt.date(2024, 2, 1), t["progress"])
        add_evidence(s, measure, evidence)


def documents(db: Path, out: Path, only: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every document of the database (or those named in ``only``), by name."""
    out.mkdir(exist_ok=True)
    paths = {
        name: out / f"{name}.{ext}"
        for name, ext in (
            ("checklist", "pdf"),
            ("summary_pdf", "pdf"),
            ("summary_xlsx", "xlsx"),
            ("ledger_pdf", "pdf"),
            ("ledger_xlsx", "xlsx"),
            ("ledger_docx", "docx"),
            ("evidence", "zip"),
        )
    }
    wanted = set(only or paths)
    with Store.open(db) as s:
        federation = s.setting("federation_name")
        if "checklist" in wanted:
            write_checklist(checklist_data(s, JAN, today=AS_OF), paths["checklist"], federation, AS_OF)
        summary = summary_data(s, Q1, AS_OF)
        if "summary_pdf" in wanted:
            write_summary_pdf(summary, paths["summary_pdf"], federation, AS_OF)
        if "summary_xlsx" in wanted:
            write_summary_xlsx(summary, paths["summary_xlsx"], federation)
        report = ledger_report(s)
        if "ledger_pdf" in wanted:
            write_ledger_pdf(report, paths["ledger_pdf"], federation, AS_OF)
        if "ledger_xlsx" in wanted:
            write_ledger_xlsx(report, paths["ledger_xlsx"], AS_OF)
        if "ledger_docx" in wanted:
            write_ledger_docx(report, paths["ledger_docx"], AS_OF)
        if "evidence" in wanted:
            write_evidence_zip(report, report.evidence_root, paths["evidence"])
    return {name: path for name, path in paths.items() if name in wanted}


def evidence_file(folder: Path, name: str = "验收单.pdf") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF evidence")
    return path


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    return evidence_file(tmp_path / "files")


# -- 1. any text length prints ------------------------------------------------------------------

# where each document prints a text whole (elsewhere it may show an excerpt)
WHOLE = {
    "summary_pdf": ("member", "centre", "town", "found", "reason", "title", "detail", "measure", "note"),
    "ledger_pdf": ("title", "measure", "progress"),
    "checklist": ("note", "found", "title", "measure"),
}
NAMES = ("centre", "town", "member")  # in narrow columns: 2,000 characters already fill dozens of pages


@pytest.mark.parametrize("kind", list(KINDS))
def test_long_texts_print_whole_in_every_document(kind: str, db_path: Path, tmp_path: Path, evidence: Path) -> None:
    texts = {f: long_text(kind, f, 2000 if f in NAMES else N) for f in FIELDS}
    build(db_path, texts, evidence)
    docs = documents(db_path, tmp_path / "out")
    for name, fields in WHOLE.items():
        text = column_text(docs[name])
        for field in fields:
            # the tail, and the text's last 40 characters without their spaces
            assert f"ZQ{field}" in text, f"{name}: the end of the long {field} is missing"
            assert squash(texts[field])[-40:] in text, f"{name}: the end of the long {field} is missing"
    for name in ("summary_xlsx", "ledger_xlsx"):
        values = {c.value for ws in openpyxl.load_workbook(docs[name]) for row in ws.iter_rows() for c in row}
        # a title is a name: stored on one line, its runs of spaces and line breaks made one space
        # (the ledger numbers each measure within its problem: "1. …")
        assert clean_name(texts["title"]) in values, name
        assert texts["measure"] in values or f"1. {texts['measure']}" in values, name
    body = "\n".join(p.text for p in docx.Document(str(docs["ledger_docx"])).paragraphs)
    assert texts["measure"].strip() in body
    with zipfile.ZipFile(docs["evidence"]) as zf:
        names = zf.namelist()
        assert all(len(part) <= 90 for name in names for part in name.split("/")), names
        index = list(csv.reader(io.StringIO(zf.read(INDEX_NAME).decode("utf-8-sig"))))
    assert index[1][1] == clean_name(texts["title"]) and index[1][3] == texts["measure"]


def test_a_long_note_no_longer_breaks_the_summary(db_path: Path, tmp_path: Path, evidence: Path) -> None:
    """The reported case: one 1,500-character note made `summary --quarter` fail with a LayoutError."""
    note = ("电话了解中心康复训练开展情况，" * 100)[:1494] + "ZQnote"
    build(db_path, {"note": note}, evidence)
    pdf = documents(db_path, tmp_path / "out", ("summary_pdf",))["summary_pdf"]
    text = pdf_text(pdf)
    assert text.count("ZQnote") == 2  # both contacts were entered late: both are listed under 补录
    assert squash(note)[-60:] in text


def test_long_text_wraps_within_the_page(
    db_path: Path, tmp_path: Path, evidence: Path, assert_not_blank: Callable[..., list[Path]]
) -> None:
    """No text runs off a page: every piece of text starts and ends inside it, at a legible size."""
    texts = {f: long_text("mixed", f, 3000) for f in FIELDS}
    build(db_path, texts, evidence)
    docs = documents(db_path, tmp_path / "out", ("checklist", "summary_pdf", "ledger_pdf"))
    for name in ("checklist", "summary_pdf", "ledger_pdf"):
        reader = PdfReader(docs[name])
        for n, page in enumerate(reader.pages, start=1):
            width = float(page.mediabox.width)
            runs = text_runs(page)
            for x, _, size, text in runs:
                assert -1 <= x < width, f"{name} page {n}: text starts off the page: {text[:30]}"
                assert size >= 5, f"{name} page {n}: text shrunk to {size:.1f} pt: {text[:30]}"
        pngs = assert_not_blank(docs[name])
        assert len(pngs) == len(reader.pages)


def test_names_of_20000_characters(db_path: Path, tmp_path: Path, evidence: Path) -> None:
    """The summary prints a long name whole; the checklist's header boxes hold one line: there it ends in …."""
    texts = {f: long_text("mixed", f) for f in NAMES}
    build(db_path, texts, evidence)
    docs = documents(db_path, tmp_path / "out", ("checklist", "summary_pdf"))
    summary = pdf_text(docs["summary_pdf"])
    for field in NAMES:
        assert f"ZQ{field}" in summary
    first = squash(PdfReader(docs["checklist"]).pages[0].extract_text())
    for field in ("centre", "member", "town"):
        assert texts[field][:8] in first
        assert f"ZQ{field}" not in first  # cut, not squeezed
    assert "…" in first


# -- 2. spreadsheets are inert ------------------------------------------------------------------

HOSTILE = {
    "centre": '=HYPERLINK("http://x","y")',
    "town": "+1+1镇",
    "member": "-2+3",
    "note": "@SUM(1,1)",
    "found": "\t=1+1",
    "report": "\r=1+1",
    "reason": "=1+1",
    "title": '=HYPERLINK("http://evil","点击")',
    "detail": "-cmd",
    "measure": "+cmd|' /C calc'!A0",
    "progress": "@进展",
}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _sheet_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/")]


@pytest.mark.parametrize("name", ["summary_xlsx", "ledger_xlsx"])
def test_spreadsheets_hold_formula_like_text_as_text(name: str, db_path: Path, tmp_path: Path) -> None:
    evidence = evidence_file(tmp_path / "files", "=evil.pdf")
    build(db_path, HOSTILE, evidence)
    path = documents(db_path, tmp_path / "out")[name]
    for xml in _sheet_xml(path):
        assert "<f>" not in xml and "<f " not in xml, "a cell was written as a formula"
    found: dict[str, openpyxl.cell.cell.Cell] = {}
    for ws in openpyxl.load_workbook(path):
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", f"{cell.coordinate} {cell.value!r} is {cell.data_type}"
                    if cell.value.startswith(DANGEROUS):
                        assert cell.quotePrefix, f"{ws.title}!{cell.coordinate} {cell.value!r} has no quote prefix"
                    found[cell.value] = cell
    expected = {
        "summary_xlsx": ("centre", "town", "member", "note", "found", "report", "reason", "title", "measure"),
        "ledger_xlsx": ("title", "measure"),
    }[name]
    for field in expected:
        # as the store keeps it: a note's leading tab or line break is trimmed when it is written
        kept = HOSTILE[field] if field in ("title", "measure", "centre", "town", "member") else HOSTILE[field].strip()
        if name == "ledger_xlsx" and field == "measure":
            kept = f"1. {kept}"  # the ledger numbers each measure within its problem
        assert kept in found, f"{field}: {kept!r} not written as it is"
    if name == "ledger_xlsx":
        assert "佐证材料：=evil.pdf" in found  # under 备注


def test_other_documents_show_formula_like_text_as_it_is(db_path: Path, tmp_path: Path) -> None:
    evidence = evidence_file(tmp_path / "files", "=evil.pdf")
    build(db_path, HOSTILE, evidence)
    docs = documents(db_path, tmp_path / "out")
    summary = pdf_text(docs["summary_pdf"])
    for field in ("centre", "title", "measure", "reason"):
        assert squash(HOSTILE[field]) in summary, field
    body = "\n".join(p.text for p in docx.Document(str(docs["ledger_docx"])).paragraphs)
    assert HOSTILE["title"] in body
    with zipfile.ZipFile(docs["evidence"]) as zf:
        index = list(csv.reader(io.StringIO(zf.read(INDEX_NAME).decode("utf-8-sig"))))
    # the index opens in Excel: a cell that would start a formula starts with ' (OWASP's advice for CSV)
    row = dict(zip(index[0], index[1], strict=True))
    assert row["问题"] == "'" + HOSTILE["title"]
    assert row["整改措施"] == "'" + HOSTILE["measure"]
    assert row["文件名"] == "'=evil.pdf"
    for cells in index:
        assert not any(c.startswith(DANGEROUS) for c in cells), cells


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(1)", "\t=1+1", "\r=1+1", '=HYPERLINK("x","y")'])
def test_text_that_arrives_untrimmed_is_inert_too(value: str, tmp_path: Path) -> None:
    """A bundle's rows are not trimmed as typed text is: a leading tab or carriage return stays text as well."""
    from hdrectify.printing.inert import inert_csv, inert_workbook

    wb = openpyxl.Workbook()
    wb.active.append([value, "普通文字"])
    inert_workbook(wb)
    path = tmp_path / "x.xlsx"
    wb.save(path)
    assert all("<f>" not in xml and "<f " not in xml for xml in _sheet_xml(path))
    cell = openpyxl.load_workbook(path).active["A1"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (value, "s", True)
    assert inert_csv(value) == "'" + value and inert_csv("普通文字") == "普通文字"
