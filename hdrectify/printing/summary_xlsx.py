"""The quarterly summary (季度挂钩联系工作汇总) as an Excel workbook, for the office to sort and filter.

Sheets (the issue's summary / pairings / records / problems, named in Chinese), plus
the exemptions: 汇总 (totals, per obligation and per centre, and the drafted
paragraph), 挂钩 (one row per pairing), 记录 (the quarter's contact records and
reports, 补录 marked 是/否), 问题 (one row per measure of each problem found on a
visit), 免除 (exemptions with reasons). Each sheet's first row is its bold, shaded
header, frozen and filterable; dates are real dates, rates are numbers shown as
percentages, so the office can compute with them.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hdrectify.domain.cadence import Obligation, Totals
from hdrectify.domain.ledger import PENDING_NO
from hdrectify.outputs import atomic_output
from hdrectify.printing.inert import inert_workbook
from hdrectify.store.summary import QUARTER_OBLIGATIONS, SummaryData, met, not_yet_due, owed, quarter_zh, zh_date

DATE_FORMAT = 'yyyy"年"m"月"d"日"'
RATE_FORMAT = "0.0%"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
THIN = Side(style="thin", color="8A94A3")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_AT = 40  # text columns wider than this wrap instead of growing
SHEETS = ("汇总", "挂钩", "记录", "问题", "免除")


class Rate(float):
    """A completion rate: written with the percentage format."""


def write_summary_xlsx(data: SummaryData, path: Path, federation: str = "") -> int:
    """Write the quarterly summary of ``data`` to ``path`` as .xlsx; returns the data rows written (all sheets).

    ``federation`` (optional) is written in the 汇总 sheet's notes. An unwritable
    ``path`` raises InputError and leaves no file.
    """
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    wb.properties.title = f"{quarter_zh(data.quarter)}挂钩联系工作汇总"
    wb.properties.creator = "hdrectify"
    written = 0
    written += _summary(wb.create_sheet(SHEETS[0]), data, federation)
    written += _pairings(wb.create_sheet(SHEETS[1]), data)
    written += _records(wb.create_sheet(SHEETS[2]), data)
    written += _problems(wb.create_sheet(SHEETS[3]), data)
    written += _exemptions(wb.create_sheet(SHEETS[4]), data)
    inert_workbook(wb)
    with atomic_output(Path(path)) as tmp:
        wb.save(tmp)
    return written


# -- writing a table ------------------------------------------------------------------------------


def _width(value: Any) -> float:
    """Display width in Excel's character units: a CJK character counts double."""
    if isinstance(value, dt.date):
        return 14
    if isinstance(value, Rate):
        return 7
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Header in row 1 (bold, shaded, frozen, filterable), then ``rows``; column widths fit the text."""
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [_width(h) for h in headers]
    for values in rows:
        ws.append([None if v is None else v for v in values])
        for col, value in enumerate(values):
            cell = ws.cell(ws.max_row, col + 1)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=isinstance(value, str) and _width(value) > WRAP_AT)
            if isinstance(value, Rate):
                cell.value = float(value)
                cell.number_format = RATE_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            if value is not None:
                widths[col] = max(widths[col], _width(value))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 6), WRAP_AT + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(ws.max_row, 1)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    return len(rows)


def _rate(rate: float | None) -> Rate | None:
    return None if rate is None else Rate(rate)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


# -- sheets ---------------------------------------------------------------------------------------

SUMMARY_HEADERS = ("类别", "项目", "镇（街道）", "应完成", "已完成", "逾期完成", "未完成", "未到期", "免", "完成率")


def _summary(ws: Worksheet, data: SummaryData, federation: str) -> int:
    def line(kind: str, name: str, town: str, t: Totals) -> list[Any]:
        return [kind, name, town, owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt, _rate(t.completion_rate)]

    rows = [line("合计", "全部义务", "", data.totals)]
    rows += [line("义务", ob.label_zh, "", data.by_obligation[ob]) for ob in QUARTER_OBLIGATIONS]
    rows += [line("康园中心", c.centre, c.town, c.totals) for c in data.centres]
    written = _table(ws, SUMMARY_HEADERS, rows)
    # notes under the table, outside the filter range
    notes: list[tuple[str, Any]] = [
        *([("单位", federation)] if federation else []),
        ("季度", quarter_zh(data.quarter)),
        (
            "统计期间",
            f"{zh_date(data.quarter.first_day)}至{zh_date(data.quarter.last_day)}（共{data.weeks}周）",
        ),
        ("统计截至", data.as_of),
        ("汇总说明", data.draft()),
        ("完成率", "（已完成＋逾期完成）÷（已完成＋逾期完成＋未完成）；免除和未到期的不计入"),
    ]
    start = ws.max_row + 2
    last_col = get_column_letter(len(SUMMARY_HEADERS))
    for i, (label, value) in enumerate(notes):
        row = start + i
        ws.cell(row, 1, label).font = HEADER_FONT
        cell = ws.cell(row, 2, value)
        ws.merge_cells(f"B{row}:{last_col}{row}")
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT
            cell.alignment = Alignment(horizontal="left")
        if isinstance(value, str):
            merged = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(2, len(SUMMARY_HEADERS) + 1))
            lines = math.ceil(_width(value) / max(merged - 2, 10))
            ws.row_dimensions[row].height = 15 * max(lines, 1) + 3  # merged cells do not grow by themselves
    return written


PAIRING_HEADERS = (
    "序号",
    "党员",
    "康园中心",
    "镇（街道）",
    "挂钩开始",
    "挂钩结束",
    "联系·已完成",
    "联系·免",
    "联系·未完成",
    "联系·未到期",
    "到岗·已完成",
    "到岗·免",
    "到岗·未完成",
    "到岗·未到期",
    "季度汇报",
    "汇报日期",
    "汇报补录",
    "合计·已完成",
    "合计·逾期完成",
    "合计·免",
    "合计·未完成",
    "合计·待完成",
    "合计·未开始",
    "完成率",
)


def _pairings(ws: Worksheet, data: SummaryData) -> int:
    rows = []
    for i, p in enumerate(data.pairings, start=1):
        counts: list[Any] = []
        for ob in (Obligation.CONTACT, Obligation.VISIT):
            t = p.by_obligation[ob]
            counts += [met(t), t.exempt, t.missed, not_yet_due(t)]
        t = p.totals
        rows.append(
            [
                i,
                p.member,
                p.centre,
                p.town,
                p.start,
                p.end,
                *counts,
                p.report.label_zh if p.report else "不需提交",
                p.report_on,
                _yes(p.report_backfilled) if p.report_on else None,
                t.done,
                t.late,
                t.exempt,
                t.missed,
                t.due,
                t.upcoming,
                _rate(t.completion_rate),
            ]
        )
    return _table(ws, PAIRING_HEADERS, rows)


RECORD_HEADERS = ("日期", "党员", "康园中心", "镇（街道）", "类型", "方式", "内容", "发现问题", "登记日期", "补录")


def _records(ws: Worksheet, data: SummaryData) -> int:
    rows = [
        [
            r.date,
            r.member,
            r.centre,
            r.town,
            "联系记录" if r.kind == "contact" else "季度汇报",
            r.method.label_zh if r.method else "",
            r.note,
            r.problems,
            r.recorded_on,
            _yes(r.backfilled),
        ]
        for r in data.records
    ]
    return _table(ws, RECORD_HEADERS, rows)


PROBLEM_HEADERS = (
    "问题编号",
    "发现日期",
    "康园中心",
    "镇（街道）",
    "发现人",
    "问题",
    "问题状态",
    "措施序号",
    "整改措施",
    "责任人",
    "整改时限",
    "措施状态",
    "销号日期",
)


def _problems(ws: Worksheet, data: SummaryData) -> int:
    rows: list[list[Any]] = []
    for p in data.problems:
        head = [
            p.no if p.no is not None else PENDING_NO,
            p.found_on,
            p.centre,
            p.town,
            p.member,
            p.title,
            p.status.label_zh,
        ]
        if not p.measures:
            rows.append([*head, None, None, None, None, None, None])
        for m in p.measures:
            rows.append([*head, m.no, m.text, m.person, m.deadline, m.status.label_zh, m.closed_on])
    return _table(ws, PROBLEM_HEADERS, rows)


EXEMPTION_HEADERS = ("范围", "党员", "康园中心", "义务", "开始日期", "结束日期", "原因", "本季度免除期数")


def _exemptions(ws: Worksheet, data: SummaryData) -> int:
    rows = [
        [
            "所有挂钩" if e.for_all else "单个挂钩",
            e.member,
            e.centre,
            e.obligation.label_zh,
            e.start,
            e.end,
            e.reason,
            e.periods,
        ]
        for e in data.exemptions
    ]
    return _table(ws, EXEMPTION_HEADERS, rows)
