"""The 督办提醒单 (hdrectify notice): an A4 page per responsible unit or member, to hand over and sign.

Each notice says how hard it presses (提醒, 督办 or 告诫: its most overdue item's level), lists the
overdue and nearly due measures and the missed obligations with their deadlines and days overdue,
asks for a written reply by a day, and ends with the lines the office and the receiver sign. A
notice that runs over a page goes on (the table's header repeated); each starts on a page of its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from hdrectify.domain.notice import Notice, NoticeItem, NoticeLevel
from hdrectify.domain.wording import date_text
from hdrectify.printing.layout import GRID, HEADER_FILL, MARGIN, build, chunks, fit_rows, printed_on, styles

TITLE = "整改督办提醒单"
WIDTH = A4[0] - 2 * MARGIN
COLUMNS = (("序号", 10), ("事项", 92), ("时限", 26), ("逾期", 20), ("等级", 14))
WIDTHS = [w * WIDTH / sum(c[1] for c in COLUMNS) for _, w in COLUMNS]

# what each level says: the opening, and the closing demand
_OPENING = {
    NoticeLevel.REMIND: "经核查，截至{day}，{whose}以下整改事项已临近或超过整改时限，现予提醒，请抓紧推进。",
    NoticeLevel.URGE: "经核查，截至{day}，{whose}以下整改事项已超过整改时限，至今未按期完成，现予督办，"
    "请高度重视，明确专人、倒排工期，尽快整改到位。",
    NoticeLevel.WARN: "经核查，截至{day}，{whose}以下整改事项超过整改时限较长时间，经提醒、督办仍未完成，"
    "现予告诫。请主要负责同志亲自过问，立即整改到位；逾期仍未完成的，将按有关规定严肃处理。",
}


def _days(item: NoticeItem) -> str:
    if item.days_overdue:
        return f"逾期 {item.days_overdue} 天"
    return "今日到期" if item.days_left == 0 else f"还剩 {item.days_left} 天"


def _story(n: Notice, federation: str, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    right = ParagraphStyle("right", parent=s["base"], fontSize=11, leading=18, alignment=TA_RIGHT)
    body = ParagraphStyle("body", parent=s["base"], fontSize=11, leading=19, firstLineIndent=22)
    level = ParagraphStyle("level", parent=s["subtitle"], fontName=s["h2"].fontName, fontSize=13, leading=20)
    whose = "你单位负责的" if n.to_unit else "你负责的"
    story: list[Flowable] = [
        Paragraph(escape(federation), s["subtitle"]),
        Paragraph(TITLE, s["title"]),
        Paragraph(f"【{n.level.label_zh}】", level),
        Spacer(1, 4 * mm),
        Paragraph(escape(f"{n.addressee}：") if n.to_unit else escape(f"{n.addressee}同志："), s["h3"]),
    ]
    story += [Paragraph(escape(c), body) for c in chunks(_OPENING[n.level].format(day=date_text(n.as_of), whose=whose))]
    story.append(Spacer(1, 3 * mm))
    header = [Paragraph(f"<b>{h}</b>", s["cell"]) for h, _ in COLUMNS]
    rows: list[list[object]] = [header]
    for k, item in enumerate(n.items, start=1):
        rows.append(
            [
                Paragraph(str(k), s["cell"]),
                [Paragraph(escape(c), s["cell"]) for c in chunks(item.what)],
                Paragraph(escape(date_text(item.deadline)), s["cell"]),
                Paragraph(escape(_days(item)), s["cell"]),
                Paragraph(escape(item.level.label_zh), s["cell"]),
            ]
        )
    frame = A4[1] - 2 * MARGIN - 5 * mm
    table = Table([rows[0], *fit_rows(rows[1:], WIDTHS, frame / 2, (6, 6))], colWidths=WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    reply = f"请于{date_text(n.reply_by)}前将整改进展情况及佐证材料书面反馈至{federation}办公室。"
    story += [Paragraph(escape(c), body) for c in chunks(reply)]
    line = "_" * 16
    signatures = [
        Spacer(1, 8 * mm),
        Paragraph(escape(federation), right),
        Paragraph("（盖章）", right),
        Paragraph(escape(date_text(n.as_of)), right),
        Spacer(1, 8 * mm),
        Paragraph(f"督办人（签字）：{line}　　联系电话：{line}", s["base"]),
        Spacer(1, 5 * mm),
        Paragraph(f"签收人（签字）：{line}　　签收日期：{line}", s["base"]),
        Spacer(1, 5 * mm),
        Paragraph(f"{'责任单位负责人' if n.to_unit else '本人'}（签字）：{line}", s["base"]),
    ]
    story.append(KeepTogether(signatures))
    return story


def write_notice_pdf(notices: list[Notice], path: Path, federation: str, today: dt.date | None = None) -> int:
    """Write ``notices`` (at least one) to an A4 PDF at ``path``, each from a new page; returns the pages."""
    s = styles()
    story: list[Flowable] = []
    for k, n in enumerate(notices):
        if k:
            story.append(PageBreak())
        story += _story(n, federation, s)
    who = notices[0].addressee if len(notices) == 1 else f"{len(notices)} 份"
    return build(
        path,
        story,
        title=f"{TITLE}（{who}）",
        footer=f"{federation} · {TITLE} · {printed_on(today)}",
    )
