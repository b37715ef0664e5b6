"""Versions of synced rows, so that bundles from several computers merge safely.

Each row of a table in :data:`SYNC_TABLES` has a version vector in ``sync_rows``: for
every installation that changed it, that installation's clock at its latest change.
A change made here sets this installation's entry to a clock that only grows (the
wall clock in milliseconds, or one more than anything issued before, whichever is
larger: a restored backup or a clock set back cannot reuse a value). Comparing two
vectors tells whether one version has seen the other (it *dominates* it) or whether
they were made apart (*concurrent*: a conflict, unless their content is the same).

``local_seq`` is the clock of this installation's last own change of the row: an export
takes the rows whose ``local_seq`` is above the clock of the previous export.

Clocks are bounded by time, so that no bundle can push them out of reach. A clock is
milliseconds of wall time, plus at most the few it runs ahead by its own edits. A bundle
may name this installation's own clock (its versions have seen ours) and, when a row
changes here next, this computer carries on from that value: so an import accepts an
own entry only up to this computer's counter or now + :data:`ADOPT_AHEAD_MS` (a year),
whichever is greater, and ``next_clock`` never takes a value beyond that either. Any
other installation's entry is accepted up to now + :data:`ACCEPT_AHEAD_MS` (two years):
the year between the two is the room a counter pushed to its limit keeps for its own
edits (3·10¹⁰ of them) and for computers whose clocks disagree. A bundle with a clock
beyond these is refused whole, as damaged, and nothing is adopted; values near 2**62,
that could never be incremented for long, are far outside them.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Mapping

from hdrectify.domain.errors import InputError
from hdrectify.store.schema import SYNC_TABLES

Vector = dict[str, int]

# The version every installation gives the rows of the notice's ledger (their ids are
# derived from their numbers too), so two computers that both load it agree at once.
SEED_VECTOR: Vector = {"seed": 1}
SEED_ORIGIN = "seed"

SYNCED = frozenset(SYNC_TABLES)

ADOPT_AHEAD_MS = 365 * 24 * 3600 * 1000  # how far ahead of now a bundle may push this computer's own clock
ACCEPT_AHEAD_MS = 2 * ADOPT_AHEAD_MS  # how far ahead of now another computer's clock may be


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def clock_ceilings(conn: sqlite3.Connection) -> tuple[int, int]:
    """(own, other): the greatest clock a bundle may give this installation's entry, and any other's."""
    now = wall_ms()
    return max(current_clock(conn), now + ADOPT_AHEAD_MS), now + ACCEPT_AHEAD_MS


def encode(vv: Mapping[str, int]) -> str:
    """The canonical text of a vector: equal vectors have equal text."""
    return json.dumps(dict(vv), sort_keys=True, separators=(",", ":"))


def decode(text: str) -> Vector:
    found = json.loads(text)
    return {str(k): int(v) for k, v in found.items()}


def dominates(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """True if version ``a`` has seen everything ``b`` has (``a`` >= ``b`` entry by entry)."""
    return all(a.get(k, 0) >= v for k, v in b.items())


def merged(*vectors: Mapping[str, int]) -> Vector:
    """The least vector that dominates all of ``vectors``."""
    out: Vector = {}
    for vv in vectors:
        for k, v in vv.items():
            if v > out.get(k, 0):
                out[k] = v
    return out


def utc_stamp() -> str:
    """Now in UTC to the millisecond, so that stamps from different computers compare as text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def next_clock(conn: sqlite3.Connection, at_least: int = 0) -> int:
    """Issue this installation's next clock value (inside the caller's transaction).

    ``at_least`` is this installation's entry in the version being changed: the new one must
    be greater. It never lies beyond what other computers accept (imports see to it); if it
    does, the database was written around them, and a clock is refused rather than poisoned.
    """
    found = conn.execute("SELECT value FROM sync_state WHERE key = 'clock'").fetchone()
    last = int(found[0]) if found else 0
    now = wall_ms()
    if at_least > last and at_least >= now + ACCEPT_AHEAD_MS:
        raise InputError("sync.clock_too_far")
    clock = max(now, last + 1, at_least + 1)
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES ('clock', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [clock],
    )
    return clock


def current_clock(conn: sqlite3.Connection) -> int:
    found = conn.execute("SELECT value FROM sync_state WHERE key = 'clock'").fetchone()
    return int(found[0]) if found else 0


def track(conn: sqlite3.Connection, table: str, row_id: str, me: str, *, deleted: bool = False) -> None:
    """Record a change made here to one row: a new version that has seen the one before."""
    found = conn.execute("SELECT vv FROM sync_rows WHERE table_name = ? AND row_id = ?", [table, row_id]).fetchone()
    vv = decode(found[0]) if found else {}
    clock = next_clock(conn, vv.get(me, 0))
    vv[me] = clock
    conn.execute(
        "INSERT INTO sync_rows (table_name, row_id, vv, local_seq, origin, changed_at, deleted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(table_name, row_id) DO UPDATE SET vv = excluded.vv, local_seq = excluded.local_seq,"
        " origin = excluded.origin, changed_at = excluded.changed_at, deleted = excluded.deleted,"
        " received_from = NULL, received_at = NULL, bundle_id = NULL",
        [table, row_id, encode(vv), clock, me, utc_stamp(), int(deleted)],
    )
    # a version of this row waiting in the conflict queue that the new one has seen is settled by it
    for conflict_id, queued in conn.execute(
        "SELECT id, vv FROM sync_conflicts WHERE table_name = ? AND row_id = ? AND resolved_at IS NULL",
        [table, row_id],
    ).fetchall():
        if dominates(vv, decode(queued)):
            conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'superseded' WHERE id = ?",
                [utc_stamp(), "本机修改", conflict_id],
            )


def track_new(conn: sqlite3.Connection, table: str, row_ids: list[str], me: str) -> None:
    """:func:`track` for rows just inserted here (new ids: no version before, nothing queued against
    them), in one statement: one change, so one clock, as :func:`adopt_untracked` gives."""
    clock = next_clock(conn)
    vv, stamp = encode({me: clock}), utc_stamp()
    conn.executemany(
        "INSERT INTO sync_rows (table_name, row_id, vv, local_seq, origin, changed_at, deleted)"
        " VALUES (?, ?, ?, ?, ?, ?, 0)",
        [(table, row_id, vv, clock, me, stamp) for row_id in row_ids],
    )


def mark_seed(conn: sqlite3.Connection, table: str, row_id: str) -> None:
    """Give a row of the notice's ledger, just inserted, the version every installation gives it.

    It still counts as made here (``local_seq``), so the next export carries it to computers
    that have not loaded the notice; those that have skip it (same version).
    """
    conn.execute(
        "UPDATE sync_rows SET vv = ?, origin = ?, changed_at = '2024-01-01T00:00:00.000Z'"
        " WHERE table_name = ? AND row_id = ?",
        [encode(SEED_VECTOR), SEED_ORIGIN, table, row_id],
    )


def adopt_untracked(conn: sqlite3.Connection, me: str) -> int:
    """Give rows written without the Store (bulk loads, older tools) a version made here.

    Returns how many rows were adopted; they count as changed here since the last export.
    """
    adopted = 0
    for table in SYNC_TABLES:
        missing = [
            r[0]
            for r in conn.execute(
                f"SELECT t.id FROM [{table}] t LEFT JOIN sync_rows s ON s.table_name = ? AND s.row_id = t.id"
                " WHERE s.row_id IS NULL",
                [table],
            )
        ]
        if not missing:
            continue
        clock = next_clock(conn)
        vv = encode({me: clock})
        stamp = utc_stamp()
        conn.executemany(
            "INSERT INTO sync_rows (table_name, row_id, vv, local_seq, origin, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(table, row_id, vv, clock, me, stamp) for row_id in missing],
        )
        adopted += len(missing)
    return adopted
