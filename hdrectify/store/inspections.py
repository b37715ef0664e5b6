"""The inspections (巡察) the ledger comes from, and the figures their notices declare.

Apart from :mod:`hdrectify.store.ledger` (the tree and its writes): the notice's own totals (问题数,
具体问题数, 整改措施数), set by the office, and the ledger's own counts said beside them.
"""

from __future__ import annotations

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store
from hdrectify.store.ledger import MeasureInputError
from hdrectify.store.numbering import OFFICE, role

DECLARED_FIELDS = {
    "declared_problems": "问题数",
    "declared_specific": "具体问题数",
    "declared_measures": "整改措施数",
}
MAX_DECLARED = 9999


def set_declared_totals(store: Store, source_id: str, **totals: int | None) -> Row:
    """Set what the notice of inspection ``source_id`` declares (问题数, 具体问题数, 整改措施数).

    ``totals`` names columns of :data:`DECLARED_FIELDS`; a value of None clears it (the
    notice gives no such figure). Only the office sets them, as it keeps the inspections.
    """
    if role(store) != OFFICE:
        raise InputError("ledger.declared_office_only")
    source = store.get("ledger_sources", source_id)
    if source is None:
        raise InputError("ledger.inspection_gone")
    changes: Row = {}
    for field, value in totals.items():
        if field not in DECLARED_FIELDS:
            raise KeyError(field)
        if value is not None and not 0 <= value <= MAX_DECLARED:
            raise MeasureInputError(
                "ledger.declared_out_of_range", field, what=DECLARED_FIELDS[field], most=MAX_DECLARED
            )
        if value != source[field]:
            changes[field] = value
    return store.update("ledger_sources", source_id, changes) if changes else source


def ledger_sources(store: Store) -> list[Row]:
    """The inspections (巡察) whose notices the ledger comes from, the latest notice first."""
    return store.rows("SELECT * FROM ledger_sources ORDER BY coalesce(notice_on, '') DESC, created_at DESC")


def listed_totals(store: Store, source_id: str | None) -> tuple[int, int]:
    """(problems, measures) the ledger lists for the inspection ``source_id``: its own count,
    set beside the figures the notice declares."""
    row = store.rows(
        "SELECT count(DISTINCT p.id) AS problems, count(m.id) AS measures"
        " FROM ledger_problems p JOIN ledger_areas a ON a.id = p.area_id"
        " LEFT JOIN ledger_measures m ON m.problem_id = p.id"
        " WHERE a.source_id IS ? AND p.source = 'inspection'",
        [source_id],
    )[0]
    return int(row["problems"]), int(row["measures"])
