"""Migration 0016: 销号 with 验收 (who accepted a measure, and the 验收意见) and 延期 (deadline extensions).

Kept out of ``schema.py`` so that module stays small; registered in its ``STEPS``. The date of the
验收 is the measure's ``closed_at`` and its basis the evidence or ``close_reason``, as before; a
reopening is written in the audit (with its reason) and as a progress note, so it needs no table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

# ``accepted_by``/``accepted_opinion``: 验收人 and 验收意见 of a closed measure ('' before this
# migration and while open). ``measure_extensions``: each 延期 of a deadline — the date it moved
# from and to, why, who approved it, who recorded it; when is ``created_at``. The first row's
# ``from_date`` is the measure's original deadline. Both travel in bundles like the ledger rows.
_V13 = [
    "ALTER TABLE ledger_measures ADD COLUMN accepted_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE ledger_measures ADD COLUMN accepted_opinion TEXT NOT NULL DEFAULT ''",
    f"""CREATE TABLE measure_extensions (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES ledger_measures(id),
        from_date TEXT NOT NULL,
        to_date TEXT NOT NULL CHECK (to_date > from_date),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        approved_by TEXT NOT NULL CHECK (trim(approved_by) <> ''),
        author TEXT NOT NULL,
        {_STAMPS})""",
    "CREATE INDEX measure_extensions_measure ON measure_extensions(measure_id, to_date)",
]


def acceptance(db: Database) -> None:
    """0016_acceptance: 验收人 and 验收意见 on measures; the table of 延期."""
    for statement in _V13:
        db.execute(statement)
