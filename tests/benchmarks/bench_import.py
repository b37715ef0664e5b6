"""Benchmark the Excel import: 50,000 contact rows from an XLSX workbook into a fresh database.

Builds (in a temporary folder) a database of 100 centres and members, each pair paired for 2024,
and a workbook whose 联系记录 sheet holds 500 contacts per pairing (dates spread over the year,
phone/WeChat/on-site). Times, from a fresh copy of the database each run:

(a) reading the workbook, checking and writing every row in one pass (``plan(write_if_ok=True)``), as
    ``hdrectify import`` does. Goal: under 10 s.
(b) the same file a second time (every row already there). For information.

Run: python tests/benchmarks/bench_import.py [--runs 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

import openpyxl

from hdrectify.exchange.sheet_import import plan, read_workbook
from hdrectify.store.base import Store
from hdrectify.store.people import add_centre, add_member, add_pairing

PAIRS = 100
PER_PAIR = 500  # 50,000 rows
METHODS = ("电话", "微信", "到岗")


def build(folder: Path) -> tuple[Path, Path]:
    db = folder / "base.db"
    with Store.open(db, create=True) as store, store.transaction():
        store.initialise_settings()
        for i in range(PAIRS):
            c = add_centre(store, f"第{i + 1}康园中心", "平山街道")
            add_pairing(store, add_member(store, f"党员{i + 1}"), c, dt.date(2024, 1, 1))
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("联系记录")
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    start = dt.date(2024, 1, 1)
    for i in range(PAIRS):
        for k in range(PER_PAIR):
            day = start + dt.timedelta(days=k * 365 // PER_PAIR)
            ws.append([f"党员{i + 1}", f"第{i + 1}康园中心", day, METHODS[k % 3], f"第{k + 1}次联系"])
    path = folder / "联系记录.xlsx"
    wb.save(path)
    return db, path


def timed(db: Path, path: Path) -> tuple[str, dict[str, dict[str, int]]]:
    """(the wall and CPU times of reading, then of checking and writing; the counts)."""
    wall, cpu = time.perf_counter(), time.process_time()
    workbook = read_workbook(path)
    read_wall, read_cpu = time.perf_counter() - wall, time.process_time() - cpu
    with Store.open(db) as store:
        result = plan(store, workbook, write_if_ok=True)  # as ``hdrectify import`` does
    total_wall, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
    figures = (
        f"{total_wall:.1f} s wall, {total_cpu:.1f} s CPU (reading {read_wall:.1f} s wall, {read_cpu:.1f} s CPU;"
        f" checking and writing {total_wall - read_wall:.1f} s wall, {total_cpu - read_cpu:.1f} s CPU)"
    )
    return figures, result.counts()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, path = build(folder)
        print(f"workbook: {PAIRS * PER_PAIR} contact rows, {path.stat().st_size / 1e6:.1f} MB")
        for run in range(args.runs):
            db = folder / f"run{run}.db"
            shutil.copy(base, db)
            figures, counts = timed(db, path)
            print(f"(a) import, every row new: {figures} (goal < 10 s wall) {counts}")
            figures, counts = timed(db, path)
            print(f"(b) the same file again: {figures} {counts}")


if __name__ == "__main__":
    main()
