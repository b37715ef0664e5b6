"""The queries behind :mod:`hdrectify.store.summary`: records, problems, exemptions, missed periods, scores."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from hdrectify.domain.cadence import Method, Obligation, Settings, Status, StatusRow, is_backfilled
from hdrectify.domain.collation import zh_key
from hdrectify.domain.ledger import MeasureStatus, Source
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.wording import date_text as zh_date
from hdrectify.store.base import Store
from hdrectify.store.cadence import PairingInfo, span_bounds
from hdrectify.store.summary_rows import (
    ExemptionRow,
    MeasureRow,
    MissedRow,
    ProblemRow,
    RecordRow,
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


def in_(ids: list[str]) -> str:
    return ", ".join("?" for _ in ids)


def contact_belongs(day: dt.date, method: Method, span: Period) -> bool:
    """Whether a contact of ``day`` counts in ``span``: its week does (by the Thursday), or, on site,
    its month does."""
    return Period.week_of(day).within(span) or (method is Method.ONSITE and Period.month_of(day).within(span))


def records(store: Store, quarter: Period, as_of: dt.date, ids: list[str], settings: Settings) -> list[RecordRow]:
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
    quarters = [str(q) for q in quarter.subperiods(Kind.QUARTER)] if quarter.kind is Kind.YEAR else [str(quarter)]
    out: list[RecordRow] = []
    for r in store.rows(
        "SELECT x.date, x.method, x.note, x.problems, x.recorded_at, m.name AS member, c.name AS centre, c.town"
        f" FROM contacts x{people}"
        f" WHERE x.deleted_at IS NULL AND x.date BETWEEN ? AND ? AND x.date <= ? AND x.pairing_id IN ({in_(ids)})",
        [first.isoformat(), last.isoformat(), as_of.isoformat(), *ids],
    ):
        day = dt.date.fromisoformat(r["date"][:10])
        method = Method(r["method"])
        if not contact_belongs(day, method, quarter):
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
        f" WHERE x.deleted_at IS NULL AND x.quarter IN ({in_(quarters)}) AND x.submitted_on <= ?"
        f" AND x.pairing_id IN ({in_(ids)})",
        [*quarters, as_of.isoformat(), *ids],
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


def problems(store: Store, quarter: Period, as_of: dt.date) -> list[ProblemRow]:
    """Problems found on visits in the span (up to ``as_of``), with their measures."""
    last = min(quarter.last_day, as_of)
    return load_problems(
        store,
        "lp.found_on BETWEEN ? AND ? ORDER BY lp.found_on, lp.no IS NULL, lp.no",
        [quarter.first_day.isoformat(), last.isoformat()],
    )


def carried(store: Store, quarter: Period, as_of: dt.date) -> list[ProblemRow]:
    """Problems found on visits before the span and not yet closed: the most overdue first, then by date found."""
    found = load_problems(
        store, "lp.found_on < ? ORDER BY lp.found_on, lp.no IS NULL, lp.no", [quarter.first_day.isoformat()]
    )
    still_open = [p for p in found if p.status is not MeasureStatus.DONE]
    return sorted(still_open, key=lambda p: -p.overdue_days(as_of))


def load_problems(store: Store, where: str, params: list[str]) -> list[ProblemRow]:
    problems = store.rows(
        "SELECT lp.id, lp.no, lp.title, lp.detail, lp.found_on, c.name AS centre, c.town,"
        " (SELECT m.name FROM contacts x JOIN pairings p ON p.id = x.pairing_id"
        "  JOIN members m ON m.id = p.member_id WHERE x.id = lp.contact_id) AS member"
        " FROM ledger_problems lp LEFT JOIN centres c ON c.id = lp.centre_id"
        f" WHERE lp.source = ? AND {where}",
        [Source.VISIT.value, *params],
    )
    if not problems:
        return []
    measures: dict[str, list[MeasureRow]] = defaultdict(list)
    for m in store.rows(
        "SELECT problem_id, no, text, person, deadline, status, closed_at FROM ledger_measures"
        f" WHERE problem_id IN ({in_([p['id'] for p in problems])}) ORDER BY problem_id, no",
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


def exemption_rows(
    store: Store, quarter: Period, ids: list[str], obligations: tuple[Obligation, ...]
) -> list[dict[str, Any]]:
    """Exemptions of the span's obligations that overlap it: for all pairings, or for one of these."""
    first, last = span_bounds(quarter)
    wanted = [ob.value for ob in obligations]
    return store.rows(
        "SELECT e.pairing_id, e.obligation, e.start_on, e.end_on, e.reason, m.name AS member, c.name AS centre"
        " FROM exemptions e LEFT JOIN pairings p ON p.id = e.pairing_id"
        " LEFT JOIN members m ON m.id = p.member_id LEFT JOIN centres c ON c.id = p.centre_id"
        f" WHERE e.deleted_at IS NULL AND e.start_on <= ? AND e.end_on >= ? AND e.obligation IN ({in_(wanted)})"
        f" AND (e.pairing_id IS NULL OR e.pairing_id IN ({in_(ids)}))"
        " ORDER BY e.start_on, e.obligation, e.pairing_id IS NOT NULL, m.name, c.name",
        [last.isoformat(), first.isoformat(), *wanted, *ids],
    )


def exemptions(found: list[dict[str, Any]], rows: list[StatusRow]) -> list[ExemptionRow]:
    """Each exemption with how many of the span's owed periods it made exempt."""
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


def missed(
    infos: list[PairingInfo], rows_by_pairing: dict[str, list[StatusRow]], found: list[dict[str, Any]]
) -> list[MissedRow]:
    """Every missed or exempt period, with the exemption that covers it (or, for a missed one, touches it)."""
    out: list[MissedRow] = []
    for info in infos:
        for r in rows_by_pairing[info.pairing.id]:
            if r.status not in (Status.MISSED, Status.EXEMPT):
                continue
            notes = []
            for e in found:
                if e["obligation"] != r.obligation.value or e["pairing_id"] not in (None, info.pairing.id):
                    continue
                start, end = dt.date.fromisoformat(e["start_on"]), dt.date.fromisoformat(e["end_on"])
                if end < r.period.first_day or start > r.period.last_day:
                    continue
                whole = start <= r.period.first_day and r.period.last_day <= end
                if r.status is Status.EXEMPT and not whole:
                    continue
                dates = f"{zh_date(start)}至{zh_date(end)}"
                notes.append(f"{e['reason']}（{dates}）" if whole else f"部分时间免除：{e['reason']}（{dates}）")
            out.append(
                MissedRow(info.member, info.centre, info.town, r.obligation, r.period, r.status, "；".join(notes))
            )
    return out


def scores(store: Store, year: Period, as_of: dt.date, ids: list[str]) -> dict[str, tuple[int, dt.date]]:
    """The year's review score per pairing (the latest submitted by ``as_of``)."""
    out: dict[str, tuple[int, dt.date]] = {}
    for r in store.rows(
        "SELECT pairing_id, score, submitted_on FROM reviews WHERE deleted_at IS NULL AND year = ?"
        f" AND submitted_on <= ? AND pairing_id IN ({in_(ids)}) ORDER BY submitted_on",
        [year.year, as_of.isoformat(), *ids],
    ):
        out[r["pairing_id"]] = (int(r["score"]), dt.date.fromisoformat(r["submitted_on"][:10]))
    return out
