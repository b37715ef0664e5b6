"""Benchmark the safety work on a database written through the Store (every row audited and chained).

Builds (once; cached in tests/benchmarks/out/) a database of N audited writes, members with a
note, in one transaction, timing them (the hash chain's share of each audited write is the
point: a bundle import writes 100,000 of them). Then measures on that file:

- ``PRAGMA quick_check`` (run on every window start and before every command-line write),
- a backup through the online API, and reading its summary (the restore dialog),
- ``verify`` (the chain and every row against its latest audited state),
- a restore of the backup over the database.

Run: python tests/benchmarks/bench_safety.py [--rows 100000] [--rebuild]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from hdrectify.store.backup import backup_to, inspect_backup, quick_check
from hdrectify.store.base import Store
from hdrectify.store.restore import restore
from hdrectify.store.verify import verify

OUT = Path(__file__).resolve().parent / "out"


def build(path: Path, rows: int) -> float:
    """Audited inserts in one transaction; returns microseconds per write."""
    path.unlink(missing_ok=True)
    with Store.open(path, create=True, actor="bench") as store:
        with store.transaction():
            store.initialise_settings()
        started = time.perf_counter()
        with store.transaction():
            for n in range(rows):
                store.insert("members", {"name": f"党员{n:06d}", "note": "基准测试的备注" * 8})
        spent = time.perf_counter() - started
    return spent / rows * 1e6


def timed(what: str, work) -> object:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = work()
    print(f"{what:<44} {time.perf_counter() - started:8.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"safety-{args.rows}.db"
    if args.rebuild or not db.exists():
        per_write = build(db, args.rows)
        print(f"{args.rows:,} audited inserts: {per_write:.0f} µs each ({per_write * args.rows / 1e6:.1f} s)")
    size = db.stat().st_size / 2**20
    print(f"database: {db.name}, {size:.0f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "work.db"
        shutil.copy(db, work)
        conn = sqlite3.connect(work)
        timed("PRAGMA quick_check", lambda: quick_check(conn))
        target = Path(tmp) / "backup.db"
        timed("backup (online API, checked, synced)", lambda: backup_to(conn, target))
        conn.close()
        timed("backup summary (the restore dialog)", lambda: inspect_backup(target))
        with Store.open(work) as store:
            report = timed("verify (chain + every row)", lambda: verify(store, evidence=False))
        print(f"{'':<44} {report.entries:,} entries, {report.rows:,} rows, ok={report.ok}")  # type: ignore[attr-defined]
        timed("restore (current kept first)", lambda: restore(work, target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
