"""hdrectify backup / restore / verify, and the environment faults as the command line meets them."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from hdrectify.store.backup import list_backups
from hdrectify.store.base import Store
from hdrectify.store.people import add_member
from hdrectify.store.schema import SCHEMA_VERSION
from tests.safety.safety_helpers import damage, run_cli, snapshot


def test_backup_into_the_backups_folder_and_to_a_file(run, full_db: Path, tmp_path: Path) -> None:
    code, out, err = run("--db", full_db, "backup")
    assert (code, err) == (0, "")
    (made,) = list_backups(full_db)
    assert str(made) in out and "联系记录 2" in out
    target = tmp_path / "u盘" / "备份.db"
    code, out, err = run("--db", full_db, "backup", "-o", target)
    assert (code, err) == (0, "") and str(target) in out
    assert snapshot(target) == snapshot(full_db)


def test_restore_from_the_command_line(run, full_db: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    assert run("--db", full_db, "backup", "-o", saved)[0] == 0
    assert run("--db", full_db, "member", "add", "后来的党员")[0] == 0
    code, out, err = run("--db", full_db, "restore", saved)
    assert (code, err) == (0, "")
    assert "已从" in out and "联系记录 2" in out and "恢复前的数据库已备份为" in out
    with Store.open(full_db) as store:
        assert store.scalar("SELECT count(*) FROM members WHERE name = '后来的党员'") == 0
    (kept,) = [p for p in list_backups(full_db) if p.name.endswith("-prerestore.db")]
    assert "后来的党员" in {r[0] for r in sqlite3.connect(kept).execute("SELECT name FROM members")}
    assert run("--db", full_db, "verify")[0] == 0


def test_restore_refuses_a_backup_that_does_not_verify_unless_forced(run, full_db: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.db"
    assert run("--db", full_db, "backup", "-o", saved)[0] == 0
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE reviews SET score = 100")
    conn.commit()
    conn.close()
    before = snapshot(full_db)
    code, out, err = run("--db", full_db, "restore", saved)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("错误：") and "校验未通过" in err and "reviews" in err and "--force" in err
    assert snapshot(full_db) == before and list_backups(full_db) == []
    code, out, err = run("--db", full_db, "restore", saved, "--force")
    assert code == 0 and "已从" in out and "校验未通过" in err and "--force" in err
    with Store.open(full_db) as store:
        assert store.scalar("SELECT score FROM reviews") == 100
    assert run("--db", full_db, "verify")[0] == 3  # restored as it was: verify still says so


def test_bad_restore_is_one_line_and_changes_nothing(run, full_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    before = snapshot(full_db)
    for source in (junk, tmp_path / "missing.db"):
        code, out, err = run("--db", full_db, "restore", source)
        assert code == 1 and out == "" and err.startswith("错误：") and err.count("\n") == 1
    assert snapshot(full_db) == before


def test_a_damaged_database_is_refused_and_the_newest_good_backup_named(run, full_db: Path) -> None:
    run("--db", full_db, "backup")
    (good,) = list_backups(full_db)
    damage(full_db)
    before = full_db.read_bytes()
    for args in (("member", "add", "新党员"), ("verify",), ("backup",)):
        code, _out, err = run("--db", full_db, *args)
        assert code == 1 and "已损坏" in err and err.count("\n") == 1, (args, err)
    assert "restore" in err and str(good) in err
    assert full_db.read_bytes() == before
    code, out, _ = run("--db", full_db, "restore", good)
    assert code == 0 and "原数据库已损坏，已原样移到" in out
    assert run("--db", full_db, "verify")[0] == 0


def test_a_database_from_a_newer_version_is_refused_by_the_new_commands(run, full_db: Path) -> None:
    conn = sqlite3.connect(full_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = full_db.read_bytes()
    for args in (("backup",), ("verify",)):
        code, _out, err = run("--db", full_db, *args)
        assert code == 1 and "更新版本" in err and "Traceback" not in err
    assert full_db.read_bytes() == before


def test_the_command_line_works_while_another_program_writes(full_db: Path) -> None:
    """A second connection holds the database (as the window does) and writes between the commands."""
    with Store.open(full_db) as window:
        for n in range(3):
            code, _out, err = run_cli("--db", full_db, "member", "add", f"命令行-{n}")
            assert (code, err) == (0, ""), err
            with window.transaction():
                add_member(window, f"窗口-{n}")
        names = {r["name"] for r in window.rows("SELECT name FROM members")}
    assert {f"命令行-{n}" for n in range(3)} | {f"窗口-{n}" for n in range(3)} <= names
    assert run_cli("--db", full_db, "verify")[0] == 0


def test_a_command_waits_for_a_writer_instead_of_failing(full_db: Path) -> None:
    """While the window holds the write lock a moment, the command waits (busy timeout) and then succeeds."""
    import subprocess
    import sys
    import time

    with Store.open(full_db) as window:
        env = {**os.environ, "PYTHONUTF8": "1"}
        with window.transaction():
            add_member(window, "窗口先写")
            child = subprocess.Popen(
                [sys.executable, "-m", "hdrectify", "--db", str(full_db), "member", "add", "命令行后写"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            time.sleep(1.0)  # the command is waiting for the lock now
            assert child.poll() is None
        _out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    assert run_cli("--db", full_db, "verify")[0] == 0


# Root ignores file permissions; as root, the command runs without the capability that lets it.
AS_USER = ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]


def _obeying_permissions(*args: object) -> tuple[int, str, str]:
    import subprocess
    import sys

    prefix = AS_USER if os.geteuid() == 0 else []
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "hdrectify", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONUTF8": "1"},
        timeout=120,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or (os.geteuid() == 0 and shutil.which("setpriv") is None),
    reason="needs POSIX permissions (and setpriv when run as root)",
)
def test_a_read_only_data_directory_gives_a_clear_message_and_loses_nothing(full_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    db = folder / "hdrectify.db"
    shutil.copy(full_db, db)
    before = snapshot(db)
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        for args in (("member", "add", "新党员"), ("backup",), ("status", "--month", "2024-03")):
            code, _out, err = _obeying_permissions("--db", db, *args)
            assert code == 1 and "Traceback" not in err and err.count("\n") == 1, (args, err)
            assert "只读" in err and "数据未作改动" in err, err
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)
    assert snapshot(db) == before


def test_a_write_is_refused_even_when_the_damage_is_elsewhere_in_the_file(run, full_db: Path) -> None:
    """Adding a member never reads the ledger's pages; the quick check before the write still finds them broken."""
    conn = sqlite3.connect(full_db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ledger_measures'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(full_db, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)
    before = full_db.read_bytes()
    code, _out, err = run("--db", full_db, "member", "add", "新党员")
    assert code == 1 and "已损坏" in err
    assert full_db.read_bytes() == before
    code, out, _err = run("--db", full_db, "status", "--month", "2024-03")  # reading still works
    assert code == 0 and "陈志强" in out


def test_the_first_write_of_the_day_backs_up_first(run, full_db: Path) -> None:
    assert run("--db", full_db, "status", "--month", "2024-03")[0] == 0
    assert list_backups(full_db) == []  # reading does not
    before = snapshot(full_db)
    assert run("--db", full_db, "member", "add", "今天第一位")[0] == 0
    (daily,) = list_backups(full_db)
    assert daily.name.endswith("-daily.db") and snapshot(daily) == before  # taken before the write
    assert run("--db", full_db, "member", "add", "今天第二位")[0] == 0
    assert list_backups(full_db) == [daily]  # once a day
