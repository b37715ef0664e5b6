"""The window's safety: one window per database (a second one read-only), the CLI beside it, a damaged
file refused with its newest good backup offered, 备份 / 恢复备份 / 校验数据, a record's history, faults."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from hdrectify.app import Launcher
from hdrectify.domain.errors import InputError
from hdrectify.store.backup import backup_file, list_backups
from hdrectify.store.base import Store
from hdrectify.ui import safety_actions
from hdrectify.ui.context import AppContext
from hdrectify.ui.history_dialog import HistoryDialog
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.records import RecordsPage
from hdrectify.ui.restore_dialog import RestoreDialog
from tests.ui.ui_helpers import attach, of_type, snapshot

SHOTS = Path(os.environ.get("HDRECTIFY_SHOTS", "")) if os.environ.get("HDRECTIFY_SHOTS") else None


def shot(widget: Any, name: str) -> None:
    """Screenshots for looking at the dialogs (HDRECTIFY_SHOTS=folder)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def click(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


def shown_errors(dialog: Any) -> str:
    """What the dialog's error labels (next to a field or under the form) say."""
    from PySide6.QtWidgets import QLabel

    return " ".join(
        label.text() for label in dialog.findChildren(QLabel) if label.objectName().endswith("Error") and label.text()
    )


def damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * 20_000)


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "data" / "hdrectify.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def launchers(qtbot):
    made: list[Launcher] = []

    def make() -> Launcher:
        launcher = Launcher()
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        if launcher.window is not None:
            launcher.window.close()
            launcher.window.ctx.close()
        if launcher.lock is not None:
            launcher.lock.release()


def opened(qtbot, launcher: Launcher, path: Path, *, settled: bool = True, **kwargs: Any) -> MainWindow:
    """The window on ``path``; ``settled``: once the file's check (run after showing it) has passed."""
    window = launcher.open(path, **kwargs)
    assert window is not None, launcher.prompt.text() if launcher.prompt else ""
    qtbot.addWidget(window)
    if settled:
        qtbot.waitUntil(lambda: window.ctx.settled, timeout=20_000)
    return window


# -- one window per database ---------------------------------------------------------------------------


def test_a_second_window_is_told_and_may_open_read_only(qtbot, launchers, db: Path) -> None:
    first_launcher = launchers()
    first = opened(qtbot, first_launcher, db)
    second = launchers()
    assert first_launcher.beacon is not None
    with qtbot.waitSignal(first_launcher.beacon.raised, timeout=5000):  # the first window comes to the front
        assert second.open(db) is None
    box = second.prompt
    assert box is not None and box.isVisible()
    assert "已在另一个窗口中打开" in box.windowTitle() and str(db) in box.text() and "只读" in box.text()
    assert "已把那个窗口切换到前面" in box.text()
    shot(box, "lock-prompt")
    click(box, "只读打开")
    qtbot.waitUntil(lambda: second.window is not None)
    reader = second.window
    assert reader is not None
    qtbot.addWidget(reader)
    assert reader.ctx.read_only and "（只读）" in reader.windowTitle()
    assert not reader.ui.actionBackup.isEnabled() and not reader.ui.actionRestore.isEnabled()
    before = snapshot(reader.ctx)
    dialog = LogDialog(reader.ctx, reader)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "只读" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(reader.ctx) == before
    assert not first.ctx.read_only  # the first keeps writing
    with first.ctx.write() as store:
        store.set_setting("installation_name", "办公室")


def test_the_lock_is_released_when_the_window_moves_to_another_database(
    qtbot, launchers, db: Path, tmp_path: Path
) -> None:
    first = launchers()
    opened(qtbot, first, db, settled=False)
    opened(qtbot, first, tmp_path / "other.db", create=True)
    assert opened(qtbot, launchers(), db, settled=False) is not None  # the first window let go of it


def test_the_command_line_works_while_the_window_is_open(qtbot, launchers, db: Path) -> None:
    window = opened(qtbot, launchers(), db)
    env = {**os.environ, "PYTHONUTF8": "1"}
    cli = [sys.executable, "-m", "hdrectify", "--db", str(db)]
    done = subprocess.run([*cli, "member", "add", "命令行党员"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    with window.ctx.write() as store:  # and the window writes between the commands
        store.insert("members", {"name": "窗口党员"})
    done = subprocess.run([*cli, "verify"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    names = {r["name"] for r in window.ctx.store.rows("SELECT name FROM members")}
    assert {"命令行党员", "窗口党员"} <= names


def test_the_first_start_of_the_day_backs_up(qtbot, launchers, db: Path) -> None:
    window = opened(qtbot, launchers(), db)
    qtbot.waitUntil(lambda: any(p.name.endswith("-daily.db") for p in list_backups(db)), timeout=20_000)
    qtbot.waitUntil(lambda: "自动备份" in window.statusBar().currentMessage())


# -- damaged, newer ------------------------------------------------------------------------------------


def test_a_damaged_file_is_refused_and_its_newest_good_backup_offered(qtbot, launchers, db: Path) -> None:
    backup_file(db)
    damage(db)
    damaged = db.read_bytes()
    launcher = launchers()
    assert launcher.open(db) is None
    box = launcher.prompt
    assert box is not None and "已损坏" in box.text() and "不会写入" in box.text() and "联系记录" in box.text()
    assert db.read_bytes() == damaged  # nothing written, not even the lock's "last opened"
    shot(box, "damaged-prompt")
    click(box, "恢复此备份")
    qtbot.waitUntil(lambda: launcher.window is not None)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.window.ctx.store.scalar("SELECT count(*) FROM contacts") > 100
    assert launcher.prompt is not None and "已恢复" in launcher.prompt.text()
    (aside,) = db.parent.glob("hdrectify.db.damaged-*")
    assert aside.read_bytes() == damaged


def damage_unread(path: Path) -> None:
    """Break a page of the audit log, which showing the window does not read: only the check finds it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (page,) = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20"
    ).fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xde\xad\xbe\xef" * 4)


def test_a_file_found_damaged_after_the_window_opened_offers_its_backup_and_is_never_written(
    qtbot, launchers, db: Path
) -> None:
    """The window opens before the check (start-up speed); the check then finds the damage, the same
    prompt offers the newest good backup, and nothing is ever written to the damaged file."""
    backup_file(db)
    damage_unread(db)
    damaged = db.read_bytes()
    launcher = launchers()
    window = opened(qtbot, launcher, db)
    assert launcher.prompt is not None
    box = launcher.prompt
    assert box is not None and "已损坏" in box.text() and "不会写入" in box.text() and "联系记录" in box.text()
    assert "已损坏" in window.windowTitle()
    dialog = LogDialog(window.ctx, window)  # the window stays to read, and every write is refused
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "已损坏" in shown_errors(dialog) and dialog.isVisible()
    with pytest.raises(InputError, match="已损坏"), window.ctx.write() as store:
        store.set_setting("installation_name", "办公室")
    window.checkpoint()
    assert db.read_bytes() == damaged  # nothing written, not even "last opened"
    assert not any(p.name.endswith("-daily.db") for p in list_backups(db))  # no backup of a damaged file
    click(box, "恢复此备份")
    qtbot.waitUntil(lambda: launcher.window is not window)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    assert launcher.window.ctx.store.scalar("SELECT count(*) FROM contacts") > 100
    (aside,) = (p for p in db.parent.glob("hdrectify.db.damaged-*") if not p.name.endswith(("-wal", "-shm")))
    assert aside.read_bytes() == damaged


@pytest.fixture
def slow_check(monkeypatch) -> threading.Event:
    """The integrity check held until the returned event is set (a big file on a slow disk)."""
    from hdrectify.store import backup

    real, gate = backup.check_file, threading.Event()

    def held(path: Path, cancelled: Any = lambda: False) -> Any:
        gate.wait(30)
        return real(path, cancelled)

    monkeypatch.setattr(backup, "check_file", held)
    return gate


def test_a_write_before_the_check_has_passed_is_refused_then_succeeds(
    qtbot, launchers, db: Path, slow_check: threading.Event, monkeypatch
) -> None:
    from hdrectify.ui import context

    monkeypatch.setattr(context, "CHECK_WAIT_S", 0.2)
    window = opened(qtbot, launchers(), db, settled=False)
    assert window.ctx.checking and window.isVisible()  # shown before the check ran
    before = snapshot(window.ctx)
    dialog = LogDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.save()
    assert "正在检查" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(window.ctx) == before
    slow_check.set()
    qtbot.waitUntil(lambda: not window.ctx.checking, timeout=20_000)
    dialog.save()
    assert not dialog.isVisible() and snapshot(window.ctx) != before
    qtbot.waitUntil(lambda: window.ctx.store.setting("last_opened") is not None)  # noted once it passed


def test_a_write_waits_for_a_check_about_to_finish(qtbot, launchers, db: Path, slow_check: threading.Event) -> None:
    window = opened(qtbot, launchers(), db, settled=False)
    assert window.ctx.checking
    threading.Timer(0.3, slow_check.set).start()
    with window.ctx.write() as store:  # waits on the check (it passes), then writes
        store.insert("members", {"name": "等待的党员"})
    assert not window.ctx.checking
    assert window.ctx.store.scalar("SELECT count(*) FROM members WHERE name = '等待的党员'") == 1


def test_closing_the_window_interrupts_a_running_check(qtbot, launchers, db: Path, slow_check: threading.Event) -> None:
    launcher = launchers()
    window = opened(qtbot, launcher, db, settled=False)
    assert window.ctx.checking
    slow_check.set()
    window.close()
    assert window.ctx.tasks.running() == 0  # nothing left reading the file


def test_a_database_from_a_newer_version_is_refused_in_words(qtbot, launchers, db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    launcher = launchers()
    assert launcher.open(db) is None
    assert launcher.prompt is not None and "更新版本" in launcher.prompt.text()
    assert db.read_bytes() == before


def test_a_full_disk_is_a_message_and_nothing_is_saved(qtbot, demo_ctx: AppContext) -> None:
    pages = demo_ctx.store.scalar("PRAGMA page_count")
    demo_ctx.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    before = snapshot(demo_ctx)
    dialog = LogDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.ui.noteEdit.setPlainText("很长的情况记录" * 3000)
    dialog.save()
    assert "磁盘已满" in shown_errors(dialog) and dialog.isVisible()
    assert snapshot(demo_ctx) == before
    with pytest.raises(InputError, match="磁盘已满"), demo_ctx.write() as store:
        store.insert("members", {"name": "x" * 100_000})


# -- 备份, 恢复备份, 校验数据 ---------------------------------------------------------------------------


def test_backup_from_the_menu(qtbot, window: MainWindow) -> None:
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=20_000)
    made = [p for p in list_backups(window.ctx.path) if p.name.endswith("-manual.db")]
    assert len(made) == 1
    assert str(made[0]) in window.last_message.text()  # type: ignore[union-attr]
    shot(window.last_message, "backup-done")


def test_restore_dialog_shows_date_and_counts_then_restores(qtbot, qtmodeltester, launchers, db: Path) -> None:
    launcher = launchers()
    window = opened(qtbot, launcher, db)
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
    window = opened(qtbot, launcher, db)
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
    window = opened(qtbot, launcher, db)
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
    with window.ctx.write() as store:
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


# -- a record's history ------------------------------------------------------------------------------------


def test_a_records_history_shows_every_change_who_when_why(qtbot, qtmodeltester, demo_ctx: AppContext) -> None:
    from hdrectify.store.record_list import correct_contact, delete_contact

    contact = demo_ctx.store.rows("SELECT id, note FROM contacts ORDER BY date DESC LIMIT 1")[0]
    with demo_ctx.write() as store:
        correct_contact(store, contact["id"], {"note": "更正后的情况"}, "记录写错了")
    with demo_ctx.write() as store:
        delete_contact(store, contact["id"], "重复录入")
    page = RecordsPage(demo_ctx)
    qtbot.addWidget(page)
    page.ui.deletedCheck.setChecked(True)
    page.apply_filters()
    qtbot.waitUntil(lambda: page.model.row_of(contact["id"]) >= 0)
    page.select_row(page.model.row_of(contact["id"]))
    dialog = page.history_selected()
    assert isinstance(dialog, HistoryDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    cells = [[dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())]
    assert [c[2] for c in cells] == ["登记", "更正", "删除"]
    assert [c[3] for c in cells] == ["", "记录写错了", "重复录入"]
    assert "更正后的情况" in cells[1][4] and "情况记录" in cells[1][4]
    assert all(c[1] for c in cells) and all(c[0][:2] == "20" for c in cells)
    dialog.resize(900, 360)
    shot(dialog, "history-dialog")


def test_history_lists_every_audit_entry_of_a_record(qtbot, demo_ctx: AppContext) -> None:
    review = demo_ctx.store.rows("SELECT id FROM reviews LIMIT 1")[0]
    entries = demo_ctx.store.scalar("SELECT count(*) FROM audit_log WHERE row_id = ?", [review["id"]])
    dialog = HistoryDialog(demo_ctx, "reviews", review["id"], "考评")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == entries >= 1
    first = json.loads(
        demo_ctx.store.scalar("SELECT after FROM audit_log WHERE row_id = ? ORDER BY rowid", [review["id"]])
    )
    assert str(first["score"]) in dialog.model.index(0, 4).data()


def test_store_reopen_after_tests(qtbot, db: Path) -> None:
    with Store.open(db, check=True) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
    QApplication.processEvents()


def test_a_missing_evidence_file_is_said_next_to_the_list_and_nothing_changes(
    qtbot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    """The evidence folder was not copied along with the database: opening a file says so, in words."""
    from hdrectify.store.evidence import evidence_file
    from hdrectify.ui.ledger import LedgerPage

    measure = demo_ctx.store.rows("SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")[0]
    scan = tmp_path / "整改会议纪要.pdf"
    scan.write_bytes(b"%PDF minutes")
    page = LedgerPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_measure(measure["id"])
    qtbot.waitUntil(lambda: page.current == ("measure", measure["id"]))
    assert attach(qtbot, page, [scan]) == 1
    row = demo_ctx.store.rows("SELECT * FROM evidence WHERE measure_id = ?", [measure["id"]])[0]
    evidence_file(demo_ctx.store, row).unlink()
    before = snapshot(demo_ctx)
    assert not page.open_evidence(row["id"])
    error = page.ui.evidenceListError
    assert error.isVisible() and "找不到" in error.text() and "整改会议纪要.pdf" in error.text()
    assert snapshot(demo_ctx) == before


def test_the_grids_records_show_their_history(qtbot, demo_ctx: AppContext) -> None:
    """A quarterly report opened from its cell of the 挂钩联系 grid: 修改历史 lists its audit entries."""
    from hdrectify.ui.cadence_grid import CadenceGridPage
    from hdrectify.ui.cell_records_dialog import CellRecordsDialog
    from hdrectify.ui.models.cadence_model import FIRST_PERIOD, OBLIGATION_ROLE, STATUS_ROLE

    grid = CadenceGridPage(demo_ctx)
    qtbot.addWidget(grid)
    grid.resize(1280, 800)
    grid.show()
    qtbot.waitExposed(grid)
    grid.ui.yearSpin.setValue(2026)
    qtbot.waitUntil(lambda: not grid.is_busy() and grid.model.grid.year == 2026, timeout=15000)
    model = grid.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(FIRST_PERIOD, model.columnCount())
        if model.index(r, c).data(OBLIGATION_ROLE) == "report" and model.index(r, c).data(STATUS_ROLE) == "done"
    )
    view = grid.view_for(index)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: any(d.isVisible() for d in grid.findChildren(CellRecordsDialog)))
    cell = next(d for d in grid.findChildren(CellRecordsDialog) if d.isVisible())
    assert cell.history_button.isEnabled()
    cell.history_button.click()
    history = next(d for d in cell.findChildren(HistoryDialog) if d.isVisible())
    report = cell.model.record(cell.ui.recordsView.currentIndex().row())
    entries = demo_ctx.store.scalar(
        "SELECT count(*) FROM audit_log WHERE table_name = 'reports' AND row_id = ?", [report.id]
    )
    assert report.table == "reports" and history.model.rowCount() == entries >= 1
    assert history.model.index(0, 2).data() == "登记" and "季度" in history.model.index(0, 4).data()
    history.close()
    cell.close()
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15000)
