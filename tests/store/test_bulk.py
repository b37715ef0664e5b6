"""Rows written many to a statement (store/bulk.py): the same rows, in the same order, as one by one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdrectify.store.audit import check_chain
from hdrectify.store.bulk import insert_rows, rows_per_statement
from tests.exchange.exchange_helpers import Site

_value = st.none() | st.integers(-(2**62), 2**62) | st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, a, b, fixed, label)")
    return conn


@given(st.lists(st.tuples(_value, _value), max_size=2 * rows_per_statement(2, 2) + 3))
def test_rows_in_bulk_are_the_rows_one_by_one_in_order(values: list[tuple[object, object]]) -> None:
    rows = [(f"k{i}", a, b) for i, (a, b) in enumerate(values)]
    bulk, single = _table(), _table()
    insert_rows(bulk, "t", ("k", "a", "b"), rows, shared={"fixed": 7, "label": "交换包"})
    single.executemany("INSERT INTO t (k, a, b, fixed, label) VALUES (?, ?, ?, 7, '交换包')", rows)
    select = "SELECT rowid, k, a, b, fixed, label FROM t ORDER BY rowid"
    assert bulk.execute(select).fetchall() == single.execute(select).fetchall()


@pytest.mark.parametrize("shared", [0, 5])
def test_a_statement_stays_within_the_oldest_sqlite_limit_of_999_values(shared: int) -> None:
    for width in (1, 6, 11, 12, 40):
        per = rows_per_statement(width, shared)
        assert per >= 1 and per * width + shared <= 999


def test_an_upsert_in_bulk_updates_a_row_met_twice_as_one_by_one() -> None:
    conn = _table()
    rows = [("a", 1, None), ("b", 2, None), ("a", 3, None)] * 40
    insert_rows(conn, "t", ("k", "a", "b"), rows, tail=" ON CONFLICT(k) DO UPDATE SET a = excluded.a")
    assert conn.execute("SELECT k, a FROM t ORDER BY k").fetchall() == [("a", 3), ("b", 2)]


def test_a_row_that_breaks_a_constraint_fails_its_batch_and_a_savepoint_keeps_nothing() -> None:
    conn = _table()
    rows = [(f"k{i}", i, None) for i in range(300)] + [("k5", 0, None)]
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t (k) VALUES ('before')")
    conn.execute("SAVEPOINT s")
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(conn, "t", ("k", "a", "b"), rows)
    conn.execute("ROLLBACK TO SAVEPOINT s")
    conn.execute("COMMIT")
    assert conn.execute("SELECT k FROM t").fetchall() == [("before",)]


def test_text_that_looks_like_sql_is_stored_as_text() -> None:
    conn = _table()
    hostile = "x'); DROP TABLE t; --"
    insert_rows(conn, "t", ("k", "a", "b"), [(hostile, "=1+1", "\u200b名")], shared={"label": hostile})
    assert conn.execute("SELECT k, a, b, label FROM t").fetchall() == [(hostile, "=1+1", "\u200b名", hostile)]


def test_audit_entries_written_in_bulk_are_those_written_one_by_one(tmp_path: Path) -> None:
    """An import's bulk path and the row-by-row path (a batch with a faulty row) audit alike."""
    bulk, single = Site(tmp_path / "bulk", "甲"), Site(tmp_path / "single", "甲")
    rows = [
        {"id": f"c{i:04d}", "name": f"中心{i}", "town": "=平山" if i % 2 else "安墩\u200b镇", "created_at": "x",
         "updated_at": "y"}
        for i in range(2 * rows_per_statement(6, 5) + 1)
    ]  # fmt: skip
    with bulk.store() as store, store.transaction():
        store.insert_exact_many("centres", rows, "交换包：乙")
    with single.store() as store, store.transaction():
        for row in rows:
            store.write_exact("centres", row, "交换包：乙", new=True)
    fields = "actor, table_name, row_id, action, before, after, reason"
    query = f"SELECT {fields} FROM audit_log WHERE table_name = 'centres' ORDER BY rowid"
    with bulk.store() as a, single.store() as b:
        assert a.rows(query) == b.rows(query) and len(a.rows(query)) == len(rows)
        assert check_chain(a.conn)[1] is None and check_chain(b.conn)[1] is None
