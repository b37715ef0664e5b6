"""Shared helpers for the document tests: render a PDF's pages to PNG and check that none is blank.

They are fixtures, so every test module under tests/printing can ask for them:

- ``render_pages(pdf, dpi=60)`` renders every page with poppler's ``pdftoppm`` into the
  test's tmp folder and returns the PNG paths, in page order;
- ``assert_not_blank(pdf, dpi=60)`` renders and fails naming the first page that has
  (almost) nothing on it; returns the PNG paths.

Others may add helpers by appending new functions below; do not change these.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from hdrectify.store.base import Store
from hdrectify.store.evidence import add_evidence
from hdrectify.store.ledger import load_seed, seed_id

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


def write_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


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
