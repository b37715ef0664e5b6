"""Every write the window can do, in a read-only window, on a full disk and on a locked database.

Each write is driven through its real dialog or page, as a user would: the fields filled with what
would be saved on a healthy database, then Save. Under each fault the window must say why (the
fault's own words, in a field's error line or a message box), nothing may escape the Qt slot
(pytest-qt fails the test on an exception raised in a slot) and no row of the database may change.

- read-only: the database opened read-only, as the window opens it when another window has it;
- disk full: every write fails as SQLite fails on a full disk;
- locked: another program holds the write lock (``BEGIN IMMEDIATE``) longer than the window waits.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hdrectify.app import open_context
from hdrectify.domain.scans import ChecklistCode
from hdrectify.exchange.photos import prepare_photo
from hdrectify.store.backup import backup_file
from hdrectify.store.base import Store
from hdrectify.store.evidence import add_evidence, stage_stream
from hdrectify.store.people import add_centre as add_centre_row
from hdrectify.store.photos import record_photo
from hdrectify.store.record_list import delete_contact
from hdrectify.store.scans import file_scan
from hdrectify.ui.context import AppContext
from hdrectify.ui.restore_dialog import RestoreDialog
from tests.photo_helpers import make_photo
from tests.ui.test_exchange_window import laptop_bundle
from tests.ui.ui_helpers import click, open_window, snapshot
from tests.ui.write_fault_paths import LIVE_CONTACT, WRITE_PATHS
from tests.ui.write_faults import CONDITIONS, shown_texts


# -- what a path needs in the database before the window opens it --------------------------------------
def with_unpaired_centre(store: Store, tmp_path: Path) -> None:
    with store.transaction():
        add_centre_row(store, "新建康园中心", "平山街道")


ONLY_PAIRING_IN_OCTOBER = (
    "SELECT p.id FROM pairings p WHERE p.start_on <= '2026-10-01' AND (p.end_on IS NULL OR p.end_on >= '2026-10-31')"
    " AND p.member_id IN (SELECT member_id FROM pairings GROUP BY member_id HAVING count(*) = 1)"
    " ORDER BY p.rowid LIMIT 1"
)


OPEN_MEASURE = "SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1"


def with_evidence(store: Store, tmp_path: Path) -> None:
    minutes = tmp_path / "整改前照片.pdf"
    minutes.write_bytes(b"%PDF before" * 100)
    with store.transaction():
        add_evidence(store, str(store.scalar(OPEN_MEASURE)), minutes)


def with_photo(store: Store, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "相册" / "现场.jpg", taken=dt.datetime(2026, 11, 3, 10, 21))
    prepared = prepare_photo(store.path, photo, True)
    with store.transaction():
        record_photo(store, str(store.scalar(LIVE_CONTACT)), prepared.staged, dt.date(2026, 11, 3), "exif", True)
    prepared.staged.discard()


def with_bundle(store: Store, tmp_path: Path) -> None:
    laptop_bundle(store, tmp_path)


def with_pending_scan(store: Store, tmp_path: Path) -> None:
    """A signed October checklist filed for a pairing whose October visits were removed: pending its visit."""
    pairing = str(store.scalar(ONLY_PAIRING_IN_OCTOBER))
    staged = stage_stream(store.path, io.BytesIO(b"signed page"), "清单第1页.png", "清单第1页.png")
    with store.transaction():
        for row in store.rows(
            "SELECT id FROM contacts WHERE pairing_id = ? AND date LIKE '2026-10-%' AND method = 'onsite'"
            " AND deleted_at IS NULL",
            [pairing],
        ):
            delete_contact(store, row["id"], "测试：该月未登记到岗")
        assert file_scan(store, ChecklistCode(pairing, "2026-10"), staged, "清单.pdf", 1).row is not None


PREPARE: dict[str, Callable[[Store, Path], None]] = {
    "import a bundle": with_bundle,
    "remove a photo": with_photo,
    "remove evidence": with_evidence,
    "new pairing": with_unpaired_centre,
    "visit from a pending scan": with_pending_scan,
}


@pytest.fixture
def ctx_for(demo_template: Path, tmp_path: Path) -> Iterator[Callable[[str, str], AppContext]]:
    """The demo database as the window has it under a condition (opened read-only for "read-only"),
    with what the write path needs there first (a file attached, a photo, …: :data:`PREPARE`)."""
    opened: list[AppContext] = []

    def make(condition: str, path_name: str) -> AppContext:
        path = tmp_path / "data" / "hdrectify.db"
        path.parent.mkdir()
        shutil.copy(demo_template, path)
        if path_name in PREPARE:
            with Store.open(path) as store:
                PREPARE[path_name](store, tmp_path)
        ctx = open_context(path, read_only=condition == "read-only")
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()


# A full disk is simulated by triggers, whose refusal SQLite reports as a broken constraint: the bundle
# import rightly takes a broken constraint for bad content, so only a real full disk can test it.
SIMULATION_CANNOT = {("import a bundle", "disk full")}


@pytest.mark.parametrize(
    ("path", "condition"),
    [(p, c) for p in WRITE_PATHS for c in CONDITIONS if (p, c) not in SIMULATION_CANNOT],
)
def test_every_write_path_says_why_it_could_not_save(
    qtbot, monkeypatch, ctx_for: Callable[[str, str], AppContext], tmp_path: Path, path: str, condition: str
) -> None:
    ctx = ctx_for(condition, path)
    act = WRITE_PATHS[path](qtbot, ctx, tmp_path)
    make, said = CONDITIONS[condition]
    before = snapshot(ctx)
    undo = make(ctx, monkeypatch)
    try:
        with qtbot.captureExceptions() as raised:
            act()
            qtbot.wait(10)
            text = shown_texts()
    finally:
        undo()
    assert raised == []  # nothing escaped the slot
    assert said in text, text
    assert snapshot(ctx) == before


@pytest.mark.parametrize("path", list(WRITE_PATHS))
def test_on_a_healthy_database_every_write_path_writes(
    qtbot, ctx_for: Callable[[str, str], AppContext], tmp_path: Path, path: str
) -> None:
    """The same dialogs filled in the same way do save when nothing is wrong: the refusals above are the fault's."""
    ctx = ctx_for("healthy", path)
    act = WRITE_PATHS[path](qtbot, ctx, tmp_path)
    before = snapshot(ctx)
    with qtbot.captureExceptions() as raised:
        act()
        qtbot.wait(10)
    assert raised == []
    assert snapshot(ctx) != before, shown_texts()


# -- 文件 → 恢复备份…: the launcher replaces the file, so it is driven through a launcher's window ---------
# A full disk cannot be simulated for it: the backup API copies pages under the triggers that stand for it.
def test_a_read_only_window_offers_no_restore(qtbot, launchers, db: Path) -> None:
    """A window opened read-only says so in its title, and its 文件 → 恢复备份… cannot be chosen."""
    backup_file(db)
    window = open_window(qtbot, launchers(), db, read_only=True)
    before = snapshot(window.ctx)
    assert "只读" in window.windowTitle()
    assert not window.ui.actionRestore.isEnabled()
    window.ui.actionRestore.trigger()
    qtbot.wait(50)
    assert window.findChild(RestoreDialog) is None
    assert snapshot(window.ctx) == before


def test_a_restore_over_a_database_another_program_holds_says_so(
    qtbot, monkeypatch: pytest.MonkeyPatch, launchers, db: Path
) -> None:
    """文件 → 恢复备份…, a backup chosen and confirmed while another program holds the write lock: the window
    says the database is in use and stays as it was (before, the backup API retried the lock for ever)."""
    launcher = launchers()
    window = open_window(qtbot, launcher, db)
    older = backup_file(db)
    with window.ctx.write() as store:
        store.insert("members", {"name": "恢复后不该有"})
    before = snapshot(window.ctx)
    window.ui.actionRestore.trigger()
    dialog = window.findChild(RestoreDialog)
    assert dialog is not None
    dialog.show_backup(older)
    make, said = CONDITIONS["locked"]
    undo = make(window.ctx, monkeypatch)
    try:
        window.last_message = None
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible(), timeout=20_000)
        confirm = window.last_message
        assert isinstance(confirm, QMessageBox) and "备份校验通过" in confirm.text()
        with qtbot.captureExceptions() as raised:
            click(confirm, "恢复")  # the launcher restores at once, on this thread
            qtbot.waitUntil(lambda: launcher.prompt is not None and launcher.prompt.isVisible(), timeout=20_000)
    finally:
        undo()
    assert raised == []
    assert launcher.prompt is not None and said in launcher.prompt.text(), launcher.prompt.text()
    assert launcher.window is window
    assert snapshot(window.ctx) == before
