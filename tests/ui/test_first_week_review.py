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
    page = window.show_page("cadence")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15_000)  # the new office looks: nothing yet
    window.show_page("people")
    _pair(empty_ctx)
    page = _grid(qtbot, window)
    assert _this_week_in_view(page)  # not January's weeks
