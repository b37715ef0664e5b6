"""Small screens and small cut-offs: the window and the print preview fit 1366×768, the title says
演示数据 once, the quarterly report offers only quarters the pairing owes, dates are not cut off."""

from __future__ import annotations

import datetime as dt

from hdrectify.domain.periods import Period
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.print_dialog import PrintDialog
from hdrectify.ui.report_dialog import ReportDialog
from tests.ui.test_record_dialogs import choose_pairing, open_dialog
from tests.ui.ui_helpers import of_type


def test_the_title_says_demo_once(window: MainWindow) -> None:
    assert window.windowTitle().count("演示数据") == 1


def test_the_report_dialog_offers_only_owed_quarters(qtbot, empty_ctx: AppContext) -> None:
    today = dt.date.today()
    current = Period.quarter_of(today)
    last = Period.quarter_of(current.first_day - dt.timedelta(days=1))
    before_last = Period.quarter_of(last.first_day - dt.timedelta(days=1))
    with empty_ctx.write() as store:
        chen, huang = add_member(store, "陈志强"), add_member(store, "黄伟明")
        a, b = add_centre(store, "平山街道康园中心", "平山街道"), add_centre(store, "安墩镇康园中心", "安墩镇")
        # started inside the last quarter: owes it (active on its last day) and the current one
        add_pairing(store, chen, a, last.first_day + dt.timedelta(days=5))
        # ended inside the last quarter: owes the one before, not the last, not the current
        start = before_last.first_day - dt.timedelta(days=200)
        add_pairing(store, huang, b, start, last.last_day - dt.timedelta(days=3))
    dialog = open_dialog(qtbot, ReportDialog, empty_ctx)

    def offered() -> list[str]:
        combo = dialog.ui.quarterCombo
        return [combo.itemData(i) for i in range(combo.count())]

    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    assert offered() == [str(current), str(last)]
    assert dialog.ui.quarterCombo.currentData() == str(last)  # the last finished quarter first
    choose_pairing(dialog, "黄伟明", "安墩镇康园中心")
    assert str(current) not in offered() and str(last) not in offered()
    assert offered()[0] == str(before_last)
    assert all(Period.parse(q, current.kind).first_day <= today for q in offered())  # never a future quarter


def test_the_report_dialog_opens_on_the_quarter_still_to_report(qtbot, empty_ctx: AppContext) -> None:
    """The last finished quarter already reported: the dialog opens on the newest finished one still owed
    (it opened on the reported one, whose saving is refused as a duplicate); all finished ones reported:
    on this quarter."""
    from hdrectify.store.records import add_report

    today = dt.date.today()
    current = Period.quarter_of(today)
    last = Period.quarter_of(current.first_day - dt.timedelta(days=1))
    before_last = Period.quarter_of(last.first_day - dt.timedelta(days=1))
    with empty_ctx.write() as store:
        chen = add_member(store, "陈志强")
        centre = add_centre(store, "平山街道康园中心", "平山街道")
        add_pairing(store, chen, centre, before_last.first_day)
        add_report(store, chen, centre, last, last.last_day + dt.timedelta(days=1))
    dialog = open_dialog(qtbot, ReportDialog, empty_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    assert dialog.ui.quarterCombo.currentData() == str(before_last)
    dialog.close()
    with empty_ctx.write() as store:
        add_report(store, chen, centre, before_last, last.first_day)
    again = open_dialog(qtbot, ReportDialog, empty_ctx)
    choose_pairing(again, "陈志强", "平山街道康园中心")
    assert again.ui.quarterCombo.currentData() == str(current)


def _fits(widget) -> bool:
    available = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    return frame.width() <= available.width() and frame.height() <= available.height() and available.contains(frame)


def test_the_window_fits_the_screen(window: MainWindow) -> None:
    # offscreen, the screen is 800×800; the window used to open at 1280×800 whatever the screen
    assert _fits(window), (window.frameGeometry(), window.screen().availableGeometry())
    assert window.statusBar().isVisible()
    assert window.statusBar().geometry().bottom() <= window.height()


def test_a_saved_size_larger_than_the_screen_is_shrunk(qtbot, demo_ctx: AppContext) -> None:
    from PySide6.QtCore import QSettings

    big = MainWindow(demo_ctx)
    qtbot.addWidget(big)
    big.resize(2400, 1600)
    big.close()  # saves its geometry
    assert QSettings().value("main_window/geometry") is not None
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    assert _fits(again)


def test_the_print_preview_fits_the_screen(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    dialog = of_type(window.open_print("checklist"), PrintDialog)
    qtbot.waitExposed(dialog)
    assert _fits(dialog)
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "preview_dialog", None) is not None, timeout=30_000)
    preview = dialog.preview_dialog
    qtbot.waitExposed(preview)
    assert _fits(preview), (preview.frameGeometry(), preview.screen().availableGeometry())
    preview.reject()
