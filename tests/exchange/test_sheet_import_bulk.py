"""Excel import of many rows: checked in memory, written in bulk, audited and carried like any other write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hdrectify.exchange.sheet_import import plan, read_workbook
from hdrectify.store.base import Store
from tests.exchange.exchange_helpers import (
    CENTRE_A,
    CENTRE_B,
    CHEN,
    HUANG,
    counts,
    many_contacts,
    roster_db,
)

# -- many rows: checked in memory, written in bulk, audited and carried like any other write ------------


def year_of_contacts(member: str, centre: str, n: int, year: int = 2024) -> list[list[object]]:
    start = dt.date(year, 1, 1)
    return [[member, centre, start + dt.timedelta(days=k * 365 // n), "电话", f"第{k + 1}次"] for k in range(n)]


def test_a_clean_import_of_many_rows_takes_few_statements(tmp_path: Path, store: Store, db_path: Path) -> None:
    # 2,000 rows used to take ~12 statements each (a savepoint, the look-ups, the row, its audit entry,
    # its version and the clock); what is known is now read once and the rows written together
    roster_db(store)
    path = many_contacts(
        tmp_path / "多.xlsx", year_of_contacts(CHEN, CENTRE_A, 1000) + year_of_contacts(HUANG, CENTRE_B, 1000)
    )
    read = read_workbook(path)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        p = plan(store, read, write_if_ok=True)
    finally:
        store.conn.set_trace_callback(None)
    assert p.counts() == {"contact": {"added": 2000, "present": 0, "refused": 0}}
    assert counts(db_path)["contacts"] == 2000
    reads = [s for s in statements if not s.startswith("INSERT")]  # look-ups, savepoints
    assert len(reads) < 100, reads[:20]
    assert len(statements) - len(reads) <= 3 * 2000 + 20  # each row, its audit entry, its version


def test_a_bulk_import_is_audited_and_carried_by_bundles(tmp_path: Path, office, chen) -> None:
    from hdrectify.store.verify import verify
    from tests.exchange.exchange_helpers import CENTRE_A
    from tests.exchange.exchange_helpers import CHEN as MEMBER

    path = many_contacts(tmp_path / "联系.xlsx", year_of_contacts(MEMBER, CENTRE_A, 300, year=2026)[:40])
    with office.store() as store:
        p = plan(store, read_workbook(path), write_if_ok=True)
        assert p.counts() == {"contact": {"added": 40, "present": 0, "refused": 0}}
        report = verify(store, evidence=False)
        assert report.untampered, (report.chain_break, report.row_problems[:3])
        tracked = store.scalar(
            "SELECT count(*) FROM contacts c JOIN sync_rows s ON s.table_name = 'contacts' AND s.row_id = c.id"
            " WHERE s.local_seq IS NOT NULL"
        )
        assert tracked == 40
        assert store.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'contacts'") == 40
    chen.take(office.export())
    assert chen.rows("SELECT count(*) AS n FROM contacts")[0]["n"] == 40
