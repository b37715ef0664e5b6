"""What the quarterly summary (季度挂钩联系工作汇总) shows, read from the database in a few queries.

:func:`summary_data` gathers, for one quarter as of a reference date: per pairing the
counts of each status per obligation (contact, visit, report: SPEC's ``--quarter``
rows, a week by its Thursday) and the completion rate; the same per centre and in
total; the quarter's contact records and reports with their 补录 flag; the problems
found on visits in the quarter with the state of their measures; and the exemptions
that touch the quarter, with their reasons. The statuses are the engine's
(:func:`hdrectify.store.cadence.cadence_view`), so the summary always agrees with
``hdrectify status --quarter``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from hdrectify.domain.cadence import Method, Obligation, Settings, Status, StatusRow, Totals, is_backfilled, totals
from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source, problem_status
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view, span_bounds

# SPEC: --quarter gives contact, visit and report rows (the review is a year's)
QUARTER_OBLIGATIONS: tuple[Obligation, ...] = (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT)


def met(t: Totals) -> int:
    """Done or late: what counts as met in the completion rate."""
    return t.done + t.late


def not_yet_due(t: Totals) -> int:
    """未到期: due or upcoming, neither counted in the completion rate yet."""
    return t.due + t.upcoming


def owed(t: Totals) -> int:
    """应完成: every owed period that is not exempt."""
    return t.done + t.late + t.missed + t.due + t.upcoming


@dataclass(frozen=True)
class PairingSummary:
    """One pairing's quarter: counts per obligation, the report, the completion rate."""

    pairing_id: str
    member: str
    centre: str
    town: str
    start: dt.date
    end: dt.date | None
    by_obligation: dict[Obligation, Totals]
    totals: Totals
    report: Status | None  # None: this pairing owes no report for the quarter
    report_on: dt.date | None  # the day the report was submitted, if it was
    report_backfilled: bool

    @property
    def completion_rate(self) -> float | None:
        return self.totals.completion_rate


@dataclass(frozen=True)
class CentreSummary:
    """A centre's quarter, over all the pairings it had in it (a reassigned centre has two)."""

    centre: str
    town: str
    members: tuple[str, ...]
    totals: Totals

    @property
    def completion_rate(self) -> float | None:
        return self.totals.completion_rate


@dataclass(frozen=True)
class RecordRow:
    """A contact record or a quarterly report of the quarter."""

    kind: str  # "contact" or "report"
    date: dt.date
    recorded_on: dt.date
    member: str
    centre: str
    town: str
    method: Method | None  # contacts only
    note: str
    problems: str
    backfilled: bool  # 补录: entered more than the backfill limit after its date

    @property
    def label_zh(self) -> str:
        """电话, 微信, 到岗, 会议, 其他, or 季度汇报."""
        return self.method.label_zh if self.method is not None else Obligation.REPORT.label_zh


@dataclass(frozen=True)
class MeasureRow:
    no: int
    text: str
    person: str
    deadline: dt.date | None
    status: MeasureStatus
    closed_on: dt.date | None


@dataclass(frozen=True)
class ProblemRow:
    """A problem found on a visit in the quarter, with its measures' current state."""

    no: int | None  # None: 待编号
    title: str
    detail: str
    centre: str
    town: str
    member: str  # who made the visit ("" if not known)
    found_on: dt.date
    measures: tuple[MeasureRow, ...]

    @property
    def status(self) -> MeasureStatus:
        return problem_status(m.status for m in self.measures)


@dataclass(frozen=True)
class ExemptionRow:
    """An exemption (免) touching the quarter; ``member``/``centre`` are None when it covers all pairings."""

    obligation: Obligation
    start: dt.date
    end: dt.date
    reason: str
    member: str | None
    centre: str | None
    periods: int  # how many of the quarter's owed periods it made exempt

    @property
    def for_all(self) -> bool:
        return self.centre is None

    @property
    def scope_zh(self) -> str:
        return "所有挂钩" if self.for_all else f"{self.member}—{self.centre}"


@dataclass(frozen=True)
class SummaryData:
    """Everything the quarterly summary shows."""

    quarter: Period
    as_of: dt.date
    weeks: int  # weeks that belong to the quarter (by their Thursday)
    backfill_days: int  # a record entered more than this many days after its date is 补录
    pairings: list[PairingSummary]
    centres: list[CentreSummary]  # by completion rate, highest first
    records: list[RecordRow]  # by date, member, centre
    problems: list[ProblemRow]
    exemptions: list[ExemptionRow]
    by_obligation: dict[Obligation, Totals]
    totals: Totals

    @property
    def members(self) -> int:
        return len({p.member for p in self.pairings})

    @property
    def backfilled(self) -> list[RecordRow]:
        return [r for r in self.records if r.backfilled]

    @property
    def problems_done(self) -> int:
        return sum(1 for p in self.problems if p.status is MeasureStatus.DONE)

    @property
    def finished(self) -> bool:
        """True once nothing of the quarter is due or upcoming any more."""
        return not_yet_due(self.totals) == 0

    def draft(self) -> str:
        """A paragraph of totals the office can paste into its own report."""
        c = self.by_obligation[Obligation.CONTACT]
        v = self.by_obligation[Obligation.VISIT]
        r = self.by_obligation[Obligation.REPORT]
        parts = [
            f"{quarter_zh(self.quarter)}，全县{len(self.centres)}个康园中心由{self.members}名党员挂钩联系"
            f"（共{len(self.pairings)}对挂钩关系）。",
            f"本季度应完成每周联系{_counts(c, '次')}；",
            f"每月到岗应完成{_counts(v, '次')}；",
            f"季度汇报应提交{_report_counts(r)}。",
            f"总体完成率为{pct(self.totals.completion_rate)}。"
            if self.totals.completion_rate is not None
            else "尚无到期的期数，暂不计算完成率。",
        ]
        if self.problems:
            open_ = len(self.problems) - self.problems_done
            parts.append(
                f"本季度走访发现问题{len(self.problems)}个，已整改{self.problems_done}个"
                + (f"，尚未整改完成{open_}个" if open_ else "")
                + "。"
            )
        else:
            parts.append("本季度走访未发现问题。")
        backfilled = len(self.backfilled)
        if backfilled:
            parts.append(f"补录记录{backfilled}条，已计入完成情况。")
        parts.append(f"（统计截至{zh_date(self.as_of)}。）")
        return "".join(parts)


def _counts(t: Totals, unit: str) -> str:
    """ "221次，已完成200次，未完成21次，另有17次因故免除" for one obligation."""
    text = f"{owed(t)}{unit}，已完成{met(t)}{unit}，未完成{t.missed}{unit}"
    if not_yet_due(t):
        text += f"，{not_yet_due(t)}{unit}尚未到期"
    if t.exempt:
        text += f"，另有{t.exempt}{unit}因故免除"
    return text


def _report_counts(t: Totals) -> str:
    pending = not_yet_due(t)
    if pending and not met(t) and not t.missed:
        text = f"{owed(t)}份，均未到提交期限"
    else:
        text = f"{owed(t)}份，按时提交{t.done}份"
        if t.late:
            text += f"，逾期提交{t.late}份"
        text += f"，未提交{t.missed}份"
        if pending:
            text += f"，{pending}份尚未到提交期限"
    if t.exempt:
        text += f"，{t.exempt}份免交"
    return text


_QUARTER_ZH = {1: "一", 2: "二", 3: "三", 4: "四"}


def quarter_zh(quarter: Period) -> str:
    """2024年第一季度, as an office writes it."""
    return f"{quarter.year}年第{_QUARTER_ZH[quarter.index]}季度"


def pct(rate: float | None) -> str:
    """92.3%, or — when nothing is counted."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def zh_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def summary_data(store: Store, quarter: Period, as_of: dt.date | None = None) -> SummaryData:
    """The quarterly summary of ``quarter`` as of ``as_of`` (default today).

    Raises InputError when no pairing owes anything in the quarter: there is nothing
    to summarise, and an empty document would only mislead.
    """
    if quarter.kind is not Kind.QUARTER:
        raise InputError(f"“{quarter}”不是季度：请写成 2024-Q1 的形式")
    as_of = as_of or dt.date.today()
    view = cadence_view(store, quarter, as_of)
    rows_by_pairing: dict[str, list[StatusRow]] = defaultdict(list)
    for row in view.rows():
        rows_by_pairing[row.pairing_id].append(row)
    infos = [p for p in view.pairings if rows_by_pairing.get(p.pairing.id)]
    if not infos:
        raise InputError(
            f"{quarter_zh(quarter)}没有挂钩关系，无可汇总：请先添加挂钩（hdrectify pair 或“人员”页），或换一个季度"
        )
    settings = store.cadence_settings()

    pairings: list[PairingSummary] = []
    by_centre: dict[str, list[StatusRow]] = defaultdict(list)
    centre_info: dict[str, tuple[str, str, list[str]]] = {}
    for info in infos:
        mine = rows_by_pairing[info.pairing.id]
        report = next((r for r in mine if r.obligation is Obligation.REPORT), None)
        pairings.append(
            PairingSummary(
                pairing_id=info.pairing.id,
                member=info.member,
                centre=info.centre,
                town=info.town,
                start=info.pairing.start,
                end=info.pairing.end,
                by_obligation={ob: totals(r for r in mine if r.obligation is ob) for ob in QUARTER_OBLIGATIONS},
                totals=totals(mine),
                report=report.status if report else None,
                report_on=report.met_on if report else None,
                report_backfilled=report.backfilled if report else False,
            )
        )
        by_centre[info.centre_id].extend(mine)
        members = centre_info.setdefault(info.centre_id, (info.centre, info.town, []))[2]
        if info.member not in members:
            members.append(info.member)
    centres = [
        CentreSummary(name, town, tuple(members), totals(by_centre[cid]))
        for cid, (name, town, members) in centre_info.items()
    ]
    centres.sort(key=lambda c: (-(c.completion_rate if c.completion_rate is not None else -1.0), zh_key(c.centre)))

    all_rows = [r for info in infos for r in rows_by_pairing[info.pairing.id]]
    ids = [info.pairing.id for info in infos]
    return SummaryData(
        quarter=quarter,
        as_of=as_of,
        weeks=len(quarter.subperiods(Kind.WEEK)),
        backfill_days=settings.backfill_days,
        pairings=pairings,
        centres=centres,
        records=_records(store, quarter, as_of, ids, settings),
        problems=_problems(store, quarter, as_of),
        exemptions=_exemptions(store, quarter, ids, all_rows),
        by_obligation={ob: totals(r for r in all_rows if r.obligation is ob) for ob in QUARTER_OBLIGATIONS},
        totals=totals(all_rows),
    )


def _in(ids: list[str]) -> str:
    return ", ".join("?" for _ in ids)


def _records(store: Store, quarter: Period, as_of: dt.date, ids: list[str], settings: Settings) -> list[RecordRow]:
    """Contacts that meet something of the quarter, and the quarter's reports; none dated after ``as_of``.

    A contact belongs to the quarter when its week does (by the Thursday), or, if on
    site, when its month does: so a visit on 31 March of a week that belongs to April
    is in the first quarter's list (it met March's visit) and in the second's.
    """
    first, last = span_bounds(quarter)
    people = (
        " JOIN pairings p ON p.id = x.pairing_id JOIN members m ON m.id = p.member_id"
        " JOIN centres c ON c.id = p.centre_id"
    )
    out: list[RecordRow] = []
    for r in store.rows(
        "SELECT x.date, x.method, x.note, x.problems, x.recorded_at, m.name AS member, c.name AS centre, c.town"
        f" FROM contacts x{people}"
        f" WHERE x.deleted_at IS NULL AND x.date BETWEEN ? AND ? AND x.date <= ? AND x.pairing_id IN ({_in(ids)})",
        [first.isoformat(), last.isoformat(), as_of.isoformat(), *ids],
    ):
        day = dt.date.fromisoformat(r["date"][:10])
        method = Method(r["method"])
        if not (
            Period.week_of(day).within(quarter) or (method is Method.ONSITE and Period.month_of(day).within(quarter))
        ):
            continue
        recorded = dt.date.fromisoformat(r["recorded_at"][:10])
        out.append(
            RecordRow(
                "contact",
                day,
                recorded,
                r["member"],
                r["centre"],
                r["town"],
                method,
                r["note"],
                r["problems"],
                is_backfilled(day, recorded, settings),
            )
        )
    for r in store.rows(
        "SELECT x.submitted_on, x.note, x.recorded_at, m.name AS member, c.name AS centre, c.town"
        f" FROM reports x{people}"
        f" WHERE x.deleted_at IS NULL AND x.quarter = ? AND x.submitted_on <= ? AND x.pairing_id IN ({_in(ids)})",
        [str(quarter), as_of.isoformat(), *ids],
    ):
        day = dt.date.fromisoformat(r["submitted_on"][:10])
        recorded = dt.date.fromisoformat(r["recorded_at"][:10])
        out.append(
            RecordRow(
                "report",
                day,
                recorded,
                r["member"],
                r["centre"],
                r["town"],
                None,
                r["note"],
                "",
                is_backfilled(day, recorded, settings),
            )
        )
    out.sort(key=lambda x: (x.date, zh_key(x.member), zh_key(x.centre), x.kind))
    return out


def _problems(store: Store, quarter: Period, as_of: dt.date) -> list[ProblemRow]:
    """Problems found on visits in the calendar quarter (up to ``as_of``), with their measures."""
    last = min(quarter.last_day, as_of)
    problems = store.rows(
        "SELECT lp.id, lp.no, lp.title, lp.detail, lp.found_on, c.name AS centre, c.town,"
        " (SELECT m.name FROM contacts x JOIN pairings p ON p.id = x.pairing_id"
        "  JOIN members m ON m.id = p.member_id WHERE x.id = lp.contact_id) AS member"
        " FROM ledger_problems lp LEFT JOIN centres c ON c.id = lp.centre_id"
        " WHERE lp.source = ? AND lp.found_on BETWEEN ? AND ? ORDER BY lp.found_on, lp.no IS NULL, lp.no",
        [Source.VISIT.value, quarter.first_day.isoformat(), last.isoformat()],
    )
    if not problems:
        return []
    measures: dict[str, list[MeasureRow]] = defaultdict(list)
    for m in store.rows(
        "SELECT problem_id, no, text, person, deadline, status, closed_at FROM ledger_measures"
        f" WHERE problem_id IN ({_in([p['id'] for p in problems])}) ORDER BY problem_id, no",
        [p["id"] for p in problems],
    ):
        measures[m["problem_id"]].append(
            MeasureRow(
                m["no"], m["text"], m["person"], _date(m["deadline"]), MeasureStatus(m["status"]), _date(m["closed_at"])
            )
        )
    return [
        ProblemRow(
            no=p["no"],
            title=p["title"],
            detail=p["detail"],
            centre=p["centre"] or "",
            town=p["town"] or "",
            member=p["member"] or "",
            found_on=dt.date.fromisoformat(p["found_on"][:10]),
            measures=tuple(measures.get(p["id"], ())),
        )
        for p in problems
    ]


def _exemptions(store: Store, quarter: Period, ids: list[str], rows: list[StatusRow]) -> list[ExemptionRow]:
    """Exemptions of the quarter's obligations that overlap its span: for all pairings, or for one of these."""
    first, last = span_bounds(quarter)
    obligations = [ob.value for ob in QUARTER_OBLIGATIONS]
    found = store.rows(
        "SELECT e.pairing_id, e.obligation, e.start_on, e.end_on, e.reason, m.name AS member, c.name AS centre"
        " FROM exemptions e LEFT JOIN pairings p ON p.id = e.pairing_id"
        " LEFT JOIN members m ON m.id = p.member_id LEFT JOIN centres c ON c.id = p.centre_id"
        f" WHERE e.deleted_at IS NULL AND e.start_on <= ? AND e.end_on >= ? AND e.obligation IN ({_in(obligations)})"
        f" AND (e.pairing_id IS NULL OR e.pairing_id IN ({_in(ids)}))"
        " ORDER BY e.start_on, e.obligation, e.pairing_id IS NOT NULL, m.name, c.name",
        [last.isoformat(), first.isoformat(), *obligations, *ids],
    )
    exempt = [r for r in rows if r.status is Status.EXEMPT]
    out: list[ExemptionRow] = []
    for e in found:
        ob = Obligation(e["obligation"])
        start, end = dt.date.fromisoformat(e["start_on"]), dt.date.fromisoformat(e["end_on"])
        covered = sum(
            1
            for r in exempt
            if r.obligation is ob
            and (e["pairing_id"] is None or r.pairing_id == e["pairing_id"])
            and start <= r.period.first_day
            and r.period.last_day <= end
        )
        out.append(ExemptionRow(ob, start, end, e["reason"], e["member"], e["centre"], covered))
    return out
