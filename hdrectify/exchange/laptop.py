"""A member's laptop, started from the office's bundle (the welcome dialog's 党员 path).

Above the merge, which it runs on a new database; the bundle prepared for the member
(``bundle export --for``) carries the roster, the pairings, the ledger and the settings.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hdrectify.domain.collation import zh_key
from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import read_bundle
from hdrectify.exchange.merge import import_bundle, table_columns
from hdrectify.exchange.result import MergeResult
from hdrectify.store.base import Store


def bundle_members(path: Path) -> tuple[str | None, list[tuple[str, str]]]:
    """The member a bundle was prepared for (its id, if any) and every member it carries: (id, name).

    The bundle is checked in full, as an import would, against a scratch database's columns
    (holding only the members' names).
    """
    with (
        tempfile.TemporaryDirectory(prefix="hdrectify-") as folder,
        Store.open(Path(folder) / "scratch.db", create=True) as scratch,
    ):
        bundle = read_bundle(path, table_columns(scratch))
    target = bundle.manifest.get("for_member")
    found: list[tuple[str, str]] = []
    for table in bundle.tables:
        for batch in bundle.batches(table):
            if table == "members":
                found += [(v.id, str(v.row["name"])) for v in batch if v.row is not None]
    members = sorted(found, key=lambda m: (zh_key(m[1]), m[0]))
    if not members:
        raise InputError("exchange.no_roster")
    return (str(target["id"]) if isinstance(target, dict) and "id" in target else None), members


def start_member_laptop(db: Path, bundle: Path, member_id: str) -> MergeResult:
    """Create the database at ``db`` from the office's bundle, as ``member_id``'s laptop.

    Nothing is left behind if the bundle cannot be taken.
    """
    if db.exists():
        raise InputError("exchange.database_exists", None, path=str(db))
    try:
        with Store.open(db, create=True) as store:
            with store.transaction():
                store.initialise_settings()
                store.set_setting("role", "member")
            result = import_bundle(store, bundle)
            if store.get("members", member_id) is None:
                raise InputError("exchange.member_not_in_bundle")
            with store.transaction():
                store.set_setting("role", "member")
                store.set_setting("me_member_id", member_id)
    except BaseException:
        for leftover in (db, *(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
        raise
    return result
