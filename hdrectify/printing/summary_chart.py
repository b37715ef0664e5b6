"""The quarterly summary's chart: each centre's completion rate as a bar, with the 90% reference line."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from hdrectify.domain.wording import percent as pct
from hdrectify.printing.fonts import register
from hdrectify.printing.layout import GRID, clip
from hdrectify.printing.summary_cells import BAR, BAR_LOW, LOW, TARGET, WIDTH
from hdrectify.store.summary import SummaryData

LABEL_W = 130.0  # the chart's names, at the left of its bars
CHART_LABEL_PT = 8.5


def centre_chart(data: SummaryData) -> Drawing:
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


def chart_note(data: SummaryData, s: dict[str, ParagraphStyle]) -> Paragraph:
    regular, _ = register()
    cut = any(_label(c.centre, regular) != c.centre for c in data.centres)
    return Paragraph(
        "按完成率从高到低排列；虚线为 90% 参考线，低于 90% 的以橙色显示；“—”表示尚无可计入完成率的期数。"
        + ("名称过长的以“…”省略（全称见第二部分）。" if cut else ""),
        s["note"],
    )
