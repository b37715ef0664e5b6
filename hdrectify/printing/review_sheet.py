"""The annual review sheet (年度考评表): one pairing's year on A4, scored against the rubric.

A form the reviewer fills in at the centre, or the record of a review already scored: the
centre, the member and the year; each item of the rubric with its maximum points, its guidance
and the points given (printed where the review was scored item by item, a blank to write in
where not); the total; the reviewer's opinion; signature lines for 考评人 and 中心负责人 with
their dates. Drawn with the printed forms' layout (:mod:`hdrectify.printing.formcanvas`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hdrectify.domain.wording import date_text
from hdrectify.outputs import atomic_output
from hdrectify.printing.formcanvas import GREY, INK, WIDTH, X0, X1, Colour, Line, Op, Row, Rule, Text, _Page, block
from hdrectify.printing.layout import HEADER_FILL, printed_on
from hdrectify.store.rubric import ReviewSheet

TITLE = "康园中心年度考评表"
# the table's columns: 序号, 考评项目, 满分, 评分要点, 得分
EDGES = (X0, X0 + 28, X0 + 118, X0 + 156, X1 - 62, X1)


class _Sheet(_Page):
    def __init__(self, data: ReviewSheet, federation: str) -> None:
        super().__init__("R")
        self.data, self.federation = data, federation

    def centred(self, text: str, font: str, size: float, height: float, colour: Colour = INK) -> Row:
        text, size = self.squeeze(text, font, size, WIDTH, 7)
        return block([self.line(text, font, size, height, colour, "c", WIDTH / 2)])

    def rows(self) -> list[Row]:
        d, r, b = self.data, self.r, self.b
        rows = [
            self.centred(self.federation, r, 11, 18, GREY),
            self.centred(TITLE, b, 18, 28),
            self.centred(f"{d.year.label_zh()}（考评细则第 {d.rubric_version} 版）", r, 11, 20),
            block([], min_h=8, gap=True),
        ]
        mid = WIDTH / 2
        edges = (X0, X0 + 66, X0 + mid, X0 + mid + 66, X1)
        for pairs in (
            (("康园中心", d.centre), ("所在镇（街道）", d.town)),
            (("挂钩党员", d.member), ("考评年度", d.year.label_zh())),
        ):
            cells: list[list[Line]] = []
            for label, value in pairs:
                cells.append([self.line(label, r, self.fit(label, r, 9, 56), 14, GREY)])
                value, size = self.squeeze(value, b, 10.5, mid - 76)
                cells.append([self.line(value, b, size, 14)])
            rows.append(Row(edges, cells, (HEADER_FILL, None, HEADER_FILL, None), frozenset(range(4)), min_h=26))
        rows.append(block([], min_h=10, gap=True))
        header = Row(
            EDGES,
            [
                [self.line(t, b, 9, 13, INK, "c", (EDGES[i + 1] - EDGES[i]) / 2 - 5)]
                for i, t in enumerate(("序号", "考评项目", "满分", "评分要点", "得分"))
            ],
            (HEADER_FILL,) * 5,
            frozenset(range(5)),
            pad=3,
            keep=True,
        )
        rows.append(header)
        for n, item in enumerate(d.items, start=1):
            half = [(EDGES[i + 1] - EDGES[i]) / 2 - 5 for i in range(5)]
            points: list[Line]
            if item.points is None:
                points = [Line(16, 10, [Rule(6, EDGES[5] - EDGES[4] - 24), Text(EDGES[5] - EDGES[4] - 22, "分", r, 9)])]
            else:
                points = [self.line(f"{item.points} 分", b, 11, 16, INK, "c", half[4])]
            rows.append(
                Row(
                    EDGES,
                    [
                        [self.line(str(n), r, 10, 15, INK, "c", half[0])],
                        self.para(item.name, 10, EDGES[2] - EDGES[1] - 10, 14, b),
                        [self.line(f"{item.max_points} 分", r, 10, 15, INK, "c", half[2])],
                        self.para(item.guidance or "—", 9, EDGES[4] - EDGES[3] - 10, 13),
                        points,
                    ],
                    middle=frozenset({0, 2, 4}),
                    min_h=30,
                    flow=3,
                    repeat=header,
                )
            )
        total: list[Op] = (
            [Text(0, f"{d.total} 分", b, 12)]
            if d.total is not None
            else [Rule(6, EDGES[5] - EDGES[4] - 24), Text(EDGES[5] - EDGES[4] - 22, "分", r, 9)]
        )
        hint = "" if d.total is None or d.itemised else "（登记的是总分，未逐项打分）"
        rows.append(
            Row(
                (EDGES[0], EDGES[4], EDGES[5]),
                [
                    [Line(16, 10, [Text(0, "合计（满分 100 分）", b, 10), Text(120, hint, r, 8.5, GREY)])],
                    [Line(16, 12, total)],
                ],
                (HEADER_FILL, None),
                frozenset({0, 1}),
                min_h=28,
            )
        )
        rows.append(block([], min_h=10, gap=True))
        opinion = (
            self.para(d.note, 9.5, WIDTH - 76, 14)
            if d.note
            else [Line(22, 10, [Rule(0, WIDTH - 76)]) for _ in range(3)]
        )
        rows.append(
            Row(
                (X0, X0 + 66, X1),
                [[self.line("考评意见", r, 9, 14, GREY)], opinion],
                (HEADER_FILL, None),
                frozenset({0}),
                min_h=60,
                flow=1,
                cont=[[self.line("考评意见（续）", r, 8, 12, GREY)], []],
            )
        )
        rows.append(block([], min_h=22, gap=True))
        day = date_text(d.submitted_on) if d.submitted_on else ""
        for who in ("考评人（签字）：", "中心负责人（签字）："):
            ops: list[Op] = [Text(0, who, r, 10.5), Rule(100, 250), Text(270, "日期：", r, 10.5), Rule(300, WIDTH)]
            if day and who.startswith("考评人"):
                ops.append(Text(306, day, r, 10))
            rows.append(block([Line(34, 10.5, ops)]))
        return rows

    def continued(self) -> Row:
        d = self.data
        right, size = self.squeeze(f"{d.member} · {d.centre} · {d.year.label_zh()}", self.r, 9, WIDTH - 150)
        ops: list[Op] = [Text(0, f"{TITLE}（续）", self.b, 9, GREY), self.t(WIDTH, right, self.r, size, GREY, "r")]
        return block([Line(18, 9, ops)], min_h=24, flow=-1)


def write_review_sheet(data: ReviewSheet, path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write the review sheet of ``data`` to an A4 PDF at ``path``; returns the number of pages."""
    today = today or dt.date.today()
    sheet = _Sheet(data, federation)
    pages = sheet.paginate(sheet.rows(), sheet.continued())
    with atomic_output(Path(path)) as tmp, open(tmp, "wb") as out:
        c = Canvas(out, pagesize=A4, pageCompression=1)
        c.setTitle(f"{TITLE}（{data.centre} {data.year.label_zh()}）")
        c.setAuthor(federation)
        c.setCreator("hdrectify")
        for n, placed in enumerate(pages, start=1):
            sheet.fill_colour = None  # a new page starts with the canvas's own colours
            for row, top in placed:
                sheet.draw(c, row, top)
            footer = f"{federation} · {TITLE} · 第 {n} 页 / 共 {len(pages)} 页 · {printed_on(today)}"
            footer, size = sheet.squeeze(footer, sheet.r, 8, WIDTH, 6)
            sheet.text.append((X0, 12 * mm, Text(0, footer, sheet.r, size, GREY)))
            sheet.emit(c)
            c.showPage()
        c.save()
    return len(pages)
