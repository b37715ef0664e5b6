"""The quarterly summary's lists: problems found on visits, those carried over, exemptions and records entered late."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from hdrectify.domain.ledger import MeasureStatus, problem_no_text
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.printing.layout import paras
from hdrectify.printing.summary_cells import grid_table, scale
from hdrectify.store.summary import SummaryData
from hdrectify.store.summary_rows import MeasureRow


def carried_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([9, 24, 30, 55, 95, 14, 18])),
        Paragraph(f"共{len(data.carried)}个，其中逾期{overdue}个；逾期的排在前面。逾期天数按统计截至日计。", s["note"]),
    ]


def problems_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([9, 24, 30, 16, 55, 95, 16])),
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


def exemptions_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([45, 20, 55, 90, 20])),
        Paragraph("“本季度免除”为本季度各挂钩因该项免除而不计入完成率的期数。", s["note"]),
    ]


def backfilled_section(data: SummaryData, s: dict[str, ParagraphStyle]) -> list[Flowable]:
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
        grid_table(rows, scale([27, 27, 14, 16, 32, 28, 98])),
        Paragraph(
            f"共{len(rows_data)}条。补录：登记日期晚于所记日期超过{data.backfill_days}天的记录，照常计入完成情况。",
            s["note"],
        ),
    ]
