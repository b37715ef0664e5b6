"""走访记录: the lazy table, its filters, and correcting and deleting records as a user does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QMenu

from hdrectify.store.record_list import PAGE_SIZE
from hdrectify.ui import context
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models import records_model
from hdrectify.ui.models.records_model import (
    COL_DATE,
    COL_DELETED,
    COL_MEMBER,
    COL_NOTE,
    ID_ROLE,
    ROW_ROLE,
    RecordsModel,
)
from hdrectify.ui.record_delete_dialog import RecordDeleteDialog
from hdrectify.ui.record_edit_dialog import RecordEditDialog
from hdrectify.ui.records import RecordsPage
from tests.ui.ui_helpers import snapshot

LIVE = "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"


def settled(qtbot, page: RecordsPage) -> RecordsPage:
    """Wait for the search pause and the count that runs off the UI thread."""
    qtbot.waitUntil(lambda: not page.search_timer.isActive() and page.model.total is not None)
    qtbot.waitUntil(lambda: not page.model.busy())
    return page


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[RecordsPage]:
    widget = RecordsPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield settled(qtbot, widget)
    qtbot.waitUntil(lambda: not widget.model.busy())


@pytest.fixture
def window_page(qtbot, window: MainWindow) -> RecordsPage:
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    return settled(qtbot, page)


def choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def loaded(page: RecordsPage) -> list[Any]:
    return [page.model.data(page.model.index(r, 0), ROW_ROLE) for r in range(page.model.rowCount())]


def load_all(page: RecordsPage) -> list[Any]:
    while page.model.canFetchMore():
        page.model.fetchMore()
    return loaded(page)


def select(qtbot, page: RecordsPage, row: int) -> Any:
    view = page.ui.recordsView
    rect = view.visualRect(page.model.index(row, COL_NOTE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page.selected_record()


# -- the table ----------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester, qtbot, demo_ctx: AppContext) -> None:
    model = RecordsModel(demo_ctx.store)
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.busy())


def test_every_live_record_is_listed_newest_first(qtbot, page: RecordsPage, demo_ctx: AppContext) -> None:
    total = demo_ctx.store.scalar(LIVE)
    assert page.model.total == total
    assert page.ui.countLabel.text() == f"共 {total:,} 条记录"
    rows = load_all(page)
    assert len(rows) == total
    assert {r.id for r in rows} == {r[0] for r in demo_ctx.store.db.execute("SELECT id FROM contacts")}
    dates = [r.date for r in rows]
    assert dates == sorted(dates, reverse=True)
    first = page.model.index(0, COL_DATE).data()
    assert first.endswith("日") and "年" in first  # 2026年11月23日


def test_an_empty_database_says_so(qtbot, empty_ctx: AppContext) -> None:
    page = RecordsPage(empty_ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0 and page.model.total == 0
    assert page.ui.countLabel.text() == "还没有走访记录"
    assert not page.ui.correctButton.isEnabled() and not page.ui.deleteButton.isEnabled()
    qtbot.keyClick(page.ui.recordsView, Qt.Key.Key_Return)  # nothing selected: nothing opens
    assert page.findChild(RecordEditDialog) is None


def test_rows_are_fetched_a_page_at_a_time(qtbot, page: RecordsPage, demo_ctx: AppContext) -> None:
    total = demo_ctx.store.scalar(LIVE)
    assert page.model.rowCount() == PAGE_SIZE < total
    page.ui.recordsView.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE_SIZE)
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 3 * PAGE_SIZE


def test_search_narrows_with_a_pause(qtbot, type_text, page: RecordsPage, demo_ctx: AppContext) -> None:
    type_text(page.ui.searchEdit, "康复")
    assert page.search_timer.isActive()  # waits for the typing to stop
    settled(qtbot, page)
    expected = demo_ctx.store.scalar(LIVE + " AND (note LIKE '%康复%' OR problems LIKE '%康复%')")
    assert page.model.total is not None and 0 < page.model.total == expected
    assert all("康复" in r.note + r.problems for r in load_all(page))


def test_search_finds_a_member_and_several_words(qtbot, type_text, page: RecordsPage) -> None:
    type_text(page.ui.searchEdit, "陈志强")
    settled(qtbot, page)
    rows = load_all(page)
    assert rows and {r.member for r in rows} == {"陈志强"}
    type_text(page.ui.searchEdit, " 安墩")
    settled(qtbot, page)
    assert {r.centre for r in load_all(page)} == {"安墩镇康园中心"}
    type_text(page.ui.searchEdit, " 没有这个词")
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.ui.countLabel.text() == "没有符合条件的记录"


def test_member_centre_and_method_filters(qtbot, page: RecordsPage, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    choose(page.ui.memberCombo, "邓建华")  # two centres, one pairing ended in May
    settled(qtbot, page)
    rows = load_all(page)
    expected = store.scalar(
        LIVE + " AND pairing_id IN (SELECT p.id FROM pairings p JOIN members m ON m.id = p.member_id"
        " WHERE m.name = '邓建华')"
    )
    assert len(rows) == page.model.total == expected
    assert {r.member for r in rows} == {"邓建华"} and {r.centre for r in rows} == {"吉隆镇康园中心", "多祝镇康园中心"}

    choose(page.ui.centreCombo, "吉隆镇康园中心")
    settled(qtbot, page)
    assert {r.centre for r in load_all(page)} == {"吉隆镇康园中心"}
    assert max(r.date for r in loaded(page)) <= "2026-05-31"

    choose(page.ui.methodCombo, "到岗")
    settled(qtbot, page)
    rows = load_all(page)
    assert rows and {r.method for r in rows} == {"onsite"}

    qtbot.mouseClick(page.ui.resetButton, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert page.model.total == store.scalar(LIVE)
    assert page.ui.memberCombo.currentIndex() == 0 and page.ui.methodCombo.currentIndex() == 0


def test_date_range(qtbot, page: RecordsPage, demo_ctx: AppContext) -> None:
    assert not page.ui.dateFrom.isEnabled()
    qtbot.mouseClick(page.ui.fromCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.toCheck, Qt.MouseButton.LeftButton)
    assert page.ui.dateFrom.isEnabled()
    page.ui.dateFrom.setDate(QDate(2026, 3, 1))
    page.ui.dateTo.setDate(QDate(2026, 3, 31))
    settled(qtbot, page)
    rows = load_all(page)
    expected = demo_ctx.store.scalar(LIVE + " AND date BETWEEN '2026-03-01' AND '2026-03-31'")
    assert len(rows) == page.model.total == expected > 0
    assert all("2026-03-01" <= r.date <= "2026-03-31" for r in rows)


def test_search_through_the_text_index(qtbot, type_text, monkeypatch, demo_ctx: AppContext) -> None:
    monkeypatch.setattr(records_model, "TEXT_INDEX_MIN_ROWS", 0)  # the demo is small: build it anyway
    page = RecordsPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.text_index_ready)
    type_text(page.ui.searchEdit, "灭火器")
    settled(qtbot, page)
    rows = load_all(page)
    assert len(rows) == page.model.total == 1 and "灭火器" in rows[0].problems


def test_the_text_index_is_built_once_and_follows_changes(qtbot, type_text, monkeypatch, demo_ctx: AppContext) -> None:
    monkeypatch.setattr(records_model, "TEXT_INDEX_MIN_ROWS", 0)
    page = RecordsPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.text_index_ready)
    built = page.model.text_index
    first = page.model.row_at(0)
    with demo_ctx.write() as store:  # a correction, as the window or another program makes it
        store.update("contacts", first.id, {"note": "复查门口遮阳棚"})
    demo_ctx.notify(context.CONTACTS)
    type_text(page.ui.searchEdit, "遮阳棚")
    settled(qtbot, page)
    assert [r.id for r in loaded(page)] == [first.id]
    assert page.model.text_index is built  # caught up, not read again


def test_a_slow_search_waits_for_the_text_index(qtbot, type_text, monkeypatch, demo_ctx: AppContext) -> None:
    monkeypatch.setattr(records_model, "TEXT_INDEX_MIN_ROWS", 0)
    monkeypatch.setattr(records_model, "SEARCH_BUDGET_S", 0.0)  # every search is "too slow" without the index
    page = RecordsPage(demo_ctx)
    qtbot.addWidget(page)
    assert not page.model.text_index_ready  # its result has not been delivered yet
    type_text(page.ui.searchEdit, "灭火器")
    page.apply_filters()
    assert page.model.waiting_for_index and page.model.rowCount() == 0
    assert "正在准备全文搜索" in page.ui.countLabel.text()
    settled(qtbot, page)
    assert not page.model.waiting_for_index
    assert [r.problems for r in loaded(page)] == ["灭火器过期未更换"]
    assert page.ui.countLabel.text() == "共 1 条记录"


def test_a_change_elsewhere_shows_up(qtbot, window_page: RecordsPage, demo_ctx: AppContext) -> None:
    with demo_ctx.write() as store:
        store.update("contacts", window_page.model.row_at(0).id, {"note": "刚刚改过的情况"})
    demo_ctx.notify(context.CONTACTS)
    assert window_page.model.index(0, COL_NOTE).data() == "刚刚改过的情况"


# -- correcting ---------------------------------------------------------------------


def open_editor(qtbot, page: RecordsPage, row: int = 0) -> RecordEditDialog:
    select(qtbot, page, row)
    qtbot.keyClick(page.ui.recordsView, Qt.Key.Key_Return)
    dialog = page.findChild(RecordEditDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_correct_a_record_with_a_reason(qtbot, type_text, window_page: RecordsPage, demo_ctx: AppContext) -> None:
    page = window_page
    record = select(qtbot, page, 2)
    dialog = open_editor(qtbot, page, 2)
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.ui.noteEdit, "电话了解活动安排，已更正")
    type_text(dialog.ui.reasonEdit, "情况记录写错了")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    row = demo_ctx.store.get("contacts", record.id)
    assert row is not None and row["note"] == "电话了解活动安排，已更正"
    (audit,) = demo_ctx.store.rows(
        "SELECT * FROM audit_log WHERE row_id = ? AND action = 'update' AND reason <> ''", [record.id]
    )
    assert audit["reason"] == "情况记录写错了"
    assert json.loads(audit["before"])["note"] == record.note
    assert json.loads(audit["after"])["note"] == "电话了解活动安排，已更正"
    # the table shows it, and the record is still the one selected
    selected = page.selected_record()
    assert selected is not None and selected.id == record.id
    assert page.model.index(page.model.row_of(record.id), COL_NOTE).data() == "电话了解活动安排，已更正"


def test_an_empty_reason_saves_nothing(qtbot, type_text, window_page: RecordsPage, demo_ctx: AppContext) -> None:
    dialog = open_editor(qtbot, window_page)
    before = snapshot(demo_ctx)
    type_text(dialog.ui.noteEdit, "补充一句")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.reasonEditError.isVisible() and "原因" in dialog.ui.reasonEditError.text()
    assert snapshot(demo_ctx) == before


def test_a_date_outside_the_pairing_is_refused_next_to_the_date(
    qtbot, type_text, window_page: RecordsPage, demo_ctx: AppContext
) -> None:
    dialog = open_editor(qtbot, window_page)
    before = snapshot(demo_ctx)
    dialog.ui.dateEdit.setDate(QDate(2025, 9, 30))  # the day before every demo pairing starts
    type_text(dialog.ui.reasonEdit, "日期录错")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.dateEditError.isVisible() and "没有挂钩关系" in dialog.ui.dateEditError.text()
    assert not dialog.ui.reasonEditError.isVisible()
    assert snapshot(demo_ctx) == before


def test_double_click_opens_the_editor_and_escape_cancels(
    qtbot, window_page: RecordsPage, demo_ctx: AppContext
) -> None:
    view = window_page.ui.recordsView
    rect = view.visualRect(window_page.model.index(1, COL_MEMBER))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window_page.findChild(RecordEditDialog)
    assert dialog is not None and dialog.isVisible()
    before = snapshot(demo_ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert snapshot(demo_ctx) == before


# a popup menu asks the offscreen platform for what only a real screen can do
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_context_menu_offers_correct_and_delete(qtbot, window_page: RecordsPage) -> None:
    view = window_page.ui.recordsView
    pos = view.visualRect(window_page.model.index(4, COL_NOTE)).center()
    view.customContextMenuRequested.emit(pos)
    menu = window_page.findChild(QMenu)
    assert menu is not None
    qtbot.waitExposed(menu)
    assert [a.text() for a in menu.actions()] == ["更正(&E)…", "删除(&D)…", "", "修改历史(&H)…"]
    assert window_page.selected_record() == window_page.model.row_at(4)
    menu.actions()[1].trigger()
    dialog = window_page.findChild(RecordDeleteDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# -- deleting -----------------------------------------------------------------------


def test_delete_asks_a_reason_and_keeps_the_record(
    qtbot, type_text, window_page: RecordsPage, demo_ctx: AppContext
) -> None:
    page = window_page
    total = page.model.total
    assert total is not None
    record = select(qtbot, page, 0)
    qtbot.keyClick(page.ui.recordsView, Qt.Key.Key_Delete)
    dialog = page.findChild(RecordDeleteDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    before = snapshot(demo_ctx)
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.ui.reasonEditError.isVisible() and snapshot(demo_ctx) == before

    type_text(dialog.ui.reasonEdit, "重复录入")
    with qtbot.waitSignal(dialog.deleted):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    row = demo_ctx.store.get("contacts", record.id)
    assert row is not None and row["deleted_at"] and row["delete_reason"] == "重复录入"
    audit = demo_ctx.store.rows("SELECT * FROM audit_log WHERE row_id = ? AND action = 'update'", [record.id])
    assert audit[-1]["reason"] == "重复录入" and json.loads(audit[-1]["before"])["deleted_at"] is None
    settled(qtbot, page)
    assert page.model.row_of(record.id) == -1
    assert page.model.total == total - 1
    assert page.selected_record() is not None  # its neighbour, so the next Delete works on

    qtbot.mouseClick(page.ui.deletedCheck, Qt.MouseButton.LeftButton)
    settled(qtbot, page)
    assert page.model.total == total
    shown = page.model.row_of(record.id)
    assert shown >= 0
    assert page.model.index(shown, COL_DELETED).data() == "已删除：重复录入"
    assert not page.ui.recordsView.isColumnHidden(COL_DELETED)
    assert page.model.index(shown, COL_NOTE).data(Qt.ItemDataRole.ForegroundRole) == records_model.DELETED_COLOUR
    select(qtbot, page, shown)
    assert not page.ui.correctButton.isEnabled() and not page.ui.deleteButton.isEnabled()
    qtbot.keyClick(page.ui.recordsView, Qt.Key.Key_Delete)
    assert page.findChild(RecordEditDialog) is None
    assert page.model.index(shown, 0).data(ID_ROLE) == record.id
