"""``hdrectify password set|change|remove`` and every command on an encrypted database."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from hdrectify.store import dbapi
from hdrectify.store.base import Store
from tests.cli.cli_helpers import ok
from tests.cli.conftest import Runner


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _status(run: Runner, db: Path) -> int:
    return len(json.loads(ok(run("--db", db, "status", "--year", "2024", "--json")))["rows"])


def test_set_status_wrong_change_remove(
    tmp_path: Path, run: Runner, db: Path, monkeypatch: pytest.MonkeyPatch, expect_error: Callable[..., str]
) -> None:
    rows = _status(run, db)
    out = ok(run("--db", db, "password", "set", "--password-file", _file(tmp_path, "new.txt", "县残联 2025")))
    assert "已为数据库设置密码" in out and "请记住这个密码" in out
    assert dbapi.is_encrypted(db)
    dbapi.forget_passwords()  # the next command is another process: nothing known
    message = expect_error(*run("--db", db, "status", "--year", "2024", "--json"))
    assert "设有密码" in message and "HDRECTIFY_PASSWORD" in message
    monkeypatch.setenv("HDRECTIFY_PASSWORD", "县残联 2024")
    assert expect_error(*run("--db", db, "status", "--year", "2024")).startswith("错误：密码不对")
    monkeypatch.setenv("HDRECTIFY_PASSWORD", "县残联 2025")
    assert _status(run, db) == rows
    assert ok(run("--db", db, "member", "add", "李明")).strip()  # writes work (and the day's backup is made)
    assert run("--db", db, "verify")[0] == 0
    ok(run("--db", db, "password", "change", "--password-file", _file(tmp_path, "next.txt", "another one")))
    dbapi.forget_passwords()
    assert expect_error(*run("--db", db, "status", "--year", "2024")).startswith("错误：密码不对")
    monkeypatch.setenv("HDRECTIFY_PASSWORD", "another one")
    assert _status(run, db) == rows
    assert "已取消数据库密码" in ok(run("--db", db, "password", "remove"))
    monkeypatch.delenv("HDRECTIFY_PASSWORD")
    dbapi.forget_passwords()
    assert not dbapi.is_encrypted(db) and _status(run, db) == rows


def test_refusals_leave_the_file_as_it_was(
    tmp_path: Path, run: Runner, db: Path, expect_error: Callable[..., str]
) -> None:
    before = db.read_bytes()
    assert "没有设置密码" in expect_error(*run("--db", db, "password", "remove"))
    assert "太短" in expect_error(*run("--db", db, "password", "set", "--password-file", _file(tmp_path, "s", "abc")))
    assert "是空的" in expect_error(*run("--db", db, "password", "set", "--password-file", _file(tmp_path, "e", "")))
    invisible = _file(tmp_path, "i", "long\u200benough")
    assert "看不见" in expect_error(*run("--db", db, "password", "set", "--password-file", invisible))
    assert db.read_bytes() == before


def test_the_password_never_goes_on_the_command_line(run: Runner, db: Path) -> None:
    code, out, err = run("--db", db, "password", "set", "secret-word")  # refused: no such argument
    assert code == 2 and err.startswith("错误：") and "secret-word" not in out
    assert not dbapi.is_encrypted(db)


def test_backups_of_an_encrypted_database_are_encrypted(
    tmp_path: Path, run: Runner, db: Path, monkeypatch: pytest.MonkeyPatch, expect_error: Callable[..., str]
) -> None:
    monkeypatch.setenv("HDRECTIFY_PASSWORD", "first pass")
    ok(run("--db", db, "password", "set"))
    backup = tmp_path / "copy.db"
    ok(run("--db", db, "backup", "-o", backup))
    assert dbapi.is_encrypted(backup)
    ok(run("--db", db, "password", "change", "--password-file", _file(tmp_path, "n", "second pass")))
    monkeypatch.setenv("HDRECTIFY_PASSWORD", "second pass")
    ok(run("--db", db, "member", "add", "李明"))
    dbapi.forget_passwords()
    assert expect_error(*run("--db", db, "restore", backup)).startswith("错误：密码不对")  # the backup's own password
    dbapi.give_password("first pass")  # what the prompt would have been answered
    ok(run("--db", db, "restore", backup))
    dbapi.forget_passwords()
    dbapi.give_password("first pass")
    with Store.open(db, read_only=True) as store:  # the backup's content, under the backup's password
        assert store.execute("SELECT count(*) FROM members WHERE name = '李明'").fetchone()[0] == 0
