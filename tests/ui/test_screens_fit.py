"""The screens the office's loop added, looked at as a user sees them on a 1366×768 laptop: the
dashboard's many tables scroll the page rather than shrink to a sliver, and its legend wraps instead of
pushing the right column off the window (in English too); the 销号 and 延期 dialogs show a long measure
and their text boxes whole at 字号 200%, scrolling rather than squashing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QTableView, QWidget

from hdrectify.ui import i18n
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.dashboard import MIN_ROWS, DashboardPage
from hdrectify.ui.extend_measure_dialog import ExtendMeasureDialog
from hdrectify.ui.main_window import MainWindow
from tests.ui.test_text_size import at_200  # noqa: F401  (a fixture)
from tests.ui.ui_helpers import of_type

LAPTOP_WINDOW = (1280, 728)  # the window on a 1366×768 screen, less the panel


def _area(page: QWidget) -> QScrollArea:
    """The scroll area the main window holds ``page`` in (page → viewport → area)."""
    viewport = page.parentWidget()
    assert viewport is not None
    return of_type(viewport.parentWidget(), QScrollArea)


def _loaded(qtbot, window: MainWindow, size: tuple[int, int] = LAPTOP_WINDOW) -> DashboardPage:
    window.resize(*size)
    page = of_type(window.page("dashboard"), DashboardPage)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    qtbot.wait(50)
    return page


def _squashed(page: DashboardPage) -> dict[str, tuple[int, int]]:
    """Visible tables that show fewer rows than they have, down to MIN_ROWS: name → (shown, rows)."""
    out = {}
    for view in page.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        rows = model.rowCount()
        shown = view.viewport().height() // view.verticalHeader().defaultSectionSize()
        if shown < min(rows, MIN_ROWS):
            out[view.objectName()] = (shown, rows)
    return out


def test_the_dashboards_tables_scroll_the_page_rather_than_squash(qtbot, window: MainWindow) -> None:
    page = _loaded(qtbot, window)
    assert _squashed(page) == {}
    area = _area(page)
    assert area.verticalScrollBar().maximum() > 0  # the rest is reached by scrolling
    # an empty table (nothing due within 3 days) takes one row's room, not a third of the column
    soon = page.ui.soonTable
    if soon.model().rowCount() == 0:
        assert soon.height() <= soon.horizontalHeader().height() + 3 * soon.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_dashboard_is_no_wider_than_the_window(qtbot, window: MainWindow, language: str) -> None:
    i18n.install(language)
    page = _loaded(qtbot, window)
    area = _area(page)
    qtbot.waitUntil(lambda: page.ui.deadlineLabel.text() != "")
    assert page.minimumSizeHint().width() <= area.viewport().width(), page.minimumSizeHint()
    assert area.horizontalScrollBar().maximum() == 0
    # and what fits on one line stays on one: the title's line, a card's first line
    for label in (page.ui.headerLabel, page.ui.weekCard):
        assert label.height() <= label.heightForWidth(10_000) + 2, label.objectName()


def test_the_dashboard_is_no_wider_than_the_window_at_200_percent(qtbot, window: MainWindow, at_200) -> None:  # noqa: F811
    page = _loaded(qtbot, window)
    area = _area(page)
    assert page.minimumSizeHint().width() <= area.viewport().width(), page.minimumSizeHint()
    assert _squashed(page) == {}
    # the size was chosen after the page was built (设置 → 字号): rows and tables keep to the new size
    for view in page.findChildren(QTableView):
        rows = min(max(1, view.model().rowCount()), MIN_ROWS)
        assert view.verticalHeader().defaultSectionSize() > view.fontMetrics().height(), view.objectName()
        assert view.minimumHeight() >= view.horizontalHeader().sizeHint().height() + rows * view.fontMetrics().height()


def _whole(dialog) -> list[str]:
    """Widgets of ``dialog`` shown smaller than they need: a wrapped label cut off, a text box of under 3 lines."""
    cut = []
    label = dialog.ui.measureLabel
    if label.height() < label.heightForWidth(label.width()):
        cut.append(f"measureLabel {label.height()} < {label.heightForWidth(label.width())}")
    for edit in dialog.findChildren(QPlainTextEdit):
        if edit.viewport().height() < 3 * edit.fontMetrics().lineSpacing():
            cut.append(f"{edit.objectName()} {edit.viewport().height()}")
    return cut


@pytest.mark.parametrize("kind", [CloseMeasureDialog, ExtendMeasureDialog])
def test_a_long_measure_at_200_percent_scrolls_rather_than_squashes(qtbot, window: MainWindow, at_200, kind) -> None:  # noqa: F811
    ctx = window.ctx
    measure = ctx.store.rows(
        "SELECT id FROM ledger_measures WHERE closed_at IS NULL AND deadline IS NOT NULL ORDER BY rowid LIMIT 1"
    )[0]["id"]
    with ctx.write() as store:
        store.execute("UPDATE ledger_measures SET text = ? WHERE id = ?", ("落实整改责任，" * 60, measure))
    dialog = kind(ctx, measure, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert _whole(dialog) == []
    assert dialog.screen().availableGeometry().contains(dialog.geometry())  # no taller than the screen
    assert dialog.ui.buttonBox.parentWidget() is dialog  # the buttons stay below the scrolled form, in view


def test_the_measure_panel_shows_its_status_and_deadline_whole(qtbot, window: MainWindow) -> None:
    """A closed measure's 状态 (已完成, greyed) and 整改时限 on a laptop's window: not cut to 已完 or to
    the year only, however long its 销号 note beside them."""
    from hdrectify.ui.ledger import LedgerPage
    from tests.ui.ui_helpers import SEED_MEASURE, click_row

    window.resize(*LAPTOP_WINDOW)
    page = of_type(window.show_page("ledger"), LedgerPage)
    qtbot.waitUntil(page.isVisible)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    qtbot.wait(50)
    cut = {
        w.objectName(): (w.width(), w.sizeHint().width())
        for w in (page.ui.statusCombo, page.ui.deadlineEdit)
        if w.width() < w.sizeHint().width()
    }
    assert cut == {}


def test_a_short_table_keeps_its_title_above_it(qtbot, window: MainWindow) -> None:
    """Tables no taller than their rows leave room over: it goes below the tables, not as a gap
    between a table's title and the table (a tall screen, or the office's short lists)."""
    page = _loaded(qtbot, window, (1280, 1600))
    for label, table in (
        (page.ui.deadlineLabel, page.ui.deadlineTable),
        (page.ui.memberLabel, page.ui.memberTable),
        (page.ui.soonLabel, page.ui.soonTable),
        (page.ui.missedLabel, page.ui.missedTable),
    ):
        # a title stretched taller than its text shows the text in the middle, far above its table
        assert label.height() <= label.heightForWidth(label.width()) + 2, (label.objectName(), label.height())
        assert table.geometry().top() - label.geometry().bottom() <= page.ui.leftColumn.spacing() + 2
