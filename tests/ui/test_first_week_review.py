"""A new office and a new member in their first week with the window: what they met that was wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Period
from hdrectify.store.dashboard import Item
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import PEOPLE, AppContext
from hdrectify.ui.dashboard import DashboardPage
from hdrectify.ui.form_support import from_qdate
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import FIRST_PERIOD, PERIOD_ROLE
from hdrectify.ui.models.rows_model import PAYLOAD_ROLE
from hdrectify.ui.report_dialog import ReportDialog
from hdrectify.ui.review_dialog import ReviewDialog
from tests.ui.test_welcome import office_bundle  # noqa: F401  (a fixture: the office's bundle for 黄伟明)


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


def _dashboard(qtbot, ctx: AppContext) -> tuple[MainWindow, DashboardPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(page.is_loaded, timeout=15_000)
    return window, page


def _row(page: DashboardPage, view: QTableView, obligation: Obligation) -> tuple[QModelIndex, Item]:
    model = view.model()
    for r in range(model.rowCount()):
        item = model.index(r, 0).data(PAYLOAD_ROLE)
        if isinstance(item, Item) and item.obligation is obligation:
            return model.index(r, 0), item
    raise AssertionError(f"no {obligation} row")


def _opened(window: MainWindow, cls: type[QWidget]) -> list[QWidget]:
    found: list[QWidget] = window.findChildren(cls)
    return [d for d in found if shiboken6.isValid(d) and d.isVisible()]


def test_a_missed_week_on_the_dashboard_opens_the_log_in_that_week_by_enter_or_double_click(
    qtbot, empty_ctx: AppContext
) -> None:
    """A member who started four weeks ago and logged nothing: the dashboard lists the weeks missed."""
    today = dt.date.today()
    with empty_ctx.write() as store:
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "黄伟明")
        add_pairing(store, member, centre, today - dt.timedelta(days=28))
    empty_ctx.notify(PEOPLE)
    window, page = _dashboard(qtbot, empty_ctx)
    view = page.ui.missedTable
    index, item = _row(page, view, Obligation.CONTACT)
    assert not item.period.contains(today)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the keyboard's way to 双击登记
    (dialog,) = _opened(window, LogDialog)
    assert isinstance(dialog, LogDialog)
    assert item.period.contains(from_qdate(dialog.ui.dateEdit.date()))  # that week, not today's
    assert dialog.ui.pairingCombo.currentData()[2] == item.pairing.pairing.id
    dialog.reject()
    qtbot.waitUntil(lambda: not _opened(window, LogDialog))
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(_opened(window, LogDialog)) == 1  # one dialog for one double-click


def test_a_quarters_report_on_the_dashboard_opens_with_that_quarter(qtbot, empty_ctx: AppContext) -> None:
    today = dt.date.today()
    with empty_ctx.write() as store:
        centre = add_centre(store, "安墩镇康园中心", "安墩镇")
        member = add_member(store, "黄伟明")
        add_pairing(store, member, centre, dt.date(today.year - 1, 1, 1))
    window, page = _dashboard(qtbot, empty_ctx)
    view = page.ui.dueTable
    index, item = _row(page, view, Obligation.REPORT)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (dialog,) = _opened(window, ReportDialog)
    assert isinstance(dialog, ReportDialog)
    assert dialog.ui.quarterCombo.currentData() == str(item.period)  # the row's quarter, not the last finished
    dialog.reject()
    index, item = _row(page, view, Obligation.REVIEW)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (review,) = _opened(window, ReviewDialog)
    assert isinstance(review, ReviewDialog)
    assert review.ui.yearSpin.value() == item.period.year


def test_a_returned_report_double_clicked_opens_one_dialog(qtbot, tmp_path) -> None:
    from hdrectify.app import open_context
    from hdrectify.store.feedback import give_feedback
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import add_report
    from hdrectify.ui.feedback_dialog import FeedbackDialog
    from tests.exchange.exchange_helpers import CENTRE_A, CHEN, laptop
    from tests.ui.test_feedback_window import Q1, _office

    office = _office(tmp_path)
    chen = laptop(tmp_path, office, "陈志强的电脑", member=CHEN)
    report = chen.do(
        lambda s: add_report(s, find_member(s, CHEN), find_centre(s, CENTRE_A), Q1, dt.date(2026, 4, 8), "到岗 3 次")
    )
    office.take(chen.export())
    office.do(lambda s: give_feedback(s, "reports", report["id"], accept=False, comment="请写明发现的问题"))
    chen.take(office.export())
    ctx = open_context(chen.path)
    try:
        window, page = _dashboard(qtbot, ctx)
        view = page.returned_table
        qtbot.waitUntil(view.isVisible)
        rect = view.visualRect(view.model().index(0, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert len(_opened(window, FeedbackDialog)) == 1  # not the same report twice, one over the other
    finally:
        ctx.close()


def test_the_measures_status_follows_a_switch_of_language(qtbot, window: MainWindow) -> None:
    from hdrectify.ui import i18n
    from tests.ui.ui_helpers import click_row, open_page, visit_measures

    page = open_page(qtbot, window.ctx)
    click_row(qtbot, page, "measure", visit_measures(window.ctx)[0]["id"])
    combo = page.ui.statusCombo
    assert combo.currentText() == "整改中"
    i18n.install("en")  # 设置 → 语言: applied at once
    qtbot.waitUntil(lambda: page.ui.saveButton.text() == "Save")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Not started", "In progress", "Done"]
    assert combo.currentText() == "In progress"
    assert not page.measure.dirty  # renamed, not changed: nothing to save


WHEN = r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d"  # as every date and time the window shows


def test_exporting_again_with_nothing_new_says_what_to_do_in_the_window(qtbot, window: MainWindow, tmp_path) -> None:
    from hdrectify.ui.bundle_dialogs import ExportBundleDialog
    from tests.ui.test_exchange_window import gone

    def export(name: str, whole: bool = False) -> ExportBundleDialog:
        window.ui.actionExportBundle.trigger()
        qtbot.waitUntil(lambda: len(_opened(window, ExportBundleDialog)) == 1)
        (dialog,) = _opened(window, ExportBundleDialog)
        assert isinstance(dialog, ExportBundleDialog)
        dialog.ui.pathEdit.setText(str(tmp_path / f"{name}.hdbundle"))
        dialog.ui.wholeCheck.setChecked(whole)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog

    first = export("上午")
    qtbot.waitUntil(lambda: gone(first), timeout=30_000)
    again = export("下午")  # the same day, to be safe: nothing new since
    qtbot.waitUntil(lambda: again.ui.formError.text() != "", timeout=20_000)
    said = again.ui.formError.text()
    assert "没有新增或改动的记录" in said and "--all" not in said  # no command-line option in the window
    assert "导出全部数据" in said  # the box to tick, by the name it has here
    assert again.isVisible() and again.ok.isEnabled()
    qtbot.mouseClick(again.ui.wholeCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(again), timeout=30_000)
    assert "已导出交换包" in window.statusBar().currentMessage()


def test_the_bundle_dialogs_say_when_as_the_window_does(qtbot, window: MainWindow, tmp_path) -> None:
    import re

    from hdrectify.ui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
    from tests.exchange.exchange_helpers import trusting_import
    from tests.ui.test_exchange_window import laptop_bundle
    from tests.ui.ui_helpers import answer_trust

    def opened(action, cls: type[QWidget]) -> Any:
        action.trigger()
        qtbot.waitUntil(lambda: len(_opened(window, cls)) == 1)
        return _opened(window, cls)[0]

    bundle = laptop_bundle(window.ctx.store, tmp_path)  # the office exported once, to make it
    export = opened(window.ui.actionExportBundle, ExportBundleDialog)
    assert re.search(f"上次导出：{WHEN}；", export.ui.infoLabel.text()), export.ui.infoLabel.text()
    export.reject()
    preview = opened(window.ui.actionImportBundle, ImportBundleDialog)
    preview.check(str(bundle))
    answer_trust(qtbot, preview, trust=True)
    qtbot.waitUntil(preview.ok.isEnabled, timeout=20_000)
    assert re.search(f"导出于 {WHEN}", preview.ui.bundleLabel.text()), preview.ui.bundleLabel.text()
    preview.reject()
    trusting_import(window.ctx.store, bundle)
    again = opened(window.ui.actionImportBundle, ImportBundleDialog)
    again.check(str(bundle))
    notes = again.ui.notesList
    qtbot.waitUntil(lambda: notes.count() > 0, timeout=20_000)
    said = "\n".join(notes.item(n).text() for n in range(notes.count()))
    assert re.search(f"已于 {WHEN} 导入过", said), said


def _cancel_progress(qtbot, parent: QWidget) -> None:
    """取消 on the progress shown over ``parent`` (its button, as soon as the work has started)."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)))
    (progress,) = parent.findChildren(QProgressDialog)
    button = progress.findChild(QPushButton)
    assert button is not None
    button.click()


def test_a_cancelled_demo_leaves_the_welcome_dialog_usable(qtbot, tmp_path) -> None:
    from hdrectify.ui.welcome_dialog import WelcomeDialog

    path = tmp_path / "new" / "hdrectify.db"
    dialog = WelcomeDialog(path, demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    _cancel_progress(qtbot, dialog)
    qtbot.waitUntil(dialog.isEnabled, timeout=30_000)  # not greyed out for good
    assert dialog.isVisible() and dialog.choice is None
    with qtbot.waitSignal(dialog.chosen) as chosen:  # the office starts for real instead
        qtbot.mouseClick(dialog.ui.seedButton, Qt.MouseButton.LeftButton)
    assert chosen.args[0].path == path


@pytest.fixture
def prepared(office_bundle: Path) -> Path:  # noqa: F811  (test_welcome's fixture, taken in here)
    return office_bundle


def test_a_cancelled_laptop_start_leaves_no_database_and_can_start_again(qtbot, tmp_path, prepared: Path) -> None:
    from hdrectify.ui.welcome_dialog import WelcomeDialog

    bundle = prepared
    path = tmp_path / "laptop" / "hdrectify.db"
    dialog = WelcomeDialog(path, demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.choose_bundle(bundle)
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("张三"))  # the wrong name
    qtbot.mouseClick(dialog.ui.memberStartButton, Qt.MouseButton.LeftButton)
    _cancel_progress(qtbot, dialog)  # noticed at once
    qtbot.waitUntil(dialog.isEnabled, timeout=30_000)
    assert dialog.choice is None
    leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name)] if path.parent.exists() else []
    assert leftovers == []  # not a laptop of 张三's that the next start would open
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("黄伟明"))
    with qtbot.waitSignal(dialog.chosen, timeout=30_000):
        qtbot.mouseClick(dialog.ui.memberStartButton, Qt.MouseButton.LeftButton)
    from hdrectify.store.base import Store

    with Store.open(path) as store:
        me = store.get("members", store.setting("me_member_id"))
        assert me is not None and me["name"] == "黄伟明"


def test_the_grids_pinned_headings_are_words_in_english_too(qtbot, demo_ctx: AppContext) -> None:
    """考评 over the year's one narrow column: 'Annual review' cut to its last two letters read 'ew'."""
    from PySide6.QtGui import QFontMetrics

    from hdrectify.ui import i18n
    from hdrectify.ui.cadence_paint import GROUP_GAP, group_heading
    from hdrectify.ui.models.cadence_model import GROUP_ROLE

    i18n.install("en")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    page = _grid(qtbot, window)
    view, header = page.ui.summaryView, page.ui.summaryView.horizontalHeader()
    metrics = QFontMetrics(header.bold)  # type: ignore[attr-defined]
    groups: dict[str, int] = {}
    for col in range(FIRST_PERIOD, page.model.columnCount()):
        if not view.isColumnHidden(col):
            name = str(page.model.headerData(col, Qt.Orientation.Horizontal, GROUP_ROLE))
            groups[name] = groups.get(name, 0) + view.columnWidth(col)
    assert "Annual review" in groups
    for name, width in groups.items():
        shown = group_heading(name, width - GROUP_GAP - 4, metrics)  # the room the heading is painted in
        assert shown in (name, name.split()[-1]), (name, shown)  # the name, or its last word; never a piece
    i18n.install("zh_CN")
    assert group_heading("年度考评", 32, metrics) == "考评"  # Chinese keeps its two-character form
