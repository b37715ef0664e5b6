"""The import workbook (``hdrectify template -o FILE.xlsx``): one sheet per kind, ready to fill in.

Each sheet is named as :attr:`Kind.label_zh` and has the template's headers (bold, frozen), a
note on each header cell saying what goes there, a drop-down list for 方式 and date columns
formatted as dates (the format is set on the column, not on empty cells, so the file stays
small and every row below the header is still empty). Written through
:mod:`hdrectify.outputs` (never onto the database or what it keeps; an existing file only with
``force``; never half a file), its text cells made inert first. No Qt.
"""

from __future__ import annotations

from pathlib import Path

from hdrectify.domain.errors import InputError
from hdrectify.exchange.sheet_import.fields import FIELDS, KIND_ORDER, Value
from hdrectify.exchange.sheet_import.values import METHOD_CHOICES
from hdrectify.outputs import atomic_buffer, check_output

DATE_FORMAT = "yyyy-mm-dd"
VALIDATED_ROWS = 10_000  # rows below the header that get the 方式 drop-down
_WIDTH = {Value.NOTE: 40, Value.NAME: 20, Value.DATE: 13, Value.METHOD: 10}


def make_template(path: Path, db_path: Path, force: bool = False) -> Path:
    """Write the import workbook at ``path``; an InputError if that path may not be written."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = check_output(Path(path), Path(db_path), force)
    if path.suffix.lower() != ".xlsx":
        raise InputError("import.template_suffix", None)
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for kind in KIND_ORDER:
        ws = wb.create_sheet(kind.label_zh)
        ws.freeze_panes = "A2"
        for col, f in enumerate(FIELDS[kind], start=1):
            cell = ws.cell(row=1, column=col, value=f.header)
            cell.font = bold
            note = ("必填。" if f.required else "选填。") + (f.comment or "")
            cell.comment = Comment(note, "hdrectify", width=220, height=80)
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = _WIDTH.get(f.value, 12)
            if f.value is Value.DATE:
                ws.column_dimensions[letter].number_format = DATE_FORMAT
            if f.value is Value.METHOD:
                dv = DataValidation(
                    type="list",
                    formula1='"' + ",".join(METHOD_CHOICES) + '"',
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle="联系方式",
                    error="请从列表中选择：" + "、".join(METHOD_CHOICES),
                )
                dv.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
                ws.add_data_validation(dv)
    # every cell is one of our own headers, never a user's text: nothing to make inert (printing/inert.py)
    with atomic_buffer(path) as out:
        wb.save(out)
    return path
