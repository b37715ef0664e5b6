"""PDF pages as images, for the print preview and for printing through QPrinter.

The documents are made as PDFs (hdrectify/printing); pdfium renders them, so what is
previewed and printed is exactly the file that would be saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}


def pages(path: Path, dpi: float = 150) -> Iterator[QImage]:
    """Each page of the PDF at ``dpi``, in order."""
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode]).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            page.close()
            yield image
    finally:
        document.close()


def paint(path: Path, printer: QPrinter) -> int:
    """Print (or preview) every page of the PDF on ``printer``, fitted to its page; returns pages."""
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = 0
    try:
        for n, image in enumerate(pages(path, dpi)):
            if n:
                printer.newPage()
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
            count += 1
    finally:
        painter.end()
    return count
