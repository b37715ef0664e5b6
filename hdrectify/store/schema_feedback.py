"""Migration 0014: the office's word on a quarterly report or an annual review (已阅 / 退回).

Kept out of ``schema.py`` so that module stays small; registered in its ``STEPS``. One row per
mark the office gives; a row names the report or the review it judged and keeps the text it read
(``seen_note``, ``seen_on``), so that when a member resubmits a returned report the earlier text
and the comment stay visible, and the new version is pending again (hdrectify/store/feedback.py).
The rows travel from the office to the laptops only (hdrectify/exchange/rules.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_SOFT_DELETE = "deleted_at TEXT, delete_reason TEXT"

_FEEDBACK = [
    f"""CREATE TABLE report_feedback (
        id TEXT PRIMARY KEY,
        report_id TEXT REFERENCES reports(id),
        review_id TEXT REFERENCES reviews(id),
        verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'returned')),
        comment TEXT NOT NULL DEFAULT '',
        seen_note TEXT NOT NULL DEFAULT '',
        seen_on TEXT NOT NULL,
        given_at TEXT NOT NULL,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS},
        CHECK ((report_id IS NULL) <> (review_id IS NULL)),
        CHECK (verdict = 'accepted' OR trim(comment) <> ''))""",
    "CREATE INDEX report_feedback_report ON report_feedback(report_id, given_at) WHERE report_id IS NOT NULL",
    "CREATE INDEX report_feedback_review ON report_feedback(review_id, given_at) WHERE review_id IS NOT NULL",
]


def feedback(db: Database) -> None:
    """0014_feedback: 已阅 / 退回 on reports and reviews."""
    for statement in _FEEDBACK:
        db.execute(statement)
