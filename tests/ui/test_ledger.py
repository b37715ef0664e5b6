"""整改台账 screen: the tree, its filters and colours, what is chosen, and its layout in the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from hdrectify.domain.ledger import DeadlineWarning
from hdrectify.store.dashboard import build as build_dashboard
from hdrectify.store.ledger import seed_id
from hdrectify.ui.context import AppContext
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.models.ledger_model import (
    COL_DEADLINE,
    COL_STATUS,
    COL_TITLE,
    ID_ROLE,
    WARNING_ROLE,
    Filter,
    LedgerModel,
)
from hdrectify.ui.models.rows_model import PAYLOAD_ROLE
from tests.ui.ui_helpers import (
    DEMO_TODAY,
    SEED_MEASURE,
    a_file,
    attach,
    click_row,
    measure,
    measure_count,
    open_page,
    problem_count,
    snapshot,
    top_titles,
    visit_measures,
)

# -- the tree ---------------------------------------------------------------------------------


@pytest.mark.parametrize("which", list(Filter))
def test_the_tree_model_is_a_valid_model(qtmodeltester, demo_ctx: AppContext, which: Filter) -> None:
    model = LedgerModel(demo_ctx.store)
    model.set_filter(which)
    qtmodeltester.check(model)


def test_the_seeded_ledger_has_three_areas_and_seventeen_closed_problems(qtbot, empty_ctx: AppContext) -> None:
    page = open_page(qtbot, empty_ctx)
    model = page.model
    assert len(top_titles(model)) == 3
    assert top_titles(model)[0].startswith("一、关于党组领导核心作用")
    assert problem_count(model) == 17
    assert measure_count(model) == 66
    assert all(model.index(r, COL_STATUS).data().startswith("已完成") for r in range(3))
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Down)  # 未完成
    assert page.ui.filterCombo.currentText() == "未完成"
    assert model.rowCount() == 0
    assert page.ui.emptyLabel.isVisible()


def test_visit_problems_are_a_fourth_area_and_filters_pick_sources(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    model = page.model
    assert len(top_titles(model)) == 4
    assert top_titles(model)[3] == "四、关于挂钩联系走访中发现的问题"
    assert model.rowCount(model.index(3, 0)) == 3
    assert problem_count(model) == 20
    page.ui.filterCombo.setFocus()
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Down)
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Down)  # 巡察反馈
    assert (len(top_titles(model)), problem_count(model)) == (3, 17)
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Down)  # 走访发现
    assert (len(top_titles(model)), problem_count(model)) == (1, 3)
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Up)
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Up)  # 未完成: the two open visit problems
    assert problem_count(model) == 2
    qtbot.keyClick(page.ui.filterCombo, Qt.Key.Key_Up)  # 全部
    type_text(page.ui.searchEdit, "灭火器")
    assert problem_count(model) == 1


def test_deadlines_are_coloured_by_the_warning_settings(demo_ctx: AppContext) -> None:
    model = LedgerModel(demo_ctx.store, today=DEMO_TODAY)

    def colours() -> dict[str, str | None]:
        found = {}
        visits = model.index(3, 0)
        for r in range(model.rowCount(visits)):
            problem = model.index(r, 0, visits)
            for m in range(model.rowCount(problem)):
                cell = model.index(m, COL_DEADLINE, problem)
                brush = cell.data(Qt.ItemDataRole.BackgroundRole)
                found[cell.data()] = brush.color().name() if brush else None
        return found

    # 7月10日 is overdue, 12月3日 8 days away (≤ 10), 12月20日 25 days away (> 20); the closed one has none.
    assert colours() == {
        "2026年4月15日": None,
        "2026年7月10日": "#f4c7c3",
        "2026年12月3日": "#fff3c4",
        "2026年12月20日": "#d5eef0",
    }
    with demo_ctx.write() as store:
        store.set_setting("warn_yellow_days", 30)
    model.reload()
    assert colours()["2026年12月20日"] == "#fff3c4"


@pytest.mark.parametrize(
    ("days", "level"),
    [
        (-1, DeadlineWarning.RED),
        (0, DeadlineWarning.YELLOW),
        (7, DeadlineWarning.YELLOW),
        (8, DeadlineWarning.NONE),  # between the yellow (7) and green (20) thresholds
        (21, DeadlineWarning.GREEN),
        (None, DeadlineWarning.NONE),
    ],
)
def test_dashboard_and_ledger_agree_on_the_warning(
    demo_ctx: AppContext, days: int | None, level: DeadlineWarning
) -> None:
    """One rule (domain.ledger.deadline_warning) for the dashboard's list and the ledger's column."""
    target = visit_measures(demo_ctx)[0]["id"]
    with demo_ctx.write() as store:
        store.set_setting("warn_yellow_days", 7)
        store.set_setting("warn_green_days", 20)
        # the deadline as the ledger holds it (set once, or moved by 延期): the warning reads the current one
        day = None if days is None else DEMO_TODAY + dt.timedelta(days=days)
        store.update("ledger_measures", target, {"deadline": day.isoformat() if day else None})
    board = build_dashboard(demo_ctx.store, None, DEMO_TODAY, None)
    on_board = {m.measure_id: m.level for m in board.measures}.get(target, DeadlineWarning.NONE)

    model = LedgerModel(demo_ctx.store, today=DEMO_TODAY)
    found = model.match(model.index(0, 0), ID_ROLE, target, 1, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert len(found) == 1
    in_ledger = DeadlineWarning(found[0].siblingAtColumn(COL_DEADLINE).data(WARNING_ROLE))
    assert (on_board, in_ledger) == (level, level)


def test_select_measure_clears_a_filter_that_hides_it(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    ui = page.ui
    ui.filterCombo.setFocus()
    for _ in range(3):
        qtbot.keyClick(ui.filterCombo, Qt.Key.Key_Down)  # 走访发现: the notice's measures are hidden
    type_text(ui.searchEdit, "灭火器")
    assert not page.model.find("measure", SEED_MEASURE).isValid()
    page.select_measure(SEED_MEASURE)
    assert (ui.filterCombo.currentText(), ui.searchEdit.text()) == ("全部", "")
    assert page.current == ("measure", SEED_MEASURE)
    assert ui.tree.currentIndex().data(ID_ROLE) == SEED_MEASURE
    assert ui.detailStack.currentWidget() is ui.measurePage
    assert ui.textEdit.toPlainText() == measure(demo_ctx, SEED_MEASURE)["text"]
    # A measure the filter shows is chosen without touching the filter.
    qtbot.keyClick(ui.filterCombo, Qt.Key.Key_Down)  # 未完成
    m = visit_measures(demo_ctx)[0]
    page.select_measure(m["id"])
    assert ui.filterCombo.currentText() == "未完成"
    assert page.current == ("measure", m["id"]) and ui.tree.currentIndex().data(ID_ROLE) == m["id"]
    assert ui.personEdit.text() == m["person"]


def test_select_measure_keeps_edits_that_cannot_be_saved(qtbot, type_text, empty_ctx: AppContext) -> None:
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    before = snapshot(empty_ctx)
    ui = page.ui
    type_text(ui.leaderEdit, "党组书记")
    qtbot.mouseClick(ui.noDeadlineCheck, Qt.MouseButton.LeftButton)
    ui.deadlineEdit.setDate(QDate(2023, 1, 1))  # before the inspection's feedback: refused
    page.select_measure(seed_id("measure", 2, 2))
    assert page.current == ("measure", SEED_MEASURE)
    assert ui.deadlineEditError.isVisible() and ui.leaderEdit.text() == "党组书记"
    assert snapshot(empty_ctx) == before
    # Once the edits can be saved, they are, and the measure asked for is shown.
    qtbot.mouseClick(ui.noDeadlineCheck, Qt.MouseButton.LeftButton)
    page.select_measure(seed_id("measure", 2, 2))
    assert page.current == ("measure", seed_id("measure", 2, 2))
    assert measure(empty_ctx, SEED_MEASURE)["leader"] == "党组书记"


def test_a_measure_double_clicked_on_the_dashboard_opens_in_the_ledger(qtbot, window) -> None:
    ledger = window.show_page("ledger")
    ledger.ui.filterCombo.setCurrentIndex(Filter.INSPECTION)  # hides the visit measures the dashboard lists
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(dashboard.is_loaded, timeout=10_000)
    table = dashboard.ui.deadlineTable
    index = table.model().index(0, 0)
    measure_id = index.data(PAYLOAD_ROLE)
    assert not ledger.model.find("measure", measure_id).isValid()
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.current_key() == "ledger"
    assert ledger.ui.filterCombo.currentText() == "全部"
    assert ledger.current == ("measure", measure_id)
    assert ledger.ui.tree.currentIndex().data(ID_ROLE) == measure_id


def test_the_page_in_the_window_and_a_screenshot(qtbot, window, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = window.show_page("ledger")
    assert isinstance(page, LedgerPage)
    window.resize(1280, 800)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    attach(qtbot, page, [a_file(tmp_path, "整改会议纪要.pdf", b"%PDF minutes" * 200)])
    qtbot.waitUntil(lambda: page.ui.evidenceList.topLevelItemCount() == 1)
    # The layout settles in posted events: the measure's page then fits the pane's width.
    qtbot.waitUntil(lambda: page.ui.measureContent.width() <= page.ui.measureScroll.viewport().width())
    QApplication.processEvents()
    window.grab().save("/tmp/ledger.png")
    assert page.current == ("measure", m["id"])


# -- the office's own rows: add (Insert), edit (F2), remove (Delete) --------------------------------


@pytest.mark.parametrize("width", [1366, 1600])
def test_the_area_titles_are_whole_where_there_is_room(qtbot, window, width: int) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    window.resize(width, 768)
    page = window.show_page("ledger")
    qtbot.waitUntil(page.isVisible)
    tree, model = page.ui.tree, page.model
    font = QFont(tree.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    whole = []
    for row in range(model.rowCount()):
        index = model.index(row, COL_TITLE)
        text = index.data()
        whole.append(tree.visualRect(index).width() >= metrics.horizontalAdvance(text) + 4)
        assert text.endswith(index.data(Qt.ItemDataRole.ToolTipRole))  # the full title on hover
    if width > 1366:
        assert all(whole)
    else:  # the measure's fields need their room: the first area's 36 characters may not fit
        assert all(whole[1:])
    first = page.model.index(0, COL_TITLE)
    tree.setCurrentIndex(page.model.index(0, COL_TITLE, page.model.index(0, COL_TITLE, first)))
    qtbot.waitUntil(
        lambda: page.ui.measureScroll.viewport().width() >= page.ui.measureContent.minimumSizeHint().width()
    )
