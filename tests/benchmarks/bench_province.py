"""Benchmark province scale: 2,000 centres, members and pairings over five years (~2.5M records).

Generates (once each; cached in tests/benchmarks/out/) two databases with bench_core's
generator — 1,000 and 2,000 pairings, 2021–2025, every row given its version (as the
Store gives rows written through it), then times on each, in one run:

- status: a year's statuses for every pairing (``cadence_view`` + ``rows()`` + ``totals``), best of 3;
- checklists: the month's checklist of every pairing (``checklist_data`` + ``write_checklist``), best of 2;
- summary: the year's summary (``summary_data`` + ``write_summary_xlsx``), best of 2;
- summary PDF: the same summary as the PDF (``summary_data`` + ``write_summary_pdf``), best of 2;
- merge: the bundle of one of the database's own member laptops (a quarter of new records and
  reports for 50 of its pairings, logged through the store) imported into a copy of the
  database (the copy is not timed), once.

The laptop is a copy of the database opened as a member's computer (its own installation id
and role, as bench_exchange's and the exchange tests' laptops); it exports once what it
holds (not kept: from then on its exports carry only its own changes), logs 2026's first
quarter for 50 pairings through ``log_contact`` and ``add_report`` and exports that. Its
bundle is cached beside the database.

and prints each at 1,000 and at 2,000 with the growth (2,000 over 1,000): the data doubles,
so about 2× is linear, well under 2× sublinear (fixed costs show), over 2.3× worse than linear
(other sizes: the same reading of their ratio).

Generating the two databases takes about 10 minutes on a quiet two-core machine (once; cached).
``--sizes 100 200`` runs the same measures on small databases, to check the script quickly.

Each figure is printed as wall-clock and CPU seconds (the machine may be shared: CPU time is
what this process spent).

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
from hdrectify.exchange.export import export_bundle
from hdrectify.printing.checklist import write_checklist
from hdrectify.printing.summary_pdf import write_summary_pdf
from hdrectify.printing.summary_xlsx import write_summary_xlsx
from hdrectify.store import sync
from hdrectify.store.base import Store, new_id
from hdrectify.store.cadence import cadence_view
from hdrectify.store.checklist import checklist_data
from hdrectify.store.numbering import set_role
from hdrectify.store.records import add_report, log_contact
from hdrectify.store.summary import summary_data
from tests.benchmarks.bench_core import OUT, build
from tests.exchange.exchange_helpers import trusting_import

DATA_VERSION = 1
FIRST_YEAR, LAST_YEAR = 2021, 2025
AS_OF = dt.date(2026, 1, 31)
SIZES = (1000, 2000)
MONTH = Period(Kind.MONTH, LAST_YEAR, 10)
YEAR = Period(Kind.YEAR, LAST_YEAR)
LAPTOP_PAIRINGS = 50  # the pairings the laptop logs a quarter for
LAPTOP_QUARTER = Period(Kind.QUARTER, LAST_YEAR + 1, 1)


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


def _new_key(store: Store) -> None:
    """Give a copied database a key of its own, as ``init`` gives another computer (store/schema.py)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key, raw = Ed25519PrivateKey.generate(), serialization.Encoding.Raw
    store.execute(
        "UPDATE installation_key SET private_key = ?, public_key = ?",
        [
            key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            key.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
        ],
    )


def _unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def laptop_bundle(db: Path, rebuild: bool) -> Path:
    """The bundle of another computer of ``db``'s: a quarter of new records for 50 of its pairings (cached).

    An office computer: a member's laptop may write only its own member's records (exchange/roles.py),
    and the generated province has one member per pairing; the merge's work is the same."""
    bundle = db.with_name(db.stem + f"-laptop{LAPTOP_PAIRINGS}.hdbundle")
    if bundle.exists() and not rebuild:
        return bundle
    t0 = time.perf_counter()
    laptop = OUT / "province-laptop.db"
    _unlink_db(laptop)
    bundle.unlink(missing_ok=True)
    shutil.copy(db, laptop)
    with Store.open(laptop, actor="办公室的第二台电脑") as store:
        with store.transaction():  # another computer: its own installation (a second office computer)
            store.set_setting("installation_id", new_id())
            store.set_setting("installation_name", "办公室的第二台电脑")
            set_role(store, "office")
            _new_key(store)  # a copied database is the same identity: another computer has its own key
        primed = OUT / "province-laptop-primer.hdbundle"
        primed.unlink(missing_ok=True)
        export_bundle(store, primed, whole=True)  # what it held: from here on only its own changes travel
        primed.unlink()
        pairs = store.rows(
            "SELECT m.id AS member_id, c.id AS centre_id FROM pairings p JOIN members m ON m.id = p.member_id"
            " JOIN centres c ON c.id = p.centre_id WHERE p.end_on IS NULL ORDER BY p.id LIMIT ?",
            [LAPTOP_PAIRINGS],
        )
        days = [
            LAPTOP_QUARTER.first_day + dt.timedelta(days=d)
            for d in range((LAPTOP_QUARTER.last_day - LAPTOP_QUARTER.first_day).days + 1)
        ]
        for i, pair in enumerate(pairs):
            member, centre = store.get("members", pair["member_id"]), store.get("centres", pair["centre_id"])
            assert member is not None and centre is not None
            with store.transaction():  # one pairing's quarter at a time, as a member catches up
                for day in days[i % 3 :: 3]:  # every third day: about 30 contacts, one on site a month
                    method = "onsite" if day.day <= 3 else "phone"
                    log_contact(store, member, centre, day, method, f"第{day.isocalendar()[1]}周联系，情况正常。")
                add_report(store, member, centre, LAPTOP_QUARTER, LAPTOP_QUARTER.last_day, "本季度工作汇报。")
        export_bundle(store, bundle)
    _unlink_db(laptop)
    print(f"made {bundle.name} in {time.perf_counter() - t0:.0f} s", flush=True)
    return bundle


def best_of(n: int, fn: Callable[[], Any]) -> tuple[float, float]:
    """The best of ``n`` runs: (wall-clock seconds, CPU seconds of that run)."""
    best = (float("inf"), float("inf"))
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - t0, time.process_time() - c0))
    return best


def measure(db: Path, bundle: Path | None) -> dict[str, tuple[float, float]]:
    work = OUT / "province-work"
    work.mkdir(exist_ok=True)
    out: dict[str, tuple[float, float]] = {}
    with Store.open(db, actor="基准测试") as store:
        federation = str(store.setting("federation_name"))

        def status() -> None:
            totals(cadence_view(store, YEAR, AS_OF).rows())

        out["status"] = best_of(3, status)
        out["checklists"] = best_of(
            2, lambda: write_checklist(checklist_data(store, MONTH, None, AS_OF), work / "c.pdf", federation, AS_OF)
        )
        out["summary"] = best_of(
            2, lambda: write_summary_xlsx(summary_data(store, YEAR, AS_OF), work / "s.xlsx", federation, AS_OF)
        )
        out["summary_pdf"] = best_of(
            2, lambda: write_summary_pdf(summary_data(store, YEAR, AS_OF), work / "s.pdf", federation, AS_OF)
        )
    if bundle is not None:
        target = work / "merge.db"
        _unlink_db(target)
        shutil.copy(db, target)
        with Store.open(target, actor="办公室") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            result = trusting_import(store, bundle)
            out["merge"] = (time.perf_counter() - t0, time.process_time() - c0)
        # every new contact and report of the laptop's quarter is taken, nothing refused
        assert result.tables["contacts"].added >= LAPTOP_PAIRINGS * 20, result.as_dict()
        assert result.tables["reports"].added == LAPTOP_PAIRINGS, result.as_dict()
        assert not result.conflicts, result.as_dict()
        _unlink_db(target)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached databases")
    parser.add_argument("--skip-merge", action="store_true", help="leave out the bundle merge")
    parser.add_argument("--sizes", type=int, nargs=2, default=SIZES, metavar=("SMALL", "BIG"), help="pairings")
    args = parser.parse_args()
    small, big = args.sizes
    dbs = {n: database(n, args.rebuild) for n in (small, big)}
    figures: dict[int, dict[str, tuple[float, float]]] = {}
    for n, db in dbs.items():
        bundle = None if args.skip_merge else laptop_bundle(db, args.rebuild)
        with Store.open(db) as store:
            records = store.scalar("SELECT count(*) FROM contacts")
        print(f"{n:,} pairings: {records:,} contact records, {db.stat().st_size / 2**20:,.0f} MiB", flush=True)
        figures[n] = measure(db, bundle)
    labels = {
        "status": f"{YEAR} statuses of every pairing",
        "checklists": f"{MONTH} checklists of every pairing (PDF)",
        "summary": f"{YEAR} summary (XLSX)",
        "summary_pdf": f"{YEAR} summary (PDF)",
        "merge": f"a laptop's quarter for {LAPTOP_PAIRINGS} pairings merged",
    }
    a_head, b_head = f"{small:,} wall / CPU", f"{big:,} wall / CPU"
    print(f"\n{'measure':<40} {a_head:>19} {b_head:>19} {'growth':>7}  shape (by wall; CPU growth)")
    for key, label in labels.items():
        if key not in figures[small]:
            continue
        (a, ac), (b, bc) = figures[small][key], figures[big][key]
        growth = b / a
        scale = big / small  # how much the data grew
        shape = "sublinear" if growth < 0.9 * scale else "linear" if growth <= 1.15 * scale else "worse than linear"
        print(
            f"{label:<40} {a:>7.2f} s / {ac:>6.2f} s {b:>7.2f} s / {bc:>6.2f} s {growth:>6.2f}×"
            f"  {shape} ({bc / ac if ac else float('nan'):.2f}×)"
        )


if __name__ == "__main__":
    main()
