"""What every PDF shares: A4, margins, Chinese paragraph styles, and the footer (page x / y, print date).

Documents build a list of platypus flowables and call :func:`build`; the footer's
"共 y 页" needs the page count, which a two-pass canvas supplies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from hdrectify.outputs import atomic_output
from hdrectify.printing.fonts import register

MARGIN = 15 * mm
FooterExtra = Callable[[canvas.Canvas, int, Any], None]


def zh_date(day: dt.date | str | None) -> str:
    """2024年3月5日, as dates are printed."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return f"{day.year}年{day.month}月{day.day}日"


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in Noto Sans SC; ``wordWrap='CJK'`` breaks long Chinese lines anywhere."""
    regular, bold = register()
    base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=24, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=15, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=10.5, leading=15, spaceBefore=4, spaceAfter=2),
    }


GRID = colors.HexColor("#8a94a3")
HEADER_FILL = colors.HexColor("#e8edf3")


class _NumberedCanvas(canvas.Canvas):
    """Holds pages until the end so each footer can say 第 x 页 / 共 y 页."""

    footer_text = ""
    footer_extra: FooterExtra | None = None
    footer_data: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for n, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self._draw_footer(n, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int) -> None:
        regular, _ = register()
        width, _ = self._pagesize
        self.saveState()
        self.setFont(regular, 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, 9 * mm, self.footer_text)
        self.drawRightString(width - MARGIN, 9 * mm, f"第 {page} 页 / 共 {total} 页")
        if self.footer_extra is not None:
            self.footer_extra(self, page, self.footer_data)
        self.restoreState()


def build(
    path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    footer: str,
    wide: bool = False,
    footer_extra: FooterExtra | None = None,
    footer_data: Any = None,
) -> int:
    """Write ``story`` to an A4 PDF at ``path``; returns the number of pages.

    The file is written next to ``path`` and moved into place only when complete.
    """
    register()
    pagesize = landscape(A4) if wide else A4
    with atomic_output(Path(path)) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 5 * mm,
            title=title,
            author="hdrectify",
        )
        numbered = type(
            "Numbered",
            (_NumberedCanvas,),
            {"footer_text": footer, "footer_extra": footer_extra, "footer_data": footer_data},
        )
        doc.build(list(story), canvasmaker=numbered)
        pages = doc.page
    return int(pages)


def printed_on(today: dt.date | None = None) -> str:
    return f"打印日期：{zh_date(today or dt.date.today())}"
