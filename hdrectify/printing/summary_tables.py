"""The quarterly summary's tables of counts: per obligation, per pairing, per member, the year's reviews,
the missed periods and the signed checklists on file.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from hdrectify.domain.cadence import Obligation, Status, Totals
from hdrectify.domain.scans import SignedMonth
from hdrectify.domain.wording import OBLIGATION, STATUS, month_day_text
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.printing.layout import HEADER_FILL, paras
from hdrectify.printing.summary_cells import LOW, count_cell, grid_table, rate_cell, scale
from hdrectify.store.summary import PairingSummary, SummaryData, met, not_yet_due, owed


def obligation_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    head = ["项目", "应完成", STATUS["done"], STATUS["late"], STATUS["missed"], "未到期", STATUS["exempt"], "完成率"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]

    def line(label: str, t: Totals, style: str = "num") -> list[Any]:
        nums = [owed(t), t.done, t.late, t.missed, not_yet_due(t), t.exempt]
        return (
            [Paragraph(label, s["total"] if style == "total" else s["cell"])]
            + [count_cell(v, s, style) for v in nums]
            + [rate_cell(t.completion_rate, s)]
        )

    for ob in data.obligations:
        rows.append(line(ob.label_zh, data.by_obligation[ob]))
    rows.append(line("合计", data.totals, "total"))
    return grid_table(
        rows, scale([30, 14, 14, 14, 14, 14, 14, 16]), extra=[("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)]
    )


def pairing_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
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
        return [count_cell(v, s, style) for v in values]

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
                rate_cell(p.completion_rate, s),
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
            rate_cell(data.totals.completion_rate, s),
        ]
    )
    widths = scale([9, 26, 38, 36, *[13] * (2 * n), 40, *([30] if data.annual else []), 17])
    c0, v0 = 4, 4 + n
    tail = [v0 + n + i for i in range(3 if data.annual else 2)]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, *tail)]
    spans += [("SPAN", (c0, 0), (c0 + n - 1, 0)), ("SPAN", (v0, 0), (v0 + n - 1, 0))]
    return grid_table(rows, widths, header_rows=2, extra=[*spans, ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)])


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


def member_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    """One row per member, over all their pairings: each obligation's 完成 and 未完成, 免, the rate."""
    obs = data.obligations
    first = ["序号", "党员", "挂钩康园中心"]
    for ob in obs:
        first += [ob.label_zh, ""]
    first += ["免", "完成率"]
    second = ["", "", "", *["完成", "未完成"] * len(obs), "", ""]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in first], [Paragraph(h, s["head"]) for h in second]]

    def counts(by: dict[Obligation, Totals], style: str = "num") -> list[Any]:
        return [count_cell(v, s, style) for ob in obs for v in (met(by[ob]), by[ob].missed)]

    for i, m in enumerate(data.member_totals, start=1):
        rows.append(
            [
                Paragraph(str(i), s["num"]),
                paras(m.member, s["cell"]),
                paras("、".join(m.centres), s["cell"]),
                *counts(m.by_obligation),
                count_cell(m.totals.exempt, s),
                rate_cell(m.completion_rate, s),
            ]
        )
    rows.append(
        [
            Paragraph("", s["cell"]),
            Paragraph("合计", s["total"]),
            Paragraph(f"{data.members}名党员", s["total"]),
            *counts(data.by_obligation, "total"),
            count_cell(data.totals.exempt, s, "total"),
            rate_cell(data.totals.completion_rate, s),
        ]
    )
    n = 3 + 2 * len(obs)
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, n, n + 1)]
    spans += [("SPAN", (3 + 2 * i, 0), (4 + 2 * i, 0)) for i in range(len(obs))]
    widths = scale([9, 26, 60, *[14] * (2 * len(obs)), 12, 17])
    return grid_table(rows, widths, header_rows=2, extra=[*spans, ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)])


def reviews_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
    return [grid_table(rows, scale([45, 30, 25, 25, 15, 30])), Paragraph(note, s["note"])]


def missed_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([22, 32, 18, 14, 90, 80])),
        Paragraph("未完成：期限已过仍未完成；部分时间免除的期数仍计为未完成。免除的期数不计入完成率。", s["note"]),
    ]


def signed_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([22, 32, *([16] * len(months))])),
        Paragraph(
            f"应到岗{len(data.signed)}个月次，签字清单已存档{filed}个月次；按清单二维码导入（hdrectify scans import）。"
            "“—”：该月无需到岗。",
            s["note"],
        ),
    ]
