"""Export: this installation's new and changed rows (or all of them) into one bundle file."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import FORMAT, FORMAT_VERSION, Progress, file_digest
from hdrectify.exchange.bundle_write import write_bundle
from hdrectify.exchange.history import last_export, record
from hdrectify.exchange.identity import carried_settings
from hdrectify.exchange.identity import installation_name as installation_name
from hdrectify.exchange.sealing import Recipient, office, own_encryption_key, seal
from hdrectify.exchange.senders import sender_facts
from hdrectify.exchange.signing import encode_key, own_public_key, signature_member
from hdrectify.outputs import check_output
from hdrectify.store import sync
from hdrectify.store.base import Store, new_id, now_stamp
from hdrectify.store.evidence import stored_path
from hdrectify.store.roles import is_office
from hdrectify.store.schema import FILE_TABLES, SCHEMA_VERSION, SYNC_TABLES

_SYNC_COLUMNS = ("row_id", "vv", "origin", "changed_at", "deleted")


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    whole: bool
    counts: dict[str, int]
    evidence_files: int
    missing_evidence: list[str] = field(default_factory=list)
    referenced: int = 0  # rows that travel only because those changed refer to them
    sealed_to: Recipient | None = None  # the office the file is encrypted to (exchange/sealing.py)

    @property
    def rows(self) -> int:
        """The rows new or changed here (all of them, for a whole export)."""
        return sum(self.counts.values()) - self.referenced


def export_bundle(
    store: Store,
    out: Path,
    *,
    whole: bool = False,
    progress: Progress | None = None,
    for_member: str | None = None,
    force: bool = False,
    encrypt: bool = True,
) -> ExportResult:
    """Write a bundle of the rows changed here since the last export (``whole``: every row).

    ``for_member`` (a member's id): what the office gives that member's laptop instead: the
    roster (every centre and member), that member's pairings and their records, the ledger,
    and (in the manifest) the settings that must be the same everywhere. It does not move
    the point the next ordinary export starts from.

    Refuses when there is nothing new, so that no empty bundle travels, and refuses a path
    hdrectify.outputs.check_output refuses (the database and what is kept beside it; an
    existing file unless ``force``). On a member laptop that trusts an office whose key it knows,
    the file is sealed to that office (:func:`hdrectify.exchange.sealing.office`) unless not
    ``encrypt``; a bundle prepared ``for_member`` never is. The export is logged in the exchange history in the
    same transaction that reads the rows.
    """
    target = None if for_member is None else store.get("members", for_member)
    if for_member is not None and target is None:
        raise InputError("exchange.export_member_unknown")
    if target is not None and not is_office(store):  # every computer refuses a member's roster bundle
        raise InputError("exchange.export_for_member_office_only")
    whole = whole or target is not None
    out = check_output(Path(out), store.path, force)
    with store.transaction():
        me = store.installation_id()
        sync.adopt_untracked(store.conn, me)
        previous = None if whole else last_export(store)
        since = previous[0] if previous else 0
        clock = sync.next_clock(store.conn)
        evidence: dict[str, Path] = {}
        missing: list[str] = []
        only = None if target is None else _for_member(store, str(target["id"]))
        tables, referenced = _selection(store, None if whole else since, only)
        total = sum(len(r) for r in tables.values())
        if total == referenced:
            if previous:
                raise InputError("exchange.export_nothing_new_since", None, last=previous[1][:16].replace("T", " "))
            raise InputError("exchange.export_nothing_new")
        for rec in (rec for table in FILE_TABLES for rec in tables.get(table, [])):
            row = rec["row"]
            if row is None or row["sha256"] in evidence:
                continue
            path = stored_path(store, str(row["sha256"]))
            if path.is_file():
                evidence[str(row["sha256"])] = path
            else:
                missing.append(str(row["file_name"]))
        bundle_id = new_id()
        created = now_stamp()
        name = installation_name(store)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": SCHEMA_VERSION,
            "bundle_id": bundle_id,
            "installation": {
                "id": me,
                "name": name,
                "public_key": encode_key(own_public_key(store)),
                "encryption_key": encode_key(own_encryption_key(store)),
            },
            "created_at": created,
            "whole": whole,
            "since_clock": since,
            "clock": clock,
            "role": str(store.setting("role") or "office"),
            "sender": sender_facts(store),  # who made it, and what it has taken from others (交换状态)
        }
        if manifest["role"] == "office":  # the settings every computer must share come from the office
            manifest["settings"] = carried_settings(store)
        mine = store.get("members", str(store.setting("me_member_id") or ""))
        if manifest["role"] == "member" and mine is not None:  # whose records a member's laptop may send
            manifest["member"] = {"id": mine["id"], "name": mine["name"]}
        if target is not None:
            manifest["for_member"] = {"id": target["id"], "name": target["name"]}
        if progress is not None:
            progress(0, total)
        recipient = office(store)[0] if encrypt and target is None else None
        _write(store, out, manifest, tables, evidence, recipient)
        if progress is not None and progress(total, total) is False:  # cancelled: no file, nothing logged
            out.unlink(missing_ok=True)
            raise InputError("exchange.export_cancelled")
        try:
            counts = {t: len(r) for t, r in tables.items()}
            record(
                store,
                "export",
                bundle_id,
                me,
                name,
                created,
                out.name,
                file_digest(out),
                whole=whole,
                counts={
                    "rows": counts,
                    "evidence_files": len(evidence),
                    "for_member": None if target is None else str(target["id"]),
                },
                clock=None if target is not None else clock,  # one member's bundle: the others still need the rows
            )
        except BaseException:
            out.unlink(missing_ok=True)  # not logged: no bundle either, so the next export covers these rows
            raise
    return ExportResult(out, bundle_id, whole, counts, len(evidence), missing, referenced, recipient)


def _write(
    store: Store,
    out: Path,
    manifest: dict[str, Any],
    tables: dict[str, list[dict[str, Any]]],
    evidence: dict[str, Path],
    recipient: Recipient | None,
) -> None:
    """The signed bundle at ``out``; sealed to ``recipient`` if one is given, its plain form written
    first beside the database (the disk that holds the same rows already), never beside ``out``."""

    def sign(data: bytes) -> bytes:
        return signature_member(store, data)

    if recipient is None:
        write_bundle(out, manifest, tables, evidence, sign)
        return
    fd, name = tempfile.mkstemp(prefix=".hdrectify-export.", suffix=".part", dir=store.path.parent)
    os.close(fd)
    plain = Path(name)
    try:
        write_bundle(plain, manifest, tables, evidence, sign)
        seal(plain, out, recipient)
    finally:
        plain.unlink(missing_ok=True)


def _for_member(store: Store, member_id: str) -> dict[str, set[str]]:
    """The rows a member's laptop starts from: the roster, the member's pairings and records, the ledger."""
    pairings = {r["id"] for r in store.rows("SELECT id FROM pairings WHERE member_id = ?", [member_id])}
    only: dict[str, set[str]] = {"pairings": pairings}
    for table in ("contacts", "reports", "reviews", "exemptions", "checklist_scans"):
        only[table] = {
            r["id"]
            for r in store.rows(f"SELECT id, pairing_id FROM [{table}]")
            if r["pairing_id"] in pairings or (table == "exemptions" and r["pairing_id"] is None)
        }
    only["contact_photos"] = {
        r["id"] for r in store.rows("SELECT id, contact_id FROM contact_photos") if r["contact_id"] in only["contacts"]
    }
    only["report_files"] = {
        r["id"] for r in store.rows("SELECT id, report_id FROM report_files") if r["report_id"] in only["reports"]
    }
    only["review_items"] = {
        r["id"] for r in store.rows("SELECT id, review_id FROM review_items") if r["review_id"] in only["reviews"]
    }
    only["report_feedback"] = {
        r["id"]
        for r in store.rows("SELECT id, report_id, review_id FROM report_feedback")
        if r["report_id"] in only["reports"] or r["review_id"] in only["reviews"]
    }
    return only  # the other tables (centres, members, the ledger): all of them


def _selection(
    store: Store, since: int | None, only: dict[str, set[str]] | None = None
) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every table's versions to export (all when ``since`` is None), with the rows they refer to.

    ``only``: of these tables, just these rows (and of the others all), with the rows they refer to.

    A row changed here may refer to rows the receiver never got (a problem renumbered here
    that belongs to another member's visit, say): those travel along, so that a bundle is
    whole by itself; a receiver that has them finds them unchanged.
    """
    wanted: dict[str, set[str]] = {}
    picked: dict[str, list[dict[str, Any]]] = {}
    referenced = 0
    for table in reversed(SYNC_TABLES):  # children first: their parents are asked for on the way
        if only is not None and table in only:
            records = []
            for start in range(0, len(only[table]), 500):
                records += _records(store, table, None, sorted(only[table])[start : start + 500])
        else:
            records = _records(store, table, None if only is not None else since)
        have = {r["id"] for r in records}
        extra = wanted.get(table, set()) - have
        for start in range(0, len(extra), 500) if since is not None or only is not None else ():
            more = _records(store, table, None, sorted(extra)[start : start + 500])
            referenced += len(more)
            records += more
        if records:
            picked[table] = records
        if since is None and only is None:
            continue  # everything travels anyway
        for _, _, parent, column, *_ in store.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            wanted.setdefault(parent, set()).update(
                r["row"][column] for r in records if r["row"] is not None and r["row"].get(column)
            )
    return {t: picked[t] for t in SYNC_TABLES if t in picked}, referenced


def _records(store: Store, table: str, since: int | None, ids: list[str] | None = None) -> list[dict[str, Any]]:
    """The versions of ``table`` to export: those changed here after ``since``, all (``since`` None),
    or (``ids``) these rows; with the versions of them still waiting in the conflict queue."""
    where = "s.local_seq > ?" if since is not None else "1"
    params: list[Any] = [table] + ([since] if since is not None else [])
    if ids is not None:
        where = f"s.row_id IN ({', '.join('?' for _ in ids)})"
        params = [table, *ids]
    cur = store.execute(
        f"SELECT s.row_id, s.vv, s.origin, s.changed_at, s.deleted, t.* FROM sync_rows s"
        f" LEFT JOIN [{table}] t ON t.id = s.row_id WHERE s.table_name = ? AND {where} ORDER BY s.row_id",
        params,
    )
    names = [d[0] for d in cur.description][len(_SYNC_COLUMNS) :]
    out: list[dict[str, Any]] = []
    selected: set[str] = set()
    for found in cur:
        row_id, vv, origin, changed_at, deleted = found[: len(_SYNC_COLUMNS)]
        values = found[len(_SYNC_COLUMNS) :]
        live = not deleted and values[0] is not None
        out.append(
            {
                "id": row_id,
                "vv": sync.decode(vv),
                "origin": origin,
                "changed_at": changed_at,
                "deleted": not live,
                "row": dict(zip(names, values, strict=True)) if live else None,
            }
        )
        selected.add(row_id)
    # the versions of these rows still waiting in the conflict queue travel too (one may be ours)
    for q in store.rows(
        "SELECT row_id, vv, origin, changed_at, content FROM sync_conflicts"
        " WHERE table_name = ? AND resolved_at IS NULL ORDER BY row_id, vv",
        [table],
    ):
        if q["row_id"] in selected:
            out.append(
                {
                    "id": q["row_id"],
                    "vv": sync.decode(q["vv"]),
                    "origin": q["origin"],
                    "changed_at": q["changed_at"],
                    "deleted": q["content"] is None,
                    "row": None if q["content"] is None else json.loads(q["content"]),
                }
            )
    return out
