"""The summary workbook's 汇总 sheet: the page a clerk prints and files, laid out like the PDF.

Title, unit and span at the top (repeated on every printed page), then the drafted
paragraph, per obligation, per member (the sum of their pairings), per centre (a year: the
reviews' scores), the 未完成明细 (a row per pairing and obligation with something missed),
the problems found earlier and still open (overdue first), and the 落款 at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from hdrectify.domain.cadence import Status, Totals
from hdrectify.domain.ledger import problem_no_text
from hdrectify.printing.xlsx_style import (
    BODY_FONT,
    BORDER,
    DATE_FORMAT,
    FONT_NAME,
    HEADER_FILL,
    HEADER_FONT,
    RATE_FORMAT,
    print_setup,
)
from hdrectify.store.summary import SummaryData, not_yet_due, owed, zh_date

COLUMNS = 10
WIDTHS = (12, 18, 22, 10, 10, 10, 10, 10, 10, 30)
NUMS = "一二三四五六七八九十"


class _Sheet:
    """Writes down the sheet a row at a time."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 0

    def line(self, text: str, font: Font, height: float | None = None, chars: int = 0) -> None:
        self.row += 1
        cell = self.ws.cell(self.row, 1, text)
        cell.font = font
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=COLUMNS)
        lines = max(1, -(-chars // 110)) if chars else 1
        self.ws.row_dimensions[self.row].height = height or 16 * lines + 4

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        lines = [(headers, HEADER_FONT)] if headers else []
        for values, font in [*lines, *((r, BODY_FONT) for r in rows)]:
            self.row += 1
            for col, value in enumerate(values, start=1):
                cell = self.ws.cell(self.row, col, value)
                cell.font = font
                cell.border = BORDER
                cell.alignment = Alignment(vertical="center", wrap_text=True)
                if font is HEADER_FONT:
                    cell.fill = HEADER_FILL
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                elif isinstance(value, float):
                    cell.number_format = RATE_FORMAT
                elif isinstance(value, dt.date):
                    cell.number_format = DATE_FORMAT
            # the last written column takes what is left of the row's width
            last = len(values)
            if last < COLUMNS:
                self.ws.merge_cells(start_row=self.row, start_column=last, end_row=self.row, end_column=COLUMNS)
            longest = max((len(str(v)) for v in values if v is not None), default=0)
            if longest > 14:
                self.ws.row_dimensions[self.row].height = 15 * min(-(-longest // 28), 12) + 4

    def gap(self) -> None:
        self.row += 1


def write_printable(ws: Worksheet, data: SummaryData, title: str, today: dt.date) -> None:
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    s = _Sheet(ws)
    nums = iter(NUMS)
    q = data.quarter
    s.line(title, Font(name="黑体", size=16, bold=True), height=30)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    s.line(
        f"填报单位：{data.signoff.unit}　　统计期间：{zh_date(q.first_day)}至{zh_date(q.last_day)}"
        f"　　统计截至：{zh_date(data.as_of)}",
        Font(name=FONT_NAME, size=10),
    )
    section = Font(name="黑体", size=12, bold=True)
    s.gap()
    s.line(f"{next(nums)}、总体情况", section)
    draft = data.draft()
    s.line(draft, BODY_FONT, chars=len(draft))

    def counts(t: Totals) -> list[Any]:
        rate = t.completion_rate
        return [owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt, None if rate is None else float(rate)]

    head = ["项目", "", "", "应完成", "已完成", "逾期完成", "未完成", "未到期", "免", "完成率"]
    s.table(head, [[ob.label_zh, "", "", *counts(data.by_obligation[ob])] for ob in data.obligations])
    s.table([], [["合计", "", "", *counts(data.totals)]])
    s.gap()
    s.line(f"{next(nums)}、各党员完成情况（挂钩多个中心的为各挂钩之和）", section)
    s.table(
        ["党员", "挂钩康园中心", "", "应完成", "已完成", "逾期完成", "未完成", "未到期", "免", "完成率"],
        [[m.member, "、".join(m.centres), "", *counts(m.totals)] for m in data.member_totals],
    )
    s.gap()
    s.line(f"{next(nums)}、各康园中心完成情况", section)
    s.table(
        ["康园中心", "镇（街道）", "挂钩党员", "应完成", "已完成", "逾期完成", "未完成", "未到期", "免", "完成率"],
        [[c.centre, c.town, "、".join(c.members), *counts(c.totals)] for c in data.centres],
    )
    if data.annual:
        s.gap()
        s.line(f"{next(nums)}、年度考评得分", section)
        s.table(
            ["康园中心", "镇（街道）", "挂钩党员", "考评情况", "得分", "考评日期"],
            [
                [
                    p.centre,
                    p.town,
                    p.member,
                    p.review.label_zh if p.review else "",
                    p.score,
                    p.review_on if p.score is not None else None,
                ]
                for p in data.reviews
            ],
        )
    s.gap()
    s.line(f"{next(nums)}、未完成明细", section)
    groups: dict[tuple[str, str, str], list[Any]] = {}
    for m in data.missed:
        groups.setdefault((m.member, m.centre, m.obligation.label_zh), []).append(m)
    rows = []
    for (member, centre, ob), items in groups.items():
        missed = [m for m in items if m.status is Status.MISSED]
        if not missed:
            continue
        exempt = [m for m in items if m.status is Status.EXEMPT]
        rows.append(
            [
                member,
                centre,
                ob,
                len(missed),
                "；".join(m.period_zh + (f"（{m.note}）" if m.note else "") for m in missed)
                + ("；免除：" + "；".join(f"{m.period_zh}：{m.note}" for m in exempt) if exempt else ""),
            ]
        )
    if rows:
        s.table(["党员", "康园中心", "项目", "未完成次数", "未完成的期间（免除的期间及原因）"], rows)
    else:
        s.line(f"{data.this_zh}没有未完成的期数。", BODY_FONT)
    s.gap()
    s.line(f"{next(nums)}、以前发现、尚未整改完成的问题（逾期的在前）", section)
    if data.carried:
        s.table(
            ["编号", "发现日期", "康园中心", "状态", "逾期天数", "问题"],
            [
                [problem_no_text(p.no), p.found_on, p.centre, p.status.label_zh, p.overdue_days(data.as_of), p.title]
                for p in data.carried
            ],
        )
    else:
        s.line(f"{data.this_zh}以前走访发现的问题均已整改完成。", BODY_FONT)
    s.gap()
    s.gap()
    blank = "＿＿＿＿＿＿"
    o = data.signoff
    s.line(
        f"填报单位：{o.unit or blank}　　制表人：{o.preparer or blank}　　审核人：{o.reviewer or blank}"
        f"　　日期：{zh_date(today)}",
        Font(name=FONT_NAME, size=11),
        height=24,
    )
    print_setup(ws, title, "1:2")
