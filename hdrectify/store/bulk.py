"""Many rows to one INSERT statement: what a bundle import's 100,000 rows and audit entries cost.

Python's sqlite3 binds each value of ``executemany`` one by one and steps once per row; half
the time of inserting a row went there, not into SQLite. A statement of many rows
(``VALUES (…), (…), …``) is stepped once for all of them, and a value every row shares (the
audit entries' time, actor, table, action and reason) is bound once per statement as a
numbered parameter (``?1``) that every row names. The rows go in in the order given (their
rowids follow it) and one statement is all or none, like the row at fault in ``executemany``.

The bottom of the store: it imports no other module of it.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Mapping, Sequence

MAX_VALUES = 999  # SQLite before 3.32 allows no more values in one statement (builds may still say so)
MAX_ROWS = 64  # more rows to a statement gain nothing measurable


def rows_per_statement(width: int, shared: int = 0) -> int:
    """How many rows of ``width`` values go into one statement with ``shared`` values bound once."""
    return max(1, min(MAX_ROWS, (MAX_VALUES - shared) // max(width, 1)))


def insert_rows(
    conn: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[Iterable[object]],
    *,
    shared: Mapping[str, object] | None = None,
    tail: str = "",
) -> None:
    """Insert ``rows`` (values of ``columns`` each, in that order) into ``table``, many to a statement.

    ``shared``: columns with one value for every row. ``tail``: what follows the values (an
    ``ON CONFLICT`` clause). Names are the caller's own (never a bundle's); values are bound.
    """
    shared = shared or {}
    width, fixed = len(columns), len(shared)
    names = ", ".join(f"[{c}]" for c in (*shared, *columns))
    head = f"INSERT INTO [{table}] ({names}) VALUES "
    own = ", ".join(f"?{i + 1}" for i in range(fixed))

    def statement(count: int) -> str:
        groups = []
        for r in range(count):
            first = fixed + r * width + 1
            values = ", ".join(f"?{first + i}" for i in range(width))
            groups.append(f"({own}, {values})" if own else f"({values})")
        return head + ", ".join(groups) + tail

    per = rows_per_statement(width, fixed)
    common = tuple(shared.values())
    chain = itertools.chain.from_iterable
    full: list[tuple[object, ...]] = []
    rest: list[Iterable[object]] = []
    it = iter(rows)
    while True:
        batch = list(itertools.islice(it, per))
        if len(batch) < per:
            rest = batch
            break
        full.append((*common, *chain(batch)))
    if full:
        conn.executemany(statement(per), full)
    if rest:
        conn.execute(statement(len(rest)), (*common, *chain(rest)))
