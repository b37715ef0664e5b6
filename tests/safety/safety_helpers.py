"""Helpers of the safety tests (importable by name: pytest puts this folder on the path)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from hdrectify.store.base import Store
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.store.records import add_review, log_contact
from tests.cli_runner import run_subprocess

Snapshot = dict[str, list[tuple[Any, ...]]]


def populate(store: Store) -> dict[str, Any]:
    """Two centres, a member paired with one, contacts and a review (each its own action)."""
    from hdrectify.domain.periods import Kind, Period
    from hdrectify.store.ledger import load_seed

    with store.transaction():
        store.initialise_settings()
        load_seed(store)
    with store.transaction():
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        add_centre(store, "平山街道康园中心", "平山街道")
        member = add_member(store, "陈志强")
        add_pairing(store, member, centre, dt.date(2024, 1, 1))
    contacts = []
    for day, method in ((dt.date(2024, 3, 5), "onsite"), (dt.date(2024, 3, 12), "phone")):
        with store.transaction():
            contacts.append(log_contact(store, member, centre, day, method, "情况良好", ""))
    with store.transaction():
        review = add_review(store, member, centre, Period.parse("2024", Kind.YEAR), dt.date(2025, 1, 20), 90, "", "")
    return {"centre": centre, "member": member, "contacts": contacts, "review": review}


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, to prove that a refused action wrote nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a failing disk might."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * (min(size // 2, 4096 * 20) // 4))


run_cli = run_subprocess  # the name the safety tests use
