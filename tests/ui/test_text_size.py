"""字号: the text size chosen in 设置 scales the whole window and is remembered; at 200% the window and
its dialogs fit a 1366×768 screen; a dark or high-contrast system palette is not painted over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hdrectify.app import create_application
from hdrectify.ui import text_size
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_display import LOOKS
from tests.ui.ui_helpers import of_type

SCREEN = QSize(1366, 768)
TASKBAR = 40  # what a desktop's panel takes from the screen's height


@pytest.fixture
def at_200() -> Iterator[None]:
    text_size.apply(200)
    yield
    text_size.apply(text_size.DEFAULT)


def test_the_size_chosen_in_settings_scales_the_window_and_is_remembered(qtbot, window: MainWindow) -> None:
    from hdrectify.ui.settings_dialog import SettingsDialog

    base = QApplication.font().pointSizeF()
    grid_row = of_type(window.page("cadence"), CadenceGridPage).ui.periodsView.verticalHeader().defaultSectionSize()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # 工具 → 设置
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget() or window))
    QTest.keyClick(
        of_type(QApplication.focusWidget(), QWidget), Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier
    )  # 字号(&Z)
    assert QApplication.focusWidget() is dialog.text_size_combo
    QTest.keyClick(dialog.text_size_combo, Qt.Key.Key_End)  # 200%
    QTest.keyClick(dialog.text_size_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    try:
        assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
        assert window.ui.navList.font().pointSizeF() > base  # the navigation's own size scales too
        text_size.apply(text_size.DEFAULT)
        create_application()  # the next start: the size kept is applied
        assert text_size.current() == 200 and QApplication.font().pointSizeF() == pytest.approx(2 * base)
        again = MainWindow(window.ctx)
        qtbot.addWidget(again)
        assert (
            of_type(again.page("cadence"), CadenceGridPage).ui.periodsView.verticalHeader().defaultSectionSize()
            == 2 * grid_row
        )
    finally:
        text_size.apply(text_size.DEFAULT)


def test_a_size_kept_that_is_not_offered_is_ignored() -> None:
    from PySide6.QtCore import QSettings

    for kept in ("300", "abc", "-5"):
        QSettings().setValue("text_size", kept)
        assert text_size.saved() == text_size.DEFAULT


DIALOGS = [
    ("hdrectify.ui.log_dialog", "LogDialog"),
    ("hdrectify.ui.report_dialog", "ReportDialog"),
    ("hdrectify.ui.review_dialog", "ReviewDialog"),
    ("hdrectify.ui.exemption_dialog", "ExemptionDialog"),
    ("hdrectify.ui.settings_dialog", "SettingsDialog"),
    ("hdrectify.ui.bundle_dialogs", "ExportBundleDialog"),
    ("hdrectify.ui.bundle_dialogs", "PrepareBundleDialog"),
    ("hdrectify.ui.bundle_dialogs", "ImportBundleDialog"),
    ("hdrectify.ui.conflicts_dialog", "ConflictsDialog"),
    ("hdrectify.ui.conflicts_dialog", "ExchangeHistoryDialog"),
    ("hdrectify.ui.sheet_import_dialog", "SheetImportDialog"),
]


def _fits(size: QSize) -> bool:
    return size.width() <= SCREEN.width() and size.height() <= SCREEN.height() - TASKBAR


def test_at_200_percent_every_dialog_fits_a_1366_by_768_screen(qtbot, window: MainWindow, at_200) -> None:
    dialogs: list[QDialog] = [window.open_dialog(module, cls) for module, cls in DIALOGS]
    dialogs += [window.open_print("checklist"), window.open_print("summary"), window._about()]
    too_big = {}
    for dialog in dialogs:
        qtbot.waitUntil(dialog.isVisible)
        need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if not _fits(need):
            too_big[type(dialog).__name__] = (need.width(), need.height())
        dialog.close()
    assert too_big == {}


def test_at_200_percent_every_screen_fits_a_1366_by_768_screen(qtbot, window: MainWindow, at_200) -> None:
    from hdrectify.ui.pages import PAGES

    too_big = {}
    for spec in PAGES:
        window.show_page(spec.key)
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        if not _fits(need):
            too_big[spec.key] = (need.width(), need.height())
    assert too_big == {}


@pytest.mark.parametrize("status", [s for s, look in LOOKS.items() if look.glyph])
def test_the_grid_chips_glyphs_keep_their_contrast(status) -> None:
    look = LOOKS[status]
    assert text_size.contrast(QColor(look.text), QColor(look.fill)) >= 4.5


def test_a_dark_high_contrast_palette_is_not_painted_over(qtbot, demo_ctx) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(QColor("black"))
    dark.setColor(QPalette.ColorRole.Window, QColor("black"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("black"))
    dark.setColor(QPalette.ColorRole.Text, QColor("white"))
    app.setPalette(dark)
    try:
        assert text_size.system_colours_rule()
        win = MainWindow(demo_ctx)
        qtbot.addWidget(win)
        assert "background" not in win.ui.navList.styleSheet()  # the system's black, not a light grey
    finally:
        app.setPalette(before)
    assert not text_size.system_colours_rule()  # Qt's own light palette keeps the app's colours
