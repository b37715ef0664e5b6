"""The summary workbook's 汇总 sheet: the page a clerk prints and files, laid out like the PDF.

Title, unit and span at the top (repeated on every printed page), then the drafted
paragraph, per obligation, per member (the sum of their pairings), per centre (a year: the
reviews' scores), the 未完成明细 (a row per pairing and obligation with something missed),
the problems found earlier and still open (overdue first), and the 落款 at the end.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import Any

from xlsxwriter.worksheet import Worksheet

from hdrectify.domain.cadence import Status, Totals
from hdrectify.domain.ledger import problem_no_text
from hdrectify.domain.wording import STATUS, zh_numeral
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.printing.xlsx_style import BODY_FONT, CELL, FONT_NAME, HEADER, Formats, print_setup
from hdrectify.store.senders import through_text
from hdrectify.store.summary import SummaryData, not_yet_due, owed

COLUMNS = 10
WIDTHS = (12, 18, 22, 10, 10, 10, 10, 10, 10, 30)
LINE = {"valign": "vcenter", "text_wrap": True}
TABLE_CELL = {**CELL, "text_wrap": True}


class _Sheet:
    """Writes down the sheet a row at a time (rows 0-based, as XlsxWriter counts)."""

    def __init__(self, ws: Worksheet, f: Formats) -> None:
        self.ws = ws
        self.f = f
        self.row = -1

    def line(self, text: str, font: dict[str, Any], height: float | None = None, chars: int = 0) -> None:
        """``text`` across the row's ten columns (merged), in ``font``."""
        self.row += 1
        look = {**LINE, **font}
        self.ws.merge_range(self.row, 0, self.row, COLUMNS - 1, "", self.f(look))
        self.f.put(self.ws, self.row, 0, text, look)
        lines = max(1, -(-chars // 110)) if chars else 1
        self.ws.set_row(self.row, height or 16 * lines + 4)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        lines: list[tuple[Sequence[Any], dict[str, Any]]] = [(headers, HEADER)] if headers else []
        for values, look in [*lines, *((r, TABLE_CELL) for r in rows)]:
            self.row += 1
            # the last written column takes what is left of the row's width
            last = len(values)
            for col, value in enumerate(values):
                if col == last - 1 and last < COLUMNS:
                    self.ws.merge_range(self.row, col, self.row, COLUMNS - 1, "", self.f(look))
                self.f.put(self.ws, self.row, col, value, look)
            longest = max((len(str(v)) for v in values if v is not None), default=0)
            if longest > 14:
                self.ws.set_row(self.row, 15 * min(-(-longest // 28), 12) + 4)

    def gap(self) -> None:
        self.row += 1


_COUNTED = (STATUS["done"], STATUS["late"], STATUS["missed"], "未到期", STATUS["exempt"])  # the count columns


def write_printable(ws: Worksheet, f: Formats, data: SummaryData, title: str, today: dt.date) -> None:
    for col, width in enumerate(WIDTHS):
        ws.set_column(col, col, width)
    s = _Sheet(ws, f)
    nums = map(zh_numeral, itertools.count(1))
    q = data.quarter
    title_font = {"font_name": "黑体", "font_size": 16, "bold": True, "align": "center", "text_wrap": False}
    s.line(title, title_font, height=30)
    s.line(
        f"填报单位：{data.signoff.unit}　　统计期间：{zh_date(q.first_day)}至{zh_date(q.last_day)}"
        f"　　统计截至：{zh_date(data.as_of)}",
        {"font_name": FONT_NAME, "font_size": 10},
    )
    if data.data_through:
        through = f"各党员数据截至：{through_text(data.data_through)}"
        s.line(through, {"font_name": FONT_NAME, "font_size": 10}, chars=len(through))
    section = {"font_name": "黑体", "font_size": 12, "bold": True}
    s.gap()
    s.line(f"{next(nums)}、总体情况", section)
    draft = data.draft()
    s.line(draft, BODY_FONT, chars=len(draft))

    def counts(t: Totals) -> list[Any]:
        rate = t.completion_rate
        return [owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt, None if rate is None else float(rate)]

    head = ["项目", "", "", "应完成", *_COUNTED, "完成率"]
    s.table(head, [[ob.label_zh, "", "", *counts(data.by_obligation[ob])] for ob in data.obligations])
    s.table([], [["合计", "", "", *counts(data.totals)]])
    s.gap()
    s.line(f"{next(nums)}、各党员完成情况（挂钩多个中心的为各挂钩之和）", section)
    s.table(
        ["党员", "挂钩康园中心", "", "应完成", *_COUNTED, "完成率"],
        [[m.member, "、".join(m.centres), "", *counts(m.totals)] for m in data.member_totals],
    )
    s.gap()
    s.line(f"{next(nums)}、各康园中心完成情况", section)
    s.table(
        ["康园中心", "镇（街道）", "挂钩党员", "应完成", *_COUNTED, "完成率"],
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
        {"font_name": FONT_NAME, "font_size": 11},
        height=24,
    )
    print_setup(ws, title, (0, 1), (s.row, COLUMNS - 1))
