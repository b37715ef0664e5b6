"""The monthly checklist (挂钩联系工作月度清单): an A4 portrait form per pairing, drawn on the canvas.

A member prints it, carries it to the centre and writes on it, so it is a fixed form —
ruled tables, drawn checkboxes, blank lines to write on, signature lines — not flowing
prose. It is drawn straight on a reportlab canvas with a small layout of its own (rows
of cells of pre-wrapped lines) rather than platypus: a city's thousand checklists must
cost little more than drawing their strings (the benchmark holds it to 1.5x a bare
canvas). A row splits between its lines, so a long note flows on to a second page under
the table's header again; nothing is clipped.

Each pairing starts on a new page. The footer has 第 x 页 / 共 y 页, the print date and
a QR code (reportlab's ``barcode.qr``) holding ``hdrectify:checklist:<pairing id>:<YYYY-MM>``,
so a sheet that comes back can be matched to its pairing and month.

Three parts, each of which could be a module of its own: the layout (rows, lines,
wrapping, pages, drawing), the QR code, and the checklist's sections.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import zip_longest
from operator import xor
from pathlib import Path
from typing import NamedTuple, TypeAlias

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from hdrectify.domain.cadence import Method, Obligation
from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Period
from hdrectify.printing.fonts import register
from hdrectify.printing.layout import GRID, HEADER_FILL, MARGIN, printed_on, zh_date
from hdrectify.store.checklist import ChecklistData, LoggedContact, PairingChecklist

TITLE = "挂钩联系工作月度清单"
PAGE_W, PAGE_H = A4
X0, X1 = MARGIN, PAGE_W - MARGIN
WIDTH = X1 - X0
TOP = PAGE_H - 13 * mm
BOTTOM = 28 * mm  # the footer (a note, the page number, the print date, the QR code) lives below this
QR_SIZE = 16 * mm
TOTAL_X = X1 - QR_SIZE - 5 * mm - 42  # where "/ 共 y 页" starts in the footer
Colour: TypeAlias = colors.Color
INK, GREY = colors.HexColor("#1a1a1a"), colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9aa3ae")  # lines to write on
BOX_FILL = colors.HexColor("#f3f5f8")
FRAME = colors.HexColor("#3d4a5c")  # checkboxes and the reminders' frame
NO_LINE_START = frozenset("，。、；：？！）》」』”’％%,.;:?!)]}…·")
# the week table: 周次 | 起止日期 | 完成 | 联系记录 (日期 方式 情况, 补录 at the right)
WEEK_EDGES = (X0, X0 + 46, X0 + 140, X0 + 172, X1)
REC_METHOD, REC_NOTE, TAG_W = 68.0, 96.0, 26.0
# the open measures: 序号 | 问题及整改措施 | 整改时限 | 状态 | 核查
MEASURE_EDGES = (X0, X0 + 26, X1 - 160, X1 - 84, X1 - 40, X1)
LABEL_W = 70.0  # the visit form's labels


def qr_payload(pairing_id: str, month: str) -> str:
    """What each page's QR code holds, e.g. ``hdrectify:checklist:<uuid>:2024-03``."""
    return f"hdrectify:checklist:{pairing_id}:{month}"


# == the layout ===============================================================================
# A line's ops have x relative to its cell and y relative to its baseline.
class Text(NamedTuple):
    dx: float  # where the text starts (alignment is worked out when the line is built)
    text: str
    font: str
    size: float
    colour: Colour = INK


class Box(NamedTuple):
    """A checkbox: empty, ticked (mark "tick") or lettered (免)."""

    dx: float
    size: float = 10.0
    mark: str = ""


class Rule(NamedTuple):
    """A line to write on."""

    dx1: float
    dx2: float


class Tag(NamedTuple):
    """A small framed word such as 补录."""

    dx: float
    text: str


Op = Text | Box | Rule | Tag
Segment = tuple[float, float, float, float]


class Line(NamedTuple):
    height: float
    size: float  # the main font size, to centre the line's text in its height
    ops: list[Op]


@dataclass
class Row:
    """One row of a ruled table, or an unruled block: cells between the x ``edges``."""

    edges: tuple[float, ...]
    cells: list[list[Line]]
    fills: tuple[Colour | None, ...] = ()
    middle: frozenset[int] = frozenset()  # cells centred vertically (the others hang from the top)
    pad: float = 4.0
    pad_x: float = 5.0
    ruled: bool = True  # frame and inner verticals
    top: bool = True
    bottom: bool = True
    min_h: float = 0.0
    flow: int = -1  # the cell whose lines may split across pages
    repeat: Row | None = None  # the table's header, drawn again atop a continuation page
    keep: bool = False  # keep with the next row (headings, table headers, the visit form)
    cont: list[list[Line]] | None = None  # the other cells of a continuation part
    edge: Colour = GRID
    gap: bool = False  # blank space: dropped at the top or bottom of a page
    form: str = ""  # the form XObject it is drawn into, when every pairing shares it
    height: float = field(init=False)

    def __post_init__(self) -> None:
        tallest = max((sum(line.height for line in cell) for cell in self.cells), default=0.0)
        self.height = max(self.min_h, tallest + 2 * self.pad)

    def split(self, room: float) -> tuple[Row, Row] | None:
        """The part that fits in ``room`` and the rest, splitting the flow cell between its lines."""
        if self.flow < 0:
            return None
        lines, used, n = self.cells[self.flow], 2 * self.pad, 0
        while n < len(lines) and used + lines[n].height <= room:
            used += lines[n].height
            n += 1
        others = [sum(ln.height for ln in c) + 2 * self.pad for i, c in enumerate(self.cells) if i != self.flow]
        if n == 0 or n == len(lines) or max(others, default=0.0) > room:
            return None
        head, tail = list(self.cells), [list(c) for c in (self.cont or [[] for _ in self.cells])]
        head[self.flow], tail[self.flow] = lines[:n], lines[n:]
        return (
            replace(self, cells=head, bottom=True, min_h=0.0, keep=False, form=""),
            replace(self, cells=tail, top=True, min_h=0.0, form=""),
        )


def block(lines: list[Line], *, min_h: float = 0.0, gap: bool = False, flow: int = 0, form: str = "") -> Row:
    """An unruled row across the page."""
    return Row(
        (X0, X1),
        [lines],
        pad=0,
        pad_x=0,
        ruled=False,
        top=False,
        bottom=False,
        min_h=min_h,
        flow=flow,
        gap=gap,
        form=form,
    )


class _Widths(dict[int, int]):
    """Glyph advance widths by code point (in 1/1000 em); a missing glyph has the default width."""

    def __init__(self, font: str) -> None:
        face = pdfmetrics.getFont(font).face
        super().__init__(face.charWidths)
        self.default = int(face.defaultWidth)

    def __missing__(self, key: int) -> int:
        return self.default


class _Page:
    """Measuring and wrapping text, placing rows on pages, and drawing them on a canvas.

    What a page draws is gathered first and written at its end: lines, boxes and ticks
    as a few PDF paths, the text in one text object. Rows that every pairing shares are
    drawn once into form XObjects and placed by reference.
    """

    def __init__(self) -> None:
        self.r, self.b = register()
        self._widths = {self.r: _Widths(self.r), self.b: _Widths(self.b)}
        self.strokes: dict[str, list[Segment]] = {"grid": [], "ink": [], "write": []}
        self.boxes: list[tuple[float, float, float]] = []
        self.ticks: list[tuple[float, float, float]] = []
        self.text: list[tuple[float, float, Text]] = []
        self.fill_colour: Colour | None = None
        self.forms: set[str] = set()  # form XObjects defined so far
        self.cell_forms: dict[int, tuple[str, list[Line]]] = {}

    # -- text --
    def width(self, text: str, font: str, size: float) -> float:
        return sum(map(self._widths[font].__getitem__, map(ord, text))) * size / 1000

    def fit(self, text: str, font: str, size: float, width: float) -> float:
        """``size``, or the smaller size at which ``text`` fits ``width`` on one line."""
        natural = self.width(text, font, size)
        return size if natural <= width else size * width / natural

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        """Lines no wider than ``width``: Chinese breaks anywhere, but no line starts with
        closing punctuation and a run of Latin letters or digits is kept whole."""
        widths, limit = self._widths[font], width * 1000 / size
        out: list[str] = []
        for para in text.splitlines() or [""]:
            if sum(map(widths.__getitem__, map(ord, para))) <= limit:
                out.append(para)
                continue
            start, used, i = 0, 0.0, 0
            while i < len(para):
                w = widths[ord(para[i])]
                if used + w <= limit or i == start:
                    used, i = used + w, i + 1
                    continue
                cut = i
                if para[i] in NO_LINE_START and cut - 1 > start:
                    cut -= 1
                elif _word(para[i]) and _word(para[i - 1]):
                    j = i - 1
                    while j > start and _word(para[j - 1]):
                        j -= 1
                    cut = j if j > start else cut
                out.append(para[start:cut].rstrip())
                start = cut
                while start < len(para) and para[start] == " ":
                    start += 1
                i, used = start, 0.0
            out.append(para[start:])
        return out

    def t(self, dx: float, text: str, font: str, size: float, colour: Colour = INK, align: str = "l") -> Text:
        """A text op; ``align`` "c" centres it on ``dx``, "r" ends it there."""
        if align != "l":
            w = self.width(text, font, size)
            dx -= w / 2 if align == "c" else w
        return Text(dx, text, font, size, colour)

    def line(
        self, text: str, font: str, size: float, height: float, colour: Colour = INK, align: str = "l", dx: float = 0.0
    ) -> Line:
        return Line(height, size, [self.t(dx, text, font, size, colour, align)])

    def para(
        self,
        text: str,
        size: float,
        width: float,
        leading: float,
        font: str = "",
        colour: Colour = INK,
        dx: float = 0.0,
    ) -> list[Line]:
        font = font or self.r
        return [Line(leading, size, [Text(dx, s, font, size, colour)]) for s in self.wrap(text, font, size, width)]

    # -- pages --
    def paginate(self, rows: list[Row], cont: Row) -> list[list[tuple[Row, float]]]:
        """Place rows top to bottom; a full page goes on under ``cont`` (and the table's header again).

        A row that does not fit is split between its lines if a useful part fits, else it
        starts the next page, taking along the rows before it that keep with it.
        """
        pages: list[list[tuple[Row, float]]] = [[]]
        y, content, fresh = TOP, 0, 0  # content: rows placed that need not move; fresh: a new page's rows

        def place(row: Row) -> None:
            nonlocal y, content
            pages[-1].append((row, y))
            y -= row.height
            content += not row.keep

        def new_page(repeat: Row | None) -> None:
            nonlocal y, content, fresh
            pages.append([])
            y = TOP
            place(cont)
            if repeat is not None:
                place(repeat)
            content, fresh = 0, len(pages[-1])

        queue = list(reversed(rows))  # popped from the end
        while queue:
            row = queue.pop()
            room = y - BOTTOM
            if row.gap and (row.height > room or len(pages[-1]) == fresh):
                continue
            if row.height <= room:
                place(row)
                continue
            parts = row.split(room)
            if parts is not None and (content == 0 or parts[0].height >= 40):
                place(parts[0])
                queue.append(parts[1])
                new_page(row.repeat)
                continue
            if len(pages[-1]) == fresh:
                place(row)  # taller than an empty page and not splittable: the best that can be done
                continue
            queue.append(row)
            if content > 0:
                while pages[-1][-1][0].keep:
                    queue.append(pages[-1].pop()[0])
            new_page(None if queue[-1].keep else queue[-1].repeat)
        return pages

    # -- drawing --
    def share(self, cell: list[Line]) -> list[Line]:
        """Mark a cell that many pages show (a week's dates, a label): it is drawn once, as a form XObject."""
        self.cell_forms[id(cell)] = (f"cell{len(self.cell_forms)}", cell)  # the cell is kept: its id stays unique
        return cell

    def draw(self, c: Canvas, row: Row, top: float) -> None:
        """A row at ``top``: a shared one as a form XObject (drawn once), any other as it is."""
        if row.form:
            self.place(c, row.form, 0.0, top, partial(self.draw_row, c, row, 0.0))
        else:
            self.draw_row(c, row, top)

    def place(self, c: Canvas, name: str, x: float, y: float, draw: Callable[[], None]) -> None:
        """Form XObject ``name`` with its origin at (x, y); ``draw`` draws it at the origin, the first time."""
        if name not in self.forms:
            saved = self.text, self.strokes, self.boxes, self.ticks, self.fill_colour
            self.text, self.strokes, self.boxes, self.ticks = [], {"grid": [], "ink": [], "write": []}, [], []
            self.fill_colour = None
            c.beginForm(name, -PAGE_W, -PAGE_H, PAGE_W, PAGE_H)
            draw()
            self.emit(c)
            c.endForm()
            self.text, self.strokes, self.boxes, self.ticks, self.fill_colour = saved
            self.forms.add(name)
        c.addLiteral(f"q 1 0 0 1 {x:.2f} {y:.2f} cm")
        c.doForm(name)
        c.addLiteral("Q")

    def draw_row(self, c: Canvas, row: Row, top: float) -> None:
        h, e = row.height, row.edges
        bottom = top - h
        for i, fill in enumerate(row.fills):
            if fill is not None:
                if fill is not self.fill_colour:
                    c.setFillColor(fill)
                    self.fill_colour = fill
                c.rect(round(e[i], 1), round(bottom, 1), round(e[i + 1] - e[i], 1), round(h, 1), stroke=0, fill=1)
        strokes = self.strokes["grid" if row.edge is GRID else "ink"]
        if row.top:
            strokes.append((e[0], top, e[-1], top))
        if row.bottom:
            strokes.append((e[0], bottom, e[-1], bottom))
        if row.ruled:
            strokes += [(x, top, x, bottom) for x in e]
        for i, cell in enumerate(row.cells):
            y = top - (h - sum(line.height for line in cell)) / 2 if i in row.middle else top - row.pad
            x = e[i] + row.pad_x
            shared = self.cell_forms.get(id(cell))
            if shared is not None:
                self.place(c, shared[0], x, y, partial(self.draw_lines, shared[1], 0.0, 0.0))
            else:
                self.draw_lines(cell, x, y)

    def draw_lines(self, cell: list[Line], x: float, y: float) -> None:
        """A cell's lines, the first with its top at ``y``."""
        text, write = self.text, self.strokes["write"]
        for line in cell:
            base = y - line.height / 2 - 0.36 * line.size
            y -= line.height
            for op in line.ops:
                if type(op) is Text:
                    text.append((x, base, op))
                elif type(op) is Rule:
                    write.append((x + op.dx1, base - 2, x + op.dx2, base - 2))
                elif type(op) is Box:
                    self.box(x + op.dx, base - 1.2, op.size, op.mark)
                elif type(op) is Tag:
                    text.append((x, base + 0.5, Text(op.dx + 3, op.text, self.b, 7)))
                    self.strokes["ink"] += _outline(x + op.dx, base - 2, 20, 10.5)

    def box(self, x: float, y: float, size: float, mark: str) -> None:
        """A checkbox with its lower-left corner at (x, y)."""
        self.boxes.append((x, y, size))
        if mark == "tick":
            self.ticks.append((x, y, size))
        elif mark:
            w = self.width(mark, self.r, size * 0.8)
            self.text.append((x + (size - w) / 2, y + size * 0.18, Text(0, mark, self.r, size * 0.8)))

    def emit(self, c: Canvas) -> None:
        """Write what was drawn: the lines in a few strokes, the ticks, then the text in one text object.

        Lines, boxes and ticks are written as PDF operators (reportlab formats every
        coordinate in pure Python, which would cost more than the page's text). The text
        keeps its reading order, so it copies and searches as it reads.
        """
        for key, colour, width in (("grid", GRID, 0.6), ("ink", FRAME, 0.8), ("write", RULE, 0.5)):
            path = _path(self.strokes[key])
            if key == "ink" and self.boxes:
                path += " " + " ".join(f"{x:.1f} {y:.1f} {s:.1f} {s:.1f} re" for x, y, s in self.boxes)
                self.boxes = []
            if path:
                c.setStrokeColor(colour)
                c.setLineWidth(width)
                c.addLiteral(path + " S")
                self.strokes[key] = []
        if self.ticks:
            c.setStrokeColor(INK)
            c.setLineWidth(1.4)
            ticks = (
                f"{x + 0.18 * s:.1f} {y + 0.52 * s:.1f} m {x + 0.42 * s:.1f} {y + 0.2 * s:.1f} l "
                f"{x + 0.9 * s:.1f} {y + 0.95 * s:.1f} l"
                for x, y, s in self.ticks
            )
            c.addLiteral("1 J 1 j " + " ".join(ticks) + " S 0 J 0 j")
            self.ticks = []
        if self.text:
            words = c.beginText()
            font: tuple[str, float] = ("", 0.0)
            colour = None
            for x, base, op in self.text:
                if (op.font, op.size) != font:  # each change of font or colour costs: they are kept few
                    font = (op.font, op.size)
                    words.setFont(op.font, op.size)
                if op.colour is not colour:
                    colour = op.colour
                    words.setFillColor(colour)
                words.setTextOrigin(round(x + op.dx, 1), round(base, 1))  # short numbers: a smaller file
                words.textLine(op.text)
            c.drawText(words)
            self.text = []


def _word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _outline(x: float, y: float, w: float, h: float) -> list[Segment]:
    return [(x, y, x + w, y), (x + w, y, x + w, y + h), (x + w, y + h, x, y + h), (x, y + h, x, y)]


def _path(segments: list[Segment]) -> str:
    """``m``/``l`` operators for the segments, the touching pieces of one rule joined into one.

    Table rows each draw their own borders, so most rules arrive in pieces, twice.
    """
    lines: dict[tuple[bool, float], list[tuple[float, float]]] = {}
    for x1, y1, x2, y2 in segments:
        if y1 == y2:
            lines.setdefault((True, round(y1, 1)), []).append((min(x1, x2), max(x1, x2)))
        else:
            lines.setdefault((False, round(x1, 1)), []).append((min(y1, y2), max(y1, y2)))
    ops = []
    for (across, at), spans in lines.items():
        spans.sort()
        start, end = spans[0]
        for a, b in [*spans[1:], (float("inf"), 0.0)]:
            if a <= end + 0.05:
                end = max(end, b)
                continue
            ops.append(
                f"{start:.1f} {at:.1f} m {end:.1f} {at:.1f} l"
                if across
                else f"{at:.1f} {start:.1f} m {at:.1f} {end:.1f} l"
            )
            start, end = a, b
    return " ".join(ops)


# == the QR code ==============================================================================
_GENERATORS: dict[int, list[list[int]]] = {}
_POSITIONS: dict[int, list[tuple[int, int]]] = {}  # where a version's codeword bits go, in order
_RUNS = re.compile(b"\x01+|\x00+")  # a row's runs of dark and light modules


class _Bits:
    """A bit buffer with reportlab's ``put(num, length)``, kept as one integer."""

    def __init__(self) -> None:
        self.value, self.length = 0, 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | num
        self.length += length


def _generator(n_ec: int) -> list[list[int]]:
    """The multiples, by each byte value, of reportlab's Reed–Solomon generator polynomial of degree ``n_ec``."""
    if n_ec not in _GENERATORS:
        exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
        gen = [log[g] for g in qrencoder.QRUtil.getErrorCorrectPolynomial(n_ec).num[1:]]
        _GENERATORS[n_ec] = [[0] * n_ec] + [[exp[(log[f] + g) % 255] for g in gen] for f in range(1, 256)]
    return _GENERATORS[n_ec]


def qr_codewords(qr: qrencoder.QRCode) -> list[int]:
    """The data and error-correction codewords of ``qr``, interleaved: what ``QRCode.createData`` returns.

    reportlab's own divides with polynomial objects, about a millisecond a code in pure
    Python; this divides with its log tables in a tenth of that. The segments, the
    version's blocks, the padding and the generator polynomial are reportlab's; a test
    checks the result against ``createData``.
    """
    bits = _Bits()
    for segment in qr.dataList:
        segment.write(bits, qr.version)
    blocks = qrencoder.QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    bits.put(0, -bits.length % 8)
    data = list(bits.value.to_bytes(bits.length // 8, "big"))
    data += [(0xEC, 0x11)[i % 2] for i in range(capacity // 8 - len(data))]
    dc, ec, offset = [], [], 0
    for block in blocks:
        multiples = _generator(block.totalCount - block.dataCount)
        chunk = data[offset : offset + block.dataCount]
        offset += block.dataCount
        rem = [0] * (block.totalCount - block.dataCount)
        for byte in chunk:  # long division by the generator, a codeword at a time
            multiple = multiples[byte ^ rem[0]]
            rem = [*map(xor, rem[1:], multiple), multiple[-1]]
        dc.append(chunk)
        ec.append(rem)
    return [b for group in (dc, ec) for column in zip_longest(*group) for b in column if b is not None]


def qr_operators(payload: str, x: float, y: float, size: float) -> str:
    """PDF operators that draw the payload's QR code (level M) in the square at (x, y).

    The symbol is reportlab's ``barcode.qr`` (version, placement, mask, format), with the
    mask fixed rather than searched: every mask gives a valid code, and the search (eight
    trial symbols scored in pure Python) would cost more than the page. Each row of
    modules is one stroke dashed by its dark runs, in module units under a scaling
    ``cm``, a little thicker than a module so that rows leave no seams.
    """
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.version = qr.calculate_version()
    qr.dataCache = qr_codewords(qr)
    if _POSITIONS.get(qr.version):  # where the bits go is the same for every code of a version
        qr._dataPosList = _POSITIONS[qr.version]
    qr.makeImpl(False, 0)
    _POSITIONS[qr.version] = qr._dataPosList
    n = len(qr.modules)
    ops = [f"q 0 G 0 J 1.04 w {size / n:.4f} 0 0 {size / n:.4f} {x:.2f} {y:.2f} cm"]
    for r, row in enumerate(qr.modules):
        line = bytes(row)
        first, last = line.find(1), line.rfind(1) + 1
        if first >= 0:
            dashes = " ".join(str(len(run)) for run in _RUNS.findall(line, first, last))
            ops.append(f"[{dashes} {n}] 0 d {first} {n - r - 0.5} m {last} {n - r - 0.5} l S")
    return " ".join([*ops, "Q"])


# == the checklist ============================================================================
class _Checklist(_Page):
    """A pairing's rows, section by section. Rows the same for every pairing are built once."""

    def __init__(self, data: ChecklistData, federation: str, today: dt.date) -> None:
        super().__init__()
        self.data, self.federation, self.month = data, federation, data.month.label_zh()
        self.shared: dict[str, list[Row]] = {}
        self.weeks_cells: dict[tuple[int, Period], list[list[Line]]] = {}
        self.days: dict[dt.date, str] = {}
        self.methods = {m.value: Text(REC_METHOD, m.label_zh, self.r, 8.5) for m in Method}
        self.blank_lines = self.share(self.blank_contact())
        self.labels: dict[tuple[str, float], list[Line]] = {}
        self.sign: list[Line] | None = None
        left = f"{federation} · {TITLE}"
        size = self.fit(left, self.r, 8, X1 - QR_SIZE - X0 - 40 * mm)
        footer = [
            Line(12, size, [Text(0, left, self.r, size, GREY)]),
            Line(12, 8, [Text(0, printed_on(today), self.r, 8, GREY)]),
        ]
        self.footer = Row(
            (X0, X1 - QR_SIZE - 4 * mm), [footer], pad=3, pad_x=0, ruled=False, bottom=False, form="footer"
        )
        note = (
            f"填表说明：已印出系统里登记的记录（“补录”为事后超过 {data.backfill_days} 天才登记的）；"
            "未登记的周次请在空行填写，返回后及时录入系统。周次以周四所在月份为准。"
        )
        self.note = block([self.line(note, self.r, self.fit(note, self.r, 7, WIDTH), 9, GREY)], flow=-1, form="note")

    def once(self, build: Callable[[], list[Row]]) -> list[Row]:
        """The rows ``build`` makes, made on first use and drawn as form XObjects."""
        key = build.__name__
        if key not in self.shared:
            self.shared[key] = rows = build()
            for n, row in enumerate(rows):
                if not row.gap:
                    row.form = f"{key}{n}"
        return self.shared[key]

    def heading(self, text: str, hint: str = "") -> Row:
        line = Line(22, 11.5, [Text(0, text, self.b, 11.5)])
        if hint:
            line.ops.append(self.t(WIDTH, hint, self.r, 8, GREY, "r"))
        return replace(block([line], flow=-1), keep=True)

    def continued(self, p: PairingChecklist) -> Row:
        right = f"{p.member} · {p.centre} · {self.month}"
        size = self.fit(right, self.r, 9, WIDTH - 150)
        ops: list[Op] = [Text(0, f"{TITLE}（续）", self.b, 9, GREY), self.t(WIDTH, right, self.r, size, GREY, "r")]
        return block([Line(18, 9, ops)], min_h=24, flow=-1)

    def rows(self, p: PairingChecklist) -> list[Row]:
        r, b, mid = self.r, self.b, WIDTH / 2
        edges, value_w = (X0, X0 + 66, X0 + mid, X0 + mid + 66, X1), mid - 76
        rows = list(self.once(self.title))
        for pairs in (
            (("挂钩党员", p.member), ("月　　份", self.month)),
            (("康园中心", p.centre), ("所在镇（街道）", p.town)),
            (("中心负责人", p.contact_person), ("联系电话", p.contact_phone)),
        ):
            cells: list[list[Line]] = []
            for label, value in pairs:
                cells.append(self.label(label, self.fit(label, r, 9, 56), 13))
                cells.append([self.line(value, b, self.fit(value, b, 10.5, value_w), 13)])
            rows.append(Row(edges, cells, (HEADER_FILL, None, HEADER_FILL, None), frozenset(range(4)), min_h=21))
        gap = block([], min_h=8, gap=True)
        rows += [gap, *self.weeks(p), gap, *self.visit(p), gap, *self.measures(p)]
        return [*rows, gap, *self.reminders(p)] if p.reminders else rows

    def title(self) -> list[Row]:
        r, mid = self.r, WIDTH / 2
        return [
            block([self.line(self.federation, r, self.fit(self.federation, r, 11, WIDTH), 16, GREY, "c", mid)]),
            block([self.line(TITLE, self.b, 18, 27, INK, "c", mid)]),
            block([self.line(self.month, r, 11, 20, INK, "c", mid)]),
            block([], min_h=4, gap=True),
        ]

    # -- 一、每周联系 --
    def week_header(self) -> list[Row]:
        b, e = self.b, WEEK_EDGES
        head = [
            [self.line(t, b, 9, 13, INK, "c", (e[i + 1] - e[i]) / 2 - 5)]
            for i, t in enumerate(("周次", "起止日期", "完成"))
        ]
        head.append(
            [Line(13, 9, [Text(0, "日期", b, 9), Text(REC_METHOD, "方式", b, 9), Text(REC_NOTE, "联系情况", b, 9)])]
        )
        return [
            self.heading("一、每周联系", "每周至少联系一次：电话、微信、到岗、会议等均可"),
            Row(e, head, (HEADER_FILL,) * 4, frozenset(range(4)), pad=3, keep=True),
        ]

    def blank_contact(self) -> list[Line]:
        """Two lines to write a contact on: its date and method (to tick), then what happened."""
        r = self.r
        ops: list[Op] = [Text(0, "日期：", r, 8.5, GREY)]
        for x0, x1, unit in ((27, 47, "月"), (58, 78, "日")):
            ops += [Rule(x0, x1), Text(x1 + 1.5, unit, r, 8.5)]
        ops.append(Text(104, "方式：", r, 8.5, GREY))
        for i, method in enumerate(Method):
            ops += [Box(132 + 38 * i, 7.5), Text(142 + 38 * i, method.label_zh, r, 8.5)]
        end = WEEK_EDGES[4] - WEEK_EDGES[3] - 10
        return [Line(16, 8.5, ops), Line(16, 8.5, [Text(0, "情况：", r, 8.5, GREY), Rule(26, end)])]

    def week_cells(self, n: int, week: Period) -> list[list[Line]]:
        """The week's number, its dates, and its number on a continuation page: the same for every pairing."""
        if (n, week) not in self.weeks_cells:
            r, b, mid = self.r, self.b, (WEEK_EDGES[1] - WEEK_EDGES[0]) / 2 - 5
            number = self.line(f"第{n}周", b, 9.5, 14, INK, "c", mid)
            dates = [
                self.line(zh_date(week.first_day), r, 8.5, 12.5),
                self.line(f"至 {zh_date(week.last_day)}", r, 8.5, 12.5),
            ]
            self.weeks_cells[(n, week)] = [
                self.share([number, self.line(str(week), r, 7, 10, GREY, "c", mid)]),
                self.share(dates),
                self.share([number, self.line("（续）", r, 7.5, 10, GREY, "c", mid)]),
            ]
        return self.weeks_cells[(n, week)]

    def weeks(self, p: PairingChecklist) -> list[Row]:
        header = self.once(self.week_header)
        rows, e = list(header), WEEK_EDGES
        box, width = (e[3] - e[2]) / 2 - 10, e[4] - e[3] - 10
        for n, week in enumerate(p.weeks, start=1):
            label, dates, more = self.week_cells(n, week.period)
            if week.contacts:
                mark = [Line(14, 9, [Box(box, 10, "tick")])]
                lines = [line for c in week.contacts for line in self.record(c, width)]
                if not week.owed:
                    lines += self.para(self.not_owed(p), 8, width, 12, colour=GREY)
            elif week.exemption:
                mark = [Line(14, 9, [Box(box, 10, "免")])]
                lines = self.para(f"免：{week.exemption}（本周无需联系）", 8.5, width, 12, colour=GREY)
            elif not week.owed:
                mark = [self.line("—", self.r, 9, 14, GREY, "c", box + 5)]
                lines = self.para(self.not_owed(p), 8.5, width, 12, colour=GREY)
            else:
                mark, lines = [Line(14, 9, [Box(box)])], self.blank_lines
            rows.append(
                Row(
                    e,
                    [label, dates, mark, lines],
                    middle=frozenset(range(4)),
                    min_h=34,
                    flow=3,
                    repeat=header[1],
                    cont=[more, [], [], []],
                )
            )
        return rows

    def not_owed(self, p: PairingChecklist) -> str:
        span = f"挂钩自{zh_date(p.start)}起" + (f"，至{zh_date(p.end)}止" if p.end else "")
        return f"不在挂钩期内（{span}），本周无需联系"

    def record(self, c: LoggedContact, width: float) -> list[Line]:
        """One logged contact: date, method, the note wrapped beside them, a 补录 tag at the right."""
        r, note = self.r, c.note or "（未填写情况）"
        if c.problems:
            note = f"{note.rstrip('。；;. ')}；发现问题：{c.problems}"
        parts = self.wrap(note, r, 8.5, width - REC_NOTE - TAG_W)
        day = self.days.get(c.date) or self.days.setdefault(c.date, zh_date(c.date))
        method = self.methods.get(c.method) or Text(REC_METHOD, c.method, r, 8.5)
        first: list[Op] = [Text(0, day, r, 8.5), method, Text(REC_NOTE, parts[0], r, 8.5)]
        if c.backfilled:
            first.append(Tag(width - TAG_W + 4, "补录"))
        return [Line(12, 8.5, first), *(Line(12, 8.5, [Text(REC_NOTE, part, r, 8.5)]) for part in parts[1:])]

    # -- 二、本月到岗 --
    def label(self, text: str, size: float, height: float) -> list[Line]:
        """A grey label cell, the same on every page: drawn once."""
        if (text, size) not in self.labels:
            self.labels[(text, size)] = self.share([self.line(text, self.r, size, height, GREY)])
        return self.labels[(text, size)]

    def labelled(self, label: str, lines: list[Line], keep: bool = True) -> Row:
        """A row of the visit form: a label, then what was logged or lines to write on."""
        more = [[self.line(f"{label}（续）", self.r, 8, 12, GREY)], []]
        return Row(
            (X0, X0 + LABEL_W, X1),
            [self.label(label, 9, 14), lines],
            (HEADER_FILL, None),
            frozenset({0}),
            min_h=24,
            flow=1,
            keep=keep,
            cont=more,
        )

    def visit(self, p: PairingChecklist) -> list[Row]:
        r, b, v = self.r, self.b, p.visit
        width = WIDTH - LABEL_W - 10
        if not v.visits and (v.exemption or not v.owed):
            if v.exemption:
                text = f"免：{v.exemption}（本月无需到岗）"
            else:
                text = f"本月不需到岗（挂钩至{zh_date(p.end)}止）" if p.end else "本月不需到岗"
            return [self.visit_heading(), self.labelled("到岗日期", self.para(text, 9, width, 16, colour=GREY), False)]
        if not v.visits:
            return self.once(self.blank_visit)
        lines = [Line(16, 9, [Box(width - 62, 10, "tick"), Text(width - 48, "本月已到岗", r, 9)])]
        x = 0.0
        for visit in v.visits:
            day = zh_date(visit.date)
            w = self.width(day, b, 9.5) + (32 if visit.backfilled else 0)
            if x and x + w > width - 70:
                lines.append(Line(16, 9, []))
                x = 0.0
            lines[-1].ops.append(Text(x, day, b, 9.5))
            if visit.backfilled:
                lines[-1].ops.append(Tag(x + w - 26, "补录"))
            x += w + 14
        seen: list[Line] = []
        for visit in v.visits:
            prefix = f"{zh_date(visit.date)}：" if len(v.visits) > 1 else ""
            seen += self.para(prefix + (visit.note or "（未填写）"), 9, width, 13)
        found = self.para("；".join(x.problems for x in v.visits if x.problems) or "无", 9, width, 13)
        return [
            self.visit_heading(),
            self.labelled("到岗日期", lines),
            self.labelled("查看情况", seen),
            self.labelled("发现问题", found),
            self.signatures(),
        ]

    def visit_heading(self) -> Row:
        return self.heading("二、本月到岗", "每月至少到岗一次，到中心现场查看")

    def blank_visit(self) -> list[Row]:
        """The visit form with lines to write on, for a month not yet visited."""
        width = WIDTH - LABEL_W - 10
        first = Line(16, 9, [Box(width - 62, 10), Text(width - 48, "本月已到岗", self.r, 9)])
        for x0, x1, unit in ((0, 40, "年"), (52, 76, "月"), (88, 112, "日")):
            first.ops.extend([Rule(x0, x1), Text(x1 + 1.5, unit, self.r, 9)])
        writing = [Line(20, 9, [Rule(0, width)]) for _ in range(2)]
        return [
            self.visit_heading(),
            self.labelled("到岗日期", [first]),
            self.labelled("查看情况", writing),
            self.labelled("发现问题", writing),
            self.signatures(),
        ]

    def signatures(self) -> Row:
        if self.sign is None:
            r, half = self.r, (WIDTH - LABEL_W - 10) / 2
            sign: list[Op] = []
            for x, who in ((0.0, "党员签名："), (half + 8, "中心负责人签名：")):
                end = x + half - 8
                sign += [Text(x, who, r, 9, GREY), Rule(x + self.width(who, r, 9) + 2, end - 88)]
                sign += [Text(end - 82, "日期：", r, 9, GREY), Rule(end - 54, end)]
            self.sign = self.share([Line(26, 9, sign)])
        return self.labelled("签　　名", self.sign, False)

    # -- 三、中心待整改事项 --
    def measure_header(self) -> list[Row]:
        e, names = MEASURE_EDGES, ("序号", "问题及整改措施", "整改时限", "状态", "核查")
        head = [[self.line(n, self.b, 9, 13, INK, "c", (e[i + 1] - e[i]) / 2 - 5)] for i, n in enumerate(names)]
        return [
            self.heading("三、中心待整改事项", "到岗时请逐项核查整改进展"),
            Row(e, head, (HEADER_FILL,) * 5, frozenset(range(5)), pad=3, keep=True),
        ]

    def no_measures(self) -> list[Row]:
        text = "该中心目前没有待整改事项。到岗时发现的新问题请写入“发现问题”栏，返回后报办公室录入整改台账。"
        lines = self.para(text, 9, WIDTH - 12, 13, colour=GREY)
        return [self.measure_header()[0], Row((X0, X1), [lines], (BOX_FILL,), pad=6, pad_x=6)]

    def measures(self, p: PairingChecklist) -> list[Row]:
        if not p.measures:
            return self.once(self.no_measures)
        r, b, e = self.r, self.b, MEASURE_EDGES
        rows = list(self.once(self.measure_header))
        centre = [(e[i + 1] - e[i]) / 2 - 5 for i in range(5)]
        for n, m in enumerate(p.measures, start=1):
            lines = self.para(f"问题{m.problem_no}：{m.problem}", 9, e[2] - e[1] - 10, 13, font=b)
            lines += self.para(f"措施{m.measure_no}：{m.text}", 9, e[2] - e[1] - 10, 13)
            day = zh_date(m.deadline) if m.deadline else "未定"
            due = [self.line(day, r, self.fit(day, r, 8.5, e[3] - e[2] - 10), 12)]
            if m.deadline is not None and m.deadline < self.data.today:
                due.append(self.line("已逾期", b, 8.5, 12))
            cells = [
                [self.line(str(n), r, 9, 13, INK, "c", centre[0])],
                lines,
                due,
                [self.line(m.status.label_zh, r, 8.5, 12, INK, "c", centre[3])],
                [Line(14, 9, [Box(centre[4] - 5)])],
            ]
            rows.append(Row(e, cells, middle=frozenset({0, 2, 3, 4}), flow=1, repeat=rows[1], cont=[[]] * 5))
        return rows

    # -- 四、本月提醒 --
    def reminders(self, p: PairingChecklist) -> list[Row]:
        rows = [self.heading("四、本月提醒")]
        for n, rem in enumerate(p.reminders):
            if rem.obligation is Obligation.REPORT:
                text = f"季度汇报提醒：{rem.period.label_zh()}挂钩联系工作汇报请于 {zh_date(rem.due)} 前提交。"
            else:
                text = f"年度考评提醒：{rem.period.label_zh()}度考评请于 {zh_date(rem.due)} 前完成。"
            if rem.submitted_on is not None:
                text += f"（已于{zh_date(rem.submitted_on)}提交）"
            lines = self.para(text, 9.5, WIDTH - 30, 15, font=self.b, dx=18)
            lines[0].ops.append(Box(0, 10, "tick" if rem.submitted_on else ""))
            last = n == len(p.reminders) - 1
            rows.append(
                Row(
                    (X0, X1),
                    [lines],
                    (BOX_FILL,),
                    pad=5,
                    pad_x=6,
                    top=n == 0,
                    bottom=last,
                    flow=0,
                    keep=not last,
                    edge=FRAME,
                )
            )
        return rows

    # -- the page's footer --
    def draw_page(self, c: Canvas, placed: list[tuple[Row, float]], page: int, qr: str) -> None:
        """One page: its rows, then the footer with the page number and the QR code.

        共 y 页 is a form XObject defined once the last page is drawn, so each pairing is
        drawn as soon as it is laid out and no layout is kept until the end.
        """
        self.fill_colour = None  # a page starts from the canvas's defaults
        for row, top in placed:
            self.draw(c, row, top)
        self.draw(c, self.note, BOTTOM - 1)
        self.draw(c, self.footer, 17.5 * mm)
        self.text.append((TOTAL_X - 2.5, 11 * mm, self.t(0, f"第 {page} 页", self.r, 8, GREY, "r")))
        self.emit(c)
        c.addLiteral(f"q 1 0 0 1 {TOTAL_X:.2f} {11 * mm:.2f} cm")
        c.doForm("total")
        c.addLiteral("Q " + qr)

    def draw_total(self, c: Canvas, total: int) -> None:
        c.beginForm("total", 0, -10, 100, 20)
        self.text.append((0.0, 0.0, Text(0, f"/ 共 {total} 页", self.r, 8, GREY)))
        self.emit(c)
        c.endForm()


def write_checklist(data: ChecklistData, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the checklists in ``data`` to an A4 PDF at ``path``; returns the number of pages.

    Each pairing starts on a new page. ``federation`` heads each page (the setting
    ``federation_name``); ``today`` (default: today) is the print date in the footer.
    The file is written next to ``path`` and moved into place only when complete; a
    path that cannot be written is an InputError.
    """
    path = Path(path)
    form = _Checklist(data, federation, today or dt.date.today())
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as out:  # opened first: an unwritable path fails before any drawing
            c = Canvas(out, pagesize=A4, pageCompression=1)
            c.setTitle(f"{TITLE}（{form.month}）")
            c.setAuthor(federation)
            c.setCreator("hdrectify")
            total = 0
            for p in data.pairings:
                qr = qr_operators(qr_payload(p.pairing_id, str(data.month)), X1 - QR_SIZE, 4.5 * mm, QR_SIZE)
                for placed in form.paginate(form.rows(p), form.continued(p)):
                    total += 1
                    form.draw_page(c, placed, total, qr)
                    c.showPage()
            form.draw_total(c, total)
            c.save()
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise InputError(f"无法写入 {path}（{e.strerror or e}）：请检查文件夹是否存在、是否有写权限") from None
    return total
