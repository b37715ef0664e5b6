"""The database's password: set, reopen, wrong password, change, remove; backups; a crash midway."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store import dbapi, password
from hdrectify.store.backup import inspect_backup, make_backup
from hdrectify.store.base import Store
from hdrectify.store.people import add_centre
from hdrectify.store.restore import restore
from hdrectify.store.verify import verify


def _centres(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return [r[0] for r in store.execute("SELECT name FROM centres ORDER BY name")]


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Store.open(db_path) as store, store.transaction():
        add_centre(store, "安墩镇康园中心", "安墩镇")
    return db_path


def test_set_reopen_wrong_change_remove(filled: Path) -> None:
    password.set_password(filled, "蓝色 tea'42")
    assert filled.read_bytes()[:16] != dbapi.MAGIC  # no longer readable as plain SQLite
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(filled).execute("SELECT count(*) FROM sqlite_master").fetchone()
    dbapi.forget_passwords()  # a new process: nothing known
    with pytest.raises(InputError) as e:
        Store.open(filled)
    assert e.value.code == "db.password_needed"
    dbapi.give_password("wrong one")
    with pytest.raises(InputError) as e:
        Store.open(filled)
    assert e.value.code == "db.wrong_password" and str(e.value).startswith("密码不对")
    dbapi.give_password("蓝色 tea'42")
    with Store.open(filled) as store:  # a write, through the same pragmas as a plain file
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.execute("PRAGMA synchronous").fetchone()[0] == 2
        with store.transaction():
            add_centre(store, "多祝镇康园中心", "多祝镇")
    assert _centres(filled) == ["多祝镇康园中心", "安墩镇康园中心"]
    password.set_password(filled, "second-pass", current="蓝色 tea'42")
    dbapi.forget_passwords()
    dbapi.give_password("蓝色 tea'42")
    with pytest.raises(InputError) as e:
        Store.open(filled)
    assert e.value.code == "db.wrong_password"
    dbapi.give_password("second-pass")
    assert verify(Store.open(filled)).ok
    password.set_password(filled, None)
    assert filled.read_bytes()[:16] == dbapi.MAGIC
    dbapi.forget_passwords()
    assert _centres(filled) == ["多祝镇康园中心", "安墩镇康园中心"]  # plain again: no password asked


def test_wrong_current_password_changes_nothing(filled: Path) -> None:
    password.set_password(filled, "right-one")
    before = filled.read_bytes()
    dbapi.forget_passwords()
    with pytest.raises(InputError) as e:
        password.set_password(filled, None, current="not-it")
    assert e.value.code == "db.wrong_password"
    assert filled.read_bytes() == before


@pytest.mark.parametrize("bad", ["abc", " leading", "zero\u200bwidth", "tab\there"])
def test_careless_passwords_are_refused(filled: Path, bad: str) -> None:
    before = filled.read_bytes()
    with pytest.raises(InputError) as e:
        password.set_password(filled, bad)
    assert e.value.field == "password"
    assert filled.read_bytes() == before


def test_an_open_database_is_not_rewritten(filled: Path) -> None:
    # another program reading it (locks do not stand between two connections of one process)
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(filled)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        with pytest.raises(InputError) as e:
            password.set_password(filled, "long enough")
    finally:
        reader.communicate("")
    assert e.value.code == "password.in_use"
    assert not dbapi.is_encrypted(filled)
    assert _centres(filled) == ["安墩镇康园中心"]


_READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM centres").fetchone()
print("reading", flush=True)
sys.stdin.read()
"""


@pytest.mark.parametrize("step", ["export", "replace"])
def test_a_crash_midway_leaves_the_original_readable(filled: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    def crash(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    if step == "export":
        monkeypatch.setattr(password, "_verify", crash)  # the copy written, not yet checked
    else:
        monkeypatch.setattr(os, "replace", crash)  # checked and synced, not yet renamed
    with pytest.raises(KeyboardInterrupt):
        password.set_password(filled, "long enough")
    monkeypatch.undo()
    dbapi.forget_passwords()
    assert not dbapi.is_encrypted(filled)
    assert _centres(filled) == ["安墩镇康园中心"]
    assert [p.name for p in filled.parent.iterdir() if "rekey" in p.name] == []
    with Store.open(filled) as store:
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_backups_stay_encrypted_and_restore_asks_for_their_password(filled: Path) -> None:
    password.set_password(filled, "first-pass")
    with Store.open(filled) as store:
        backup = make_backup(store.conn, filled, "manual")
    assert backup is not None and dbapi.is_encrypted(backup)
    password.set_password(filled, "second-pass", current="first-pass")
    with Store.open(filled) as store, store.transaction():
        add_centre(store, "多祝镇康园中心", "多祝镇")
    dbapi.forget_passwords()
    dbapi.give_password("second-pass")
    with pytest.raises(InputError) as e:  # the backup has the password it was made with
        inspect_backup(backup)
    assert e.value.code == "db.wrong_password"
    dbapi.give_password("first-pass")
    assert inspect_backup(backup).counts["centres"] == 1
    restore(filled, backup)
    dbapi.forget_passwords()
    dbapi.give_password("first-pass")  # the restored file is the backup, its password with it
    assert _centres(filled) == ["安墩镇康园中心"]
    with Store.open(filled) as store:
        assert store.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
