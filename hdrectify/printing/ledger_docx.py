"""A Word draft of the 整改情况报告, laid out as a government document (GB/T 9704-2012).

It says only what the data holds: the inspection's own figures (问题数, 具体问题数, 整改措施数)
are quoted as its notice declares them (``ledger_sources.declared_*``), and what the ledger
itemises and how far it has got is said separately; a measure past its deadline reads 已逾期;
problems found on visits have their own section, never a 方面 of the inspection.

Layout: A4 with margins 37/35/28/26 mm and a document grid of 22 lines × 28 characters;
title in 方正小标宋简体 二号, centred; body in 仿宋_GB2312 三号 with a two-character first-line
indent; headings 一、 in 黑体 and （一） in 楷体_GB2312; the issuer and the date right-aligned
at the end; page numbers "— 1 —" in 四号宋体 on the outside edge (odd pages right, even pages
left, one character in). The fonts are named as a Chinese office PC names them, each with a
fallback in the font table (w:altName) and Times New Roman for Latin text; the styles are
zh-CN so that “ ” are full width. The core and app properties are the Federation's and today's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import wcwidth
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from hdrectify.domain import wording
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.domain.wording import zh_numeral
from hdrectify.outputs import atomic_output
from hdrectify.store.ledger_report import (
    LedgerReport,
    MeasureItem,
    ProblemItem,
)

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
PAGE_NO_FONT = "宋体"
LATIN_FONT = "Times New Roman"
# What Word uses when a font is not installed (w:altName in the font table): the fonts every
# Chinese Windows has, which the GB2312 fonts and 小标宋 are usually replaced by.
FONT_FALLBACKS = {
    TITLE_FONT: "宋体",
    BODY_FONT: "仿宋",
    SUBHEADING_FONT: "楷体",
    HEADING_FONT: "SimHei",
    PAGE_NO_FONT: "SimSun",
}
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
PAGE_NO_PT = 14  # 四号
# GB/T 9704-2012: A4, margins top 37, bottom 35, left 28, right 26 mm; 22 lines of 28 characters
PAGE_MM = (210, 297)
MARGINS_MM = (37, 35, 28, 26)
LINES, CHARS = 22, 28
_PT_PER_MM = 72 / 25.4
LINE_PITCH_TWIPS = int((PAGE_MM[1] - MARGINS_MM[0] - MARGINS_MM[1]) * _PT_PER_MM * 20 / LINES)  # 579
# w:charSpace: how much wider than the font size a grid character is, in 4096ths of a point
CHAR_SPACE = round(((PAGE_MM[0] - MARGINS_MM[2] - MARGINS_MM[3]) * _PT_PER_MM / CHARS - BODY_PT) * 4096)  # -848
LINE_PT = LINE_PITCH_TWIPS / 20  # the body's exact line spacing: one grid line
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


def _page_number(paragraph: Paragraph) -> None:
    """— PAGE — in 四号宋体: a PAGE field, filled in by Word."""
    _fonts(paragraph.add_run("— "), PAGE_NO_FONT, PAGE_NO_PT)
    run = paragraph.add_run()
    _fonts(run, PAGE_NO_FONT, PAGE_NO_PT)
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
    _fonts(paragraph.add_run(" —"), PAGE_NO_FONT, PAGE_NO_PT)


def _page_number_footers(doc: object) -> None:
    """Page numbers on the outside edge, one character in: odd pages right, even pages left (GB/T 9704 7.5)."""
    doc.settings.odd_and_even_pages_header_footer = True  # type: ignore[attr-defined]  # w:evenAndOddHeaders
    section = doc.sections[0]  # type: ignore[attr-defined]
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align is WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(PAGE_NO_PT)
        else:
            p.paragraph_format.left_indent = Pt(PAGE_NO_PT)
        _page_number(p)


def _sentence(text: str, note: str) -> str:
    """The measure with its status note before the closing 。 (…用得好（已完成）。)."""
    text = text.strip()
    if text.endswith("。"):
        return text[:-1] + note + "。"
    return text + note + ("" if _END_PUNCT.search(text) else "。")


def _overdue(m: MeasureItem, today: dt.date) -> bool:
    """Not done and past its deadline."""
    return m.status is not MeasureStatus.DONE and m.deadline is not None and m.deadline < today


def _status_note(m: MeasureItem, today: dt.date) -> str:
    if m.status is MeasureStatus.DONE:
        return f"（已完成，验收人{m.accepted_by}）" if m.accepted_by else "（已完成）"
    deadline = zh_date(m.deadline)
    if m.extensions:
        last = m.extensions[-1]
        deadline += f"，原定{zh_date(m.original_deadline)}，经{last.approved_by}批准延期，原因：{last.reason}"
    if _overdue(m, today):
        return f"（已逾期，整改时限{deadline}）"
    return f"（{m.status_zh}，整改时限{deadline}）" if deadline else f"（{m.status_zh}）"


def _progress(measures: Sequence[MeasureItem], today: dt.date) -> str:
    """已完成…条，正在整改…条，已逾期…条，尚未开始…条: each measure once (已逾期: not done, past its deadline)."""
    done = sum(1 for m in measures if m.status is MeasureStatus.DONE)
    overdue = sum(1 for m in measures if _overdue(m, today))
    doing = sum(1 for m in measures if m.status is MeasureStatus.IN_PROGRESS and not _overdue(m, today))
    waiting = sum(1 for m in measures if m.status is MeasureStatus.OPEN and not _overdue(m, today))
    if done == len(measures):
        return "已全部完成整改"
    bits = [f"已完成{done}条"] if done else []
    if doing:
        bits.append(f"正在整改{doing}条")
    if overdue:
        bits.append(f"已逾期{overdue}条")
    if waiting:
        bits.append(f"尚未开始{waiting}条")
    return "，".join(bits)


def _extended(measures: Sequence[MeasureItem]) -> str:
    """其中经批准延期的措施…条（原因：…）: how many measures were extended, and why (each reason once)."""
    extended = [m for m in measures if m.extensions]
    if not extended:
        return ""
    reasons = list(dict.fromkeys(x.reason for m in extended for x in m.extensions))
    return f"其中经批准延期的整改措施{len(extended)}条，原因：{'；'.join(reasons)}。"


def _responsibility(measures: Sequence[MeasureItem]) -> str:
    """How many measures name a leader, a unit and a deadline, as the ledger holds them."""
    n = len(measures)
    leaders = sum(1 for m in measures if m.leader)
    units = sum(1 for m in measures if m.unit)
    deadlines = sum(1 for m in measures if m.deadline is not None)
    if leaders == units == deadlines == n:
        return "每条措施均明确了责任领导、责任单位和整改时限"
    if leaders == units == deadlines == 0:
        return "台账尚未填写责任领导、责任单位和整改时限"
    return f"其中明确责任领导的{leaders}条、明确责任单位的{units}条、明确整改时限的{deadlines}条"


def _declared(report: LedgerReport, areas: int) -> str:
    """The notice's own figures, as the notice's.

    据2024年8月20日通报，巡察反馈三个方面13个问题（51个具体问题），制定了72条整改措施。
    """
    src = report.source
    if src is None:
        return ""
    problems, specific, measures = src.declared_problems, src.declared_specific, src.declared_measures
    if problems is None and specific is None and measures is None:
        return ""
    what = f"{zh_numeral(areas)}个方面" if areas else ""
    if problems is not None:
        what += f"{problems}个问题"
    if specific is not None:
        what += f"（{specific}个具体问题）" if problems is not None else f"{specific}个具体问题"
    text = f"据{zh_date(src.notice_on)}通报，"
    if what:
        text += f"巡察反馈{what}" + ("，" if measures is not None else "。")
    if measures is not None:
        text += f"制定了{measures}条整改措施。"
    return text


def _opening(report: LedgerReport, today: dt.date, areas: int) -> str:
    src = report.source
    inspected = [p for p in report.problems if p.source is Source.INSPECTION]
    visited = [p for p in report.problems if p.source is Source.VISIT]
    parts: list[str] = []
    if src is not None:
        span = wording.month_span_text(src.inspection_from, src.inspection_to)
        by = src.inspected_by or "县委巡察组"
        parts.append(f"根据县委统一部署，{span}，" if span else "")
        parts.append(f"{by}对{report.issuer}开展了巡察")
        if src.feedback_on is not None:
            parts.append(f"，并于{zh_date(src.feedback_on)}反馈了巡察意见")
        parts.append("。")
    if inspected:
        measures = [m for p in inspected for m in p.measures]
        parts.append(_declared(report, areas))
        parts.append(
            f"整改台账按通报逐条列出{len(inspected)}个问题、{len(measures)}条整改措施，{_responsibility(measures)}。"
            f"截至{zh_date(today)}，{_progress(measures, today)}。{_extended(measures)}"
        )
        if visited:
            parts.append(f"另在挂钩联系走访中发现问题{len(visited)}个，整改情况单列报告。")
    elif visited:
        measures = [m for p in visited for m in p.measures]
        parts.append(
            f"截至{zh_date(today)}，在挂钩联系走访中发现问题{len(visited)}个、制定整改措施{len(measures)}条，"
            f"{_progress(measures, today)}；{_responsibility(measures)}。{_extended(measures)}"
        )
    parts.append("现将整改情况报告如下：")
    return "".join(parts)


def _visit_summary(visited: Sequence[ProblemItem], today: dt.date) -> str:
    measures = [m for p in visited for m in p.measures]
    return (
        f"在挂钩联系走访中发现问题{len(visited)}个，制定整改措施{len(measures)}条，{_responsibility(measures)}。"
        f"截至{zh_date(today)}，{_progress(measures, today)}。{_extended(measures)}"
    )


def _problem_heading(n: int, problem: ProblemItem) -> str:
    text = f"（{zh_numeral(n)}）针对“{problem.title}”问题"
    if problem.source is Source.VISIT:
        found = "，".join(x for x in (problem.centre or "", zh_date(problem.found_on)) if x)
        text += f"（{found}走访发现）" if found else "（走访发现）"
    return text


def _measures(doc: object, problem: ProblemItem, today: dt.date) -> None:
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
        _fonts(p.add_run(_sentence(m.text, _status_note(m, today))), BODY_FONT, BODY_PT)


def _closing(report: LedgerReport, today: dt.date) -> str:
    unfinished = [m for m in report.measures if m.status is not MeasureStatus.DONE]
    if unfinished:
        overdue = sum(1 for m in unfinished if _overdue(m, today))
        late = f"（其中已逾期{overdue}条）" if overdue else ""
        head = (
            f"下一步，对尚未完成的{len(unfinished)}条整改措施{late}，我们将紧盯整改时限，压实整改责任，"
            "定期调度、跟踪问效，确保整改到位；同时"
        )
    else:
        head = "下一步，我们将坚持目标不变、标准不降、力度不减，"
    return head + "持续巩固整改成果，建立健全长效机制，以整改实效推动残疾人事业高质量发展。"


def _width_chars(text: str) -> float:
    """Width in Chinese characters: digits and Latin letters are half (wcwidth's columns, halved)."""
    return float(wcwidth.width(text, control_codes="ignore")) / 2


def _styles(doc: object) -> None:
    """Body font and size, Latin text in Times New Roman, and East Asian language zh-CN, as defaults and on Normal."""
    styles = doc.styles  # type: ignore[attr-defined]
    defaults = styles.element.find(qn("w:docDefaults"))
    targets = [defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), styles["Normal"].element.get_or_add_rPr()]
    for rpr in targets:
        for old in rpr.findall(qn("w:rFonts")) + rpr.findall(qn("w:lang")):
            rpr.remove(old)
        fonts = OxmlElement("w:rFonts")
        for attr, value in (
            ("w:ascii", LATIN_FONT),
            ("w:hAnsi", LATIN_FONT),
            ("w:eastAsia", BODY_FONT),
            ("w:cs", LATIN_FONT),
        ):
            fonts.set(qn(attr), value)
        rpr.insert(0, fonts)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-US")
        lang.set(qn("w:eastAsia"), "zh-CN")
        lang.set(qn("w:bidi"), "ar-SA")
        rpr.append(lang)
    styles["Normal"].font.size = Pt(BODY_PT)
    # the grid's charSpace is counted from the default size: 三号 there too
    for tag in ("w:sz", "w:szCs"):
        found = targets[0].find(qn(tag))
        if found is not None:
            found.set(qn("w:val"), str(BODY_PT * 2))
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))  # type: ignore[attr-defined]
    if theme_lang is None:
        theme_lang = OxmlElement("w:themeFontLang")
        doc.settings.element.append(theme_lang)  # type: ignore[attr-defined]
    theme_lang.set(qn("w:val"), "en-US")
    theme_lang.set(qn("w:eastAsia"), "zh-CN")


def _font_table(doc: object) -> None:
    """Name each Chinese font in the font table with its fallback (w:altName) and the GB2312 charset."""
    from lxml import etree

    part = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")  # type: ignore[attr-defined]
    root = etree.fromstring(part.blob)
    for name, alt in FONT_FALLBACKS.items():
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        for tag, value in (("w:altName", alt), ("w:charset", "86"), ("w:family", "modern"), ("w:pitch", "fixed")):
            etree.SubElement(font, qn(tag)).set(qn("w:val"), value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _grid(section: object) -> None:
    """22 lines × 28 characters: w:docGrid of type linesAndChars with the pitch of a GB/T 9704 page."""
    sect_pr = section._sectPr  # type: ignore[attr-defined]
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))


def _properties(doc: object, report: LedgerReport) -> None:
    """The Federation's and today's, not the template's (python-docx, 2013, Microsoft Macintosh Word)."""
    owner = report.federation or report.issuer
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core = doc.core_properties  # type: ignore[attr-defined]
    core.title = report_title(report)
    core.author = core.last_modified_by = owner
    core.created = core.modified = now
    core.revision = 1
    core.comments = core.subject = core.keywords = core.category = ""
    app = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/docProps/app.xml")  # type: ignore[attr-defined]
    app._blob = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>hdrectify</Application><DocSecurity>0</DocSecurity><Company>{escape(owner)}</Company>"
        "</Properties>"
    ).encode()
    # the template's thumbnail is a picture of another, empty document
    package_rels = doc.part.package.rels  # type: ignore[attr-defined]
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rid)


def write_ledger_docx(report: LedgerReport, path: Path, today: dt.date | None = None) -> None:
    """Write the draft 整改情况报告 to ``path`` (.docx), dated ``today`` (default today)."""
    today = today or dt.date.today()
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in PAGE_MM)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(v) for v in MARGINS_MM)
    section.footer_distance = Cm(2.5)
    _grid(section)
    _styles(doc)
    _font_table(doc)
    _properties(doc, report)

    inspection_areas = [(area, [p for p in area.problems if p.source is Source.INSPECTION]) for area in report.areas]
    inspection_areas = [(area, problems) for area, problems in inspection_areas if problems]
    visited = [p for p in report.problems if p.source is Source.VISIT]

    title = _paragraph(doc, font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    for n, line in enumerate(_title_lines(report)):
        run = title.add_run()
        if n:
            run.add_break()  # a line break inside the title paragraph, as a typeset title is broken
        run.add_text(line)
        _fonts(run, TITLE_FONT, TITLE_PT)
    _paragraph(doc, indent_chars=0)
    _paragraph(doc, ADDRESSEE, indent_chars=0)
    _paragraph(doc, _opening(report, today, len(inspection_areas)))
    heading = 0
    for area, problems in inspection_areas:
        heading += 1
        _paragraph(doc, f"{zh_numeral(heading)}、{area.title}", font=HEADING_FONT)
        for n, problem in enumerate(problems, start=1):
            _paragraph(doc, _problem_heading(n, problem), font=SUBHEADING_FONT)
            _measures(doc, problem, today)
    if visited:
        # problems found on visits are not the inspection's: a section of their own, after its 方面
        heading += 1
        _paragraph(doc, f"{zh_numeral(heading)}、挂钩走访发现问题的整改情况", font=HEADING_FONT)
        if inspection_areas:
            _paragraph(doc, _visit_summary(visited, today))
        for n, problem in enumerate(visited, start=1):
            _paragraph(doc, _problem_heading(n, problem), font=SUBHEADING_FONT)
            _measures(doc, problem, today)
    _paragraph(doc, _closing(report, today))
    _paragraph(doc, "特此报告。")
    for _ in range(3):
        _paragraph(doc, indent_chars=0)
    # the date 4 characters from the right; the issuer centred over it (GB/T 9704)
    date = zh_date(today)
    centre_shift = (_width_chars(report.issuer) - _width_chars(date)) / 2
    _paragraph(doc, report.issuer, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=max(4 - centre_shift, 0))
    _paragraph(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right_chars=4)
    _page_number_footers(doc)
    with atomic_output(Path(path)) as tmp:
        doc.save(str(tmp))
