"""Text longer than an Excel cell holds (32,767 characters) is cut with a note that says so, not silently."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from hdrectify.printing.xlsx_style import CELL_CUT, EXCEL_CELL_MAX
from tests.cli.cli_helpers import CHEN, A, ok

LONG = "长" * 39_999 + "尾"


def _cells(path: Path) -> list[str]:
    return [c for ws in openpyxl.load_workbook(path) for r in ws.values for c in r if isinstance(c, str)]


def test_a_note_longer_than_a_cell_is_cut_with_a_word_in_the_summary(run, db: Path, tmp_path: Path) -> None:
    ok(run("--db", db, "log", CHEN, A, "--date", "2024-03-05", "--method", "onsite", "--note", LONG))
    out = tmp_path / "汇总.xlsx"
    ok(run("--db", db, "summary", "--quarter", "2024-Q1", "-o", out))
    (cell,) = [c for c in _cells(out) if "长长长" in c]
    assert len(cell) == EXCEL_CELL_MAX and cell.endswith(CELL_CUT) and "尾" not in cell


def test_a_progress_note_longer_than_a_cell_is_cut_with_a_word_in_the_ledger(run, db: Path, tmp_path: Path) -> None:
    ok(run("--db", db, "problem", "add", "--area", "2", "--title", "档案管理不规范"))
    ok(run("--db", db, "measure", "add", "--problem", "18", "--text", "建立档案目录"))
    ok(run("--db", db, "measure", "progress", "18.1", "--date", "2024-05-06", "--text", LONG))
    out = tmp_path / "台账.xlsx"
    ok(run("--db", db, "ledger", "-o", out))
    (cell,) = [c for c in _cells(out) if "长长长" in c]
    assert len(cell) <= EXCEL_CELL_MAX and cell.endswith(CELL_CUT) and "尾" not in cell
