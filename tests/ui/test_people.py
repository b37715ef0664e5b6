"""中心与党员: adding and editing centres and members, pairing, reassigning and closing, as a user does it."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QWidget

from hdrectify.store.people import active_pairing, add_centre, add_member
from hdrectify.ui.centre_dialog import CentreDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.member_dialog import MemberDialog
from hdrectify.ui.models.centres_model import CentresModel
from hdrectify.ui.models.members_model import MembersModel
from hdrectify.ui.models.pairings_model import PairingsModel
from hdrectify.ui.pairing_dialog import PairingDialog
from hdrectify.ui.people import PeoplePage
from tests.ui.ui_helpers import shown, snapshot

DEMO_TODAY = dt.date(2026, 11, 25)  # the day the demo fixture's records run up to
W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> PeoplePage:
    return show_page(qtbot, demo_ctx)


def show_page(qtbot, ctx: AppContext) -> PeoplePage:
    return shown(qtbot, PeoplePage(ctx))


def opened(qtbot, parent: QWidget, cls: type[W]) -> W:
    """The dialog of class ``cls`` that ``parent`` has just opened."""
    found: list[W] = []

    def visible() -> bool:
        found[:] = [d for d in parent.findChildren(cls) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    qtbot.waitExposed(found[-1])
    return found[-1]


def texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot, view: QTableView, text: str, column: int = 0, *, double: bool = False) -> None:
    """Click (or double-click) the row whose ``column`` shows ``text``."""
    row = texts(view, column).index(text)
    index = view.model().index(row, column)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)


def save(qtbot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)


def type_chinese(qtbot, widget: QWidget | None, text: str) -> None:
    """Type as a Chinese user does: the input method commits the text (QTest can only send Latin-1 keys)."""
    assert widget is not None
    qtbot.mouseClick(widget, LEFT)
    # explicit arguments: runs that used the no-argument constructor (PySide6 6.12) sometimes
    # crashed at interpreter exit with a bool refcount error
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- models ---------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, demo_ctx: AppContext) -> None:
    centres, members, pairings = CentresModel(), MembersModel(), PairingsModel()
    centres.load(demo_ctx.store, DEMO_TODAY)
    members.load(demo_ctx.store, DEMO_TODAY)
    pairings.load(demo_ctx.store, DEMO_TODAY)
    assert (centres.rowCount(), members.rowCount(), pairings.rowCount()) == (18, 12, 18)
    for model in (centres, members, pairings):
        qtmodeltester.check(model)


def test_the_page_shows_centres_members_and_pairings(page: PeoplePage) -> None:
    ui = page.ui
    assert [ui.tabs.tabText(i) for i in range(ui.tabs.count())] == ["康园中心", "党员", "挂钩"]
    assert "安墩镇康园中心" in texts(ui.centresView, CentresModel.NAME)
    assert texts(ui.centresView, CentresModel.STATUS)[-1] == "已于2023年9月30日撤销"
    assert ui.centresSummary.text() == "共 18 个中心，其中已撤销 1 个"
    assert len(texts(ui.membersView, MembersModel.NAME)) == 12
    # 吉隆: handed over on 1 June, the old pairing ended the day before
    jilong = [
        (ui.pairingsView.model().index(r, PairingsModel.START).data(), ui.pairingsView.model().index(r, 3).data())
        for r, name in enumerate(texts(ui.pairingsView, PairingsModel.CENTRE))
        if name == "吉隆镇康园中心"
    ]
    assert jilong == [("2025年10月1日", "2026年5月31日"), ("2026年6月1日", "长期")]
    assert not ui.editCentreButton.isEnabled() and not ui.endPairingButton.isEnabled()


# -- centres ----------------------------------------------------------------------------


def test_add_a_centre_by_typing_and_pressing_enter(qtbot, empty_ctx: AppContext) -> None:
    page = show_page(qtbot, empty_ctx)
    qtbot.mouseClick(page.ui.addCentreButton, LEFT)
    dialog = opened(qtbot, page, CentreDialog)
    assert dialog.windowTitle() == "新增康园中心"
    assert dialog.focusWidget() is dialog.ui.nameEdit
    type_chinese(qtbot, dialog.ui.nameEdit, "安墩镇康园中心")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
    type_chinese(qtbot, dialog.ui.townCombo.lineEdit(), "安墩镇")
    qtbot.keyClick(dialog.ui.townCombo.lineEdit(), Qt.Key.Key_Tab)
    type_chinese(qtbot, dialog.ui.addressEdit, "安墩镇人民路 1 号")
    qtbot.keyClick(dialog.ui.addressEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = empty_ctx.store.rows("SELECT * FROM centres")
    assert [(r["name"], r["town"], r["address"], r["closed_on"]) for r in row] == [
        ("安墩镇康园中心", "安墩镇", "安墩镇人民路 1 号", None)
    ]
    assert texts(page.ui.centresView, CentresModel.NAME) == ["安墩镇康园中心"]
    assert page.selected_id(page.ui.centresView) == row[0]["id"]


def test_an_empty_name_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, empty_ctx: AppContext) -> None:
    page = show_page(qtbot, empty_ctx)
    before = snapshot(empty_ctx)
    qtbot.mouseClick(page.ui.addCentreButton, LEFT)
    dialog = opened(qtbot, page, CentreDialog)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.nameError.isVisible() and dialog.ui.nameError.text() == "康园中心名称不能为空"
    assert dialog.ui.townError.isVisible() and "所在镇" in dialog.ui.townError.text()
    assert dialog.focusWidget() is dialog.ui.nameEdit
    assert snapshot(empty_ctx) == before
    # typing the name and the town and saving again clears the messages
    type_chinese(qtbot, dialog.ui.nameEdit, "白花镇康园中心")
    type_chinese(qtbot, dialog.ui.townCombo.lineEdit(), "白花镇")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert empty_ctx.store.scalar("SELECT town FROM centres WHERE name = '白花镇康园中心'") == "白花镇"


def test_a_duplicate_centre_name_is_refused_next_to_the_name(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    qtbot.mouseClick(page.ui.addCentreButton, LEFT)
    dialog = opened(qtbot, page, CentreDialog)
    assert dialog.ui.townCombo.findText("安墩镇") >= 0  # the existing towns are offered
    type_chinese(qtbot, dialog.ui.nameEdit, "安墩镇康园中心")
    type_chinese(qtbot, dialog.ui.townCombo.lineEdit(), "安墩镇")
    qtbot.keyClick(dialog.ui.townCombo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.nameError.text() == "康园中心“安墩镇康园中心”已存在：名称不能重复"
    assert not dialog.ui.townError.isVisible()
    assert snapshot(demo_ctx) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert snapshot(demo_ctx) == before


def test_edit_a_centre_by_double_clicking_it(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    click_row(qtbot, page.ui.centresView, "白花镇康园中心", double=True)
    dialog = opened(qtbot, page, CentreDialog)
    assert dialog.windowTitle() == "编辑康园中心"
    assert dialog.ui.contactEdit.text() == "廖碧云"
    dialog.ui.contactEdit.clear()
    type_chinese(qtbot, dialog.ui.contactEdit, "廖小云")
    qtbot.keyClick(dialog.ui.contactEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_ctx.store.scalar("SELECT contact_person FROM centres WHERE name = '白花镇康园中心'") == "廖小云"
    assert "廖小云" in texts(page.ui.centresView, CentresModel.CONTACT)


def test_close_a_centre_ends_its_pairing_that_day(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    centre_id = store.scalar("SELECT id FROM centres WHERE name = '安墩镇康园中心'")
    pairing = active_pairing(store, centre_id, DEMO_TODAY)
    assert pairing is not None
    click_row(qtbot, page.ui.centresView, "安墩镇康园中心")
    qtbot.mouseClick(page.ui.closeCentreButton, LEFT)
    dialog = opened(qtbot, page, CentreDialog)
    assert dialog.windowTitle() == "撤销康园中心"
    assert dialog.ui.closedCheck.isChecked() and dialog.focusWidget() is dialog.ui.closedDate

    # records exist after 30 June: refused next to the date, nothing saved
    before = snapshot(demo_ctx)
    dialog.ui.closedDate.setDate(qdate(dt.date(2026, 6, 30)))
    qtbot.keyClick(dialog.ui.closedDate, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "联系记录" in dialog.ui.closedError.text()
    assert snapshot(demo_ctx) == before

    dialog.ui.closedDate.setDate(qdate(DEMO_TODAY))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.scalar("SELECT closed_on FROM centres WHERE id = ?", [centre_id]) == "2026-11-25"
    assert store.scalar("SELECT end_on FROM pairings WHERE id = ?", [pairing["id"]]) == "2026-11-25"
    row = texts(page.ui.centresView, CentresModel.NAME).index("安墩镇康园中心")
    assert "撤销" in texts(page.ui.centresView, CentresModel.STATUS)[row]


# -- members ----------------------------------------------------------------------------


def test_edit_a_member(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.membersTab)
    click_row(qtbot, page.ui.membersView, "钟海涛")
    assert page.ui.editMemberButton.isEnabled()
    qtbot.keyClick(page.ui.membersView, Qt.Key.Key_Return)  # Enter on a row edits it, like 编辑…
    dialog = opened(qtbot, page, MemberDialog)
    assert dialog.windowTitle() == "编辑党员" and dialog.ui.nameEdit.text() == "钟海涛"
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "13900001111")
    type_chinese(qtbot, dialog.ui.noteEdit, "第二党支部")
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = demo_ctx.store.rows("SELECT phone, note FROM members WHERE name = '钟海涛'")
    assert row == [{"phone": "13900001111", "note": "第二党支部"}]
    assert "13900001111" in texts(page.ui.membersView, MembersModel.PHONE)


def test_a_member_needs_a_name(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.membersTab)
    before = snapshot(demo_ctx)
    qtbot.mouseClick(page.ui.addMemberButton, LEFT)
    dialog = opened(qtbot, page, MemberDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "   ")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.ui.nameError.isVisible() and dialog.ui.nameError.text() == "党员姓名不能为空"
    assert snapshot(demo_ctx) == before
    dialog.ui.nameEdit.clear()
    type_chinese(qtbot, dialog.ui.nameEdit, "王红梅")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "王红梅" in texts(page.ui.membersView, MembersModel.NAME)


# -- pairings ----------------------------------------------------------------------------


def test_create_a_pairing_and_refuse_an_overlapping_one(qtbot, empty_ctx: AppContext) -> None:
    with empty_ctx.write() as store:
        add_centre(store, "安墩镇康园中心", "安墩镇")
        add_member(store, "陈志强")
        add_member(store, "李秀英")
    page = show_page(qtbot, empty_ctx)
    page.ui.tabs.setCurrentWidget(page.ui.pairingsTab)

    qtbot.mouseClick(page.ui.newPairingButton, LEFT)
    dialog = opened(qtbot, page, PairingDialog)
    assert dialog.windowTitle() == "新建挂钩"
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("陈志强"))
    dialog.ui.fromDate.setDate(qdate(dt.date(2024, 1, 1)))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert texts(page.ui.pairingsView, PairingsModel.MEMBER) == ["陈志强"]
    assert texts(page.ui.pairingsView, PairingsModel.END) == ["长期"]

    before = snapshot(empty_ctx)
    qtbot.mouseClick(page.ui.newPairingButton, LEFT)
    dialog = opened(qtbot, page, PairingDialog)
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("李秀英"))
    dialog.ui.fromDate.setDate(qdate(dt.date(2024, 6, 1)))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.datesError.isVisible()
    assert "已与 陈志强 挂钩，同一天只能有一个挂钩党员" in dialog.ui.datesError.text()
    assert snapshot(empty_ctx) == before

    # an end before the start is refused next to the dates too
    qtbot.mouseClick(dialog.ui.toCheck, LEFT)
    assert dialog.ui.toDate.isEnabled()
    dialog.ui.toDate.setDate(qdate(dt.date(2024, 5, 1)))
    save(qtbot, dialog)
    assert dialog.ui.datesError.text() == "结束日期早于开始日期：请检查日期"
    assert snapshot(empty_ctx) == before


def test_end_a_pairing(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.pairingsTab)
    click_row(qtbot, page.ui.pairingsView, "多祝镇康园中心")
    qtbot.mouseClick(page.ui.endPairingButton, LEFT)
    dialog = opened(qtbot, page, PairingDialog)
    assert dialog.windowTitle() == "结束挂钩"
    assert not dialog.ui.centreCombo.isEnabled() and dialog.ui.centreCombo.currentText() == "多祝镇康园中心"
    dialog.ui.toDate.setDate(qdate(dt.date(2026, 3, 1)))  # records follow: refused
    before = snapshot(demo_ctx)
    save(qtbot, dialog)
    assert "之后还有" in dialog.ui.datesError.text()
    assert snapshot(demo_ctx) == before
    dialog.ui.toDate.setDate(qdate(DEMO_TODAY))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    centre_id = demo_ctx.store.scalar("SELECT id FROM centres WHERE name = '多祝镇康园中心'")
    assert demo_ctx.store.scalar("SELECT end_on FROM pairings WHERE centre_id = ?", [centre_id]) == "2026-11-25"


def test_reassign_a_centre_ends_the_old_pairing_the_day_before(qtbot, page: PeoplePage, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    centre_id = store.scalar("SELECT id FROM centres WHERE name = '安墩镇康园中心'")
    old = active_pairing(store, centre_id, DEMO_TODAY)
    assert old is not None and old["member"] == "陈志强"
    page.ui.tabs.setCurrentWidget(page.ui.pairingsTab)
    click_row(qtbot, page.ui.pairingsView, "安墩镇康园中心")
    qtbot.mouseClick(page.ui.reassignButton, LEFT)
    dialog = opened(qtbot, page, PairingDialog)
    assert dialog.windowTitle() == "改派挂钩党员"
    assert dialog.ui.centreCombo.currentText() == "安墩镇康园中心"
    assert not dialog.ui.toDate.isVisible()
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("钟海涛"))

    # a handover date before the old member's last records is refused, and nothing changes
    before = snapshot(demo_ctx)
    dialog.ui.fromDate.setDate(qdate(dt.date(2026, 7, 1)))
    assert "原挂钩将于2026年6月30日结束" in dialog.ui.currentValue.text()
    save(qtbot, dialog)
    assert dialog.isVisible() and "联系记录" in dialog.ui.datesError.text()
    assert snapshot(demo_ctx) == before

    dialog.ui.fromDate.setDate(qdate(DEMO_TODAY))
    assert dialog.ui.currentValue.text() == "陈志强，自2025年10月1日起；原挂钩将于2026年11月24日结束"
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.scalar("SELECT end_on FROM pairings WHERE id = ?", [old["id"]]) == "2026-11-24"
    new = active_pairing(store, centre_id, DEMO_TODAY)
    assert new is not None and (new["member"], new["start_on"], new["end_on"]) == ("钟海涛", "2026-11-25", None)
    # both changes are one transaction: the audit trail has them side by side
    audit = store.rows("SELECT table_name, action FROM audit_log ORDER BY rowid DESC LIMIT 2")
    assert audit == [{"table_name": "pairings", "action": "insert"}, {"table_name": "pairings", "action": "update"}]
    members = texts(page.ui.pairingsView, PairingsModel.MEMBER)
    centres = texts(page.ui.pairingsView, PairingsModel.CENTRE)
    assert [m for c, m in zip(centres, members, strict=True) if c == "安墩镇康园中心"] == ["陈志强", "钟海涛"]


def test_reassign_to_the_same_member_is_refused_next_to_the_member(
    qtbot, page: PeoplePage, demo_ctx: AppContext
) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.pairingsTab)
    click_row(qtbot, page.ui.pairingsView, "安墩镇康园中心")
    qtbot.mouseClick(page.ui.reassignButton, LEFT)
    dialog = opened(qtbot, page, PairingDialog)
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("陈志强"))
    dialog.ui.fromDate.setDate(qdate(DEMO_TODAY))
    before = snapshot(demo_ctx)
    save(qtbot, dialog)
    assert dialog.ui.memberError.isVisible() and "请选择另一名党员" in dialog.ui.memberError.text()
    assert snapshot(demo_ctx) == before


def test_the_pairings_dates_are_never_cut_off(qtbot, empty_ctx: AppContext) -> None:
    from hdrectify.store.people import add_pairing

    with empty_ctx.write() as store:
        chen = add_member(store, "陈志强")
        add_pairing(store, chen, add_centre(store, "平山街道康园中心", "平山街道"), dt.date(2025, 1, 1))
    widget = PeoplePage(empty_ctx)
    qtbot.addWidget(widget)
    widget.resize(1366 - 200, 768 - 60)  # the page's room in the window on a 1366×768 screen
    widget.show()
    qtbot.waitExposed(widget)
    widget.ui.tabs.setCurrentWidget(widget.ui.pairingsTab)
    with empty_ctx.write() as store:  # a longer date arrives after the table was laid out
        add_pairing(
            store, chen, add_centre(store, "安墩镇康园中心", "安墩镇"), dt.date(2026, 12, 28), dt.date(2026, 12, 31)
        )
    widget.refresh()
    view = widget.ui.pairingsView
    metrics = view.fontMetrics()
    for column in (PairingsModel.START, PairingsModel.END):
        shown = texts(view, column)
        assert "2026年12月28日" in shown or "2026年12月31日" in shown
        widest = max(metrics.horizontalAdvance(t) for t in shown)
        assert view.columnWidth(column) >= widest + 8, (column, view.columnWidth(column), widest)


PINYIN_ORDER = ["阿强", "李四", "张三"]  # a, li, zhang; by code point 张 (U+5F20) comes before 李 (U+674E)


def combo_texts(combo: Any, skip: int = 0) -> list[str]:
    return [combo.itemText(n) for n in range(skip, combo.count())]


def test_members_are_listed_by_pinyin_on_every_screen(qtbot, empty_ctx: AppContext) -> None:
    from hdrectify.store.people import add_pairing
    from hdrectify.ui.bundle_dialogs import PrepareBundleDialog
    from hdrectify.ui.log_dialog import LogDialog
    from hdrectify.ui.print_dialog import PrintDialog
    from hdrectify.ui.records import RecordsPage
    from hdrectify.ui.settings_dialog import SettingsDialog

    store = empty_ctx.store
    with store.transaction():
        # centres in the opposite order, so that the lists cannot be ordered by centre by chance
        for name, centre in (("张三", "安墩镇康园中心"), ("阿强", "铁涌镇康园中心"), ("李四", "平山街道康园中心")):
            town = centre.removesuffix("康园中心")
            add_pairing(store, add_member(store, name), add_centre(store, centre, town), dt.date(2024, 1, 1))

    page = show_page(qtbot, empty_ctx)
    assert texts(page.ui.membersView, MembersModel.NAME) == PINYIN_ORDER
    dialogs: list[QWidget] = [
        log := LogDialog(empty_ctx),
        records := RecordsPage(empty_ctx),
        settings := SettingsDialog(empty_ctx),
        printing := PrintDialog(empty_ctx),
        pairing := PairingDialog(empty_ctx),
        prepare := PrepareBundleDialog(empty_ctx),
    ]
    for widget in dialogs:
        qtbot.addWidget(widget)
    assert [t.split(" — ")[0] for t in combo_texts(log.ui.pairingCombo)] == PINYIN_ORDER
    assert combo_texts(records.ui.memberCombo, skip=1) == PINYIN_ORDER  # after 全部党员
    assert combo_texts(settings.ui.meCombo, skip=1) == PINYIN_ORDER  # after 办公室（全部）
    assert combo_texts(printing.ui.memberCombo, skip=1) == PINYIN_ORDER  # after 全部挂钩
    assert combo_texts(pairing.ui.memberCombo) == PINYIN_ORDER
    assert combo_texts(prepare.ui.memberCombo) == PINYIN_ORDER
    # centres and towns by pinyin too: an'dun, ping'shan, tie'yong
    assert combo_texts(records.ui.centreCombo, skip=1) == ["安墩镇康园中心", "平山街道康园中心", "铁涌镇康园中心"]
    assert texts(page.ui.centresView, CentresModel.NAME) == ["安墩镇康园中心", "平山街道康园中心", "铁涌镇康园中心"]
