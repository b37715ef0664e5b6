"""The shipped Chinese font (Noto Sans SC), loaded as the application font.

Machines without CJK fonts (a fresh Debian, the test machines) would otherwise show
boxes for every Chinese character.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hdrectify.paths import FONTS

FAMILY = "Noto Sans SC"
FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")


def install(app: QApplication, point_size: int = 10) -> str:
    """Register the fonts and make them the default; returns the family in use."""
    families = set()
    for name in FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else app.font().family()
    font = QFont(family, point_size)
    app.setFont(font)
    return family
