"""Helpers shared by the window's tests (imported as tests.ui.ui_helpers): widgets, snapshots, drops,
the ledger screen's set-up, and the safety tests' message boxes, damaged files and launched windows."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from hdrectify.app import Launcher
from hdrectify.store.ledger import seed_id
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import AppContext
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.ledger_model import COL_TITLE, LedgerModel

W = TypeVar("W", bound=QWidget)


def of_type(widget: QWidget | None, kind: type[W]) -> W:
    """The window hands out pages and dialogs as QWidget: the one asked for, checked to be of its class."""
    assert isinstance(widget, kind), f"{type(widget).__name__} is not {kind.__name__}"
    return widget


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """A tree's top-level rows, in order (Qt types each as optional; every index below the count has one)."""
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at a filled cell of a table (Qt types it as optional)."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item


def shown(qtbot, widget: W, width: int = 1280, height: int = 800) -> W:
    """A page made on its own, at a window's size, shown and exposed (closed with the test)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_filled(qtbot, page: CadenceGridPage, year: int) -> None:
    """Until the cadence grid has computed ``year`` in the background."""
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.grid.year == year, timeout=15000)


def grid_at(qtbot, ctx: AppContext, year: int, height: int = 800) -> CadenceGridPage:
    """The 挂钩联系 grid on its own, shown at ``year`` and filled in."""
    page = shown(qtbot, CadenceGridPage(ctx), 1280, height)
    page.ui.yearSpin.setValue(year)
    wait_filled(qtbot, page, year)
    return page


def snapshot(ctx: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to prove that a refused action wrote nothing."""
    conn = sqlite3.connect(ctx.path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def attach(qtbot, page, files: list[Any]) -> int:
    """Attach evidence through the ledger page as the window does (copied in the background); how many went in."""
    with qtbot.waitSignal(page.measure.attached, timeout=15000) as got:
        page.attach_files(files)
    return int(got.args[0])


# -- the ledger screen ------------------------------------------------------------------------

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


def drop(target: QWidget, paths: list[Path], pos: QPoint | None = None) -> bool:
    """Drag files over ``target`` and drop them: whether the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = pos if pos is not None else target.rect().center()
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


# -- the window's safety: message boxes, damaged files, windows opened by a Launcher ----------------

SHOTS = Path(os.environ["HDRECTIFY_SHOTS"]) if os.environ.get("HDRECTIFY_SHOTS") else None


def shot(widget: Any, name: str) -> None:
    """Screenshots for looking at the dialogs (HDRECTIFY_SHOTS=folder)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def click(box: QMessageBox, label: str) -> None:
    """Click the message box's button labelled ``label``."""
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


def shown_errors(dialog: Any) -> str:
    """What the dialog's error labels (next to a field or under the form) say."""
    return " ".join(
        label.text() for label in dialog.findChildren(QLabel) if label.objectName().endswith("Error") and label.text()
    )


def damage(path: Path) -> None:
    """Overwrite pages of the database file past its header (its WAL checkpointed first)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xde\xad\xbe\xef" * 20_000)


def open_window(qtbot, launcher: Launcher, path: Path, *, settled: bool = True, **kwargs: Any) -> MainWindow:
    """The window on ``path``; ``settled``: once the file's check (run after showing it) has passed."""
    window = launcher.open(path, **kwargs)
    assert window is not None, launcher.prompt.text() if launcher.prompt else ""
    qtbot.addWidget(window)
    if settled:
        qtbot.waitUntil(lambda: window.ctx.settled, timeout=20_000)
    return window


def asking_trust(dialog: Any) -> bool:
    """The import dialog (``ImportBundleDialog``) is asking "trust this computer?" (信任这台电脑？)."""
    return dialog.question is not None and dialog.question.isVisible()


def answer_trust(qtbot, dialog: Any, *, trust: bool, timeout: int = 20_000) -> QMessageBox:
    """Wait for the import dialog's question whether to trust the bundle's sender and answer it by its
    buttons' roles (in either language): yes, the fingerprints compared and the same, or no.
    Returns the question (its text names the sender and the fingerprint)."""
    qtbot.waitUntil(lambda: asking_trust(dialog), timeout=timeout)
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.objectName() == "trustSender"
    roles = (
        (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
        if trust
        else (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
    )
    qtbot.mouseClick(next(b for b in box.buttons() if box.buttonRole(b) in roles), Qt.MouseButton.LeftButton)
    return box
