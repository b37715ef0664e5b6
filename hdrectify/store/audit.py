"""Tamper evidence for the audit log: a SHA-256 hash chain and the checks ``verify`` makes of it. No Qt.

Every ``audit_log`` entry carries ``prev_hash`` (the hash of the entry before it, in
rowid order; 64 zeros for the first) and ``hash``, the SHA-256 of ``prev_hash`` and the
entry's own fields. An entry edited behind the app's back no longer matches its hash;
an entry deleted (or slipped in) breaks the link of the one after it. The latest
audited state of each row (its newest entry's ``after``, or gone after a ``delete``)
must be what the table holds, so an edit of a row, or a row added or removed behind the
app's back, shows too.

What a chain alone cannot show: someone who rewrites the rows *and* recomputes every
hash after them with this (public) code. A backup kept elsewhere (a USB stick, the
office) closes that gap: :func:`compare_with_backup` checks that the backup's audit
entries are still the first entries of the log, unchanged (``hdrectify verify --against``).

The bottom of the store: the schema's migrations and the Store write entries with it, and it
imports no other module of the store; :mod:`hdrectify.store.verify` puts the checks together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
import uuid_utils

from hdrectify.domain.errors import InputError
from hdrectify.domain.wording import CLAUSE_SEP, Phrase
from hdrectify.store import dbapi

if TYPE_CHECKING:
    from hdrectify.store.base import Store

GENESIS = "0" * 64


def audit_json(row: Mapping[str, Any]) -> str:
    """A row as an audit entry holds it: JSON with sorted keys (orjson: a bundle import writes 100,000)."""
    return orjson.dumps(row, option=orjson.OPT_SORT_KEYS).decode()


# The fields the hash covers, in this order.
FIELDS = ("id", "at", "actor", "table_name", "row_id", "action", "before", "after", "reason")
_SELECT = f"SELECT rowid, {', '.join(FIELDS)}, prev_hash, hash FROM audit_log ORDER BY rowid"


def now_stamp() -> str:
    """Local time with its offset, to the second: what ``recorded_at`` and audits hold."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def entry_hash(prev_hash: str, entry: Sequence[str | None]) -> str:
    """SHA-256 over the previous hash and the entry's fields (in :data:`FIELDS` order).

    Each field is written as its length, a colon and its text (``-`` for NULL), so no two
    different entries give the same bytes.
    """
    parts = [f"{len(prev_hash)}:{prev_hash}"]
    parts += ["-" if v is None else f"{len(v)}:{v}" for v in entry]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


Linked = tuple[str, str, str, str, str, str, str | None, str | None, str, str, str]


def link(
    prev: str,
    at: str,
    actor: str,
    table: str,
    action: str,
    reason: str,
    items: Iterable[tuple[str, str, str | None, str | None]],
) -> tuple[list[Linked], str]:
    """Entries of one table, action and reason, chained after ``prev``: ((id, row id, before, after) each)
    → (the entries as audit_log's columns in :data:`FIELDS` order then prev_hash and hash, the new head).

    :func:`entry_hash` written out for many entries: the fields they share are put in their
    length-prefixed form once.
    """

    def part(value: str) -> str:
        return f"{len(value)}:{value}"

    shared = f"{part(at)}\n{part(actor)}\n{part(table)}"
    middle, last = part(action), part(reason)
    sha256 = hashlib.sha256
    out: list[Linked] = []
    for entry_id, row_id, before, after in items:
        b = "-" if before is None else f"{len(before)}:{before}"
        a = "-" if after is None else f"{len(after)}:{after}"
        text = f"{len(prev)}:{prev}\n{len(entry_id)}:{entry_id}\n{shared}\n{len(row_id)}:{row_id}\n{middle}\n{b}\n{a}"
        text += f"\n{last}"
        digest = sha256(text.encode()).hexdigest()
        out.append((entry_id, at, actor, table, row_id, action, before, after, reason, prev, digest))
        prev = digest
    return out, prev


def entry_id() -> str:
    """A version-7 UUID, as text, that sorts by time: entries append at the end of the id index
    instead of landing at random places in it, which keeps writing many of them fast.

    uuid_utils (the Rust ``uuid`` crate) keeps a counter after the millisecond, per thread,
    so the ids a thread makes sort in the order it made them, also from the import's
    worker threads, and it makes the 100,000 ids of an import in a few hundredths of a second.
    """
    return str(uuid_utils.uuid7())


def head(conn: sqlite3.Connection) -> str:
    """The hash of the newest entry: what the next entry links to."""
    found = conn.execute("SELECT hash FROM audit_log ORDER BY rowid DESC LIMIT 1").fetchone()
    return GENESIS if found is None or found[0] is None else str(found[0])


def chain_existing(conn: sqlite3.Connection) -> int:
    """Give every entry of an older database its hashes, in the order they were written (rowid)."""
    prev = GENESIS
    done = 0
    rows = conn.execute(f"SELECT rowid, {', '.join(FIELDS)} FROM audit_log ORDER BY rowid").fetchall()
    for rowid, *entry in rows:
        digest = entry_hash(prev, entry)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE rowid = ?", [prev, digest, rowid])
        prev = digest
        done += 1
    return done


@dataclass
class Report:
    """What ``verify`` found, by class: the first break of the chain, rows that differ from
    their audit, evidence files that are missing, evidence files whose content changed."""

    entries: int = 0
    rows: int = 0
    chain_break: InputError | None = None  # findings are data (code, values): each side says them in its language
    row_problems: list[InputError] = field(default_factory=list)
    evidence_missing: list[InputError] = field(default_factory=list)
    evidence_altered: list[InputError] = field(default_factory=list)

    @property
    def untampered(self) -> bool:
        """The audit chain is whole and every row is what its latest audit entry says."""
        return self.chain_break is None and not self.row_problems

    @property
    def ok(self) -> bool:
        """Everything checks: the chain, the rows and every evidence file."""
        return self.untampered and not self.evidence_missing and not self.evidence_altered

    @property
    def first_break(self) -> InputError | None:
        return self.chain_break or (self.row_problems[0] if self.row_problems else None)

    def summary(self) -> Phrase:
        """Each class found, in one line (``str()``: Chinese; empty when everything checks)."""
        parts: list[InputError] = []
        if not self.untampered:
            others = (self.chain_break is not None) + len(self.row_problems) - 1
            if others > 0:
                parts.append(InputError("audit.summary_tampered_more", None, first=self.first_break, others=others))
            else:
                parts.append(InputError("audit.summary_tampered", None, first=self.first_break))
        if self.evidence_altered:
            parts.append(
                InputError(
                    "audit.summary_altered", None, count=len(self.evidence_altered), first=self.evidence_altered[0]
                )
            )
        if self.evidence_missing:
            parts.append(
                InputError(
                    "audit.summary_missing", None, count=len(self.evidence_missing), first=self.evidence_missing[0]
                )
            )
        return Phrase(CLAUSE_SEP, tuple(parts), sep=True)


def _describe_entry(n: int, entry: Sequence[Any]) -> InputError:
    values = dict(zip(FIELDS, entry, strict=True))
    return InputError(
        "audit.entry",
        None,
        n=n,
        at=values["at"],
        actor=values["actor"],
        table=values["table_name"],
        row=values["row_id"],
    )


def check_chain(conn: sqlite3.Connection) -> tuple[int, InputError | None]:
    """(entries, the first break or None)."""
    prev = GENESIS
    n = 0
    for _rowid, *rest in conn.execute(_SELECT):
        n += 1
        entry, prev_hash, digest = rest[: len(FIELDS)], rest[-2], rest[-1]
        if prev_hash != prev:
            return n, InputError("audit.chain_gap", None, entry=_describe_entry(n, entry))
        if digest != entry_hash(prev_hash, entry):
            return n, InputError("audit.entry_altered", None, entry=_describe_entry(n, entry))
        prev = digest
    return n, None


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Each column's default value (what a row written before inserts were read back got)."""
    found: dict[str, Any] = {}
    for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info([{table}])"):
        try:
            found[name] = None if default is None else conn.execute(f"SELECT {default}").fetchone()[0]
        except dbapi.Error:
            found[name] = default
    return found


def _same(stored: Any, audited: Any) -> bool:
    if stored == audited:
        return True
    # entries written before the chain held values as given, before SQLite's type affinity
    if isinstance(stored, int | float | str) and isinstance(audited, int | float | str):
        return str(stored) == str(audited)
    return False


def _latest(conn: sqlite3.Connection, table: str) -> Iterator[tuple[str, str, str | None]]:
    """(row_id, action, after) of each row's newest audit entry, by row_id."""
    yield from conn.execute(
        "WITH latest AS (SELECT row_id, max(rowid) AS r FROM audit_log WHERE table_name = ? GROUP BY row_id)"
        " SELECT latest.row_id, a.action, a.after FROM latest JOIN audit_log a ON a.rowid = latest.r"
        " ORDER BY latest.row_id",
        [table],
    )


def _table_rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cur = conn.execute(f"SELECT * FROM [{table}] ORDER BY id")
    names = [d[0] for d in cur.description]
    for r in cur:
        yield dict(zip(names, r, strict=True))


def _short(value: Any) -> str:
    text = "空" if value is None else str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def check_rows(conn: sqlite3.Connection, table: str, limit: int = 20) -> tuple[int, list[InputError]]:
    """Compare every row of ``table`` with its latest audited state (both read in id order)."""
    problems: list[InputError] = []
    defaults = _defaults(conn, table)
    rows = _table_rows(conn, table)
    latest = _latest(conn, table)
    row, audit = next(rows, None), next(latest, None)
    count = 0
    while row is not None or audit is not None:
        if len(problems) >= limit:
            break
        if audit is None or (row is not None and row["id"] < audit[0]):
            assert row is not None
            problems.append(InputError("audit.row_unaudited", None, table=table, row=row["id"]))
            row, count = next(rows, None), count + 1
            continue
        if row is None or audit[0] < row["id"]:
            if audit[1] != "delete":
                problems.append(InputError("audit.row_gone", None, table=table, row=audit[0]))
            audit = next(latest, None)
            continue
        count += 1
        if audit[1] == "delete":
            problems.append(InputError("audit.row_deleted_yet_there", None, table=table, row=row["id"]))
        else:
            after = json.loads(audit[2]) if audit[2] else {}
            for col, value in row.items():
                expected = after[col] if col in after else defaults.get(col)
                if not _same(value, expected):
                    problems.append(
                        InputError(
                            "audit.row_differs",
                            None,
                            table=table,
                            row=row["id"],
                            column=col,
                            now=_short(value),
                            audited=_short(expected),
                        )
                    )
                    break
        row, audit = next(rows, None), next(latest, None)
    return count, problems


def compare_with_backup(conn: sqlite3.Connection, backup: sqlite3.Connection) -> tuple[int, InputError | None]:
    """(entries compared, the first difference or None): the backup's audit log must be where
    the current one begins. Compared by content, so a backup of any schema version will do."""
    fields = ", ".join(FIELDS)
    ours = conn.execute(f"SELECT {fields} FROM audit_log ORDER BY rowid")
    n = 0
    for theirs in backup.execute(f"SELECT {fields} FROM audit_log ORDER BY rowid"):
        n += 1
        mine = ours.fetchone()
        if mine is None:
            return n - 1, InputError("audit.backup_entry_gone", None, n=n)
        if tuple(mine) != tuple(theirs):
            return n - 1, InputError("audit.backup_entry_differs", None, entry=_describe_entry(n, theirs), n=n)
    return n, None


@dataclass(frozen=True)
class Change:
    """One audit entry of a row, as its history shows it."""

    at: str
    actor: str
    action: str  # insert, update, delete; an update that sets deleted_at is shown as a deletion
    reason: str
    changes: list[tuple[str, Any, Any]]  # (column, before, after) of the columns it changed


# Bookkeeping columns a history does not list as changes.
_QUIET = {"updated_at", "created_at"}


def history(store: Store, table: str, row_id: str) -> list[Change]:
    """Every audited change of one row, oldest first."""
    found = []
    for at, actor, action, before, after, reason in store.conn.execute(
        "SELECT at, actor, action, before, after, reason FROM audit_log WHERE table_name = ? AND row_id = ?"
        " ORDER BY rowid",
        [table, row_id],
    ):
        old = json.loads(before) if before else {}
        new = json.loads(after) if after else {}
        changed = [
            (col, old.get(col), new.get(col))
            for col in sorted(set(old) | set(new))
            if col not in _QUIET
            and old.get(col) != new.get(col)
            and not (action == "insert" and new.get(col) in ("", None))
        ]
        if action == "update" and not old.get("deleted_at") and new.get("deleted_at"):
            action = "soft_delete"
        found.append(Change(at, actor, action, reason or "", changed))
    return found
