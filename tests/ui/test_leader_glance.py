"""The leader's glance on the 工作台: who is behind (per-member totals of the year) and which centres
have had no on-site visit this month; the 挂钩联系 grid keeps its sort when the user comes back."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from hdrectify.app import open_context
from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Period
from hdrectify.domain.wording import percent
from hdrectify.store.cadence import cadence_view
from hdrectify.store.demo import build_demo
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.dashboard import DashboardPage
from hdrectify.ui.main_window import MainWindow
from tests.ui.ui_helpers import of_type


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_dashboard_shows_members_behind_and_centres_not_visited(qtbot, qtmodeltester, tmp_path: Path) -> None:
    today = dt.date.today()
    build_demo(tmp_path / "today-demo.db", today)
    ctx = open_context(tmp_path / "today-demo.db")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = of_type(window.page("dashboard"), DashboardPage)
    qtbot.waitUntil(page.is_loaded, timeout=10_000)

    # what the page should say, from the cadence directly
    view = cadence_view(ctx.store, Period.year_of(today), today, None)
    info = view.info()
    counts: dict[str, Counter[Status]] = {}
    unvisited = set()
    for r in view.rows():
        counts.setdefault(info[r.pairing_id].member, Counter())[r.status] += 1
        if (
            r.obligation is Obligation.VISIT
            and r.period == Period.month_of(today)
            and r.status
            in (
                Status.DUE,
                Status.MISSED,
            )
        ):
            unvisited.add(info[r.pairing_id].centre)

    shown = {row[0]: row[1:] for row in _cells(page.member_model)}
    assert set(shown) == set(counts)
    for member, c in counts.items():
        done, late, missed = c[Status.DONE], c[Status.LATE], c[Status.MISSED]
        rate = (done + late) / (done + late + missed) if done + late + missed else None
        assert shown[member] == [str(done), str(late), str(missed), percent(rate)]
    rates = [page.member_model.line(r).payload for r in range(page.member_model.rowCount())]
    assert rates == sorted(rates, key=lambda x: (x is None, x if x is not None else 0))  # most behind first
    assert {row[0] for row in _cells(page.unvisited_model)} == unvisited
    assert unvisited, "the demo leaves some centres unvisited this month"
    assert page.ui.memberLabel.isVisible() and page.ui.unvisitedLabel.isVisible()
    qtmodeltester.check(page.member_model)
    qtmodeltester.check(page.unvisited_model)
    window.close()
    ctx.close()


def _order(page) -> list[str]:
    return [page.model.grid_row(r).info.pairing.id for r in range(page.model.rowCount())]


def test_the_grid_keeps_its_sort_when_the_user_comes_back(qtbot, window: MainWindow, demo_ctx) -> None:
    from PySide6.QtCore import Qt

    from hdrectify.ui.context import CONTACTS

    page = of_type(window.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=10_000)
    header = page.ui.factsView.horizontalHeader()
    column = header.logicalIndexAt(header.sectionViewportPosition(header.count() - 1) + 2)
    page.ui.factsView.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    sorted_order = _order(page)
    window.show_page("dashboard")
    demo_ctx.notify(CONTACTS)  # something changed meanwhile: the grid is recomputed on return
    page = of_type(window.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert _order(page) == sorted_order
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, Qt.SortOrder.DescendingOrder)
    # and in the next session, on the next window
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    again.show()
    page = of_type(again.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=10_000)
    assert _order(page) == sorted_order
