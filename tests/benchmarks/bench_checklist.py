"""Benchmark the monthly checklist (挂钩联系工作月度清单) against a bare reportlab canvas.

Uses bench_core's city-scale database (1,000 pairings, three years of records; generated
once and cached in tests/benchmarks/out/) and times, side by side in one run:

(a) ``checklist_data`` + ``write_checklist`` for every pairing of one month of its last
    year (default 2025-10: five weeks, about five records a week per pairing), best of 3.
    Goal: under 15 s.
(b) a bare reportlab canvas drawing the same strings — every string that shows on each
    page of the checklist, recorded from its canvas in one untimed run (a string drawn into
    a form XObject is counted on every page that shows the form), in the same fonts and
    sizes, one ``drawString`` each, a page per page — saved the same way (compressed),
    best of 3, run alternately with (a). Goal: (a) at most 1.5x (b).
(c) the demo database's 17-pairing month (build_demo into tests/benchmarks/out/), data and
    PDF in process, best of 5. Goal: under 1 s. The console command
    ``hdrectify checklist --month … -o …`` is timed as a whole process for information,
    and so is December of the city (quarter and year reminders, blank weeks: more pages).

Run: python tests/benchmarks/bench_checklist.py [--month 2025-10] [--rebuild]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout: tests.benchmarks.*
from reportlab.pdfgen.textobject import PDFTextObject

import hdrectify.printing.checklist as printing
from hdrectify.domain.periods import Kind, Period
from hdrectify.printing.checklist import write_checklist
from hdrectify.printing.fonts import register
from hdrectify.store.base import Store
from hdrectify.store.checklist import checklist_data
from hdrectify.store.demo import build_demo
from tests.benchmarks.bench_core import DATA_VERSION, OUT, build

AS_OF = dt.date(2026, 1, 31)  # bench_core's default: the database holds 2023–2025
DEMO_TODAY = dt.date(2026, 11, 25)
BIN = Path(sys.executable).parent
Drawn = list[list[tuple[str, float, str]]]  # per page: (font, size, text)


class RecordingText(PDFTextObject):
    """A text object that notes every string it draws."""

    def textLine(self, text: str = "") -> None:
        RecordingCanvas.sink[-1].append((self._fontname, self._fontsize, text))
        super().textLine(text)

    def textOut(self, text: str) -> None:
        RecordingCanvas.sink[-1].append((self._fontname, self._fontsize, text))
        super().textOut(text)


class RecordingCanvas(printing.Canvas):
    """The checklist's own canvas, noting every string that shows on each page.

    A string drawn into a form XObject shows wherever the form is used, so it is
    noted on each page that uses the form.
    """

    pages: ClassVar[Drawn] = []
    forms: ClassVar[dict[str, list[tuple[str, float, str]]]] = {}
    sink: ClassVar[list[list[tuple[str, float, str]]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        RecordingCanvas.pages = [[]]
        RecordingCanvas.forms = {}
        RecordingCanvas.sink = [RecordingCanvas.pages[-1]]

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return RecordingText(self, x, y, direction=direction)

    def beginForm(self, name: str, *args: Any, **kwargs: Any) -> None:
        super().beginForm(name, *args, **kwargs)
        RecordingCanvas.sink.append(RecordingCanvas.forms.setdefault(name, []))

    def endForm(self, **kwargs: Any) -> None:
        super().endForm(**kwargs)
        RecordingCanvas.sink.pop()

    def doForm(self, name: str) -> None:
        super().doForm(name)
        if name in RecordingCanvas.forms:
            RecordingCanvas.sink[-1].extend(RecordingCanvas.forms[name])
        else:  # defined later (共 y 页): resolved when the run is over
            RecordingCanvas.sink[-1].append(("", 0.0, name))

    def _note(self, text: str) -> None:
        RecordingCanvas.sink[-1].append((self._fontname, self._fontsize, text))

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text)
        super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text)
        super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._note(text)
        super().drawCentredString(x, y, text, *args, **kwargs)

    def showPage(self) -> None:
        super().showPage()
        RecordingCanvas.pages.append([])
        RecordingCanvas.sink = [RecordingCanvas.pages[-1]]


def record_strings(store: Store, month: Period, path: Path) -> Drawn:
    """Every string the checklist draws, by page (one untimed run with a recording canvas)."""
    plain = printing.Canvas
    printing.Canvas = RecordingCanvas
    try:
        write_checklist(checklist_data(store, month, None, AS_OF), path, "惠东县残疾人联合会", AS_OF)
    finally:
        printing.Canvas = plain
    forms = RecordingCanvas.forms
    return [
        [item for font, size, text in page for item in (forms[text] if not font else [(font, size, text)])]
        for page in RecordingCanvas.pages
        if page
    ]


def bare_canvas(pages: Drawn, path: Path) -> int:
    """The baseline: the same strings in the same fonts, top to bottom, one page each, nothing else."""
    register()
    c = printing.Canvas(str(path), pagesize=printing.A4, pageCompression=1)
    for strings in pages:
        y, current = 800.0, ("", 0.0)
        for font, size, text in strings:
            if (font, size) != current:
                c.setFont(font, size)
                current = (font, size)
            c.drawString(40, y, text)
            y = y - 7 if y > 60 else 800.0
        c.showPage()
    c.save()
    return len(pages)


def best_of(n: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(n):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def city_db(rebuild: bool) -> Path:
    year = AS_OF.year - 1
    db = OUT / f"bench-v{DATA_VERSION}-{year - 2}-{year}.db"  # bench_core's cached database
    if rebuild or not db.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = db.with_name(db.name + ".building")
        for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            stale.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(tmp, year - 2, year)
        os.replace(tmp, db)
        print(f"generated {db.name} in {time.perf_counter() - t0:.1f} s")
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", default="2025-10", help="a month of the database's last year (2025)")
    parser.add_argument("--demo-month", default="2026-10", help="a month of the demo database")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached databases")
    args = parser.parse_args()
    month = Period.parse(args.month, Kind.MONTH)
    db = city_db(args.rebuild)
    work = OUT / "checklist"
    work.mkdir(parents=True, exist_ok=True)

    with Store.open(db) as store:
        federation = str(store.setting("federation_name"))
        strings = record_strings(store, month, work / "recorded.pdf")

        def ours() -> int:
            return write_checklist(checklist_data(store, month, None, AS_OF), work / "city.pdf", federation, AS_OF)

        t_data, data = best_of(3, lambda: checklist_data(store, month, None, AS_OF))
        t_ours, t_bare = float("inf"), float("inf")
        for _ in range(3):  # alternately, so background load hits both alike
            t, pages = best_of(1, ours)
            t_ours = min(t_ours, t)
            t, bare_pages = best_of(1, lambda: bare_canvas(strings, work / "bare.pdf"))
            t_bare = min(t_bare, t)
        december = Period(Kind.MONTH, AS_OF.year - 1, 12)
        t_dec, dec_pages = best_of(
            1,
            lambda: write_checklist(checklist_data(store, december, None, AS_OF), work / "dec.pdf", federation, AS_OF),
        )
    n_strings = sum(len(page) for page in strings)
    print(f"database {db.name}: {len(data.pairings)} pairings owe {month}; the checklist has {pages} pages")
    print(f"bare canvas: {bare_pages} pages, {n_strings:,} strings ({n_strings / bare_pages:.0f} a page)")

    demo = OUT / "checklist-demo.db"
    if args.rebuild or not demo.exists():
        build_demo(demo, DEMO_TODAY, force=True)
    demo_month = Period.parse(args.demo_month, Kind.MONTH)
    with Store.open(demo) as store:
        federation = str(store.setting("federation_name"))

        def demo_run() -> int:
            data = checklist_data(store, demo_month, None, DEMO_TODAY)
            return write_checklist(data, work / "demo.pdf", federation, DEMO_TODAY)

        t_demo, demo_pages = best_of(5, demo_run)
        demo_pairings = len(checklist_data(store, demo_month, None, DEMO_TODAY).pairings)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    argv = [str(BIN / "hdrectify"), "--db", str(demo), "checklist", "--month", str(demo_month)]
    argv += ["-o", str(work / "demo-cli.pdf")]
    t_cli = best_of(5, lambda: subprocess.run(argv, env=env, capture_output=True, check=True))[0]

    rows = [
        (f"(a) checklists {month}, {pages} pages: data + PDF", t_ours, None, "< 15 s", t_ours < 15),
        ("    of which checklist_data (info)", t_data, None, "", None),
        ("(b) same vs bare canvas, same strings and fonts", t_ours, t_bare, "≤ 1.5×", t_ours <= 1.5 * t_bare),
        (f"    checklists {december}, {dec_pages} pages (info)", t_dec, None, "", None),
        (f"(c) demo {demo_month}, {demo_pairings} pairings, {demo_pages} pages", t_demo, None, "< 1 s", t_demo < 1),
        ("    hdrectify checklist … as a process (info)", t_cli, None, "", None),
    ]
    print(f"\n{'measure':<52} {'hdrectify':>10} {'bare':>10} {'ratio':>7}  {'goal':<8} result")
    for label, mine, base, goal, ok in rows:
        b = f"{base * 1000:>7.0f} ms" if base else " " * 10
        ratio = f"{mine / base:>6.2f}×" if base else " " * 7
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{label:<52} {mine * 1000:>7.0f} ms {b} {ratio}  {goal:<8} {verdict}")


if __name__ == "__main__":
    main()
