"""What a member's quarterly report draft (季度汇报草稿) says, read from the database. No Qt, no docx.

One pairing and quarter: its contact records of the quarter (date, method, what was seen), the
problems found on visits to the centre with their measures and progress (from the ledger), and the
quarter's completion figures from the cadence engine — the very rows ``status --quarter`` prints for
that pairing, as of the same day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hdrectify.domain.cadence import Method, Obligation, Status, StatusRow, Totals, totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.base import Row, Store
from hdrectify.store.cadence import cadence_view, span_bounds
from hdrectify.store.records import pairing_owing
from hdrectify.store.summary_queries import contact_belongs

# the obligations a quarter's figures count, in the order the draft lists them
DRAFT_OBLIGATIONS = (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT)


@dataclass(frozen=True)
class DraftContact:
    day: dt.date
    method: str  # Method value
    note: str
    problems: str  # the lines of problems found, as logged


@dataclass(frozen=True)
class DraftMeasure:
    no: int
    text: str
    status: str  # MeasureStatus value
    deadline: str | None
    closed_at: str | None
    progress: list[tuple[str, str]]  # (date, text), oldest first


@dataclass(frozen=True)
class DraftProblem:
    no: int | None  # None: not numbered yet (待编号)
    title: str
    found_on: str | None
    measures: list[DraftMeasure]


@dataclass(frozen=True)
class Figures:
    """The statuses of one obligation's owed periods in the quarter, counted."""

    obligation: Obligation
    counts: dict[Status, int]

    @property
    def owed(self) -> int:
        """应完成: every owed period that is not exempt, as the quarterly summary counts it."""
        return sum(n for status, n in self.counts.items() if status is not Status.EXEMPT)


@dataclass
class ReportDraft:
    member: str
    centre: str
    town: str
    quarter: Period
    as_of: dt.date
    federation: str
    contacts: list[DraftContact] = field(default_factory=list)
    problems: list[DraftProblem] = field(default_factory=list)
    rows: list[StatusRow] = field(default_factory=list)

    @property
    def figures(self) -> list[Figures]:
        found = []
        for ob in DRAFT_OBLIGATIONS:
            counts = dict.fromkeys(Status, 0)
            for r in self.rows:
                if r.obligation is ob:
                    counts[r.status] += 1
            found.append(Figures(ob, counts))
        return found

    @property
    def totals(self) -> Totals:
        return totals(self.rows)


def report_draft(store: Store, member: Row, centre: Row, quarter: Period, as_of: dt.date | None = None) -> ReportDraft:
    """The draft's content for ``member`` and ``centre`` in ``quarter`` (InputError if that pairing does
    not owe the quarter, as for ``hdrectify report``)."""
    if quarter.kind is not Kind.QUARTER:
        raise ValueError(quarter)
    as_of = as_of or dt.date.today()
    pairing = pairing_owing(store, member, centre, quarter)
    # the contacts the figures count, as the summary lists them: by their week's Thursday (a visit by its month too)
    first, last = span_bounds(quarter)
    contacts = []
    for r in store.rows(
        "SELECT date, method, note, problems FROM contacts WHERE pairing_id = ? AND deleted_at IS NULL"
        " AND date BETWEEN ? AND ? ORDER BY date, recorded_at",
        [pairing["id"], first.isoformat(), min(last, as_of).isoformat()],
    ):
        day = dt.date.fromisoformat(r["date"][:10])
        if contact_belongs(day, Method(r["method"]), quarter):
            contacts.append(DraftContact(day, r["method"], r["note"] or "", r["problems"] or ""))
    view = cadence_view(store, quarter, as_of, member["id"])
    rows = [r for r in view.rows() if r.pairing_id == pairing["id"]]
    return ReportDraft(
        member=member["name"],
        centre=centre["name"],
        town=centre["town"] or "",
        quarter=quarter,
        as_of=as_of,
        federation=str(store.setting("federation_name") or ""),
        contacts=contacts,
        problems=_visit_problems(store, centre["id"], quarter),
        rows=rows,
    )


def _visit_problems(store: Store, centre_id: str, quarter: Period) -> list[DraftProblem]:
    """Problems found on visits to the centre by the quarter's end, except those all of whose measures
    were closed before it began (reported already)."""
    found: list[DraftProblem] = []
    start = quarter.first_day.isoformat()
    for p in store.rows(
        "SELECT id, no, title, found_on FROM ledger_problems WHERE source = 'visit' AND centre_id = ?"
        " AND (found_on IS NULL OR found_on <= ?) ORDER BY found_on, no IS NULL, no, created_at",
        [centre_id, quarter.last_day.isoformat()],
    ):
        measures = []
        for m in store.rows(
            "SELECT id, no, text, status, deadline, closed_at FROM ledger_measures WHERE problem_id = ? ORDER BY no",
            [p["id"]],
        ):
            progress = [
                (r["date"], r["text"])
                for r in store.rows(
                    "SELECT date, text FROM ledger_progress WHERE measure_id = ? ORDER BY date, created_at", [m["id"]]
                )
            ]
            measures.append(DraftMeasure(m["no"], m["text"], m["status"], m["deadline"], m["closed_at"], progress))
        if measures and all(m.status == "done" and (m.closed_at or "")[:10] < start for m in measures):
            continue
        found.append(DraftProblem(p["no"], p["title"], p["found_on"], measures))
    return found
