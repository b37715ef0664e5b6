"""Migration 0013: 申请销号 — a member's laptop asks the office to close a measure; the office answers.

Kept out of ``schema.py`` so that module stays small; registered in its ``STEPS``. Three synced tables,
each written by one side only, so that no row is ever changed on two computers (exchange/rules_requests.py
keeps it so): ``close_requests`` (made on a member's laptop, ``installation_id`` its maker),
``close_request_files`` (the request's evidence, kept by content hash like a measure's evidence: in
``FILE_TABLES``, so bundles carry the files and ``verify`` checks them) and ``close_request_answers``
(made at the office: ``accepted`` — the measure was closed with the request's evidence or reason — or
``returned`` with a comment). A request's state is its latest answer's, or 待审核 without one.
Two requests for one measure are two rows; each is answered on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_SOFT_DELETE = "deleted_at TEXT, delete_reason TEXT"

_V13_CLOSE_REQUESTS = [
    f"""CREATE TABLE close_requests (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES ledger_measures(id),
        requested_on TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        requested_by TEXT NOT NULL,
        installation_id TEXT NOT NULL,
        {_STAMPS})""",
    "CREATE INDEX close_requests_measure ON close_requests(measure_id)",
    f"""CREATE TABLE close_request_files (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES close_requests(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX close_request_files_request ON close_request_files(request_id)",
    f"""CREATE TABLE close_request_answers (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES close_requests(id),
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
        comment TEXT NOT NULL DEFAULT '',
        answered_on TEXT NOT NULL,
        answered_by TEXT NOT NULL,
        {_STAMPS})""",
    "CREATE INDEX close_request_answers_request ON close_request_answers(request_id)",
]


def close_requests(db: Database) -> None:
    """0013_close_requests: 申请销号 and the office's answers."""
    for statement in _V13_CLOSE_REQUESTS:
        db.execute(statement)
