"""The quarterly summary (季度挂钩联系工作汇总) as an A4 landscape PDF.

Sections in the order an office reads them: the drafted paragraph of totals (to
paste into its own report) with a table per obligation; each pairing's counts and
completion rate; a bar chart of completion by centre; problems found on visits and
their state; exemptions with reasons; records entered late (补录). Landscape, because
the pairing table has a column per status and obligation.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from hdrectify.domain.wording import date_text as zh_date
from hdrectify.domain.wording import zh_numeral
from hdrectify.printing.layout import build, paras, printed_on
from hdrectify.printing.summary_cells import scale, summary_styles
from hdrectify.printing.summary_chart import centre_section
from hdrectify.printing.summary_problems import (
    backfilled_section,
    carried_section,
    exemptions_section,
    problems_section,
)
from hdrectify.printing.summary_tables import (
    member_table,
    missed_section,
    obligation_table,
    pairing_table,
    reviews_section,
    signed_section,
)
from hdrectify.store.senders import through_text
from hdrectify.store.summary import SummaryData


def write_summary_pdf(data: SummaryData, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the quarterly summary of ``data`` to ``path``; returns the number of pages.

    ``federation`` is the name printed under the title (``store.setting("federation_name")``);
    ``today`` is the print date in the footer (default today). An unwritable ``path``
    raises InputError and leaves no file.
    """
    s = summary_styles()
    title = f"{data.span_zh}挂钩联系工作汇总"
    q = data.quarter
    this = data.this_zh
    nums = map(zh_numeral, itertools.count(1))
    today = today or dt.date.today()
    span_kind = "年度" if data.annual else "季度"
    story: list[Flowable] = [
        Paragraph(title, s["title"]),
        *paras(federation, s["subtitle"]),
        Paragraph(
            f"统计期间：{zh_date(q.first_day)}至{zh_date(q.last_day)}（共{data.weeks}周，每周按其周四所在{span_kind}计）"
            f"　　统计截至：{zh_date(data.as_of)}{f'（{this}尚未结束）' if data.as_of < q.last_day else ''}",
            s["subtitle"],
        ),
        *(
            [Paragraph(escape(f"各党员数据截至：{through_text(data.data_through)}"), s["subtitle"])]
            if data.data_through
            else []
        ),
        Spacer(1, 4 * mm),
        Paragraph(f"{next(nums)}、总体情况", s["h2"]),
        Paragraph(data.draft(), s["lead"]),
        Spacer(1, 3 * mm),
        obligation_table(data, s),
        Paragraph(
            "完成率＝（已完成＋逾期完成）÷（已完成＋逾期完成＋未完成）；免除和未到期的不计入。"
            "每周联系和每月到岗在期内完成即为按时，故无逾期。",
            s["note"],
        ),
        CondPageBreak(60 * mm),
        Paragraph(f"{next(nums)}、各挂钩完成情况", s["h2"]),
        pairing_table(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、各党员完成情况", s["h2"]),
        member_table(data, s),
        Paragraph("党员挂钩多个康园中心的，为各挂钩之和。", s["note"]),
        *centre_section(data, s, f"{next(nums)}、各康园中心完成率"),
        *(
            [CondPageBreak(40 * mm), Paragraph(f"{next(nums)}、年度考评得分", s["h2"]), *reviews_section(data, s)]
            if data.annual
            else []
        ),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、未完成明细", s["h2"]),
        *missed_section(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、签字清单存档情况", s["h2"]),
        *signed_section(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、走访发现的问题及整改情况", s["h2"]),
        *problems_section(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、以前发现、尚未整改完成的问题", s["h2"]),
        *carried_section(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、免除情况", s["h2"]),
        *exemptions_section(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、补录记录", s["h2"]),
        *backfilled_section(data, s),
        Spacer(1, 8 * mm),
        _signoff(data, today, s),
    ]
    footer = f"{federation}　{title}　{printed_on(today)}"
    return build(Path(path), story, title=title, footer=footer, wide=True)


def _signoff(data: SummaryData, today: dt.date, s: dict[str, ParagraphStyle]) -> Flowable:
    """填报单位、制表人、审核人、日期 on one line, as a clerk signs it; blanks left to fill by hand."""
    o = data.signoff
    blank = "＿＿＿＿＿＿"
    cells = [
        f"填报单位：{escape(o.unit) or blank}",
        f"制表人：{escape(o.preparer) or blank}",
        f"审核人：{escape(o.reviewer) or blank}",
        f"日期：{zh_date(today)}",
    ]
    table = Table([[Paragraph(c, s["base"]) for c in cells]], colWidths=scale([40, 20, 20, 20]))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([table])
