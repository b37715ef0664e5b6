"""Migration 0010: the annual review's rubric (考评细则) and the points a review gave each item.

``rubrics``: each version of the rubric as the office saved it (``items``: JSON list of
``{"name", "max", "guidance"}``, maxima adding up to 100). A version that a review uses is never
changed again; editing it saves a new version (store/rubric.py). ``review_items``: one row per item
of a review scored item by item, with the item's name and maximum as scored (copied from its
version, so that the review reads the same whatever happens to rubrics later); the review's
``score`` is their sum. Both tables travel in bundles, so the office's rubric reaches the laptops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

V10_RUBRIC = [
    f"""CREATE TABLE rubrics (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        items TEXT NOT NULL,
        {_STAMPS})""",
    f"""CREATE TABLE review_items (
        id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews(id),
        rubric_id TEXT NOT NULL REFERENCES rubrics(id),
        position INTEGER NOT NULL CHECK (position >= 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        max_points INTEGER NOT NULL CHECK (max_points BETWEEN 1 AND 100),
        points INTEGER NOT NULL CHECK (points BETWEEN 0 AND max_points),
        {_STAMPS})""",
    "CREATE INDEX review_items_review ON review_items(review_id, position)",
    "CREATE INDEX review_items_rubric ON review_items(rubric_id)",
]


def rubric_tables(db: Database) -> None:
    for statement in V10_RUBRIC:
        db.execute(statement)
