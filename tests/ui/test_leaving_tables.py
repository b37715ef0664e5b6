"""Tab never traps a keyboard user in a table, and every drop-down list has a name.

Each page of the main window is opened through its sidebar; every table, tree and list shown on it
(each tab of its tab widgets in turn) is given the focus and Tab is pressed: the focus must leave
it (the arrow keys move inside a table; Tab goes on to the next control). Every combo box's
drop-down list — an object of its own to a screen reader, found nameless over AT-SPI by
tests/ui/test_atspi.py — must have a name, on the pages and in every dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView, QListWidget, QTabWidget, QWidget

from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.pages import PAGES
from tests.ui.test_every_screen_named import _dialogs, dialog_classes


def show_page(qtbot, window: MainWindow, key: str) -> QWidget:
    nav = window.findChild(QListWidget, "navList")
    assert nav is not None
    nav.setCurrentRow([spec.key for spec in PAGES].index(key))
    page = window.page(key)
    qtbot.waitUntil(page.isVisible)
    busy = getattr(page, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=20_000)
    return page


def item_views(root: QWidget) -> list[QAbstractItemView]:
    """The tables, trees and lists a user can Tab into under ``root``, each tab of its tab widgets shown."""
    found: dict[int, QAbstractItemView] = {}

    def visible() -> None:
        for view in root.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView) or not view.isVisible() or view.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            found.setdefault(id(view), view)

    visible()
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                visible()
    return list(found.values())


def traps(qtbot, window: QWidget, view: QAbstractItemView) -> bool:
    """Whether Tab pressed in ``view`` leaves the focus in it."""
    for tabs in window.findChildren(QTabWidget):  # the view's tab shown again
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is not None and page.isAncestorOf(view):
                tabs.setCurrentIndex(i)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    model = view.model()
    if model is not None and model.rowCount() > 0:
        view.setCurrentIndex(model.index(0, 0))  # in a cell, where a table's Tab would go to the next cell
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    return focus is view or (focus is not None and view.isAncestorOf(focus))


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_leaves_every_table_of_every_page(qtbot, window: MainWindow, key: str) -> None:
    page = show_page(qtbot, window, key)
    views = item_views(page)
    assert views, key
    trapped = [view.objectName() or type(view).__name__ for view in views if traps(qtbot, window, view)]
    assert trapped == []
    assert [v.objectName() for v in views if v.tabKeyNavigation()] == []


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_drop_down_list_of_every_page_has_a_name(qtbot, window: MainWindow, key: str) -> None:
    page = show_page(qtbot, window, key)
    combos = [c for c in page.findChildren(QComboBox) if c.isVisibleTo(page)]
    qtbot.wait(1)  # the lists are named just after the page is shown
    assert [c.objectName() for c in combos if not c.view().accessibleName().strip()] == []


def test_the_log_dialogs_lists_are_named_after_their_fields(qtbot, window: MainWindow) -> None:
    window.ui.actionLogContact.trigger()
    dialog = window.findChild(LogDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(1)
    names = {c.objectName(): c.view().accessibleName() for c in dialog.findChildren(QComboBox) if c.isVisible()}
    assert names and all(names.values()), names
    assert names["pairingCombo"].startswith("挂钩")


@pytest.mark.parametrize("name", sorted(dialog_classes() - {"RecordDialog"}))
def test_every_dialog_lets_tab_leave_its_tables_and_names_its_lists(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    dialog = _dialogs(qtbot, window.ctx, window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if name == "SheetImportDialog":  # the workbook is read in the background
        tabs = dialog.findChild(QWidget, "sheetTabs")
        assert tabs is not None
        qtbot.waitUntil(tabs.isEnabled, timeout=20_000)
    combos = [c for c in dialog.findChildren(QComboBox) if c.isVisibleTo(dialog)]
    qtbot.wait(1)  # the lists are named just after the dialog is shown
    assert [c.objectName() for c in combos if not c.view().accessibleName().strip()] == []
    views = item_views(dialog)
    assert [view.objectName() or type(view).__name__ for view in views if traps(qtbot, dialog, view)] == []


def test_a_list_takes_its_words_from_a_rich_text_label_and_else_says_choices(qtbot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLabel

    form = QWidget()
    layout = QFormLayout(form)
    labelled, bare = QComboBox(), QComboBox()
    label = QLabel("<b>党员</b>(&amp;M)：")
    label.setBuddy(labelled)
    layout.addRow(label, labelled)
    layout.addRow(bare)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: labelled.view().accessibleName() == "党员(M)")
    assert bare.view().accessibleName() == "选项"
