"""The Store: one open database, its writes with an audit trail, and settings.

Every write goes through :meth:`Store.insert`, :meth:`Store.update` or
:meth:`Store.delete`, inside :meth:`Store.transaction`, and leaves a row in
``audit_log`` with who, when, and the row before and after as JSON. A user action
is one transaction: if any part fails, nothing of it is written.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import operator
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uuid_utils

from hdrectify.domain.errors import InputError
from hdrectify.store import audit, dbapi, sync
from hdrectify.store.audit import audit_json as _audit_json
from hdrectify.store.audit import now_stamp as now_stamp
from hdrectify.store.bulk import insert_rows
from hdrectify.store.db import open_db

if TYPE_CHECKING:
    from sqlite_utils import Database

    from hdrectify.domain.cadence import Settings

# an audit entry's own values (audit.link's order); the rest every entry of one call shares
_VARYING = operator.itemgetter(0, 4, 6, 7, 9, 10)

Row = dict[str, Any]

ENV_ACTOR = "HDRECTIFY_USER"

# Settings a fresh database starts with; values are JSON.
DEFAULT_SETTINGS: dict[str, Any] = {
    "federation_name": "惠东县残疾人联合会",
    "report_deadline_days": 10,
    "review_deadline_days": 31,
    "backfill_days": 7,
    "warn_yellow_days": 10,
    "warn_green_days": 20,
    "language": "zh_CN",
    "me_member_id": None,
    "installation_name": "",
    "demo": False,
    "last_opened": None,
    # "office" numbers the ledger's problems; a "member" laptop leaves its own unnumbered (store/ledger_edit.py)
    "role": "office",
    # the monthly checklist's on-site items (notice problem 8); the office's edits are versions in checklist_item_lists
    "checklist_items": [
        "设施设备及维护",
        "会员档案更新",
        "每周活动情况上报工作群",
        "工疗农疗与辅助性就业",
        "社工人员管理",
        "安全",
    ],
    # photos attached to records are stored without their EXIF GPS block (exchange/photos.py)
    "strip_photo_gps": True,
    # the summaries' 落款: 填报单位 (empty: federation_name), 制表人, 审核人
    "summary_unit": "",
    "summary_preparer": "",
    "summary_reviewer": "",
    # the 督办提醒单 (domain/notice.py): days overdue at which 提醒, 督办 and 告诫 begin; days given to reply
    "notice_remind_days": 1,
    "notice_urge_days": 15,
    "notice_warn_days": 30,
    "notice_reply_days": 5,
}


def new_id() -> str:
    return str(uuid_utils.uuid4())  # the stdlib's uuid imports platform: a few ms at every start


def default_actor(conn: sqlite3.Connection | None = None) -> str:
    """Who writes on this computer, as people call them: $HDRECTIFY_USER, else "me" (the member
    this laptop belongs to), else the office (a computer whose role is the office); the login
    name only for a file that is not an hdrectify database yet."""
    if os.environ.get(ENV_ACTOR):
        return os.environ[ENV_ACTOR]
    if conn is not None:
        try:
            found = dict(
                conn.execute("SELECT key, value FROM settings WHERE key IN ('me_member_id', 'role')").fetchall()
            )
            me = json.loads(found["me_member_id"]) if "me_member_id" in found else None
            name = me and conn.execute("SELECT name FROM members WHERE id = ?", [me]).fetchone()
            if name:
                return str(name[0])
            role = json.loads(found["role"]) if "role" in found else DEFAULT_SETTINGS["role"]
            return "办公室" if role == "office" else "党员"
        except dbapi.Error + (ValueError,):  # noqa: RUF005 (mypy: no * here). Not (yet) ours: the login name
            pass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Store:
    """An open hdrectify database and the user acting on it.

    ``conn`` is the sqlite3 connection (no implicit transactions); :attr:`db` wraps it
    in sqlite-utils' ``Database`` for its richer API, imported on first use so that
    start-up does not pay for it.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, actor: str | None = None) -> None:
        self.conn = conn
        self.path = path
        self.actor = actor or default_actor(conn)
        self._db: Database | None = None
        self._installation: str | None = None
        # The audit chain's head while this store's own transaction holds the write lock
        # (no one else can append then); None: read it from the file.
        self._chain_head: str | None = None
        self._own_transaction = False

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        create: bool = False,
        actor: str | None = None,
        check: bool = False,
        read_only: bool = False,
    ) -> Store:
        """``check``: refuse a damaged file (quick check) before writing to it; ``read_only``: never write."""
        return cls(open_db(path, create=create, check=check, read_only=read_only), Path(path), actor)

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    # -- transactions and audited writes ------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action: all of it is written, or none of it. Nested ones are savepoints."""
        if self.conn.in_transaction:
            name = f"sp_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {name}")
            head = self._chain_head
            try:
                yield self
            except BaseException:
                self._chain_head = head  # the entries after it are rolled back
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        # IMMEDIATE: take the write lock now, so a second writer waits (busy timeout) instead of
        # failing half-way through the action
        self.conn.execute("BEGIN IMMEDIATE")
        self._chain_head, self._own_transaction = None, True
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._chain_head, self._own_transaction = None, False

    def _require_transaction(self) -> None:
        if not self.conn.in_transaction:
            raise RuntimeError("writes must happen inside Store.transaction()")

    def _audit(
        self, table: str, row_id: str, action: str, before: Row | None, after: Row | None, reason: str = ""
    ) -> None:
        """The one place audit entries are written: who, when, the row before and after, and why,
        chained by hash to the entry before (store/audit.py). Kept lean: a bundle import writes
        100,000 of them in one go (through :meth:`_audit_many`)."""
        self._audit_many(table, action, [(row_id, before, after)], reason)

    def _audit_many(
        self, table: str, action: str, changes: list[tuple[str, Row | None, Row | None]], reason: str = ""
    ) -> None:
        """Audit entries for many rows of one table, chained in order: (row id, before, after) each."""
        prev = self._chain_head if self._own_transaction and self._chain_head is not None else audit.head(self.conn)
        entry_id, at = audit.entry_id, now_stamp()
        entries, prev = audit.link(
            prev,
            at,
            self.actor,
            table,
            action,
            reason,
            [
                (
                    entry_id(),
                    row_id,
                    None if before is None else _audit_json(before),
                    None if after is None else _audit_json(after),
                )
                for row_id, before, after in changes
            ],
        )
        insert_rows(
            self.conn,
            "audit_log",
            ("id", "row_id", "before", "after", "prev_hash", "hash"),
            map(_VARYING, entries),
            shared={"at": at, "actor": self.actor, "table_name": table, "action": action, "reason": reason},
        )
        if self._own_transaction:
            self._chain_head = prev

    def insert(self, table: str, values: Row) -> Row:
        """Insert one row (a UUID ``id`` is given if it has none) and audit it."""
        self._require_transaction()
        stamp = now_stamp()
        row = {"id": new_id(), "created_at": stamp, "updated_at": stamp, **values}
        cols = list(row)
        self.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [row[c] for c in cols],
        )
        self._audit(table, row["id"], "insert", None, row)
        self._track(table, row["id"])
        return row

    def insert_many(self, table: str, values: list[Row]) -> list[Row]:
        """:meth:`insert` for many rows of one table at once (a workbook import): one statement for them
        all, each row audited and given a version like any other insert. Returns the rows as written."""
        self._require_transaction()
        if not values:
            return []
        stamp = now_stamp()
        rows = [{"id": new_id(), "created_at": stamp, "updated_at": stamp, **v} for v in values]
        by_columns: dict[tuple[str, ...], list[Row]] = {}
        for row in rows:
            by_columns.setdefault(tuple(row), []).append(row)
        for cols, group in by_columns.items():
            self.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [[r[c] for c in cols] for r in group],
            )
        self._audit_many(table, "insert", [(str(r["id"]), None, r) for r in rows])
        if table in sync.SYNCED:
            sync.track_new(self.conn, table, [str(r["id"]) for r in rows], self.installation_id())
        return rows

    def update(self, table: str, row_id: str, changes: Row, reason: str = "") -> Row:
        """Change some columns of one row and audit the before and after (and why)."""
        self._require_transaction()
        before = self.get(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id}")
        after = {**before, **changes, "updated_at": now_stamp()}
        cols = [c for c in after if c != "id"]
        self.conn.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in cols)} WHERE id = ?",
            [after[c] for c in cols] + [row_id],
        )
        self._audit(table, row_id, "update", before, after, reason)
        self._track(table, row_id)
        return after

    def soft_delete(self, table: str, row_id: str, reason: str) -> Row:
        """Mark a row deleted, keeping it (and why) for the audit trail and for bundles."""
        if not reason.strip():
            raise InputError("records.delete_needs_reason", "reason")
        return self.update(table, row_id, {"deleted_at": now_stamp(), "delete_reason": reason.strip()}, reason.strip())

    def delete(self, table: str, row_id: str, reason: str = "") -> None:
        """Remove one row for good (most user data is soft-deleted with ``update``)."""
        self._require_transaction()
        before = self.get(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id}")
        self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self._audit(table, row_id, "delete", before, None, reason)
        self._track(table, row_id, deleted=True)

    # -- versions for the exchange between installations ----------------------
    def installation_id(self) -> str:
        """This installation's id (made on first need): who made the versions written here."""
        if self._installation is None:
            found = self.setting("installation_id")
            if not found:
                self._require_transaction()
                found = new_id()
                self.set_setting("installation_id", found)
            self._installation = str(found)
        return self._installation

    def _track(self, table: str, row_id: str, *, deleted: bool = False) -> None:
        if table in sync.SYNCED:
            sync.track(self.conn, table, row_id, self.installation_id(), deleted=deleted)

    def write_exact(self, table: str, row: Row, reason: str, *, new: bool = False) -> str:
        """Write a row exactly as given (a version from another installation), audited.

        Returns 'insert', 'update', or '' when the row already held these values. ``new``:
        the caller knows the row is not there (it is not looked up). The caller records the
        version itself (the exchange merge): nothing is tracked here.
        """
        self._require_transaction()
        before = None if new else self.get(table, row["id"])
        if before is not None and before == {**before, **row}:
            return ""
        cols = list(row)
        if before is None:
            self.conn.execute(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [row[c] for c in cols],
            )
            self._audit(table, row["id"], "insert", None, row, reason)
            return "insert"
        after = {**before, **row}
        sets = [c for c in cols if c != "id"]
        self.conn.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in sets)} WHERE id = ?",
            [row[c] for c in sets] + [row["id"]],
        )
        self._audit(table, row["id"], "update", before, after, reason)
        return "update"

    def insert_exact_many(self, table: str, rows: list[Row], reason: str) -> None:
        """Insert rows known not to be there yet, exactly as given, audited: :meth:`write_exact` in bulk.

        All or none: on a constraint error nothing of the batch stays, and the error is raised.
        """
        self._require_transaction()
        with self.transaction():  # a savepoint: a failed batch leaves nothing behind
            by_columns: dict[tuple[str, ...], list[Row]] = {}
            for row in rows:
                by_columns.setdefault(tuple(row), []).append(row)
            for cols, group in by_columns.items():
                insert_rows(self.conn, table, cols, map(dict.values, group))  # each row's keys are cols, in order
            self._audit_many(table, "insert", [(str(r["id"]), None, r) for r in rows], reason)

    def remove_exact(self, table: str, row_id: str, reason: str) -> bool:
        """Remove a row for good because another installation did (a tombstone), audited."""
        self._require_transaction()
        before = self.get(table, row_id)
        if before is None:
            return False
        self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self._audit(table, row_id, "delete", before, None, reason)
        return True

    # -- reads ----------------------------------------------------------------
    def get(self, table: str, row_id: str) -> Row | None:
        cur = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        names = [d[0] for d in cur.description]
        found = cur.fetchone()
        return None if found is None else dict(zip(names, found, strict=True))

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[Row]:
        cur = self.conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        found = self.conn.execute(sql, list(params)).fetchone()
        return None if found is None else found[0]

    # -- settings -----------------------------------------------------------
    def setting(self, key: str) -> Any:
        raw = self.scalar("SELECT value FROM settings WHERE key = ?", [key])
        return DEFAULT_SETTINGS.get(key) if raw is None else json.loads(raw)

    def set_setting(self, key: str, value: Any) -> None:
        self._require_transaction()
        encoded = json.dumps(value, ensure_ascii=False)
        existing = self.scalar("SELECT id FROM settings WHERE key = ?", [key])
        if existing is None:
            self.insert("settings", {"key": key, "value": encoded})
        else:
            self.update("settings", existing, {"value": encoded})

    def cadence_settings(self) -> Settings:
        found = dict(
            self.conn.execute(
                "SELECT key, value FROM settings WHERE key IN"
                " ('report_deadline_days', 'review_deadline_days', 'backfill_days')"
            ).fetchall()
        )

        def get(key: str) -> int:
            return int(json.loads(found[key])) if key in found else int(DEFAULT_SETTINGS[key])

        from hdrectify.domain.cadence import Settings  # the cadence's rules load when first asked for

        return Settings(get("report_deadline_days"), get("review_deadline_days"), get("backfill_days"))

    def initialise_settings(self) -> None:
        """Write defaults for the settings a database does not have yet, and an installation id."""
        for key, value in DEFAULT_SETTINGS.items():
            if self.scalar("SELECT 1 FROM settings WHERE key = ?", [key]) is None:
                self.set_setting(key, value)
        if self.scalar("SELECT 1 FROM settings WHERE key = 'installation_id'") is None:
            self.set_setting("installation_id", new_id())
