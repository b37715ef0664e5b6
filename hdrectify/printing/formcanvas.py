"""The layout the printed forms are drawn with: rows of cells of pre-wrapped lines, on A4 pages.

A form a member writes on (the monthly checklist) is ruled tables, drawn checkboxes,
blank lines to write on and signature lines, drawn straight on a reportlab canvas
rather than with platypus, so that a city's thousand forms cost little more than
drawing their strings. ``Row`` is one row of a ruled table (or an unruled block);
a row splits between the lines of its flow cell, so long text flows on to the next
page under the table's header again. ``_Page`` measures and wraps text, places rows
on pages and draws them: lines, boxes and ticks as a few PDF paths, the text in one
text object, and rows that every page shares as form XObjects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import NamedTuple, TypeAlias

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from hdrectify.printing.fonts import register
from hdrectify.printing.layout import GRID, MARGIN

PAGE_W, PAGE_H = A4
X0, X1 = MARGIN, PAGE_W - MARGIN
WIDTH = X1 - X0
TOP = PAGE_H - 13 * mm
BOTTOM = 28 * mm  # the footer (a note, the page number, the print date, the QR code) lives below this
Colour: TypeAlias = colors.Color
INK, GREY = colors.HexColor("#1a1a1a"), colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9aa3ae")  # lines to write on
FRAME = colors.HexColor("#3d4a5c")  # checkboxes and the reminders' frame
NO_LINE_START = frozenset("，。、；：？！）》」』”’％%,.;:?!)]}…·")


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

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix  # of the form XObjects' names: several layouts may draw on one canvas
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

    def squeeze(self, text: str, font: str, size: float, width: float, smallest: float = 7.0) -> tuple[str, float]:
        """``text`` on one line of ``width``: at ``size``, or smaller down to ``smallest``, else cut with ….

        For the form's fixed boxes (a name in the header, the footer): they never overflow,
        and the text stays legible.
        """
        text = " ".join(text.split())
        fitted = self.fit(text, font, size, width)
        if fitted >= smallest:
            return text, fitted
        widths, limit = self._widths[font], width * 1000 / smallest - self._widths[font][ord("…")]
        used, n = 0.0, 0
        while n < len(text) and used + widths[ord(text[n])] <= limit:
            used += widths[ord(text[n])]
            n += 1
        return text[:n].rstrip() + "…", smallest

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
        self.cell_forms[id(cell)] = (
            f"{self.prefix}cell{len(self.cell_forms)}",
            cell,
        )  # the cell is kept: its id stays unique
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
