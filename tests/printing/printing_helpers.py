"""Plain helpers shared by the document tests; their fixtures live in conftest.py.

- ``DEMO_TODAY``: the day the shared demo database (the ``demo`` fixture) is built for;
- ``pdf_pages`` / ``pdf_text``: a PDF's text, per page or all of it;
- ``squash``: text without whitespace (PDF extraction breaks wrapped cell text into lines);
- ``write_file``: a file with the given bytes, its folder made;
- ``docx_paragraphs``: a DOCX's paragraphs that hold text;
- ``SEED``, ``SEED_PROBLEMS``, ``ISSUER``: the notice's ledger as the seed file has it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from hdrectify.store.ledger import read_seed

DEMO_TODAY = dt.date(2026, 11, 25)
SEED = read_seed()
SEED_PROBLEMS = [p for a in SEED["areas"] for p in a["problems"]]
ISSUER = SEED["issuer"]


def pdf_pages(path: Path) -> list[str]:
    """The extracted text of each page, in page order."""
    return [page.extract_text() for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """The extracted text of every page, one page after the other."""
    return "\n".join(pdf_pages(path))


def squash(text: str) -> str:
    """Text without whitespace: PDF extraction breaks wrapped cell text into lines."""
    return re.sub(r"\s+", "", text)


def write_file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def docx_paragraphs(path: Path) -> list[Paragraph]:
    return [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]
