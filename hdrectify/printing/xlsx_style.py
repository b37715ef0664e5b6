"""How the summary workbook's sheets look and print: 宋体 (an office PC has it; Calibri is not what
a Chinese clerk expects), the header rows' fill, thin borders, dates and rates, A4 page setup.

Shared by the data sheets (:mod:`hdrectify.printing.summary_xlsx`) and the printed 汇总 sheet
(:mod:`hdrectify.printing.summary_xlsx_print`), below both.
"""

from __future__ import annotations

from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FONT_NAME = "宋体"
BODY_FONT = Font(name=FONT_NAME, size=10)
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
RATE_FORMAT = "0.0%"
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
THIN = Side(style="thin", color="8A94A3")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FOOTER = "第 &P 页 / 共 &N 页"


def fit_a4(ws: Worksheet, orientation: str = "landscape") -> None:
    """A4, fitted to one page wide and as many tall as it needs, centred, half-inch side margins."""
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as it needs
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def print_setup(ws: Worksheet, title: str, title_rows: str, orientation: str = "landscape") -> None:
    """A4, fitted to one page wide, ``title_rows`` repeated, the title above and page numbers below."""
    fit_a4(ws, orientation)
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.print_title_rows = title_rows
    ws.print_area = f"A1:{get_column_letter(max(ws.max_column, 1))}{max(ws.max_row, 1)}"
    ws.oddHeader.center.text = title
    ws.oddHeader.center.size = 9
    ws.oddHeader.center.font = FONT_NAME
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 9
    ws.oddFooter.center.font = FONT_NAME
