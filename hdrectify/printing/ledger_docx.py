"""A Word draft of the 整改情况报告, laid out as a government document (GB/T 9704 style).

Title in 方正小标宋简体 二号, centred; body in 仿宋 三号 at a fixed 28 pt line pitch with a
two-character first-line indent; headings 一、 in 黑体 and （一） in 楷体; the issuer and
the date right-aligned at the end; A4 with margins 3.7/3.5/2.8/2.6 cm; page numbers
"— 1 —" in the footer. The fonts are named for Word (East Asian names, w:eastAsia):
they need not exist here — it is a draft the office finishes in Word.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.outputs import atomic_output
from hdrectify.store.ledger_report import (
    LedgerReport,
    MeasureItem,
    ProblemItem,
    zh_date,
    zh_month_span,
    zh_numeral,
)

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体"
LATIN_FONT = "Times New Roman"
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
LINE_PT = 28  # fixed line pitch: 22 lines on a page
ADDRESSEE = "县委巡察工作领导小组："
_END_PUNCT = re.compile(r"[。！？；…」』”）)]$")


def report_title(report: LedgerReport) -> str:
    """中共…党组关于县委巡察反馈问题整改情况的报告."""
    about = "县委巡察反馈问题" if report.source is not None else "挂钩联系走访发现问题"
    return f"{report.issuer}关于{about}整改情况的报告"


def _title_lines(report: LedgerReport) -> list[str]:
    """The title broken where it reads well (after the issuer) when it is longer than a line holds."""
    title = report_title(report)
    per_line = 20  # 二号 characters in the 156 mm text width
    rest = title.removeprefix(report.issuer)
    if len(title) <= per_line or rest == title or len(rest) > per_line:
        return [title]
    return [report.issuer, rest]


def _fonts(run: Run, east_asian: str, size: float, bold: bool = False) -> None:
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)


def _paragraph(
    doc: object,
    text: str = "",
    *,
    font: str = BODY_FONT,
    size: float = BODY_PT,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent_chars: float = 2,
    right_chars: float = 0,
) -> Paragraph:
    p: Paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT if size <= BODY_PT else size * 1.6)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(BODY_PT * indent_chars) if indent_chars else None
    if right_chars:
        fmt.right_indent = Pt(BODY_PT * right_chars)
    if align is not None:
        p.alignment = align
    if text:
        _fonts(p.add_run(text), font, size, bold)
    return p


def _page_number_footer(doc: object) -> None:
    """— 1 — centred at the foot of each page (a PAGE field, filled in by Word)."""
    footer = doc.sections[0].footer  # type: ignore[attr-defined]
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    _fonts(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._element.append(char)
        elif text == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._element.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._element.append(t)
    _fonts(p.add_run(" —"), "宋体", 14)


def _sentence(text: str, note: str) -> str:
    """The measure with its status note before the closing 。 (…用得好（已完成）。)."""
    text = text.strip()
    if text.endswith("。"):
        return text[:-1] + note + "。"
    return text + note + ("" if _END_PUNCT.search(text) else "。")


def _status_note(m: MeasureItem) -> str:
    if m.status is MeasureStatus.DONE:
        return "（已完成）"
    deadline = f"，整改时限{zh_date(m.deadline)}" if m.deadline else ""
    return f"（{m.status_zh}{deadline}）"


def _opening(report: LedgerReport, today: dt.date) -> str:
    src = report.source
    inspected = [p for p in report.problems if p.source is Source.INSPECTION]
    visited = [p for p in report.problems if p.source is Source.VISIT]
    parts: list[str] = []
    if src is not None:
        span = zh_month_span(src.inspection_from, src.inspection_to)
        by = src.inspected_by or "县委巡察组"
        parts.append(f"根据县委统一部署，{span}，" if span else "")
        parts.append(f"{by}对{report.issuer}开展了巡察")
        if src.feedback_on is not None:
            parts.append(f"，并于{zh_date(src.feedback_on)}反馈了巡察意见")
        parts.append("。")
    status: list[str] = []
    if inspected:
        areas = len({a.no for a in report.areas for p in a.problems if p.source is Source.INSPECTION})
        measures = sum(len(p.measures) for p in inspected)
        parts.append(
            f"针对巡察反馈的{zh_numeral(areas)}个方面{len(inspected)}个问题，我们逐项制定了{measures}条整改措施，"
            "明确责任领导、责任单位和整改时限，逐条推进落实。"
        )
        status.append("巡察反馈问题" + _progress(report, Source.INSPECTION))
    if visited:
        measures = sum(len(p.measures) for p in visited)
        status.append(
            f"{'另' if inspected else ''}在挂钩联系走访中发现问题{len(visited)}个、制定整改措施{measures}条，"
            + _progress(report, Source.VISIT)
        )
    parts.append(f"截至{zh_date(today)}，{'；'.join(status)}。现将整改情况报告如下：")
    return "".join(parts)


def _progress(report: LedgerReport, source: Source | None = None) -> str:
    done = report.count(MeasureStatus.DONE, source)
    doing = report.count(MeasureStatus.IN_PROGRESS, source)
    waiting = report.count(MeasureStatus.OPEN, source)
    if doing == 0 and waiting == 0:
        return "已全部完成整改"
    bits = [f"已完成{done}条"] if done else []
    if doing:
        bits.append(f"正在整改{doing}条")
    if waiting:
        bits.append(f"尚未开始{waiting}条")
    return "，".join(bits)


def _problem_heading(n: int, problem: ProblemItem) -> str:
    text = f"（{zh_numeral(n)}）针对“{problem.title}”问题"
    if problem.source is Source.VISIT:
        found = "，".join(x for x in (problem.centre or "", zh_date(problem.found_on)) if x)
        text += f"（{found}走访发现）" if found else "（走访发现）"
    return text


def _measures(doc: object, problem: ProblemItem) -> None:
    """整改情况：一是…二是… in one paragraph, as the notice writes them, each with its status."""
    p = _paragraph(doc)
    _fonts(p.add_run("整改情况："), BODY_FONT, BODY_PT)
    if not problem.measures:
        _fonts(p.add_run("尚未制定整改措施。"), BODY_FONT, BODY_PT)
        return
    single = len(problem.measures) == 1
    for i, m in enumerate(problem.measures, start=1):
        if not single:
            _fonts(p.add_run(f"{zh_numeral(i)}是"), BODY_FONT, BODY_PT, bold=True)
        _fonts(p.add_run(_sentence(m.text, _status_note(m))), BODY_FONT, BODY_PT)


def _closing(report: LedgerReport) -> str:
    unfinished = report.count(MeasureStatus.IN_PROGRESS) + report.count(MeasureStatus.OPEN)
    if unfinished:
        head = (
            f"下一步，对尚未完成的{unfinished}条整改措施，我们将紧盯整改时限，压实责任领导和责任单位责任，"
            "定期调度、跟踪问效，确保按期整改到位；同时"
        )
    else:
        head = "下一步，我们将坚持目标不变、标准不降、力度不减，"
    return head + "持续巩固整改成果，建立健全长效机制，以整改实效推动残疾人事业高质量发展。"


def _width_chars(text: str) -> float:
    """Width in Chinese characters (digits and Latin letters are half)."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def write_ledger_docx(report: LedgerReport, path: Path, today: dt.date | None = None) -> None:
    """Write the draft 整改情况报告 to ``path`` (.docx), dated ``today`` (default today)."""
    today = today or dt.date.today()
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT  # type: ignore[attr-defined]
    normal.font.size = Pt(BODY_PT)  # type: ignore[attr-defined]
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    doc.core_properties.title = report_title(report)
    doc.core_properties.author = report.issuer

    title = _paragraph(doc, font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    for n, line in enumerate(_title_lines(report)):
        run = title.add_run()
        if n:
            run.add_break()  # a line break inside the title paragraph, as a typeset title is broken
        run.add_text(line)
        _fonts(run, TITLE_FONT, TITLE_PT)
    _paragraph(doc, indent_chars=0)
    _paragraph(doc, ADDRESSEE, indent_chars=0)
    _paragraph(doc, _opening(report, today))
    for area in report.areas:
        _paragraph(doc, f"{zh_numeral(area.no)}、{area.title}", font=HEADING_FONT)
        for n, problem in enumerate(area.problems, start=1):
            _paragraph(doc, _problem_heading(n, problem), font=SUBHEADING_FONT)
            _measures(doc, problem)
    _paragraph(doc, _closing(report))
    _paragraph(doc, "特此报告。")
    for _ in range(3):
        _paragraph(doc, indent_chars=0)
    # the date 4 characters from the right; the issuer centred over it (GB/T 9704)
    date = zh_date(today)
    centre_shift = (_width_chars(report.issuer) - _width_chars(date)) / 2
    _paragraph(doc, report.issuer, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=max(4 - centre_shift, 0))
    _paragraph(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=4)
    _page_number_footer(doc)
    with atomic_output(Path(path)) as tmp:
        doc.save(str(tmp))
