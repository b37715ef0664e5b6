"""The evidence ZIP: organised by problem and measure, with an index, checked against its hashes."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.printing.evidence_zip import INDEX_HEADERS, INDEX_NAME, safe_name, write_evidence_zip
from hdrectify.store.base import Store
from hdrectify.store.evidence import evidence_file
from hdrectify.store.ledger import read_seed
from hdrectify.store.ledger_report import ledger_report

TODAY = dt.date(2026, 11, 25)
SEED_PROBLEMS = [p for a in read_seed()["areas"] for p in a["problems"]]


def _read_zip(path: Path) -> tuple[zipfile.ZipFile, list[dict[str, str]]]:
    zf = zipfile.ZipFile(path)
    index = list(csv.DictReader(io.StringIO(zf.read(INDEX_NAME).decode("utf-8-sig"))))
    return zf, index


def test_zip_is_organised_by_problem_and_measure(with_evidence: tuple[Store, dict[str, bytes]], tmp_path: Path) -> None:
    store, contents = with_evidence
    report = ledger_report(store)
    path = tmp_path / "佐证材料.zip"
    assert write_evidence_zip(report, report.evidence_root, path) == 3
    zf, index = _read_zip(path)
    one = "问题01 学习贯彻习近平重要论述和重要指示批示精神…/措施1"
    ten = next(n for n in zf.namelist() if n.startswith("问题10 ")).rsplit("/", 2)[0]
    assert ten == "问题10 " + SEED_PROBLEMS[9]["title"][:20] + "…"
    assert sorted(zf.namelist()) == sorted(
        [f"{one}/会议纪要.pdf", f"{one}/会议纪要 (2).pdf", f"{ten}/措施2/合同_验收_单_.docx", INDEX_NAME]
    )
    assert zf.read(f"{one}/会议纪要.pdf") == contents["a"]
    assert zf.read(f"{one}/会议纪要 (2).pdf") == contents["b"]
    assert zf.read(f"{ten}/措施2/合同_验收_单_.docx") == contents["c"]
    assert list(index[0]) == list(INDEX_HEADERS)
    by_path = {row["压缩包内路径"]: row for row in index}
    for name, key in (("会议纪要.pdf", "a"), ("会议纪要 (2).pdf", "b")):
        row = by_path[f"{one}/{name}"]
        assert row["问题序号"] == "1" and row["措施序号"] == "1" and row["文件名"] == "会议纪要.pdf"
        assert row["SHA-256"] == hashlib.sha256(contents[key]).hexdigest()
        assert row["大小（字节）"] == str(len(contents[key]))
        assert row["状态"] == "已打包"
    assert by_path[f"{ten}/措施2/合同_验收_单_.docx"]["文件名"] == "合同:验收*单?.docx"


def test_zip_lists_missing_files_instead_of_failing(
    with_evidence: tuple[Store, dict[str, bytes]], tmp_path: Path
) -> None:
    store, _ = with_evidence
    report = ledger_report(store)
    gone = next(e for e in report.measures[0].evidence if e.file_name == "会议纪要.pdf")
    stored = evidence_file(store, {"sha256": gone.sha256})
    stored.chmod(0o600)
    stored.unlink()
    path = tmp_path / "e.zip"
    assert write_evidence_zip(report, report.evidence_root, path) == 2
    zf, index = _read_zip(path)
    missing = [row for row in index if row["SHA-256"] == gone.sha256]
    assert len(missing) == 1 and missing[0]["状态"].startswith("缺失") and missing[0]["压缩包内路径"] == ""
    assert len(zf.namelist()) == 3 and len(index) == 3


def test_zip_leaves_out_a_damaged_file(with_evidence: tuple[Store, dict[str, bytes]], tmp_path: Path) -> None:
    store, _ = with_evidence
    report = ledger_report(store)
    item = report.problems[9].measures[1].evidence[0]
    stored = evidence_file(store, {"sha256": item.sha256})
    stored.chmod(0o600)
    stored.write_bytes(b"tampered")
    path = tmp_path / "e.zip"
    assert write_evidence_zip(report, report.evidence_root, path) == 2
    _, index = _read_zip(path)
    assert next(r for r in index if r["SHA-256"] == item.sha256)["状态"].startswith("已损坏")


def test_zip_without_evidence_is_refused(seeded: Store, tmp_path: Path) -> None:
    report = ledger_report(seeded)
    with pytest.raises(InputError, match="还没有佐证材料"):
        write_evidence_zip(report, report.evidence_root, tmp_path / "e.zip")
    assert not (tmp_path / "e.zip").exists()


def test_safe_names_for_windows() -> None:
    assert safe_name('a\\b/c:d*e?f"g<h>i|j.pdf') == "a_b_c_d_e_f_g_h_i_j.pdf"
    assert safe_name("CON.txt") == "_CON.txt"
    assert safe_name("报告. ") == "报告"
    assert safe_name("") == "_"
    long = safe_name("很长的文件名" * 30 + ".jpeg")
    assert len(long) <= 80 and long.endswith("….jpeg")
