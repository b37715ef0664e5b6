"""Shared helpers for the document tests: render a PDF's pages to PNG and check that none is blank.

They are fixtures, so every test module under tests/printing can ask for them:

- ``render_pages(pdf, dpi=60)`` renders every page with poppler's ``pdftoppm`` into the
  test's tmp folder and returns the PNG paths, in page order;
- ``assert_not_blank(pdf, dpi=60)`` renders and fails naming the first page that has
  (almost) nothing on it; returns the PNG paths.

Others may add helpers by appending new functions below; do not change these. Plain helpers
(no fixtures) are in printing_helpers.py.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hdrectify.printing.ledger_docx import write_ledger_docx
from hdrectify.printing.ledger_pdf import write_ledger_pdf
from hdrectify.printing.ledger_xlsx import write_ledger_xlsx
from hdrectify.store.base import Store
from hdrectify.store.demo import build_demo
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import load_seed, seed_id
from hdrectify.store.ledger_report import LedgerReport, ledger_report
from tests.printing.printing_helpers import DEMO_TODAY, write_file

RenderPages = Callable[..., list[Path]]


def _render(pdf: Path, folder: Path, dpi: int = 60) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to render PDF pages: apt-get install poppler-utils")
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(stem)], check=True, capture_output=True)
    # pdftoppm pads page numbers to the width of the last one: sort by the number, not the text
    pngs = sorted(folder.glob(f"{pdf.stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    assert len(pngs) == len(PdfReader(pdf).pages), "pdftoppm did not render every page"
    return pngs


def ink_fraction(png: Path, body: float = 0.88) -> float:
    """The share of not (nearly) white pixels in the top ``body`` of a page.

    The footer band is left out: a page with nothing but its footer is blank.
    """
    with Image.open(png) as im:
        grey = im.convert("L")
        grey = grey.crop((0, 0, grey.width, int(grey.height * body)))
        histogram = grey.histogram()
        return sum(histogram[:200]) / (grey.width * grey.height)


@pytest.fixture
def render_pages(tmp_path: Path) -> RenderPages:
    """``render_pages(pdf, dpi=60) -> [png, …]``: every page of ``pdf`` as a PNG, in page order."""

    def render(pdf: Path, dpi: int = 60) -> list[Path]:
        return _render(pdf, tmp_path / f"{pdf.stem}-pages", dpi)

    return render


@pytest.fixture
def assert_not_blank(render_pages: RenderPages) -> RenderPages:
    """``assert_not_blank(pdf, dpi=60) -> [png, …]``: fails if any page is (almost) white above its footer."""

    def check(pdf: Path, dpi: int = 60) -> list[Path]:
        pngs = render_pages(pdf, dpi)
        for n, png in enumerate(pngs, start=1):
            assert ink_fraction(png) > 0.002, f"page {n} of {pdf.name} is blank"
        return pngs

    return check


# -- a seeded database, with evidence (the ledger document tests) ----------------------------


@pytest.fixture
def seeded(store: Store) -> Store:
    with store.transaction():
        load_seed(store)
    return store


# -- evidence ZIP ------------------------------------------------------------------------


@pytest.fixture
def with_evidence(seeded: Store, tmp_path: Path) -> Iterator[tuple[Store, dict[str, bytes]]]:
    """Problem 1 measure 1 holds two files named alike; problem 10 measure 2 one more."""
    files = {
        "a": (seed_id("measure", 1, 1), write_file(tmp_path / "a", "会议纪要.pdf", b"minutes of 2026-03-02")),
        "b": (seed_id("measure", 1, 1), write_file(tmp_path / "b", "会议纪要.pdf", b"minutes of 2026-04-06")),
        "c": (seed_id("measure", 10, 2), write_file(tmp_path / "c", "合同:验收*单?.docx", b"contract")),
    }
    with seeded.transaction():
        for measure, path in files.values():
            add_evidence(seeded, measure, path)
    yield seeded, {k: p.read_bytes() for k, (_, p) in files.items()}


# -- the demo database (a realistic county), built once and only read -----------------------


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as of ``DEMO_TODAY``; tests only read it."""
    path = tmp_path_factory.mktemp("demo") / "hdrectify-demo.db"
    build_demo(path, DEMO_TODAY)
    return path


@pytest.fixture(scope="session")
def demo_report(demo: Path) -> LedgerReport:
    with Store.open(demo) as s:
        return ledger_report(s)


@pytest.fixture(scope="session")
def demo_pdf(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("pdf") / "整改台账.pdf"
    pages = write_ledger_pdf(demo_report, path, demo_report.federation, DEMO_TODAY)
    return path, pages


@pytest.fixture(scope="session")
def demo_xlsx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("xlsx") / "整改台账.xlsx"
    return path, write_ledger_xlsx(demo_report, path, DEMO_TODAY)


@pytest.fixture(scope="session")
def demo_docx(demo_report: LedgerReport, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "整改情况报告.docx"
    write_ledger_docx(demo_report, path, DEMO_TODAY)
    return path
