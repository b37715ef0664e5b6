"""挂钩联系 (the cadence grid) on the demo database: rows, filters, colours, records, keyboard.

Every expectation is worked out from the cadence engine on the same database and
reference date as the page, not copied from the screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from hdrectify.domain.cadence import Obligation, Status, StatusRow, totals
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.cadence import CadenceView, cadence_view
from hdrectify.store.records import log_contact
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.cell_records_dialog import CellRecordsDialog
from hdrectify.ui.context import CONTACTS, AppContext
from hdrectify.ui.models.cadence_model import (
    BACKFILLED_ROLE,
    COL_MEMBER,
    COL_RATE,
    COL_TOWN,
    FIRST_PERIOD,
    LOOKS,
    OBLIGATION_ROLE,
    PAIRING_ROLE,
    PERIOD_ROLE,
    RATE_ROLE,
    STATUS_ROLE,
    percent,
    status_text,
)
from hdrectify.ui.models.cell_records_model import CellRecordsModel
from tests.ui import ui_helpers

YEAR = 2026


def wait_filled(qtbot, page: CadenceGridPage, year: int = YEAR) -> None:
    ui_helpers.wait_filled(qtbot, page, year)


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[CadenceGridPage]:
    grid = ui_helpers.grid_at(qtbot, demo_ctx, YEAR)
    yield grid
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15000)  # no worker outlives the database


def engine(ctx: AppContext, page: CadenceGridPage, year: int = YEAR) -> CadenceView:
    return cadence_view(ctx.store, Period(Kind.YEAR, year), page.model.grid.as_of)


def statuses(view: CadenceView) -> dict[tuple[str, Obligation, Period], StatusRow]:
    return {(r.pairing_id, r.obligation, r.period): r for r in view.rows()}


def cell_key(index: QModelIndex) -> tuple[str, Obligation, Period]:
    period_text = index.data(PERIOD_ROLE)
    ob = Obligation(index.data(OBLIGATION_ROLE))
    return index.data(PAIRING_ROLE), ob, Period.parse(period_text, ob.kind)


def find_cell(page: CadenceGridPage, obligation: Obligation, wanted: set[Status]) -> QModelIndex:
    model = page.model
    for row in range(model.rowCount()):
        for col in range(FIRST_PERIOD, model.columnCount()):
            index = model.index(row, col)
            if index.data(OBLIGATION_ROLE) == obligation.value and index.data(STATUS_ROLE) in {s.value for s in wanted}:
                return index
    raise AssertionError(f"no {obligation} cell with status in {wanted}")


def click_cell(qtbot, page: CadenceGridPage, index: QModelIndex) -> None:
    view = page.view_for(index)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def open_dialog(page: CadenceGridPage) -> CellRecordsDialog:
    dialogs = [d for d in page.findChildren(CellRecordsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_models_pass_the_model_tester(qtmodeltester, page: CadenceGridPage, demo_ctx: AppContext) -> None:
    qtmodeltester.check(page.model)
    page.ui.townCombo.setCurrentIndex(1)
    qtmodeltester.check(page.model)
    index = find_cell(page, Obligation.CONTACT, {Status.DONE})
    from hdrectify.store.cell_records import cell_records

    pid, ob, period = cell_key(index)
    records = CellRecordsModel(cell_records(demo_ctx.store, pid, ob, period))
    assert records.rowCount() >= 1
    qtmodeltester.check(records)


def test_one_row_per_pairing_of_the_year(page: CadenceGridPage, demo_ctx: AppContext) -> None:
    view = engine(demo_ctx, page)
    # 17 centres, one of them handed over mid-year: its two pairings are two rows
    assert len(view.pairings) == 18
    assert page.model.rowCount() == len(view.pairings)
    shown = {page.model.index(r, 0).data(PAIRING_ROLE) for r in range(page.model.rowCount())}
    assert shown == {p.pairing.id for p in view.pairings}
    assert "18 个挂钩" in page.ui.totalsLabel.text()


def test_filters_by_town_and_member(page: CadenceGridPage, demo_ctx: AppContext) -> None:
    view = engine(demo_ctx, page)
    towns = [p.town for p in view.pairings]
    town = max(set(towns), key=towns.count)  # the handed-over centre's town has two pairings
    combo = page.ui.townCombo
    combo.setCurrentIndex(combo.findText(town))
    assert page.model.rowCount() == towns.count(town) == 2
    assert {page.model.index(r, COL_TOWN).data() for r in range(page.model.rowCount())} == {town}

    combo.setCurrentIndex(combo.findText("全部"))
    assert page.model.rowCount() == len(view.pairings)

    member = view.pairings[0]
    members = page.ui.memberCombo
    members.setCurrentIndex(members.findData(member.member_id))
    expected = [p for p in view.pairings if p.member_id == member.member_id]
    assert page.model.rowCount() == len(expected)
    assert {page.model.index(r, COL_MEMBER).data() for r in range(page.model.rowCount())} == {member.member}

    # both at once: a member and a town that do not meet leave nothing
    other_town = next(t for t in towns if t not in {p.town for p in expected})
    combo.setCurrentIndex(combo.findText(other_town))
    assert page.model.rowCount() == 0
    assert "没有符合条件" in page.ui.totalsLabel.text()


def test_my_own_pairings_are_shown_first(qtbot, demo_ctx: AppContext) -> None:
    me = demo_ctx.store.rows("SELECT id, name FROM members WHERE name = '温少峰'")[0]
    with demo_ctx.write() as store:
        store.set_setting("me_member_id", me["id"])
    page = CadenceGridPage(demo_ctx)
    qtbot.addWidget(page)
    page.ui.yearSpin.setValue(YEAR)
    wait_filled(qtbot, page)
    assert page.ui.memberCombo.currentText() == "温少峰"
    view = cadence_view(demo_ctx.store, Period(Kind.YEAR, YEAR), page.model.grid.as_of)
    assert page.model.rowCount() == len([p for p in view.pairings if p.member_id == me["id"]]) == 2


def test_every_cell_shows_the_engines_status(page: CadenceGridPage, demo_ctx: AppContext) -> None:
    expected = statuses(engine(demo_ctx, page))
    model = page.model
    seen: set[Status] = set()
    owed = 0
    for row in range(model.rowCount()):
        for col in range(FIRST_PERIOD, model.columnCount()):
            index = model.index(row, col)
            want = expected.get(cell_key(index))
            if want is None:  # not owed: the pairing was not active on the period's last day
                assert index.data(STATUS_ROLE) is None
                assert index.data(Qt.ItemDataRole.BackgroundRole) is None
                continue
            seen.add(want.status)
            owed += 1
            assert index.data(STATUS_ROLE) == want.status.value
            assert index.data(BACKFILLED_ROLE) == want.backfilled
            assert QColor(index.data(Qt.ItemDataRole.BackgroundRole)) == QColor(LOOKS[want.status].fill)
            assert index.data(Qt.ItemDataRole.DisplayRole) == LOOKS[want.status].glyph
    assert owed == len(expected)  # every status the engine gives has its cell
    assert {Status.DONE, Status.MISSED, Status.EXEMPT} <= seen


def test_completion_rate_per_row(page: CadenceGridPage, demo_ctx: AppContext) -> None:
    rows = engine(demo_ctx, page).rows()
    for r in range(page.model.rowCount()):
        pid = page.model.index(r, 0).data(PAIRING_ROLE)
        want = totals(x for x in rows if x.pairing_id == pid).completion_rate
        index = page.model.index(r, COL_RATE)
        assert index.data(RATE_ROLE) == want
        assert index.data() == percent(want)


def test_sorting_by_completion_rate(qtbot, page: CadenceGridPage) -> None:
    header = page.ui.factsView.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(COL_RATE) + header.sectionSize(COL_RATE) // 2, 10)

    def rates() -> list[float]:
        found = [page.model.index(r, COL_RATE).data(RATE_ROLE) for r in range(page.model.rowCount())]
        return [r for r in found if r is not None]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    first = rates()
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert rates() == list(reversed(first)) or len(set(first)) < len(first)
    assert sorted(rates()) == sorted(first)
    assert rates() in (sorted(first), sorted(first, reverse=True)) and rates()[0] != first[0]


def test_logging_a_contact_turns_the_week_done(qtbot, page: CadenceGridPage, demo_ctx: AppContext) -> None:
    index = find_cell(page, Obligation.CONTACT, {Status.MISSED, Status.DUE})
    pid, _, week = cell_key(index)
    info = next(p for p in page.model.grid.rows if p.info.pairing.id == pid).info
    day = max(min(week.last_day, dt.date.today()), info.pairing.start)
    with demo_ctx.write() as store:
        member, centre = store.get("members", info.member_id), store.get("centres", info.centre_id)
        assert member is not None and centre is not None
        log_contact(store, member, centre, day, "phone", "测试：电话了解本周情况")
    demo_ctx.notify(CONTACTS)
    page.refresh()
    assert page.is_busy() and page.ui.busyBar.isVisible()  # the worker is on it; the bar says so
    wait_filled(qtbot, page)
    assert not page.ui.busyBar.isVisible()
    done = page.model.find(pid, Obligation.CONTACT, week)
    assert done.data(STATUS_ROLE) == Status.DONE.value
    assert statuses(engine(demo_ctx, page))[(pid, Obligation.CONTACT, week)].status is Status.DONE

    # the tooltip lists it, and clicking the cell opens the records dialog listing it
    tip = done.data(Qt.ItemDataRole.ToolTipRole)
    assert status_text(Status.DONE) in tip and "电话" in tip and "测试：电话了解本周情况" in tip
    click_cell(qtbot, page, done)
    dialog = open_dialog(page)
    notes = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert "测试：电话了解本周情况" in notes
    row = notes.index("测试：电话了解本周情况")
    assert dialog.model.index(row, 1).data() == "电话"
    assert dialog.model.index(row, 0).data() == f"{day.year}年{day.month}月{day.day}日"
    assert dialog.model.index(row, 5).data() == demo_ctx.store.actor
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not [d for d in page.findChildren(CellRecordsDialog) if d.isVisible()])


def test_arrows_move_and_enter_opens_the_records(qtbot, page: CadenceGridPage) -> None:
    view = page.ui.periodsView
    start = find_cell(page, Obligation.CONTACT, {Status.DONE})
    view.setCurrentIndex(start)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == start.column() + 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == min(start.row() + 1, page.model.rowCount() - 1)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.currentIndex() == start
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = open_dialog(page)
    assert dialog.model.rowCount() >= 1
    assert all(dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount()))  # method in Chinese
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter closes, as Esc does
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_exempt_cell_says_why(qtbot, page: CadenceGridPage) -> None:
    index = find_cell(page, Obligation.VISIT, {Status.EXEMPT})
    assert index.data() == "免"
    assert "春节" in index.data(Qt.ItemDataRole.ToolTipRole)
    click_cell(qtbot, page, index)
    dialog = open_dialog(page)
    assert "春节" in dialog.ui.exemptionLabel.text()
    assert dialog.ui.emptyLabel.isVisible()


def test_headers_say_the_dates(page: CadenceGridPage) -> None:
    model = page.model
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIRST_PERIOD, model.columnCount())]
    weeks = Period(Kind.YEAR, YEAR).subperiods(Kind.WEEK)
    assert labels[: len(weeks)] == [str(n) for n in range(1, len(weeks) + 1)]
    assert labels[len(weeks) :] == [f"{m}月" for m in range(1, 13)] + ["Q1", "Q2", "Q3", "Q4", "年"]
    tip = model.headerData(FIRST_PERIOD + 9, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "2026年第10周：3月2日–3月8日" in tip


def test_legend_names_every_status(page: CadenceGridPage) -> None:
    texts = {label.text() for label in page.findChildren(QLabel)}
    assert {status_text(s) for s in Status} <= texts
    assert any("补录" in t for t in texts)


def test_another_year(qtbot, page: CadenceGridPage, demo_ctx: AppContext) -> None:
    page.ui.yearSpin.setValue(YEAR - 1)
    wait_filled(qtbot, page, YEAR - 1)
    view = engine(demo_ctx, page, YEAR - 1)
    assert page.model.rowCount() == len(view.pairings)
    assert not page.model.grid.current  # no "this week" in a past year
    assert not page.ui.thisWeekButton.isEnabled()


def test_a_database_without_pairings_says_what_to_do(qtbot, empty_ctx: AppContext) -> None:
    page = CadenceGridPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15000)
    assert page.model.rowCount() == 0
    assert "中心与党员" in page.ui.totalsLabel.text()
    assert page.ui.townCombo.count() == page.ui.memberCombo.count() == 1  # 全部 only
    qtbot.keyClick(page.ui.periodsView, Qt.Key.Key_Return)  # nothing to open, nothing breaks
    assert not page.findChildren(CellRecordsDialog)


def test_refresh_keeps_the_cell_and_the_view(qtbot, page: CadenceGridPage) -> None:
    view = page.ui.periodsView
    page.resize(900, 400)  # so that there is something to scroll
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    target = page.model.index(page.model.rowCount() - 1, FIRST_PERIOD + 2)
    view.setCurrentIndex(target)
    view.scrollTo(target)
    key = target.data(PAIRING_ROLE), target.column()
    before = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    assert before[1] > 0
    page.refresh()
    wait_filled(qtbot, page)
    assert (view.currentIndex().data(PAIRING_ROLE), view.currentIndex().column()) == key
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == before
    assert page.ui.factsView.verticalScrollBar().value() == before[1]  # the frozen columns stay level


def test_this_week_shows_the_week_with_its_month_quarter_and_year(qtbot, demo_ctx: AppContext) -> None:
    from hdrectify.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    page = window.show_page("cadence")
    assert isinstance(page, CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=15000)
    today = page.model.grid.as_of
    periods, summary = page.ui.periodsView, page.ui.summaryView
    periods.horizontalScrollBar().setValue(0)  # looking at January
    page.ui.thisWeekButton.setFocus()
    qtbot.keyClick(page.ui.thisWeekButton, Qt.Key.Key_Space)
    assert periods.hasFocus() or page.focusWidget() is periods
    row = periods.currentIndex().row()
    wanted = {
        Obligation.CONTACT: Period.week_of(today),
        Obligation.VISIT: Period.month_of(today),
        Obligation.REPORT: Period.quarter_of(today),
        Obligation.REVIEW: Period(Kind.YEAR, today.year),
    }
    for obligation, period in wanted.items():
        col = next(
            c
            for c in range(FIRST_PERIOD, page.model.columnCount())
            if page.model.index(row, c).data(OBLIGATION_ROLE) == obligation.value
            and page.model.index(row, c).data(PERIOD_ROLE) == str(period)
        )
        index = page.model.index(row, col)
        view = page.view_for(index)
        assert view is (periods if obligation is Obligation.CONTACT else summary)
        rect = view.visualRect(index)
        assert rect.isValid() and view.viewport().rect().contains(rect), (obligation, rect)
    assert periods.currentIndex().data(PERIOD_ROLE) == str(Period.week_of(today))
    # the arrow keys cross from the last week to January's visit, and back
    weeks = Period(Kind.YEAR, page.model.grid.year).subperiods(Kind.WEEK)
    last_week = page.model.index(row, FIRST_PERIOD + len(weeks) - 1)
    periods.setCurrentIndex(last_week)
    periods.setFocus()
    qtbot.keyClick(periods, Qt.Key.Key_Right)
    assert summary.currentIndex().data(PERIOD_ROLE) == f"{page.model.grid.year}-01"
    assert summary.hasFocus() or page.focusWidget() is summary
    qtbot.keyClick(summary, Qt.Key.Key_Left)
    assert periods.currentIndex() == last_week


def test_the_english_window_names_the_records_in_english(page: CadenceGridPage, demo_ctx: AppContext) -> None:
    """A cell's records in English: the kind, dates and 补录 read in English, only what the
    members wrote (note, problems, who entered it) stays as written."""
    from hdrectify.store.cell_records import cell_records
    from hdrectify.ui import i18n
    from hdrectify.ui.models.cell_records_model import REC_AUTHOR, REC_NOTE, REC_PROBLEMS

    i18n.install("en")
    shown = []
    for obligation in (Obligation.CONTACT, Obligation.VISIT, Obligation.REPORT):
        pid, ob, period = cell_key(find_cell(page, obligation, {Status.DONE, Status.LATE}))
        model = CellRecordsModel(cell_records(demo_ctx.store, pid, ob, period))
        assert model.rowCount() >= 1
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                if col not in (REC_NOTE, REC_PROBLEMS, REC_AUTHOR):
                    shown.append(str(model.index(row, col).data() or ""))
    assert shown and all(text.isascii() for text in shown), [t for t in shown if not t.isascii()]
    assert {"Quarterly report", "On-site"} <= {t.split(" (")[0] for t in shown}
