"""What the quarterly and annual summaries (挂钩联系工作汇总) show, read from the database in a few queries.

:func:`summary_data` gathers, for one quarter or one year as of a reference date: per
pairing the counts of each status per obligation (a quarter: contact, visit, report, as
SPEC's ``--quarter`` rows, a week by its Thursday; a year adds the review) and the
completion rate; the same per member, per centre and in total; each missed or exempt
period (未完成明细) with the exemption behind it; the span's contact records and reports
with their 补录 flag; the problems found on visits in the span, and those found earlier
and still open (overdue first); the exemptions that touch the span, with their reasons;
a year's reviews and their scores; and the 落款 from the settings. The statuses are the
engine's (:func:`hdrectify.store.cadence.cadence_view`), so the summary always agrees
with ``hdrectify status``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from hdrectify.domain import wording
from hdrectify.domain.cadence import (
    OBLIGATIONS,
    Obligation,
    Status,
    StatusRow,
    Totals,
    totals,
)
from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.scans import SignedMonth
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.ledger_report import ExtensionItem, extended_sentence, extensions_by_measure
from hdrectify.store.rubric import ItemScore, item_scores_of_year
from hdrectify.store.senders import DataThrough, data_through
from hdrectify.store.summary_queries import carried, exemption_rows, exemptions, missed, problems, records, scores
from hdrectify.store.summary_rows import ExemptionRow, MissedRow, ProblemRow, RecordRow

EXTENSION_REASON_MOST = 200  # characters of each 延期 reason a summary's paragraph quotes

# SPEC: --quarter gives contact, visit and report rows (the review is a year's); --year adds the review
QUARTER_OBLIGATIONS: tuple[Obligation, ...] = (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT)
YEAR_OBLIGATIONS: tuple[Obligation, ...] = OBLIGATIONS

# the 落款 settings: 填报单位 (empty: the federation's name), 制表人, 审核人
SIGNOFF_SETTINGS = ("summary_unit", "summary_preparer", "summary_reviewer")


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
    member_id: str  # two members may share a name: they are counted apart by this
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
    review: Status | None = None  # a year's: None when no review is owed (or a quarter)
    score: int | None = None  # the review's score, if one was submitted
    review_on: dt.date | None = None

    @property
    def completion_rate(self) -> float | None:
        return self.totals.completion_rate


@dataclass(frozen=True)
class MemberSummary:
    """A member's span over all the pairings they held in it: the sum of those pairings' counts."""

    member: str
    centres: tuple[str, ...]
    by_obligation: dict[Obligation, Totals]
    totals: Totals

    @property
    def completion_rate(self) -> float | None:
        return self.totals.completion_rate


@dataclass(frozen=True)
class SignOff:
    """The 落款 under a summary: 填报单位, 制表人, 审核人 (the date is the print date)."""

    unit: str
    preparer: str
    reviewer: str


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
class SummaryData:
    """Everything the quarterly (or annual) summary shows."""

    quarter: Period  # the span summarised: a quarter, or a year for the annual summary
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
    obligations: tuple[Obligation, ...] = QUARTER_OBLIGATIONS
    member_totals: list[MemberSummary] = field(default_factory=list)  # by member, as the pairings
    missed: list[MissedRow] = field(default_factory=list)  # by member, centre, obligation, period
    carried: list[ProblemRow] = field(default_factory=list)  # found before the span, still open; overdue first
    signoff: SignOff = SignOff("", "", "")
    # per pairing and owed month of the span, whether its signed checklist is on file (hdrectify scans import)
    signed: list[SignedMonth] = field(default_factory=list)
    # of an annual summary, per pairing id, the items of its review when scored item by item (store/rubric.py)
    review_items: dict[str, list[ItemScore]] = field(default_factory=dict)
    # per member, how far the data received from their computer runs (store/senders.py); empty when
    # no member computer sends bundles here
    data_through: list[DataThrough] = field(default_factory=list)
    # the measures extended (延期) in the span up to as_of, by id, each with those extensions (store/ledger_report.py)
    extended: dict[str, list[ExtensionItem]] = field(default_factory=dict)

    @property
    def annual(self) -> bool:
        return self.quarter.kind is Kind.YEAR

    @property
    def span_zh(self) -> str:
        """2024年第1季度, or 2024年度."""
        return period_zh(self.quarter)

    @property
    def this_zh(self) -> str:
        """本季度 or 本年度."""
        return "本年度" if self.annual else "本季度"

    @property
    def members(self) -> int:
        return len({p.member_id for p in self.pairings})

    @property
    def reviews(self) -> list[PairingSummary]:
        """The pairings that owe the year's review (annual summary only), by town and centre (pinyin)."""
        return sorted(
            (p for p in self.pairings if p.review is not None),
            key=lambda p: (zh_key(p.town), zh_key(p.centre), p.start),
        )

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
        this = self.this_zh
        parts = [
            # the centres paired in the span, not "the county's": a centre without a pairing is not counted
            f"{self.span_zh}，{len(self.centres)}个康园中心由{self.members}名党员挂钩联系"
            f"（共{len(self.pairings)}对挂钩关系）。",
            f"{this}应完成每周联系{_counts(c, '次')}；",
            f"每月到岗应完成{_counts(v, '次')}；",
            f"季度汇报应提交{_report_counts(r)}"
            + (f"；年度考评应完成{_report_counts(self.by_obligation[Obligation.REVIEW])}。" if self.annual else "。"),
            f"总体完成率为{wording.percent(self.totals.completion_rate)}。"
            if self.totals.completion_rate is not None
            else "尚无到期的期数，暂不计算完成率。",
        ]
        if self.problems:
            open_ = len(self.problems) - self.problems_done
            parts.append(
                f"{this}走访发现问题{len(self.problems)}个，已整改{self.problems_done}个"
                + (f"，尚未整改完成{open_}个" if open_ else "")
                + "。"
            )
        else:
            parts.append(f"{this}走访未发现问题。")
        # each reason by its start: the whole of it is in the ledger, and an XLSX cell holds 32,767 characters
        parts.append(extended_sentence(self.extended.values(), lead=this, most=EXTENSION_REASON_MOST))
        if self.carried:
            overdue = sum(1 for p in self.carried if p.overdue_days(self.as_of))
            parts.append(
                f"此前发现、尚未整改完成的问题{len(self.carried)}个"
                + (f"，其中逾期{overdue}个" if overdue else "")
                + "。"
            )
        backfilled = len(self.backfilled)
        if backfilled:
            parts.append(f"补录记录{backfilled}条，已计入完成情况。")
        parts.append(f"（统计截至{wording.date_text(self.as_of)}。）")
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


def quarter_zh(quarter: Period) -> str:
    """2024年第1季度 (one spelling everywhere: :func:`hdrectify.domain.wording.quarter_text`)."""
    return wording.quarter_text(quarter.year, quarter.index)


def period_zh(span: Period) -> str:
    """A summary's span as an office writes it: 2024年第1季度, or 2024年度."""
    return wording.year_text(span.year, wording.YEAR_WHOLE) if span.kind is Kind.YEAR else quarter_zh(span)


def signoff(store: Store) -> SignOff:
    """The 落款 from the settings; 填报单位 defaults to the federation's name."""
    unit, preparer, reviewer = (str(store.setting(k) or "").strip() for k in SIGNOFF_SETTINGS)
    return SignOff(unit or str(store.setting("federation_name") or ""), preparer, reviewer)


def summary_data(store: Store, quarter: Period, as_of: dt.date | None = None) -> SummaryData:
    """The summary of ``quarter`` (a quarter, or a year for the annual summary) as of ``as_of`` (default today).

    Raises InputError when no pairing owes anything in the span: there is nothing
    to summarise, and an empty document would only mislead.
    """
    if quarter.kind not in (Kind.QUARTER, Kind.YEAR):
        raise InputError("summary.not_quarter_or_year", None, text=str(quarter))
    obligations = YEAR_OBLIGATIONS if quarter.kind is Kind.YEAR else QUARTER_OBLIGATIONS
    as_of = as_of or dt.date.today()
    view = cadence_view(store, quarter, as_of)
    rows_by_pairing: dict[str, list[StatusRow]] = defaultdict(list)
    for row in view.rows():
        if row.obligation in obligations:
            rows_by_pairing[row.pairing_id].append(row)
    infos = [p for p in view.pairings if rows_by_pairing.get(p.pairing.id)]
    if not infos:
        raise InputError("summary.nobody_paired", None, period=period_zh(quarter))
    settings = store.cadence_settings()
    ids = [info.pairing.id for info in infos]
    found_scores = scores(store, quarter, as_of, ids) if quarter.kind is Kind.YEAR else {}

    pairings: list[PairingSummary] = []
    by_centre: dict[str, list[StatusRow]] = defaultdict(list)
    by_member: dict[str, list[StatusRow]] = defaultdict(list)
    centre_info: dict[str, tuple[str, str, list[str]]] = {}
    member_centres: dict[str, list[str]] = defaultdict(list)
    for info in infos:
        mine = rows_by_pairing[info.pairing.id]
        report = next((r for r in mine if r.obligation is Obligation.REPORT), None)
        review = next((r for r in mine if r.obligation is Obligation.REVIEW), None)
        score = found_scores.get(info.pairing.id)
        pairings.append(
            PairingSummary(
                pairing_id=info.pairing.id,
                member_id=info.member_id,
                member=info.member,
                centre=info.centre,
                town=info.town,
                start=info.pairing.start,
                end=info.pairing.end,
                by_obligation={ob: totals(r for r in mine if r.obligation is ob) for ob in obligations},
                totals=totals(mine),
                # a year owes four reports: the pairing table shows them as counts, not one status
                report=report.status if report and quarter.kind is Kind.QUARTER else None,
                report_on=report.met_on if report and quarter.kind is Kind.QUARTER else None,
                report_backfilled=report.backfilled if report and quarter.kind is Kind.QUARTER else False,
                review=review.status if review else None,
                score=score[0] if review and score and review.status in (Status.DONE, Status.LATE) else None,
                review_on=review.met_on if review else None,
            )
        )
        by_centre[info.centre_id].extend(mine)
        by_member[info.member_id].extend(mine)
        members = centre_info.setdefault(info.centre_id, (info.centre, info.town, []))[2]
        if info.member not in members:
            members.append(info.member)
        if info.centre not in member_centres[info.member_id]:
            member_centres[info.member_id].append(info.centre)
    centres = [
        CentreSummary(name, town, tuple(members), totals(by_centre[cid]))
        for cid, (name, town, members) in centre_info.items()
    ]
    centres.sort(key=lambda c: (-(c.completion_rate if c.completion_rate is not None else -1.0), zh_key(c.centre)))
    names = {info.member_id: info.member for info in infos}
    member_totals = [
        MemberSummary(
            names[mid],
            tuple(member_centres[mid]),
            {ob: totals(r for r in mine if r.obligation is ob) for ob in obligations},
            totals(mine),
        )
        for mid, mine in by_member.items()
    ]

    all_rows = [r for info in infos for r in rows_by_pairing[info.pairing.id]]
    found = exemption_rows(store, quarter, ids, obligations)
    return SummaryData(
        quarter=quarter,
        as_of=as_of,
        weeks=len(quarter.subperiods(Kind.WEEK)),
        backfill_days=settings.backfill_days,
        pairings=pairings,
        centres=centres,
        records=records(store, quarter, as_of, ids, settings),
        problems=problems(store, quarter, as_of),
        exemptions=exemptions(found, all_rows),
        by_obligation={ob: totals(r for r in all_rows if r.obligation is ob) for ob in obligations},
        totals=totals(all_rows),
        obligations=obligations,
        member_totals=member_totals,
        missed=missed(infos, rows_by_pairing, found),
        carried=carried(store, quarter, as_of),
        signoff=signoff(store),
        signed=_signed(store, quarter, infos, rows_by_pairing),
        review_items=item_scores_of_year(store, quarter.year) if quarter.kind is Kind.YEAR else {},
        data_through=data_through(store, sorted(names, key=lambda mid: zh_key(names[mid]))),
        extended=extensions_by_measure(store, quarter.first_day, min(quarter.last_day, as_of)),
    )


def _signed(
    store: Store, span: Period, infos: list[Any], rows_by_pairing: dict[str, list[StatusRow]]
) -> list[SignedMonth]:
    """Each pairing's owed visit months of the span, in the pairings' order, with the scans on file; not a
    month whose visit was exempt (免), for which no visit and so no signed checklist is expected."""
    from hdrectify.store.scans import months_on_file

    months = span.subperiods(Kind.MONTH)
    on_file = months_on_file(store, str(months[0]), str(months[-1]))
    return [
        SignedMonth(
            info.member,
            info.centre,
            info.town,
            str(row.period),
            *on_file.get((info.pairing.id, str(row.period)), (0, 0)),
        )
        for info in infos
        for row in rows_by_pairing[info.pairing.id]
        if row.obligation is Obligation.VISIT and row.status is not Status.EXEMPT
    ]
