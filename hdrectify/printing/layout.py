"""What every PDF shares: A4, margins, Chinese paragraph styles, and the footer (page x / y, print date).

Documents build a list of platypus flowables and call :func:`build`; the footer's
"共 y 页" needs the page count, which a two-pass canvas supplies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from hdrectify.domain.wording import date_text as zh_date
from hdrectify.outputs import atomic_buffer
from hdrectify.printing.fonts import register

MARGIN = 15 * mm
FooterExtra = Callable[[canvas.Canvas, int, Any], None]


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


CHUNK = 240  # characters: a Paragraph longer than this is wrapped (and split) in pieces
_BREAK_AFTER = "。；！？，、;,.!? "


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` in pieces of at most ``size`` characters: its lines, and a long line cut after
    punctuation or a space where it has one in the piece's second half, else anywhere.

    ReportLab wraps and splits a Paragraph by re-breaking all of its text, so a note of
    20,000 characters in one Paragraph costs minutes; in pieces it costs what its lines do.
    A line break of the text is kept (a Paragraph would fold it into a space).
    """
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > size:
            cut = max(line.rfind(c, size // 2, size) for c in _BREAK_AFTER) + 1 or size
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def paras(text: str, style: ParagraphStyle, before: str = "", after: str = "", markup: str = "{}") -> list[Paragraph]:
    """``text`` (plain, escaped here) as Paragraphs of :func:`chunks`; ``markup`` wraps each (``{}``
    is the text), ``before`` and ``after`` (markup) go at the start of the first and the end of the last."""
    parts = [markup.format(escape(c)) for c in chunks(text)]
    parts[0], parts[-1] = before + parts[0], parts[-1] + after
    return [Paragraph(p, style) for p in parts]


def fit_rows(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], limit: float, pad: tuple[float, float]
) -> list[list[Any]]:
    """``rows`` with no row taller than ``limit``: a taller one goes on in continuation rows.

    ReportLab moves a table row that does not fit to the next page whole, and fails
    (LayoutError) on one taller than a page. So each cell of an over-tall row is cut
    with its own flowables' ``split`` (a Paragraph breaks between its lines, markup and
    all), and the pieces go in rows one under the other: nothing is dropped. ``widths``
    are the columns' widths, ``pad`` the cells' horizontal and vertical padding (each
    side's sum); a cell that is not a flowable (or a list of them) stays in the first row.
    """
    out: list[list[Any]] = []
    for row in rows:
        pieces = [_cut_cell(cell, w - pad[0], limit - pad[1]) for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(p) for p in pieces)):
            out.append([p[k] if k < len(p) else "" for p in pieces])
    return out


def _cut_cell(cell: Any, width: float, height: float) -> list[Any]:
    """``cell`` as pieces each no taller than ``height`` when ``width`` wide; usually just ``[cell]``."""
    flowables = cell if isinstance(cell, list) else [cell]
    if not flowables or not all(isinstance(f, Flowable) for f in flowables):
        return [cell]
    if sum(f.wrap(width, height)[1] for f in flowables) <= height:
        return [cell]
    pieces: list[Any] = []
    current: list[Flowable] = []
    used = 0.0
    queue = list(reversed(flowables))  # popped from the end
    while queue:
        f = queue.pop()
        h = f.wrap(width, height)[1]
        if used + h <= height:
            current.append(f)
            used += h
            continue
        parts = f.split(width, height - used)
        if len(parts) > 1:  # what fits here, and the rest for the next piece
            current.append(parts[0])
            queue.extend(reversed(parts[1:]))
        elif current:  # nothing of it fits under what is here: it starts the next piece
            queue.append(f)
        else:  # taller than a piece and unsplittable: as it is (ReportLab will say so)
            current.append(f)
        pieces.append(current)
        current, used = [], 0.0
    if current:
        pieces.append(current)
    return pieces


def clip(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to ``width`` at ``size`` with … at the end, or whole when it fits."""
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the …
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


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
        number = f"第 {page} 页 / 共 {total} 页"
        room = width - 2 * MARGIN - stringWidth(number, regular, 8) - 6 * mm
        self.drawString(MARGIN, 9 * mm, clip(self.footer_text, regular, 8, room))
        self.drawRightString(width - MARGIN, 9 * mm, number)
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
    with atomic_buffer(Path(path)) as out:
        doc = SimpleDocTemplate(
            out,
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
