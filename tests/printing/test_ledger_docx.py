"""The draft 整改情况报告 (DOCX), read back: its layout and what it says the data holds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from hdrectify.domain.ledger import MeasureStatus
from hdrectify.printing.ledger_docx import report_title, write_ledger_docx
from hdrectify.store.base import Store
from hdrectify.store.inspections import set_declared_totals
from hdrectify.store.ledger import reopen_measure, seed_id, update_measure
from hdrectify.store.ledger_report import LedgerReport, ledger_report
from tests.printing.printing_helpers import DEMO_TODAY, ISSUER, SEED, SEED_PROBLEMS, docx_paragraphs


def test_docx_reads_like_a_report(demo_docx: Path, demo_report: LedgerReport) -> None:
    paras = docx_paragraphs(demo_docx)
    texts = [p.text for p in paras]
    title = f"{ISSUER}关于县委巡察反馈问题整改情况的报告"
    assert texts[0] == f"{ISSUER}\n关于县委巡察反馈问题整改情况的报告"  # broken after the issuer
    assert texts[0].replace("\n", "") == title == report_title(demo_report)
    assert paras[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    opening = next(t for t in texts if t.startswith("根据县委统一部署"))
    assert "2023年3月至6月" in opening and "县委第二巡察组" in opening and "2023年8月10日" in opening
    assert "17个问题" in opening and "截至2026年11月25日" in opening
    for n, area in zip("一二三", SEED["areas"], strict=True):
        assert f"{n}、{area['title']}" in texts
    assert "四、挂钩走访发现问题的整改情况" in texts  # a section of their own, not a 方面
    assert f"（一）针对“{SEED_PROBLEMS[0]['title']}”问题" in texts
    assert f"（五）针对“{SEED_PROBLEMS[12]['title']}”问题" in texts  # problem 13 is the 5th of area 二
    # the measures of a problem in one paragraph: 一是…二是…, each with its status
    body = texts[texts.index(f"（一）针对“{SEED_PROBLEMS[0]['title']}”问题") + 1]
    first, second = (m["text"] for m in SEED_PROBLEMS[0]["measures"][:2])
    assert body.startswith("整改情况：一是" + first[:-1] + "（已完成）。二是" + second[:-1])
    single = texts[texts.index(f"（四）针对“{SEED_PROBLEMS[11]['title']}”问题") + 1]  # problem 12: one measure
    assert single == "整改情况：" + SEED_PROBLEMS[11]["measures"][0]["text"][:-1] + "（已完成）。"
    assert any("（整改中，整改时限2026年" in t for t in texts)
    assert "特此报告。" in texts


def test_docx_ends_with_the_issuer_and_date_right_aligned(demo_docx: Path) -> None:
    paras = docx_paragraphs(demo_docx)
    signature, date = paras[-2], paras[-1]
    assert signature.text == ISSUER and date.text == "2026年11月25日"
    assert signature.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_docx_is_laid_out_as_a_government_document(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    section = document.sections[0]
    sizes = [section.page_width, section.page_height]
    sizes += [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [None if s is None else round(s.cm, 2) for s in sizes] == [21, 29.7, 3.7, 3.5, 2.8, 2.6]

    def east_asian(paragraph: Paragraph) -> str:
        rpr = paragraph.runs[0]._element.rPr
        fonts = None if rpr is None else rpr.rFonts
        return str(None if fonts is None else fonts.get(qn("w:eastAsia")))

    paras = docx_paragraphs(demo_docx)
    assert east_asian(paras[0]) == "方正小标宋简体"
    assert paras[0].runs[0].font.size == Pt(22)
    body = next(p for p in paras if p.text.startswith("根据县委统一部署"))
    assert east_asian(body) == "仿宋_GB2312" and body.runs[0].font.size == Pt(16)
    assert east_asian(next(p for p in paras if p.text.startswith("一、"))) == "黑体"
    assert east_asian(next(p for p in paras if p.text.startswith("（一）"))) == "楷体_GB2312"
    footer = section.footer._element.xml
    assert "PAGE" in footer


# -- the report says what the data holds (the notice's figures, the ledger's, overdue, visits) -----


def _report_texts(store: Store, tmp_path: Path, today: dt.date = DEMO_TODAY) -> list[str]:
    write_ledger_docx(ledger_report(store), tmp_path / "r.docx", today)
    return [p.text for p in docx_paragraphs(tmp_path / "r.docx")]


def test_docx_quotes_the_notice_figures_as_the_notice_and_the_ledger_apart(seeded: Store, tmp_path: Path) -> None:
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据县委统一部署"))
    # the notice's own figures (13 / 51 / 72), said to be the notice's, and never 66 measures as the inspection's
    assert "据2024年8月20日通报，巡察反馈三个方面13个问题（51个具体问题），制定了72条整改措施。" in opening
    assert "整改台账按通报逐条列出17个问题、66条整改措施" in opening
    assert "66条整改措施" not in opening.split("台账")[0]
    assert "截至2026年11月25日，已全部完成整改" in opening


def test_docx_quotes_the_figures_as_edited_or_none(seeded: Store, tmp_path: Path) -> None:
    source = seed_id("source", SEED["notice_on"])
    with seeded.transaction():
        set_declared_totals(seeded, source, declared_problems=14, declared_specific=None)
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据"))
    assert "巡察反馈三个方面14个问题，制定了72条整改措施。" in opening and "具体问题" not in opening
    with seeded.transaction():
        set_declared_totals(seeded, source, declared_problems=None, declared_measures=None)
    opening = next(t for t in _report_texts(seeded, tmp_path) if t.startswith("根据"))
    assert "据2024年8月20日通报" not in opening and "72条" not in opening
    assert "整改台账按通报逐条列出17个问题、66条整改措施" in opening


def test_docx_says_how_many_measures_name_their_owners(seeded: Store, tmp_path: Path) -> None:
    texts = _report_texts(seeded, tmp_path)
    assert not any("明确了责任领导" in t or "明确责任领导、责任单位和整改时限" in t for t in texts)
    assert "台账尚未填写责任领导、责任单位和整改时限" in texts[2]
    with seeded.transaction():
        update_measure(seeded, seed_id("measure", 1, 1), leader="张伟", unit="办公室", deadline=dt.date(2026, 12, 31))
        update_measure(seeded, seed_id("measure", 1, 2), unit="办公室")
    opening = _report_texts(seeded, tmp_path)[2]
    assert "其中明确责任领导的1条、明确责任单位的2条、明确整改时限的1条" in opening
    assert "明确了责任领导" not in opening


def test_docx_says_an_overdue_measure_is_overdue(seeded: Store, tmp_path: Path) -> None:
    late, ahead, waiting = seed_id("measure", 8, 2), seed_id("measure", 8, 3), seed_id("measure", 9, 1)
    with seeded.transaction():
        reopen_measure(seeded, late, dt.date(2026, 3, 1), "复查发现督导未落实")
        update_measure(seeded, late, deadline=dt.date(2026, 6, 30))
        reopen_measure(seeded, ahead, dt.date(2026, 3, 1), "复查发现督导未落实")
        update_measure(seeded, ahead, deadline=dt.date(2026, 12, 31))
        reopen_measure(seeded, waiting, dt.date(2026, 3, 1), "复查")
        update_measure(seeded, waiting, status=MeasureStatus.OPEN)
    texts = _report_texts(seeded, tmp_path)
    heading = next(t for t in texts if t.endswith(f"针对“{SEED_PROBLEMS[7]['title']}”问题"))
    body = texts[texts.index(heading) + 1]
    assert "（已逾期，整改时限2026年6月30日）" in body
    assert "（整改中，整改时限2026年12月31日）" in body
    assert "（整改中，整改时限2026年6月30日）" not in body
    assert "截至2026年11月25日，已完成63条，正在整改1条，已逾期1条，尚未开始1条。" in texts[2]
    assert "对尚未完成的3条整改措施（其中已逾期1条）" in next(t for t in texts if t.startswith("下一步"))
    # the day before the deadline passes it is not yet overdue
    texts = _report_texts(seeded, tmp_path, dt.date(2026, 6, 30))
    assert "已逾期" not in "".join(texts)


def test_docx_reports_visit_problems_in_a_section_of_their_own(demo_docx: Path) -> None:
    texts = [p.text for p in docx_paragraphs(demo_docx)]
    headings = [t for t in texts if re.match(r"^[一二三四五六七八九十]+、", t)]
    assert headings == [f"{n}、{a['title']}" for n, a in zip("一二三", SEED["areas"], strict=True)] + [
        "四、挂钩走访发现问题的整改情况"
    ]
    section = texts.index("四、挂钩走访发现问题的整改情况")
    assert "在挂钩联系走访中发现问题3个，制定整改措施4条" in texts[section + 1]
    visit_headings = [t for t in texts if "走访发现）" in t]
    assert len(visit_headings) == 3 and all(texts.index(t) > section for t in visit_headings)
    # the notice's figures and the ledger's count of its problems leave the visits out
    opening = next(t for t in texts if t.startswith("根据县委统一部署"))
    assert "逐条列出17个问题、66条整改措施" in opening
    assert "另在挂钩联系走访中发现问题3个，整改情况单列报告。" in opening
    assert "关于挂钩联系走访中发现的问题" not in texts  # not a 方面 of the inspection
    assert "（已逾期，整改时限2026年7月10日）" in "".join(texts[section:])
