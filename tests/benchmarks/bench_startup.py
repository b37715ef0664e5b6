"""Benchmark the window's start-up against a bare PySide6 window.

Generates (once; cached in tests/benchmarks/out/) a database of 150 pairings with
three years of records, about 100,000 contact records, and times, side by side in
one run, whole processes under the offscreen platform:

- hdrectify: start Python, create the application (font, translations), open the
  database, build the main window and show it, then quit;
- bare: start Python, create a QApplication, show an empty QMainWindow, then quit.

Goal: hdrectify at most 1.5x the bare window. Best of 7 after a warm-up each.

Run: python tests/benchmarks/bench_startup.py [--rebuild]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_core import OUT, build

PAIRINGS = 150
DB = OUT / f"startup-{PAIRINGS}.db"

HDRECTIFY = """
import sys
from PySide6.QtCore import QTimer
from hdrectify.app import create_application, open_context
from hdrectify.ui.main_window import MainWindow
app = create_application()
window = MainWindow(open_context(__import__("pathlib").Path(sys.argv[1])))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def best_of(n: int, argv: list[str], env: dict[str, str]) -> float:
    subprocess.run(argv, check=True, env=env, capture_output=True)  # warm-up: caches, .pyc
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, env=env, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not DB.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        tmp = DB.with_name(DB.name + ".building")
        tmp.unlink(missing_ok=True)
        build(tmp, 2023, 2025, n=PAIRINGS)
        os.replace(tmp, DB)
        print(f"generated {DB.name} in {time.perf_counter() - t0:.1f} s")
    import sqlite3

    with sqlite3.connect(DB) as conn:
        records = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    conn.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE")
    env["XDG_CONFIG_HOME"] = str(OUT / "config")  # the app's QSettings land here, not in the user's home
    t_app = best_of(7, [sys.executable, "-c", HDRECTIFY, str(DB)], env)
    t_bare = best_of(7, [sys.executable, "-c", BARE], env)
    ratio = t_app / t_bare
    print(f"database: {records:,} contact records, {PAIRINGS} pairings")
    print(f"{'measure':<44} {'time':>9}")
    print(f"{'hdrectify: main window shown and closed':<44} {t_app * 1000:>6.0f} ms")
    print(f"{'bare PySide6 QMainWindow shown and closed':<44} {t_bare * 1000:>6.0f} ms")
    print(f"ratio {ratio:.2f}× (goal ≤ 1.5×): {'PASS' if ratio <= 1.5 else 'FAIL'}")


if __name__ == "__main__":
    main()
