"""文件 → 从Excel导入… and 文件 → 下载导入模板…: the preview per sheet, changing the mapping, 导入, the refused rows.

Workbooks are made with openpyxl in tmp_path; the database is a copy of the demo; the dialog is
opened through the File menu's action, as the user does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hdrectify.exchange.sheet_import import Kind, Outcome
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.records import RecordsPage
from hdrectify.ui.sheet_import_dialog import QUESTION, TEMPLATE_REFUSED, SheetImportDialog
from tests.ui.ui_helpers import of_type, snapshot

CENTRE, TOWN, MEMBER = "测试镇康园中心", "测试镇", "王晓明"


def roster_workbook(tmp_path: Path, *, bad_contact: bool = False) -> Path:
    """Our layout: a new centre, a new member, their pairing from 2025, three contacts (one outside the pairing)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "康园中心"
    ws.append(["名称", "所在镇街", "地址"])
    ws.append([CENTRE, TOWN, "测试路1号"])
    ws = wb.create_sheet("党员")
    ws.append(["姓名", "所在支部", "联系电话"])
    ws.append([MEMBER, "机关第三支部", "13800000009"])
    ws = wb.create_sheet("挂钩")
    ws.append(["党员", "康园中心", "开始日期", "结束日期"])
    ws.append([MEMBER, CENTRE, dt.date(2025, 1, 1), None])
    ws = wb.create_sheet("联系记录")
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    ws.append([MEMBER, CENTRE, dt.date(2025, 3, 4), "电话", "导入测试一"])
    ws.append([MEMBER, CENTRE, "2025/3/12", "到岗", "导入测试二"])
    day = dt.date(2024, 12, 1) if bad_contact else dt.date(2025, 3, 20)  # before the pairing began
    ws.append([MEMBER, CENTRE, day, "微信", "导入测试三"])
    out = tmp_path / "名单.xlsx"
    wb.save(out)
    return out


def open_import(qtbot, window: MainWindow) -> SheetImportDialog:
    window.ui.actionImportSheet.trigger()
    dialog = window.findChild(SheetImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def load(qtbot, dialog: SheetImportDialog, path: Path) -> None:
    dialog.load(str(path))
    wait_idle(qtbot, dialog)


def wait_idle(qtbot, dialog: SheetImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.finished.is_set(), timeout=30_000)
    qtbot.waitUntil(dialog.ui.sheetTabs.isEnabled, timeout=10_000)  # the result has been shown


def pane(dialog: SheetImportDialog, name: str):
    return next(p for p in dialog.panes if p.sheet.name == name)


def outcomes(dialog: SheetImportDialog, name: str) -> list[tuple[str, str, str]]:
    """Each row of a sheet's table as shown: row number, 结果, 原因."""
    model = pane(dialog, name).model
    return [tuple(model.data(model.index(r, c)) for c in range(3)) for r in range(model.rowCount())]


def gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_preview_then_import_puts_the_rows_in_the_database_and_the_records_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    records = of_type(window.show_page("records"), RecordsPage)
    qtbot.waitUntil(lambda: records.model.total is not None and not records.model.busy(), timeout=20_000)
    total_before = records.model.total
    assert total_before is not None
    path = roster_workbook(tmp_path)
    before = snapshot(window.ctx)
    dialog = open_import(qtbot, window)
    assert not dialog.import_button.isEnabled()
    load(qtbot, dialog, path)
    assert snapshot(window.ctx) == before  # the preview wrote nothing
    assert [dialog.ui.sheetTabs.tabText(n) for n in range(dialog.ui.sheetTabs.count())] == [
        "康园中心",
        "党员",
        "挂钩",
        "联系记录",
    ]
    assert pane(dialog, "联系记录").counts_label.text() == "新增 3 行，已有 0 行，不能导入 0 行"
    assert [o[1] for o in outcomes(dialog, "联系记录")] == ["✓ 新增"] * 3
    assert "联系记录：新增 3、已有 0、不能导入 0" in dialog.ui.summaryLabel.text()
    assert dialog.import_button.isEnabled() and not dialog.good_only_button.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=30_000)
    store = window.ctx.store
    notes = [r["note"] for r in store.rows("SELECT note FROM contacts WHERE note LIKE '导入测试%' ORDER BY date")]
    assert notes == ["导入测试一", "导入测试二", "导入测试三"]
    assert store.scalar("SELECT count(*) FROM centres WHERE name = ?", [CENTRE]) == 1
    assert store.scalar("SELECT count(*) FROM members WHERE name = ?", [MEMBER]) == 1
    assert "新增 6 行" in window.statusBar().currentMessage()
    # the records page, shown meanwhile, refreshed through the change notice
    qtbot.waitUntil(lambda: records.model.total == total_before + 3, timeout=20_000)


def test_the_same_file_again_adds_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = roster_workbook(tmp_path)
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=30_000)
    again = open_import(qtbot, window)
    load(qtbot, again, path)
    assert pane(again, "联系记录").counts_label.text() == "新增 0 行，已有 3 行，不能导入 0 行"
    assert [o[1] for o in outcomes(again, "联系记录")] == ["＝ 已有"] * 3
    assert not again.import_button.isEnabled()
    assert "都已在数据库中" in again.ui.formError.text()


def test_changing_the_mapping_changes_the_counts(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """A workbook not ours: its sheet is read right once the user says what it is and which column is 方式."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["2025年挂钩联系台账"])  # a title row above the header
    ws.append(["党员姓名", "中心名称", "联系日期", "沟通渠道", "备注"])
    ws.append(["陈志强", "平山街道康园中心", "2026年11月2日", "电话", "映射测试一"])
    ws.append(["陈志强", "平山街道康园中心", "2026.11.3", "微信", "映射测试二"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, path)
    sheet = pane(dialog, "Sheet1")
    # 方式 has no column: the sheet is taken for a list of members (its only known column a name)
    assert sheet.kind_combo.currentText() == "党员"
    assert sheet.counts_label.text() == "新增 0 行，已有 2 行，不能导入 0 行"
    assert not dialog.import_button.isEnabled()

    sheet.choose_kind(Kind.CONTACT)
    wait_idle(qtbot, dialog)
    assert [sheet.combos[i].currentData() for i in range(5)] == ["member", "centre", "date", "", "note"]
    assert sheet.counts_label.text() == "新增 0 行，已有 0 行，不能导入 1 行"
    assert "缺少“方式”列" in outcomes(dialog, "Sheet1")[0][2]

    sheet.choose_column(3, "method")
    wait_idle(qtbot, dialog)
    assert sheet.counts_label.text() == "新增 2 行，已有 0 行，不能导入 0 行"
    assert dialog.import_button.isEnabled()

    sheet.choose_column(4, "date")  # one column per field: 联系日期's column gives 日期 up
    assert sheet.combos[2].currentData() == ""
    wait_idle(qtbot, dialog)
    assert sheet.counts_label.text() == "新增 0 行，已有 0 行，不能导入 2 行"
    assert not dialog.import_button.isEnabled()


def test_a_bad_row_blocks_import_and_only_the_good_rows_go_in_when_asked(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = roster_workbook(tmp_path, bad_contact=True)
    before = snapshot(window.ctx)
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, path)
    rows = outcomes(dialog, "联系记录")
    assert [r[1] for r in rows] == ["✓ 新增", "✓ 新增", "✕ 不能导入"]
    assert rows[2][0] == "4" and rows[2][2]  # the row number as the spreadsheet shows it, and why
    model = pane(dialog, "联系记录").model
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole).color().name() == "#fde2e1"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color().name() == "#e3f3e6"
    assert dialog.ui.sheetTabs.tabText(3) == "联系记录（1 行不能导入）"
    assert "1 行不能导入" in dialog.ui.formError.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.good_only_button.isVisible() and dialog.good_only_button.isEnabled()

    qtbot.mouseClick(dialog.good_only_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, QUESTION)
    assert box is not None and box.isVisible()
    assert "将导入 5 行" in box.text() and "不导入 1 行" in box.text()
    cancel = next(b for b in box.buttons() if b.text() == "取消")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert snapshot(window.ctx) == before and dialog.isVisible()

    box = dialog.ask_good_only()
    assert box is not None
    go = next(b for b in box.buttons() if b.text() == "导入 5 行")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=30_000)
    notes = [r["note"] for r in window.ctx.store.rows("SELECT note FROM contacts WHERE note LIKE '导入测试%'")]
    assert sorted(notes) == ["导入测试一", "导入测试二"]
    assert "未导入有问题的 1 行" in window.statusBar().currentMessage()


def test_each_row_says_its_outcome_by_a_mark_and_in_words_not_by_colour_alone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, roster_workbook(tmp_path, bad_contact=True))
    model = pane(dialog, "联系记录").model
    shown = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert shown == ["✓ 新增", "✓ 新增", "✕ 不能导入"]
    said = Qt.ItemDataRole.AccessibleTextRole
    assert model.data(model.index(2, 0), said) == "第 4 行：不能导入"
    assert model.data(model.index(0, 0), said) == "第 2 行：新增"
    assert model.data(model.index(2, 1), said) == "不能导入"  # the word, not the mark's name
    legend = dialog.ui.legendLabel.text()
    assert "✓ 新增" in legend and "✕ 不能导入" in legend and "＝ 已有" in legend
    assert "标红" not in dialog.ui.formError.text() and "✕" in dialog.ui.formError.text()


def test_rows_already_in_the_database_are_marked_present(qtbot, window: MainWindow, tmp_path: Path) -> None:
    centre = window.ctx.store.rows("SELECT name, town FROM centres ORDER BY name LIMIT 1")[0]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "康园中心"
    ws.append(["名称", "所在镇街"])
    ws.append([centre["name"], centre["town"]])
    wb.save(tmp_path / "有的.xlsx")
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, tmp_path / "有的.xlsx")
    model = pane(dialog, "康园中心").model
    assert model.planned(0).outcome is Outcome.PRESENT
    assert model.data(model.index(0, 1)) == "＝ 已有"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == "第 2 行：已有"


def test_a_file_that_is_not_a_workbook_is_explained(qtbot, window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "坏的.xlsx"
    junk.write_bytes(b"not a zip at all")
    dialog = open_import(qtbot, window)
    dialog.load(str(junk))
    qtbot.waitUntil(lambda: dialog.ui.formError.text() != "", timeout=20_000)
    assert "无法读取" in dialog.ui.formError.text()
    assert dialog.ui.sheetTabs.count() == 0 and not dialog.import_button.isEnabled()


def test_reading_a_big_file_can_be_cancelled(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("联系记录")
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    for n in range(12_000):
        ws.append(["陈志强", "平山街道康园中心", dt.date(2026, 1, 1) + dt.timedelta(days=n % 300), "电话", f"第{n}条"])
    path = tmp_path / "大表.xlsx"
    wb.save(path)
    before = snapshot(window.ctx)
    dialog = open_import(qtbot, window)
    dialog.load(str(path))
    assert dialog.task is not None
    dialog.task.cancel()  # as 取消 on the progress dialog does
    qtbot.waitUntil(lambda: "已取消" in dialog.ui.formError.text(), timeout=30_000)
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert snapshot(window.ctx) == before


def test_tab_leaves_the_rows_table_and_esc_closes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_import(qtbot, window)
    load(qtbot, dialog, roster_workbook(tmp_path))
    view = pane(dialog, "康园中心").view
    assert not view.tabKeyNavigation()
    dialog.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: gone(dialog))


def test_the_template_action_writes_a_workbook(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "模板" / "导入模板.xlsx"
    out.parent.mkdir()
    offered: list[str] = []

    def save_dialog(parent, caption="", start="", filters="", *args):
        offered.append(start)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.ui.actionSaveImportTemplate.trigger()
    assert offered and offered[0].endswith(".xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["康园中心", "党员", "挂钩", "联系记录", "季度汇报", "年度考评"]
    assert [c.value for c in wb["联系记录"][1]][:4] == ["党员", "康园中心", "日期", "方式"]
    assert "导入模板" in window.statusBar().currentMessage()


def test_the_template_is_never_written_into_the_evidence_folder(qtbot, window: MainWindow, monkeypatch) -> None:
    from hdrectify.paths import evidence_dir

    folder = evidence_dir(window.ctx.path)
    folder.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "模板.xlsx"), ""))
    window.ui.actionSaveImportTemplate.trigger()
    box = window.findChild(QMessageBox, TEMPLATE_REFUSED)
    assert box is not None and "佐证材料" in box.text()
    assert not (folder / "模板.xlsx").exists()


def test_a_read_only_window_cannot_import(qtbot, window: MainWindow) -> None:
    window.ctx.read_only = True
    dialog = SheetImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.ui.browseButton.isEnabled() and "只读" in dialog.ui.formError.text()
