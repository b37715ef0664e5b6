"""The office and its members work together from the first week: 文件 → 为党员准备交换包… writes the
bundle that starts a member's laptop, the welcome dialog starts the laptop from it, and the import
preview says what the roster's merge does (the same centre made twice, the office's settings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hdrectify.app import Launcher
from hdrectify.exchange.export import export_bundle, installation_name
from hdrectify.store.base import Store
from hdrectify.store.people import add_centre
from hdrectify.ui.bundle_dialogs import ImportBundleDialog, PrepareBundleDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import COL_MEMBER
from hdrectify.ui.welcome_dialog import WelcomeDialog
from tests.ui.test_exchange_window import gone, open_dialog
from tests.ui.ui_helpers import answer_trust

MEMBER = "陈志强"


def test_the_office_prepares_a_members_laptop_which_starts_from_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.ui.actionPrepareMemberBundle in window.ui.menuFile.actions()
    dialog = open_dialog(qtbot, window, window.ui.actionPrepareMemberBundle, PrepareBundleDialog)
    combo = dialog.ui.memberCombo
    assert dialog.focusWidget() is combo and combo.count() == window.ctx.store.scalar("SELECT count(*) FROM members")
    while combo.currentText() != MEMBER:  # as a user picks with the arrow keys
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    name = Path(dialog.ui.pathEdit.text()).name
    assert name == f"交换包-为{MEMBER}准备-{dt.date.today():%Y-%m-%d}.hdbundle"
    out = tmp_path / name
    dialog.ui.pathEdit.setText(str(out))
    qtbot.keyClick(dialog.ui.pathEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20_000)
    said = window.statusBar().currentMessage()
    centres = window.ctx.store.scalar("SELECT count(*) FROM centres")
    assert str(out) in said and MEMBER in said and f"康园中心 {centres}" in said and "挂钩" in said

    # the member's laptop: the welcome dialog, 我是党员, the office's bundle, his name
    laptop = tmp_path / "laptop" / "hdrectify.db"
    laptop.parent.mkdir()
    welcome = WelcomeDialog(laptop, demo_path=tmp_path / "demo2.db")
    qtbot.addWidget(welcome)
    welcome.open()
    welcome.choose_bundle(out)
    assert welcome.ui.memberCombo.currentText() == MEMBER  # the one the office prepared it for
    with qtbot.waitSignal(welcome.chosen, timeout=30_000) as chosen:
        qtbot.mouseClick(welcome.ui.memberStartButton, Qt.MouseButton.LeftButton)
    monkeypatch.delenv("HDRECTIFY_USER", raising=False)
    member_window = Launcher().open(chosen.args[0].path)
    assert member_window is not None
    qtbot.addWidget(member_window)
    store = member_window.ctx.store
    assert store.setting("role") == "member" and installation_name(store) == f"{MEMBER}的笔记本"
    grid = member_window.show_page("cadence")
    qtbot.waitUntil(lambda: not grid.is_busy() and grid.model.rowCount() > 0, timeout=20_000)  # type: ignore[attr-defined]
    members = {grid.model.index(r, COL_MEMBER).data() for r in range(grid.model.rowCount())}  # type: ignore[attr-defined]
    assert members == {MEMBER}  # his own pairings, the first week already in the grid


def test_prepare_with_no_members_says_what_to_do(qtbot, empty_ctx) -> None:
    dialog = PrepareBundleDialog(empty_ctx)
    qtbot.addWidget(dialog)
    assert "中心与党员" in dialog.ui.formError.text() and not dialog.ok.isEnabled()


def test_the_preview_lists_a_centre_made_twice_as_one(qtbot, window: MainWindow, tmp_path: Path) -> None:
    centre = window.ctx.store.scalar("SELECT name FROM centres ORDER BY name LIMIT 1")
    laptop = tmp_path / "laptop.db"
    with Store.open(laptop, create=True, actor=MEMBER) as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", "陈志强的电脑")
            add_centre(store, centre, "某镇")  # made on the laptop before the office's bundle came
        bundle = tmp_path / "陈.hdbundle"
        export_bundle(store, bundle)
    dialog = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    dialog.check(str(bundle))
    answer_trust(qtbot, dialog, trust=True)  # the office has not taken this laptop's bundles before
    qtbot.waitUntil(lambda: dialog.ui.notesList.count() > 0, timeout=20_000)
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    assert f"合并为同一康园中心：{centre}" in notes
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(dialog), timeout=20_000)
    assert f"合并为同一康园中心：{centre}" in window.statusBar().currentMessage()  # the report says it too
    assert window.ctx.store.scalar("SELECT count(*) FROM centres WHERE name = ?", [centre]) == 1


def test_the_preview_on_an_empty_laptop_says_whose_it_becomes(qtbot, demo_ctx, empty_ctx, tmp_path: Path) -> None:
    member = demo_ctx.store.rows("SELECT id FROM members WHERE name = ?", [MEMBER])[0]["id"]
    with demo_ctx.write() as store:
        store.set_setting("backfill_days", 5)
    bundle = tmp_path / "为陈志强准备.hdbundle"
    export_bundle(demo_ctx.store, bundle, for_member=member)
    dialog = ImportBundleDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.check(str(bundle))
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=20_000)
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    assert f"本机将设为 {MEMBER} 的笔记本" in notes
    assert any(n.startswith("采用办公室的设置：") and "补录天数" in n for n in notes)
