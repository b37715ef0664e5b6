"""备份, 恢复备份 and 校验数据 from the window's menu: what each dialog says, what it refuses, what it writes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hdrectify.store.backup import backup_file, list_backups
from hdrectify.ui import safety_actions
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.restore_dialog import RestoreDialog
from tests.before_the_lock import before_the_lock
from tests.ui.ui_helpers import click, of_type, open_window, shot, snapshot


def test_backup_from_the_menu(qtbot, window: MainWindow) -> None:
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=20_000)
    made = [p for p in list_backups(window.ctx.path) if p.name.endswith("-manual.db")]
    assert len(made) == 1
    assert str(made[0]) in window.last_message.text()  # type: ignore[union-attr]
    shot(window.last_message, "backup-done")


def test_restore_dialog_shows_date_and_counts_then_restores(qtbot, qtmodeltester, launchers, db: Path) -> None:
    launcher = launchers()
    window = open_window(qtbot, launcher, db)
    older = backup_file(db)
    with window.ctx.write() as store:
        store.insert("members", {"name": "恢复后不该有"})
    dialog = safety_actions.open_restore(window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() >= 1
    text = dialog.ui.detailsLabel.text()
    assert "备份时间" in text and "联系记录" in text and "党员" in text
    shot(dialog, "restore-dialog")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "恢复"
    dialog.show_backup(older)
    window.last_message = None
    ok.click()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=30_000)
    box = window.last_message
    assert box is not None and "另存为一份备份" in box.text() and "备份校验通过" in box.text()
    click(box, "恢复")
    qtbot.waitUntil(lambda: launcher.window is not window)
    restored = launcher.window
    assert restored is not None
    qtbot.addWidget(restored)
    assert restored.ctx.store.scalar("SELECT count(*) FROM members WHERE name = '恢复后不该有'") == 0
    assert any(p.name.endswith("-prerestore.db") for p in list_backups(db))
    assert launcher.prompt is not None and "恢复前的数据库已另存为" in launcher.prompt.text()


def _edited_backup(db: Path, tmp_path: Path) -> Path:
    """A backup whose reviews were edited behind the app's back."""
    bad = tmp_path / "edited.db"
    shutil.copy(backup_file(db), bad)
    conn = sqlite3.connect(bad)
    conn.execute("UPDATE reviews SET score = 100 WHERE rowid = (SELECT min(rowid) FROM reviews)")
    conn.commit()
    conn.close()
    return bad


def test_restore_shows_what_a_backup_that_does_not_verify_holds_and_asks(
    qtbot, launchers, db: Path, tmp_path: Path
) -> None:
    launcher = launchers()
    window = open_window(qtbot, launcher, db)
    bad = _edited_backup(db, tmp_path)
    before = snapshot(window.ctx)
    for answer in ("取消", "仍要恢复"):
        dialog = safety_actions.open_restore(window)
        qtbot.addWidget(dialog)
        dialog.show_backup(bad)
        window.last_message = None
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=30_000)
        box = window.last_message
        assert box is not None and "校验未通过" in box.text() and "reviews" in box.text() and "score" in box.text()
        assert {b.text() for b in box.buttons()} == {"仍要恢复", "取消"}
        shot(box, "restore-not-verified")
        click(box, answer)
        if answer == "取消":
            assert launcher.window is window and snapshot(window.ctx) == before
    qtbot.waitUntil(lambda: launcher.window is not window)
    restored = launcher.window
    assert restored is not None
    qtbot.addWidget(restored)
    assert restored.ctx.store.scalar("SELECT max(score) FROM reviews") == 100
    assert any(p.name.endswith("-prerestore.db") for p in list_backups(db))


def test_a_restore_asked_for_elsewhere_checks_the_backup_first(qtbot, launchers, db: Path, tmp_path: Path) -> None:
    """The damaged-file prompt restores through the launcher: a backup that does not verify is shown, and asked."""
    launcher = launchers()
    window = open_window(qtbot, launcher, db)
    bad = _edited_backup(db, tmp_path)
    before = snapshot(window.ctx)
    assert launcher.restore(db, bad) is None
    box = launcher.prompt
    assert box is not None and "校验未通过" in box.text() and "reviews" in box.text()
    assert snapshot(window.ctx) == before
    click(box, "仍要恢复")
    qtbot.waitUntil(lambda: launcher.window is not window)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.window.ctx.store.scalar("SELECT max(score) FROM reviews") == 100


def test_restore_dialog_says_when_each_backup_was_taken_as_a_date(qtbot, demo_ctx: AppContext) -> None:
    backup_file(demo_ctx.path, now=dt.datetime(2026, 3, 5, 18, 30, 12))
    dialog = RestoreDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.model.line(0).cells[0] == "2026年3月5日 18:30"


def test_restore_dialog_refuses_a_file_that_is_not_a_backup(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 1000)
    dialog = RestoreDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.show_backup(junk)
    assert "不是 hdrectify 备份" in dialog.ui.formError.text()
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_verify_from_the_menu_passes_then_names_an_edit(qtbot, window: MainWindow) -> None:
    window.ui.actionVerify.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=30_000)
    assert window.last_message.windowTitle() == "校验通过"  # type: ignore[union-attr]
    window.last_message.close()  # type: ignore[union-attr]
    conn = sqlite3.connect(window.ctx.path)
    conn.execute("UPDATE reviews SET score = 100 WHERE rowid = (SELECT min(rowid) FROM reviews)")
    conn.commit()
    conn.close()
    window.last_message = None
    window.ui.actionVerify.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=30_000)
    box = of_type(window.last_message, QMessageBox)  # set by the action (mypy saw it set to None above)
    assert box.windowTitle() == "校验未通过" and "reviews" in box.text() and "score" in box.text()
    shot(box, "verify-broken")


def test_verify_from_the_menu_fails_on_missing_evidence_and_says_what_to_do(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from hdrectify.store.evidence import add_evidence, evidence_file

    scan = tmp_path / "整改会议纪要.pdf"
    scan.write_bytes(b"%PDF minutes")
    measure = window.ctx.store.scalar("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")
    with window.ctx.write() as store, before_the_lock(store, measure):  # closed in the seed
        row = add_evidence(store, measure, scan)
    evidence_file(window.ctx.store, row).unlink()
    window.ui.actionVerify.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=30_000)
    box = of_type(window.last_message, QMessageBox)  # set by the action (mypy saw it set to None above)
    assert box.windowTitle() == "校验未通过"
    text = box.text()
    assert "佐证材料缺失" in text and "整改会议纪要.pdf" in text and "重新添加" in text and "佐证材料文件夹" in text
    assert "审计链完整" in text  # what did check is said too
    shot(box, "verify-evidence-missing")
