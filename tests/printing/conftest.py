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
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

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


def ink_fraction(png: Path) -> float:
    """The share of a page's pixels that are not (nearly) white."""
    with Image.open(png) as im:
        grey = im.convert("L")
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
    """``assert_not_blank(pdf, dpi=60) -> [png, …]``: fails if any page renders (almost) white."""

    def check(pdf: Path, dpi: int = 60) -> list[Path]:
        pngs = render_pages(pdf, dpi)
        for n, png in enumerate(pngs, start=1):
            assert ink_fraction(png) > 0.002, f"page {n} of {pdf.name} is blank"
        return pngs

    return check
