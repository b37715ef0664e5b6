"""The quarterly summary's common parts: its styles, page measures, colours and the grid every table is drawn in."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from hdrectify.domain.wording import percent as pct
from hdrectify.printing.fonts import register
from hdrectify.printing.layout import GRID, HEADER_FILL, MARGIN, fit_rows, styles

TARGET = 0.9  # the reference line on the chart, and below it a rate is printed in red
WIDTH = landscape(A4)[0] - 2 * MARGIN
FRAME_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 5 * mm - 12  # layout.build's frame, less its padding
LOW = colors.HexColor("#b3261e")
BAR = colors.HexColor("#3b6ea5")
BAR_LOW = colors.HexColor("#d08a2e")
MUTED = colors.HexColor("#555555")


def summary_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    _, bold = register()
    s["head"] = ParagraphStyle("head", parent=s["cell"], fontName=bold, alignment=TA_CENTER)
    s["num"] = ParagraphStyle("num", parent=s["cell"], alignment=TA_CENTER)
    s["low"] = ParagraphStyle("low", parent=s["num"], textColor=LOW, fontName=bold)
    s["total"] = ParagraphStyle("total", parent=s["num"], fontName=bold)
    s["lead"] = ParagraphStyle("lead", parent=s["base"], fontSize=11, leading=19, firstLineIndent=22)
    s["note"] = ParagraphStyle("note", parent=s["small"], textColor=MUTED, spaceBefore=3)
    return s


def grid_table(
    rows: list[list[Any]], widths: list[float], header_rows: int = 1, extra: list[Any] | None = None
) -> Table:
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


def scale(widths: list[float]) -> list[float]:
    """Relative widths → the page's full width."""
    total = sum(widths)
    return [w * WIDTH / total for w in widths]


def rate_cell(rate: float | None, s: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(pct(rate), s["low"] if rate is not None and rate < TARGET else s["num"])


def count_cell(value: int, s: dict[str, ParagraphStyle], style: str = "num") -> Paragraph:
    return Paragraph(str(value), s[style])
