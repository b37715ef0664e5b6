"""Helpers for the command-line tests: an isolated home, running the CLI, a ready database, snapshots.

Every test gets its own HOME and XDG directories under ``tmp_path`` and no
``HDRECTIFY_DB``, so nothing reads or writes the real user data directory. The
CLI runs in-process through ``hdrectify.cli.main`` (what the ``hdrectify`` script
calls), or as ``python -m hdrectify`` in a subprocess where the exit status and the
imported modules of a real run matter.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests import cli_runner
from tests.cli_runner import Result, run_in_process

Runner = Callable[..., Result]
Snapshot = dict[str, list[tuple[Any, ...]]]

CENTRE_A = "平山街道康园中心"
TOWN_A = "平山街道"
CENTRE_B = "安墩镇康园中心"
TOWN_B = "安墩镇"
MEMBER_A = "陈志强"
MEMBER_B = "黄伟明"
PAIR_FROM = "2024-01-01"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and the platformdirs (XDG) directories point into tmp_path; no HDRECTIFY_DB."""
    for var, sub in (
        ("HOME", "home"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(var, str(tmp_path / sub))
    monkeypatch.delenv("HDRECTIFY_DB", raising=False)
    monkeypatch.setenv("HDRECTIFY_USER", "tester")
    return tmp_path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    """``run(*args)`` runs the CLI in-process and returns (exit code, stdout, stderr)."""
    return lambda *args: run_in_process(capsys, *args)


@pytest.fixture
def run_subprocess() -> Runner:
    """``run_subprocess(*args)``: ``python -m hdrectify ARGS`` in a child process, same environment."""
    return cli_runner.run_subprocess


def read_snapshot(path: Path) -> Snapshot:
    """Every table's rows, sorted, read with plain sqlite3 (WAL content included)."""
    assert path.exists(), f"{path} does not exist"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: sorted(conn.execute(f"SELECT * FROM [{name}]").fetchall(), key=repr) for name in names}
    finally:
        conn.close()


@pytest.fixture
def snapshot() -> Callable[[Path], Snapshot]:
    return read_snapshot


def assert_one_error_line(code: int, out: str, err: str) -> str:
    """A refused command: non-zero exit, nothing on stdout, one 错误：… line on stderr."""
    assert code != 0, f"expected failure, got exit 0 with stdout {out!r}"
    assert out == ""
    assert err.startswith("错误："), err
    assert err.endswith("\n") and err.count("\n") == 1, f"stderr is not one line: {err!r}"
    return err.rstrip("\n")


@pytest.fixture
def expect_error() -> Callable[[int, str, str], str]:
    """``expect_error(*run(...))`` checks a clean refusal and returns the message line."""
    return assert_one_error_line


@pytest.fixture
def refused(run: Runner, snapshot: Callable[[Path], Snapshot]) -> Callable[..., str]:
    """``refused(db, *args)``: the command fails cleanly and the database is unchanged; returns the message."""

    def _refused(db: Path, *args: object) -> str:
        before = snapshot(db)
        message = assert_one_error_line(*run("--db", db, *args))
        assert snapshot(db) == before, "a refused command changed the database"
        return message

    return _refused


@pytest.fixture
def db(tmp_path: Path, run: Runner) -> Path:
    """An initialised, seeded database: two centres, two members, 陈志强 paired with 平山 from 2024-01-01."""
    path = tmp_path / "hd.db"
    for args in (
        ("init", "--seed"),
        ("centre", "add", CENTRE_A, "--town", TOWN_A),
        ("centre", "add", CENTRE_B, "--town", TOWN_B),
        ("member", "add", MEMBER_A),
        ("member", "add", MEMBER_B),
        ("pair", MEMBER_A, CENTRE_A, "--from", PAIR_FROM),
    ):
        code, _out, err = run("--db", path, *args)
        assert (code, err) == (0, ""), f"setup {args} failed: {err}"
    return path


@pytest.fixture
def laptop(tmp_path: Path, run: Runner) -> Path:
    """A member's laptop: role member, the notice loaded, 陈志强 paired with 平山 from 2024-01-01 (the roster
    is the office's: set up as the office, as its bundle would bring it, then made a member's laptop), and
    陈志强's (its 我是, which a laptop set up from the office's bundle for him is given)."""
    path = tmp_path / "laptop.db"
    for args in (
        ("init", "--seed", "--role", "office"),
        ("centre", "add", CENTRE_A, "--town", TOWN_A),
        ("member", "add", MEMBER_A),
        ("pair", MEMBER_A, CENTRE_A, "--from", PAIR_FROM),
        ("init", "--role", "member"),
    ):
        code, _out, err = run("--db", path, *args)
        assert (code, err) == (0, ""), f"setup {args} failed: {err}"
    from hdrectify.store.base import Store
    from hdrectify.store.people import find_member

    with Store.open(path) as store, store.transaction():
        store.set_setting("me_member_id", find_member(store, MEMBER_A)["id"])
    return path
