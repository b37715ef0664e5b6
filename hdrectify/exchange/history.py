"""The exchange history (``exchange_log``): every bundle this database exported or imported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hdrectify.exchange.bundle import file_digest
from hdrectify.exchange.result import MergeResult
from hdrectify.store.base import Row, Store, new_id, now_stamp


def record(
    store: Store,
    direction: str,
    bundle_id: str,
    installation_id: str,
    installation_name: str,
    created_at: str,
    file_name: str,
    file_sha256: str,
    *,
    whole: bool,
    counts: dict[str, Any],
    clock: int | None = None,
    at: str | None = None,
) -> None:
    """One line of the history (inside the caller's transaction)."""
    store.execute(
        "INSERT INTO exchange_log (id, direction, bundle_id, installation_id, installation_name,"
        " bundle_created_at, at, actor, file_name, file_sha256, whole, clock, counts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            direction,
            bundle_id,
            installation_id,
            installation_name,
            created_at,
            at or now_stamp(),
            store.actor,
            file_name,
            file_sha256,
            int(whole),
            clock,
            json.dumps(counts, ensure_ascii=False),
        ],
    )


def last_export(store: Store) -> tuple[int, str] | None:
    """(clock, when) of this installation's latest export: its changes after that clock are new."""
    found = store.rows(
        "SELECT clock, at FROM exchange_log WHERE direction = 'export' AND clock IS NOT NULL"
        " ORDER BY clock DESC LIMIT 1"
    )
    return (int(found[0]["clock"]), str(found[0]["at"])) if found else None


def imported_file(store: Store, path: Path) -> Row | None:
    """The history line of an earlier import of this very file (same SHA-256), if any.

    Every version such a file holds is here, or was since replaced by one that has seen
    it (an edit, a resolution, a deletion), so merging it again would change nothing.
    """
    if not path.is_file():
        return None
    try:
        digest = file_digest(path)
    except OSError:
        return None  # read_bundle says what is wrong
    found = store.rows(
        "SELECT * FROM exchange_log WHERE direction = 'import' AND file_sha256 = ? ORDER BY at LIMIT 1", [digest]
    )
    return found[0] if found else None


def already_imported(log: Row, path: Path, dry_run: bool) -> MergeResult:
    """The answer for a file imported here before, byte for byte: nothing can change (see imported_file)."""
    return MergeResult(
        log["bundle_id"],
        log["installation_id"],
        log["installation_name"],
        log["bundle_created_at"],
        bool(log["whole"]),
        path.name,
        dry_run,
        imported_before=str(log["at"]),
    )


def entries(store: Store) -> list[Row]:
    """Every bundle exported or imported, the latest first."""
    return store.rows("SELECT * FROM exchange_log ORDER BY at DESC, rowid DESC")


def changed_since(store: Store, clock: int) -> int:
    """How many rows this database has added, changed or deleted after ``clock``."""
    return int(store.scalar("SELECT count(*) FROM sync_rows WHERE local_seq > ?", [clock]))
