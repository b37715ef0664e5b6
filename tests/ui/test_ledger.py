"""整改台账 screen: the tree, a measure's page, evidence by drop, 销号 through its dialog, as a user drives them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QMimeData, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

from hdrectify.domain.ledger import DeadlineWarning
from hdrectify.paths import evidence_dir
from hdrectify.store.dashboard import build as build_dashboard
from hdrectify.store.ledger import seed_id, update_measure
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
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
from hdrectify.ui.progress_dialog import ProgressDialog
from tests.ui.ui_helpers import attach, snapshot, top_items

DEMO_TODAY = dt.date(2026, 11, 25)  # the day the demo database was built up to
SEED_MEASURE = seed_id("measure", 2, 1)  # problem 2, measure 1: closed in the seed


def open_page(qtbot, ctx: AppContext) -> LedgerPage:
    page = LedgerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    # Keyboard shortcuts (Ctrl+S) go to the active window; activation arrives as an event.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def click_row(qtbot, page: LedgerPage, kind: str, row_id: str) -> None:
    """Open the branches down to the row and click it, as a user would."""
    index = page.model.find(kind, row_id)
    assert index.isValid(), f"{kind} {row_id} is not in the tree"
    parent = index.parent()
    while parent.isValid():
        page.ui.tree.expand(parent)
        parent = parent.parent()
    page.ui.tree.scrollTo(index)
    rect = page.ui.tree.visualRect(index)
    qtbot.mouseClick(page.ui.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current == (kind, row_id)


def visit_measures(ctx: AppContext, *, open_only: bool = True) -> list[dict[str, Any]]:
    return ctx.store.rows(
        "SELECT m.*, p.no AS problem_no FROM ledger_measures m JOIN ledger_problems p ON p.id = m.problem_id"
        " WHERE p.source = 'visit'" + (" AND m.status != 'done'" if open_only else "") + " ORDER BY p.no, m.no"
    )


def measure(ctx: AppContext, measure_id: str) -> dict[str, Any]:
    row = ctx.store.get("ledger_measures", measure_id)
    assert row is not None
    return row


def top_titles(model: LedgerModel) -> list[str]:
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def problem_count(model: LedgerModel) -> int:
    return sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount()))


def measure_count(model: LedgerModel) -> int:
    areas = [model.index(r, 0) for r in range(model.rowCount())]
    problems = [model.index(r, 0, area) for area in areas for r in range(model.rowCount(area))]
    return sum(model.rowCount(problem) for problem in problems)


def a_file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def drop_files(qtbot, page: LedgerPage, paths: list[Path]) -> bool:
    """Drag files over the evidence list and drop them: returns whether the drag was accepted."""
    target = page.ui.evidenceList.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = target.rect().center()
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        pos.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def modal(qtbot, cls: type) -> Any:
    """The dialog the page opened, once it is the active window (its shortcuts work only then)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), cls))
    QApplication.processEvents()  # let the activation finish before typing
    return QApplication.activeWindow()


def answer_reason(qtbot, reason: str, type_text) -> None:
    dialog = modal(qtbot, QInputDialog)
    edit = dialog.findChild(QLineEdit)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    type_text(edit, reason)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


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
        update_measure(store, target, deadline=None if days is None else DEMO_TODAY + dt.timedelta(days=days))
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


# -- a measure's page -----------------------------------------------------------------------------


def test_selecting_a_visit_measure_shows_its_fields_and_source(qtbot, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    ui = page.ui
    assert ui.detailStack.currentWidget() is ui.measurePage
    assert ui.textEdit.toPlainText() == m["text"] and not ui.textEdit.isReadOnly()
    assert ui.personEdit.text() == m["person"]
    assert ui.deadlineEdit.date() == QDate.fromString(m["deadline"], Qt.DateFormat.ISODate)
    assert not ui.noDeadlineCheck.isChecked()
    assert ui.statusCombo.currentText() == "整改中"
    source = ui.sourceLabel.text()
    assert source.startswith("来源：走访发现") and "康园中心" in source and "2026年" in source
    assert [item.text(1) for item in top_items(ui.progressList)] == ["已通知镇残联和中心负责人，正在落实。"]
    assert ui.closeButton.isVisible() and not ui.reopenButton.isVisible()


def test_editing_and_saving_persists_and_is_audited(qtbot, type_text, empty_ctx: AppContext) -> None:
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    ui = page.ui
    assert ui.textEdit.isReadOnly()  # the notice's own words
    assert ui.noDeadlineCheck.isChecked() and not ui.deadlineEdit.isEnabled()
    assert not ui.statusCombo.isEnabled()  # closed: 已完成 until reopened
    type_text(ui.leaderEdit, "党组书记")
    type_text(ui.unitEdit, "办公室")
    qtbot.mouseClick(ui.noDeadlineCheck, Qt.MouseButton.LeftButton)
    assert ui.deadlineEdit.isEnabled()
    ui.deadlineEdit.setDate(QDate(2024, 6, 30))
    qtbot.keyClick(ui.unitEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: measure(empty_ctx, SEED_MEASURE)["leader"] != "")  # the button animates its click
    row = measure(empty_ctx, SEED_MEASURE)
    assert (row["leader"], row["unit"], row["deadline"]) == ("党组书记", "办公室", "2024-06-30")
    audit = empty_ctx.store.rows(
        "SELECT actor, after FROM audit_log WHERE table_name = 'ledger_measures' AND row_id = ? AND action = 'update'",
        [SEED_MEASURE],
    )
    assert audit and audit[-1]["actor"] == "tester" and json.loads(audit[-1]["after"])["unit"] == "办公室"
    assert ui.savedLabel.isVisible()
    assert page.current == ("measure", SEED_MEASURE)  # still shown after the tree was read again


def test_a_bad_deadline_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot, type_text, empty_ctx: AppContext
) -> None:
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    before = snapshot(empty_ctx)
    ui = page.ui
    type_text(ui.leaderEdit, "党组书记")
    qtbot.mouseClick(ui.noDeadlineCheck, Qt.MouseButton.LeftButton)
    ui.deadlineEdit.setDate(QDate(2023, 1, 1))  # before the inspection's feedback (2023-08-10)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.deadlineEditError.isVisible() and "早于问题发现日期" in ui.deadlineEditError.text()
    assert snapshot(empty_ctx) == before
    # Choosing another row keeps the unsaved edits on screen rather than dropping them.
    click_other = page.model.find("measure", seed_id("measure", 2, 2))
    page.ui.tree.setCurrentIndex(click_other)
    qtbot.waitUntil(
        lambda: page.current == ("measure", SEED_MEASURE) and ui.tree.currentIndex().data(ID_ROLE) == SEED_MEASURE
    )
    assert ui.leaderEdit.text() == "党组书记"
    assert snapshot(empty_ctx) == before


def test_unsaved_edits_are_saved_when_another_row_is_chosen(qtbot, type_text, empty_ctx: AppContext) -> None:
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    type_text(page.ui.personEdit, "陈志强")
    click_row(qtbot, page, "measure", seed_id("measure", 2, 2))
    qtbot.waitUntil(lambda: measure(empty_ctx, SEED_MEASURE)["person"] == "陈志强")
    assert page.ui.personEdit.text() == ""  # the other measure's (empty) field


# -- evidence, progress, 销号 ------------------------------------------------------------------------


def test_a_dropped_file_is_stored_by_hash_and_listed(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    import hashlib

    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    photo = a_file(tmp_path, "现场照片.jpg", b"\xff\xd8 photo of the files" * 50)
    with qtbot.waitSignal(page.measure.attached, timeout=15000):
        assert drop_files(qtbot, page, [photo])
    ui = page.ui
    assert ui.evidenceList.topLevelItemCount() == 1
    assert top_items(ui.evidenceList)[0].text(0) == "现场照片.jpg"
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    stored = evidence_dir(demo_ctx.path) / sha[:2] / sha
    assert stored.read_bytes() == photo.read_bytes()
    row = demo_ctx.store.rows("SELECT * FROM evidence WHERE measure_id = ?", [m["id"]])
    assert [(r["file_name"], r["sha256"], r["size"]) for r in row] == [("现场照片.jpg", sha, photo.stat().st_size)]
    # The same file again through the page's attach action: refused next to the list, one copy kept.
    assert attach(qtbot, page, [photo]) == 0
    assert ui.evidenceListError.isVisible() and "无需重复添加" in ui.evidenceListError.text()
    assert len([p for p in evidence_dir(demo_ctx.path).rglob("*") if p.is_file()]) == 1
    # A folder or nothing to attach is not accepted as a drop.
    assert not drop_files(qtbot, page, [tmp_path])


def test_close_a_measure_through_the_dialog(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    attach(qtbot, page, [a_file(tmp_path, "整改会议纪要.pdf", b"%PDF minutes")])
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, CloseMeasureDialog)
    assert "已有 1 份佐证材料" in dialog.ui.evidenceLabel.text()
    with qtbot.waitSignal(dialog.closed):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert measure(demo_ctx, m["id"])["status"] == "done"
    ui = page.ui
    assert ui.statusCombo.currentText() == "已完成" and not ui.statusCombo.isEnabled()
    assert ui.reopenButton.isVisible() and not ui.closeButton.isVisible()
    assert page.model.data(page.model.find("measure", m["id"]).siblingAtColumn(COL_STATUS)) == "已完成"


def test_closing_without_evidence_or_reason_is_refused_next_to_the_reason(
    qtbot, type_text, demo_ctx: AppContext
) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    before = snapshot(demo_ctx)
    qtbot.keyClick(page, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # 销号(&X)…
    dialog = modal(qtbot, CloseMeasureDialog)
    assert "尚无佐证材料" in dialog.ui.evidenceLabel.text()
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.ui.reasonEditError.isVisible() and "佐证材料或书面说明" in dialog.ui.reasonEditError.text()
    assert snapshot(demo_ctx) == before
    # With a written reason it closes (Ctrl+Enter from the reason field).
    type_text(dialog.ui.reasonEdit, "已整改到位，到岗复查确认")
    with qtbot.waitSignal(dialog.closed):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = measure(demo_ctx, m["id"])
    assert (row["status"], row["close_reason"]) == ("done", "已整改到位，到岗复查确认")


def test_a_problem_is_closed_once_all_its_measures_are(qtbot, demo_ctx: AppContext, type_text) -> None:
    page = open_page(qtbot, demo_ctx)
    problem_id = visit_measures(demo_ctx)[-1]["problem_id"]
    measures = [m for m in visit_measures(demo_ctx) if m["problem_id"] == problem_id]
    assert len(measures) == 2
    for n, m in enumerate(measures):
        click_row(qtbot, page, "problem", problem_id)
        assert page.ui.summaryStatus.text().startswith("状态：整改中")
        click_row(qtbot, page, "measure", m["id"])
        qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
        dialog = modal(qtbot, CloseMeasureDialog)
        type_text(dialog.ui.reasonEdit, f"第{n + 1}项已完成")
        with qtbot.waitSignal(dialog.closed):
            qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    click_row(qtbot, page, "problem", problem_id)
    assert page.ui.summaryStatus.text() == "状态：已完成（全部措施均已销号）"
    assert "已完成 2，整改中 0，未开始 0" in page.ui.summaryCounts.text()
    index = page.model.find("problem", problem_id)
    assert index.siblingAtColumn(COL_STATUS).data() == "已完成 2/2"


def test_add_a_progress_note(qtbot, type_text, demo_ctx: AppContext) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # 添加进展(&G)…
    dialog = modal(qtbot, ProgressDialog)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.ui.textEditError.isVisible()  # empty note refused
    type_text(dialog.ui.textEdit, "社工已补齐8份档案")
    with qtbot.waitSignal(dialog.added):
        qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    notes = page.ui.progressList
    assert top_items(notes)[-1].text(1) == "社工已补齐8份档案"
    assert demo_ctx.store.scalar("SELECT author FROM ledger_progress WHERE text = ?", ["社工已补齐8份档案"]) == "tester"


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_and_remove_evidence(qtbot, type_text, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    attach(qtbot, page, [a_file(tmp_path, "档案清单.xlsx", b"PK spreadsheet")])
    lst = page.ui.evidenceList
    catcher = UrlCatcher()
    # PySide6's stub says bytes for the slot name; at run time only str is accepted (bytes: ValueError)
    QDesktopServices.setUrlHandler("file", catcher, "handle")  # type: ignore[arg-type]
    try:
        item_rect = lst.visualItemRect(top_items(lst)[0])
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
        qtbot.keyClick(lst, Qt.Key.Key_Return)  # Enter (or a double-click) opens it
        qtbot.mouseClick(page.ui.openEvidenceButton, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 2
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "档案清单.xlsx" and opened.read_bytes() == b"PK spreadsheet"
    qtbot.mouseClick(page.ui.removeEvidenceButton, Qt.MouseButton.LeftButton)
    answer_reason(qtbot, "传错了文件", type_text)
    qtbot.waitUntil(lambda: lst.topLevelItemCount() == 0)
    row = demo_ctx.store.rows("SELECT deleted_at, delete_reason FROM evidence WHERE measure_id = ?", [m["id"]])[0]
    assert row["deleted_at"] and row["delete_reason"] == "传错了文件"


def test_reopen_a_closed_measure_with_a_reason(qtbot, type_text, empty_ctx: AppContext) -> None:
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "measure", SEED_MEASURE)
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    answer_reason(qtbot, "复查发现学习记录不全", type_text)
    qtbot.waitUntil(lambda: measure(empty_ctx, SEED_MEASURE)["status"] == "in_progress")
    ui = page.ui
    assert ui.statusCombo.currentText() == "整改中" and ui.statusCombo.isEnabled()
    assert top_items(ui.progressList)[0].text(1) == "重新打开：复查发现学习记录不全"
    problem = page.model.find("problem", seed_id("problem", 2))
    assert problem.siblingAtColumn(COL_STATUS).data() == "整改中 3/4"


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


def press_on_tree(qtbot, page: LedgerPage, key: Qt.Key) -> None:
    """A key on the tree, once the page is active again (offscreen, a closed dialog does not hand it back)."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.ui.tree.setFocus()
    qtbot.keyClick(page.ui.tree, key)


def tree_titles_under(page: LedgerPage, kind: str, row_id: str) -> list[str]:
    index = page.model.find(kind, row_id)
    return [page.model.index(r, COL_TITLE, index).data() for r in range(page.model.rowCount(index))]


def test_add_edit_and_remove_a_problem_and_a_measure_with_the_keyboard(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog, LedgerRemoveDialog

    page = open_page(qtbot, empty_ctx)
    area = seed_id("area", 2)
    click_row(qtbot, page, "area", area)
    press_on_tree(qtbot, page, Qt.Key.Key_Insert)  # in an area: a new problem
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.titleEdit.accessibleName() == "问题描述"
    assert dialog.ui.sourceCombo.accessibleName() == "问题来源"
    type_text(dialog.ui.titleEdit, "档案管理不规范")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", area)[-1] == "问题18　档案管理不规范"
    assert page.current is not None
    kind, problem_id = page.current  # the new problem is chosen
    problem = empty_ctx.store.get("ledger_problems", problem_id)
    assert kind == "problem" and problem is not None and problem["no"] == 18

    press_on_tree(qtbot, page, Qt.Key.Key_Insert)  # on a problem: a new measure
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.personEdit.accessibleName() == "责任人"
    type_text(dialog.ui.titleEdit, "建立档案目录")
    type_text(dialog.ui.personEdit, "王敏")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "problem", problem_id) == ["措施1　建立档案目录"]
    assert page.current is not None
    kind, measure_id = page.current
    assert kind == "measure" and measure(empty_ctx, measure_id)["person"] == "王敏"

    click_row(qtbot, page, "problem", problem_id)
    press_on_tree(qtbot, page, Qt.Key.Key_F2)
    dialog = modal(qtbot, LedgerItemDialog)
    assert dialog.ui.titleEdit.toPlainText() == "档案管理不规范"
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.ui.titleEdit, "文书档案管理不规范")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", area)[-1] == "问题18　文书档案管理不规范"

    click_row(qtbot, page, "measure", measure_id)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.ui.reasonEdit.accessibleName() == "删除原因"
    type_text(dialog.ui.reasonEdit, "写错了")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "problem", problem_id) == []
    assert empty_ctx.store.rows(
        "SELECT reason FROM audit_log WHERE table_name = 'ledger_measures' AND action = 'delete'"
    ) == [{"reason": "写错了"}]

    click_row(qtbot, page, "problem", problem_id)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    type_text(dialog.ui.reasonEdit, "重复登记")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert all("档案" not in t for t in tree_titles_under(page, "area", area))
    assert page.current is None


def test_removing_a_measure_with_progress_is_refused_unless_it_goes_too(qtbot, type_text, demo_ctx: AppContext) -> None:
    from hdrectify.ui.ledger_dialogs import LedgerRemoveDialog

    page = open_page(qtbot, demo_ctx)
    with_notes = demo_ctx.store.rows(
        "SELECT m.id FROM ledger_measures m WHERE EXISTS (SELECT 1 FROM ledger_progress p WHERE p.measure_id = m.id)"
    )[0]["id"]
    click_row(qtbot, page, "measure", with_notes)
    before = snapshot(demo_ctx)
    press_on_tree(qtbot, page, Qt.Key.Key_Delete)
    dialog = modal(qtbot, LedgerRemoveDialog)
    type_text(dialog.ui.reasonEdit, "重复")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "整改进展" in dialog.ui.reasonError.text()
    assert snapshot(demo_ctx) == before
    qtbot.keyClick(dialog.ui.withRecordsCheck, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_ctx.store.get("ledger_measures", with_notes) is None
    assert not page.model.find("measure", with_notes).isValid()


def test_a_member_laptop_shows_its_new_problem_as_pending(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.store.ledger_edit import set_role
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog

    with empty_ctx.write() as store:
        set_role(store, "member")
    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "area", seed_id("area", 1))
    press_on_tree(qtbot, page, Qt.Key.Key_Insert)
    dialog = modal(qtbot, LedgerItemDialog)
    type_text(dialog.ui.titleEdit, "学习记录不全")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tree_titles_under(page, "area", seed_id("area", 1))[-1] == "待编号　学习记录不全"
    assert page.ui.summaryHeading.text() == "待编号　学习记录不全"


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


# -- 批量设置责任和时限 (Ctrl+B) on the measures selected ------------------------------------------


def measures_by_id(ctx: AppContext) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in ctx.store.rows("SELECT * FROM ledger_measures")}


def test_bulk_edit_sets_the_unit_of_three_measures_chosen_with_shift_down(qtbot, type_text, window) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    ctx = window.ctx
    page = window.show_page("ledger")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = measures_by_id(ctx)
    chosen = [seed_id("measure", 1, n) for n in (1, 2, 3)]
    click_row(qtbot, page, "measure", chosen[0])
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.current == ("measure", chosen[2])  # the current row is still the one shown
    assert page.ui.detailStack.currentWidget() is page.ui.measurePage
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    assert dialog.ui.countLabel.text() == "将修改 3 项整改措施"
    assert [dialog.ui.leaderEdit.accessibleName(), dialog.ui.unitEdit.accessibleName()] == ["责任领导", "责任单位"]
    assert [dialog.ui.personEdit.accessibleName(), dialog.ui.deadlineEdit.accessibleName()] == ["责任人", "整改时限"]
    assert not dialog.ui.deadlineEdit.isEnabled()  # until 设置整改时限 is ticked
    type_text(dialog.ui.unitEdit, "县残联办公室")
    qtbot.keyClick(dialog.ui.unitEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = measures_by_id(ctx)
    for measure_id in chosen:
        assert after[measure_id]["unit"] == "县残联办公室"
        kept = ("leader", "person", "deadline", "status", "text")
        assert {k: after[measure_id][k] for k in kept} == {k: before[measure_id][k] for k in kept}
    assert {k: v for k, v in after.items() if k not in chosen} == {k: v for k, v in before.items() if k not in chosen}
    assert window.statusBar().currentMessage() == "已修改 3 项整改措施"
    assert page.ui.unitEdit.text() == "县残联办公室"  # the measure shown is read again


def test_bulk_edit_of_a_selected_problem_changes_all_its_measures(qtbot, type_text, empty_ctx: AppContext) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    page = open_page(qtbot, empty_ctx)
    problem = seed_id("problem", 7)
    own = {seed_id("measure", 7, n) for n in range(1, 7)}
    before = measures_by_id(empty_ctx)
    click_row(qtbot, page, "problem", problem)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    assert dialog.ui.countLabel.text() == "将修改 6 项整改措施"
    type_text(dialog.ui.leaderEdit, "王副理事长")
    qtbot.keyClick(dialog.ui.deadlineCheck, Qt.Key.Key_Space)
    assert dialog.ui.deadlineEdit.isEnabled()
    dialog.ui.deadlineEdit.setDate(QDate(2027, 3, 31))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = measures_by_id(empty_ctx)
    assert {(after[m]["leader"], after[m]["deadline"]) for m in own} == {("王副理事长", "2027-03-31")}
    assert [after[m]["unit"] for m in sorted(own)] == [before[m]["unit"] for m in sorted(own)]
    assert {k: v for k, v in after.items() if k not in own} == {k: v for k, v in before.items() if k not in own}
    assert page.current == ("problem", problem)


def test_bulk_deadline_before_the_problem_was_found_is_refused_and_nothing_is_written(
    qtbot, type_text, empty_ctx: AppContext
) -> None:
    from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog

    page = open_page(qtbot, empty_ctx)
    click_row(qtbot, page, "problem", seed_id("problem", 3))
    before = snapshot(empty_ctx)
    qtbot.keyClick(page.ui.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, BulkMeasuresDialog)
    type_text(dialog.ui.personEdit, "李四")
    qtbot.keyClick(dialog.ui.deadlineCheck, Qt.Key.Key_Space)
    dialog.ui.deadlineEdit.setDate(QDate(2023, 1, 31))  # the notice's feedback came on 2023-08-10
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    error = dialog.ui.deadlineEditError
    assert error.isVisible()
    assert error.text() == "措施 3.1：整改时限不能早于问题发现日期（2023年8月10日）"
    assert dialog.isVisible()
    assert snapshot(empty_ctx) == before
    dialog.grab().save("/tmp/bulk_measures_dialog.png")


def test_a_new_measures_dialog_names_its_problem_in_english(qtbot, empty_ctx: AppContext) -> None:
    from hdrectify.ui import i18n
    from hdrectify.ui.ledger_dialogs import LedgerItemDialog
    from hdrectify.ui.models.ledger_model import MEASURE

    i18n.install("en")
    dialog = LedgerItemDialog(empty_ctx, MEASURE, parent_id=seed_id("problem", 2))
    qtbot.addWidget(dialog)
    problem = empty_ctx.store.get("ledger_problems", seed_id("problem", 2))
    assert problem is not None
    title = problem["title"]
    assert dialog.ui.contextLabel.text() == f"Problem 2: {title}"
