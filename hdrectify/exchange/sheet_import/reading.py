"""Reading a workbook (XLSX) or a CSV file into sheets of rows, each with its header found and matched.

XLSX is read with openpyxl in read-only mode (rows streamed, formulas as their text, never
evaluated); only non-empty rows are kept, so a sheet "formatted" down to row 1,048,576 costs
the rows it really has. A CSV is decoded as UTF-8 (with or without BOM), else GB18030 (what
Chinese Excel writes when it saves "CSV"); its delimiter is sniffed (comma, tab, semicolon).

The header is the first row (among the first :data:`HEADER_SEARCH` non-empty ones) in which at
least two cells are headers some kind knows: merged title rows above it (``2024年挂钩联系台账``)
are skipped. No Qt, no SQL.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import.fields import Kind, guess_kind, known_header, match_columns
from hdrectify.exchange.sheet_import.values import is_blank, text_of

HEADER_SEARCH = 20  # non-empty rows looked at for the header
SUFFIXES = (".xlsx", ".xlsm", ".csv")

Progress = Callable[[int, int], None]  # (done, total): total 0 when not known yet


@dataclass
class Sheet:
    """One sheet (or the CSV file) as read.

    ``header_row`` is the header's row number as the spreadsheet shows it (1-based; 0 when no
    header was found); ``rows`` are the non-empty rows below it, each ``(row number, cells)``;
    ``kind`` and ``columns`` (column index → field key) are the guess the caller may change
    through :class:`SheetMapping`.
    """

    name: str
    header_row: int = 0
    headers: list[str] = field(default_factory=list)
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)
    kind: Kind | None = None
    columns: dict[int, str] = field(default_factory=dict)


@dataclass
class Workbook:
    """A file read by :func:`read_workbook`: its sheets in the file's order."""

    path: Path
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


@dataclass
class SheetMapping:
    """What a sheet is read as: its kind (None: skip the sheet) and column index → field key."""

    kind: Kind | None
    columns: dict[int, str]


Mapping = dict[str, SheetMapping]  # sheet name → how it is read


def default_mapping(workbook: Workbook) -> Mapping:
    """The guessed kind and columns of every sheet (a copy: changing it leaves the workbook as read)."""
    return {s.name: SheetMapping(s.kind, dict(s.columns)) for s in workbook.sheets}


def read_workbook(path: str | Path, progress: Progress | None = None) -> Workbook:
    """Read ``path`` (``.xlsx`` or ``.csv``); bad input (another kind of file, a damaged one) is an InputError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError("import.unknown_suffix", None, name=path.name)
    raw = [(path.stem, _csv_rows(path))] if suffix == ".csv" else _xlsx_sheets(path)
    sheets = []
    for name, rows in raw:
        sheets.append(_sheet(name, rows, progress))
    return Workbook(path, sheets)


def _sheet(name: str, rows: Iterable[tuple[int, tuple[object, ...]]], progress: Progress | None) -> Sheet:
    sheet = Sheet(name)
    looked = 0
    for number, cells in rows:
        if all(is_blank(c) for c in cells):
            continue
        if not sheet.header_row:
            looked += 1
            if looked > HEADER_SEARCH:
                break  # no header near the top: not a sheet to import (its rows are not read)
            if sum(known_header(c) for c in cells) >= 2:
                sheet.header_row = number
                sheet.headers = [text_of(c).strip() for c in cells]
            continue
        sheet.rows.append((number, _trimmed(cells)))
        if progress is not None and len(sheet.rows) % 2000 == 0:
            progress(len(sheet.rows), 0)
    if sheet.header_row:
        sheet.kind = guess_kind(name, sheet.headers)
        if sheet.kind is not None:
            sheet.columns = match_columns(sheet.kind, sheet.headers)
    return sheet


def _trimmed(cells: tuple[object, ...]) -> tuple[object, ...]:
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


def _xlsx_sheets(path: Path) -> list[tuple[str, Iterable[tuple[int, tuple[object, ...]]]]]:
    from openpyxl import load_workbook

    try:
        # read_only streams the rows; data_only=False: a formula is its text, never a computed value
        wb = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        raise InputError("import.unreadable", None, name=path.name) from None
    out: list[tuple[str, Iterable[tuple[int, tuple[object, ...]]]]] = []
    for ws in wb.worksheets:
        last_row, last_col = _filled_extent(ws)
        if last_row == 0:
            out.append((ws.title, []))  # no cell holds anything
            continue
        rows = ws.iter_rows(min_row=1, max_row=last_row, max_col=last_col, values_only=True)
        out.append((ws.title, _numbered(rows)))
    return out


# a cell tag followed by its value, inline text or formula (``<c r="B7" t="s"><v>3</v>``);
# ``<c r="A9" s="3"/>`` and ``<c r="A9" s="3"></c>`` are only a format
_OPEN_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*)>\s*<(?:[A-Za-z_][\w.-]*:)?(?:v|is|f)[\s>/]")
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
_CHUNK = 1 << 20


def _filled_extent(ws: Any) -> tuple[int | None, int | None]:
    """The last row and column holding a value (not only a format), by a quick scan of the sheet's XML.

    A sheet formatted down to row 1,048,576 (or across to column XFD) is then read only as far as
    its data goes: openpyxl's own parse of every formatted empty cell takes seconds per 100,000
    rows. (None, None) when the cells carry no references (then the sheet is read to its end).
    """
    from openpyxl.utils import column_index_from_string

    last_row = last_col = 0
    tail = b""
    with ws._get_source() as src:  # read-only worksheets stream their XML from the archive
        while True:
            chunk = src.read(_CHUNK)
            data = tail + chunk
            end = len(data) if not chunk else max(0, data.rfind(b"<"))  # a tag cut in two waits for the next chunk
            for m in _OPEN_CELL.finditer(data, 0, end):
                ref = _REF.search(m[1])
                if ref is None:
                    return None, None
                last_row = max(last_row, int(ref[2]))
                last_col = max(last_col, column_index_from_string(ref[1].decode()))
            if not chunk:
                break
            tail = data[end:]
    return last_row, last_col


def _numbered(rows: Iterable[tuple[object, ...]]) -> Iterable[tuple[int, tuple[object, ...]]]:
    # read-only rows come in order; a row openpyxl skips (never written) still counts in the number
    for number, cells in enumerate(rows, start=1):
        yield number, tuple(cells)


def _decode(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("import.csv_encoding", None, name=name)


def _csv_rows(path: Path) -> list[tuple[int, tuple[object, ...]]]:
    text = _decode(path.read_bytes(), path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return [(n, tuple(c if c.strip() else None for c in row)) for n, row in enumerate(reader, start=1)]
    except csv.Error:
        raise InputError("import.unreadable", None, name=path.name) from None
