"""The ledger as a spreadsheet (整改台账.xlsx): the office's usual ten columns.

The inspection's problems are on one sheet, the problems found on visits (not findings of
the inspection) on a sheet of their own. On each, row 1 is the title, row 2 where the
ledger comes from (the visits' sheet names no notice), row 3 the header (frozen, and
repeated on every printed page). A measure past its deadline says 已逾期 N 天 in red.
Each area is a section row merged across the table; a problem's 序号 and 问题 cells are
merged down over its measures. Row heights are
estimated from the text, because Excel does not grow a row for a merged cell's text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path

import wcwidth
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hdrectify.domain.ledger import PENDING_NO
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.outputs import atomic_buffer
from hdrectify.printing.inert import inert_workbook
from hdrectify.printing.xlsx_style import FOOTER, excel_text
from hdrectify.store.ledger_report import (
    LEDGER_HEADERS,
    VISIT_LEDGER_TITLE,
    AreaItem,
    LedgerReport,
    MeasureItem,
    ProblemItem,
    area_heading,
    closed_lines,
    ledger_title,
    measure_text,
    overdue_days,
    progress_text,
    remark_lines,
)

SHEET_TITLE = "整改台账"
VISIT_SHEET_TITLE = VISIT_LEDGER_TITLE  # the sheet of the problems found on visits, titled as its table
HEADERS = LEDGER_HEADERS
WIDTHS = (6, 24, 50, 10, 14, 10, 13, 32, 13, 22)  # in Excel's character units; A4 landscape at fit-to-width
HEADER_ROW = 3
FONT_NAME = "宋体"  # what a Chinese Windows Excel has; Excel substitutes elsewhere
BODY_PT = 10
LINE_PT = 13.5
MAX_ROW_PT = 409.5  # Excel allows no taller row (its documented limit); the text stays whole in the cell
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
COL_CLOSED = HEADERS.index("是否销号") + 1
COL_DEADLINE = HEADERS.index("整改时限") + 1
OVERDUE_RED = "C00000"

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
_AREA_FILL = PatternFill("solid", fgColor="F3F5F8")
_OVERDUE_FILL = PatternFill("solid", fgColor="FDE2E2")


def _display_width(text: str) -> float:
    """Width in Excel character units: a wide character (wcwidth: CJK) is about two."""
    return sum(1.9 if wcwidth.wcwidth(ch) == 2 else 1.0 for ch in text)


def _lines(text: str, width: float) -> int:
    usable = max(width - 1.5, 2.0)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n")) if text else 1


def _height(lines: int) -> float:
    return lines * LINE_PT + 5


def _measure_cells(m: MeasureItem, today: dt.date) -> list[object]:
    return [
        measure_text(m),
        m.leader,
        m.unit,
        m.person,
        m.deadline,
        progress_text(m),
        "\n".join(closed_lines(m, today)),
        "\n".join(remark_lines(m)),
    ]


def write_ledger_xlsx(report: LedgerReport, path: Path, today: dt.date | None = None) -> int:
    """Write the ledger to ``path`` (.xlsx); returns the number of measure rows written.

    The inspection's problems are on the sheet 整改台账, the problems found on visits on a
    sheet of their own (挂钩走访发现问题整改台账). ``today`` is the export date printed under
    the title and the day overdue measures are counted to (default: today).
    """
    day = today or dt.date.today()
    wb = Workbook()
    first = wb.active
    assert first is not None
    written = 0
    inspection = report.inspection_areas
    if inspection:
        first.title = SHEET_TITLE
        written += _fill_sheet(first, ledger_title(report), _basis(report), inspection, day)
    visits = report.visit_problems
    if visits:
        ws = wb.create_sheet(VISIT_SHEET_TITLE) if inspection else first
        ws.title = VISIT_SHEET_TITLE
        written += _fill_sheet(ws, VISIT_LEDGER_TITLE, "", [(None, visits)], day)
    inert_workbook(wb)
    with atomic_buffer(Path(path)) as out:
        wb.save(out)
    return written


def _basis(report: LedgerReport) -> str:
    if report.source is None:
        return ""
    return f"依据：《{report.source.title}》（{zh_date(report.source.notice_on)}）　　"


def _fill_sheet(
    ws: Worksheet,
    title: str,
    basis: str,
    sections: Sequence[AreaItem] | Sequence[tuple[None, Sequence[ProblemItem]]],
    today: dt.date,
) -> int:
    """One ledger table on ``ws``: area section rows (when given areas), problems merged over their measures."""
    _title_rows(ws, title, f"{basis}导出日期：{zh_date(today)}")
    body = Font(name=FONT_NAME, size=BODY_PT)
    red = Font(name=FONT_NAME, size=BODY_PT, color=OVERDUE_RED, bold=True)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    centred = Alignment(wrap_text=True, horizontal="center", vertical="center")
    row = HEADER_ROW + 1
    written = 0
    for section in sections:
        if isinstance(section, AreaItem):
            _section_row(ws, row, area_heading(section))
            row += 1
            problems: Sequence[ProblemItem] = section.problems
        else:
            problems = section[1]
        for problem in problems:
            first = row
            measures: Sequence[MeasureItem | None] = problem.measures or [None]
            heights: list[float] = []
            for m in measures:
                values = _measure_cells(m, today) if m is not None else ["", "", "", "", None, "", "", ""]
                if row == first:
                    ws.cell(row, 1, problem.no if problem.no is not None else PENDING_NO)
                    ws.cell(row, 2, excel_text(problem.title))
                lines = 1
                for col, value in enumerate(values, start=3):
                    cell = ws.cell(row, col, excel_text(value) if isinstance(value, str) else value)
                    if isinstance(value, dt.date):
                        cell.number_format = DATE_FORMAT
                    if isinstance(value, str):
                        lines = max(lines, _lines(value, WIDTHS[col - 1]))
                heights.append(_height(lines))
                for col in range(1, len(HEADERS) + 1):
                    cell = ws.cell(row, col)
                    cell.font = body
                    cell.border = _BORDER
                    cell.alignment = centred if col in (1, 4, 6, COL_DEADLINE, COL_CLOSED) else wrap_top
                ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="center")
                if m is not None and overdue_days(m, today):
                    ws.cell(row, COL_CLOSED).font = red
                    ws.cell(row, COL_CLOSED).fill = _OVERDUE_FILL
                    ws.cell(row, COL_DEADLINE).font = red
                row += 1
                written += 1
            # the merged problem cell does not grow its rows by itself: give the last one what is missing
            need = _height(_lines(problem.title, WIDTHS[1]))
            if need > sum(heights):
                heights[-1] += need - sum(heights)
            for offset, height in enumerate(heights):
                ws.row_dimensions[first + offset].height = min(height, MAX_ROW_PT)
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    _page_setup(ws)
    return written


def _title_rows(ws: Worksheet, title: str, subtitle: str) -> None:
    last = get_column_letter(len(HEADERS))
    ws["A1"] = title
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 32
    ws["A2"] = subtitle
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
    """A4 landscape, one page wide and as many tall as it needs, centred, the header row on each page."""
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 9
