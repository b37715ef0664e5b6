"""``hdrectify`` opens the window without the command line's imports, and runs every command as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hdrectify.launch import _NOT_THE_WINDOW, window_database
from hdrectify.ui import qt_first
from tests.cli_runner import run_subprocess

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "db"),
    [
        ([], None),
        (["--db", "x.db"], "x.db"),
        (["--db=x.db"], "x.db"),
        (["--db", "台账 2024.db"], "台账 2024.db"),
    ],
)
def test_the_window_alone_is_recognised(args: list[str], db: str | None) -> None:
    assert window_database(args) == db


@pytest.mark.parametrize(
    "args",
    [["status"], ["--db", "x.db", "status"], ["--help"], ["--version"], ["--db"], ["--db", "--help"], ["--db="],
     ["--bd", "x.db"], ["-h"]],
)  # fmt: skip
def test_anything_else_goes_to_the_command_line(args: list[str]) -> None:
    assert window_database(args) is _NOT_THE_WINDOW


def test_commands_and_help_still_answer(tmp_path: Path) -> None:
    code, out, _ = run_subprocess("--version")
    assert code == 0 and "hdrectify" in out
    code, out, _ = run_subprocess("--help")
    assert code == 0 and "整改台账" in out
    code, _, err = run_subprocess("--db")
    assert code == 2 and "错误" in err  # click's own message, in Chinese, as before


def test_the_window_starts_without_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert run_subprocess("--db", db, "init")[0] == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HDRECTIFY_QUIT_WHEN_SHOWN": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "hdrectify", "--db", str(db)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
    assert "hdrectify.ui.main_window" in imported  # the window was opened
    assert "click" not in imported and "hdrectify.cli" not in imported
    assert len(done.stdout.split()) == 3  # the clocks printed when shown: wall, process CPU, main thread CPU


def test_no_module_uses_pysides_features() -> None:
    """qt_first tells PySide's import hook that no module uses ``from __feature__ import ...``."""
    feature_import = "from " + "__feature__"
    used = [p for p in (ROOT / "hdrectify").rglob("*.py") if feature_import in p.read_text(encoding="utf-8")]
    assert used == []


def test_the_import_hook_scan_is_skipped() -> None:
    assert qt_first.import_qt()  # the installed PySide6 has the hook: an upgrade that drops it is noticed
    from shibokensupport import feature

    assert feature._mod_uses_pyside is qt_first._uses_no_features
