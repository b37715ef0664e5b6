"""Benchmark province scale: 2,000 centres, members and pairings over five years (~2.5M records).

Generates (once each; cached in tests/benchmarks/out/) two databases with bench_core's
generator — 1,000 and 2,000 pairings, 2021–2025, every row given its version (as the
Store gives rows written through it), then times on each, in one run:

- status: a year's statuses for every pairing (``cadence_view`` + ``rows()`` + ``totals``), best of 3;
- checklists: the month's checklist of every pairing (``checklist_data`` + ``write_checklist``), best of 2;
- summary: the year's summary (``summary_data`` + ``write_summary_xlsx``), best of 2;
- merge: bench_exchange's laptop bundle (100,000 records, 430 other pairings) imported into a
  copy of the database (the copy is not timed), once.

and prints each at 1,000 and at 2,000 with the growth (2,000 over 1,000): the data doubles,
so about 2× is linear, well under 2× sublinear (fixed costs show), over 2.3× worse than linear
(other sizes: the same reading of their ratio).

Generating the two databases takes about 10 minutes on a quiet two-core machine (once; cached).
``--sizes 100 200`` runs the same measures on small databases, to check the script quickly.

Run: python tests/benchmarks/bench_province.py [--rebuild] [--skip-merge] [--sizes 1000 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout: tests.benchmarks.*
from hdrectify.domain.cadence import totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.checklist import write_checklist
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store import sync
from hdrectify.store.base import Store
from hdrectify.store.cadence import cadence_view
from hdrectify.store.checklist import checklist_data
from hdrectify.store.summary import summary_data
from tests.benchmarks.bench_core import OUT, build
from tests.benchmarks.bench_exchange import ensure_bundles
from tests.exchange.exchange_helpers import trusting_import

DATA_VERSION = 1
FIRST_YEAR, LAST_YEAR = 2021, 2025
AS_OF = dt.date(2026, 1, 31)
SIZES = (1000, 2000)
MONTH = Period(Kind.MONTH, LAST_YEAR, 10)
YEAR = Period(Kind.YEAR, LAST_YEAR)


def database(n: int, rebuild: bool) -> Path:
    db = OUT / f"province-v{DATA_VERSION}-{n}-{FIRST_YEAR}-{LAST_YEAR}.db"
    if rebuild or not db.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = db.with_name(db.name + ".building")
        for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            stale.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(tmp, FIRST_YEAR, LAST_YEAR, n=n)
        with Store.open(tmp, actor="基准测试") as store:  # the versions the Store would have written
            store.db.execute("PRAGMA cache_size = -262144")
            with store.transaction():
                sync.adopt_untracked(store.conn, store.installation_id())
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(tmp, db)
        print(f"generated {db.name} in {time.perf_counter() - t0:.0f} s", flush=True)
    return db


def best_of(n: int, fn: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(db: Path, bundle: Path | None) -> dict[str, float]:
    work = OUT / "province-work"
    work.mkdir(exist_ok=True)
    out: dict[str, float] = {}
    with Store.open(db, actor="基准测试") as store:
        federation = str(store.setting("federation_name"))

        def status() -> None:
            totals(cadence_view(store, YEAR, AS_OF).rows())

        out["status"] = best_of(3, status)
        out["checklists"] = best_of(
            2, lambda: write_checklist(checklist_data(store, MONTH, None, AS_OF), work / "c.pdf", federation, AS_OF)
        )
        # the XLSX: the PDF's chart of every member does not fit its page once there are many (LayoutError)
        out["summary"] = best_of(
            2, lambda: write_summary_xlsx(summary_data(store, YEAR, AS_OF), work / "s.xlsx", federation, AS_OF)
        )
    if bundle is not None:
        target = work / "merge.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(db, target)
        with Store.open(target, actor="办公室") as store:
            t0 = time.perf_counter()
            result = trusting_import(store, bundle)
            out["merge"] = time.perf_counter() - t0
        assert result.total("added") > 100_000, result.as_dict()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached databases")
    parser.add_argument("--skip-merge", action="store_true", help="leave out the bundle merge")
    parser.add_argument("--sizes", type=int, nargs=2, default=SIZES, metavar=("SMALL", "BIG"), help="pairings")
    args = parser.parse_args()
    small, big = args.sizes
    dbs = {n: database(n, args.rebuild) for n in (small, big)}
    bundle = None if args.skip_merge else ensure_bundles()[0]
    figures: dict[int, dict[str, float]] = {}
    for n, db in dbs.items():
        with Store.open(db) as store:
            records = store.scalar("SELECT count(*) FROM contacts")
        print(f"{n:,} pairings: {records:,} contact records, {db.stat().st_size / 2**20:,.0f} MiB", flush=True)
        figures[n] = measure(db, bundle)
    labels = {
        "status": f"{YEAR} statuses of every pairing",
        "checklists": f"{MONTH} checklists of every pairing (PDF)",
        "summary": f"{YEAR} summary (XLSX)",
        "merge": "a laptop's 100,000-record bundle merged",
    }
    print(f"\n{'measure':<44} {f'{small:,}':>9} {f'{big:,}':>9} {'growth':>7}  shape")
    for key, label in labels.items():
        if key not in figures[small]:
            continue
        a, b = figures[small][key], figures[big][key]
        growth = b / a
        scale = big / small  # how much the data grew
        shape = "sublinear" if growth < 0.9 * scale else "linear" if growth <= 1.15 * scale else "worse than linear"
        print(f"{label:<44} {a:>7.2f} s {b:>7.2f} s {growth:>6.2f}×  {shape}")


if __name__ == "__main__":
    main()
