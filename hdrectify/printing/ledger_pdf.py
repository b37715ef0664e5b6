"""The ledger as a PDF (整改台账): the spreadsheet's tables on landscape A4.

The inspection's problems make one table; the problems found on visits another, from a
new page, titled 挂钩走访发现问题整改台账.

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
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.printing.layout import CHUNK, GRID, HEADER_FILL, MARGIN, build, chunks, printed_on, styles
from hdrectify.store.ledger_report import (
    LEDGER_HEADERS,
    VISIT_LEDGER_TITLE,
    LedgerReport,
    MeasureItem,
    ProblemItem,
    area_heading,
    closed_lines,
    deadline_lines,
    ledger_title,
    measure_text,
    problem_text,
    progress_text,
    remark_lines,
)

HEADERS = LEDGER_HEADERS
# The frame layout.build gives the story on landscape A4: the margins, and the Frame's 6 pt padding each side.
FRAME_WIDTH = landscape(A4)[0] - 2 * MARGIN - 12
FRAME_HEIGHT = landscape(A4)[1] - 2 * MARGIN - 5 * mm - 12
# Column widths in points; 整改措施 takes what the others leave. A deadline breaks after 年, so
# that column stays narrow.
_FIXED = {0: 28, 1: 92, 3: 44, 4: 58, 5: 44, 6: 50, 7: 116, 8: 66, 9: 78}
COL_WIDTHS = [float(_FIXED.get(i, FRAME_WIDTH - sum(_FIXED.values()))) for i in range(len(HEADERS))]
PAD = 3  # cell padding on every side, points (set in the table style: the estimate relies on it)
HANG = 3  # points
SLACK = 6  # points kept free on each page, against rounding in the estimate
TITLE_GAP = 2 * mm
TABLE_GAP = 4 * mm
CONTINUED = "（续）"
AREA_FILL = colors.HexColor("#f3f5f8")
OVERDUE_RED = colors.HexColor("#c00000")
OVERDUE = "已逾期"  # the line of the 是否销号 cell printed in red
CLOSED_TEXT = HEADERS.index("是否销号") - 2  # its place among a measure row's texts


@dataclass
class _Styles:
    cell: ParagraphStyle
    centre: ParagraphStyle
    head: ParagraphStyle
    area: ParagraphStyle
    red: ParagraphStyle

    @property
    def measure(self) -> list[ParagraphStyle]:
        """Styles of columns 2–9 (措施 … 备注)."""
        return [self.cell, self.centre, self.cell, self.centre, self.centre, self.cell, self.centre, self.cell]


def _styles() -> _Styles:
    s = styles()
    bold = s["h3"].fontName
    # ReportLab hangs a closing 。 or ） past the line end: keep room for it inside the cell
    cell = ParagraphStyle("ledger-cell", parent=s["cell"], rightIndent=HANG)
    centre = ParagraphStyle("cell-centre", parent=cell, alignment=TA_CENTER, leftIndent=HANG)
    return _Styles(
        cell=cell,
        centre=centre,
        head=ParagraphStyle("cell-head", parent=s["cell"], fontName=bold, alignment=TA_CENTER),
        area=ParagraphStyle("cell-area", parent=s["cell"], fontName=bold, fontSize=10, leading=14),
        red=ParagraphStyle("cell-overdue", parent=centre, fontName=bold, textColor=OVERDUE_RED),
    )


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _cell(text: str, style: ParagraphStyle, red: ParagraphStyle | None = None) -> list[Paragraph]:
    """A paragraph per line: ReportLab's <br/> after a line that nearly fills the cell adds a blank line.

    With ``red``, a line saying 已逾期 is printed in that style.
    """
    return [_para(line, red if red is not None and line.startswith(OVERDUE) else style) for line in text.split("\n")]


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


def _measure_texts(m: MeasureItem | None, today: dt.date) -> list[str]:
    """Columns 2–9 of a measure row as text."""
    if m is None:
        return ["（未列整改措施）", "", "", "", "", "", "", ""]
    # a narrow column: break after 年, and put 原定 (the deadline before any 延期) on its own line
    deadline = "\n".join(line.replace("原定", "原定\n").replace("年", "年\n", 1) for line in deadline_lines(m))
    return [
        measure_text(m),
        m.leader,
        m.unit,
        m.person,
        deadline,
        progress_text(m),
        "\n".join(closed_lines(m, today)),
        "\n".join(remark_lines(m)),
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


def _measure_rows(m: MeasureItem | None, st: _Styles, limit: float, today: dt.date) -> list[_Row]:
    """One measure as table rows: one, unless a cell is taller than ``limit``."""
    texts = _measure_texts(m, today)
    pieces = [_cut(t, st.measure[i], COL_WIDTHS[i + 2], limit) for i, t in enumerate(texts)]
    rows = []
    for k in range(max(len(p) for p in pieces)):
        row = [p[k] if k < len(p) else "" for p in pieces]
        rows.append(_Row(row, max(_height(t, st.measure[i], COL_WIDTHS[i + 2]) for i, t in enumerate(row))))
    return rows


Section = tuple[str | None, tuple[ProblemItem, ...]]  # an area's heading (None: no heading row) and its problems


def inspection_sections(report: LedgerReport) -> list[Section]:
    """The inspection's table: each area under its heading."""
    return [(area_heading(a), a.problems) for a in report.inspection_areas]


def visit_sections(report: LedgerReport) -> list[Section]:
    """The visits' table: the problems found on visits, with no area (they are no 方面 of the inspection)."""
    return [(None, report.visit_problems)] if report.visit_problems else []


def _paginate(sections: list[Section], st: _Styles, first_page: float, today: dt.date) -> list[list[_Area | _Block]]:
    """Area headings and problem blocks, page by page; ``first_page`` is the table's room on page 1."""
    header_h = max(_height(h, st.head, w) for h, w in zip(HEADERS, COL_WIDTHS, strict=True))
    full = FRAME_HEIGHT - SLACK - header_h
    pages: list[list[_Area | _Block]] = [[]]
    room = first_page - SLACK - header_h

    def new_page() -> None:
        nonlocal room
        pages.append([])
        room = full

    for heading_text, problems in sections:
        heading: _Area | None = _Area(heading_text) if heading_text is not None else None
        area_h = _height(heading_text, st.area, FRAME_WIDTH) if heading_text is not None else 0.0
        limit = full - area_h - 1  # a row must fit on a fresh page, even under the area heading
        for problem in problems:
            full_title = problem_text(problem)
            rows = [r for m in (problem.measures or (None,)) for r in _measure_rows(m, st, limit, today)]
            title_rest = full_title  # what of the title is still to print (a long one is cut across pages)
            done = 0
            while done < len(rows) or title_rest:
                before = area_h if heading is not None else 0.0
                avail = room - before
                take, used = 0, 0.0
                while done + take < len(rows) and used + rows[done + take].height <= avail:
                    used += rows[done + take].height
                    take += 1
                left = len(rows) - done
                title = _title_piece(full_title, title_rest, done > 0, st, avail)
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
                block_rows = rows[done : done + take] or [_Row([""] * 8, 2 * PAD)]
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
            data.append(
                lead
                + [
                    _cell(t, s, st.red if i == CLOSED_TEXT else None)
                    for i, (t, s) in enumerate(zip(row.texts, st.measure, strict=True))
                ]
            )
        last = len(data) - 1
        if last > first:
            cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last))]
    table = Table(data, colWidths=COL_WIDTHS, repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(cmds))
    return table


def _summary(problems: tuple[ProblemItem, ...], basis: str) -> str:
    """The line under a table's title: how many problems and measures, by status (and the notice it follows)."""
    measures = [m for p in problems for m in p.measures]
    order = (MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, MeasureStatus.OPEN)
    counts = "，".join(f"{s.label_zh}{n}条" for s in order if (n := sum(1 for m in measures if m.status is s)))
    text = f"共{len(problems)}个问题、{len(measures)}条整改措施" + (f"（{counts}）" if counts else "")
    return f"{basis}　　{text}" if basis else text


def _part(title: str, summary: str, sections: list[Section], st: _Styles, today: dt.date) -> list[Flowable]:
    """One table of the document: its title and summary line, then its pages."""
    s = styles()
    head: list[Flowable] = [
        Paragraph(escape(title), s["title"]),
        Spacer(1, TITLE_GAP),
        Paragraph(escape(summary), s["subtitle"]),
        Spacer(1, TABLE_GAP),
    ]
    head_h = sum(float(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1]) for f in head)
    story = list(head)
    for n, page in enumerate(_paginate(sections, st, FRAME_HEIGHT - head_h, today)):
        if n:
            story.append(PageBreak())
        story.append(_page_table(page, st))
    return story


def write_ledger_pdf(report: LedgerReport, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the ledger table to ``path`` (landscape A4 PDF); returns the number of pages.

    The inspection's problems come first, under the ledger's title and the notice it follows;
    the problems found on visits follow, from a new page, as 挂钩走访发现问题整改台账 (they
    are no findings of the inspection). ``federation`` is named in the footer with the print
    date (``today``, default today), the day overdue measures are counted to.
    """
    day = today or dt.date.today()
    st = _styles()
    story: list[Flowable] = []
    if report.inspection_areas:
        basis = ""
        if report.source is not None:
            basis = f"依据：《{report.source.title}》（{zh_date(report.source.notice_on)}）"
        problems = tuple(p for a in report.inspection_areas for p in a.problems)
        story += _part(ledger_title(report), _summary(problems, basis), inspection_sections(report), st, day)
    if report.visit_problems:
        if story:
            story.append(PageBreak())
        story += _part(VISIT_LEDGER_TITLE, _summary(report.visit_problems, ""), visit_sections(report), st, day)
    return build(
        Path(path),
        story,
        title=ledger_title(report) if report.inspection_areas else VISIT_LEDGER_TITLE,
        footer=f"{federation}　整改台账　{printed_on(today)}",
        wide=True,
    )
