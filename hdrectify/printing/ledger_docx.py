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

from docx.enum.text import WD_ALIGN_PARAGRAPH

from hdrectify.domain import wording
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.domain.wording import zh_numeral
from hdrectify.printing.docx_page import (  # the page, fonts and paragraphs of a GB/T 9704 document
    BODY_FONT,
    BODY_PT,
    HEADING_FONT,
    SUBHEADING_FONT,
    TITLE_FONT,
    TITLE_PT,
    new_document,
    save_document,
)
from hdrectify.printing.docx_page import fonts as _fonts
from hdrectify.printing.docx_page import paragraph as _paragraph
from hdrectify.printing.docx_page import width_chars as _width_chars
from hdrectify.store.ledger_report import (
    LedgerReport,
    MeasureItem,
    ProblemItem,
    extended_sentence,
)

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
    """其中经批准延期的整改措施…条，原因：…。 (the wording shared with the summaries)."""
    return extended_sentence(m.extensions for m in measures)


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


def write_ledger_docx(report: LedgerReport, path: Path, today: dt.date | None = None) -> None:
    """Write the draft 整改情况报告 to ``path`` (.docx), dated ``today`` (default today)."""
    today = today or dt.date.today()
    owner = report.federation or report.issuer
    doc = new_document(report_title(report), owner, owner)

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
    save_document(doc, path)
