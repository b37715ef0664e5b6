"""The document commands: checklist, summary, ledger -o / --evidence-zip, read back from the files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from hdrectify.store.demo import build_demo
from tests.before_the_lock import before_the_lock

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, TODAY)
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_checklist_for_one_member(run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "清单.pdf"
    code, stdout, err = run("--db", demo, "checklist", "--month", "2026-03", "--member", "陈志强", "-o", out)
    assert (code, err) == (0, "")
    assert "月度清单" in stdout and str(out) in stdout
    text = pdf_text(out)
    assert "挂钩联系工作月度清单" in text and "陈志强" in text
    assert "平山街道康园中心" in text and "安墩镇康园中心" in text
    assert "黄伟明" not in text


def test_checklist_for_everyone_has_a_page_per_pairing_at_least(run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    code, _, err = run("--db", demo, "checklist", "--month", "2026-10", "-o", out)
    assert (code, err) == (0, "")
    assert len(PdfReader(out).pages) >= 17


def test_checklist_refuses_an_unknown_member_and_an_empty_month(run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run("--db", demo, "checklist", "--month", "2026-03", "--member", "无此人", "-o", out)
    assert code != 0 and err.startswith("错误：") and len(err.strip().splitlines()) == 1
    code, _, err = run("--db", demo, "checklist", "--month", "2019-03", "-o", out)
    assert code != 0 and err.startswith("错误：") and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_checklist_refuses_a_wrong_suffix_and_an_unwritable_path(run, demo: Path, tmp_path: Path) -> None:
    code, _, err = run("--db", demo, "checklist", "--month", "2026-03", "-o", tmp_path / "x.xlsx")
    assert code != 0 and "PDF" in err
    code, _, err = run("--db", demo, "checklist", "--month", "2026-03", "-o", tmp_path / "no" / "such" / "x.pdf")
    assert code != 0 and err.startswith("错误：") and len(err.strip().splitlines()) == 1


def test_summary_pdf_and_xlsx(run, demo: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "q.pdf", tmp_path / "q.xlsx"
    assert run("--db", demo, "summary", "--quarter", "2026-Q1", "-o", pdf)[0] == 0
    assert run("--db", demo, "summary", "--quarter", "2026-Q1", "-o", xlsx)[0] == 0
    assert "2026" in pdf_text(pdf) and "陈志强" in pdf_text(pdf)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[:3] == ["汇总", "统计", "挂钩"]
    code, _, err = run("--db", demo, "summary", "--quarter", "2019-Q1", "-o", tmp_path / "none.pdf")
    assert code != 0 and err.startswith("错误：")
    assert not (tmp_path / "none.pdf").exists()


def test_ledger_exports(run, demo: Path, tmp_path: Path) -> None:
    for name in ("台账.xlsx", "台账.pdf", "报告.docx"):
        code, _, err = run("--db", demo, "ledger", "-o", tmp_path / name)
        assert (code, err) == (0, ""), name
    sheet = openpyxl.load_workbook(tmp_path / "台账.xlsx").active
    values = {c.value for row in sheet.iter_rows() for c in row if c.value}
    assert any("学习贯彻习近平重要论述" in str(v) for v in values)
    assert "整改措施" in pdf_text(tmp_path / "台账.pdf")
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "报告.docx")).paragraphs]
    assert any("整改" in p for p in paragraphs[:3])


def test_ledger_evidence_zip_and_exclusive_options(run, demo: Path, tmp_path: Path) -> None:
    import shutil

    from hdrectify.store.base import Store
    from hdrectify.store.evidence import add_evidence

    db = tmp_path / "demo.db"
    shutil.copy(demo, db)
    out = tmp_path / "佐证.zip"
    code, _, err = run("--db", db, "ledger", "--evidence-zip", out)
    assert code != 0 and err.startswith("错误：") and not out.exists()  # nothing to pack yet: no empty file
    photo = tmp_path / "扶手维修照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the new handrail")
    with Store.open(db) as store, store.transaction():
        measure = store.scalar("SELECT id FROM ledger_measures WHERE status = 'done' ORDER BY problem_id LIMIT 1")
        with before_the_lock(store, measure):  # a measure closed before closed measures were locked
            add_evidence(store, measure, photo)
    code, stdout, err = run("--db", db, "ledger", "--evidence-zip", out)
    assert (code, err) == (0, "") and "1 个文件" in stdout
    with zipfile.ZipFile(out) as archive:
        stored = [n for n in archive.namelist() if n.endswith("扶手维修照片.jpg")]
        assert len(stored) == 1 and archive.read(stored[0]) == photo.read_bytes()
    code, _, err = run("--db", db, "ledger", "--json", "-o", tmp_path / "x.pdf")
    assert code != 0 and "一次只能用一个" in err


def test_document_commands_do_not_import_qt(demo: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from hdrectify.cli import main\n"
        "try:\n"
        f"    main(['--db', {str(demo)!r}, 'ledger', '-o', {str(tmp_path / 'l.pdf')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_annual_summary_pdf_and_xlsx(run, demo: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "2026.pdf", tmp_path / "2026.xlsx"
    code, out, err = run("--db", demo, "summary", "--year", "2026", "-o", pdf)
    assert (code, err) == (0, "") and "2026年" in out
    text = pdf_text(pdf).replace("\n", "")
    assert "2026年度挂钩联系工作汇总" in text and "年度考评" in text and "各党员完成情况" in text
    assert run("--db", demo, "summary", "--year", "2026", "-o", xlsx)[0] == 0
    book = openpyxl.load_workbook(xlsx)
    assert book["汇总"]["A1"].value == "2026年度挂钩联系工作汇总"
    assert "考评·得分" in [c.value for c in book["挂钩"][1]]


def test_summary_needs_exactly_one_of_quarter_and_year(run, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    for args in (("--quarter", "2026-Q1", "--year", "2026"), ()):
        code, _, err = run("--db", demo, "summary", *args, "-o", out)
        assert code != 0 and err.startswith("错误：") and len(err.strip().splitlines()) == 1, args
        assert "--quarter" in err and "--year" in err
    code, _, err = run("--db", demo, "summary", "--year", "2026-Q1", "-o", out)
    assert code != 0 and err.startswith("错误：")
    assert not out.exists()
