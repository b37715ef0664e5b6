"""Windows that fit the screen they open on (a 1366×768 laptop at 100 % is common in the offices):
never larger than the available area, never partly off it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A window manager's borders and title bar, for a window not shown yet (its frame is unknown then).
FRAME_ALLOWANCE = QSize(16, 40)


def fit_to_screen(widget: QWidget, preferred: QSize | None = None, *, centre: bool = False) -> None:
    """Resize ``widget`` to ``preferred`` (default: its size) but no larger than its screen's
    available area, and move it so that all of it is on that area (centred when ``centre``)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = widget.frameGeometry().size() - widget.geometry().size() if widget.isVisible() else FRAME_ALLOWANCE
    want = preferred if preferred is not None else widget.size()
    width = min(want.width(), available.width() - frame.width())
    height = min(want.height(), available.height() - frame.height())
    widget.resize(max(width, 1), max(height, 1))
    outer = QSize(widget.width() + frame.width(), widget.height() + frame.height())
    if centre:
        x = available.x() + (available.width() - outer.width()) // 2
        y = available.y() + (available.height() - outer.height()) // 2
    else:
        x, y = widget.pos().x(), widget.pos().y()
        x = min(max(x, available.left()), available.x() + available.width() - outer.width())
        y = min(max(y, available.top()), available.y() + available.height() - outer.height())
    widget.move(QPoint(max(x, available.left()), max(y, available.top())))
