"""The quarterly summary's section of completion by centre: a bar per centre, with the 90% reference line.

A county's centres fit one chart on a page. More than a page of bars (a city's or a
province's office) and the section files as: a chart per town (镇（街道）, over its
centres), a chart of the centres with the lowest rates, then a table of every centre's
figures, ranked, its header repeated on each page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from hdrectify.domain.cadence import Totals
from hdrectify.domain.collation import zh_key
from hdrectify.domain.wording import percent as pct
from hdrectify.printing.fonts import register
from hdrectify.printing.layout import GRID, clip, paras
from hdrectify.printing.summary_cells import (
    BAR,
    BAR_LOW,
    FRAME_HEIGHT,
    LOW,
    TARGET,
    WIDTH,
    count_cell,
    grid_table,
    rate_cell,
    scale,
)
from hdrectify.store.summary import CentreSummary, SummaryData, met

LABEL_W = 130.0  # the chart's names, at the left of its bars
CHART_LABEL_PT = 8.5
BAR_H = 15.0
CHART_EXTRA = 46.0  # the value axis below the bars and the reference line's label above them
# the most bars one chart may have: it fits a page with its section's heading and note
PAGE_BARS = int((FRAME_HEIGHT - CHART_EXTRA - 70) // BAR_H)


def centre_section(data: SummaryData, s: dict[str, ParagraphStyle], heading: str) -> list[Flowable]:
    """The section 各康园中心完成率 under ``heading``: one chart, or (more than a page of bars) charts and a table."""
    if len(data.centres) <= PAGE_BARS:
        return [KeepTogether([Paragraph(heading, s["h2"]), _centre_chart(data), _chart_note(data, s)])]
    towns = _towns(data.centres)
    rated = [c for c in data.centres if c.completion_rate is not None]
    lowest = rated[-PAGE_BARS:]
    regular, _ = register()
    intro = [
        Paragraph(heading, s["h2"]),
        Paragraph(
            f"共{len(data.centres)}个康园中心，分属{len(towns)}个镇（街道）。先按镇（街道）汇总，"
            f"再列完成率最低的{len(lowest)}个中心；每个中心的完成率见（三）。",
            s["base"],
        ),
    ]
    parts: list[Flowable] = []
    # the first chart shares its page with the section's heading and introduction: four bars fewer a page
    size = PAGE_BARS - 4
    pieces = [towns[i : i + size] for i in range(0, len(towns), size)]
    for i, chunk in enumerate(pieces):
        block: list[Flowable] = [
            *(intro if i == 0 else []),
            Paragraph("（一）各镇（街道）完成率" + ("（续）" if i else ""), s["h3"]),
            bar_chart([_label(t, regular) for t, _ in chunk], [r.completion_rate for _, r in chunk]),
        ]
        if i == len(pieces) - 1:
            block.append(Paragraph("镇（街道）的完成率按其各康园中心的期数合计。", s["note"]))
        parts.append(KeepTogether(block))
    if lowest:
        chart = bar_chart([_label(c.centre, regular) for c in lowest], [c.completion_rate for c in lowest])
        caption = f"（二）完成率最低的{len(lowest)}个康园中心"
        parts.append(KeepTogether([Paragraph(caption, s["h3"]), chart, _note(lowest, s, "（三）")]))
    parts += [CondPageBreak(40 * mm), Paragraph("（三）各康园中心完成率", s["h3"]), _centre_table(data, s)]
    return parts


def _towns(centres: Sequence[CentreSummary]) -> list[tuple[str, Totals]]:
    """Each town's totals over its centres, highest rate first (as the centres), then by name."""
    by_town: dict[str, Totals] = {}
    for c in centres:
        t = by_town.setdefault(c.town, Totals())
        for f in dataclasses.fields(Totals):
            setattr(t, f.name, getattr(t, f.name) + getattr(c.totals, f.name))
    towns = list(by_town.items())
    towns.sort(key=lambda tt: (-(r if (r := tt[1].completion_rate) is not None else -1.0), zh_key(tt[0])))
    return towns


def _centre_table(data: SummaryData, s: dict[str, ParagraphStyle]) -> Table:
    """Every centre, ranked by rate (equal rates share a rank; no rate yet: 「—」), its header on every page."""
    head = ["名次", "康园中心", "镇（街道）", "挂钩党员", "完成", "未完成", "免", "完成率"]
    rows: list[list[Any]] = [[Paragraph(h, s["head"]) for h in head]]
    rank, previous = 0, object()
    for i, c in enumerate(data.centres, start=1):
        if c.completion_rate != previous:
            rank, previous = i, c.completion_rate
        t = c.totals
        rows.append(
            [
                Paragraph(str(rank) if c.completion_rate is not None else "—", s["num"]),
                paras(c.centre, s["cell"]),
                paras(c.town, s["cell"]),
                paras("、".join(c.members), s["cell"]),
                count_cell(met(t), s),
                count_cell(t.missed, s),
                count_cell(t.exempt, s),
                rate_cell(c.completion_rate, s),
            ]
        )
    return grid_table(rows, scale([10, 45, 30, 45, 12, 12, 12, 16]))


def _centre_chart(data: SummaryData) -> Drawing:
    """Every centre's bar, highest rate on top (the county's chart)."""
    regular, _ = register()
    return bar_chart([_label(c.centre, regular) for c in data.centres], [c.completion_rate for c in data.centres])


def bar_chart(labels: list[str], rates: list[float | None]) -> Drawing:
    """Horizontal bars in the order given, the first on top, a dashed 90% reference line; rates at the bars' ends."""
    regular, bold = register()
    # a horizontal bar chart draws its first category at the bottom: lowest first
    labels, rates = labels[::-1], rates[::-1]
    bar_h = BAR_H
    label_w = LABEL_W
    height = len(rates) * bar_h + CHART_EXTRA
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 26
    chart.width, chart.height = WIDTH - label_w - 60, len(rates) * bar_h
    chart.data = [[(r or 0.0) * 100 for r in rates]]
    chart.categoryAxis.categoryNames = labels
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
    for i, r in enumerate(rates):
        if r is not None and r < TARGET:
            chart.bars[(0, i)].fillColor = BAR_LOW
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[pct(r) for r in rates]]
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
    return _note(data.centres, s, "第二部分")


def _note(centres: Sequence[CentreSummary], s: dict[str, ParagraphStyle], full_names_in: str) -> Paragraph:
    regular, _ = register()
    cut = any(_label(c.centre, regular) != c.centre for c in centres)
    return Paragraph(
        "按完成率从高到低排列；虚线为 90% 参考线，低于 90% 的以橙色显示；“—”表示尚无可计入完成率的期数。"
        + (f"名称过长的以“…”省略（全称见{full_names_in}）。" if cut else ""),
        s["note"],
    )
