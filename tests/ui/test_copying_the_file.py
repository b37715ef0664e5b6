"""Copying the database file: the copy holds what the window wrote, and a copy that left its data
behind in a ``-wal`` file says so instead of looking like a new, empty database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from hdrectify.app import open_context
from hdrectify.store.people import add_member
from hdrectify.ui.context import PEOPLE
from hdrectify.ui.main_window import MainWindow
from tests.cli_runner import run_subprocess


def _members_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM members ORDER BY name")]


def test_a_copy_of_the_file_alone_has_what_the_window_wrote(qtbot, demo_ctx, tmp_path: Path) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    with demo_ctx.write() as store:
        add_member(store, "复制测试员")
    demo_ctx.notify(PEOPLE)
    copy = tmp_path / "copy" / "demo.db"
    copy.parent.mkdir()

    def copied_has_it() -> bool:
        shutil.copy(demo_ctx.path, copy)  # the file only, as someone copies it to a USB stick
        return "复制测试员" in _members_in(copy)

    qtbot.waitUntil(copied_has_it, timeout=6000)
    assert window.isVisible()  # the window is still open on it


def test_closing_the_window_leaves_everything_in_the_file(qtbot, tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "hd.db", create=True, seed=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    with ctx.write() as store:
        add_member(store, "关窗测试员")
    window.close()  # at once, before the write's debounce has run
    shutil.copy(ctx.path, tmp_path / "copy.db")
    ctx.close()
    assert "关窗测试员" in _members_in(tmp_path / "copy.db")


def test_a_copy_without_its_wal_says_it_is_incomplete(tmp_path: Path) -> None:
    ctx = open_context(tmp_path / "hd.db", create=True, seed=True)  # held open: the data is in hd.db-wal
    try:
        assert Path(f"{ctx.path}-wal").stat().st_size > 0
        copy = tmp_path / "usb" / "hd.db"
        copy.parent.mkdir()
        shutil.copy(ctx.path, copy)
    finally:
        ctx.close()
    code, _out, err = run_subprocess("--db", copy, "status", "--month", "2024-03")
    assert code != 0
    assert err.startswith("错误：")
    assert "尚未初始化" not in err
    assert "hd.db-wal" in err and "备份" in err
    assert len(err.strip().splitlines()) == 1
    assert copy.stat().st_size > 0 and not Path(f"{copy}-wal").exists()  # nothing was written to the copy


def test_a_command_that_wrote_leaves_nothing_in_the_wal(tmp_path: Path) -> None:
    db = tmp_path / "hd.db"
    assert run_subprocess("--db", db, "init")[0] == 0
    assert run_subprocess("--db", db, "member", "add", "命令行测试员")[0] == 0
    shutil.copy(db, tmp_path / "copy.db")
    assert _members_in(tmp_path / "copy.db") == ["命令行测试员"]
