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
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from hdrectify.domain.cadence import Obligation, Status, Totals
from hdrectify.domain.ledger import MeasureStatus, problem_no_text
from hdrectify.domain.scans import SignedMonth
from hdrectify.domain.wording import OBLIGATION, STATUS, month_day_text, zh_numeral
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.domain.wording import percent as pct
from hdrectify.printing.fonts import register
from hdrectify.printing.layout import (
    GRID,
    HEADER_FILL,
    MARGIN,
    build,
    clip,
    fit_rows,
    paras,
    printed_on,
    styles,
)
from hdrectify.store.summary import (
    PairingSummary,
    SummaryData,
    met,
    not_yet_due,
    owed,
)
from hdrectify.store.summary_rows import MeasureRow

TARGET = 0.9  # the reference line on the chart, and below it a rate is printed in red
WIDTH = landscape(A4)[0] - 2 * MARGIN
FRAME_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 5 * mm - 12  # layout.build's frame, less its padding
LABEL_W = 130.0  # the chart's names, at the left of its bars
CHART_LABEL_PT = 8.5
LOW = colors.HexColor("#b3261e")
BAR = colors.HexColor("#3b6ea5")
BAR_LOW = colors.HexColor("#d08a2e")
MUTED = colors.HexColor("#555555")


def write_summary_pdf(data: SummaryData, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the quarterly summary of ``data`` to ``path``; returns the number of pages.

    ``federation`` is the name printed under the title (``store.setting("federation_name")``);
    ``today`` is the print date in the footer (default today). An unwritable ``path``
    raises InputError and leaves no file.
    """
    s = _styles()
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
        Spacer(1, 4 * mm),
        Paragraph(f"{next(nums)}、总体情况", s["h2"]),
        Paragraph(data.draft(), s["lead"]),
        Spacer(1, 3 * mm),
        _obligation_table(data, s),
        Paragraph(
            "完成率＝（已完成＋逾期完成）÷（已完成＋逾期完成＋未完成）；免除和未到期的不计入。"
            "每周联系和每月到岗在期内完成即为按时，故无逾期。",
            s["note"],
        ),
        CondPageBreak(60 * mm),
        Paragraph(f"{next(nums)}、各挂钩完成情况", s["h2"]),
        _pairing_table(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、各党员完成情况", s["h2"]),
        _member_table(data, s),
        Paragraph("党员挂钩多个康园中心的，为各挂钩之和。", s["note"]),
        KeepTogether(
            [Paragraph(f"{next(nums)}、各康园中心完成率", s["h2"]), _centre_chart(data), _chart_note(data, s)]
        ),
        *(
            [CondPageBreak(40 * mm), Paragraph(f"{next(nums)}、年度考评得分", s["h2"]), *_reviews(data, s)]
            if data.annual
            else []
        ),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、未完成明细", s["h2"]),
        *_missed(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、签字清单存档情况", s["h2"]),
        *_signed(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、走访发现的问题及整改情况", s["h2"]),
        *_problems(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、以前发现、尚未整改完成的问题", s["h2"]),
        *_carried(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、免除情况", s["h2"]),
        *_exemptions(data, s),
        CondPageBreak(40 * mm),
        Paragraph(f"{next(nums)}、补录记录", s["h2"]),
        *_backfilled(data, s),
        Spacer(1, 8 * mm),
        _signoff(data, today, s),
    ]
    footer = f"{federation}　{title}　{printed_on(today)}"
    return build(Path(path), story, title=title, footer=footer, wide=True)


# -- styles and table helpers ---------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    s = styles()
    _, bold = register()
    s["head"] = ParagraphStyle("head", parent=s["cell"], fontName=bold, alignment=TA_CENTER)
    s["num"] = ParagraphStyle("num", parent=s["cell"], alignment=TA_CENTER)
    s["low"] = ParagraphStyle("low", parent=s["num"], textColor=LOW, fontName=bold)
    s["total"] = ParagraphStyle("total", parent=s["num"], fontName=bold)
    s["lead"] = ParagraphStyle("lead", parent=s["base"], fontSize=11, leading=19, firstLineIndent=22)
    s["note"] = ParagraphStyle("note", parent=s["small"], textColor=MUTED, spaceBefore=3)
    return s


def _table(rows: list[list[Any]], widths: list[float], header_rows: int = 1, extra: list[Any] | None = None) -> Table:
    """A grid with a shaded header repeated on every page; cells are Paragraphs so text wraps.

    A row taller than a page under the header goes on in continuation rows (see
    layout.fit_rows), so a long note or name never stops the document.
    """
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *(extra or []),
        ]
    )
    head = Table(rows[:header_rows], colWidths=widths)
    head.setStyle(style)
    # half a page: the first piece of a long row still fits under its section's heading
    limit = (FRAME_HEIGHT - head.wrap(WIDTH, FRAME_HEIGHT)[1]) / 2
    body = fit_rows(rows[header_rows:], widths, limit, (6, 6))
    table = Table(rows[:header_rows] + body, colWidths=widths, repeatRows=header_rows)
    table.setStyle(style)
    return table


def _scale(widths: list[float]) -> list[float]:
    """Relative widths → the page's full width."""
    total = sum(widths)
    return [w * WIDTH / total for w in widths]


def _rate(rate: float | None, s: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(pct(rate), s["low"] if rate is not None and rate < TARGET else s["num"])


def _n(value: int, s: dict[str, ParagraphStyle], style: str = "num") -> Paragraph:
    return Paragraph(str(value), s[style])


# -- sections -------------------------------------------------------------------------------------


def _obligation_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    head = ["项目", "应完成", STATUS["done"], STATUS["late"], STATUS["missed"], "未到期", STATUS["exempt"], "完成率"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]

    def line(label: str, t: Totals, style: str = "num") -> list[Any]:
        nums = [owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt]
        return (
            [Paragraph(label, s["total"] if style == "total" else s["cell"])]
            + [_n(v, s, style) for v in nums]
            + [_rate(t.completion_rate, s)]
        )

    for ob in data.obligations:
        rows.append(line(ob.label_zh, data.by_obligation[ob]))
    rows.append(line("合计", data.totals, "total"))
    return _table(
        rows, _scale([30, 14, 14, 14, 14, 14, 14, 16]), extra=[("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]
    )


def _pairing_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    """One row per pairing: contact and visit counts, the report, the rate; a 合计 row at the end."""
    pending = any(
        not_yet_due(p.by_obligation[ob]) for p in data.pairings for ob in (Obligation.CONTACT, Obligation.VISIT)
    )
    sub = ["完成", "免", "未完成", *(["未到期"] if pending else [])]
    n = len(sub)
    first = [
        "序号",
        "党员",
        "康园中心",
        "镇（街道）",
        OBLIGATION["contact"],
        *[""] * (n - 1),
        OBLIGATION["visit"],
        *[""] * (n - 1),
    ]
    first += ["季度汇报", *(["年度考评"] if data.annual else []), "完成率"]
    second = ["", "", "", "", *sub, *sub, "", *([""] if data.annual else []), ""]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in first], [Paragraph(h, s["head"]) for h in second]]

    def counts(t: Totals, style: str = "num") -> list[Any]:
        values = [met(t), t.exempt, t.missed, *([not_yet_due(t)] if pending else [])]
        return [_n(v, s, style) for v in values]

    for i, p in enumerate(data.pairings, start=1):
        rows.append(
            [
                Paragraph(str(i), s["num"]),
                paras(p.member, s["cell"], after=_span_note(p, data)),
                paras(p.centre, s["cell"]),
                paras(p.town, s["cell"]),
                *counts(p.by_obligation[Obligation.CONTACT]),
                *counts(p.by_obligation[Obligation.VISIT]),
                Paragraph(_report_text(p, data), s["num"]),
                *([Paragraph(_review_text(p), s["num"])] if data.annual else []),
                _rate(p.completion_rate, s),
            ]
        )
    r = data.by_obligation[Obligation.REPORT]
    rows.append(
        [
            Paragraph("", s["cell"]),
            Paragraph("合计", s["total"]),
            Paragraph(f"{len(data.centres)}个中心", s["total"]),
            Paragraph("", s["cell"]),
            *counts(data.by_obligation[Obligation.CONTACT], "total"),
            *counts(data.by_obligation[Obligation.VISIT], "total"),
            Paragraph(f"已交{met(r)}／应交{owed(r)}", s["total"]),
            *([Paragraph(_counted(data.by_obligation[Obligation.REVIEW]), s["total"])] if data.annual else []),
            _rate(data.totals.completion_rate, s),
        ]
    )
    widths = _scale([9, 26, 38, 36, *[13] * (2 * n), 40, *([30] if data.annual else []), 17])
    c0, v0 = 4, 4 + n
    tail = [v0 + n + i for i in range(3 if data.annual else 2)]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, *tail)]
    spans += [("SPAN", (c0, 0), (c0 + n - 1, 0)), ("SPAN", (v0, 0), (v0 + n - 1, 0))]
    return _table(rows, widths, header_rows=2, extra=[*spans, ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)])


def _span_note(p: PairingSummary, data: SummaryData) -> str:
    """When the pairing covers only part of the quarter, say which part."""
    q = data.quarter
    if p.start > q.first_day and p.end is not None and p.end < q.last_day:
        return f"<br/><font size=7.5>（{_md(p.start)}—{_md(p.end)}）</font>"
    if p.start > q.first_day:
        return f"<br/><font size=7.5>（{_md(p.start)}起）</font>"
    if p.end is not None and p.end < q.last_day:
        return f"<br/><font size=7.5>（至{_md(p.end)}）</font>"
    return ""


_md = month_day_text


def _counted(t: Totals) -> str:
    return f"已交{met(t)}／应交{owed(t)}"


def _report_text(p: PairingSummary, data: SummaryData) -> str:
    if data.annual:  # four reports a year: counts
        t = p.by_obligation[Obligation.REPORT]
        return _counted(t) + (f'<br/><font color="{LOW.hexval()}">未交{t.missed}</font>' if t.missed else "")
    if p.report is None:
        return "不需提交"
    text = p.report.label_zh
    if p.report_on is not None:
        text += f"<font size=7.5>（{_md(p.report_on)}{'，补录' if p.report_backfilled else ''}）</font>"
    if p.report is Status.MISSED:
        text = f'<font color="{LOW.hexval()}">{text}</font>'
    return text


def _review_text(p: PairingSummary) -> str:
    if p.review is None:
        return "不需考评"
    text = p.review.label_zh
    if p.score is not None:
        text += f"<br/>{p.score}分"
    if p.review is Status.MISSED:
        text = f'<font color="{LOW.hexval()}">{text}</font>'
    return text


def _member_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    """One row per member, over all their pairings: each obligation's 完成 and 未完成, 免, the rate."""
    obs = data.obligations
    first = ["序号", "党员", "挂钩康园中心"]
    for ob in obs:
        first += [ob.label_zh, ""]
    first += ["免", "完成率"]
    second = ["", "", "", *["完成", "未完成"] * len(obs), "", ""]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in first], [Paragraph(h, s["head"]) for h in second]]

    def counts(by: dict[Obligation, Totals], style: str = "num") -> list[Any]:
        return [_n(v, s, style) for ob in obs for v in (met(by[ob]), by[ob].missed)]

    for i, m in enumerate(data.member_totals, start=1):
        rows.append(
            [
                Paragraph(str(i), s["num"]),
                paras(m.member, s["cell"]),
                paras("、".join(m.centres), s["cell"]),
                *counts(m.by_obligation),
                _n(m.totals.exempt, s),
                _rate(m.completion_rate, s),
            ]
        )
    rows.append(
        [
            Paragraph("", s["cell"]),
            Paragraph("合计", s["total"]),
            Paragraph(f"{data.members}名党员", s["total"]),
            *counts(data.by_obligation, "total"),
            _n(data.totals.exempt, s, "total"),
            _rate(data.totals.completion_rate, s),
        ]
    )
    n = 3 + 2 * len(obs)
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, n, n + 1)]
    spans += [("SPAN", (3 + 2 * i, 0), (4 + 2 * i, 0)) for i in range(len(obs))]
    widths = _scale([9, 26, 60, *[14] * (2 * len(obs)), 12, 17])
    return _table(rows, widths, header_rows=2, extra=[*spans, ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)])


def _reviews(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    reviews = data.reviews
    if not reviews:
        return [Paragraph("本年度没有应考评的挂钩。", s["base"])]
    head = ["康园中心", "镇（街道）", "挂钩党员", "考评情况", "得分", "考评日期"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for p in reviews:
        state = p.review.label_zh if p.review else ""
        rows.append(
            [
                paras(p.centre, s["cell"]),
                paras(p.town, s["cell"]),
                paras(p.member, s["cell"]),
                Paragraph(state, s["low"] if p.review is Status.MISSED else s["num"]),
                Paragraph("" if p.score is None else str(p.score), s["num"]),
                Paragraph(zh_date(p.review_on) if p.review_on and p.score is not None else "", s["cell"]),
            ]
        )
    scored = [p.score for p in reviews if p.score is not None]
    note = f"已考评{len(scored)}个，平均{sum(scored) / len(scored):.1f}分。" if scored else "尚无考评得分。"
    return [_table(rows, _scale([45, 30, 25, 25, 15, 30])), Paragraph(note, s["note"])]


def _missed(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Per pairing and obligation with something missed: each missed period, and each exempt one with its reason
    (a pairing and obligation with nothing missed is left out: its exemptions are in the 免除 section)."""
    if not any(m.status is Status.MISSED for m in data.missed):
        return [Paragraph(f"{data.this_zh}没有未完成的期数。", s["base"])]
    groups: dict[tuple[str, str, Obligation], list[Any]] = {}
    for m in data.missed:
        groups.setdefault((m.member, m.centre, m.obligation), []).append(m)
    head = ["党员", "康园中心", "项目", "未完成", "未完成的期间", "免除的期间及原因"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for (member, centre, ob), items in groups.items():
        missed = [m for m in items if m.status is Status.MISSED]
        exempt = [m for m in items if m.status is Status.EXEMPT]
        if not missed:
            continue
        rows.append(
            [
                paras(member, s["cell"]),
                paras(centre, s["cell"]),
                Paragraph(ob.label_zh, s["cell"]),
                Paragraph(f"{len(missed)}次" if missed else "—", s["low"] if missed else s["num"]),
                paras("；".join(m.period_zh + (f"（{m.note}）" if m.note else "") for m in missed) or "—", s["cell"]),
                paras("；".join(f"{m.period_zh}：{m.note}" for m in exempt) or "—", s["cell"]),
            ]
        )
    return [
        _table(rows, _scale([22, 32, 18, 14, 90, 80])),
        Paragraph("未完成：期限已过仍未完成；部分时间免除的期数仍计为未完成。免除的期数不计入完成率。", s["note"]),
    ]


def _signed(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Per pairing, each owed month: whether the signed monthly checklist came back (scans import)."""
    if not data.signed:
        return [Paragraph(f"{data.this_zh}没有应到岗的月份。", s["base"])]
    months = sorted({m.month for m in data.signed})
    by_pairing: dict[tuple[str, str], dict[str, SignedMonth]] = {}
    for m in data.signed:
        by_pairing.setdefault((m.member, m.centre), {})[m.month] = m
    head = ["党员", "康园中心", *(f"{int(m[5:])}月" for m in months)]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for (member, centre), mine in by_pairing.items():
        cells = [
            Paragraph(mine[m].on_file_zh, s["num"] if mine[m].pages else s["low"])
            if m in mine
            else Paragraph("—", s["num"])  # a month the pairing does not owe
            for m in months
        ]
        rows.append([paras(member, s["cell"]), paras(centre, s["cell"]), *cells])
    filed = sum(1 for m in data.signed if m.pages)
    return [
        _table(rows, _scale([22, 32, *([16] * len(months))])),
        Paragraph(
            f"应到岗{len(data.signed)}个月次，签字清单已存档{filed}个月次；按清单二维码导入（hdrectify scans import）。"
            "“—”：该月无需到岗。",
            s["note"],
        ),
    ]


def _carried(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not data.carried:
        return [Paragraph(f"{data.this_zh}以前走访发现的问题均已整改完成。", s["base"])]
    head = ["编号", "发现日期", "康园中心", "问题", "整改措施", "状态", "逾期"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for p in data.carried:
        late = p.overdue_days(data.as_of)
        rows.append(
            [
                Paragraph(problem_no_text(p.no), s["num"]),
                Paragraph(zh_date(p.found_on), s["cell"]),
                paras(p.centre, s["cell"]),
                paras(p.title, s["cell"]),
                [q for m in p.measures for q in _measure_paras(m, s["cell"])] or Paragraph("（无）", s["cell"]),
                Paragraph(p.status.label_zh, s["low"]),
                Paragraph(f"逾期{late}天" if late else "未逾期", s["low"] if late else s["num"]),
            ]
        )
    overdue = sum(1 for p in data.carried if p.overdue_days(data.as_of))
    return [
        _table(rows, _scale([9, 24, 30, 55, 95, 14, 18])),
        Paragraph(f"共{len(data.carried)}个，其中逾期{overdue}个；逾期的排在前面。逾期天数按统计截至日计。", s["note"]),
    ]


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
    table = Table([[Paragraph(c, s["base"]) for c in cells]], colWidths=_scale([40, 20, 20, 20]))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([table])


def _centre_chart(data: SummaryData) -> Drawing:
    """Horizontal bars, highest rate on top, a dashed 90% reference line; rates at the bars' ends."""
    regular, bold = register()
    # a horizontal bar chart draws its first category at the bottom: lowest first
    centres = list(reversed(data.centres))
    bar_h = 15.0
    label_w = LABEL_W
    height = len(centres) * bar_h + 46
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 26
    chart.width, chart.height = WIDTH - label_w - 60, len(centres) * bar_h
    chart.data = [[(c.completion_rate or 0.0) * 100 for c in centres]]
    chart.categoryAxis.categoryNames = [_label(c.centre, regular) for c in centres]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = CHART_LABEL_PT
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -5
    chart.categoryAxis.tickLeft = 0
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 10
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.strokeColor = GRID
    chart.barWidth = bar_h * 0.62
    chart.groupSpacing = bar_h * 0.38
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    for i, c in enumerate(centres):
        if c.completion_rate is not None and c.completion_rate < TARGET:
            chart.bars[(0, i)].fillColor = BAR_LOW
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[pct(c.completion_rate) for c in centres]]
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.boxFillColor = colors.white  # a rate's label stays legible over the reference line
    x = chart.x + chart.width * TARGET
    drawing.add(
        Line(x, chart.y, x, chart.y + chart.height + 6, strokeColor=LOW, strokeWidth=0.8, strokeDashArray=[3, 2])
    )
    drawing.add(chart)
    drawing.add(
        String(x, chart.y + chart.height + 9, "90%", fontName=bold, fontSize=8, fillColor=LOW, textAnchor="middle")
    )
    return drawing


def _label(centre: str, font: str) -> str:
    """A centre's name as it fits left of its bar (cut with … when longer)."""
    return clip(" ".join(centre.split()), font, CHART_LABEL_PT, LABEL_W - 8)


def _chart_note(data: SummaryData, s: dict[str, ParagraphStyle]) -> Paragraph:
    regular, _ = register()
    cut = any(_label(c.centre, regular) != c.centre for c in data.centres)
    return Paragraph(
        "按完成率从高到低排列；虚线为 90% 参考线，低于 90% 的以橙色显示；“—”表示尚无可计入完成率的期数。"
        + ("名称过长的以“…”省略（全称见第二部分）。" if cut else ""),
        s["note"],
    )


def _problems(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not data.problems:
        return [Paragraph(f"{data.this_zh}走访未发现问题。", s["base"])]
    head = ["编号", "发现日期", "康园中心", "发现人", "问题", "整改措施", "状态"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for p in data.problems:
        title = paras(p.title, s["cell"])
        if p.detail:
            title += paras(p.detail, s["cell"], markup='<font size=7.5 color="#555555">{}</font>')
        rows.append(
            [
                Paragraph(problem_no_text(p.no), s["num"]),
                Paragraph(zh_date(p.found_on), s["cell"]),
                paras(p.centre, s["cell"]),
                paras(p.member, s["cell"]),
                title,
                [q for m in p.measures for q in _measure_paras(m, s["cell"])] or Paragraph("（无）", s["cell"]),
                Paragraph(p.status.label_zh, s["low"] if p.status is not MeasureStatus.DONE else s["num"]),
            ]
        )
    done = data.problems_done
    return [
        _table(rows, _scale([9, 24, 30, 16, 55, 95, 16])),
        Paragraph(
            f"共{len(data.problems)}个问题，已整改{done}个，尚未整改完成{len(data.problems) - done}个；"
            "状态为打印时的整改进度。",
            s["note"],
        ),
    ]


def _measure_paras(m: MeasureRow, style: ParagraphStyle) -> list[Paragraph]:
    facts = []
    if m.person:
        facts.append(f"责任人：{escape(m.person)}")
    if m.deadline:
        facts.append(f"时限：{zh_date(m.deadline)}")
    state = m.status.label_zh
    if m.status is MeasureStatus.DONE and m.closed_on:
        state += f"，{zh_date(m.closed_on)}销号"
    facts.append(state)
    return paras(f"{m.no}. {m.text}", style, after=f'<br/><font size=7.5 color="#555555">（{"；".join(facts)}）</font>')


def _exemptions(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not data.exemptions:
        return [Paragraph(f"{data.this_zh}没有免除。", s["base"])]
    head = ["范围", "义务", "起止日期", "原因", "本季度免除"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for e in data.exemptions:
        rows.append(
            [
                paras(e.scope_zh, s["cell"]),
                Paragraph(e.obligation.label_zh, s["cell"]),
                Paragraph(f"{zh_date(e.start)}至{zh_date(e.end)}", s["cell"]),
                paras(e.reason, s["cell"]),
                Paragraph(f"{e.periods}次", s["num"]),
            ]
        )
    return [
        _table(rows, _scale([45, 20, 55, 90, 20])),
        Paragraph("“本季度免除”为本季度各挂钩因该项免除而不计入完成率的期数。", s["note"]),
    ]


def _backfilled(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows_data = data.backfilled
    if not rows_data:
        return [Paragraph(f"{data.this_zh}没有补录记录。", s["base"])]
    head = ["日期", "登记日期", "迟登天数", "党员", "康园中心", "方式", "内容"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    for r in rows_data:
        content = paras(r.note, s["cell"]) + (paras(r.problems, s["cell"], before="发现问题：") if r.problems else [])
        rows.append(
            [
                Paragraph(zh_date(r.date), s["cell"]),
                Paragraph(zh_date(r.recorded_on), s["cell"]),
                Paragraph(f"{(r.recorded_on - r.date).days}天", s["num"]),
                paras(r.member, s["cell"]),
                paras(r.centre, s["cell"]),
                Paragraph(f"{r.label_zh}（补录）", s["cell"]),
                content,
            ]
        )
    return [
        _table(rows, _scale([27, 27, 14, 16, 32, 28, 98])),
        Paragraph(
            f"共{len(rows_data)}条。补录：登记日期晚于所记日期超过{data.backfill_days}天的记录，照常计入完成情况。",
            s["note"],
        ),
    ]
