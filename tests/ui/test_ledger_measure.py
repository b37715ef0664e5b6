"""整改台账 screen: a measure's page — its fields, evidence by drop, 销号 through its dialog, progress, reopening."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.paths import evidence_dir
from hdrectify.store.ledger import seed_id
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.models.ledger_model import (
    COL_STATUS,
    ID_ROLE,
)
from hdrectify.ui.progress_dialog import ProgressDialog
from tests.ui.ui_helpers import (
    SEED_MEASURE,
    a_file,
    answer_reason,
    attach,
    click_row,
    drop,
    measure,
    modal,
    open_page,
    snapshot,
    top_items,
    visit_measures,
)

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
        assert drop(page.ui.evidenceList.viewport(), [photo])
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
    assert not drop(page.ui.evidenceList.viewport(), [tmp_path])


def test_close_a_measure_through_the_dialog(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_ctx)
    m = visit_measures(demo_ctx)[0]
    click_row(qtbot, page, "measure", m["id"])
    attach(qtbot, page, [a_file(tmp_path, "整改会议纪要.pdf", b"%PDF minutes")])
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot, CloseMeasureDialog)
    assert "已有 1 份佐证材料" in dialog.ui.evidenceLabel.text()
    with qtbot.waitSignal(dialog.written):
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
    with qtbot.waitSignal(dialog.written):
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
        with qtbot.waitSignal(dialog.written):
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
    assert top_items(ui.progressList)[0].text(1) == "重新打开（撤销2024年8月20日的销号）：复查发现学习记录不全"
    problem = page.model.find("problem", seed_id("problem", 2))
    assert problem.siblingAtColumn(COL_STATUS).data() == "整改中 3/4"
