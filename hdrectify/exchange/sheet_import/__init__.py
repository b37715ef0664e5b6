"""Excel / CSV import (issue #11): what an office already keeps in spreadsheets gets in, checked first.

The API, for the command line (``hdrectify import``) and the window's preview dialog::

    wb = read_workbook(path, progress)          # sheets, each with its header found and a guessed mapping
    mapping = default_mapping(wb)               # {sheet name: SheetMapping(kind, {column index: field key})}
    mapping["Sheet1"] = SheetMapping(Kind.CONTACT, {0: "member", 1: "centre", 2: "date", 3: "method"})
    p = plan(store, wb, mapping, progress)      # per sheet: rows to add / already present / refused; db unchanged
    p.counts(); p.refused[0].line               # {"contact": {"added": …}}, "联系记录 第5行: …"
    apply(store, p, only_good=False, progress)  # one transaction; refused if any row is bad unless only_good

``FIELDS[kind]`` lists each kind's columns (``key``, the template's ``header``, ``required``) for
a mapping editor; ``Kind.label_zh`` names a kind as the template's sheet. ``progress(done,
total)`` is called every few hundred rows (``total`` 0 while reading). Every failure is an
:class:`hdrectify.domain.errors.InputError` (codes ``import.*`` in domain/messages/outputs.py); a
refused row keeps its InputError in ``PlannedRow.error``. The template is
:func:`hdrectify.exchange.sheet_import.template.make_template`. No Qt.
"""

from __future__ import annotations

from hdrectify.exchange.sheet_import.fields import FIELDS, KIND_ORDER, Field, Kind, Value
from hdrectify.exchange.sheet_import.planning import Outcome, Plan, PlannedRow, SheetPlan, apply, plan
from hdrectify.exchange.sheet_import.reading import (
    Mapping,
    Progress,
    Sheet,
    SheetMapping,
    Workbook,
    default_mapping,
    read_workbook,
)

__all__ = [
    "FIELDS",
    "KIND_ORDER",
    "Field",
    "Kind",
    "Mapping",
    "Outcome",
    "Plan",
    "PlannedRow",
    "Progress",
    "Sheet",
    "SheetMapping",
    "SheetPlan",
    "Value",
    "Workbook",
    "apply",
    "default_mapping",
    "plan",
    "read_workbook",
]
