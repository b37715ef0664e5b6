"""Photos of contact and visit records: the rows, and the records a photo's day points to.

The files themselves are staged outside the transaction (exchange/photos.py, store/evidence.py);
here they are renamed into place and recorded, in the caller's one write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Row, Store
from hdrectify.store.evidence import StagedFile
from hdrectify.store.records import log_contact
from hdrectify.store.roles import require_own_pairing
from hdrectify.store.soft_delete import live_rows, remove_with_reason


@dataclass(frozen=True)
class NewRecord:
    """A contact record to create for photos of a day with none: this pairing, day and method."""

    pairing_id: str
    day: dt.date
    method: str


def record_photo(
    store: Store, contact_id: str, staged: StagedFile, taken_on: dt.date | None, date_source: str, gps_removed: bool
) -> Row | None:
    """Attach a staged photo to a contact record; None (and nothing written) if that record has it already.

    The same content attached to the same record twice is one photo: stored once, listed once.
    """
    try:
        contact = store.get("contacts", contact_id)
        if contact is None or contact["deleted_at"] is not None:
            raise InputError("photos.no_record")
        require_own_pairing(store, contact["pairing_id"])
        if store.scalar(
            "SELECT 1 FROM contact_photos WHERE contact_id = ? AND sha256 = ? AND deleted_at IS NULL",
            [contact_id, staged.sha256],
        ):
            return None
        try:
            staged.place()
        except OSError:
            raise InputError("photos.not_saved", None, name=staged.file_name) from None
        return store.insert(
            "contact_photos",
            {
                "contact_id": contact_id,
                "file_name": staged.file_name,
                "sha256": staged.sha256,
                "size": staged.size,
                "taken_on": taken_on.isoformat() if taken_on else None,
                "date_source": date_source,
                "gps_removed": int(gps_removed),
                "author": store.actor,
            },
        )
    finally:
        staged.discard()


def create_record(store: Store, new: NewRecord) -> Row:
    """The contact record photos of a day with none asked for (the store's checks: paired on that day, not future)."""
    pairing = store.get("pairings", new.pairing_id)
    if pairing is None:
        raise InputError("photos.no_record")
    member, centre = store.get("members", pairing["member_id"]), store.get("centres", pairing["centre_id"])
    assert member is not None and centre is not None  # foreign keys
    return log_contact(store, member, centre, new.day, new.method)


def list_photos(store: Store, contact_id: str) -> list[Row]:
    """The record's photos that have not been removed, in the order they were taken."""
    return live_rows(store, "contact_photos", "contact_id", contact_id, "taken_on, file_name")


def remove_photo(store: Store, photo_id: str, reason: str) -> Row:
    """Take a photo off its record (soft delete, with why); the stored file is kept for the record."""
    return remove_with_reason(
        store, "contact_photos", photo_id, reason, gone="photos.gone", needs_reason="photos.remove_needs_reason"
    )


def records_on_days(store: Store, pairing_id: str, days: list[dt.date]) -> dict[dt.date, list[Row]]:
    """The live contact records of a pairing on each of these days, on-site visits first."""
    found: dict[dt.date, list[Row]] = {day: [] for day in days}
    if not days:
        return found
    marks = ", ".join("?" for _ in days)
    for row in store.rows(
        f"SELECT * FROM contacts WHERE pairing_id = ? AND deleted_at IS NULL AND date IN ({marks})"
        " ORDER BY date, method <> 'onsite', recorded_at",
        [pairing_id, *sorted({d.isoformat() for d in days})],
    ):
        found[dt.date.fromisoformat(row["date"])].append(row)
    return found
