"""Reading a workbook (XLSX) or a CSV file into sheets of rows, each with its header found and matched.

XLSX is read with python-calamine (Rust: 50,000 rows in well under a second, where openpyxl took
about 10 s); a cell that only carries a format is not a cell to it, so a sheet "formatted" down to
row 1,048,576 costs the rows it really has. A formula is never evaluated: its cell reads as the
value Excel saved beside it, or as the formula's text when none was saved. A CSV is decoded as
UTF-8 (with or without BOM), else GB18030 (what Chinese Excel writes when it saves "CSV"); its
delimiter is sniffed (comma, tab, semicolon).

The header is the first row (among the first :data:`HEADER_SEARCH` non-empty ones) in which at
least two cells are headers some kind knows: merged title rows above it (``2024年挂钩联系台账``)
are skipped. No Qt, no SQL.
"""

from __future__ import annotations

import csv
import html
import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

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
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

    _refuse_own_report(path)
    try:
        wb = CalamineWorkbook.from_path(path)
        formulas = _formulas(path, wb.sheet_names)
        out: list[tuple[str, Iterable[tuple[int, tuple[object, ...]]]]] = []
        with wb:
            for meta in wb.sheets_metadata:
                if meta.typ != SheetTypeEnum.WorkSheet:
                    continue  # a chart or dialog sheet holds no rows
                # skip_empty_area=False: the rows and columns count from A1, as the spreadsheet shows them
                rows = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
                out.append((meta.name, _numbered(rows, formulas.get(meta.name, {}))))
        return out
    except (CalamineError, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, ElementTree.ParseError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        raise InputError("import.unreadable", None, name=path.name) from None


# The author our reports (the summaries: printing/xlsx_style.workbook) write into their properties; the
# import template is written by openpyxl and keeps its default.
OWN_REPORT_AUTHOR = "hdrectify"
_CORE = {"dc": "http://purl.org/dc/elements/1.1/"}


def _refuse_own_report(path: Path) -> None:
    """A summary this app exported is a report, not rows to import: its tables under section headings
    (a 党员 column, then 三、各康园中心完成情况, 填报单位：…) would be read as members named by each line."""
    try:
        with zipfile.ZipFile(path) as z:
            core = ElementTree.fromstring(z.read("docProps/core.xml"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ElementTree.ParseError) as e:
        if isinstance(e, FileNotFoundError):
            raise
        return  # no properties, or not a workbook at all: the reading below says which
    if (core.findtext("dc:creator", "", _CORE) or "").strip() == OWN_REPORT_AUTHOR:
        title = (core.findtext("dc:title", "", _CORE) or "").strip() or "汇总"
        raise InputError("import.own_report", None, name=path.name, title=title)


Cells = dict[tuple[int, int], str]  # (row, column), both from 0 → a formula's text, ``=`` first

_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
# a formula is the first thing in its cell: ``<c r="B7"><f>A1&amp;"x"</f><v>…</v></c>`` (a shared
# formula's other cells, ``<f t="shared" si="0"/>``, carry no text: they keep their saved value)
_FORMULA = re.compile(
    rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]+)"[^>]*>\s*'
    rb"<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>([^<]+)</"
)

_ANY_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>]")


def _formulas(path: Path, names: list[str]) -> dict[str, Cells]:
    """Every sheet's formula cells (sheet name → cells), read from the XML only when it has formulas.

    calamine hands a formula cell over as the value Excel saved beside it, never computing one; a
    file written by a program that saves no value (openpyxl does not) would then read blank, so
    such a cell is its formula's text (``=cmd|' /C calc'!A0`` stays text, never run).
    """
    out: dict[str, Cells] = {}
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
        for sheet in book.iterfind("m:sheets/m:sheet", _NS):
            name, target = sheet.get("name", ""), targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            if name not in names or part not in z.NameToInfo:
                continue
            data = z.read(part)
            if _ANY_FORMULA.search(data) is None:
                continue  # most sheets: a quick look, not a parse of each cell
            cells = {
                (int(m[2]) - 1, column_index(m[1].decode()) - 1): "=" + html.unescape(m[3].decode())
                for m in _FORMULA.finditer(data)
            }
            if cells:
                out[name] = cells
    return out


def column_index(letters: str) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _numbered(rows: list[list[Any]], formulas: Cells) -> Iterable[tuple[int, tuple[object, ...]]]:
    # calamine's empty cell is "": None, as a blank cell is everywhere else
    if formulas:
        rows = _with_formulas(rows, formulas)
    for number, cells in enumerate(rows, start=1):
        yield number, tuple([None if c == "" else c for c in cells])


def _with_formulas(rows: list[list[Any]], formulas: Cells) -> list[list[Any]]:
    for (r, c), text in formulas.items():
        while len(rows) <= r:
            rows.append([])
        row = rows[r]
        if len(row) <= c:
            row.extend([""] * (c + 1 - len(row)))
        if row[c] == "":  # no value saved beside the formula: its text
            row[c] = text
    return rows


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
