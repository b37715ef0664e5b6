"""The quarterly or annual summary (挂钩联系工作汇总) as an Excel workbook: to print, and to sort and filter.

汇总 is the sheet to print and file, laid out like the PDF: a title row, the drafted
paragraph, per obligation, per member, per centre (a year: the reviews' scores), the
未完成明细, the problems still open from before, and the 落款. The data sheets beside it
keep one plain header row for machines: 统计 (totals per obligation and centre, with
notes), 挂钩 (one row per pairing), 党员 (one row per member: the sum of their
pairings), 未完成明细 (one row per missed or exempt period), 记录 (contact records and
reports, 补录 marked 是/否), 问题 (one row per measure of each problem found on a visit),
免除 (exemptions with reasons). Every sheet prints on A4, fitted to the page's width, its
header rows repeated, the title in the page header and 第 &P 页 / 共 &N 页 in the
footer, in 宋体 (an office PC has it; Calibri is not what a Chinese clerk expects).
Dates are real dates, rates numbers shown as percentages.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import wcwidth
from xlsxwriter.worksheet import Worksheet

from hdrectify.domain.cadence import Obligation, Totals
from hdrectify.domain.ledger import PENDING_NO
from hdrectify.domain.wording import STATUS
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.outputs import atomic_buffer
from hdrectify.printing.summary_xlsx_print import write_printable
from hdrectify.printing.xlsx_style import (
    BODY_FONT,
    CELL,
    HEADER,
    HEADER_FONT,
    Formats,
    excel_text,
    inert,
    print_setup,
    workbook,
)
from hdrectify.store.senders import through_text
from hdrectify.store.summary import SummaryData, met, not_yet_due, owed

WRAP_AT = 40  # text columns wider than this wrap instead of growing
SHEETS = ("汇总", "统计", "挂钩", "党员", "未完成明细", "记录", "问题", "免除", "签字清单")
WRAPPED = {**CELL, "text_wrap": True}


class Rate(float):
    """A completion rate: written with the percentage format."""


def write_summary_xlsx(data: SummaryData, path: Path, federation: str = "", today: dt.date | None = None) -> int:
    """Write the summary of ``data`` to ``path`` as .xlsx; returns the data rows written (the data sheets).

    ``federation`` (optional) is written in the 统计 sheet's notes; ``today`` is the 落款's
    date (default today). An unwritable ``path`` raises InputError and leaves no file.
    """
    title = f"{data.span_zh}挂钩联系工作汇总"
    with atomic_buffer(Path(path)) as out, workbook(out, title) as wb:
        f = Formats(wb)
        write_printable(wb.add_worksheet(SHEETS[0]), f, data, title, today or dt.date.today())
        writers = [_summary, _pairings, _members, _missed, _records, _problems, _exemptions, _signed]
        names = list(SHEETS[1:])
        if data.annual:  # a year's reviews scored item by item
            writers.append(_review_items)
            names.append(REVIEW_ITEMS_SHEET)
        sheets = [wb.add_worksheet(name) for name in names]
        written = 0
        for ws, write in zip(sheets, writers, strict=True):
            rows, last = write(ws, f, data, federation)
            written += rows
            print_setup(ws, title, (0, 0), last)
    return written


# -- writing a table ------------------------------------------------------------------------------


def _width(value: Any) -> float:
    """Display width in Excel's character units: a CJK character counts double (wcwidth's columns)."""
    if isinstance(value, dt.date):
        return 14
    if isinstance(value, Rate):
        return 7
    return int(wcwidth.width(str(value), control_codes="ignore"))


Table = tuple[int, tuple[int, int]]  # the data rows written; the last row and column (0-based) to print


def _table(ws: Worksheet, f: Formats, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Header in row 1 (bold, shaded, frozen, filterable), then ``rows``; column widths fit the text.

    Returns the columns' widths. Each row goes to the file as it is written (one format per
    kind of cell, made once), so a year of a province's records takes seconds, not minutes.
    """
    for col, header in enumerate(headers):
        f.put(ws, 0, col, header, HEADER)
    widths = [_width(h) for h in headers]
    body, wrapped = f(CELL), f(WRAPPED)
    for row_no, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            if value is None or value == "":  # an empty text is an empty cell, as openpyxl wrote it
                ws.write_blank(row_no, col, None, body)
                continue
            width = _width(value)
            if isinstance(value, str) and not inert(value):  # the most of them: straight in
                ws.write_string(row_no, col, excel_text(value), wrapped if width > WRAP_AT else body)
            else:
                f.put(ws, row_no, col, value, WRAPPED if isinstance(value, str) and width > WRAP_AT else CELL)
            if width > widths[col]:
                widths[col] = width
    for col, width in enumerate(widths):
        ws.set_column(col, col, min(max(width + 2, 6), WRAP_AT + 2))
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(rows), len(headers) - 1)
    return widths


def _sheet(ws: Worksheet, f: Formats, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    _table(ws, f, headers, rows)
    return len(rows), (len(rows), len(headers) - 1)


def _rate(rate: float | None) -> Rate | None:
    return None if rate is None else Rate(rate)


def _yes(flag: bool) -> str:
    return "是" if flag else "否"


# -- sheets ---------------------------------------------------------------------------------------

SUMMARY_HEADERS = (
    "类别",
    "项目",
    "镇（街道）",
    "应完成",
    STATUS["done"],
    STATUS["late"],
    STATUS["missed"],
    "未到期",
    STATUS["exempt"],
    "完成率",
)


def _summary(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    def line(kind: str, name: str, town: str, t: Totals) -> list[Any]:
        return [kind, name, town, owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt, _rate(t.completion_rate)]

    rows = [line("合计", "全部义务", "", data.totals)]
    rows += [line("义务", ob.label_zh, "", data.by_obligation[ob]) for ob in data.obligations]
    rows += [line("康园中心", c.centre, c.town, c.totals) for c in data.centres]
    widths = _table(ws, f, SUMMARY_HEADERS, rows)
    # notes under the table, outside the filter range
    notes: list[tuple[str, Any]] = [
        *([("单位", federation)] if federation else []),
        ("年度" if data.annual else "季度", data.span_zh),
        (
            "统计期间",
            f"{zh_date(data.quarter.first_day)}至{zh_date(data.quarter.last_day)}（共{data.weeks}周）",
        ),
        ("统计截至", data.as_of),
        *([("数据截至", through_text(data.data_through))] if data.data_through else []),
        ("汇总说明", data.draft()),
        ("完成率", "（已完成＋逾期完成）÷（已完成＋逾期完成＋未完成）；免除和未到期的不计入"),
    ]
    start = len(rows) + 2  # a blank row between (0-based)
    last_col = len(SUMMARY_HEADERS) - 1
    # the merged columns' width as set: min(max(width + 2, 6), WRAP_AT + 2)
    merged = sum(min(max(w + 2, 6), WRAP_AT + 2) for w in widths[1:])
    for i, (label, value) in enumerate(notes):
        row = start + i
        f.put(ws, row, 0, label, HEADER_FONT)
        look = {**BODY_FONT, "valign": "top", "text_wrap": True}
        if isinstance(value, dt.date):
            look = {**BODY_FONT, "align": "left"}
        ws.merge_range(row, 1, row, last_col, "", f(look))
        f.put(ws, row, 1, value, look)
        if isinstance(value, str):
            lines = math.ceil(_width(value) / max(merged - 2, 10))
            ws.set_row(row, 15 * max(lines, 1) + 3)  # merged cells do not grow by themselves
    return len(rows), (start + len(notes) - 1, last_col)


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
REVIEW_HEADERS = ("汇报·已交", "汇报·未交", "考评·状态", "考评·得分", "考评日期")


def _pairings(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    rows = []
    for i, p in enumerate(data.pairings, start=1):
        counts: list[Any] = []
        for ob in (Obligation.CONTACT, Obligation.VISIT):
            t = p.by_obligation[ob]
            counts += [met(t), t.exempt, t.missed, not_yet_due(t)]
        t = p.totals
        reports = p.by_obligation.get(Obligation.REPORT)
        if data.annual and reports is not None and owed(reports):  # a year owes four: counted, as the PDF
            report = f"已交{met(reports)}／应交{owed(reports)}"
        else:
            report = p.report.label_zh if p.report else "不需提交"
        rows.append(
            [
                i,
                p.member,
                p.centre,
                p.town,
                p.start,
                p.end,
                *counts,
                report,
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
        if data.annual:
            r = p.by_obligation[Obligation.REPORT]
            rows[-1] += [met(r), r.missed, p.review.label_zh if p.review else "不需考评", p.score, p.review_on]
    return _sheet(ws, f, PAIRING_HEADERS + (REVIEW_HEADERS if data.annual else ()), rows)


def _members(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    headers = ["党员", "挂钩康园中心"]
    for ob in data.obligations:
        headers += [f"{ob.label_zh}·已完成", f"{ob.label_zh}·未完成", f"{ob.label_zh}·免"]
    headers += ["合计·应完成", "合计·已完成", "合计·未完成", "合计·未到期", "合计·免", "完成率"]
    rows = []
    for m in data.member_totals:
        counts: list[Any] = []
        for ob in data.obligations:
            t = m.by_obligation[ob]
            counts += [met(t), t.missed, t.exempt]
        t = m.totals
        rows.append(
            [
                m.member,
                "、".join(m.centres),
                *counts,
                owed(t),
                met(t),
                t.missed,
                not_yet_due(t),
                t.exempt,
                _rate(t.completion_rate),
            ]
        )
    return _sheet(ws, f, headers, rows)


MISSED_HEADERS = ("党员", "康园中心", "镇（街道）", "项目", "期间", "期间说明", "状态", "免除原因或说明")


def _missed(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    rows = [
        [
            m.member,
            m.centre,
            m.town,
            m.obligation.label_zh,
            str(m.period),
            m.period_zh,
            "未完成" if m.status.value == "missed" else "免除",
            m.note,
        ]
        for m in data.missed
    ]
    return _sheet(ws, f, MISSED_HEADERS, rows)


SIGNED_HEADERS = ("党员", "康园中心", "镇（街道）", "月份", "签字清单", "存档页数", "待补登到岗记录的页数")


def _signed(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    """Per pairing and owed month: whether the signed checklist came back (hdrectify scans import)."""
    rows = [
        [m.member, m.centre, m.town, m.month, "已存档" if m.pages else "未收到", m.pages, m.pending]
        for m in data.signed
    ]
    return _sheet(ws, f, SIGNED_HEADERS, rows)


REVIEW_ITEMS_SHEET = "考评得分"
REVIEW_ITEM_HEADERS = ("康园中心", "镇（街道）", "党员", "考评项目", "满分", "得分", "总分")


def _review_items(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
    """An annual summary's reviews scored item by item: a row per pairing and item (the total on each)."""
    rows = [
        [p.centre, p.town, p.member, i.name, i.max_points, i.points, p.score]
        for p in data.pairings
        for i in data.review_items.get(p.pairing_id, [])
    ]
    return _sheet(ws, f, REVIEW_ITEM_HEADERS, rows)


RECORD_HEADERS = ("日期", "党员", "康园中心", "镇（街道）", "类型", "方式", "内容", "发现问题", "登记日期", "补录")


def _records(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
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
    return _sheet(ws, f, RECORD_HEADERS, rows)


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


def _problems(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
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
    return _sheet(ws, f, PROBLEM_HEADERS, rows)


EXEMPTION_HEADERS = ("范围", "党员", "康园中心", "义务", "开始日期", "结束日期", "原因", "本季度免除期数")


def _exemptions(ws: Worksheet, f: Formats, data: SummaryData, federation: str) -> Table:
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
    return _sheet(ws, f, EXEMPTION_HEADERS, rows)
