"""The 整改情况报告 (DOCX) as GB/T 9704-2012 lays out a government document, read back from its XML.

Odd and even page footers with "— PAGE —" on the outside edge, the 22 × 28 document grid,
zh-CN as the East Asian language, fonts named as a Chinese office PC names them with their
fallbacks, and properties that are the Federation's and today's, not python-docx's template's.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree

from hdrectify.printing.ledger_docx import write_ledger_docx
from hdrectify.store.base import Store
from hdrectify.store.ledger_report import ledger_report

TODAY = dt.date(2026, 11, 25)
FEDERATION = "惠东县残疾人联合会"


@pytest.fixture
def report_docx(seeded: Store, tmp_path: Path) -> Path:
    path = tmp_path / "整改情况报告.docx"
    write_ledger_docx(ledger_report(seeded), path, TODAY)
    return path


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def test_page_numbers_are_on_the_outside_edge_of_odd_and_even_pages(report_docx: Path) -> None:
    document = docx.Document(str(report_docx))
    assert document.settings.odd_and_even_pages_header_footer  # w:evenAndOddHeaders
    assert part(report_docx, "word/settings.xml").find(qn("w:evenAndOddHeaders")) is not None
    section = document.sections[0]
    for footer, align, indent in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right_indent"),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left_indent"),
    ):
        assert not footer.is_linked_to_previous
        (p,) = footer.paragraphs
        assert p.alignment == align
        assert getattr(p.paragraph_format, indent).pt == 14  # one 四号 character in
        assert p.text == "— 1 —"  # the PAGE field's cached value between the dashes
        instr = p._element.findall(f".//{qn('w:instrText')}")
        assert [i.text.strip() for i in instr] == ["PAGE"]
        fields = [c.get(qn("w:fldCharType")) for c in p._element.iter(qn("w:fldChar"))]
        assert fields == ["begin", "separate", "end"]
        assert {r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in p.runs} == {"宋体"}
        assert {r.font.size.pt for r in p.runs} == {14}
    sect = part(report_docx, "word/document.xml").find(f".//{qn('w:sectPr')}")
    kinds = {r.get(qn("w:type")) for r in sect.findall(qn("w:footerReference"))}
    assert kinds == {"default", "even"}


def test_the_page_has_a_grid_of_22_lines_of_28_characters(report_docx: Path) -> None:
    section = docx.Document(str(report_docx)).sections[0]
    sizes = (section.page_width, section.page_height)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [None if v is None else round(v.mm) for v in sizes] == [210, 297]
    assert [None if v is None else round(v.mm) for v in margins] == [37, 35, 28, 26]
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    line_pitch, char_space = int(grid.get(qn("w:linePitch"))), int(grid.get(qn("w:charSpace")))
    assert line_pitch == 579  # 225 mm of type area / 22 lines, in twips
    assert char_space == -848  # (156 mm / 28 − 16 pt) × 4096
    type_height_pt = (297 - 37 - 35) / 25.4 * 72
    assert int(type_height_pt / (line_pitch / 20)) == 22
    char_pt = 16 + char_space / 4096
    assert int((210 - 28 - 26) / 25.4 * 72 / char_pt + 0.01) == 28


def test_styles_are_zh_cn_with_chinese_office_font_names_and_fallbacks(report_docx: Path) -> None:
    styles = part(report_docx, "word/styles.xml")
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    normal = next(s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == "Normal").find(qn("w:rPr"))
    for rpr in (defaults, normal):
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "32"  # 三号, the size the grid's charSpace counts from
        assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
        assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Times New Roman"
    settings = part(report_docx, "word/settings.xml")
    assert settings.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"

    document = docx.Document(str(report_docx))
    named = {}
    for p in document.paragraphs:
        for r in p.runs:
            rpr = r._element.rPr
            fonts = None if rpr is None else rpr.rFonts
            assert fonts is not None, r.text
            named[fonts.get(qn("w:eastAsia"))] = (fonts.get(qn("w:ascii")), fonts.get(qn("w:hAnsi")))
    assert set(named) == {"方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"}
    assert set(named.values()) == {("Times New Roman", "Times New Roman")}

    table = part(report_docx, "word/fontTable.xml")
    alt = {
        f.get(qn("w:name")): f.find(qn("w:altName")).get(qn("w:val"))
        for f in table.findall(qn("w:font"))
        if f.find(qn("w:altName")) is not None
    }
    assert alt["仿宋_GB2312"] == "仿宋" and alt["楷体_GB2312"] == "楷体"
    assert alt["方正小标宋简体"] == "宋体" and alt["黑体"] == "SimHei"


def test_properties_are_the_federation_s_and_today_s(report_docx: Path) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0) - dt.timedelta(minutes=5)
    core = docx.Document(str(report_docx)).core_properties
    assert core.author == core.last_modified_by == FEDERATION
    assert core.title == "中共惠东县残疾人联合会党组关于县委巡察反馈问题整改情况的报告"
    assert core.created is not None and core.modified is not None
    assert core.created.replace(tzinfo=None) >= before and core.modified.replace(tzinfo=None) >= before
    assert "python-docx" not in (core.comments + core.author + core.last_modified_by)
    app = part(report_docx, "docProps/app.xml")
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    assert app.findtext(f"{ns}Application") == "hdrectify"
    assert app.findtext(f"{ns}Company") == FEDERATION
    with zipfile.ZipFile(report_docx) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist() if n.endswith((".xml", ".rels")))
        assert b"Microsoft Macintosh Word" not in blob and b"2013-12-23" not in blob
        assert not any("thumbnail" in n for n in zf.namelist())
