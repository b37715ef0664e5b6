"""Migrations 0008 and 0009: the signed checklists' scans and the photos of a visit or contact.

Both are files stored by content hash in the evidence folder, as a measure's evidence is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
_SOFT_DELETE = "deleted_at TEXT, delete_reason TEXT"

# Signed monthly checklists scanned back (hdrectify scans import): each page, by content hash in the
# evidence folder, filed for its pairing and month, with that month's visit record when there is
# one (contact_id NULL: "scan received", waiting for the visit to be recorded).
_V8_CHECKLIST_SCANS = [
    f"""CREATE TABLE checklist_scans (
        id TEXT PRIMARY KEY,
        pairing_id TEXT NOT NULL REFERENCES pairings(id),
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        contact_id TEXT REFERENCES contacts(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        source_file TEXT NOT NULL DEFAULT '',
        source_page INTEGER,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX checklist_scans_month ON checklist_scans(month, pairing_id) WHERE deleted_at IS NULL",
    "CREATE INDEX checklist_scans_contact ON checklist_scans(contact_id) WHERE contact_id IS NOT NULL",
]


def checklist_scans(db: Database) -> None:
    for statement in _V8_CHECKLIST_SCANS:
        db.execute(statement)


# Photos of a visit or contact (dropped on the record, or on the grid and matched by their date):
# each by content hash in the evidence folder, like a measure's evidence. ``taken_on`` is the day the
# photo was taken and ``date_source`` where that came from (EXIF DateTimeOriginal, EXIF DateTime, or
# the file's modification time); ``gps_removed`` says the stored copy had its location taken out.
_V9_CONTACT_PHOTOS = [
    f"""CREATE TABLE contact_photos (
        id TEXT PRIMARY KEY,
        contact_id TEXT NOT NULL REFERENCES contacts(id),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        taken_on TEXT,
        date_source TEXT NOT NULL CHECK (date_source IN ('exif_original', 'exif', 'mtime')),
        gps_removed INTEGER NOT NULL DEFAULT 0,
        author TEXT NOT NULL,
        {_SOFT_DELETE},
        {_STAMPS})""",
    "CREATE INDEX contact_photos_contact ON contact_photos(contact_id) WHERE deleted_at IS NULL",
]


def contact_photos(db: Database) -> None:
    for statement in _V9_CONTACT_PHOTOS:
        db.execute(statement)
