"""Benchmark the window's start-up against a bare PySide6 window.

Generates (once; cached in tests/benchmarks/out/) a database of 150 pairings with
three years of records, about 100,000 contact records, and times, side by side in
one run, whole processes under the offscreen platform:

- hdrectify: the command a user runs, ``hdrectify --db DB`` (``python -m hdrectify``: start Python,
  hdrectify.launch, the application with its font and translations, the database opened with its
  lock, the main window shown, the file's integrity check and the first page's figures started
  in the background), told by HDRECTIFY_QUIT_WHEN_SHOWN=1 to print its clocks when its event
  loop first runs idle with the window shown, and to quit;
- bare: start Python, create a QApplication, show an empty QMainWindow, then quit;
- floor: the bare window that first imports every PySide6 class hdrectify's modules loaded by the
  time its window is shown import at their top (found by running it once, HDRECTIFY_SHOWN_MODULES):
  what PySide alone costs for the classes such a window touches (each class's enums are built in
  Python on first import; the ``Qt`` namespace's 1,195 members alone take about 45 ms).

Goal: hdrectify at most 1.5x the bare window (2.5x on a first run). Best of 7 after a warm-up each
(first runs: best of 3).

``--frozen`` also times the frozen app (packaging/build.py: dist/hdrectify/, its ``hdrectify --db``
command with HDRECTIFY_QUIT_WHEN_SHOWN=1) against a frozen bare window (bare_window.spec, built
into tests/benchmarks/out/frozen/); each is built when missing (the app's build is cached by
build.py), which takes minutes.

Run: python tests/benchmarks/bench_startup.py [--rebuild] [--frozen]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout: tests.benchmarks.*
from tests.benchmarks.bench_core import OUT, build

PAIRINGS = 150
DB = OUT / f"startup-{PAIRINGS}.db"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FROZEN_BARE = OUT / "frozen" / "bare_window" / "bare_window"

# the app as a user starts it (``hdrectify --db DB``: hdrectify.launch), told to print its clocks
# (wall, CPU) when its event loop first runs idle with the window shown, then to quit
HDRECTIFY = [sys.executable, "-m", "hdrectify", "--db", str(DB)]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print(__import__("time").time(), __import__("time").process_time()), app.quit()))
app.exec()
"""


def cold_start(argv: list[str], env: dict[str, str], runs: int = 3) -> dict[str, float]:
    """Best of ``runs`` first starts, each with an empty cache of compiled modules (PYTHONPYCACHEPREFIX):
    the modules are compiled again every time, as on a fresh clone's first start."""
    best: dict[str, float] = {}
    for _ in range(runs):
        cache = tempfile.mkdtemp(prefix="pycache-", dir=OUT)
        try:
            once = best_of(1, argv, {**env, "PYTHONPYCACHEPREFIX": cache}, warm_up=False)
        finally:
            shutil.rmtree(cache)
        best = {key: min(value, best.get(key, value)) for key, value in once.items()}
    return best


def floor_script(env: dict[str, str]) -> str:
    """The bare window, with first the PySide6 classes hdrectify's start-up modules import at their top."""
    shown = OUT / "shown-modules.txt"
    subprocess.run(HDRECTIFY, check=True, env={**env, "HDRECTIFY_SHOWN_MODULES": str(shown)}, capture_output=True)
    classes: set[tuple[str, str]] = set()
    for name in shown.read_text(encoding="utf-8").split():
        if name != "hdrectify" and not name.startswith("hdrectify."):
            continue
        source = ROOT / (name.replace(".", "/") + ".py")
        if not source.exists():
            source = ROOT / name.replace(".", "/") / "__init__.py"
        for node in ast.parse(source.read_text(encoding="utf-8")).body:  # run at import, not in functions
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                classes.update((str(node.module), alias.name) for alias in node.names)
    imports = "".join(f"from {module} import {name}\n" for module, name in sorted(classes))
    return imports + BARE


def best_of(n: int, argv: list[str], env: dict[str, str], warm_up: bool = True) -> dict[str, float]:
    """Best times over ``n`` runs: to the window shown (the child prints the clock when its event
    loop first runs idle) and the whole process (shown, closed, background work ended), each as
    wall time and as CPU time (user + system), which a shared machine disturbs least."""
    if warm_up:
        subprocess.run(argv, check=True, env=env, capture_output=True)  # caches, .pyc
    best = dict.fromkeys(("shown", "shown_cpu", "shown_main", "whole", "whole_cpu"), float("inf"))
    for _ in range(n):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0, clock0 = time.perf_counter(), time.time()
        out = subprocess.run(argv, check=True, env=env, capture_output=True, text=True).stdout.splitlines()[-1].split()
        whole = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        whole_cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
        shown_at, shown_cpu = float(out[0]), float(out[1])
        # the app also prints its main thread's CPU: its own start-up, without the background work
        # (the first page's figures, the file's check) that has started by then; a bare window has none
        shown_main = float(out[2]) if len(out) > 2 else shown_cpu
        for key, value in (("shown", shown_at - clock0), ("shown_cpu", shown_cpu), ("shown_main", shown_main),
                           ("whole", whole), ("whole_cpu", whole_cpu)):  # fmt: skip
            best[key] = min(best[key], value)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--frozen", action="store_true", help="also the frozen app against a frozen bare window")
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

    with sqlite3.connect(DB) as counting:
        records = counting.execute("SELECT count(*) FROM contacts").fetchone()[0]
    counting.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE")
    env["XDG_CONFIG_HOME"] = str(OUT / "config")  # the app's QSettings land here, not in the user's home
    env["HDRECTIFY_QUIT_WHEN_SHOWN"] = "1"
    env["PYTHONPATH"] = str(ROOT)  # this checkout's hdrectify, whichever the venv has installed
    # first run: no .pyc anywhere (a fresh clone's first start), best of 3 each in a fresh cache; then warm runs
    first_app, first_bare = cold_start(HDRECTIFY, env), cold_start([sys.executable, "-c", BARE], env)
    t_app = best_of(7, HDRECTIFY, env)
    t_bare = best_of(7, [sys.executable, "-c", BARE], env)
    floor = floor_script(env)
    t_floor = best_of(7, [sys.executable, "-c", floor], env)
    conn = sqlite3.connect(DB)
    t0 = time.process_time()
    conn.execute("PRAGMA quick_check").fetchall()
    t_check = time.process_time() - t0
    conn.close()
    print(f"database: {records:,} contact records, {PAIRINGS} pairings, {DB.stat().st_size / 2**20:.0f} MiB")
    print("(the window's CPU time includes Python's own start, which a bare process has too)")
    print(f"{'measure':<40} {'shown':>8} {'CPU':>8} {'main':>8} {'closed':>8} {'CPU':>8}")
    rows = [
        ("hdrectify main window", t_app),
        ("bare PySide6 QMainWindow", t_bare),
        (f"floor: bare + {floor.count('import ')} Qt classes", t_floor),
        ("hdrectify, first run (no .pyc)", first_app),
        ("bare window, first run (no .pyc)", first_bare),
    ]
    pairs = {"warm": (t_app, t_bare, 1.5), "first run": (first_app, first_bare, 2.5)}
    if args.frozen:
        frozen_app, frozen_bare = frozen_times(env)
        rows += [("hdrectify, frozen (dist/hdrectify)", frozen_app), ("bare window, frozen", frozen_bare)]
        pairs["frozen"] = (frozen_app, frozen_bare, 1.5)
    for label, t in rows:
        cells = " ".join(
            f"{t[key] * 1000:>5.0f} ms" for key in ("shown", "shown_cpu", "shown_main", "whole", "whole_cpu")
        )
        print(f"{label:<40} {cells}")
    print(f"{'  PRAGMA quick_check of this file (CPU)':<40} {'':>8} {t_check * 1000:>5.0f} ms")
    for name, (app, bare, goal) in pairs.items():
        shown, cpu = app["shown"] / bare["shown"], app["shown_cpu"] / bare["shown_cpu"]
        main_cpu, whole = app["shown_main"] / bare["shown_main"], app["whole"] / bare["whole"]
        verdict = "PASS" if shown <= goal else "FAIL"
        print(
            f"ratio, {name}: to the window shown {shown:.2f}× (CPU {cpu:.2f}×, main thread {main_cpu:.2f}×),"
            f" whole process {whole:.2f}×"
            f" — goal ≤ {goal}× to the window shown: {verdict}"
        )
    print(
        f"floor: the bare window with the Qt classes hdrectify imports is {t_floor['shown'] / t_bare['shown']:.2f}×"
        f" the bare window (CPU {t_floor['shown_cpu'] / t_bare['shown_cpu']:.2f}×); hdrectify is"
        f" {t_app['shown'] / t_floor['shown']:.2f}× that floor (CPU {t_app['shown_cpu'] / t_floor['shown_cpu']:.2f}×)"
    )


def frozen_times(env: dict[str, str]) -> tuple[dict[str, float], dict[str, float]]:
    """Best of 7 of the frozen app and of the frozen bare window (each built first if missing)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    # packaging/build.py, by name: a checkout that has built the app also has a build/ folder,
    # which mypy would otherwise take for this module
    packaging_build = importlib.import_module("build")
    app_executable, build = packaging_build.app_executable, packaging_build.build

    build()  # cached: rebuilt only when the sources changed
    if not FROZEN_BARE.exists():
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(OUT / "frozen"),
             "--workpath", str(OUT / "frozen-work"), str(HERE / "bare_window.spec")],
            check=True, capture_output=True,
        )  # fmt: skip
    frozen_env = {**env, "HDRECTIFY_QUIT_WHEN_SHOWN": "1"}
    app = best_of(7, [str(app_executable()), "--db", str(DB)], frozen_env)
    bare = best_of(7, [str(FROZEN_BARE)], env)
    return app, bare


if __name__ == "__main__":
    main()
