"""The monthly checklist (挂钩联系工作月度清单): an A4 portrait form per pairing, drawn on the canvas.

A member prints it, carries it to the centre and writes on it, so it is a fixed form —
ruled tables, drawn checkboxes, blank lines to write on, signature lines — not flowing
prose. It is drawn straight on a reportlab canvas with a small layout of its own (rows
of cells of pre-wrapped lines) rather than platypus: a city's thousand checklists must
cost little more than drawing their strings (the benchmark holds it to 1.5x a bare
canvas). A row splits between its lines, so a long note flows on to a second page under
the table's header again; nothing is clipped.

Each pairing starts on a new page. The footer has 第 x 页 / 共 y 页, the print date and
a QR code (segno's, level M) holding ``hdrectify:checklist:<pairing id>:<YYYY-MM>``,
so a sheet that comes back can be matched to its pairing and month.

The layout (rows, lines, wrapping, pages, drawing) is hdrectify.printing.formcanvas and
the QR code hdrectify.printing.qr; this module holds the page, its title, 一、每周联系 and the
footer, and writes the file; sections 二 to 四 are hdrectify.printing.checklist_sections.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hdrectify.domain.cadence import Method, Status
from hdrectify.domain.holidays import closures_between, is_known, week_notes
from hdrectify.domain.periods import Period
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.outputs import atomic_output
from hdrectify.printing.checklist_sections import (
    DENSITIES,
    QR_SIZE,
    REC_METHOD,
    REC_NOTE,
    TAG_W,
    TITLE,
    TOTAL_X,
    WEEK_EDGES,
    ChecklistSections,
)
from hdrectify.printing.formcanvas import (
    BOTTOM,
    GREY,
    INK,
    WIDTH,
    X0,
    X1,
    Box,
    Line,
    Op,
    Row,
    Rule,
    Tag,
    Text,
    block,
)
from hdrectify.printing.layout import HEADER_FILL, printed_on
from hdrectify.printing.qr import qr_operators
from hdrectify.store.checklist import ChecklistData, LoggedContact, PairingChecklist

HOLIDAY_INK = colors.HexColor("#9a3412")  # a week's statutory days off and 调休 days


def qr_payload(pairing_id: str, month: str) -> str:
    """What each page's QR code holds, e.g. ``hdrectify:checklist:<uuid>:2024-03``."""
    return f"hdrectify:checklist:{pairing_id}:{month}"


class _Checklist(ChecklistSections):
    """A pairing's rows, section by section. Rows the same for every pairing are built once."""

    def __init__(self, data: ChecklistData, federation: str, today: dt.date, level: int = 0) -> None:
        super().__init__(f"L{level}" if level else "")
        self.d = DENSITIES[level]
        self.data, self.federation, self.month = data, federation, data.month.label_zh()
        self.shared: dict[str, list[Row]] = {}
        self.weeks_cells: dict[tuple[int, Period], list[list[Line]]] = {}
        self.days: dict[dt.date, str] = {}
        self.holiday_cells: dict[Period, tuple[list[Line], list[Line]]] = {}  # (notes, notes + blank lines)
        self.methods = {m.value: Text(REC_METHOD, m.label_zh, self.r, 8.5) for m in Method}
        self.blank_lines = self.share(self.blank_contact())
        self.labels: dict[tuple[str, float], list[Line]] = {}
        self.sign: list[Line] | None = None
        left = f"{federation} · {TITLE}"
        left, size = self.squeeze(left, self.r, 8, X1 - QR_SIZE - X0 - 40 * mm, 6.5)
        footer = [
            Line(12, size, [Text(0, left, self.r, size, GREY)]),
            Line(12, 8, [Text(0, printed_on(today), self.r, 8, GREY)]),
        ]
        self.footer = Row(
            (X0, X1 - QR_SIZE - 4 * mm),
            [footer],
            pad=3,
            pad_x=0,
            ruled=False,
            bottom=False,
            form=self.prefix + "footer",
        )
        note = (
            f"填表说明：已印出系统里登记的记录（“补录”为事后超过 {data.backfill_days} 天才登记的）；"
            "未登记的周次请在空行填写，返回后及时录入系统；已过期限而无记录的印为“未完成”。周次以周四所在月份为准。"
        )
        self.note = block(
            [self.line(note, self.r, self.fit(note, self.r, 7, WIDTH), 9, GREY)], flow=-1, form=self.prefix + "note"
        )

    def continued(self, p: PairingChecklist) -> Row:
        right = f"{p.member} · {p.centre} · {self.month}"
        right, size = self.squeeze(right, self.r, 9, WIDTH - 150)
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
                value, size = self.squeeze(value, b, 10.5, value_w)
                cells.append([self.line(value, b, size, 13)])
            fills = (HEADER_FILL, None, HEADER_FILL, None)
            rows.append(Row(edges, cells, fills, frozenset(range(4)), pad=min(4, self.d.pad), min_h=self.d.head_h))
        gap = block([], min_h=self.d.gap, gap=True)
        rows += [gap, *self.weeks(p), gap, *self.visit(p), gap, *self.measures(p)]
        return [*rows, gap, *self.reminders(p)] if p.reminders else rows

    def title(self) -> list[Row]:
        r, mid = self.r, WIDTH / 2
        federation, size = self.squeeze(self.federation, r, 11, WIDTH, 8)
        h = self.d.title
        return [
            block([self.line(federation, r, size, h[0], GREY, "c", mid)]),
            block([self.line(TITLE, self.b, 18, h[1], INK, "c", mid)]),
            block([self.line(self.month, r, 11, h[2], INK, "c", mid)]),
            block([], min_h=h[3], gap=True),
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
        hint = "每周至少联系一次：电话、微信、到岗、会议等均可"
        year = self.data.month.year
        if not is_known(year):  # said, not guessed: the notice of that year is not in this version
            hint += f"（{year}年法定节假日尚未收录，请更新本软件）"
        return [
            self.heading("一、每周联系", hint),
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
                self.line(zh_date(week.first_day), r, 8.5, self.d.date_h),
                self.line(f"至 {zh_date(week.last_day)}", r, 8.5, self.d.date_h),
            ]
            self.weeks_cells[(n, week)] = [
                self.share([number, self.line(str(week), r, 7, min(10, self.d.date_h - 2), GREY, "c", mid)]),
                self.share(dates),
                self.share([number, self.line("（续）", r, 7.5, 10, GREY, "c", mid)]),
            ]
        return self.weeks_cells[(n, week)]

    def holidays(self, week: Period, width: float) -> tuple[list[Line], list[Line]]:
        """The week's statutory days off and 调休 days (春节放假：2月15日—2月23日；调休上班：2月14日), and
        those lines above the blank ones: the same for every pairing, made once."""
        if week not in self.holiday_cells:
            first, last = week.first_day, week.last_day
            notes = week_notes(closures_between(first, last), first, last)
            lines = self.para("；".join(notes), 8, width, 11, self.b, HOLIDAY_INK) if notes else []
            self.holiday_cells[week] = (lines, self.share([*lines, *self.blank_lines]) if lines else self.blank_lines)
        return self.holiday_cells[week]

    def weeks(self, p: PairingChecklist) -> list[Row]:
        header = self.once(self.week_header)
        rows, e = list(header), WEEK_EDGES
        box, width = (e[3] - e[2]) / 2 - 10, e[4] - e[3] - 10
        for n, week in enumerate(p.weeks, start=1):
            label, dates, more = self.week_cells(n, week.period)
            holiday, blank = self.holidays(week.period, width)
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
            elif week.status is Status.MISSED:
                mark = [self.line("未完成", self.b, 8.5, 14, INK, "c", box + 5)]
                lines = [self.line("未完成：本周没有联系记录", self.b, 8.5, 12)]
            else:
                mark, lines = [Line(14, 9, [Box(box)])], blank
            if holiday and lines is not blank:
                lines = [*holiday, *lines]
            rows.append(
                Row(
                    e,
                    [label, dates, mark, lines],
                    middle=frozenset(range(4)),
                    min_h=self.d.week_h,
                    pad=self.d.pad,
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
    today = today or dt.date.today()
    forms = [_Checklist(data, federation, today)]
    # opened first: an unwritable path fails before any drawing
    with atomic_output(path) as tmp, open(tmp, "wb") as out:
        c = Canvas(out, pagesize=A4, pageCompression=1)
        c.setTitle(f"{TITLE}（{forms[0].month}）")
        c.setAuthor(federation)
        c.setCreator("hdrectify")
        total = 0
        for p in data.pairings:
            qr = qr_operators(qr_payload(p.pairing_id, str(data.month)), X1 - QR_SIZE, 4.5 * mm, QR_SIZE)
            form, pages = _fitted(forms, p, data, federation, today)
            for placed in pages:
                total += 1
                form.draw_page(c, placed, total, qr)
                c.showPage()
        forms[0].draw_total(c, total)
        c.save()
    return total


def _fitted(
    forms: list[_Checklist], p: PairingChecklist, data: ChecklistData, federation: str, today: dt.date
) -> tuple[_Checklist, list[list[tuple[Row, float]]]]:
    """The pairing's pages at the loosest density that takes fewest pages: one sheet stays one sheet.

    A pairing that would spill a line or two on to a nearly empty page is set tighter
    (shorter rows, fewer blank lines to write on); only a genuinely long one continues.
    The tighter layouts are made only when needed, each once.
    """
    best: tuple[_Checklist, list[list[tuple[Row, float]]]] | None = None
    for level in range(len(DENSITIES)):
        if level == len(forms):
            forms.append(_Checklist(data, federation, today, level))
        form = forms[level]
        pages = form.paginate(form.rows(p), form.continued(p))
        if best is None or len(pages) < len(best[1]):
            best = form, pages
        if len(pages) == 1:
            break
    assert best is not None
    return best
