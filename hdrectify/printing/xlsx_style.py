"""How the summary workbook's sheets look and print, written with XlsxWriter: 宋体 (an office PC has
it; Calibri is not what a Chinese clerk expects), the header rows' fill, thin borders, dates and
rates, A4 page setup; and how a value goes into a cell (text always as text, inert).

XlsxWriter streams each row to the file as it is written (``constant_memory``): a province's
year is some 470,000 record rows, which openpyxl held as objects and styled one by one for
minutes. Shared by the data sheets (:mod:`hdrectify.printing.summary_xlsx`) and the printed
汇总 sheet (:mod:`hdrectify.printing.summary_xlsx_print`), below both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from hdrectify.printing.inert import FORMULA_START

FONT_NAME = "宋体"
BODY_FONT: dict[str, Any] = {"font_name": FONT_NAME, "font_size": 10}
HEADER_FONT: dict[str, Any] = {**BODY_FONT, "bold": True}
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
RATE_FORMAT = "0.0%"
# a grid cell: thin grey border, centred vertically
CELL: dict[str, Any] = {**BODY_FONT, "border": 1, "border_color": "#8A94A3", "valign": "vcenter"}
HEADER: dict[str, Any] = {
    **CELL,
    "bold": True,
    "pattern": 1,
    "bg_color": "#E8EDF3",
    "align": "center",
    "text_wrap": True,
}
FOOTER = "第 &P 页 / 共 &N 页"
A4 = 9  # XlsxWriter's paper code


@contextmanager
def workbook(out: BinaryIO, title: str) -> Iterator[Workbook]:
    """A workbook that writes into ``out`` (hdrectify.outputs.atomic_buffer) when the block ends; text is
    never read as a formula, number or link."""
    wb = Workbook(
        out,
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
    )
    wb.set_properties({"title": title, "author": "hdrectify"})
    yield wb
    try:
        wb.close()
    except XlsxWriterException as e:  # it wraps an OSError (its own temporary files): atomic_output names the path
        raise OSError(str(e)) from e


EXCEL_CELL_MAX = 32_767  # characters an Excel cell holds; openpyxl and XlsxWriter cut the rest without a word
CELL_CUT = "……（以下略：Excel 的一个单元格最多容纳 32767 个字，全文请在本软件中查看）"


def excel_text(text: str) -> str:
    """``text`` as a cell can hold it: what does not fit is replaced by :data:`CELL_CUT`, which says so."""
    if len(text) <= EXCEL_CELL_MAX:
        return text
    return text[: EXCEL_CELL_MAX - len(CELL_CUT)] + CELL_CUT


class Formats:
    """The workbook's cell formats, each made once (XlsxWriter keeps every format it is given)."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self._made: dict[tuple[tuple[str, Any], ...], Format] = {}

    def __call__(self, props: dict[str, Any]) -> Format:
        key = tuple(sorted(props.items()))
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self.wb.add_format(props)
        return found

    def put(self, ws: Worksheet, row: int, col: int, value: Any, props: dict[str, Any]) -> None:
        """``value`` into the cell (0-based) in ``props``' look: text as text (a formula's start gets the
        quote prefix, hdrectify.printing.inert), dates with the date format, a float as a rate."""
        if value is None or value == "":
            ws.write_blank(row, col, None, self(props))
        elif isinstance(value, str):
            ws.write_string(
                row, col, excel_text(value), self({**props, "quote_prefix": True} if inert(value) else props)
            )
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, value, self({**props, "num_format": DATE_FORMAT}))
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, self(props))
        elif isinstance(value, float):
            ws.write_number(row, col, value, self({**props, "num_format": RATE_FORMAT}))
        else:
            ws.write_number(row, col, value, self(props))


def inert(text: str) -> bool:
    """True when Excel would take ``text`` for a formula (hdrectify.printing.inert)."""
    return text.startswith(FORMULA_START)


def print_setup(
    ws: Worksheet,
    title: str,
    title_rows: tuple[int, int],
    last: tuple[int, int],
    orientation: str = "landscape",
) -> None:
    """A4, fitted to one page wide, ``title_rows`` (0-based, first and last) repeated, the title above
    and page numbers below; ``last``: the last row and column printed (0-based)."""
    if orientation == "landscape":
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 0)  # one page wide, as many tall as it needs
    ws.center_horizontally()
    ws.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    ws.repeat_rows(*title_rows)
    ws.print_area(0, 0, max(last[0], 0), max(last[1], 0))
    ws.set_header(f'&C&"{FONT_NAME}"&9 {title.replace("&", "&&")}')  # as openpyxl wrote it: size, space, text
    ws.set_footer(f'&C&"{FONT_NAME}"&9 {FOOTER}')
