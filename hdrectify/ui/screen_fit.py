"""Windows that fit the screen they open on (a 1366×768 laptop at 100 % is common in the offices):
never larger than the available area, never partly off it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

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


def scroll_when_tall(dialog: QWidget, keep: QWidget) -> QScrollArea:
    """Put what ``dialog``'s layout holds, but ``keep`` (its buttons), in a scroll area, so that a long
    form at a large text size (字号 200 %) scrolls instead of growing past a 1366×768 screen."""
    outer = dialog.layout()
    assert outer is not None
    content = QWidget()
    content.setObjectName("scrolledContent")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    items = []
    while outer.count():
        item = outer.takeAt(0)
        if item is not None:
            items.append(item)
    for item in items:
        widget, layout = item.widget(), item.layout()
        if widget is keep:
            continue
        if widget is not None:
            inner.addWidget(widget)
        elif layout is not None:
            layout.setParent(None)
            inner.addLayout(layout)
        else:
            inner.addItem(item)
    area = QScrollArea(dialog)
    area.setObjectName("scrollArea")
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: Tab goes to the form's fields, kept in view
    area.setAccessibleName(QCoreApplication.translate("ScreenFit", "表单内容"))
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    outer.addWidget(area)
    outer.addWidget(keep)
    # as large as the form wants (no scrolling where the screen has room), never larger than the screen
    bar = area.verticalScrollBar().sizeHint().width()
    margins = outer.contentsMargins()
    want = content.sizeHint() + QSize(bar + margins.left() + margins.right(), margins.top() + margins.bottom())
    want.setHeight(want.height() + outer.spacing() + keep.sizeHint().height())
    fit_to_screen(dialog, want.expandedTo(dialog.size()), centre=True)
    return area
