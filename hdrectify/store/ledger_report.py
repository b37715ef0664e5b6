"""Everything the ledger documents (整改台账 XLSX/PDF, 整改情况报告 DOCX, evidence ZIP) print, read at once.

:func:`ledger_report` reads the source, areas, problems, measures, progress notes and live
evidence in one query per table, and returns them as a tree of frozen dataclasses in the
notice's order: areas by number, problems by number (1–17 from the notice, then problems
found on visits, 18+, in area 4), measures 一是 = 1, 二是 = 2, ….
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hdrectify.domain import wording
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source, problem_status
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.paths import evidence_dir
from hdrectify.store.base import Row, Store


@dataclass(frozen=True)
class LedgerSource:
    """The notice the ledger was transcribed from (ledger_sources); months or dates as stored (ISO)."""

    title: str
    issuer: str
    inspected_by: str
    inspection_from: str | None
    inspection_to: str | None
    feedback_on: dt.date | None
    notice_on: dt.date | None
    summary: str
    # what the notice declares (问题数, 具体问题数, 整改措施数), None where it gives no figure;
    # the ledger itemises its own problems and measures, which need not be as many
    declared_problems: int | None = None
    declared_specific: int | None = None
    declared_measures: int | None = None


@dataclass(frozen=True)
class ProgressNote:
    date: dt.date
    text: str


@dataclass(frozen=True)
class EvidenceItem:
    """One live evidence file of a measure; the content is at ``<evidence root>/<sha[:2]>/<sha>``."""

    id: str
    file_name: str
    sha256: str
    size: int
    note: str
    added_at: str  # created_at, local time with offset


@dataclass(frozen=True)
class ExtensionItem:
    """One 延期 of a measure's deadline: from, to, why, who approved it."""

    from_date: dt.date
    to_date: dt.date
    reason: str
    approved_by: str


@dataclass(frozen=True)
class MeasureItem:
    id: str
    no: int
    text: str
    leader: str
    unit: str
    person: str
    deadline: dt.date | None
    status: MeasureStatus
    closed_at: dt.date | None
    close_reason: str
    progress: tuple[ProgressNote, ...]  # oldest first
    evidence: tuple[EvidenceItem, ...]  # oldest first
    accepted_by: str = ""  # 验收人 of a 销号 (its date is closed_at)
    accepted_opinion: str = ""  # 验收意见
    extensions: tuple[ExtensionItem, ...] = ()  # 延期, the first first

    @property
    def original_deadline(self) -> dt.date | None:
        """The deadline before any 延期 (the current one when there was none)."""
        return self.extensions[0].from_date if self.extensions else self.deadline

    @property
    def status_zh(self) -> str:
        return self.status.label_zh

    @property
    def latest_progress(self) -> ProgressNote | None:
        return self.progress[-1] if self.progress else None


@dataclass(frozen=True)
class ProblemItem:
    id: str
    no: int | None  # None: 待编号, a problem made on a member's laptop that the office has not numbered yet
    title: str
    source: Source
    found_on: dt.date | None
    detail: str
    centre: str | None  # the centre a visit problem was found at
    measures: tuple[MeasureItem, ...]

    @property
    def status(self) -> MeasureStatus:
        return problem_status(m.status for m in self.measures)


@dataclass(frozen=True)
class AreaItem:
    no: int
    title: str
    problems: tuple[ProblemItem, ...]


@dataclass(frozen=True)
class LedgerReport:
    federation: str  # settings: federation_name
    source: LedgerSource | None  # None when the notice was never loaded (visit problems only)
    areas: tuple[AreaItem, ...]  # only areas that have problems
    evidence_root: Path  # where this database keeps its evidence files

    @property
    def issuer(self) -> str:
        """Who signs: the notice's issuer, else the federation's Party group."""
        if self.source is not None and self.source.issuer:
            return self.source.issuer
        return f"中共{self.federation}党组"

    @property
    def problems(self) -> tuple[ProblemItem, ...]:
        return tuple(p for a in self.areas for p in a.problems)

    @property
    def measures(self) -> tuple[MeasureItem, ...]:
        return tuple(m for p in self.problems for m in p.measures)

    @property
    def inspection_areas(self) -> tuple[AreaItem, ...]:
        """The inspection's ledger: its areas with their inspection problems only (none found on visits)."""
        kept = (
            AreaItem(a.no, a.title, tuple(p for p in a.problems if p.source is Source.INSPECTION)) for a in self.areas
        )
        return tuple(a for a in kept if a.problems)

    @property
    def visit_problems(self) -> tuple[ProblemItem, ...]:
        """Problems found on visits: not findings of the inspection, so they have a ledger of their own."""
        return tuple(p for p in self.problems if p.source is Source.VISIT)

    def count(self, status: MeasureStatus, source: Source | None = None) -> int:
        """How many measures are in ``status`` (of problems from ``source``, or all)."""
        return sum(
            1 for p in self.problems if source is None or p.source is source for m in p.measures if m.status is status
        )


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)[:10])


def ledger_report(store: Store) -> LedgerReport:
    """The whole ledger for printing, in order; raises InputError if it has no problems yet."""
    sources = store.rows(
        "SELECT title, issuer, inspected_by, inspection_from, inspection_to, feedback_on, notice_on, summary,"
        " declared_problems, declared_specific, declared_measures"
        " FROM ledger_sources ORDER BY notice_on, created_at LIMIT 1"
    )
    areas = store.rows("SELECT id, no, title FROM ledger_areas ORDER BY no")
    problems = store.rows(
        "SELECT p.id, p.area_id, p.no, p.title, p.source, p.found_on, p.detail, c.name AS centre"
        " FROM ledger_problems p LEFT JOIN centres c ON c.id = p.centre_id"
        " ORDER BY p.no IS NULL, p.no, p.found_on, p.created_at, p.id"
    )
    if not problems:
        raise InputError("ledger.no_problems_yet")
    measures = store.rows(
        "SELECT id, problem_id, no, text, leader, unit, person, deadline, status, closed_at, close_reason,"
        " accepted_by, accepted_opinion FROM ledger_measures ORDER BY problem_id, no"
    )
    extended = extensions_by_measure(store)
    progress = store.rows("SELECT measure_id, date, text FROM ledger_progress ORDER BY measure_id, date, created_at")
    # the same rows and order as hdrectify.store.evidence.list_evidence, for every measure at once
    evidence = store.rows(
        "SELECT id, measure_id, file_name, sha256, size, note, created_at FROM evidence"
        " WHERE deleted_at IS NULL ORDER BY measure_id, created_at, file_name"
    )
    federation = str(store.setting("federation_name") or "")

    notes: dict[str, list[ProgressNote]] = {}
    for r in progress:
        day = _date(r["date"])
        assert day is not None
        notes.setdefault(r["measure_id"], []).append(ProgressNote(day, str(r["text"])))
    files: dict[str, list[EvidenceItem]] = {}
    for r in evidence:
        files.setdefault(r["measure_id"], []).append(
            EvidenceItem(
                id=str(r["id"]),
                file_name=str(r["file_name"]),
                sha256=str(r["sha256"]),
                size=int(r["size"]),
                note=str(r["note"] or ""),
                added_at=str(r["created_at"]),
            )
        )
    by_problem: dict[str, list[MeasureItem]] = {}
    for m in measures:
        by_problem.setdefault(m["problem_id"], []).append(_measure(m, notes, files, extended))
    by_area: dict[str, list[ProblemItem]] = {}
    for p in problems:
        by_area.setdefault(p["area_id"], []).append(
            ProblemItem(
                id=str(p["id"]),
                no=None if p["no"] is None else int(p["no"]),
                title=str(p["title"]),
                source=Source(p["source"]),
                found_on=_date(p["found_on"]),
                detail=str(p["detail"] or ""),
                centre=p["centre"],
                measures=tuple(by_problem.get(p["id"], [])),
            )
        )
    return LedgerReport(
        federation=federation,
        source=_source(sources[0]) if sources else None,
        areas=tuple(
            AreaItem(int(a["no"]), str(a["title"]), tuple(by_area[a["id"]])) for a in areas if a["id"] in by_area
        ),
        evidence_root=evidence_dir(store.path),
    )


def _measure(
    m: Row,
    notes: dict[str, list[ProgressNote]],
    files: dict[str, list[EvidenceItem]],
    extended: dict[str, list[ExtensionItem]],
) -> MeasureItem:
    return MeasureItem(
        id=str(m["id"]),
        no=int(m["no"]),
        text=str(m["text"]),
        leader=str(m["leader"] or ""),
        unit=str(m["unit"] or ""),
        person=str(m["person"] or ""),
        deadline=_date(m["deadline"]),
        status=MeasureStatus(m["status"]),
        closed_at=_date(m["closed_at"]),
        close_reason=str(m["close_reason"] or ""),
        progress=tuple(notes.get(m["id"], [])),
        evidence=tuple(files.get(m["id"], [])),
        accepted_by=str(m["accepted_by"] or ""),
        accepted_opinion=str(m["accepted_opinion"] or ""),
        extensions=tuple(extended.get(m["id"], [])),
    )


def _source(r: Row) -> LedgerSource:
    return LedgerSource(
        title=str(r["title"]),
        issuer=str(r["issuer"] or ""),
        inspected_by=str(r["inspected_by"] or ""),
        inspection_from=r["inspection_from"],
        inspection_to=r["inspection_to"],
        feedback_on=_date(r["feedback_on"]),
        notice_on=_date(r["notice_on"]),
        summary=str(r["summary"] or ""),
        declared_problems=_count(r["declared_problems"]),
        declared_specific=_count(r["declared_specific"]),
        declared_measures=_count(r["declared_measures"]),
    )


def _count(value: object) -> int | None:
    return None if value is None else int(str(value))


# -- how the ledger reads in Chinese (shared by the XLSX, PDF and DOCX writers) -------------


def area_heading(area: AreaItem) -> str:
    return wording.area_heading(area.no, area.title)


def ledger_title(report: LedgerReport) -> str:
    """The title of the ledger table: <issuer>巡察整改台账."""
    return f"{report.issuer}巡察整改台账" if report.source is not None else f"{report.federation}整改台账"


# -- the columns of the 整改台账 table (shared by the XLSX and PDF writers) --------------------

LEDGER_HEADERS = (
    "序号",
    "问题",
    "整改措施",
    "责任领导",
    "责任单位",
    "责任人",
    "整改时限",
    "整改进展/完成情况",
    "是否销号",
    "备注",
)
VISIT_LEDGER_TITLE = "挂钩走访发现问题整改台账"


def overdue_days(measure: MeasureItem, today: dt.date) -> int:
    """How many days a measure not yet closed is past its deadline on ``today`` (0: not overdue)."""
    if measure.status is MeasureStatus.DONE or measure.deadline is None or measure.deadline >= today:
        return 0
    return (today - measure.deadline).days


def measure_text(measure: MeasureItem) -> str:
    """整改措施, numbered within its problem: ``1. …``."""
    return f"{measure.no}. {measure.text}"


def progress_text(measure: MeasureItem) -> str:
    """整改进展/完成情况: the measure's own latest progress note, dated (empty when it has none)."""
    note = measure.latest_progress
    return "" if note is None else f"{zh_date(note.date)}：{note.text}"


def closed_lines(measure: MeasureItem, today: dt.date) -> list[str]:
    """是否销号: 已销号 and its date; else the status, and 已逾期 N 天 when past the deadline on ``today``."""
    if measure.status is MeasureStatus.DONE:
        lines = ["已销号", zh_date(measure.closed_at)] if measure.closed_at else ["已销号"]
        return lines + ([f"验收人：{measure.accepted_by}"] if measure.accepted_by else [])
    lines = ["未销号", measure.status_zh]
    late = overdue_days(measure, today)
    if late:
        lines.append(f"已逾期 {late} 天")
    return lines


def remark_lines(measure: MeasureItem) -> list[str]:
    """备注: the 延期 (original deadline, each extension with why and who approved it), the 验收意见,
    the written reason of a 销号, and the evidence files by name."""
    lines = extension_lines(measure)
    if measure.accepted_opinion:
        lines.append(f"验收意见：{measure.accepted_opinion}")
    if measure.close_reason:
        lines.append(f"销号说明：{measure.close_reason}")
    if measure.evidence:
        lines.append("佐证材料：" + "、".join(e.file_name for e in measure.evidence))
    return lines


def extension_lines(measure: MeasureItem) -> list[str]:
    """原定时限 and each 延期: 延期至…（原因；批准人…）."""
    if not measure.extensions:
        return []
    lines = [f"原定时限：{zh_date(measure.original_deadline)}"]
    for x in measure.extensions:
        lines.append(f"延期至{zh_date(x.to_date)}（{x.reason}；批准人：{x.approved_by}）")
    return lines


def extensions_by_measure(
    store: Store, first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, list[ExtensionItem]]:
    """Each extended measure's 延期 by its id, the first first; with ``first`` and ``last``, only
    those recorded on those days (``created_at``, local time)."""
    where, params = "", []
    if first is not None and last is not None:
        where, params = " WHERE substr(created_at, 1, 10) BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
    extended: dict[str, list[ExtensionItem]] = {}
    for r in store.rows(
        "SELECT measure_id, from_date, to_date, reason, approved_by FROM measure_extensions"
        f"{where} ORDER BY measure_id, created_at, to_date",
        params,
    ):
        start, end = _date(r["from_date"]), _date(r["to_date"])
        assert start is not None and end is not None
        extended.setdefault(r["measure_id"], []).append(
            ExtensionItem(start, end, str(r["reason"]), str(r["approved_by"]))
        )
    return extended


def extended_sentence(extended: Iterable[Sequence[ExtensionItem]], lead: str = "其中", most: int | None = None) -> str:
    """…经批准延期的整改措施…条，原因：…。: how many measures were extended (one sequence of
    延期 per measure), and why, each reason once; '' when none was. The report says 其中, a
    summary 本季度 or 本年度; ``most``: each reason cut to that many characters and …"""
    extended = [x for x in extended if x]
    if not extended:
        return ""
    reasons = list(dict.fromkeys(x.reason for one in extended for x in one))
    if most is not None:
        reasons = [r if len(r) <= most else r[:most] + "…" for r in reasons]
    return f"{lead}经批准延期的整改措施{len(extended)}条，原因：{'；'.join(reasons)}。"


def deadline_lines(measure: MeasureItem) -> list[str]:
    """整改时限: the current deadline, and the original one when it was extended."""
    if measure.deadline is None:
        return []
    if not measure.extensions:
        return [zh_date(measure.deadline)]
    return [zh_date(measure.deadline), f"原定{zh_date(measure.original_deadline)}"]


def problem_text(problem: ProblemItem) -> str:
    """问题: its title; a problem found on a visit says where and when."""
    if problem.source is not Source.VISIT:
        return problem.title
    where = "，".join(
        x for x in (problem.centre or "", f"{zh_date(problem.found_on)}走访发现" if problem.found_on else "") if x
    )
    return f"{problem.title}\n（{where}）" if where else problem.title
