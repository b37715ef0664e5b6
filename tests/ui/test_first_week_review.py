"""A new office and a new member in their first week with the window: what they met that was wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex

from hdrectify.domain.periods import Period
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import FIRST_PERIOD, PERIOD_ROLE


def _pair(ctx: AppContext) -> None:
    """The office's first centre, member and pairing (from 1 January), as 中心与党员 saves them."""
    with ctx.write() as store:
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "黄伟明")
        add_pairing(store, member, centre, dt.date(dt.date.today().year, 1, 1))
    ctx.notify(PEOPLE)


def _this_week_in_view(page: CadenceGridPage) -> bool:
    view = page.ui.periodsView
    week = str(Period.week_of(dt.date.today()))
    index: QModelIndex = next(
        page.model.index(0, c)
        for c in range(FIRST_PERIOD, page.model.columnCount())
        if page.model.index(0, c).data(PERIOD_ROLE) == week
    )
    rect = view.visualRect(index)
    return rect.isValid() and view.viewport().rect().contains(rect)


def _grid(qtbot, window: MainWindow) -> CadenceGridPage:
    page = window.show_page("cadence")
    assert isinstance(page, CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=15_000)
    return page


def test_the_grid_opens_on_this_week(qtbot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    page = _grid(qtbot, window)
    assert _this_week_in_view(page)  # not weeks of the spring, scrolled for a wider view than it has


def test_the_grid_seen_before_the_first_pairing_opens_on_this_week_after_it(qtbot, empty_ctx: AppContext) -> None:
    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    first = window.show_page("cadence")
    assert isinstance(first, CadenceGridPage)
    qtbot.waitUntil(lambda: not first.is_busy(), timeout=15_000)  # the new office looks: nothing yet
    window.show_page("people")
    _pair(empty_ctx)
    page = _grid(qtbot, window)
    assert _this_week_in_view(page)  # not January's weeks


def test_a_refused_request_to_close_keeps_what_the_member_wrote(qtbot, type_text, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from hdrectify.app import open_context
    from hdrectify.store.close_requests import close_requests
    from hdrectify.store.ledger_edit import add_measure, find_problem
    from hdrectify.ui.close_requests_box import CloseRequestsBox
    from hdrectify.ui.request_close_dialog import RequestCloseDialog
    from tests.ui.test_close_requests_window import Sites
    from tests.ui.ui_helpers import click_row, modal, of_type, open_page

    sites = Sites(tmp_path)
    fence = sites.office.do(lambda s: add_measure(s, find_problem(s, "1")["id"], "护栏加固"))["id"]
    sites.chen.take(sites.office.export(whole=True))
    ctx = open_context(sites.chen.path)
    try:
        page = open_page(qtbot, ctx)
        box = of_type(page.findChild(CloseRequestsBox), CloseRequestsBox)
        click_row(qtbot, page, "measure", fence)
        qtbot.mouseClick(box.requestButton, Qt.MouseButton.LeftButton)
        dialog = modal(qtbot, RequestCloseDialog)
        type_text(dialog.reasonEdit, "护栏已加固，镇残联于3月2日验收合格")
        dialog.reasonEdit.insertPlainText("\u202e")  # pasted from a chat message along with the text
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        # refused: the dialog stays, with what was written and why it cannot be saved
        assert dialog.isVisible() and dialog.reason.startswith("护栏已加固，镇残联于3月2日验收合格")
        said = dialog.errorLabel.text()
        assert dialog.errorLabel.isVisible() and "申请说明" in said and "U+202E" in said
        assert close_requests(ctx.store, str(fence)) == []
        qtbot.keyClick(dialog.reasonEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.reasonEdit, Qt.Key.Key_Backspace)
        photo = tmp_path / "验收照片.jpg"
        dialog.add_files([photo])  # chosen, then moved away before 申请销号
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.errorLabel.isVisible(), timeout=10_000)
        assert photo.name in dialog.errorLabel.text() and dialog.isVisible() and dialog.paths == [photo]
        assert close_requests(ctx.store, str(fence)) == []
        dialog.filesList.setCurrentRow(0)
        qtbot.mouseClick(dialog.removeButton, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(close_requests(ctx.store, str(fence))) == 1)
        (request,) = close_requests(ctx.store, str(fence))
        assert request.reason == "护栏已加固，镇残联于3月2日验收合格"
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        ctx.close()
