"""A full disk at the store: the action fails whole, the file and the audit chain stay as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from safety_helpers import snapshot

from hdrectify.store import faults
from hdrectify.store.audit import verify
from hdrectify.store.base import Store
from hdrectify.store.people import add_member


def test_a_full_disk_fails_the_action_whole(full_db: Path) -> None:
    before = snapshot(full_db)
    with Store.open(full_db) as store:
        pages = store.scalar("PRAGMA page_count")
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: as a full disk
        with pytest.raises(sqlite3.Error) as caught, store.transaction():
            for n in range(2000):
                add_member(store, f"党员{n:04d}" + "很长的备注" * 20)
        assert faults.classify(caught.value) == faults.FULL
        assert "磁盘已满" in faults.describe(caught.value) and "未作改动" in faults.describe(caught.value)
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        with store.transaction():  # room again: the next action goes through, chained to the last good entry
            add_member(store, "腾出空间后")
        assert verify(store).ok
    after = snapshot(full_db)
    assert {k: v for k, v in after.items() if k not in ("members", "audit_log", "sync_rows", "sync_state")} == {
        k: v for k, v in before.items() if k not in ("members", "audit_log", "sync_rows", "sync_state")
    }
    assert len(after["members"]) == len(before["members"]) + 1


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (sqlite3.OperationalError("database or disk is full"), faults.FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), faults.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), faults.BUSY),
        (sqlite3.DatabaseError("database disk image is malformed"), faults.DAMAGED),
        (sqlite3.OperationalError("unable to open database file"), faults.CANT_OPEN),
        (sqlite3.OperationalError("no such table: x"), faults.OTHER),
    ],
)
def test_each_sqlite_error_is_named(error: sqlite3.Error, kind: str) -> None:
    assert faults.classify(error) == kind
    assert "\n" not in faults.describe(error)
