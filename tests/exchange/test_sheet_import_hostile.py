"""Excel / CSV import of hostile input: formulas, long notes, invisible characters, huge or broken files."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import import Kind, Outcome, SheetMapping, apply, default_mapping, plan, read_workbook
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CHEN,
    roster_db,
)


# -- hostile input ------------------------------------------------------------------------------------
def test_formulas_are_text_long_notes_are_kept_invisible_characters_refused(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    ws.append([CHEN, CENTRE_A, "2024-03-05", "电话", "=cmd|' /C calc'!A0"])
    ws.append([CHEN, CENTRE_A, "2024-03-06", "电话", "长" * 20_000])
    ws.append(["陈\u200b志强", CENTRE_A, "2024-03-07", "电话", ""])
    path = tmp_path / "hostile.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert [r.row for r in p.refused] == [4]
    assert "不可见字符" in p.refused[0].reason and "U+200B" in p.refused[0].reason
    apply(store, p, only_good=True)
    notes = [r["note"] for r in store.rows("SELECT note FROM contacts ORDER BY date")]
    assert notes == ["=cmd|' /C calc'!A0", "长" * 20_000]


def with_cached_values(path: Path, cached: dict[str, str]) -> None:
    """Give formula cells the value Excel would have saved beside them (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in cached.items():
        pattern = rf'(<c r="{ref}"[^>]*)>(<f>[^<]*</f>)<v\s*/?>(?:</v>)?'
        xml, n = re.subn(pattern, lambda m: f'{m[1]} t="str">{m[2]}<v>{value}</v>', xml)  # noqa: B023 (used at once)
        assert n == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_formula_reads_as_the_value_excel_saved_else_as_its_text(tmp_path: Path, store: Store) -> None:
    roster_db(store)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws["C1"] = "党员"  # the sheet starts at C1: row and column numbers still count from A1
    ws["D1"], ws["E1"], ws["F1"], ws["G1"] = "康园中心", "日期", "方式", "情况"
    ws["C2"], ws["D2"], ws["E2"], ws["F2"], ws["G2"] = '=""&"陈志强"', CENTRE_A, "2024-03-05", "电话", "=1+1"
    ws["C4"], ws["D4"], ws["E4"], ws["F4"], ws["G4"] = CHEN, CENTRE_A, "2024-03-07", "电话", "=cmd|' /C calc'!A0"
    ws["H5"] = "=SUM(A1:A2)"  # a formula alone, beyond the values, without a saved value
    path = tmp_path / "公式.xlsx"
    wb.save(path)
    with_cached_values(path, {"C2": CHEN, "G2": "2"})
    sheet = read_workbook(path).sheets[0]
    assert sheet.header_row == 1 and sheet.columns == {2: "member", 3: "centre", 4: "date", 5: "method", 6: "note"}
    assert [(n, cells[2:]) for n, cells in sheet.rows] == [
        (2, (CHEN, CENTRE_A, "2024-03-05", "电话", "2")),
        (4, (CHEN, CENTRE_A, "2024-03-07", "电话", "=cmd|' /C calc'!A0")),
        (5, (None, None, None, None, None, "=SUM(A1:A2)")),
    ]


def test_a_sheet_formatted_far_below_its_data_reads_quickly(tmp_path: Path, store: Store) -> None:
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    ws.append([CHEN, CENTRE_A, "2024-03-05", "电话"])
    bold = Font(bold=True)
    for row in range(3, 100_003):  # 100,000 empty rows that carry a format
        ws.cell(row=row, column=1).font = bold
    path = tmp_path / "big.xlsx"
    wb.save(path)
    started = time.perf_counter()
    read = read_workbook(path)
    assert time.perf_counter() - started < 10
    assert len(read.sheets[0].rows) == 1


def test_a_header_only_sheet_and_files_that_are_not_workbooks(tmp_path: Path, store: Store) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式"])
    path = tmp_path / "empty.xlsx"
    wb.save(path)
    p = plan(store, read_workbook(path))
    assert p.ok and p.counts() == {"contact": {"added": 0, "present": 0, "refused": 0}}
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="无法读取"):
        read_workbook(fake)
    with pytest.raises(InputError, match=r"\.xlsx"):
        read_workbook(tmp_path / "x.pdf")
    latin = tmp_path / "bad.csv"
    latin.write_bytes(b"\xff\xfe\x00\x81\x30")
    with pytest.raises(InputError, match="编码"):
        read_workbook(latin)


def test_a_missing_required_column_is_said_at_the_header(tmp_path: Path, store: Store) -> None:
    read = read_workbook(write_csv(tmp_path / "联系记录.csv", "党员,康园中心,日期\n陈志强,x,2024-03-05\n"))
    mapping = default_mapping(read)
    mapping["联系记录"] = SheetMapping(Kind.CONTACT, {0: "member", 1: "centre", 2: "date"})
    p = plan(store, read, mapping)
    assert [r.line for r in p.refused] == ["联系记录 第1行: 缺少“方式”列：请在表头加上这一列，或在预览中为它选择一列"]
    assert p.refused[0].outcome is Outcome.REFUSED


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
