"""Render the application icon (resources/icons/hdrectify.svg) into its PNG sizes and a Windows .ico.

Run: python packaging/render_icons.py    (offscreen; Qt's SVG renderer draws every size)
The PNGs and the .ico are committed; a test checks they are in step with the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "hdrectify.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"hdrectify-{size}.png"


def render(size: int):  # type: ignore[no-untyped-def]
    """The icon drawn at ``size`` × ``size`` pixels, as a QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):
            raise SystemExit(f"cannot write {png_path(size)}")
    # Windows wants one .ico holding several sizes; Pillow (a reportlab dependency) writes it.
    from PIL import Image

    images = [Image.open(png_path(s)) for s in ICO_SIZES]
    images[-1].save(ICONS / "hdrectify.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print(f"wrote {len(SIZES)} PNGs and hdrectify.ico in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
