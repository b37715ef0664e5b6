"""What Qt leaves to a screen reader and keyboard user by default, set once for the whole window.

A combo box's drop-down list is an object of its own in the accessible tree (AT-SPI on Linux, UI
Automation on Windows): focusable, and without a name unless one is given, so a screen reader
announces a bare "list" when it opens. Every combo of every page and dialog gets its list named
after the combo (its accessible name, or the text of the label whose buddy it is) just after Qt
polishes the combo, through a proxy of the application's style: polish runs once per widget, so nothing is
paid per event (an application-wide event filter cost about 0.25 s of CPU over the pages' first
showing). tests/ui/test_atspi.py found the lists over AT-SPI and checks them.

A table (QTableView, QTableWidget) moves Tab from cell to cell by default, so a keyboard user who
tabs into one of the many tables is stuck in it; every item view here lets Tab and Shift+Tab leave
it (the arrow keys move inside), set at the same place (tests/ui/test_leaving_tables.py).
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QProxyStyle


def combo_name(combo: QComboBox) -> str:
    """What a screen reader calls ``combo``: its accessible name, its label's text, its tooltip, or 选项."""
    if combo.accessibleName().strip():
        return combo.accessibleName()
    window = combo.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is combo and label.text().strip():
            text = label.text()
            if "<" in text:  # a rich-text label: its words, not its tags
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip("：: ")
    return combo.toolTip().strip() or QCoreApplication.translate("Accessibility", "选项")


def name_list(combo: QComboBox) -> None:
    """Name ``combo``'s drop-down list after ``combo`` (unless it already has a name)."""
    view = combo.view() if shiboken6.isValid(combo) else None
    if view is None or not shiboken6.isValid(view):  # gone before the queued naming ran (a closed dialog)
        return
    if view.accessibleName():
        return
    name = combo_name(combo)
    # the list may be replaced while the name is worked out (Qt's own dialogs rebuild theirs)
    with contextlib.suppress(RuntimeError):
        combo.view().setAccessibleName(name)


class AccessibleStyle(QProxyStyle):
    """The application's own style, which also names each combo box's drop-down list and lets Tab
    leave every table."""

    def polish(self, target: Any) -> Any:
        if isinstance(target, QComboBox):
            # later, once the window that polishes it is built: a dialog of Qt's own (the file
            # chooser) polishes its combos half-way through its constructor, where its children
            # cannot yet be looked through
            QTimer.singleShot(0, target, lambda: name_list(target))
        elif isinstance(target, QAbstractItemView):
            target.setTabKeyNavigation(False)
        return super().polish(target)


def install(app: QApplication) -> None:
    """Wrap ``app``'s style in :class:`AccessibleStyle` (once: create_application may run again)."""
    if not isinstance(app.style(), AccessibleStyle):
        app.setStyle(AccessibleStyle())
