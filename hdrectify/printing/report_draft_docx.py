"""A Word draft of a member's quarterly report (每季度一汇报) on the centre they are paired with.

Laid out as the 整改情况报告 is (``ledger_docx``: GB/T 9704 page, grid, fonts and page numbers):
a title (关于XX康园中心2024年第1季度联系督导情况的汇报), the Party group as addressee, then
一、the quarter's contacts and visits (a table: date, method, what was seen — the records' notes),
二、the problems found on visits and how far their rectification has got (from the ledger),
三、the centre's activities as the notes report them, 四、what is planned next, 五、the completion
figures (the cadence engine's, as ``status`` counts them), and the member's signature and date lines.

What the data cannot say is left for the member, marked 【请填写：…】 so that none of it is
filed unedited. Stored text is printed as it is, except characters XML cannot hold and
direction controls, which are shown escaped (``\\x07``, ``\\u202e``) rather than obeyed or dropped.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table

from hdrectify.domain import wording
from hdrectify.domain.cadence import Status
from hdrectify.domain.ledger import problem_label
from hdrectify.domain.text import escape_controls
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.domain.wording import zh_numeral
from hdrectify.printing.docx_page import (  # the page, fonts and paragraphs of a GB/T 9704 document
    BODY_FONT,
    HEADING_FONT,
    SUBHEADING_FONT,
    TITLE_FONT,
    TITLE_PT,
    new_document,
    save_document,
)
from hdrectify.printing.docx_page import fonts as _fonts
from hdrectify.printing.docx_page import paragraph as _paragraph
from hdrectify.store.report_draft import ReportDraft

FILL = "【请填写：{}】"  # what the member must complete before filing
TABLE_PT = 12  # 小四: tables in 三号 would hold a few characters a line
CONTACT_COLUMNS = ("序号", "日期", "方式", "了解到的情况")
CONTACT_WIDTHS_CM = (1.1, 3.9, 1.6, 9.0)  # 15.6 cm: the text width
# as the quarterly summary counts them: 应完成 leaves out what is exempt, shown after it as 免除
FIGURE_COLUMNS = ("项目", "应完成", "按时完成", "逾期完成", "未完成", "未到期", "免除")
FIGURE_WIDTHS_CM = (3.1, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1)
FIGURE_STATUSES = (Status.DONE, Status.LATE, Status.MISSED)
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def fill(what: str) -> str:
    """A marked gap for the member: 【请填写：what】."""
    return FILL.format(what)


def printable(text: str) -> str:
    """``text`` as a document may hold it: line breaks and tabs kept; characters XML 1.0 refuses
    (controls, lone surrogates) and direction controls shown escaped."""
    if text.isprintable():
        return text
    return "".join(
        escape_controls(ch)
        if ch in _BIDI or (ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cs"))
        else ("\n" if ch == "\r" else ch)
        for ch in text.replace("\r\n", "\n")
    )


def draft_title(draft: ReportDraft) -> str:
    """关于XX康园中心2024年第1季度联系督导情况的汇报."""
    return f"关于{printable(draft.centre)}{draft.quarter.label_zh()}联系督导情况的汇报"


def addressee(draft: ReportDraft) -> str:
    return f"中共{printable(draft.federation)}党组：" if draft.federation else "县残联党组："


def _opening(draft: ReportDraft) -> str:
    town = f"{printable(draft.town)}" if draft.town and not draft.centre.startswith(draft.town) else ""
    return (
        "根据挂钩联系工作“每周一联系、每月一到岗、每季度一汇报、每年一考评”的要求，"
        f"我挂钩联系{town}{printable(draft.centre)}。现将{draft.quarter.label_zh()}联系督导情况汇报如下："
    )


def _cell(table: Table, row: int, col: int, text: str, *, bold: bool = False, center: bool = False) -> None:
    cell = table.cell(row, col)
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
    # off the page's 28-character grid: in 小四 it would spread each character over a 三号 cell
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    p._p.get_or_add_pPr().append(snap)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    _fonts(run, HEADING_FONT if bold else BODY_FONT, TABLE_PT, False)


def _table(
    doc: object, header: tuple[str, ...], rows: list[list[str]], left: int, widths: tuple[float, ...] | None = None
) -> Table:
    """A grid table: the header in bold, column ``left`` aligned left (text) and the others centred."""
    table: Table = doc.add_table(rows=1 + len(rows), cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, text in enumerate(header):
        _cell(table, 0, c, text, bold=True, center=True)
    for r, values in enumerate(rows, start=1):
        for c, text in enumerate(values):
            _cell(table, r, c, text, center=c != left)
    table.autofit = widths is None
    if widths is not None:  # the grid's columns (LibreOffice reads these) and each cell's (Word reads these)
        for c, width in enumerate(widths):
            table.columns[c].width = Cm(width)
        for row in table.rows:
            for c, width in enumerate(widths):
                row.cells[c].width = Cm(width)
    return table


def _contacts(doc: object, draft: ReportDraft) -> None:
    visits = sum(1 for c in draft.contacts if c.method == "onsite")
    if not draft.contacts:
        _paragraph(doc, f"本季度没有联系记录。{fill('本季度未能联系的原因')}")
        return
    _paragraph(doc, f"本季度共联系{len(draft.contacts)}次，其中到中心现场{visits}次。具体情况如下：")
    rows = []
    for n, c in enumerate(draft.contacts, start=1):
        seen = printable(c.note) if c.note.strip() else fill("这次联系了解到的情况")
        if c.problems.strip():
            seen += "\n发现问题：" + "；".join(
                printable(line.strip()) for line in c.problems.splitlines() if line.strip()
            )
        rows.append([str(n), zh_date(c.day), wording.method_label(c.method), seen])
    _table(doc, CONTACT_COLUMNS, rows, 3, CONTACT_WIDTHS_CM)


def _problems(doc: object, draft: ReportDraft) -> None:
    if not draft.problems:
        _paragraph(doc, "整改台账中没有本中心到岗走访发现、需在本季度跟进的问题。")
        return
    for n, p in enumerate(draft.problems, start=1):
        found = f"（{zh_date(p.found_on)}发现）" if p.found_on else ""
        _paragraph(doc, f"（{zh_numeral(n)}）{problem_label(p.no)} {printable(p.title)}{found}", font=SUBHEADING_FONT)
        for m in p.measures:
            state = wording.measure_status_label(m.status)
            if m.status == "done" and m.closed_at:
                state += f"（{zh_date(m.closed_at[:10])}销号）"
            elif m.deadline:
                state += f"，整改时限{zh_date(m.deadline)}"
                late = (draft.as_of - dt.date.fromisoformat(m.deadline[:10])).days
                if m.status != "done" and late > 0:
                    state += f"，已逾期{late}天"  # as the ledger and the 督办提醒单 count it
            text = f"措施{m.no}：{printable(m.text)}。目前{state}。"
            if m.progress:
                day, said = m.progress[-1]
                text += f"最新进展（{zh_date(day)}）：{printable(said)}"
            _paragraph(doc, text)


def _activities(doc: object, draft: ReportDraft) -> None:
    noted = [c for c in draft.contacts if c.note.strip()]
    if noted:
        _paragraph(doc, "据本季度联系记录，中心开展工作的情况如下（请整理成文）：")
        for c in noted:
            _paragraph(doc, f"{zh_date(c.day)}（{wording.method_label(c.method)}）：{printable(c.note)}")
    else:
        _paragraph(doc, fill("本季度中心开展康复服务、文体活动、托养照料等工作的情况（联系记录中没有记载）"))


def _figures(doc: object, draft: ReportDraft) -> None:
    rate = wording.percent(draft.totals.completion_rate)
    _paragraph(
        doc,
        f"截至{zh_date(draft.as_of)}，本季度挂钩联系各项任务完成情况如下，完成率{rate}"
        "（按时完成与逾期完成之和占应完成且已到期任务的比例；免除的不计入应完成）：",
    )
    rows = []
    for f in draft.figures:
        pending = f.counts[Status.DUE] + f.counts[Status.UPCOMING]
        rows.append(
            [wording.obligation_label(f.obligation.value), str(f.owed)]
            + [str(f.counts[s]) for s in FIGURE_STATUSES]
            + [str(pending), str(f.counts[Status.EXEMPT])]
        )
    _table(doc, FIGURE_COLUMNS, rows, 0, FIGURE_WIDTHS_CM)


def write_report_draft(draft: ReportDraft, path: Path) -> None:
    """Write the draft to ``path`` (.docx), atomically."""
    doc = new_document(draft_title(draft), printable(draft.member))

    title = _paragraph(doc, font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    _fonts(title.add_run(draft_title(draft)), TITLE_FONT, TITLE_PT)
    _paragraph(doc, indent_chars=0)
    _paragraph(doc, addressee(draft), indent_chars=0)
    _paragraph(doc, _opening(draft))
    sections = (
        ("联系和到岗情况", _contacts),
        ("发现的问题及整改情况", _problems),
        ("中心开展工作情况", _activities),
        ("下一步工作打算", None),
        ("完成情况统计", _figures),
    )
    for n, (heading, body) in enumerate(sections, start=1):
        _paragraph(doc, f"{zh_numeral(n)}、{heading}", font=HEADING_FONT)
        if body is None:
            _paragraph(doc, fill("下季度联系督导的重点、需要协调解决的问题和建议"))
        else:
            body(doc, draft)
    _paragraph(doc, "特此汇报。")
    _paragraph(doc, indent_chars=0)
    _paragraph(doc, f"汇报人：{printable(draft.member)}", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=4)
    _paragraph(doc, "签名：＿＿＿＿＿＿", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=4)
    _paragraph(doc, "＿＿＿＿年＿＿月＿＿日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=4)
    save_document(doc, path)
