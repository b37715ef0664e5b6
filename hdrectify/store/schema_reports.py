"""Migration 0010: the file a quarterly report was submitted as (the member's edited draft).

Kept out of ``schema.py`` so that module stays small; registered in its ``STEPS``. Like a record's
photos, the file is kept by content hash in the evidence folder and named by ``sha256`` and
``file_name``, so bundles carry it and ``verify`` checks it (``FILE_TABLES``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_SOFT_DELETE = "deleted_at TEXT, delete_reason TEXT"

_V10_REPORT_FILES = [
    f"""CREATE TABLE report_files (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES reports(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX report_files_report ON report_files(report_id) WHERE deleted_at IS NULL",
]


def report_files(db: Database) -> None:
    """0010_report_files: the submitted report's file, as evidence."""
    for statement in _V10_REPORT_FILES:
        db.execute(statement)
