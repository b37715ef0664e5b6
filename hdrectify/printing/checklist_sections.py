"""The monthly checklist's layout and its sections 二 to 四 (visit form, open problems, reminders).

:mod:`hdrectify.printing.checklist` holds the page itself (title, 一、每周联系, footer) and
writes the file; the sections here are drawn by the same page object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.units import mm

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.ledger import problem_label
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.printing.formcanvas import (
    FRAME,
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
    _Page,
    block,
)
from hdrectify.printing.layout import HEADER_FILL
from hdrectify.store.checklist import ChecklistData, OpenMeasure, PairingChecklist

TITLE = "挂钩联系工作月度清单"
QR_SIZE = 16 * mm
TOTAL_X = X1 - QR_SIZE - 5 * mm - 42  # where "/ 共 y 页" starts in the footer
BOX_FILL = colors.HexColor("#f3f5f8")
# the week table: 周次 | 起止日期 | 完成 | 联系记录 (日期 方式 情况, 补录 at the right)
WEEK_EDGES = (X0, X0 + 46, X0 + 140, X0 + 172, X1)
REC_METHOD, REC_NOTE, TAG_W = 68.0, 96.0, 26.0
# the open problems: 序号 | 问题及整改措施, then 复查结果 to write | 整改时限 | 状态
MEASURE_EDGES = (X0, X0 + 26, X1 - 124, X1 - 48, X1)
LABEL_W = 70.0  # the visit form's labels
# the on-site items: 序号 | 检查事项 | 是 | 否 | 发现情况 (a line to write on)
ITEM_EDGES = (X0, X0 + 26, X0 + 230, X0 + 258, X0 + 286, X1)


@dataclass(frozen=True)
class Density:
    """How tightly a page is set: a pairing that would spill a little on to a second page is set tighter."""

    week_h: float  # a week's row
    gap: float  # between sections
    label_h: float  # a row of the visit form
    writing: int  # lines to write on for 查看情况 and 发现问题
    write_h: float  # their height
    item_h: float  # an on-site item's row
    sign_h: float
    pad: float  # a week row's padding
    date_h: float  # a line of a week's dates
    heading_h: float  # a section's heading
    head_h: float  # a row of the pairing's header
    title: tuple[float, float, float, float]  # the title block's lines: federation, title, month, space


DENSITIES = (
    Density(34, 8, 24, 2, 20, 20, 26, 4, 12.5, 22, 21, (16, 27, 20, 4)),
    Density(28, 5, 20, 1, 18, 17, 22, 3, 11.5, 20, 19, (14, 24, 18, 2)),
    Density(24, 3, 17, 1, 16, 15, 19, 2, 10.5, 18, 17, (12, 22, 15, 1)),
)


class ChecklistSections(_Page):
    """Sections 二 to 四 of a pairing's checklist, and what every section uses (headings, labels, shared rows)."""

    d: Density
    data: ChecklistData
    month: str
    shared: dict[str, list[Row]]
    labels: dict[tuple[str, float], list[Line]]
    sign: list[Line] | None

    def once(self, build: Callable[[], list[Row]]) -> list[Row]:
        """The rows ``build`` makes, made on first use and drawn as form XObjects."""
        key = build.__name__
        if key not in self.shared:
            self.shared[key] = rows = build()
            for n, row in enumerate(rows):
                if not row.gap:
                    row.form = f"{self.prefix}{key}{n}"
        return self.shared[key]

    def heading(self, text: str, hint: str = "") -> Row:
        line = Line(self.d.heading_h, 11.5, [Text(0, text, self.b, 11.5)])
        if hint:
            line.ops.append(self.t(WIDTH, hint, self.r, 8, GREY, "r"))
        return replace(block([line], flow=-1), keep=True)

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
            min_h=self.d.label_h,
            flow=1,
            keep=keep,
            cont=more,
        )

    def visit(self, p: PairingChecklist) -> list[Row]:
        r, b, v = self.r, self.b, p.visit
        width = WIDTH - LABEL_W - 10
        head = [self.visit_heading(), self.last_visit(p)]
        if not v.visits and (v.exemption or not v.owed):
            if v.exemption:
                text = f"免：{v.exemption}（本月无需到岗）"
            else:
                text = f"本月不需到岗（挂钩至{zh_date(p.end)}止）" if p.end else "本月不需到岗"
            return [*head, self.labelled("到岗日期", self.para(text, 9, width, 16, colour=GREY), False)]
        if not v.visits and v.status is Status.MISSED:
            return [*head, self.labelled("到岗日期", [self.line("未完成：本月没有到岗记录", b, 9, 16)], False)]
        if not v.visits:
            return [*head, *self.once(self.blank_visit)]
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
            *head,
            self.labelled("到岗日期", lines),
            *self.once(self.items),
            self.labelled("查看情况", seen),
            self.labelled("发现问题", found),
            self.signatures(),
        ]

    def visit_heading(self) -> Row:
        return self.heading("二、本月到岗", "每月至少到岗一次，到中心现场查看")

    def last_visit(self, p: PairingChecklist) -> Row:
        """上次到岗: the centre's latest visit before the month, what was seen and found, to follow up; by
        whom when another member made it."""
        width, last = WIDTH - LABEL_W - 10, p.last_visit
        if last is None:
            return self.labelled("上次到岗", [self.line("（此前没有到岗记录）", self.r, 9, 14, GREY)], True)
        # another member's visit (the centre's earlier pairing) says whose it was
        by = f"（{last.member}到岗）" if last.member and last.member_id != p.member_id else ""
        text = f"{zh_date(last.date)}{by}：{last.note.strip() or '（未填写情况）'}"
        if last.problems:
            text = f"{text.rstrip('。；;. ')}；发现问题：{last.problems}"
        lines = self.para(text, 9, width - (TAG_W if last.backfilled else 0), 13)
        if last.backfilled:
            lines[0].ops.append(Tag(width - TAG_W + 4, "补录"))
        return self.labelled("上次到岗", lines, True)

    def items(self) -> list[Row]:
        """到岗检查事项: each item with 是/否 boxes and a line for what was found; the same for every pairing."""
        r, b, e, d = self.r, self.b, ITEM_EDGES, self.d
        middle = frozenset(range(5))
        names = ("序号", "到岗检查事项", "是", "否", "发现情况")
        head = [[self.line(n, b, 8.5, 12, INK, "c", (e[i + 1] - e[i]) / 2 - 5)] for i, n in enumerate(names)]
        rows = [Row(e, head, (HEADER_FILL,) * 5, middle, pad=2, min_h=d.item_h, keep=True)]
        for n, item in enumerate(self.data.items, start=1):
            size = self.fit(item, r, 9, e[2] - e[1] - 10)
            cells = [
                [self.line(str(n), r, 8.5, 12, INK, "c", (e[1] - e[0]) / 2 - 5)],
                [self.line(item, r, size, 12)],
                [Line(12, 9, [Box((e[3] - e[2]) / 2 - 10)])],
                [Line(12, 9, [Box((e[4] - e[3]) / 2 - 10)])],
                [Line(12, 9, [Rule(0, e[5] - e[4] - 10)])],
            ]
            rows.append(Row(e, cells, middle=middle, pad=2, min_h=d.item_h))
        return rows

    def blank_visit(self) -> list[Row]:
        """The visit form with lines to write on, for a month not yet visited."""
        width = WIDTH - LABEL_W - 10
        first = Line(16, 9, [Box(width - 62, 10), Text(width - 48, "本月已到岗", self.r, 9)])
        for x0, x1, unit in ((0, 40, "年"), (52, 76, "月"), (88, 112, "日")):
            first.ops.extend([Rule(x0, x1), Text(x1 + 1.5, unit, self.r, 9)])
        writing = [Line(self.d.write_h, 9, [Rule(0, width)]) for _ in range(self.d.writing)]
        return [
            self.labelled("到岗日期", [first]),
            *self.items(),
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
            self.sign = self.share([Line(self.d.sign_h, 9, sign)])
        return self.labelled("签　　名", self.sign, False)

    # -- 三、中心待整改事项 --
    def measure_header(self) -> list[Row]:
        e, names = MEASURE_EDGES, ("序号", "问题及整改措施（到岗时逐项复查）", "整改时限", "状态")
        head = [[self.line(n, self.b, 9, 13, INK, "c", (e[i + 1] - e[i]) / 2 - 5)] for i, n in enumerate(names)]
        return [
            self.heading("三、中心待整改事项", "到岗时请逐项复查整改进展，写下复查结果"),
            Row(e, head, (HEADER_FILL,) * 4, frozenset(range(4)), pad=3, keep=True),
        ]

    def no_measures(self) -> list[Row]:
        text = "该中心目前没有待整改事项。到岗时发现的新问题请写入“发现问题”栏，返回后报办公室录入整改台账。"
        lines = self.para(text, 9, WIDTH - 12, 13, colour=GREY)
        return [self.measure_header()[0], Row((X0, X1), [lines], (BOX_FILL,), pad=6, pad_x=6)]

    def measures(self, p: PairingChecklist) -> list[Row]:
        """One row per open problem: its measures with their deadlines and status, then 复查结果 to write."""
        if not p.measures:
            return self.once(self.no_measures)
        r, b, e = self.r, self.b, MEASURE_EDGES
        rows = list(self.once(self.measure_header))
        problems: list[list[OpenMeasure]] = []
        for m in p.measures:  # in ledger order: a problem's measures are together
            if problems and (problems[-1][0].problem_no, problems[-1][0].problem) == (m.problem_no, m.problem):
                problems[-1].append(m)
            else:
                problems.append([m])
        width = e[2] - e[1] - 10
        for n, group in enumerate(problems, start=1):
            first = group[0]
            found = f"（{zh_date(first.found_on)}发现）" if first.found_on else ""
            text = self.para(f"{problem_label(first.problem_no)}：{first.problem}{found}", 9, width, 13, font=b)
            due: list[Line] = [Line(line.height, 9, []) for line in text]
            state: list[Line] = [Line(line.height, 9, []) for line in text]
            for m in group:
                lines = self.para(f"措施{m.measure_no}：{m.text}", 9, width, 13)
                day = zh_date(m.deadline) if m.deadline else "未定"
                late = m.deadline is not None and m.deadline < self.data.today
                mine = [self.line(day, r, self.fit(day, r, 8.5, e[3] - e[2] - 10), 13)]
                if late:
                    mine.append(self.line("已逾期", b, 8.5, 13))
                mine += [Line(13, 9, []) for _ in range(len(lines) - len(mine))]
                lines += [Line(13, 9, []) for _ in range(len(mine) - len(lines))]
                text += lines
                due += mine
                state += [self.line(m.status.label_zh, r, 8.5, 13, INK, "c", (e[4] - e[3]) / 2 - 5)]
                state += [Line(13, 9, []) for _ in range(len(lines) - 1)]
            text.append(Line(18, 9, [Text(0, "复查结果：", r, 9, GREY), Rule(46, width)]))
            cells = [[self.line(str(n), r, 9, 13, INK, "c", (e[1] - e[0]) / 2 - 5)], text, due, state]
            rows.append(Row(e, cells, middle=frozenset({0}), flow=1, repeat=rows[1], cont=[[]] * 4))
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
