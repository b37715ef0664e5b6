"""Importing scans of signed monthly checklists: each page's QR code found, the page filed as evidence.

Takes PDFs of any number of pages, JPEG and PNG (scanned or photographed, rotated, skewed,
150–300 dpi). Each page is read as an image (a scanned PDF page by its embedded image, kept as
it is; any other PDF page rendered at 200 dpi and kept as PNG), its QR code decoded with
zxing-cpp, and a copy staged in the evidence folder, all outside any transaction; then one
transaction files every page with a code (:func:`hdrectify.store.scans.file_scan`). Pages without
a code, or whose code names an unknown pairing or a month not owed, are reported, not filed.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.domain.scans import ChecklistCode, ScanResult, parse_checklist_code
from hdrectify.store.base import Store
from hdrectify.store.evidence import MAX_EVIDENCE_BYTES, StagedFile, file_sha256, stage_stream, stored_path
from hdrectify.store.scans import file_scan

log = logging.getLogger(__name__)

RENDER_DPI = 200
IMAGE_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg"})
Progress = Callable[[int, int], object]  # (pages done, pages known so far); False stops the import


@dataclass
class PageOutcome:
    """One page's line in the result: ``scans import --json`` prints :meth:`as_json` of each."""

    file: str
    page: int | None
    code: ChecklistCode | None
    result: ScanResult
    member: str | None = None
    centre: str | None = None

    def as_json(self) -> dict[str, Any]:
        pairing = None if self.member is None else {"member": self.member, "centre": self.centre}
        return {
            "file": self.file,
            "page": self.page,
            "pairing": pairing,
            "month": None if self.code is None else self.code.month,
            "result": str(self.result),
        }


@dataclass
class _Page:
    number: int
    image: Any  # PIL.Image.Image, to decode
    content: bytes  # what is filed
    suffix: str


def check_scan_files(paths: list[Path]) -> None:
    """Refuse, before any work, a file that is missing or of a kind that cannot hold a scan."""
    if not paths:
        raise InputError("scans.no_files")
    for path in paths:
        if path.is_dir():
            raise InputError("input.is_folder", None, path=str(path))
        if not path.is_file():
            raise InputError("scans.missing_file", None, path=str(path))
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            raise InputError("scans.bad_kind", None, name=path.name)


def _pdf_pages(path: Path) -> Iterator[_Page]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        for index in range(len(doc)):
            page = doc[index]
            images = list(page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2))
            text = page.get_textpage()
            has_text = text.count_chars() > 0
            text.close()
            if len(images) == 1 and not has_text:
                # a scan: the page is one picture; keep its own bytes (a JPEG stays the same JPEG)
                buffer = io.BytesIO()
                images[0].extract(buffer, fb_format="png")
                content = buffer.getvalue()
                suffix = ".jpg" if content[:3] == b"\xff\xd8\xff" else ".jp2" if content[4:8] == b"jP  " else ".png"
                yield _Page(index + 1, _grey(content), content, suffix)
            else:
                image = page.render(scale=RENDER_DPI / 72).to_pil().convert("RGB")
                buffer = io.BytesIO()
                image.save(buffer, "PNG", compress_level=1)
                yield _Page(index + 1, image, buffer.getvalue(), ".png")
            page.close()
    finally:
        doc.close()


def _grey(content: bytes) -> Any:
    """The image in grey, which is all the decoder reads (a JPEG is decoded straight to grey: faster)."""
    from PIL import Image, ImageOps

    opened = Image.open(io.BytesIO(content))
    if opened.format == "JPEG":
        opened.draft("L", opened.size)
    image = ImageOps.exif_transpose(opened)  # a phone photo's orientation
    return image.convert("L")


def _image_page(path: Path) -> _Page:
    content = path.read_bytes()
    return _Page(1, _grey(content), content, path.suffix.lower())


def decode_code(image: Any) -> ChecklistCode | None:
    """The checklist code on an image, trying a smaller and a larger copy when the first look finds none."""
    import zxingcpp

    def look(candidate: Any) -> ChecklistCode | None:
        for found in zxingcpp.read_barcodes(candidate, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)):
            code = parse_checklist_code(found.text)
            if code is not None:
                return code
        return None

    if image.mode != "L":
        image = image.convert("L")
    code = look(image)
    if code is not None:
        return code
    long_side = max(image.size)
    if long_side > 2000:  # a big photo: the code's modules may be blurred over many pixels
        code = look(image.reduce(2))
    elif long_side < 1600:  # a small scan: modules of two or three pixels
        code = look(image.resize((image.width * 2, image.height * 2)))
    return code


def read_pages(path: Path) -> Iterator[_Page]:
    """The pages of one scan file; InputError if it cannot be read at all."""
    try:
        if path.suffix.lower() == ".pdf":
            yield from _pdf_pages(path)
        else:
            yield _image_page(path)
    except InputError:
        raise
    except Exception as e:  # pdfium's and Pillow's errors for a damaged or foreign file
        log.warning("cannot read the scan %s: %r", path, e)  # the library's English goes to the log
        raise InputError("scans.unreadable", None, name=path.name) from None


def _stage(store: Store, content: bytes, name: str) -> StagedFile:
    """The page's copy staged in the evidence folder; content already stored intact is not written again."""
    sha = hashlib.sha256(content).hexdigest()
    target = stored_path(store, sha)
    if target.is_file() and file_sha256(target) == sha:
        return StagedFile(None, target, sha, len(content), name)
    return stage_stream(store.path, io.BytesIO(content), name, name)


def count_pages(paths: list[Path]) -> int:
    """How many pages the files hold (a file that cannot be opened counts as one): the progress bar's end."""
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        if path.suffix.lower() != ".pdf":
            total += 1
            continue
        try:
            doc = pdfium.PdfDocument(path)
        except Exception:  # reported as unreadable when it is read
            total += 1
            continue
        total += len(doc)
        doc.close()
    return total


def import_scans(store: Store, paths: list[Path], progress: Progress | None = None) -> list[PageOutcome]:
    """Decode every page of ``paths``, then file the pages with a code in one transaction."""
    check_scan_files(paths)
    outcomes: list[PageOutcome] = []
    staged: list[tuple[int, ChecklistCode, StagedFile, str, int]] = []
    done = 0
    total = count_pages(paths) if progress is not None else 0
    try:
        for path in paths:
            try:
                for page in read_pages(path):
                    code = decode_code(page.image)
                    outcome = PageOutcome(path.name, page.number, code, ScanResult.NO_QR)
                    if code is not None and len(page.content) <= MAX_EVIDENCE_BYTES:
                        name = f"签字清单-{code.month}-{path.stem}-第{page.number}页{page.suffix}"
                        copy = _stage(store, page.content, name)
                        staged.append((len(outcomes), code, copy, path.name, page.number))
                    outcomes.append(outcome)
                    done += 1
                    if progress is not None and progress(done, max(total, done)) is False:
                        raise InputError("scans.cancelled")
            except InputError as e:
                if e.code != "scans.unreadable":
                    raise
                outcomes.append(PageOutcome(path.name, None, None, ScanResult.UNREADABLE))
        with store.transaction():
            for index, code, copy, source, number in staged:
                filed = file_scan(store, code, copy, source, number)
                outcome = outcomes[index]
                outcome.result, outcome.member, outcome.centre = filed.result, filed.member, filed.centre
    finally:
        for *_, copy, _source, _number in staged:
            copy.discard()
    return outcomes
