"""The rectification ledger (整改台账) in the database: the tree, the seed, and its writes.

The seed is a transcription of the Federation's notice (``resources/seed/ledger.json``).
Its rows get ids derived from their numbers (UUID v5), so loading it twice adds
nothing, and two laptops that both load it agree on every id.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus, Source, check_can_close, problem_status
from hdrectify.domain.periods import check_not_future
from hdrectify.domain.text import clean_name, clean_note
from hdrectify.domain.wording import date_text
from hdrectify.store import sync
from hdrectify.store.acceptance import ORIGINAL_DEADLINE_SQL, acceptor, check_unlocked
from hdrectify.store.base import Row, Store
from hdrectify.store.numbering import new_problem_no
from hdrectify.store.roles import require_office, require_office_for_measure
from hdrectify.store.seed import SEED_PATH as SEED_PATH
from hdrectify.store.seed import read_seed as read_seed
from hdrectify.store.seed import seed_id as seed_id

VISIT_AREA_NO = 4
VISIT_AREA_TITLE = "关于挂钩联系走访中发现的问题"


def load_seed(store: Store, path: Path = SEED_PATH) -> int:
    """Load the notice's areas, problems and measures; returns how many rows were added."""
    seed = read_seed(path)
    added = 0

    def ensure(table: str, row: Row) -> None:
        nonlocal added
        if store.get(table, row["id"]) is None:
            store.insert(table, row)
            sync.mark_seed(store.conn, table, row["id"])
            added += 1

    source_id = seed_id("source", seed["notice_on"])
    ensure(
        "ledger_sources",
        {
            "id": source_id,
            "title": seed["title"],
            "issuer": seed["issuer"],
            "inspected_by": seed["inspection"]["by"],
            "inspection_from": seed["inspection"]["from"],
            "inspection_to": seed["inspection"]["to"],
            "feedback_on": seed["feedback_on"],
            "notice_on": seed["notice_on"],
            "summary": seed["summary"],
            # what the notice declares, beside what it itemises (13 problems, 51 specific, 72 measures)
            "declared_problems": seed["declared"]["problems"],
            "declared_specific": seed["declared"]["specific"],
            "declared_measures": seed["declared"]["measures"],
        },
    )
    for area in seed["areas"]:
        area_id = seed_id("area", area["no"])
        ensure("ledger_areas", {"id": area_id, "source_id": source_id, "no": area["no"], "title": area["title"]})
        for problem in area["problems"]:
            problem_id = seed_id("problem", problem["no"])
            ensure(
                "ledger_problems",
                {
                    "id": problem_id,
                    "area_id": area_id,
                    "no": problem["no"],
                    "title": problem["title"],
                    "source": Source.INSPECTION.value,
                    "found_on": seed["feedback_on"],
                },
            )
            for measure in problem["measures"]:
                ensure(
                    "ledger_measures",
                    {
                        "id": seed_id("measure", problem["no"], measure["no"]),
                        "problem_id": problem_id,
                        "no": measure["no"],
                        "text": measure["text"],
                        "status": seed["measure_status"],
                        "closed_at": seed["notice_on"],
                        "close_reason": f"据{date_text(seed['notice_on'])}通报，已全面完成整改",
                    },
                )
    return added


# Problems in number order; those still 待编号 (no number yet) after them, in the order they were found.
PROBLEM_ORDER = "no IS NULL, no, found_on, created_at, id"


def tree(store: Store) -> dict[str, Any]:
    """SPEC's ``ledger --json`` shape: areas → problems → measures, in order.

    A problem not numbered yet has ``"no": null``; every problem and measure also carries its ``id``.
    """
    areas = store.rows("SELECT id, no, title FROM ledger_areas ORDER BY no")
    problems = store.rows(f"SELECT id, area_id, no, title, source FROM ledger_problems ORDER BY {PROBLEM_ORDER}")
    measures = store.rows(
        "SELECT m.id, m.problem_id, m.no, m.text, m.status, m.deadline,"
        f" {ORIGINAL_DEADLINE_SQL} AS original_deadline FROM ledger_measures m ORDER BY m.problem_id, m.no"
    )
    by_problem: dict[str, list[Row]] = {}
    for m in measures:
        by_problem.setdefault(m["problem_id"], []).append(
            {
                "no": m["no"],
                "text": m["text"],
                "status": m["status"],
                "deadline": m["deadline"],
                "original_deadline": m["original_deadline"],  # before any 延期; the same as deadline without one
                "id": m["id"],
            }
        )
    by_area: dict[str, list[Row]] = {}
    for p in problems:
        by_area.setdefault(p["area_id"], []).append(
            {
                "no": p["no"],
                "title": p["title"],
                "source": p["source"],
                "measures": by_problem.get(p["id"], []),
                "id": p["id"],
            }
        )
    return {"areas": [{"no": a["no"], "title": a["title"], "problems": by_area.get(a["id"], [])} for a in areas]}


def add_visit_problem(
    store: Store,
    title: str,
    *,
    centre_id: str | None,
    contact_id: str | None,
    found_on: dt.date,
    detail: str = "",
    measures: list[str] | None = None,
    deadline: dt.date | None = None,
    person: str = "",
) -> Row:
    """A problem found on a visit becomes a ledger problem of its own (source: visit).

    Numbered at once at the office, 待编号 on a member's laptop (hdrectify.store.ledger_edit).
    """
    title = clean_name(title, "问题描述")
    if not title:
        raise InputError("ledger.problem_empty")
    detail = clean_note(detail, "问题详情")
    texts = [clean_note(t, "整改措施") for t in measures or ["跟踪督促康园中心整改，并在下次到岗时复查"]]
    person = clean_name(person, "责任人")
    area_id = seed_id("area", VISIT_AREA_NO)
    if store.get("ledger_areas", area_id) is None:
        store.insert("ledger_areas", {"id": area_id, "source_id": None, "no": VISIT_AREA_NO, "title": VISIT_AREA_TITLE})
        sync.mark_seed(store.conn, "ledger_areas", area_id)  # every computer makes this same row
    no = new_problem_no(store)
    problem = store.insert(
        "ledger_problems",
        {
            "area_id": area_id,
            "no": no,
            "title": title,
            "source": Source.VISIT.value,
            "detail": detail,
            "centre_id": centre_id,
            "contact_id": contact_id,
            "found_on": found_on.isoformat(),
        },
    )
    for i, text in enumerate(texts, start=1):
        store.insert(
            "ledger_measures",
            {
                "problem_id": problem["id"],
                "no": i,
                "text": text,
                "person": person,
                "deadline": deadline.isoformat() if deadline else None,
                "status": MeasureStatus.OPEN.value,
            },
        )
    return problem


VISIT_PROBLEM_DAYS = 30  # a problem found on a visit is given a month to put right


def add_visit_problems(store: Store, text: str, contact: Row, centre_id: str, person: str = "") -> list[Row]:
    """Each non-empty line of ``text`` becomes a problem found on this visit: the window's 登记联系 and
    ``hdrectify log --problems`` both come here."""
    found_on = dt.date.fromisoformat(contact["date"])
    return [
        add_visit_problem(
            store,
            line.strip(),
            centre_id=centre_id,
            contact_id=contact["id"],
            found_on=found_on,
            deadline=found_on + dt.timedelta(days=VISIT_PROBLEM_DAYS),
            person=person,
        )
        for line in text.splitlines()
        if line.strip()
    ]


def add_progress(store: Store, measure_id: str, day: dt.date, text: str, *, today: dt.date | None = None) -> Row:
    """A progress note (整改进展) dated ``day``; ``today`` (the demo's) defaults to the real one."""
    text = clean_note(text, "进展说明", field="text")
    if not text:
        raise InputError("ledger.progress_empty", "text")
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    check_unlocked(measure, "text")
    check_not_future(day, "整改进展", today)  # a year typed wrong would stand as typed
    if measure["status"] == MeasureStatus.OPEN.value:
        store.update("ledger_measures", measure_id, {"status": MeasureStatus.IN_PROGRESS.value})
    return store.insert(
        "ledger_progress",
        {"measure_id": measure_id, "date": day.isoformat(), "text": text, "author": store.actor},
    )


def close_measure(
    store: Store,
    measure_id: str,
    day: dt.date,
    reason: str = "",
    *,
    accepted_by: str | None = None,
    opinion: str = "",
    today: dt.date | None = None,
) -> Row:
    """销号 with 验收: needs evidence or a written reason; records 验收人 (default: who writes here),
    the 验收日期 (``day``) and the 验收意见. A closed measure is locked until it is reopened."""
    require_office(store, "close")
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    check_unlocked(measure)
    check_not_future(day, "销号", today)
    reason = clean_note(reason, "销号说明", field="reason")
    by = acceptor(store.actor if accepted_by is None else accepted_by)
    opinion = clean_note(opinion, "验收意见", field="opinion")
    evidence = int(
        store.scalar("SELECT count(*) FROM evidence WHERE measure_id = ? AND deleted_at IS NULL", [measure_id])
    )
    check_can_close(evidence, reason)
    return store.update(
        "ledger_measures",
        measure_id,
        {
            "status": MeasureStatus.DONE.value,
            "closed_at": day.isoformat(),
            "close_reason": reason,
            "accepted_by": by,
            "accepted_opinion": opinion,
        },
    )


# -- editing a measure, and what the ledger screen reads ----------------------------------


class MeasureInputError(InputError):
    """Bad input for one field of a measure; ``field`` names it so the window can show it there."""

    field: str

    def __init__(self, code: str, field: str, /, **params: Any) -> None:
        super().__init__(code, field, **params)


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # "leave the deadline as it is" (None means "no deadline")
MAX_NAME_CHARS = 100
_NAME_FIELDS = {"leader": "责任领导", "unit": "责任单位", "person": "责任人"}


def _field(field: str, value: str, *, note: bool = False) -> str:
    """One measure field cleaned (:mod:`hdrectify.domain.text`); a refusal names the field."""
    what = _NAME_FIELDS.get(field, "整改措施")
    try:
        return clean_note(value, what) if note else clean_name(value, what)
    except InputError as e:
        raise MeasureInputError(e.code, field, **e.params) from None


def update_measure(
    store: Store,
    measure_id: str,
    *,
    text: str | None = None,
    leader: str | None = None,
    unit: str | None = None,
    person: str | None = None,
    deadline: dt.date | _Keep | None = KEEP,
    status: MeasureStatus | str | None = None,
) -> Row:
    """Change a measure's owners, deadline or status (not to 已完成: that is 销号); only what differs is written.

    The text of a measure from the notice is the notice's own words and stays as it is;
    the text of any other measure (found on a visit, or added by the office) may be edited.
    """
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    problem = store.get("ledger_problems", measure["problem_id"])
    assert problem is not None
    changes: Row = {}
    if text is not None:
        text = _field(field="text", value=text, note=True)
    if text is not None and text != measure["text"]:
        if measure["id"] == seed_id("measure", problem["no"], measure["no"]):
            raise MeasureInputError("ledger.notice_measure_text", "text")
        if not text.strip():
            raise MeasureInputError("ledger.measure_empty", "text")
        changes["text"] = text.strip()
    for field, value in (("leader", leader), ("unit", unit), ("person", person)):
        if value is None:
            continue
        value = _field(field, value)
        if len(value) > MAX_NAME_CHARS:
            raise MeasureInputError("ledger.name_too_long", field, what=_NAME_FIELDS[field], most=MAX_NAME_CHARS)
        if value != measure[field]:
            changes[field] = value
    if not isinstance(deadline, _Keep):
        found_on = problem["found_on"]
        if deadline is not None and found_on and deadline.isoformat() < found_on:
            found = dt.date.fromisoformat(found_on)
            raise MeasureInputError(
                "ledger.deadline_before_found", "deadline", year=found.year, month=found.month, day=found.day
            )
        iso = deadline.isoformat() if deadline is not None else None
        if iso != measure["deadline"]:
            if measure["deadline"]:  # a deadline once set moves only by an extension (延期), with its reason
                raise MeasureInputError("ledger.deadline_moves_by_extension", "deadline")
            changes["deadline"] = iso
    if status is not None:
        try:
            new_status = MeasureStatus(status)
        except ValueError:
            raise MeasureInputError("ledger.bad_status", "status", value=status) from None
        current = MeasureStatus(measure["status"])
        if new_status is not current:
            if new_status is MeasureStatus.DONE:
                raise MeasureInputError("ledger.done_only_by_closing", "status")
            if current is MeasureStatus.DONE:
                raise MeasureInputError("ledger.closed_reopen_first", "status")
            changes["status"] = new_status.value
    if not changes:
        return measure
    if changes.keys() - {"status"}:  # a laptop changes only the progress status, but on its own visit problems
        moved = "deadline" in changes
        require_office_for_measure(
            store, measure["problem_id"], "deadline" if moved else "measure", "deadline" if moved else None
        )
    return store.update("ledger_measures", measure_id, changes)


def reopen_measure(store: Store, measure_id: str, day: dt.date, reason: str) -> Row:
    """Undo a 销号 with a written reason (its own act): the reason is kept as a progress note, in the
    measure's history, and in the audit, with the 验收 it undoes."""
    require_office(store, "reopen")
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    if measure["status"] != MeasureStatus.DONE.value:
        raise InputError("ledger.not_closed")
    reason = clean_note(reason, "重新打开的原因")
    if not reason:
        raise InputError("ledger.reopen_needs_reason")
    row = store.update(
        "ledger_measures",
        measure_id,
        {
            "status": MeasureStatus.IN_PROGRESS.value,
            "closed_at": None,
            "close_reason": "",
            "accepted_by": "",
            "accepted_opinion": "",
        },
        reason.strip(),
    )
    # the history keeps what was undone: the 销号's date and 验收人 (the audit keeps the whole row)
    undone = f"撤销{date_text(measure['closed_at'])}的销号" + (
        f"，验收人{measure['accepted_by']}" if measure["accepted_by"] else ""
    )
    note = f"重新打开（{undone}）：{reason.strip()}"
    store.insert(
        "ledger_progress", {"measure_id": measure_id, "date": day.isoformat(), "text": note, "author": store.actor}
    )
    return row


def ledger_rows(store: Store) -> dict[str, list[Row]]:
    """Everything the ledger tree shows, in order: areas, problems (with their centre) and measures."""
    return {
        "areas": store.rows("SELECT id, no, title FROM ledger_areas ORDER BY no"),
        "problems": store.rows(
            "SELECT p.id, p.area_id, p.no, p.title, p.source, p.found_on, p.detail, c.name AS centre"
            " FROM ledger_problems p LEFT JOIN centres c ON c.id = p.centre_id"
            " ORDER BY p.no IS NULL, p.no, p.found_on, p.created_at, p.id"
        ),
        "measures": store.rows(
            "SELECT m.id, m.problem_id, m.no, m.text, m.leader, m.unit, m.person, m.deadline, m.status,"
            " m.closed_at, (SELECT count(*) FROM evidence e WHERE e.measure_id = m.id AND e.deleted_at IS NULL)"
            " AS evidence_count FROM ledger_measures m ORDER BY m.problem_id, m.no"
        ),
    }


def _problem_context(store: Store, problem: Row) -> Row:
    """The area of a problem and, for one found on a visit, the centre, the visit and who made it."""
    contact = store.get("contacts", problem["contact_id"]) if problem["contact_id"] else None
    member = None
    if contact is not None:
        member = store.scalar(
            "SELECT m.name FROM pairings p JOIN members m ON m.id = p.member_id WHERE p.id = ?", [contact["pairing_id"]]
        )
    return {
        "problem": problem,
        "area": store.get("ledger_areas", problem["area_id"]),
        "centre": store.get("centres", problem["centre_id"]) if problem["centre_id"] else None,
        "contact": contact,
        "member": member,
    }


def measure_detail(store: Store, measure_id: str) -> Row:
    """One measure with its problem, area, centre and visit, progress notes (by date) and live evidence."""
    from hdrectify.store.evidence import list_evidence

    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    problem = store.get("ledger_problems", measure["problem_id"])
    assert problem is not None
    return {
        **_problem_context(store, problem),
        "measure": measure,
        "progress": store.rows(
            "SELECT * FROM ledger_progress WHERE measure_id = ? ORDER BY date, created_at", [measure_id]
        ),
        "evidence": list_evidence(store, measure_id),
    }


def problem_detail(store: Store, problem_id: str) -> Row:
    """One problem with its measures, how many are in each status, and its own (derived) status."""
    problem = store.get("ledger_problems", problem_id)
    if problem is None:
        raise InputError("ledger.problem_gone")
    measures = store.rows("SELECT * FROM ledger_measures WHERE problem_id = ? ORDER BY no", [problem_id])
    statuses = [MeasureStatus(m["status"]) for m in measures]
    return {
        **_problem_context(store, problem),
        "measures": measures,
        "counts": {s: statuses.count(s) for s in MeasureStatus},
        "status": problem_status(statuses),
    }
