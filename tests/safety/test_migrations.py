"""Every released schema (tests/fixtures/schema-v*.db) upgrades to the current one, keeping its data,
with a backup of the old file first and the audit chain computed over the entries it already had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hdrectify.store.audit import GENESIS
from hdrectify.store.backup import inspect_backup, list_backups
from hdrectify.store.base import Store
from hdrectify.store.schema import DATA_TABLES, SCHEMA_VERSION, STEPS
from hdrectify.store.verify import verify

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-v*.db"), key=lambda p: int(p.stem.split("-v")[1]))


def rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every data table's rows, sorted; of the given ``columns`` only (a later schema adds columns)."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # an older fixture lacks the newer tables (and its upgrade's tables are compared as it had them)
        for t in (t for t in DATA_TABLES if t in present and (columns is None or t in columns)):
            names = ", ".join(f"[{c}]" for c in columns[t]) if columns else "*"
            found[t] = sorted(conn.execute(f"SELECT {names} FROM [{t}]").fetchall(), key=repr)
        return found
    finally:
        conn.close()


def table_columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")] for t in DATA_TABLES if t in present}
    finally:
        conn.close()


def test_there_is_a_fixture_of_every_schema_version() -> None:
    assert [int(p.stem.split("-v")[1]) for p in RELEASED] == list(range(1, len(STEPS) + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_each_fixture_upgrades_to_the_current_schema(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    conn = sqlite3.connect(path)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    entries = conn.execute("SELECT id FROM audit_log ORDER BY rowid").fetchall()
    conn.close()
    before, columns = rows(path), table_columns(path)
    assert version == int(fixture.stem.split("-v")[1])

    with Store.open(path, check=True) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("PRAGMA integrity_check") == "ok"
        report = verify(store)
        assert report.ok, report.first_break
        # 0006 audits the notice's figures it fills in (test_the_notice_s_row_gets_the_figures_…)
        added = 1 if version < 6 else 0
        assert report.entries == len(entries) + added
        chained = store.rows("SELECT id, prev_hash, hash FROM audit_log ORDER BY rowid")
        assert [(r["id"],) for r in chained][: len(entries)] == entries  # in their existing order
        assert chained[0]["prev_hash"] == GENESIS and all(r["hash"] for r in chained)
        assert store.scalar("SELECT count(*) FROM contacts") >= 1
    after = rows(path, columns)
    for table, old in before.items():
        if table != "settings":  # settings may gain new keys; the others are as they were
            assert after[table] == old, table

    backups = list_backups(path)
    if version < SCHEMA_VERSION:
        assert [b.name.rsplit("-", 1)[1] for b in backups] == [f"v{version}.db"]
        assert inspect_backup(backups[0]).schema_version == version
    else:
        assert backups == []


@pytest.mark.parametrize("fixture", RELEASED[:5], ids=lambda p: p.stem)
def test_the_notice_s_row_gets_the_figures_the_notice_declares(fixture: Path, tmp_path: Path) -> None:
    """0006: the notice says 13 problems (51 specific) and 72 measures, besides the 17 and 66 it itemises."""
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    with Store.open(path) as store:
        declared = store.rows("SELECT declared_problems, declared_specific, declared_measures FROM ledger_sources")
    assert [tuple(r.values()) for r in declared] == [(13, 51, 72)]
    with Store.open(path) as store:
        assert verify(store).ok  # an audited change: the row matches its history
        (entry,) = store.rows("SELECT actor, reason FROM audit_log WHERE reason LIKE '数据库升级%'")
    assert entry["actor"] == "hdrectify" and "整改措施数" in entry["reason"]


def test_a_damaged_old_database_is_not_migrated(tmp_path: Path) -> None:
    """Even a command that only reads would upgrade an old file: not when it is damaged."""
    from hdrectify.store.backup import DamagedDatabase
    from tests.safety.safety_helpers import damage

    path = tmp_path / "old.db"
    shutil.copy(RELEASED[0], path)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabase):
        Store.open(path)  # no check asked for
    assert path.read_bytes() == before
    assert list_backups(path) == []
