"""The office's own ledger: adding, editing and removing inspections, areas, problems and measures.

The rule by which problems get their numbers, and this computer's role, are in
:mod:`hdrectify.store.numbering` (named here too, as the command line and the window use them).

Removing is a tracked delete through :meth:`Store.delete`, with a required reason kept in
the audit log; it travels in bundles as a deletion. A problem or measure that has progress
notes or evidence is removed only when asked to remove those too (``with_records``).
Every function here writes inside the caller's transaction (one user action).
"""

from __future__ import annotations

import datetime as dt
import re

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import PENDING_NO, MeasureStatus, Source
from hdrectify.domain.ledger import problem_label as problem_label
from hdrectify.store.base import Row, Store
from hdrectify.store.ledger import MAX_NAME_CHARS, VISIT_AREA_NO, MeasureInputError, seed_id
from hdrectify.store.numbering import MEMBER as MEMBER
from hdrectify.store.numbering import OFFICE as OFFICE
from hdrectify.store.numbering import ROLES as ROLES
from hdrectify.store.numbering import keep_highest
from hdrectify.store.numbering import new_problem_no as new_problem_no
from hdrectify.store.numbering import number_pending as number_pending
from hdrectify.store.numbering import role as role
from hdrectify.store.numbering import set_role as set_role
from hdrectify.store.roles import (
    is_office,
    office_only_error,
    own_visit_problem,
    require_office,
    require_office_for_measure,
)

PENDING_LABEL = PENDING_NO
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


# -- finding rows as the command line names them ----------------------------------------------


def find_area(store: Store, ref: str) -> Row:
    text = ref.strip()
    if not text.isdigit():
        raise InputError("ledger.bad_area_ref", None, ref=ref)
    found = store.rows("SELECT * FROM ledger_areas WHERE no = ?", [int(text)])
    if not found:
        raise InputError("ledger.no_such_area", None, no=int(text))
    return found[0]


def find_problem(store: Store, ref: str) -> Row:
    """A problem by its number, or by its id (a problem still 待编号 has only that)."""
    text = ref.strip()
    if _UUID.match(text):
        row = store.get("ledger_problems", text)
    elif text.isdigit():
        found = store.rows("SELECT * FROM ledger_problems WHERE no = ?", [int(text)])
        row = found[0] if found else None
    else:
        raise InputError("ledger.bad_problem_ref", None, ref=ref)
    if row is None:
        raise InputError("ledger.no_such_problem", None, ref=text)
    return row


def find_measure(store: Store, ref: str) -> Row:
    """``N.M``: problem N's M-th measure (N may be a 待编号 problem's id)."""
    problem_ref, dot, measure_ref = ref.strip().rpartition(".")
    if not dot or not problem_ref or not measure_ref.isdigit():
        raise InputError("ledger.bad_measure_ref", None, ref=ref)
    problem = find_problem(store, problem_ref)
    found = store.rows(
        "SELECT * FROM ledger_measures WHERE problem_id = ? AND no = ?", [problem["id"], int(measure_ref)]
    )
    if not found:
        raise InputError("ledger.no_such_measure", None, problem=problem_label(problem["no"]), no=int(measure_ref))
    return found[0]


def is_notice_row(table: str, row: Row, problem_no: int | None = None) -> bool:
    """Whether a problem or measure is the notice's own (its words are the notice's and stay as they are)."""
    if table == "ledger_problems":
        return row["no"] is not None and row["id"] == seed_id("problem", row["no"])
    return problem_no is not None and row["id"] == seed_id("measure", problem_no, row["no"])


# -- inspections and areas ----------------------------------------------------------------------


def _office_only(store: Store, what: str) -> None:
    if role(store) != OFFICE:
        raise InputError("ledger.office_only", None, what=what)


def _text(value: str, what: str, field: str = "title") -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise MeasureInputError("ledger.empty", field, what=what)
    return cleaned


def add_inspection(
    store: Store,
    title: str,
    *,
    issuer: str = "",
    notice_on: dt.date | None = None,
    inspected_by: str = "",
    inspection_from: dt.date | None = None,
    inspection_to: dt.date | None = None,
    feedback_on: dt.date | None = None,
    summary: str = "",
) -> Row:
    """A new inspection with its own notice (a ``ledger_sources`` row), beside the first."""
    _office_only(store, "添加巡察")
    title = _text(title, "巡察（通报）标题")
    if inspection_from and inspection_to and inspection_to < inspection_from:
        raise MeasureInputError("ledger.inspection_ends_before_start", "inspection_to")
    if store.scalar("SELECT 1 FROM ledger_sources WHERE title = ?", [title]):
        raise MeasureInputError("ledger.inspection_title_taken", "title", title=title)

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return store.insert(
        "ledger_sources",
        {
            "title": title,
            "issuer": " ".join(issuer.split()),
            "inspected_by": " ".join(inspected_by.split()),
            "inspection_from": iso(inspection_from),
            "inspection_to": iso(inspection_to),
            "feedback_on": iso(feedback_on),
            "notice_on": iso(notice_on),
            "summary": summary.strip(),
        },
    )


def find_source(store: Store, title: str | None) -> Row | None:
    """The inspection named by its title; without one, the latest (the notice's when it is the only one)."""
    if title is None:
        found = store.rows("SELECT * FROM ledger_sources ORDER BY coalesce(notice_on, '') DESC, created_at DESC")
        return found[0] if found else None
    rows = store.rows("SELECT * FROM ledger_sources WHERE title = ?", [title.strip()])
    if not rows:
        raise InputError("ledger.no_such_inspection", None, title=title)
    return rows[0]


def add_area(store: Store, title: str, source_id: str | None) -> Row:
    """A new area (方面) of an inspection; numbered after the others (and after the visits' area)."""
    _office_only(store, "添加方面")
    title = _text(title, "方面标题")
    no = max(int(store.scalar("SELECT coalesce(max(no), 0) FROM ledger_areas")), VISIT_AREA_NO) + 1
    return store.insert("ledger_areas", {"source_id": source_id, "no": no, "title": title})


def edit_area(store: Store, area_id: str, title: str) -> Row:
    require_office(store, "ledger")
    area = store.get("ledger_areas", area_id)
    if area is None:
        raise InputError("ledger.area_gone")
    title = _text(title, "方面标题")
    if area["id"] == seed_id("area", area["no"]) and area["no"] != VISIT_AREA_NO:
        raise MeasureInputError("ledger.notice_area_title", "title")
    return area if title == area["title"] else store.update("ledger_areas", area_id, {"title": title})


def remove_area(store: Store, area_id: str, reason: str) -> None:
    require_office(store, "ledger")
    area = store.get("ledger_areas", area_id)
    if area is None:
        raise InputError("ledger.area_gone")
    _reason(reason)
    if area["id"] == seed_id("area", area["no"]):
        raise InputError("ledger.notice_area_kept", None, title=area["title"])
    count = int(store.scalar("SELECT count(*) FROM ledger_problems WHERE area_id = ?", [area_id]))
    if count:
        raise InputError("ledger.area_has_problems", None, count=count)
    store.delete("ledger_areas", area_id, reason.strip())


# -- problems -----------------------------------------------------------------------------------


def add_problem(
    store: Store,
    area_id: str,
    title: str,
    *,
    source: str = Source.INSPECTION.value,
    found_on: dt.date | None = None,
    detail: str = "",
) -> Row:
    """A problem of an area; numbered at once at the office, 待编号 on a member's laptop."""
    area = store.get("ledger_areas", area_id)
    if area is None:
        raise InputError("ledger.area_gone")
    try:
        kind = Source(source)
    except ValueError:
        raise MeasureInputError("ledger.bad_source", "source", value=source) from None
    if kind is not Source.VISIT:  # a laptop adds only the problems its visits found
        require_office(store, "ledger")
    title = _text(title, "问题描述")
    return store.insert(
        "ledger_problems",
        {
            "area_id": area_id,
            "no": new_problem_no(store),
            "title": title,
            "source": kind.value,
            "detail": detail.strip(),
            "found_on": (found_on or dt.date.today()).isoformat(),
        },
    )


def edit_problem(store: Store, problem_id: str, *, title: str | None = None, detail: str | None = None) -> Row:
    problem = store.get("ledger_problems", problem_id)
    if problem is None:
        raise InputError("ledger.problem_gone")
    _own_problem(store, problem_id)
    changes: Row = {}
    if title is not None and " ".join(title.split()) != problem["title"]:
        if is_notice_row("ledger_problems", problem):
            raise MeasureInputError("ledger.notice_problem_title", "title")
        changes["title"] = _text(title, "问题描述")
    if detail is not None and detail.strip() != problem["detail"]:
        changes["detail"] = detail.strip()
    return store.update("ledger_problems", problem_id, changes) if changes else problem


def _own_problem(store: Store, problem_id: str) -> None:
    """A problem is the office's to change, but for a visit problem this laptop made."""
    if not is_office(store) and not own_visit_problem(store, problem_id, store.installation_id()):
        raise office_only_error("ledger")


def _reason(reason: str) -> None:
    if not reason.strip():
        raise MeasureInputError("ledger.delete_needs_reason", "reason")


def _records_of(store: Store, measure_ids: list[str]) -> tuple[int, int, int]:
    """How many progress notes, evidence files (removed ones too) and 延期 or 申请销号 these measures have."""
    if not measure_ids:
        return 0, 0, 0
    marks = ", ".join("?" for _ in measure_ids)

    def count(table: str) -> int:
        return int(store.scalar(f"SELECT count(*) FROM {table} WHERE measure_id IN ({marks})", measure_ids))

    return count("ledger_progress"), count("evidence"), count("measure_extensions") + count("close_requests")


def _delete_measures(store: Store, measure_ids: list[str], reason: str) -> None:
    """Each measure with everything that names it: a request's files and answers before the request."""
    for measure_id in measure_ids:
        for request in store.rows("SELECT id FROM close_requests WHERE measure_id = ?", [measure_id]):
            for table in ("close_request_answers", "close_request_files"):
                for row in store.rows(f"SELECT id FROM {table} WHERE request_id = ?", [request["id"]]):
                    store.delete(table, row["id"], reason)
            store.delete("close_requests", request["id"], reason)
        for table in ("measure_extensions", "ledger_progress", "evidence"):
            for row in store.rows(f"SELECT id FROM {table} WHERE measure_id = ?", [measure_id]):
                store.delete(table, row["id"], reason)
        store.delete("ledger_measures", measure_id, reason)


def remove_problem(store: Store, problem_id: str, reason: str, *, with_records: bool = False) -> int:
    """Remove a problem and its measures; returns how many measures went with it.

    Refused while a measure has progress notes, evidence, 延期 or 申请销号, unless ``with_records``.
    Its number is never given again.
    """
    problem = store.get("ledger_problems", problem_id)
    if problem is None:
        raise InputError("ledger.problem_gone")
    _own_problem(store, problem_id)
    _reason(reason)
    if is_notice_row("ledger_problems", problem):
        raise InputError("ledger.notice_problem_kept", None, problem=problem_label(problem["no"]))
    measures = [r["id"] for r in store.rows("SELECT id FROM ledger_measures WHERE problem_id = ?", [problem_id])]
    notes, files, acts = _records_of(store, measures)
    if (notes or files or acts) and not with_records:
        raise MeasureInputError(
            "ledger.problem_has_records",
            "with_records",
            problem=problem_label(problem["no"]),
            notes=notes,
            files=files,
            acts=acts,
        )
    _delete_measures(store, measures, reason.strip())
    if problem["no"] is not None:
        keep_highest(store, int(problem["no"]))
    store.delete("ledger_problems", problem_id, reason.strip())
    return len(measures)


# -- measures -----------------------------------------------------------------------------------


def _name(value: str, field: str, label: str) -> str:
    cleaned = " ".join(value.split())
    if len(cleaned) > MAX_NAME_CHARS:
        raise MeasureInputError("ledger.name_too_long", field, what=label, most=MAX_NAME_CHARS)
    return cleaned


def add_measure(
    store: Store,
    problem_id: str,
    text: str,
    *,
    leader: str = "",
    unit: str = "",
    person: str = "",
    deadline: dt.date | None = None,
) -> Row:
    """A new measure of a problem, after its others (一是, 二是, …)."""
    problem = store.get("ledger_problems", problem_id)
    if problem is None:
        raise InputError("ledger.problem_gone")
    require_office_for_measure(store, problem_id)
    text = text.strip()
    if not text:
        raise MeasureInputError("ledger.measure_empty", "text")
    found_on = problem["found_on"]
    if deadline is not None and found_on and deadline.isoformat() < found_on:
        raise MeasureInputError("ledger.deadline_before_found_iso", "deadline", found=found_on)
    no = int(store.scalar("SELECT coalesce(max(no), 0) FROM ledger_measures WHERE problem_id = ?", [problem_id])) + 1
    return store.insert(
        "ledger_measures",
        {
            "problem_id": problem_id,
            "no": no,
            "text": text,
            "leader": _name(leader, "leader", "责任领导"),
            "unit": _name(unit, "unit", "责任单位"),
            "person": _name(person, "person", "责任人"),
            "deadline": deadline.isoformat() if deadline else None,
            "status": MeasureStatus.OPEN.value,
        },
    )


def remove_measure(store: Store, measure_id: str, reason: str, *, with_records: bool = False) -> None:
    """Remove a measure; refused while it has progress notes, evidence, 延期 or 申请销号, unless ``with_records``."""
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    require_office_for_measure(store, measure["problem_id"])
    _reason(reason)
    problem = store.get("ledger_problems", measure["problem_id"])
    if problem is not None and is_notice_row("ledger_measures", measure, problem["no"]):
        raise InputError("ledger.notice_measure_kept")
    notes, files, acts = _records_of(store, [measure_id])
    if (notes or files or acts) and not with_records:
        raise MeasureInputError("ledger.measure_has_records", "with_records", notes=notes, files=files, acts=acts)
    _delete_measures(store, [measure_id], reason.strip())


def set_measures(
    store: Store,
    measure_ids: list[str],
    *,
    leader: str | None = None,
    unit: str | None = None,
    person: str | None = None,
    deadline: dt.date | None = None,
) -> int:
    """Set the same 责任领导, 责任单位, 责任人 or 整改时限 on several measures; returns how many changed.

    Only the fields given change. Inside the caller's transaction: if any measure cannot take
    a value (a deadline before its problem was found, say), the refusal names that measure
    and nothing is written.
    """
    from hdrectify.store.ledger import KEEP, update_measure

    if all(v is None for v in (leader, unit, person, deadline)):
        raise InputError("ledger.bulk_nothing_to_change")
    if not measure_ids:
        raise InputError("ledger.bulk_none_chosen")
    changed = 0
    for measure_id in measure_ids:
        before = store.get("ledger_measures", measure_id)
        if before is None:
            raise InputError("ledger.measure_gone")
        try:
            after = update_measure(
                store,
                measure_id,
                leader=leader,
                unit=unit,
                person=person,
                deadline=KEEP if deadline is None else deadline,
            )
        except MeasureInputError as e:
            no = (store.get("ledger_problems", before["problem_id"]) or {}).get("no")
            if no is not None:
                raise MeasureInputError("ledger.bulk_refused", e.field, problem=no, no=before["no"], error=e) from None
            raise MeasureInputError("ledger.bulk_refused_pending", e.field, no=before["no"], error=e) from None
        changed += int(after != before)
    return changed


def measures_of(store: Store, problem_ref: str | None, measure_no: int | None) -> list[str]:
    """The ids of the measures ``measure set`` names: every one, a problem's, or one (N and M)."""
    if problem_ref is None:
        return [r["id"] for r in store.rows("SELECT id FROM ledger_measures ORDER BY problem_id, no")]
    problem = find_problem(store, problem_ref)
    rows = store.rows("SELECT id, no FROM ledger_measures WHERE problem_id = ? ORDER BY no", [problem["id"]])
    if measure_no is not None:
        rows = [r for r in rows if r["no"] == measure_no]
        if not rows:
            raise InputError("ledger.no_such_measure", None, problem=problem_label(problem["no"]), no=measure_no)
    if not rows:
        raise InputError("ledger.no_measures_yet", None, problem=problem_label(problem["no"]))
    return [r["id"] for r in rows]
