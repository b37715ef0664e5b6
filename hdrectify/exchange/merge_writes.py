"""What a merge writes, once it has decided (``merge._Merger``): rows, version vectors, queued conflicts.

New rows and their versions are written in batches (:meth:`MergeWriter._flush`); a row that
breaks a constraint is found row by row, and two problems arriving with one number are
renumbered (:meth:`MergeWriter._renumber`). After a merge that keeps the rules, the evidence
files of the rows written are stored and the import is logged.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import Bundle, Progress
from hdrectify.exchange.history import record
from hdrectify.exchange.records import Version
from hdrectify.exchange.result import MergeResult, TableCounts
from hdrectify.exchange.rules import Inserted, Violation, integrity_refusal
from hdrectify.exchange.senders import read_facts
from hdrectify.store import dbapi, sync
from hdrectify.store.base import Row, Store, new_id, now_stamp
from hdrectify.store.bulk import insert_rows
from hdrectify.store.evidence import file_sha256, store_stream, stored_path
from hdrectify.store.schema import FILE_TABLES

# a sync_rows entry as :meth:`MergeWriter._remember` queues it (local_seq is left NULL)
_VERSION_COLUMNS = (
    "table_name", "row_id", "vv", "origin", "changed_at", "deleted", "received_from", "received_at", "bundle_id"
)  # fmt: skip

_UPSERT = (
    " ON CONFLICT(table_name, row_id) DO UPDATE SET vv = excluded.vv,"
    " origin = excluded.origin, changed_at = excluded.changed_at, deleted = excluded.deleted,"
    " received_from = excluded.received_from, received_at = excluded.received_at, bundle_id = excluded.bundle_id"
)


@dataclass(frozen=True)
class Candidate:
    """A version of one row: the table's, one waiting in the queue, or the incoming one."""

    vv: dict[str, int]
    vv_text: str
    row: dict[str, Any] | None  # None: deleted
    origin: str
    changed_at: str
    conflict_id: str | None = None  # in the queue
    current: bool = False  # the one the table holds
    bundle_id: str | None = None  # the bundle that brought it here, if it is new

    def key(self) -> tuple[str, str, str]:
        """The deterministic order of concurrent versions: the greatest is the provisional winner."""
        return (self.changed_at, self.origin, _content_hash(self.row))


def _content_hash(row: Mapping[str, Any] | None) -> str:
    if row is None:
        return ""
    return hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class MergeWriter:
    """The state of one merge and the writing half of it; :class:`hdrectify.exchange.merge._Merger` decides."""

    def __init__(self, store: Store, bundle: Bundle, dry_run: bool, progress: Progress | None) -> None:
        self.store = store
        self.bundle = bundle
        self.progress = progress
        self.reason = f"交换包：{bundle.installation_name}（{bundle.created_at[:16].replace('T', ' ')}）"
        self.received_at = now_stamp()
        self.touched: dict[str, set[str]] = {}  # rows written over or removed: the rules read them back
        self.inserted = Inserted()  # rows never seen here, once inserted: what the rules ask of them
        self.evidence_files: list[tuple[str, str]] = []  # (sha256, file name) of rows with a file (FILE_TABLES) written
        self.pending: list[tuple[object, ...]] = []  # sync_rows to write, in batches
        self.pending_new: list[tuple[str, str, str, str, str]] = []  # those of new_rows: what differs between them
        self.new_rows: dict[str, list[Row]] = {}  # rows never seen here, to insert in batches
        self.renumbered_here: list[tuple[str, str]] = []
        self.flushes = 0  # how many times :meth:`_flush` ran: rows read before one may have changed
        self.result = MergeResult(
            bundle.bundle_id,
            bundle.installation_id,
            bundle.installation_name,
            bundle.created_at,
            bundle.whole,
            bundle.file_name,
            dry_run,
        )

    def _install(
        self,
        table: str,
        row_id: str,
        winner: Candidate,
        current: Candidate | None,
        counts: TableCounts,
        *,
        conflict: bool = False,
        new: bool = False,
    ) -> None:
        """Make ``winner`` the version the table holds (row and version vector)."""
        if conflict:
            counts.conflicts += 1
        if current is not None and winner.current:  # the table keeps its version; the incoming one waits
            if not conflict:
                counts.same += 1
            return
        changed = self._write(table, row_id, winner, new=new)
        if not conflict:
            if winner.row is None and not changed:
                counts.same += 1  # gone here already
            elif winner.row is None:
                counts.deleted += 1
            elif current is None or current.row is None:
                counts.added += 1
            else:
                counts.updated += 1
        sender = self._sender(winner.bundle_id)
        self._remember(
            table,
            row_id,
            winner.vv_text,
            winner.origin,
            winner.changed_at,
            int(winner.row is None),
            sender,
            None if sender is None else self.received_at,
            winner.bundle_id,
        )

    def _sender(self, bundle_id: str | None) -> str | None:
        """The installation that sent the bundle ``bundle_id`` (this one or an earlier); None: made here."""
        if bundle_id is None:
            return None
        if bundle_id == self.bundle.bundle_id:
            return self.bundle.installation_id
        found = self.store.scalar(
            "SELECT installation_id FROM exchange_log WHERE bundle_id = ? AND direction = 'import' LIMIT 1",
            [bundle_id],
        )
        return None if found is None else str(found)

    def _remember(self, *version: object) -> None:
        """Queue one sync_rows entry (table, row id, vv, origin, changed_at, deleted, from, at, bundle)."""
        self.pending.append(version)
        if len(self.pending) >= 5000:
            self._flush()

    def _flush(self) -> None:
        """Write the new rows and the version vectors waiting in :attr:`new_rows` and :attr:`pending`."""
        self.flushes += 1
        for table, rows in self.new_rows.items():
            try:
                self.store.insert_exact_many(table, rows, self.reason)
            except dbapi.IntegrityError:  # one of them breaks a constraint: find which, row by row
                for row in rows:
                    try:
                        self.store.write_exact(table, row, self.reason, new=True)
                    except dbapi.IntegrityError as e:
                        if not self._renumber(table, row, str(e)):
                            self.result.violations.append(Violation(table, str(row["id"]), integrity_refusal(e)))
                            continue
                    self.inserted.add(table, row)
            else:
                self.inserted.add_many(table, rows)
        self.new_rows.clear()
        # local_seq stays: a version made here and not yet exported, now in the queue, must still travel
        insert_rows(  # a row at most once among them and in pending: flushed before a second version is read
            self.store.conn,
            "sync_rows",
            _VERSION_COLUMNS[:5],
            self.pending_new,
            shared={
                "deleted": 0,
                "received_from": self.bundle.installation_id,
                "received_at": self.received_at,
                "bundle_id": self.bundle.bundle_id,
            },
            tail=_UPSERT,
        )
        self.pending_new.clear()
        insert_rows(
            self.store.conn,
            "sync_rows",
            _VERSION_COLUMNS,
            self.pending,
            tail=_UPSERT,
        )
        self.pending.clear()
        for table, row_id in self.renumbered_here:  # a change made here: a version that has seen the sender's
            sync.track(self.store.conn, table, row_id, self.store.installation_id())
        self.renumbered_here.clear()

    def _renumber(self, table: str, row: Row, error: str) -> bool:
        """Two problems that arrive with one number (laptops that numbered their own, before the office did).

        A number once shown never changes where it was given by the office: at the office the
        problem already here keeps its number and the incoming one takes the next free number;
        on a member's laptop the incoming (office's) number stands and the laptop's own problem
        goes back to 待编号 until the office numbers it. Either way a change made here, which
        travels back with the next bundle. False if this is not that case.
        """
        from hdrectify.store.ledger_edit import OFFICE, new_problem_no, role

        if table != "ledger_problems" or "ledger_problems.no" not in error:
            return False
        holder = self.store.rows("SELECT * FROM ledger_problems WHERE no = ?", [row["no"]])
        if not holder:
            return False
        if role(self.store) == OFFICE:
            moved, stays, new_no = row, None, new_problem_no(self.store)
        else:
            moved, stays, new_no = holder[0], row, None
        label = "待编号" if new_no is None else str(new_no)
        why = self.reason + f"；问题编号 {row['no']} 已被占用，改为 {label}"
        self.store.write_exact(table, {**moved, "no": new_no}, why)
        if stays is not None:
            self.store.write_exact(table, stays, self.reason, new=True)
        self.result.renumbered.append((str(moved.get("title", "")), int(row["no"]), new_no))
        self.renumbered_here.append((table, str(moved["id"])))
        return True

    def number_problems(self) -> None:
        """At the office, the problems that arrived 待编号 get their numbers now (a change made here,
        which travels back to the laptop with the office's next bundle); see store.ledger_edit."""
        from hdrectify.store.ledger_edit import number_pending

        if self.result.violations:
            return
        for problem_id, no in number_pending(self.store):
            found = self.store.get("ledger_problems", problem_id)
            self.result.numbered.append((str(found["title"]) if found else "", no))

    def _insert_new(self, table: str, v: Version, counts: TableCounts) -> None:
        """A row never seen here, written with its batch (:meth:`_flush`)."""
        self._insert_new_batch(table, [v], counts)

    def _insert_new_batch(self, table: str, versions: list[Version], counts: TableCounts) -> None:
        """The common case of a big import, kept lean: rows never seen here, none deleted, written in batches.

        Their content is the bundle's own dict, read for this merge alone and never changed after.
        """
        rows = [v.row for v in versions if v.row is not None]
        self.new_rows.setdefault(table, []).extend(rows)
        if table in FILE_TABLES:
            for row in rows:
                self._note_evidence(table, row)
        counts.added += len(rows)
        self.pending_new += [(table, v.id, v.vv_text, v.origin, v.changed_at) for v in versions]

    def _write(self, table: str, row_id: str, version: Candidate, *, new: bool = False) -> bool:
        """Write a version's content to the table; False if the table already held it."""
        self.inserted.forget(table, row_id)  # written again: the rules read what the table holds
        try:
            if version.row is None:
                changed = False if new else self.store.remove_exact(table, row_id, self.reason)
            else:
                changed = bool(self.store.write_exact(table, dict(version.row), self.reason, new=new))
        except dbapi.IntegrityError as e:
            self.result.violations.append(Violation(table, row_id, integrity_refusal(e)))
            return False
        if changed and version.row is not None:
            self._touch(table, version.row)
        elif changed:
            self.touched.setdefault(table, set()).add(row_id)
        return changed

    def _touch(self, table: str, row: Row) -> None:
        self.touched.setdefault(table, set()).add(str(row["id"]))
        self._note_evidence(table, row)

    def _note_evidence(self, table: str, row: Row) -> None:
        if table in FILE_TABLES and row.get("deleted_at") is None:
            self.evidence_files.append((str(row.get("sha256") or ""), str(row.get("file_name"))))

    def _enqueue(self, table: str, row_id: str, c: Candidate) -> None:
        self.store.execute(
            "INSERT INTO sync_conflicts (id, table_name, row_id, vv, content, origin, changed_at, found_at, bundle_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_id(),
                table,
                row_id,
                c.vv_text,
                None if c.row is None else json.dumps(c.row, ensure_ascii=False, sort_keys=True),
                c.origin,
                c.changed_at,
                self.received_at,
                c.bundle_id,  # None: made here
            ],
        )

    def _close_queued(self, conflict_id: str) -> None:
        self.store.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'superseded' WHERE id = ?",
            [self.received_at, f"交换包 {self.bundle.installation_name}", conflict_id],
        )

    # -- after a merge that keeps the rules ---------------------------------------------------------
    def store_evidence(self) -> None:
        """Put the files of the evidence rows this merge wrote beside the database."""
        for sha, file_name in self.evidence_files:
            try:
                target = stored_path(self.store, sha)
            except InputError:
                self.result.missing_evidence.append(file_name)
                continue
            if target.is_file() and file_sha256(target) == sha:
                continue
            if sha not in self.bundle.evidence:
                self.result.missing_evidence.append(file_name)
                continue
            store_stream(self.store, io.BytesIO(self.bundle.read_evidence(sha)), file_name)
            self.result.evidence_stored += 1

    def log(self) -> None:
        if self.result.imported_before is not None:
            return
        b = self.bundle
        record(
            self.store,
            "import",
            b.bundle_id,
            b.installation_id,
            b.installation_name,
            b.created_at,
            b.file_name,
            b.sha256,
            whole=b.whole,
            counts={
                "rows": self.result.as_dict(),
                "conflicts": len(self.result.conflicts),
                "sender": read_facts(b.manifest),
                **self._speaks_for(),
            },
            at=self.received_at,
        )

    def _speaks_for(self) -> dict[str, Any]:
        """A member's bundle: the member it named (exchange/roles.py keeps a laptop to its first)."""
        member = self.bundle.manifest.get("member") if self.result.signer_role == "member" else None
        if not isinstance(member, dict):
            return {}
        entry = self.store.scalar(
            "SELECT id FROM trusted_installations WHERE installation_id = ?", [self.bundle.installation_id]
        )
        return {"member": member, "trust": entry}
