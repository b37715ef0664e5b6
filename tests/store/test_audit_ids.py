"""Audit entry ids: version-7 UUIDs in their usual text form, in the order they were made."""

from __future__ import annotations

import uuid

from hdrectify.store.audit import entry_id


def test_entry_ids_are_uuid7_text_that_sorts_as_made() -> None:
    made = [entry_id() for _ in range(5000)]
    assert all(str(uuid.UUID(i)) == i and uuid.UUID(i).version == 7 for i in made)
    assert len(set(made)) == len(made)
    stamps = [uuid.UUID(i).int >> 80 for i in made]  # the millisecond part never goes back
    assert stamps == sorted(stamps)
