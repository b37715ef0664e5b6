"""Text that a spreadsheet must not run: what every XLSX and CSV writer passes its cells through.

A cell whose text begins with = + - @, a tab or a carriage return is a formula to Excel
and LibreOffice (a centre named ``=HYPERLINK("http://x","y")`` would be a live link):
OWASP's "CSV Injection" advice is to write it as text and mark it so. In a workbook
every text cell is stored as a string (openpyxl would store a str beginning with = as a
formula) and a dangerous one also gets the quote prefix (the cell style Excel sets when
a user types a leading apostrophe), so that editing the cell does not turn it into a
formula either; the text itself is unchanged. In a CSV, which has no types, such a
value gets the leading apostrophe itself.
"""

from __future__ import annotations

from openpyxl import Workbook

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_workbook(wb: Workbook) -> None:
    """Make every text cell of ``wb`` plain text (see the module's docstring); call it just before saving."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                cell.data_type = "s"
                if cell.value.startswith(FORMULA_START):
                    cell.quotePrefix = True


def inert_csv(value: object) -> object:
    """A CSV field: text that would start a formula gets a leading apostrophe; anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
