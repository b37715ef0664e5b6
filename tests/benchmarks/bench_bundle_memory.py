"""Benchmark the memory of reading a big bundle: ``hdrectify bundle import FILE --dry-run`` in a child process.

Builds (once; cached in a folder under /tmp, streamed to disk, never whole in memory) three
valid bundles of one laptop's roster and contact records (random notes, so that they compress
about 2:1 like real notes rather than like a zip bomb): rows that unpack to about 116 MiB,
once as 8 KiB notes and once as 200,000 short records, and to about 1 GiB; and imports each
with ``--dry-run`` into an empty office database in a child process, reporting its peak
resident memory (``ru_maxrss`` of the child, from ``os.wait4``; and
``resource.getrusage(RUSAGE_CHILDREN)`` after it, the largest so far) and its time.
Goal: under 300 MiB for the 1 GiB bundle.

Run: python tests/benchmarks/bench_bundle_memory.py [--rebuild] [--only 116M|116M-short|1G] [--source TREE]
(``--source``: import the hdrectify of another checkout, to compare before and after.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hdrectify.exchange.bundle import MANIFEST  # noqa: E402
from hdrectify.exchange.bundle_write import write_bundle  # noqa: E402
from hdrectify.exchange.export import export_bundle  # noqa: E402
from hdrectify.exchange.signing import signature_member  # noqa: E402
from hdrectify.exchange.trust import identity  # noqa: E402
from hdrectify.store.base import Store  # noqa: E402
from hdrectify.store.people import add_centre, add_member, add_pairing  # noqa: E402
from hdrectify.store.records import log_contact  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "hdrectify-bench-bundle-memory"
# label → (bytes of rows, bytes of note per record)
CASES = {"116M": (116 << 20, 8 << 10), "116M-short": (116 << 20, 160), "1G": (1 << 30, 8 << 10)}
GOAL = 300 << 10  # KiB
LAPTOP = WORK / "laptop.db"


def template(folder: Path) -> Path:
    """A laptop's whole bundle: one centre, one member, their pairing and one contact record (the laptop's
    database stays as ``LAPTOP``: its key signs the bundles built from the template)."""
    db = LAPTOP
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store.open(db, create=True, actor="基准测试") as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", "基准测试的笔记本")
            member = add_member(store, "陈志强")
            centre = add_centre(store, "平山街道康园中心", "平山街道")
            add_pairing(store, member, centre, dt.date(2020, 1, 1))
            log_contact(store, member, centre, dt.date(2024, 3, 5), "phone", "样板")
        out = folder / "template.hdbundle"
        export_bundle(store, out, whole=True)
    return out


def build(out: Path, model_bundle: Path, unpacked: int, note: int) -> int:
    """A bundle of ``model_bundle``'s rows and as many contact records with long notes as make
    ``unpacked`` bytes of rows; written a record at a time. Returns the number of records."""
    with zipfile.ZipFile(model_bundle) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        tables = {
            n[5:-6]: [json.loads(line) for line in zf.read(n).splitlines()]
            for n in zf.namelist()
            if n.startswith("rows/")
        }
    model = tables["contacts"][0]
    line = len(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode()) + note
    rows = unpacked // line
    rng = random.Random(2024)
    first = dt.date(2020, 1, 6)

    def contacts() -> Iterator[dict[str, Any]]:
        for n in range(rows):
            rid = f"bench-{n:010d}"
            day = (first + dt.timedelta(days=n % 1800)).isoformat()
            row = {**model["row"], "id": rid, "date": day, "note": rng.randbytes(note // 2).hex()}
            yield {**model, "id": rid, "row": row}

    del manifest["parts"], manifest["counts"]
    with Store.open(LAPTOP) as laptop:
        write_bundle(out, manifest, {**tables, "contacts": contacts()}, {}, lambda m: signature_member(laptop, m))
    return rows


def rows_bytes(bundle: Path) -> int:
    with zipfile.ZipFile(bundle) as zf:
        return sum(i.file_size for i in zf.infolist() if i.filename.startswith("rows/"))


def measure(bundle: Path, source: Path) -> tuple[int, float, int, str]:
    """(peak RSS of the child in KiB, seconds, exit code, last line of its output) of a dry-run import."""
    office = WORK / "office.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{office}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(WORK / "backups", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(source), "PYTHONUTF8": "1"}
    subprocess.run(
        [sys.executable, "-m", "hdrectify", "--db", office, "init"],
        env=env,
        cwd=source,
        check=True,
        capture_output=True,
    )
    with Store.open(LAPTOP) as laptop:
        trust = identity(laptop).fingerprint  # the office trusts the laptop, its fingerprint compared
    t = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "hdrectify", "--db", office, "bundle", "import", bundle, "--dry-run", "--trust", trust],
        env=env,
        cwd=source,  # python -m puts the working folder first on the path
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert child.stdout is not None
    output = child.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - t
    child.returncode = os.waitstatus_to_exitcode(status)
    last = (output.strip().splitlines() or [""])[-1]
    return usage.ru_maxrss, took, child.returncode, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--only", choices=sorted(CASES))
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout whose hdrectify imports")
    args = parser.parse_args()
    if args.rebuild:
        shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(exist_ok=True)
    model = WORK / "template.hdbundle"
    if not model.exists() or not LAPTOP.exists():
        shutil.move(template(Path(tempfile.mkdtemp(dir=WORK))), model)
    for label, (size, note) in CASES.items():  # smallest first: RUSAGE_CHILDREN is a maximum
        if args.only and label != args.only:
            continue
        bundle = WORK / f"rows-{label}.hdbundle"
        if not bundle.exists():
            t = time.perf_counter()
            rows = build(bundle, model, size, note)
            print(f"built {bundle.name}: {rows:,} records in {time.perf_counter() - t:.0f} s")
        unpacked = rows_bytes(bundle)
        kib, took, code, last = measure(bundle, args.source.resolve())
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        goal = "" if label != "1G" else f" (goal < {GOAL >> 10} MiB: {'met' if kib < GOAL else 'NOT met'})"
        print(
            f"{label}: rows unpack to {unpacked / 2**20:,.0f} MiB, file {bundle.stat().st_size / 2**20:,.0f} MiB;"
            f" dry-run import: peak RSS {kib / 1024:,.0f} MiB, {took:.0f} s, exit {code}{goal}"
            f" [RUSAGE_CHILDREN so far: {children / 1024:,.0f} MiB]"
        )
        if code != 0:
            print(f"  the import failed: {last}")


if __name__ == "__main__":
    main()
