"""Opening the database: pragmas, versions, refusal of bad files, audited and atomic writes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from hdrectify.domain.errors import InputError
from hdrectify.store.base import Store
from hdrectify.store.db import NotInitialised, default_db_path, open_db, resolve_db_path
from hdrectify.store.people import add_centre, add_member
from hdrectify.store.schema import DATA_TABLES, SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_pragmas_on_every_connection(store: Store) -> None:
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 5000
    assert pragma("user_version") == SCHEMA_VERSION


def test_every_data_table_has_a_text_uuid_id(store: Store) -> None:
    for table in DATA_TABLES:
        cols = {r[1]: (r[2], r[5]) for r in store.db.execute(f"PRAGMA table_info([{table}])")}
        assert cols["id"] == ("TEXT", 1), table
    with store.transaction():
        row = add_centre(store, "安墩镇康园中心", "安墩镇")
    assert len(row["id"]) == 36 and row["id"].count("-") == 4


def test_a_missing_file_is_not_initialised_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    with pytest.raises(NotInitialised, match="hdrectify init"):
        open_db(path)
    assert not path.exists()


def test_an_empty_file_is_not_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(NotInitialised, match="hdrectify init"):
        open_db(path)
    assert path.read_bytes() == b""


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(InputError, match="不是 hdrectify 数据库"):
        open_db(path)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id)")
    with pytest.raises(InputError, match="不是 hdrectify 数据库"):
        open_db(path)


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(InputError, match="更新版本"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_database_path_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    assert resolve_db_path(str(tmp_path / "x.db")) == tmp_path / "x.db"
    assert default_db_path() == isolated_home / ".local" / "share" / "hdrectify" / "hdrectify.db"
    monkeypatch.setenv("HDRECTIFY_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(str(tmp_path / "flag.db")) == tmp_path / "flag.db"


def test_writes_are_audited_with_before_and_after(store: Store) -> None:
    with store.transaction():
        member = add_member(store, "陈志强")
    with store.transaction():
        store.update("members", member["id"], {"phone": "13800000000"})
    with store.transaction():
        store.delete("members", member["id"])
    log = store.rows("SELECT * FROM audit_log WHERE row_id = ? ORDER BY rowid", [member["id"]])
    assert [r["action"] for r in log] == ["insert", "update", "delete"]
    assert all(r["actor"] == "tester" and r["table_name"] == "members" for r in log)
    assert log[0]["before"] is None and json.loads(log[0]["after"])["name"] == "陈志强"
    assert json.loads(log[1]["before"])["phone"] == "" and json.loads(log[1]["after"])["phone"] == "13800000000"
    assert json.loads(log[2]["before"])["phone"] == "13800000000" and log[2]["after"] is None


def test_a_failing_action_writes_nothing(store: Store) -> None:
    counts = lambda: (  # noqa: E731
        store.scalar("SELECT count(*) FROM centres"),
        store.scalar("SELECT count(*) FROM audit_log"),
    )
    before = counts()
    with pytest.raises(InputError), store.transaction():
        add_centre(store, "白花镇康园中心", "白花镇")
        add_centre(store, "白花镇康园中心", "白花镇")  # duplicate: the whole action fails
    assert counts() == before


def test_writes_outside_a_transaction_are_refused(store: Store) -> None:
    with pytest.raises(RuntimeError):
        store.insert("members", {"name": "x"})


def test_settings_default_and_round_trip(store: Store) -> None:
    assert store.setting("report_deadline_days") == 10
    with store.transaction():
        store.set_setting("report_deadline_days", 15)
    assert store.cadence_settings().report_deadline_days == 15
    assert store.cadence_settings().review_deadline_days == 31
    assert len(store.setting("installation_id")) == 36


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-v*.db")))
def test_every_released_schema_opens_and_upgrades(fixture: str, tmp_path: Path) -> None:
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    with Store.open(path) as store:
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM centres") >= 1
        assert store.scalar("SELECT count(*) FROM contacts") >= 1
        assert store.scalar("PRAGMA integrity_check") == "ok"


def test_the_fixture_of_the_current_schema_exists() -> None:
    assert (FIXTURES / f"schema-v{SCHEMA_VERSION}.db").exists()


def test_init_never_adds_tables_to_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id)")
    conn.close()
    with pytest.raises(InputError, match="不是 hdrectify 数据库"):
        open_db(path, create=True)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["photos"]
    conn.close()
