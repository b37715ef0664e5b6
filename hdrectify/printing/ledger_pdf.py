"""The ledger as a PDF (整改台账): the spreadsheet's table on landscape A4.

Each page is a table with the header row; each area is a heading row across the table,
and a problem's 序号 and 问题 cells span its measures (platypus SPAN). ReportLab will
not break a table inside a span (and its in-row splitting mishandles spans), so the
pages are laid out here from the measured row heights: a problem that does not fit on
what is left of a page is cut at the page end and goes on, marked （续）, on the next;
a single cell taller than a page is cut into continuation rows. The table is still told
to repeat its header, so should a page overflow after all, nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from hdrectify.domain.ledger import MeasureStatus, problem_no_text
from hdrectify.printing.layout import CHUNK, GRID, HEADER_FILL, MARGIN, build, chunks, printed_on, styles, zh_date
from hdrectify.store.ledger_report import (
    LedgerReport,
    MeasureItem,
    ProblemItem,
    area_heading,
    completion_lines,
    ledger_title,
    unit_lines,
)

HEADERS = ("序号", "问题", "整改措施", "责任领导", "责任单位", "整改时限", "完成情况", "佐证材料")
# The frame layout.build gives the story on landscape A4: the margins, and the Frame's 6 pt padding each side.
FRAME_WIDTH = landscape(A4)[0] - 2 * MARGIN - 12
FRAME_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 5 * mm - 12
# Column widths in points; 整改措施 takes what the others leave. A deadline breaks after 年 and a
# person's name goes under "责任人：", so those columns stay narrow.
_FIXED = {0: 30, 1: 96, 3: 48, 4: 60, 5: 56, 6: 112, 7: 84}
COL_WIDTHS = [float(_FIXED.get(i, FRAME_WIDTH - sum(_FIXED.values()))) for i in range(len(HEADERS))]
PAD = 3  # cell padding on every side, points (set in the table style: the estimate relies on it)
HANG = 3  # points
SLACK = 6  # points kept free on each page, against rounding in the estimate
TITLE_GAP = 2 * mm
TABLE_GAP = 4 * mm
CONTINUED = "（续）"
AREA_FILL = colors.HexColor("#f3f5f8")


@dataclass
class _Styles:
    cell: ParagraphStyle
    centre: ParagraphStyle
    head: ParagraphStyle
    area: ParagraphStyle

    @property
    def measure(self) -> list[ParagraphStyle]:
        """Styles of columns 2–7 (措施 … 佐证材料)."""
        return [self.cell, self.centre, self.cell, self.centre, self.cell, self.cell]


def _styles() -> _Styles:
    s = styles()
    bold = s["h3"].fontName
    # ReportLab hangs a closing 。 or ） past the line end: keep room for it inside the cell
    cell = ParagraphStyle("ledger-cell", parent=s["cell"], rightIndent=HANG)
    return _Styles(
        cell=cell,
        centre=ParagraphStyle("cell-centre", parent=cell, alignment=TA_CENTER, leftIndent=HANG),
        head=ParagraphStyle("cell-head", parent=s["cell"], fontName=bold, alignment=TA_CENTER),
        area=ParagraphStyle("cell-area", parent=s["cell"], fontName=bold, fontSize=10, leading=14),
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _cell(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """A paragraph per line: ReportLab's <br/> after a line that nearly fills the cell adds a blank line."""
    return [_para(line, style) for line in text.split("\n")]


def _height(text: str, style: ParagraphStyle, width: float) -> float:
    """The height of a table row holding ``text`` in a cell ``width`` wide, as Table computes it."""
    return sum(float(p.wrap(width - 2 * PAD, 100_000)[1]) for p in _cell(text, style)) + 2 * PAD


def _cut(text: str, style: ParagraphStyle, width: float, limit: float, most: int = 0) -> list[str]:
    """``text`` in pieces each no taller than ``limit`` in a cell ``width`` wide.

    Filled piece by piece from the text's :func:`chunks` (each measured alone, so a long
    text costs what its lines do; the pieces join them again), a chunk that does not fit
    cut at its longest prefix that does. The pieces, joined, are the text: only the line
    breaks where it is cut are dropped. With ``most``, the pieces after the first ``most``
    are left whole, in one last piece (measuring them would be wasted).
    """
    if len(text) <= 4 * CHUNK and _height(text, style, width) <= limit:
        return [text]
    pieces: list[str] = []
    current, used = "", 2.0 * PAD

    def close() -> None:
        nonlocal current, used
        pieces.append(current)
        current, used = "", 2.0 * PAD

    for i, line in enumerate(text.split("\n")):
        for k, chunk in enumerate(chunks(line)):
            sep = "\n" if i and not k and current else ""
            need = _height(chunk, style, width) - 2 * PAD
            if used + need <= limit:
                current, used = current + sep + chunk, used + need
                continue
            rest = chunk
            while rest:
                if not current and _height(rest, style, width) <= limit:
                    current, used = rest, _height(rest, style, width)
                    break
                lo, hi = 0, len(rest)  # the longest prefix that fits under what the piece holds
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    if used + _height(rest[:mid], style, width) - 2 * PAD <= limit:
                        lo = mid
                    else:
                        hi = mid - 1
                if lo == 0 and not current:
                    lo = 1  # not even a character fits an empty piece: it goes anyway
                if lo:
                    current += sep + rest[:lo]
                sep, rest = "", rest[lo:]
                close()
                if most and len(pieces) == most:
                    return [*pieces, text[sum(map(len, pieces)) :].lstrip("\n")]
    if current or not pieces:
        pieces.append(current)
    return pieces


def _measure_texts(m: MeasureItem | None) -> list[str]:
    """Columns 2–7 of a measure row as text."""
    if m is None:
        return ["（未列整改措施）", "", "", "", "", ""]
    deadline = zh_date(m.deadline).replace("年", "年\n", 1)
    return [
        m.text,
        m.leader,
        "\n".join(unit_lines(m)).replace("责任人：", "责任人：\n"),
        deadline,
        "\n".join(completion_lines(m)),
        "\n".join(f"· {e.file_name}" for e in m.evidence),
    ]


@dataclass
class _Row:
    texts: list[str]
    height: float


@dataclass
class _Block:
    """Rows of one problem on one page; its 序号 and 问题 cells span them."""

    problem: ProblemItem
    continued: bool
    rows: list[_Row] = field(default_factory=list)
    title: str = ""  # what the block prints of the problem's title


@dataclass
class _Area:
    text: str


def _measure_rows(m: MeasureItem | None, st: _Styles, limit: float) -> list[_Row]:
    """One measure as table rows: one, unless a cell is taller than ``limit``."""
    texts = _measure_texts(m)
    pieces = [_cut(t, st.measure[i], COL_WIDTHS[i + 2], limit) for i, t in enumerate(texts)]
    rows = []
    for k in range(max(len(p) for p in pieces)):
        row = [p[k] if k < len(p) else "" for p in pieces]
        rows.append(_Row(row, max(_height(t, st.measure[i], COL_WIDTHS[i + 2]) for i, t in enumerate(row))))
    return rows


def _paginate(report: LedgerReport, st: _Styles, first_page: float) -> list[list[_Area | _Block]]:
    """Area headings and problem blocks, page by page; ``first_page`` is the table's room on page 1."""
    header_h = max(_height(h, st.head, w) for h, w in zip(HEADERS, COL_WIDTHS, strict=True))
    full = FRAME_HEIGHT - SLACK - header_h
    pages: list[list[_Area | _Block]] = [[]]
    room = first_page - SLACK - header_h

    def new_page() -> None:
        nonlocal room
        pages.append([])
        room = full

    for area in report.areas:
        heading: _Area | None = _Area(area_heading(area))
        area_h = _height(area_heading(area), st.area, FRAME_WIDTH)
        limit = full - area_h - 1  # a row must fit on a fresh page, even under the area heading
        for problem in area.problems:
            rows = [r for m in (problem.measures or (None,)) for r in _measure_rows(m, st, limit)]
            title_rest = problem.title  # what of the title is still to print (a long one is cut across pages)
            done = 0
            while done < len(rows) or title_rest:
                before = area_h if heading is not None else 0.0
                avail = room - before
                take, used = 0, 0.0
                while done + take < len(rows) and used + rows[done + take].height <= avail:
                    used += rows[done + take].height
                    take += 1
                left = len(rows) - done
                title = _title_piece(problem.title, title_rest, done > 0, st, avail)
                # nothing fits, or only the first row of a problem that would fit whole on the next page
                orphan = done == 0 and take == 1 and left > 2 and title[1] == ""
                if pages[-1] and (title[0] is None or (take == 0 and left) or orphan):
                    new_page()
                    continue
                take = max(take, 1) if left else 0  # a fresh page takes at least one row (each fits, see limit)
                if heading is not None:
                    pages[-1].append(heading)
                    heading = None
                text, title_rest = title[0] or "", title[1]
                block_rows = rows[done : done + take] or [_Row([""] * 6, 2 * PAD)]
                block = _Block(problem, continued=done > 0, rows=block_rows, title=text)
                pages[-1].append(block)
                title_h = _height(text, st.cell, COL_WIDTHS[1])
                room -= before + max(sum(r.height for r in block.rows), title_h)
                done += take
                if done < len(rows) or title_rest:
                    new_page()
    return [p for p in pages if p]


def _title_piece(title: str, rest: str, continued: bool, st: _Styles, room: float) -> tuple[str | None, str]:
    """What a block prints in the 问题 column, and what of the title is left for the next page.

    A title that fits is printed whole (with （续） on a continuation); a longer one is cut
    to the room and goes on, marked （续）, on the next page. Once printed whole, a long
    title is only recalled, shortened, atop its later pages. ``None``: not a line fits.
    """
    width = COL_WIDTHS[1]
    if rest:
        pieces = _cut(rest, st.cell, width, room - st.cell.leading, most=1)  # a line kept for （续）
        if len(pieces) == 1:
            return rest + (CONTINUED if continued or rest != title else ""), ""
        if not pieces[0]:
            return None, rest
        return pieces[0] + CONTINUED, rest[len(pieces[0]) :].lstrip("\n")
    recall = title + CONTINUED
    if _height(recall, st.cell, width) <= min(room, 6 * st.cell.leading + 2 * PAD):
        return recall, ""
    short = _cut(title, st.cell, width, 4 * st.cell.leading + 2 * PAD)[0]
    return short.rstrip() + "…" + CONTINUED, ""


def _page_table(entries: list[_Area | _Block], st: _Styles) -> Table:
    data: list[list[object]] = [[_para(h, st.head) for h in HEADERS]]
    cmds: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    for entry in entries:
        first = len(data)
        if isinstance(entry, _Area):
            data.append([_para(entry.text, st.area)] + [""] * (len(HEADERS) - 1))
            cmds += [("SPAN", (0, first), (-1, first)), ("BACKGROUND", (0, first), (-1, first), AREA_FILL)]
            continue
        title = entry.title
        for i, row in enumerate(entry.rows):
            lead: list[object] = (
                [_cell(problem_no_text(entry.problem.no), st.centre), _cell(title, st.cell)] if i == 0 else ["", ""]
            )
            data.append(lead + [_cell(t, s) for t, s in zip(row.texts, st.measure, strict=True)])
        last = len(data) - 1
        if last > first:
            cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last))]
    table = Table(data, colWidths=COL_WIDTHS, repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(cmds))
    return table


def _summary(report: LedgerReport) -> str:
    order = (MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, MeasureStatus.OPEN)
    counts = "，".join(f"{s.label_zh}{report.count(s)}条" for s in order if report.count(s))
    text = f"共{len(report.problems)}个问题、{len(report.measures)}条整改措施（{counts}）"
    if report.source is not None:
        text = f"依据：《{report.source.title}》（{zh_date(report.source.notice_on)}）　　{text}"
    return text


def write_ledger_pdf(report: LedgerReport, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the ledger table to ``path`` (landscape A4 PDF); returns the number of pages.

    ``federation`` is named in the footer with the print date (``today``, default today).
    """
    s = styles()
    st = _styles()
    head: list[Flowable] = [
        Paragraph(escape(ledger_title(report)), s["title"]),
        Spacer(1, TITLE_GAP),
        Paragraph(escape(_summary(report)), s["subtitle"]),
        Spacer(1, TABLE_GAP),
    ]
    head_h = sum(float(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1]) for f in head)
    story = list(head)
    for n, page in enumerate(_paginate(report, st, FRAME_HEIGHT - head_h)):
        if n:
            story.append(PageBreak())
        story.append(_page_table(page, st))
    return build(
        Path(path),
        story,
        title=ledger_title(report),
        footer=f"{federation}　整改台账　{printed_on(today)}",
        wide=True,
    )
