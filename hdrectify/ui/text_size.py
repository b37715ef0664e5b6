"""字号: the window's text size (100%–200% in steps of 25%), kept per computer in QSettings as the
language is, and the sizes in pixels that follow it (the grid's cells, row heights).

The application font's point size carries the scale to every widget; the few sizes set in pixels
ask :func:`px` for theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

SIZES = (100, 125, 150, 175, 200)
DEFAULT = 100
BASE_POINT_SIZE = 10.0
_KEY = "text_size"
HIGH_CONTRAST = 20.0  # black on white (21:1); a usual light theme is about 18:1
_current = DEFAULT


def saved() -> int:
    """The text size chosen on this computer, in percent (100 when none was, or what is kept is not one)."""
    try:
        value = int(str(QSettings().value(_KEY, DEFAULT)))
    except ValueError:
        return DEFAULT
    return value if value in SIZES else DEFAULT


def save(percent: int) -> None:
    QSettings().setValue(_KEY, percent if percent in SIZES else DEFAULT)


def current() -> int:
    return _current


def apply(percent: int) -> None:
    """Scale the application font to ``percent`` of the base size; every widget follows it."""
    global _current
    _current = percent if percent in SIZES else DEFAULT
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = QFont(app.font())
        font.setPointSizeF(BASE_POINT_SIZE * _current / 100)
        app.setFont(font)


def px(pixels: int) -> int:
    """A size in pixels that was chosen for text at 100%, at the current text size."""
    return round(pixels * _current / 100)


def pt(points: float) -> str:
    """A style sheet's font size chosen for text at 100%, at the current text size (``"11pt"``)."""
    return f"{points * _current / 100:g}pt"


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def system_colours_rule(palette: QPalette | None = None) -> bool:
    """True when the system's palette is a dark or high-contrast one: the app then keeps its own
    background colours out of the way (they were chosen for dark text on light grey)."""
    if palette is None:
        palette = QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < 0.5 or contrast(window, text) >= HIGH_CONTRAST
