"""The window's exchange: 导出交换包, 导入交换包 with its preview, 冲突处理 side by side, 交换记录."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.exchange.bundle import read_bundle
from hdrectify.exchange.export import export_bundle
from hdrectify.exchange.merge import table_columns
from hdrectify.store.base import Store
from hdrectify.ui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from hdrectify.ui.conflicts_dialog import ConflictsDialog, ExchangeHistoryDialog
from hdrectify.ui.main_window import MainWindow
from tests.exchange.exchange_helpers import trusting_import
from tests.ui.ui_helpers import answer_trust, snapshot

CENTRE, MEMBER = "平山街道康园中心", "陈志强"


def laptop_bundle(
    office: Store, tmp_path: Path, *, day: str = "2026-11-20", edit_centre: str = "", member: bool = False
) -> Path:
    """A laptop set up from the office's database, with one contact logged (and the centre's address edited);
    ``member``: the laptop has a member's role and is 陈志强's (else it kept the office's role)."""
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import log_contact

    setup = tmp_path / "setup.hdbundle"
    export_bundle(office, setup, whole=True)
    laptop = tmp_path / "laptop.db"
    with Store.open(laptop, create=True, actor="陈志强") as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", "陈志强的电脑")
        trusting_import(store, setup)
        with store.transaction():
            m, c = find_member(store, MEMBER), find_centre(store, CENTRE)
            if member:
                store.set_setting("role", "member")
                store.set_setting("me_member_id", m["id"])
            log_contact(store, m, c, dt.date.fromisoformat(day), "onsite", "到岗查看康复训练")
            if edit_centre:
                store.update("centres", c["id"], {"address": edit_centre})
        out = tmp_path / "陈志强.hdbundle"
        export_bundle(store, out)
    return out


def gone(dialog) -> bool:
    """Closed (the window's dialogs delete themselves on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def laptop_fingerprint(tmp_path: Path) -> str:
    from hdrectify.exchange.trust import identity

    with Store.open(tmp_path / "laptop.db") as store:
        return identity(store).fingerprint


def open_dialog(qtbot, window: MainWindow, action, cls):
    action.trigger()
    dialog = window.findChild(cls)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_export_from_the_file_menu_writes_a_bundle(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window, window.ui.actionExportBundle, ExportBundleDialog)
    assert "本机" in dialog.ui.infoLabel.text()
    out = tmp_path / "办公室.hdbundle"
    dialog.ui.pathEdit.setText(str(out))
    qtbot.mouseClick(dialog.ui.wholeCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20_000)
    bundle = read_bundle(out, table_columns(window.ctx.store))
    assert bundle.whole and sum(len(batch) for batch in bundle.batches("contacts")) > 100
    assert "已导出交换包" in window.statusBar().currentMessage()


def test_export_with_no_folder_says_so_next_to_the_field(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window, window.ui.actionExportBundle, ExportBundleDialog)
    dialog.ui.pathEdit.setText(str(tmp_path / "nowhere" / "x.hdbundle"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "不存在" in dialog.ui.formError.text() and dialog.isVisible()


def test_import_shows_a_preview_then_merges(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bundle = laptop_bundle(window.ctx.store, tmp_path)
    before = snapshot(window.ctx)
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    assert not dialog.ok.isEnabled()
    dialog.check(str(bundle))
    fingerprint = laptop_fingerprint(tmp_path)
    asked = answer_trust(qtbot, dialog, trust=False).text()  # a sender this office does not trust yet
    assert "陈志强的电脑" in asked and fingerprint in asked and "尚未信任" in dialog.ui.formError.text()
    assert not dialog.ok.isEnabled() and snapshot(window.ctx) == before
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)  # compared with the laptop's 设置: the same
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=20_000)
    assert snapshot(window.ctx) == before  # the preview wrote nothing, not even the trust
    assert "来自：陈志强的电脑（办公室）" in dialog.ui.bundleLabel.text()  # a laptop that kept the office role
    assert f"签名指纹：{fingerprint}" in dialog.ui.bundleLabel.text()
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    assert any("加入信任列表" in n and fingerprint in n for n in notes)
    rows = {dialog.model.line(n).cells[0]: dialog.model.line(n).cells for n in range(dialog.model.rowCount())}
    assert rows["联系记录"][1] == "1"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20_000)
    found = window.ctx.store.rows("SELECT note FROM contacts WHERE note = '到岗查看康复训练'")
    assert len(found) == 1
    assert "已导入" in window.statusBar().currentMessage()
    trusted = window.ctx.store.rows("SELECT name, fingerprint, how FROM trusted_installations")
    assert trusted == [{"name": "陈志强的电脑", "fingerprint": fingerprint, "how": "confirmed"}]


def test_a_bundle_that_breaks_the_rules_cannot_be_imported(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from hdrectify.store.people import end_pairing

    bundle = laptop_bundle(window.ctx.store, tmp_path, day="2026-11-28")
    pairing = window.ctx.store.scalar(
        "SELECT p.id FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE c.name = ? AND p.end_on IS NULL",
        [CENTRE],
    )
    with window.ctx.write() as store:
        end_pairing(store, pairing, dt.date(2026, 11, 26))
    before = snapshot(window.ctx)
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)
    qtbot.waitUntil(lambda: "不能导入" in dialog.ui.formError.text(), timeout=20_000)
    assert "不能导入" in dialog.ui.formError.text() and not dialog.ok.isEnabled()
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    assert any("2026-11-28" in n and "不在挂钩" in n for n in notes)
    assert snapshot(window.ctx) == before


def test_a_members_bundle_that_changes_the_offices_rows_lists_each_refused_row(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bundle = laptop_bundle(window.ctx.store, tmp_path, edit_centre="假地址", member=True)
    before = snapshot(window.ctx)
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)
    qtbot.waitUntil(lambda: "不能导入" in dialog.ui.formError.text(), timeout=20_000)
    assert "来自：陈志强的电脑（党员电脑）" in dialog.ui.bundleLabel.text()
    assert f"签名指纹：{laptop_fingerprint(tmp_path)}" in dialog.ui.bundleLabel.text()
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    refused = [n for n in notes if n.startswith("不能导入")]
    assert len(refused) == 1 and "康园中心" in refused[0] and f"“{CENTRE}”" in refused[0], notes
    assert "只能由办公室修改" in refused[0]
    assert not dialog.ok.isEnabled() and snapshot(window.ctx) == before
    qtbot.wait(200)  # the labels laid out again
    dialog.grab().save(str(tmp_path / "refused.png"))


def test_a_damaged_file_is_explained(qtbot, window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "坏的.hdbundle"
    junk.write_bytes(b"PK\x03\x04junk")
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(junk))
    qtbot.waitUntil(lambda: dialog.ui.formError.text() != "", timeout=20_000)
    assert "交换包" in dialog.ui.formError.text() and not dialog.ok.isEnabled()


def test_a_conflict_is_shown_side_by_side_and_resolved(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bundle = laptop_bundle(window.ctx.store, tmp_path, edit_centre="平山街道 88 号（陈）")
    centre = window.ctx.store.rows("SELECT id FROM centres WHERE name = ?", [CENTRE])[0]["id"]
    with window.ctx.write() as store:
        store.update("centres", centre, {"address": "平山街道 1 号（办公室）"})
    result = trusting_import(window.ctx.store, bundle)
    assert len(result.conflicts) == 1
    dialog = open_dialog(qtbot, window, window.ui.actionConflicts, ConflictsDialog)
    assert dialog.ui.conflictsList.count() == 1
    table = dialog.ui.versionsTable
    assert table.columnCount() == 2
    assert table.verticalHeaderItem(1).text() == "地址"  # what differs comes first
    cells = {table.item(1, 0).text(), table.item(1, 1).text()}
    assert cells == {"平山街道 88 号（陈）", "平山街道 1 号（办公室）"}
    other = 1 - next(n for n in range(2) if table.horizontalHeaderItem(n).text().startswith("暂用"))
    chosen_text = table.item(1, other).text()
    table.selectColumn(other)
    assert dialog.ui.takeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.takeButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.conflictsList.count() == 0 and dialog.ui.formError.text() == ""
    row = window.ctx.store.get("centres", centre)
    assert row is not None and row["address"] == chosen_text
    assert not window.conflicts_label.isVisible()  # the status bar no longer points at conflicts


def test_the_status_bar_points_at_conflicts_waiting(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bundle = laptop_bundle(window.ctx.store, tmp_path, edit_centre="陈填的地址")
    centre = window.ctx.store.rows("SELECT id FROM centres WHERE name = ?", [CENTRE])[0]["id"]
    with window.ctx.write() as store:
        store.update("centres", centre, {"address": "办公室填的地址"})
    assert not window.conflicts_label.isVisible()
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=20_000)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.conflicts_label.isVisible, timeout=20_000)
    assert "1 条交换冲突待处理" in window.conflicts_label.text()
    window.conflicts_label.linkActivated.emit("conflicts")
    assert window.findChild(ConflictsDialog) is not None


def test_history_lists_every_bundle(qtbot, qtmodeltester, window: MainWindow, tmp_path: Path) -> None:
    trusting_import(window.ctx.store, laptop_bundle(window.ctx.store, tmp_path))
    dialog = open_dialog(qtbot, window, window.ui.actionExchangeHistory, ExchangeHistoryDialog)
    qtmodeltester.check(dialog.model)
    kinds = [dialog.model.line(n).cells[1] for n in range(dialog.model.rowCount())]
    assert kinds == ["导入", "导出（全部）"]
    assert dialog.model.line(0).cells[2] == "陈志强的电脑" and dialog.model.line(0).cells[3] == "1"
    when = r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d"  # as every date and time the window shows
    assert re.fullmatch(when, dialog.model.line(0).cells[0]), dialog.model.line(0).cells[0]
    assert re.search(f"导出于 {when}，", dialog.model.line(0).tooltip or ""), dialog.model.line(0).tooltip


@pytest.mark.parametrize(
    "action", ["actionExportBundle", "actionImportBundle", "actionConflicts", "actionExchangeHistory"]
)
def test_every_exchange_action_is_in_a_menu(window: MainWindow, action: str) -> None:
    act = getattr(window.ui, action)
    menus = [window.ui.menuFile, window.ui.menuTools]
    assert any(act in m.actions() for m in menus) and act.text()


def test_import_is_refused_on_a_read_only_database(qtbot, window: MainWindow) -> None:
    window.ctx.read_only = True
    dialog = ImportBundleDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.ui.browseButton.isEnabled() and "只读" in dialog.ui.formError.text()
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled() is False


def test_an_import_before_the_databases_check_has_passed_is_refused_then_done(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """The import writes on a connection of its own: it too waits for the file's integrity check."""
    import threading

    from hdrectify.store import backup
    from hdrectify.ui import context

    bundle = laptop_bundle(window.ctx.store, tmp_path)
    real, gate = backup.check_file, threading.Event()
    monkeypatch.setattr(backup, "check_file", lambda path, cancelled: gate.wait(30) and real(path, cancelled))
    monkeypatch.setattr(context, "CHECK_WAIT_S", 0.2)
    window.ctx.check_in_background()  # as on opening a file: the check runs after the window is shown
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=20_000)
    before = snapshot(window.ctx)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "正在检查" in dialog.ui.formError.text() and dialog.isVisible()
    assert snapshot(window.ctx) == before
    gate.set()
    qtbot.waitUntil(lambda: window.ctx.settled, timeout=20_000)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20_000)
    assert len(window.ctx.store.rows("SELECT note FROM contacts WHERE note = '到岗查看康复训练'")) == 1
