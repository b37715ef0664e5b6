"""Schema 4: a problem may wait for its number (``ledger_problems.no`` NULL), the old rows kept as they were."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hdrectify.store.base import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_schema_3_database_keeps_its_problems_and_their_measures_and_allows_pending_numbers(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-v3.db", path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM ledger_problems ORDER BY id").fetchall()
    links = conn.execute("SELECT id, problem_id FROM ledger_measures ORDER BY id").fetchall()
    conn.close()
    assert len(before) == 17

    with Store.open(path, actor="tester") as store:
        assert store.rows("PRAGMA foreign_key_check") == []
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert [tuple(r.values()) for r in store.rows("SELECT * FROM ledger_problems ORDER BY id")] == before
        assert [
            tuple(r.values()) for r in store.rows("SELECT id, problem_id FROM ledger_measures ORDER BY id")
        ] == links
        assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ledger_problems_area'") == 1
        area = store.scalar("SELECT id FROM ledger_areas WHERE no = 1")
        with store.transaction():
            for title in ("待编号一", "待编号二"):  # several may wait at once
                store.insert("ledger_problems", {"area_id": area, "no": None, "title": title, "source": "visit"})
        assert store.scalar("SELECT count(*) FROM ledger_problems WHERE no IS NULL") == 2
        with pytest.raises(sqlite3.IntegrityError, match=r"ledger_problems\.no"), store.transaction():
            store.insert("ledger_problems", {"area_id": area, "no": 1, "title": "重号", "source": "visit"})
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), store.transaction():
            store.insert("ledger_measures", {"problem_id": "no-such-problem", "no": 1, "text": "x"})
