"""Import: merge a bundle into the database by row id, idempotently and in one transaction.

For each version in the bundle, against the row's versions here (the one the table holds,
plus any still open in the conflict queue):

- one of ours has seen it already (equal vector and content, or dominating vector):
  nothing to do, so a bundle imported twice changes nothing;
- it has seen all of ours: it replaces them (a plain update, or a deletion);
- otherwise it was made apart from one of ours: a conflict. Both are kept: the table
  holds a deterministic provisional winner (the latest change, then the installation id,
  then the content's hash: the same whatever the order bundles arrive in) and the others
  wait in ``sync_conflicts`` for the office to choose. Versions whose content is the same
  (two computers that made the same row alike) are one version, not a conflict. One vector
  with two contents (a bundle whose rows were edited and re-hashed) is two versions made
  apart: a conflict to show, never a duplicate to skip, whichever copy arrived first.

The versions kept are always the latest ones not seen by any other, so importing the same
bundles in any order leaves the same rows and the same open conflicts. After writing, the
SPEC's rules are checked on the rows near what changed (``rules.check``); a breach rolls
everything back and is reported row by row. So is a deletion of a row by a computer that did
not make it (see ``_Merger._may_delete``). ``dry_run`` does the same and always rolls back.

The rows stream in from the bundle a batch at a time (``Bundle.batches``) and leave memory
once written: what the merge keeps to the end is ids (of rows changed, for the rules, and of
rows met, to spot a second version of one) and, of the rows it inserted, only what the rules
ask of them (``rules.Inserted``). A part found damaged at its end raises inside the
transaction, so nothing of the bundle stays.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import Progress, file_digest, read_bundle
from hdrectify.exchange.history import already_imported, imported_file
from hdrectify.exchange.identity import reconcile
from hdrectify.exchange.merge_writes import Candidate, MergeWriter
from hdrectify.exchange.records import BundleError, ClockLimits, Version, column_kind
from hdrectify.exchange.result import ConflictNote, MergeRefused, MergeResult, TableCounts
from hdrectify.exchange.roles import MEMBER, Roles, bundle_member, check_manifest, check_member_kept, signer_role
from hdrectify.exchange.rules import Violation, check, feedback_from_member, row_title, same_row
from hdrectify.exchange.rules_requests import check_requests
from hdrectify.exchange.sealing import opened
from hdrectify.exchange.trust import check_sender
from hdrectify.exchange.trust import record as record_trust
from hdrectify.store import dbapi, sync
from hdrectify.store.base import Row, Store
from hdrectify.store.schema import SYNC_TABLES

_STAMPS = ("created_at", "updated_at")


class _Rollback(Exception):
    """Raised inside the transaction to undo a dry run."""


def _same_content(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    """Two contents of one version are the same: but for when each was written (two computers
    that load the notice write its rows alike at their own time), and a column missing from one
    counting as NULL."""
    if a is None or b is None:
        return a is None and b is None
    return all(a.get(k) == b.get(k) for k in a.keys() | b.keys() if k not in _STAMPS)


def table_columns(store: Store) -> dict[str, dict[str, type]]:
    """The database's own columns of every synced table, with their kinds: what a bundle's rows may hold."""
    return {
        t: {r[1]: column_kind(r[2]) for r in store.execute(f"PRAGMA table_info([{t}])").fetchall()} for t in SYNC_TABLES
    }


def import_bundle(
    store: Store,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    trust: str | None = None,
) -> MergeResult:
    """Check and merge the bundle at ``path``; see the module's docstring.

    The bundle's signature is checked as it is read, and its signer against the trust list
    (:func:`hdrectify.exchange.trust.check_sender`) before any row is: ``trust`` is the fingerprint
    the user confirmed for a sender not on the list yet.

    A bundle sealed to this installation (:mod:`hdrectify.exchange.sealing`) is decrypted first, into
    a temporary file removed afterwards; one sealed to another, or damaged, is refused.

    Raises :class:`BundleError` for a file that is not a good bundle and :class:`MergeRefused`
    when the merge would break the rules; in both cases nothing is written.
    """
    path = Path(path)
    seen = imported_file(store, path)
    if seen is not None:
        return already_imported(seen, path, dry_run)
    with opened(store, path) as (plain, sealed), _collector_paused():
        return _import(store, path, plain, sealed, dry_run, progress, trust)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a bundle is read and merged.

    The rows make no cycles, but the many objects an import makes set the collector off over and
    over, and each of its full passes walks every object of the process (in the window: all of
    Qt's). Paused, the first import of a 100,000-row bundle takes about 5% less time. As the
    caller left it afterwards, also when the import fails.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _import(
    store: Store, path: Path, plain: Path, sealed: bool, dry_run: bool, progress: Progress | None, trust: str | None
) -> MergeResult:
    own, other = sync.clock_ceilings(store.conn)
    bundle = read_bundle(
        plain, table_columns(store), limits=ClockLimits(str(store.setting("installation_id") or ""), own, other)
    )
    if sealed:  # known, and logged, by the file as chosen
        bundle.source, bundle.sha256 = path, file_digest(path)
    if bundle.installation_id == store.setting("installation_id"):
        raise BundleError("exchange.own_bundle")
    sender = check_sender(store, bundle, trust)
    role = signer_role(store, bundle)
    check_manifest(bundle, role)
    merger = _Merger(store, bundle, dry_run, progress)
    if role == MEMBER:  # who may change what (exchange/roles.py); the office's bundles may change all
        check_member_kept(store, bundle, bundle_member(bundle))
        merger.roles = Roles(store, bundle, bundle_member(bundle))
    merger.result.signer_role, merger.result.signer_fingerprint = role, sender.fingerprint
    merger.result.trusted_now = sender.trust_now
    merger.result.sealed = sealed
    cache = store.scalar("PRAGMA cache_size")
    try:
        store.execute("PRAGMA cache_size = -131072")  # 128 MiB while many rows go into several indexes
        with store.transaction():
            record_trust(store, bundle, sender)
            merger.run()
            merger.number_problems()
            if progress is not None and progress(1, 1) is False:  # cancelled at the last moment: still nothing
                raise InputError("exchange.import_cancelled")
            if merger.result.violations:
                raise MergeRefused(merger.result)
            if dry_run or (not merger.result.changed and merger.result.imported_before):
                raise _Rollback
            merger.store_evidence()
            merger.log()
    except _Rollback:
        pass
    except (ValueError, TypeError, UnicodeError) + dbapi.IntegrityError as e:  # noqa: RUF005 (mypy refuses * in except)
        if isinstance(e, InputError):
            raise
        # rolled back already; a bundle whose content slipped past the checks is still just refused
        raise BundleError("exchange.content_refused", None, kind=type(e).__name__) from e
    finally:
        store.execute(f"PRAGMA cache_size = {int(cache)}")
    return merger.result


def _all_new(versions: list[Version], seen: set[int]) -> bool:
    """Whether every version is of a row met for the first time, none deleted: then, with none of
    them known here or queued, each is simply inserted (a first import's every batch). Notes them as met."""
    keys = {hash(v.id) for v in versions}
    if len(keys) != len(versions) or not seen.isdisjoint(keys) or any(v.row is None for v in versions):
        return False
    seen.update(keys)
    return True


class _Merger(MergeWriter):
    """Decides, version by version, what the table holds and what waits in the conflict queue."""

    roles: Roles | None = None  # a member's bundle: the rows it may change

    # -- the merge ----------------------------------------------------------------------------------
    def run(self) -> None:
        store = self.store
        first = store.rows(
            "SELECT at FROM exchange_log WHERE bundle_id = ? AND direction = 'import' ORDER BY at LIMIT 1",
            [self.bundle.bundle_id],
        )
        self.result.imported_before = str(first[0]["at"]) if first else None
        # children may arrive before their parents, and a parent may be replaced: check at the end
        store.execute("PRAGMA defer_foreign_keys = ON")
        sync.adopt_untracked(store.conn, store.installation_id())
        # the same centres, members, pairings made elsewhere
        translation = reconcile(store, self.bundle, self.result)
        total = self.bundle.total
        done = 0
        for table in self.bundle.tables:
            counts = self.result.tables.setdefault(table, TableCounts())
            seen: set[int] = set()  # hashes of the ids met: a false match only costs a flush
            rebuild: list[str] | None = None
            for batch in self.bundle.batches(table):
                versions = [t for t in map(translation.apply, batch) if t is not None]
                local = self._local(table, [v.id for v in versions])
                queue = self._queue(table, [v.id for v in versions])
                held = self._held(table, [row_id for row_id, known in local.items() if not known[3]])
                mark = self.flushes
                if rebuild is None:  # the first batch tells how many rows are new here
                    new = self.bundle.count(table) * (len(versions) - len(local)) // max(len(versions), 1)
                    rebuild = self._set_indexes_aside(table, new)
                if not local and not queue and _all_new(versions, seen):  # what _merge decides for each of them
                    if self.roles is not None:
                        for v in versions:
                            self.roles.note(table, v.id, None, v.row, ())
                    self._insert_new_batch(table, versions, counts)
                    versions = []
                for v in versions:
                    key = hash(v.id)
                    if key in seen:  # a second version of the row (one queued at the sender): read it afresh
                        self._flush()
                        local.update(self._local(table, [v.id]))
                        queue[v.id] = self._queue(table, [v.id]).get(v.id, [])
                    if self.flushes != mark:  # a flush may have renumbered a row read with the batch
                        held.clear()
                    seen.add(key)
                    self._merge(table, v, local.get(v.id), queue.get(v.id, []), counts, held.pop(v.id, None))
                self._flush()  # the batch leaves memory
                done += len(batch)
                if self.progress is not None and self.progress(done, total) is False:
                    raise InputError("exchange.import_cancelled")
            self._flush()
            for statement in rebuild or ():
                store.execute(statement)
        if self.progress is not None:
            self.progress(total, total)
        self.result.violations += check(store, self.touched, self.inserted)
        self.result.violations += check_requests(
            store, self.bundle.bundle_id, self.result.signer_role, self.bundle.installation_id
        )
        self.result.violations += feedback_from_member(self.touched, self.inserted, self.result.signer_role)
        if self.roles is not None:
            self.result.violations += self.roles.check()

    def _set_indexes_aside(self, table: str, new_rows: int) -> list[str]:
        """Drop ``table``'s own indexes when many more rows arrive than it holds; returns what rebuilds them.

        Building an index once over the rows is much quicker than growing it row by row (the
        contacts' expression indexes above all). Inside the transaction: a failure restores them.
        """
        if new_rows < 10_000 or new_rows < 2 * int(self.store.scalar(f"SELECT count(*) FROM [{table}]")):
            return []
        found = self.store.rows(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [table]
        )
        for index in found:
            self.store.execute(f"DROP INDEX [{index['name']}]")
        return [str(index["sql"]) for index in found]

    def _local(self, table: str, ids: list[str]) -> dict[str, tuple[str, str, str, int]]:
        found: dict[str, tuple[str, str, str, int]] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            for row_id, vv, origin, changed_at, deleted in self.store.execute(
                "SELECT row_id, vv, origin, changed_at, deleted FROM sync_rows WHERE table_name = ?"
                f" AND row_id IN ({', '.join('?' for _ in batch)})",
                [table, *batch],
            ):
                found[row_id] = (vv, origin, changed_at, deleted)
        return found

    def _held(self, table: str, ids: list[str]) -> dict[str, Row]:
        """The rows the table holds of these ids (one query a few hundred of them, not one a row)."""
        found: dict[str, Row] = {}
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            for row in self.store.rows(f"SELECT * FROM [{table}] WHERE id IN ({', '.join('?' for _ in batch)})", batch):
                found[str(row["id"])] = row
        return found

    def _queue(self, table: str, ids: list[str]) -> dict[str, list[Candidate]]:
        """The versions of these rows waiting in the conflict queue."""
        out: dict[str, list[Candidate]] = {}
        found: list[Row] = []
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            found += self.store.rows(
                "SELECT * FROM sync_conflicts WHERE table_name = ? AND resolved_at IS NULL"
                f" AND row_id IN ({', '.join('?' for _ in batch)})",
                [table, *batch],
            )
        for r in sorted(found, key=lambda r: (r["found_at"], r["id"])):
            out.setdefault(r["row_id"], []).append(
                Candidate(
                    sync.decode(r["vv"]),
                    r["vv"],
                    None if r["content"] is None else json.loads(r["content"]),
                    r["origin"],
                    r["changed_at"],
                    conflict_id=r["id"],
                    bundle_id=r["bundle_id"],
                )
            )
        return out

    def _merge(
        self,
        table: str,
        v: Version,
        local: tuple[str, str, str, int] | None,
        queued: list[Candidate],
        counts: TableCounts,
        held: Row | None = None,
    ) -> None:
        """``held``: the row the table holds, if read already with its batch's."""
        here: dict[str, Any] | None = held
        if here is None and local is not None and not local[3]:
            here = self.store.get(table, v.id)
        if v.deleted and here is not None and self.roles is not None:  # a member's: may it delete this row?
            refused = len(self.roles.violations)
            self.roles.note(table, v.id, here, None, self._makers(local, queued))
            if len(self.roles.violations) > refused:
                return
        if v.deleted and (local is not None or queued) and not self._may_delete(table, v, local, queued):
            return
        if not queued:
            if local is None and v.row is not None:  # never seen here (adopt_untracked gave every row here a version)
                if self.roles is not None:
                    self.roles.note(table, v.id, None, v.row, ())
                self._insert_new(table, v, counts)
                return
            if local is not None and local[0] == v.vv_text and _same_content(here, v.row):
                counts.same += 1
                return
        incoming = Candidate(v.vv, v.vv_text, v.row, v.origin, v.changed_at, bundle_id=self.bundle.bundle_id)
        if local is None and not queued:  # a deletion of a row never seen here: just remember it
            self._install(table, v.id, incoming, None, counts, new=True)
            return
        frontier = list(queued)
        current: Candidate | None = None
        if local is not None:
            vv_text, origin, changed_at, _ = local
            current = Candidate(sync.decode(vv_text), vv_text, here, origin, changed_at, current=True)
            frontier.insert(0, current)
        for f in frontier:
            if f.vv_text == incoming.vv_text:
                if _same_content(f.row, incoming.row):
                    counts.same += 1
                    return
                continue  # one version, two contents: one is forged or damaged, so both wait for a choice
            if sync.dominates(f.vv, incoming.vv):
                counts.older += 1
                return
        if self.roles is not None and not (
            v.deleted and here is not None
        ):  # a member's change: may it? (deletions: above)
            self.roles.note(table, v.id, here, v.row, self._makers(local, queued))
        superseded = [f for f in frontier if f.vv_text != incoming.vv_text and sync.dominates(incoming.vv, f.vv)]
        survivors = [f for f in frontier if f not in superseded]
        candidates = [*survivors, incoming]
        winner = max(candidates, key=Candidate.key)
        for f in superseded:
            if f.conflict_id is not None:
                self._close_queued(f.conflict_id)
        if winner.conflict_id is not None:  # a queued version now held by the table
            self.store.execute("DELETE FROM sync_conflicts WHERE id = ?", [winner.conflict_id])
        losers = [c for c in candidates if c is not winner]
        for c in losers:  # every version not seen by another stays, even one made alike (order-independence)
            if c.conflict_id is None:
                self._enqueue(table, v.id, c)
        # versions made alike on two computers wait too, but they are no choice for anyone to make
        differ = any(not same_row(c.row, winner.row) for c in losers)
        self._install(table, v.id, winner, current, counts, conflict=differ)
        if differ:
            self.result.conflicts.append(ConflictNote(table, v.id, row_title(winner.row or incoming.row)))

    def _may_delete(
        self, table: str, v: Version, local: tuple[str, str, str, int] | None, queued: list[Candidate]
    ) -> bool:
        """Whether the computer that made the deletion ``v`` may delete a row known here; else a violation.

        Until roles come, only the computer that created a row may delete it, and nobody the
        notice's ledger. Which computer created a row is not recorded, but it is named in every
        version's vector ever after (entries are never dropped), as is every computer that
        changed the row since: a deletion made by a computer named in none of the row's versions
        here is by one that neither created nor changed it, and the notice's rows carry "seed".
        The deletion's own vector is not asked: it is the bundle's word. A deletion relayed by
        another computer (the office's whole bundle) is judged by who made it, not who sent it.
        A member's laptop takes its roster and ledger from the office, which may remove what
        it keeps (a problem entered twice, say) though it never changed it: there only the
        notice's rows are kept from deletion.
        """
        from hdrectify.store.ledger_edit import MEMBER, role

        makers = self._makers(local, queued)
        if sync.SEED_ORIGIN in makers:
            why = InputError("rules.delete_notice_row")
        elif v.origin not in makers and role(self.store) != MEMBER:
            why = InputError("rules.delete_not_maker")
        else:
            return True
        self.result.violations.append(Violation(table, v.id, why))
        return False

    @staticmethod
    def _makers(local: tuple[str, str, str, int] | None, queued: list[Candidate]) -> set[str]:
        """The computers named in a row's versions here: the one that created it and every one that changed it."""
        makers: set[str] = set()
        for vv in ([sync.decode(local[0])] if local is not None else []) + [q.vv for q in queued]:
            makers.update(vv)
        return makers
