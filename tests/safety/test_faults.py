"""A full disk at the store: the action fails whole, the file and the audit chain stay as they were."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hdrectify.store import db, faults
from hdrectify.store import restore as restore_module
from hdrectify.store.backup import backups_dir, make_backup
from hdrectify.store.base import Store
from hdrectify.store.people import add_member
from hdrectify.store.verify import verify
from tests.safety.safety_helpers import snapshot


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


@pytest.mark.parametrize(
    ("number", "kind", "words"),
    [
        (errno.ENOSPC, faults.FULL, "磁盘已满"),
        (errno.EDQUOT, faults.FULL, "磁盘已满"),
        (errno.EACCES, faults.READ_ONLY, "没有写入权限"),
        (errno.EROFS, faults.READ_ONLY, "没有写入权限"),
    ],
)
def test_an_os_error_is_named_with_its_folder(number: int, kind: str, words: str, tmp_path: Path) -> None:
    target = tmp_path / "文件夹" / "hdrectify.db"
    error = OSError(number, os.strerror(number), str(target))
    assert faults.classify(error) == kind
    text = faults.describe(error, target)
    assert words in text and str(target.parent) in text and "\n" not in text


# -- a real full disk: a tiny tmpfs (needs root to mount; skipped where it cannot be) ---------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if shutil.which("mount") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=False)  # still busy: detach it all the same


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))


@pytest.mark.parametrize(("args", "leave"), [(("init",), 0), (("init", "--seed"), 40 * 1024)])
def test_init_on_a_full_disk_says_so_and_leaves_nothing(
    run, tiny_disk: Path, args: tuple[str, ...], leave: int
) -> None:
    fill(tiny_disk, leave)
    db = tiny_disk / "hdrectify.db"
    code, out, err = run("--db", db, *args)
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert "磁盘已满" in err and "不是 hdrectify 数据库" not in err and str(tiny_disk) in err
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]  # no empty database left behind


def test_a_database_on_a_full_disk_is_said_to_be_on_a_full_disk(run, full_db: Path, tiny_disk: Path) -> None:
    """SQLite cannot make the -shm it needs to read a WAL database: that is a full disk, not a foreign file."""
    db = tiny_disk / "hdrectify.db"
    shutil.copy(full_db, db)
    fill(tiny_disk)
    before = db.read_bytes()
    for args in (("status", "--month", "2024-03"), ("member", "add", "新党员"), ("verify",)):
        code, _out, err = run("--db", db, *args)
        assert code == 1 and "磁盘已满" in err and "不是 hdrectify 数据库" not in err, (args, err)
        assert err.count("\n") == 1
    assert db.read_bytes() == before


def test_a_restore_on_a_full_disk_leaves_the_database_where_it_was(run, full_db: Path, tiny_disk: Path) -> None:
    """The file cannot be read for want of room: that is no reason to move it aside as damaged."""
    db = tiny_disk / "hdrectify.db"
    shutil.copy(full_db, db)
    saved = full_db.parent / "saved.db"
    assert run("--db", full_db, "backup", "-o", saved)[0] == 0
    fill(tiny_disk)
    before = db.read_bytes()
    code, _out, err = run("--db", db, "restore", saved)
    assert code == 1 and "磁盘已满" in err and err.count("\n") == 1, err
    assert db.read_bytes() == before and not list(tiny_disk.glob("*.damaged-*"))


def test_a_document_saved_to_a_full_disk_says_the_disk_is_full(
    run, full_db: Path, tiny_disk: Path, tmp_path: Path
) -> None:
    """Not "无法读写文件（No space left on device）": the cause in Chinese, the folder named, nothing left
    behind: neither a part file on the disk nor a file or archive left open by the library that wrote it."""
    fill(tiny_disk)
    state = tmp_path / "state"
    for args in (
        ("ledger", "-o", tiny_disk / "台账.xlsx"),
        ("ledger", "-o", tiny_disk / "台账.pdf"),
        ("ledger", "-o", tiny_disk / "报告.docx"),
        ("summary", "--quarter", "2024-Q1", "-o", tiny_disk / "汇总.xlsx"),
        ("summary", "--quarter", "2024-Q1", "-o", tiny_disk / "汇总.pdf"),
        ("checklist", "--month", "2024-03", "-o", tiny_disk / "清单.pdf"),
        ("template", "-o", tiny_disk / "模板.xlsx"),
        ("bundle", "export", "--all", "-o", tiny_disk / "a.hdbundle"),
    ):
        code, out, err = run("--db", full_db, *args)
        assert code == 1 and out == "" and err.count("\n") == 1, (args, err)
        assert "磁盘已满" in err and "No space" not in err, (args, err)
        # as a user runs it: no file or ZIP archive the writer opened is left for the garbage collector to
        # close (a ResourceWarning, or "Exception ignored in: ZipFile.__del__" and a traceback on stderr)
        done = subprocess.run(
            [sys.executable, "-W", "always::ResourceWarning", "-m", "hdrectify", "--db", str(full_db), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONUTF8": "1", "XDG_STATE_HOME": str(state)},
            timeout=120,
        )
        assert done.returncode == 1 and "磁盘已满" in done.stderr, (args, done.stderr)
        assert "Exception ignored" not in done.stderr and "ResourceWarning" not in done.stderr, (args, done.stderr)
        # the one line the user reads, in Chinese; the system's English went to the log file
        assert done.stderr.startswith("错误：") and done.stderr.count("\n") == 1, (args, done.stderr)
    assert "No space left on device" in (state / "hdrectify" / "log" / "hdrectify.log").read_text(encoding="utf-8")
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize("when", ["before", "during the copy"])
def test_a_restore_while_another_program_writes_says_so_and_leaves_the_database(
    run, monkeypatch: pytest.MonkeyPatch, full_db: Path, when: str
) -> None:
    """Another program holds the write lock, from before the restore or from once its prerestore copy is
    made: ``hdrectify restore`` says the database is in use, after the busy timeout, not never (Python's
    backup API retries a locked step for ever unless told to stop)."""
    saved = full_db.parent / "saved.db"
    assert run("--db", full_db, "backup", "-o", saved)[0] == 0
    with Store.open(full_db) as store, store.transaction():
        add_member(store, "恢复后不该有")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(full_db, isolation_level=None)
    if when == "before":
        other.execute("BEGIN IMMEDIATE")
    else:

        def then_locked(*args: Any, **kwargs: Any) -> Path:
            made = make_backup(*args, **kwargs)
            other.execute("BEGIN IMMEDIATE")
            return made

        monkeypatch.setattr(restore_module, "make_backup", then_locked)
    before = snapshot(full_db)
    try:
        code, _out, err = run("--db", full_db, "restore", saved)
    finally:
        other.close()
    assert code == 1 and "占用" in err and err.count("\n") == 1, err
    assert snapshot(full_db) == before
    kept = list(backups_dir(full_db).glob("*-prerestore.db"))
    assert len(kept) == (0 if when == "before" else 1)  # refused before its copy, or the copy made in vain
