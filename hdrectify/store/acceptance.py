"""销号 with 验收 and 延期: what locks a closed measure, and the extensions of a deadline.

A closed (销号) measure is locked: its status, progress and evidence change only after it is
reopened (:func:`hdrectify.store.ledger.reopen_measure`, its own act with a reason). Its 责任 fields
(leader, unit, owner) stay open, so measures closed before the office used the app can be filled in.

Once a measure has a deadline, it moves only by an extension (:func:`extend_measure`): the new
date, why, and who approved it, each kept in ``measure_extensions``. The first extension's
``from_date`` is the measure's original deadline. Every function writes inside the caller's
transaction (one user action).
"""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.errors import InputError
from hdrectify.domain.ledger import MeasureStatus
from hdrectify.domain.text import clean_name, clean_note
from hdrectify.store.base import Row, Store
from hdrectify.store.roles import require_office

MAX_ACCEPTOR_CHARS = 100

# The original deadline of measure ``m`` in a query: the first extension's starting date, else its deadline.
ORIGINAL_DEADLINE_SQL = (
    "coalesce((SELECT x.from_date FROM measure_extensions x WHERE x.measure_id = m.id"
    " ORDER BY x.created_at, x.to_date LIMIT 1), m.deadline)"
)


def check_unlocked(measure: Row, field: str | None = None) -> None:
    """Refuse to change the status, progress or evidence of a closed measure (reopen it first)."""
    if measure["status"] == MeasureStatus.DONE.value:
        raise InputError("ledger.closed_locked", field)


def acceptor(value: str, field: str = "accepted_by") -> str:
    """验收人 cleaned: a name, not empty, not too long."""
    name = clean_name(value, "验收人", field=field)
    if not name:
        raise InputError("ledger.acceptor_empty", field)
    if len(name) > MAX_ACCEPTOR_CHARS:
        raise InputError("ledger.name_too_long", field, what="验收人", most=MAX_ACCEPTOR_CHARS)
    return name


def extend_measure(store: Store, measure_id: str, to: dt.date, reason: str, approved_by: str) -> Row:
    """延期: move a measure's deadline to ``to``, with why and who approved it; returns the extension."""
    require_office(store, "extend")
    measure = store.get("ledger_measures", measure_id)
    if measure is None:
        raise InputError("ledger.measure_gone")
    if measure["status"] == MeasureStatus.DONE.value:
        raise InputError("ledger.closed_no_extension")
    if not measure["deadline"]:
        raise InputError("ledger.extend_without_deadline", "to")
    if to.isoformat() <= measure["deadline"]:
        current = dt.date.fromisoformat(measure["deadline"])
        raise InputError("ledger.extend_not_later", "to", year=current.year, month=current.month, day=current.day)
    why = clean_note(reason, "延期原因", field="reason")
    if not why:
        raise InputError("ledger.extend_needs_reason", "reason")
    approver = clean_name(approved_by, "批准人", field="approved_by")
    if not approver:
        raise InputError("ledger.extend_needs_approver", "approved_by")
    if len(approver) > MAX_ACCEPTOR_CHARS:
        raise InputError("ledger.name_too_long", "approved_by", what="批准人", most=MAX_ACCEPTOR_CHARS)
    row = store.insert(
        "measure_extensions",
        {
            "measure_id": measure_id,
            "from_date": measure["deadline"],
            "to_date": to.isoformat(),
            "reason": why,
            "approved_by": approver,
            "author": store.actor,
        },
    )
    store.update("ledger_measures", measure_id, {"deadline": to.isoformat()}, why)
    return row


def extensions_of(store: Store, measure_id: str) -> list[Row]:
    """A measure's extensions, the first first."""
    return store.rows(
        "SELECT * FROM measure_extensions WHERE measure_id = ? ORDER BY created_at, to_date", [measure_id]
    )


def original_deadline(store: Store, measure: Row) -> str | None:
    """The deadline a measure had before any extension (ISO), or None."""
    found = extensions_of(store, measure["id"])
    return str(found[0]["from_date"]) if found else measure["deadline"]
