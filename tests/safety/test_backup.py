"""Backups (online API, rotation, daily, before a migration), the health check on open, and restore."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store.backup import (
    DamagedDatabase,
    backup_file,
    backups_dir,
    daily_backup,
    inspect_backup,
    kept_by_rotation,
    list_backups,
    make_backup,
    newest_good_backup,
    rotate,
)
from hdrectify.store.base import Store
from hdrectify.store.people import add_member
from hdrectify.store.restore import restore
from hdrectify.store.schema import SCHEMA_VERSION
from tests.before_the_lock import before_the_lock
from tests.safety.safety_helpers import damage, snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def members(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM members")}
    finally:
        conn.close()


def test_a_backup_is_a_standalone_checked_copy_with_its_counts(full_db: Path) -> None:
    made = backup_file(full_db)
    assert made.parent == backups_dir(full_db) == full_db.parent / "backups"
    assert made.name.startswith("hdrectify-") and made.name.endswith("-manual.db")
    assert not Path(f"{made}-wal").exists()  # DELETE journal: the file alone is the backup
    info = inspect_backup(made)
    assert info.schema_version == SCHEMA_VERSION
    assert info.counts["centres"] == 2 and info.counts["contacts"] == 2 and info.counts["reviews"] == 1
    assert info.counts["ledger_problems"] == 17
    assert info.taken_at is not None and abs(info.taken_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert snapshot(made) == snapshot(full_db)
    assert not list(made.parent.glob(".*.part"))


def test_backup_while_another_connection_keeps_writing(full_db: Path) -> None:
    stop = threading.Event()
    written: list[str] = []

    def writer() -> None:
        with Store.open(full_db) as store:
            n = 0
            while not stop.is_set():
                with store.transaction():
                    add_member(store, f"并发-{n}")
                written.append(f"并发-{n}")
                n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with Store.open(full_db) as store:
            made = [make_backup(store.conn, full_db, "manual", now=dt.datetime(2026, 1, 1 + d, 9)) for d in range(5)]
    finally:
        stop.set()
        thread.join()
    assert written  # the writer was never blocked for good
    for b in made:
        assert inspect_backup(b).schema_version == SCHEMA_VERSION  # each passes the quick check
    names = [members(b) for b in made]
    assert all(a <= b for a, b in itertools.pairwise(names))  # later snapshots hold more


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2024, 1, 1, 9, 0)
    taken = [start + dt.timedelta(days=d, hours=h) for d in range(500) for h in (0, 5)]
    kept = kept_by_rotation(taken)
    newest_day = max(taken).date()
    last_week = [newest_day - dt.timedelta(days=d) for d in range(7)]
    assert {t.date() for t in kept} >= set(last_week)  # each of the last 7 days
    assert all(t.hour == 14 for t in kept)  # always the newest backup of its day
    weeks = sorted({t.isocalendar()[:2] for t in taken}, reverse=True)[:4]
    assert {t.isocalendar()[:2] for t in kept} >= set(weeks)  # each of the last 4 weeks
    months = sorted({(t.year, t.month) for t in taken}, reverse=True)[:12]
    assert {(t.year, t.month) for t in kept} == set(months)  # the last 12 months, nothing older
    assert len(kept) <= 7 + 4 + 12
    assert kept_by_rotation(taken[:3]) == set(taken[:3]) - {taken[0]}  # day 1 keeps its newest only


def test_rotate_deletes_only_rotated_kinds(full_db: Path) -> None:
    with Store.open(full_db) as store:
        for d in range(40):
            make_backup(store.conn, full_db, "daily", now=dt.datetime(2025, 1, 1, 8) + dt.timedelta(days=d))
        make_backup(store.conn, full_db, "premigrate-v1", now=dt.datetime(2024, 6, 1, 8))
        make_backup(store.conn, full_db, "prerestore", now=dt.datetime(2024, 6, 2, 8))
    rotate(full_db)
    names = [p.name for p in list_backups(full_db)]
    daily = [n for n in names if n.endswith("-daily.db")]
    assert len(daily) == len(kept_by_rotation([dt.datetime(2025, 1, 1, 8) + dt.timedelta(days=d) for d in range(40)]))
    assert len(daily) < 40 and daily[0] == "hdrectify-20250209-080000-daily.db"
    assert "hdrectify-20240601-080000-premigrate-v1.db" in names
    assert "hdrectify-20240602-080000-prerestore.db" in names


def test_daily_backup_once_a_day(full_db: Path) -> None:
    morning = dt.datetime(2026, 3, 2, 8, 30)
    first = daily_backup(full_db, now=morning)
    assert first is not None and first.name.endswith("-daily.db")
    assert daily_backup(full_db, now=morning + dt.timedelta(hours=6)) is None
    assert daily_backup(full_db, now=morning + dt.timedelta(days=1)) is not None
    assert len(list_backups(full_db)) == 2


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-v1.db", path)
    before = snapshot(path)
    Store.open(path).close()
    made = [p for p in list_backups(path) if p.name.endswith("-premigrate-v1.db")]
    assert len(made) == 1
    assert inspect_backup(made[0]).schema_version == 1
    assert snapshot(made[0]) == before


def test_a_damaged_file_is_refused_on_open_and_never_written(full_db: Path) -> None:
    good = backup_file(full_db)
    damage(full_db)
    before = full_db.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        Store.open(full_db, check=True)
    message = str(caught.value)
    assert "已损坏" in message and str(good) in message and "hdrectify restore" in message
    assert full_db.read_bytes() == before
    assert newest_good_backup(full_db) is not None and newest_good_backup(full_db).path == good  # type: ignore[union-attr]


def test_newest_good_backup_skips_a_damaged_backup(full_db: Path) -> None:
    older = backup_file(full_db, now=dt.datetime(2026, 1, 1, 8))
    newer = backup_file(full_db, now=dt.datetime(2026, 1, 2, 8))
    damage(newer)
    found = newest_good_backup(full_db)
    assert found is not None and found.path == older


def test_restore_keeps_the_current_file_first(full_db: Path) -> None:
    old = backup_file(full_db, now=dt.datetime(2026, 1, 1, 8))
    with Store.open(full_db) as store, store.transaction():
        add_member(store, "后来的党员")
    current = snapshot(full_db)
    result = restore(full_db, old)
    assert not result.damaged and result.kept is not None and result.kept.name.endswith("-prerestore.db")
    assert snapshot(result.kept) == current
    assert "后来的党员" not in members(full_db) and "陈志强" in members(full_db)
    with Store.open(full_db, check=True) as store:
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA integrity_check") == "ok"


def test_restore_over_a_damaged_file_moves_it_aside_untouched(full_db: Path) -> None:
    good = backup_file(full_db)
    damage(full_db)
    damaged_bytes = full_db.read_bytes()
    result = restore(full_db, good)
    assert result.damaged and result.kept is not None and ".damaged-" in result.kept.name
    assert result.kept.read_bytes() == damaged_bytes
    with Store.open(full_db, check=True) as store:
        assert store.scalar("SELECT count(*) FROM contacts") == 2


@pytest.mark.parametrize("make", ["missing", "not sqlite", "damaged", "newer", "other program"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(full_db: Path, tmp_path: Path, make: str) -> None:
    bad = tmp_path / "bad.db"
    if make == "not sqlite":
        bad.write_bytes(b"hello" * 1000)
    elif make == "damaged":
        shutil.copy(backup_file(full_db), bad)
        damage(bad)
    elif make == "newer":
        shutil.copy(backup_file(full_db), bad)
        with sqlite3.connect(bad) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    elif make == "other program":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE photos (id)")
        conn.close()
    before = snapshot(full_db)
    backups = list_backups(full_db)
    with pytest.raises(InputError):
        restore(full_db, bad)
    assert snapshot(full_db) == before
    assert list_backups(full_db) == backups


def _edited_behind_the_apps_back(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE reviews SET score = 100")
    conn.close()


def test_restore_refuses_a_backup_that_does_not_verify_unless_forced(full_db: Path, tmp_path: Path) -> None:
    from hdrectify.store.backup import BackupFailsVerify

    bad = tmp_path / "edited.db"
    shutil.copy(backup_file(full_db), bad)
    _edited_behind_the_apps_back(bad)
    before, backups = snapshot(full_db), list_backups(full_db)
    with pytest.raises(BackupFailsVerify) as caught:
        restore(full_db, bad)
    assert "reviews" in str(caught.value) and "\n" not in str(caught.value)
    assert not caught.value.report.untampered
    assert snapshot(full_db) == before and list_backups(full_db) == backups  # nothing replaced, nothing kept
    result = restore(full_db, bad, force=True)
    assert result.report is not None and not result.report.ok
    with Store.open(full_db) as store:
        assert store.scalar("SELECT score FROM reviews") == 100


def test_restore_checks_the_evidence_beside_the_database(full_db: Path, tmp_path: Path) -> None:
    """Backups hold the database only: its evidence rows must find their files beside the live database."""
    from hdrectify.store.backup import BackupFailsVerify
    from hdrectify.store.evidence import add_evidence, evidence_file
    from hdrectify.store.verify import check_backup

    scan = tmp_path / "会议纪要.pdf"
    scan.write_bytes(b"%PDF minutes")
    with Store.open(full_db) as store:
        measure = store.scalar("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")
        with store.transaction(), before_the_lock(store, measure):  # a measure closed in the seed
            row = add_evidence(store, measure, scan)
        stored = evidence_file(store, row)
    saved = backup_file(full_db)
    assert check_backup(saved, full_db).ok
    stored.unlink()
    report = check_backup(saved, full_db)
    assert report.untampered and len(report.evidence_missing) == 1
    before = snapshot(full_db)
    with pytest.raises(BackupFailsVerify, match="佐证材料缺失"):
        restore(full_db, saved)
    assert snapshot(full_db) == before


def test_restore_an_older_schema_upgrades_it(full_db: Path) -> None:
    result = restore(full_db, FIXTURES / "schema-v1.db")
    assert result.info.schema_version == 1
    with Store.open(full_db) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM contacts") == 1


def test_half_backups_of_killed_runs_are_cleared_once_stale(full_db: Path) -> None:
    import os
    import time

    folder = backups_dir(full_db)
    folder.mkdir()
    old, fresh = folder / ".hdrectify-20250101-080000-daily.db.part", folder / ".hdrectify-x-manual.db.part"
    for p in (old, fresh):
        p.write_bytes(b"half")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    backup_file(full_db)
    assert not old.exists() and fresh.exists()  # a fresh one may be another run's, still writing
