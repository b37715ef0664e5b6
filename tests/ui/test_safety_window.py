"""The window's safety: one window per database (a second one read-only), the CLI beside it, a damaged
file refused with its newest good backup offered, a newer file refused, writes before the check, faults.

备份 / 恢复备份 / 校验数据 are in test_backup_window.py, a record's history in test_history_window.py.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate

from hdrectify.domain.errors import InputError
from hdrectify.store.backup import backup_file, list_backups
from hdrectify.ui.context import AppContext
from hdrectify.ui.log_dialog import LogDialog
from tests.ui.ui_helpers import click, damage, open_window, shot, shown_errors, snapshot

# -- one window per database ---------------------------------------------------------------------------


def test_a_second_window_is_told_and_may_open_read_only(qtbot, launchers, db: Path) -> None:
    first_launcher = launchers()
    first = open_window(qtbot, first_launcher, db)
    second = launchers()
    assert first_launcher.beacon is not None
    with qtbot.waitSignal(first_launcher.beacon.raised, timeout=5000):  # the first window comes to the front
        assert second.open(db) is None
    box = second.prompt
    assert box is not None and box.isVisible()
    assert "已在另一个窗口中打开" in box.windowTitle() and str(db) in box.text() and "只读" in box.text()
    assert "已把那个窗口切换到前面" in box.text()
    shot(box, "lock-prompt")
    click(box, "只读打开")
    qtbot.waitUntil(lambda: second.window is not None)
    reader = second.window
    assert reader is not None
    qtbot.addWidget(reader)
    assert reader.ctx.read_only and "（只读）" in reader.windowTitle()
    assert not reader.ui.actionBackup.isEnabled() and not reader.ui.actionRestore.isEnabled()
    before = snapshot(reader.ctx)
    dialog = LogDialog(reader.ctx, reader)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "只读" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(reader.ctx) == before
    assert not first.ctx.read_only  # the first keeps writing
    with first.ctx.write() as store:
        store.set_setting("installation_name", "办公室")


def test_the_lock_is_released_when_the_window_moves_to_another_database(
    qtbot, launchers, db: Path, tmp_path: Path
) -> None:
    first = launchers()
    open_window(qtbot, first, db, settled=False)
    open_window(qtbot, first, tmp_path / "other.db", create=True)
    assert open_window(qtbot, launchers(), db, settled=False) is not None  # the first window let go of it


def test_the_command_line_works_while_the_window_is_open(qtbot, launchers, db: Path) -> None:
    window = open_window(qtbot, launchers(), db)
    env = {**os.environ, "PYTHONUTF8": "1"}
    cli = [sys.executable, "-m", "hdrectify", "--db", str(db)]
    done = subprocess.run([*cli, "member", "add", "命令行党员"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    with window.ctx.write() as store:  # and the window writes between the commands
        store.insert("members", {"name": "窗口党员"})
    done = subprocess.run([*cli, "verify"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    names = {r["name"] for r in window.ctx.store.rows("SELECT name FROM members")}
    assert {"命令行党员", "窗口党员"} <= names


def test_the_first_start_of_the_day_backs_up(qtbot, launchers, db: Path) -> None:
    window = open_window(qtbot, launchers(), db)
    qtbot.waitUntil(lambda: any(p.name.endswith("-daily.db") for p in list_backups(db)), timeout=20_000)
    qtbot.waitUntil(lambda: "自动备份" in window.statusBar().currentMessage())


# -- damaged, newer ------------------------------------------------------------------------------------


def test_a_damaged_file_is_refused_and_its_newest_good_backup_offered(qtbot, launchers, db: Path) -> None:
    backup_file(db)
    damage(db)
    damaged = db.read_bytes()
    launcher = launchers()
    assert launcher.open(db) is None
    box = launcher.prompt
    assert box is not None and "已损坏" in box.text() and "不会写入" in box.text() and "联系记录" in box.text()
    assert db.read_bytes() == damaged  # nothing written, not even the lock's "last opened"
    shot(box, "damaged-prompt")
    click(box, "恢复此备份")
    qtbot.waitUntil(lambda: launcher.window is not None)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.window.ctx.store.scalar("SELECT count(*) FROM contacts") > 100
    assert launcher.prompt is not None and "已恢复" in launcher.prompt.text()
    (aside,) = db.parent.glob("hdrectify.db.damaged-*")
    assert aside.read_bytes() == damaged


def damage_unread(path: Path) -> None:
    """Break a page of the audit log, which showing the window does not read: only the check finds it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (page,) = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20"
    ).fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xde\xad\xbe\xef" * 4)


def test_a_file_found_damaged_after_the_window_opened_offers_its_backup_and_is_never_written(
    qtbot, launchers, db: Path
) -> None:
    """The window opens before the check (start-up speed); the check then finds the damage, the same
    prompt offers the newest good backup, and nothing is ever written to the damaged file."""
    backup_file(db)
    damage_unread(db)
    damaged = db.read_bytes()
    launcher = launchers()
    window = open_window(qtbot, launcher, db)
    assert launcher.prompt is not None
    box = launcher.prompt
    assert box is not None and "已损坏" in box.text() and "不会写入" in box.text() and "联系记录" in box.text()
    assert "已损坏" in window.windowTitle()
    dialog = LogDialog(window.ctx, window)  # the window stays to read, and every write is refused
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "已损坏" in shown_errors(dialog) and dialog.isVisible()
    with pytest.raises(InputError, match="已损坏"), window.ctx.write() as store:
        store.set_setting("installation_name", "办公室")
    window.checkpoint()
    assert db.read_bytes() == damaged  # nothing written, not even "last opened"
    assert not any(p.name.endswith("-daily.db") for p in list_backups(db))  # no backup of a damaged file
    click(box, "恢复此备份")
    qtbot.waitUntil(lambda: launcher.window is not window)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.window.ctx.store.scalar("SELECT count(*) FROM contacts") > 100
    (aside,) = (p for p in db.parent.glob("hdrectify.db.damaged-*") if not p.name.endswith(("-wal", "-shm")))
    assert aside.read_bytes() == damaged


@pytest.fixture
def slow_check(monkeypatch) -> threading.Event:
    """The integrity check held until the returned event is set (a big file on a slow disk)."""
    from hdrectify.store import backup

    real, gate = backup.check_file, threading.Event()

    def held(path: Path, cancelled: Any = lambda: False) -> Any:
        gate.wait(30)
        return real(path, cancelled)

    monkeypatch.setattr(backup, "check_file", held)
    return gate


def test_a_write_before_the_check_has_passed_is_refused_then_succeeds(
    qtbot, launchers, db: Path, slow_check: threading.Event, monkeypatch
) -> None:
    from hdrectify.ui import context

    monkeypatch.setattr(context, "CHECK_WAIT_S", 0.2)
    window = open_window(qtbot, launchers(), db, settled=False)
    assert window.ctx.checking and window.isVisible()  # shown before the check ran
    before = snapshot(window.ctx)
    dialog = LogDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "正在检查" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(window.ctx) == before
    slow_check.set()
    qtbot.waitUntil(lambda: not window.ctx.checking, timeout=20_000)
    dialog.save()
    assert not dialog.isVisible() and snapshot(window.ctx) != before
    qtbot.waitUntil(lambda: window.ctx.store.setting("last_opened") is not None)  # noted once it passed


def test_a_write_waits_for_a_check_about_to_finish(qtbot, launchers, db: Path, slow_check: threading.Event) -> None:
    window = open_window(qtbot, launchers(), db, settled=False)
    assert window.ctx.checking
    threading.Timer(0.3, slow_check.set).start()
    with window.ctx.write() as store:  # waits on the check (it passes), then writes
        store.insert("members", {"name": "等待的党员"})
    assert not window.ctx.checking
    assert window.ctx.store.scalar("SELECT count(*) FROM members WHERE name = '等待的党员'") == 1


def test_closing_the_window_interrupts_a_running_check(qtbot, launchers, db: Path, slow_check: threading.Event) -> None:
    launcher = launchers()
    window = open_window(qtbot, launcher, db, settled=False)
    assert window.ctx.checking
    slow_check.set()
    window.close()
    assert window.ctx.tasks.running() == 0  # nothing left reading the file


def test_a_database_from_a_newer_version_is_refused_in_words(qtbot, launchers, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    launcher = launchers()
    assert launcher.open(db) is None
    assert launcher.prompt is not None and "更新版本" in launcher.prompt.text()
    assert db.read_bytes() == before


def test_a_full_disk_is_a_message_and_nothing_is_saved(qtbot, demo_ctx: AppContext) -> None:
    pages = demo_ctx.store.scalar("PRAGMA page_count")
    demo_ctx.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    before = snapshot(demo_ctx)
    dialog = LogDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.ui.noteEdit.setPlainText("很长的情况记录" * 3000)
    dialog.save()
    assert "磁盘已满" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(demo_ctx) == before
    with pytest.raises(InputError, match="磁盘已满"), demo_ctx.write() as store:
        store.insert("members", {"name": "x" * 100_000})
