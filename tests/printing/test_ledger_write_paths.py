"""The ledger documents and the evidence ZIP against bad output paths, and of databases with only part of a ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.domain.errors import InputError
from hdrectify.printing.evidence_zip import write_evidence_zip
from hdrectify.printing.ledger_docx import write_ledger_docx
from hdrectify.printing.ledger_pdf import write_ledger_pdf
from hdrectify.printing.ledger_xlsx import VISIT_SHEET_TITLE, write_ledger_xlsx
from hdrectify.store.base import Store
from hdrectify.store.ledger import (
    add_visit_problem,
)
from hdrectify.store.ledger_report import ledger_report
from tests.printing.printing_helpers import DEMO_TODAY, SEED_PROBLEMS, docx_paragraphs, squash


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
    assert write_ledger_pdf(report, tmp_path / "l.pdf", "惠东县残疾人联合会", DEMO_TODAY) >= 5
    assert write_ledger_xlsx(report, tmp_path / "l.xlsx", DEMO_TODAY) == sum(len(p["measures"]) for p in SEED_PROBLEMS)
    write_ledger_docx(report, tmp_path / "l.docx", DEMO_TODAY)
    texts = [p.text for p in docx_paragraphs(tmp_path / "l.docx")]
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
    write_ledger_xlsx(report, tmp_path / "l.xlsx", DEMO_TODAY)
    book = openpyxl.load_workbook(tmp_path / "l.xlsx")
    assert book.sheetnames == [VISIT_SHEET_TITLE]
    assert book[VISIT_SHEET_TITLE]["A1"].value == "挂钩走访发现问题整改台账"
    assert write_ledger_pdf(report, tmp_path / "l.pdf", report.federation, DEMO_TODAY) == 1
    first = squash(PdfReader(tmp_path / "l.pdf").pages[0].extract_text())
    assert first.startswith("挂钩走访发现问题整改台账") and "依据" not in first
    write_ledger_docx(report, tmp_path / "l.docx", DEMO_TODAY)
    texts = [p.text for p in docx_paragraphs(tmp_path / "l.docx")]
    assert texts[0].replace("\n", "") == "中共惠东县残疾人联合会党组关于挂钩联系走访发现问题整改情况的报告"
    assert "在挂钩联系走访中发现问题1个、制定整改措施1条，尚未开始1条" in texts[2]
    assert "（一）针对“消防通道堆放杂物”问题（2026年5月6日走访发现）" in texts
