"""The page of a Chinese government document in Word (GB/T 9704-2012), shared by the Word documents.

A4 with margins 37/35/28/26 mm and a document grid of 22 lines × 28 characters; body in 仿宋_GB2312
三号, headings in 黑体 and 楷体_GB2312, the title in 方正小标宋简体 二号; page numbers "— 1 —" in 四号宋体
on the outside edge. The fonts are named as a Chinese office PC names them, each with a fallback in
the font table (w:altName) and Times New Roman for Latin text; the styles are zh-CN so that “ ” are
full width. :func:`new_document` sets all of it up with the document's own properties (the
Federation's or the member's, and today's), :func:`save_document` adds the page numbers and writes
atomically. Used by ``ledger_docx`` (整改情况报告) and ``report_draft_docx`` (季度汇报草稿).
"""

from __future__ import annotations

import datetime as dt
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

from hdrectify.outputs import atomic_buffer

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


def fonts(run: Run, east_asian: str, size: float, bold: bool = False) -> None:
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)


def paragraph(
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
        fonts(p.add_run(text), font, size, bold)
    return p


def _page_number(paragraph: Paragraph) -> None:
    """— PAGE — in 四号宋体: a PAGE field, filled in by Word."""
    fonts(paragraph.add_run("— "), PAGE_NO_FONT, PAGE_NO_PT)
    run = paragraph.add_run()
    fonts(run, PAGE_NO_FONT, PAGE_NO_PT)
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
    fonts(paragraph.add_run(" —"), PAGE_NO_FONT, PAGE_NO_PT)


def page_number_footers(doc: object) -> None:
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


def width_chars(text: str) -> float:
    """Width in Chinese characters: digits and Latin letters are half (wcwidth's columns, halved)."""
    return float(wcwidth.width(text, control_codes="ignore")) / 2


def styles_zh_cn(doc: object) -> None:
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


def font_table(doc: object) -> None:
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


def grid(section: object) -> None:
    """22 lines × 28 characters: w:docGrid of type linesAndChars with the pitch of a GB/T 9704 page."""
    sect_pr = section._sectPr  # type: ignore[attr-defined]
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))


def new_document(title: str, author: str, company: str | None = None) -> object:
    """An empty A4 document on the GB/T 9704 page and grid, with its fonts, styles and properties."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in PAGE_MM)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(v) for v in MARGINS_MM)
    section.footer_distance = Cm(2.5)
    grid(section)
    styles_zh_cn(doc)
    font_table(doc)
    _properties(doc, title, author, company)
    return doc


def save_document(doc: object, path: Path) -> None:
    """Add the page numbers and write ``doc`` to ``path`` atomically."""
    page_number_footers(doc)
    with atomic_buffer(Path(path)) as out:
        doc.save(out)  # type: ignore[attr-defined]


def _properties(doc: object, title: str, author: str, company: str | None) -> None:
    """The document's own and today's, not the template's (python-docx, 2013, Microsoft Macintosh Word)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core = doc.core_properties  # type: ignore[attr-defined]
    core.title = title
    core.author = core.last_modified_by = author
    core.created = core.modified = now
    core.revision = 1
    core.comments = core.subject = core.keywords = core.category = ""
    if company is not None:
        app = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/docProps/app.xml")  # type: ignore[attr-defined]
        app._blob = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
            ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Application>hdrectify</Application><DocSecurity>0</DocSecurity><Company>{escape(company)}</Company>"
            "</Properties>"
        ).encode()
    # the template's thumbnail is a picture of another, empty document
    package_rels = doc.part.package.rels  # type: ignore[attr-defined]
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rid)
