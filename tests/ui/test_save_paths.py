"""另存为 in the window: the database and what is kept beside it are refused with a message, and an
existing file is replaced only after the user agrees."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import snapshot

from hdrectify.ui.bundle_dialogs import ExportBundleDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.print_dialog import PrintDialog
from hdrectify.ui.save_check import OBJECT_NAME


def open_print(qtbot, window: MainWindow) -> PrintDialog:  # type: ignore[no-untyped-def]
    dialog = window.open_print("checklist")
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, PrintDialog)
    dialog.ui.monthEdit.setDate(QDate(2026, 3, 1))
    return dialog


def open_export(qtbot, window: MainWindow) -> ExportBundleDialog:  # type: ignore[no-untyped-def]
    window.ui.actionExportBundle.trigger()
    dialog = window.findChild(ExportBundleDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def question(qtbot, parent) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox, OBJECT_NAME)))
    return next(b for b in parent.findChildren(QMessageBox, OBJECT_NAME) if b.isVisible())


def click(qtbot, box: QMessageBox, label: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_saving_a_document_onto_the_database_is_refused_with_a_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.path
    rows, data = snapshot(window.ctx), db.read_bytes()
    dialog = open_print(qtbot, window)
    for target, says in (
        (db, "数据库文件本身"),
        (Path(f"{db}-wal"), "数据库"),
        (Path(f"{db}.lock"), "锁文件"),
        (db.parent / "backups" / "清单.pdf", "备份文件夹"),
    ):
        with qtbot.assertNotEmitted(dialog.saved, wait=200):
            dialog.save_to(target, confirmed=True)  # even as if a save dialog had asked
        assert says in dialog.ui.formError.text(), dialog.ui.formError.text()
        assert not dialog.findChildren(QMessageBox, OBJECT_NAME)
    assert db.read_bytes() == data and snapshot(window.ctx) == rows


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "清单.pdf"
    out.write_bytes(b"last month's list")
    dialog = open_print(qtbot, window)

    with qtbot.assertNotEmitted(dialog.saved, wait=200):
        dialog.save_to(out)
        click(qtbot, question(qtbot, dialog), "取消")
    assert out.read_bytes() == b"last month's list"

    dialog.save_to(out)
    box = question(qtbot, dialog)
    assert str(out) in box.text()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        click(qtbot, box, "替换")
    assert "陈志强" in "".join(p.extract_text() or "" for p in PdfReader(out).pages)


def test_a_bundle_typed_onto_the_database_is_refused_next_to_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.path
    rows, data = snapshot(window.ctx), db.read_bytes()
    dialog = open_export(qtbot, window)
    dialog.ui.pathEdit.setText(str(db))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "数据库文件本身" in dialog.ui.formError.text() and dialog.isVisible()
    assert dialog.task is None and not dialog.findChildren(QMessageBox, OBJECT_NAME)
    assert db.read_bytes() == data and snapshot(window.ctx) == rows


def test_a_bundle_typed_onto_an_existing_file_asks_first(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "上周.hdbundle"
    out.write_bytes(b"last week's bundle")
    dialog = open_export(qtbot, window)
    dialog.ui.pathEdit.setText(str(out))
    qtbot.mouseClick(dialog.ui.wholeCheck, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    click(qtbot, question(qtbot, dialog), "取消")
    assert out.read_bytes() == b"last week's bundle" and dialog.task is None

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        click(qtbot, question(qtbot, dialog), "替换")
    assert out.read_bytes().startswith(b"PK")
