"""The ledger as a spreadsheet (整改台账.xlsx): one sheet, the office's usual eight columns.

Row 1 is the title, row 2 where the ledger comes from, row 3 the header (frozen, and
repeated on every printed page). Each area is a section row merged across the table;
a problem's 序号 and 问题 cells are merged down over its measures. Row heights are
estimated from the text, because Excel does not grow a row for a merged cell's text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hdrectify.domain.ledger import PENDING_NO
from hdrectify.outputs import atomic_output
from hdrectify.printing.inert import inert_workbook
from hdrectify.store.ledger_report import (
    LedgerReport,
    MeasureItem,
    area_heading,
    completion_lines,
    ledger_title,
    unit_lines,
    zh_date,
)

SHEET_TITLE = "整改台账"
HEADERS = ("序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限", "完成情况", "佐证材料")
WIDTHS = (6, 26, 62, 10, 14, 13, 32, 24)  # in Excel's character units; A4 landscape at fit-to-width
HEADER_ROW = 3
FONT_NAME = "宋体"  # what a Chinese Windows Excel has; Excel substitutes elsewhere
BODY_PT = 10
LINE_PT = 13.5
DATE_FORMAT = 'yyyy"年"m"月"d"日"'

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
_AREA_FILL = PatternFill("solid", fgColor="F3F5F8")


def _display_width(text: str) -> float:
    """Width in Excel character units: a Chinese character is about two."""
    return sum(1.0 if ord(ch) < 0x2E80 else 1.9 for ch in text)


def _lines(text: str, width: float) -> int:
    usable = max(width - 1.5, 2.0)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n")) if text else 1


def _height(lines: int) -> float:
    return lines * LINE_PT + 5


def _measure_cells(m: MeasureItem) -> list[object]:
    return [
        m.text,
        m.leader,
        "\n".join(unit_lines(m)),
        m.deadline,
        "\n".join(completion_lines(m)),
        "\n".join(e.file_name for e in m.evidence),
    ]


def write_ledger_xlsx(report: LedgerReport, path: Path, today: dt.date | None = None) -> int:
    """Write the ledger to ``path`` (.xlsx); returns the number of measure rows written.

    ``today`` is the export date printed under the title (default: today).
    """
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_TITLE
    _title_rows(ws, report, today or dt.date.today())
    body = Font(name=FONT_NAME, size=BODY_PT)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    centred = Alignment(wrap_text=True, horizontal="center", vertical="center")
    row = HEADER_ROW + 1
    written = 0
    for area in report.areas:
        _section_row(ws, row, area_heading(area))
        row += 1
        for problem in area.problems:
            first = row
            measures: Sequence[MeasureItem | None] = problem.measures or [None]
            heights: list[float] = []
            for m in measures:
                values = _measure_cells(m) if m is not None else ["", "", "", None, "", ""]
                if row == first:
                    ws.cell(row, 1, problem.no if problem.no is not None else PENDING_NO)
                    ws.cell(row, 2, problem.title)
                lines = 1
                for col, value in enumerate(values, start=3):
                    cell = ws.cell(row, col, value)
                    if isinstance(value, dt.date):
                        cell.number_format = DATE_FORMAT
                    if isinstance(value, str):
                        lines = max(lines, _lines(value, WIDTHS[col - 1]))
                heights.append(_height(lines))
                for col in range(1, len(HEADERS) + 1):
                    cell = ws.cell(row, col)
                    cell.font = body
                    cell.border = _BORDER
                    cell.alignment = centred if col in (1, 4, 6) else wrap_top
                ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")
                row += 1
                written += 1
            # the merged problem cell does not grow its rows by itself: give the last one what is missing
            need = _height(_lines(problem.title, WIDTHS[1]))
            if need > sum(heights):
                heights[-1] += need - sum(heights)
            for offset, height in enumerate(heights):
                ws.row_dimensions[first + offset].height = height
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    _page_setup(ws)
    inert_workbook(wb)
    with atomic_output(Path(path)) as tmp:
        wb.save(tmp)
    return written


def _title_rows(ws: Worksheet, report: LedgerReport, today: dt.date) -> None:
    last = get_column_letter(len(HEADERS))
    ws["A1"] = ledger_title(report)
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 32
    basis = ""
    if report.source is not None:
        basis = f"依据：《{report.source.title}》（{zh_date(report.source.notice_on)}）　　"
    ws["A2"] = f"{basis}导出日期：{zh_date(today)}"
    ws["A2"].font = Font(name=FONT_NAME, size=9, color="555555")
    ws["A2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 18
    for col, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = ws.cell(HEADER_ROW, col, header)
        cell.font = Font(name=FONT_NAME, size=BODY_PT + 1, bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 24


def _section_row(ws: Worksheet, row: int, text: str) -> None:
    for col in range(1, len(HEADERS) + 1):
        cell = ws.cell(row, col)
        cell.fill = _AREA_FILL
        cell.border = _BORDER
    cell = ws.cell(row, 1, text)
    cell.font = Font(name="黑体", size=BODY_PT + 1, bold=True)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADERS))
    ws.row_dimensions[row].height = 22


def _page_setup(ws: Worksheet) -> None:
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as it needs
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    ws.oddFooter.center.size = 9
