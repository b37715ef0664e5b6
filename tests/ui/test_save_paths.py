"""另存为 in the window: the database and what is kept beside it are refused with a message, an
existing file is replaced only after the user agrees, the name offered says what and when, the
dialog starts in the folder last used, and the status bar says where it saved (a link opens it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from hdrectify.domain.periods import Kind, Period
from hdrectify.ui import save_places
from hdrectify.ui.bundle_dialogs import ExportBundleDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.print_dialog import PrintDialog
from hdrectify.ui.save_check import OBJECT_NAME
from tests.ui.ui_helpers import snapshot


def open_print(qtbot, window: MainWindow) -> PrintDialog:
    dialog = window.open_print("checklist")
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, PrintDialog)
    dialog.ui.monthEdit.setDate(QDate(2026, 3, 1))
    return dialog


def open_export(qtbot, window: MainWindow) -> ExportBundleDialog:
    window.ui.actionExportBundle.trigger()
    dialog = window.findChild(ExportBundleDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def question(qtbot, parent) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox, OBJECT_NAME)))
    return next(b for b in parent.findChildren(QMessageBox, OBJECT_NAME) if b.isVisible())


def click(qtbot, box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_saving_a_document_onto_the_database_is_refused_with_a_message(qtbot, window: MainWindow) -> None:
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


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, window: MainWindow, tmp_path: Path) -> None:
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


def test_a_bundle_typed_onto_the_database_is_refused_next_to_the_field(qtbot, window: MainWindow) -> None:
    db = window.ctx.path
    rows, data = snapshot(window.ctx), db.read_bytes()
    dialog = open_export(qtbot, window)
    dialog.ui.pathEdit.setText(str(db))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "数据库文件本身" in dialog.ui.formError.text() and dialog.isVisible()
    assert dialog.task is None and not dialog.findChildren(QMessageBox, OBJECT_NAME)
    assert db.read_bytes() == data and snapshot(window.ctx) == rows


def test_a_bundle_typed_onto_an_existing_file_asks_first(qtbot, window: MainWindow, tmp_path: Path) -> None:
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


# -- 另存为: the name offered, the folder it starts in, where the window says it saved ------------------


class SaveDialogs:
    """Stands in for QFileDialog.getSaveFileName: records the path each save dialog offered and
    answers with ``self.answer`` in the folder ``self.folder`` (the user's choice of folder)."""

    def __init__(self, folder: Path) -> None:
        self.offered: list[Path] = []
        self.folder = folder
        self.typed: str | None = None  # a name the user typed instead of the one offered

    def __call__(self, parent, caption: str = "", start: str = "", filters: str = "", *args):
        self.offered.append(Path(start))
        return str(self.folder / (self.typed or Path(start).name)), filters


@pytest.fixture
def save_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SaveDialogs:
    folder = tmp_path / "归档" / "2026"
    folder.mkdir(parents=True)
    dialogs = SaveDialogs(folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialogs)
    return dialogs


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl | str) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def offered_name(qtbot, window: MainWindow, document: str, *, fmt: str | None = None) -> str:
    dialog = window.open_print(document)
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, PrintDialog)
    if document == "checklist":
        dialog.ui.monthEdit.setDate(QDate(2026, 3, 1))
    if document == "summary":
        dialog.ui.quarterCombo.setCurrentIndex(dialog.ui.quarterCombo.findData("2026-Q1"))
    if fmt is not None:
        dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData(fmt))
    name = dialog.suggested_path().name
    dialog.reject()
    return name


def test_save_as_offers_a_name_with_the_period_and_scope(qtbot, window: MainWindow) -> None:
    today = dt.date.today()
    day = f"{today.year}年{today.month}月{today.day}日"
    checklist = window.open_print("checklist")
    assert isinstance(checklist, PrintDialog)
    checklist.ui.monthEdit.setDate(QDate(2024, 3, 1))
    checklist.ui.memberCombo.setCurrentIndex(checklist.ui.memberCombo.findText("陈志强"))
    assert checklist.suggested_path().name == "月度清单-2024年3月-陈志强.pdf"
    checklist.ui.memberCombo.setCurrentIndex(0)  # 全部挂钩
    assert checklist.suggested_path().name == "月度清单-2024年3月-全部.pdf"
    checklist.reject()
    assert offered_name(qtbot, window, "summary", fmt=".pdf") == "季度汇总-2026年第1季度.pdf"
    assert offered_name(qtbot, window, "summary", fmt=".xlsx") == "季度汇总-2026年第1季度.xlsx"
    assert offered_name(qtbot, window, "ledger", fmt=".pdf") == f"整改台账-{day}.pdf"
    assert offered_name(qtbot, window, "ledger", fmt=".xlsx") == f"整改台账-{day}.xlsx"
    assert offered_name(qtbot, window, "ledger", fmt=".docx") == f"整改情况报告-{day}.docx"
    assert offered_name(qtbot, window, "evidence") == f"佐证材料-{day}.zip"
    export = open_export(qtbot, window)
    assert Path(export.ui.pathEdit.text()).name == f"交换包-演示数据（DEMO）-{today:%Y-%m-%d}.hdbundle"


def test_the_name_rule_for_a_year_and_for_names_a_file_system_refuses() -> None:
    assert save_places.document_name("summary", ".pdf", period=Period(Kind.YEAR, 2024)) == "年度汇总-2024年.pdf"
    assert save_places.document_name("summary", ".xlsx", period=Period(Kind.QUARTER, 2024, 1)) == (
        "季度汇总-2024年第1季度.xlsx"
    )
    assert save_places.document_name("checklist", ".pdf", period=Period(Kind.MONTH, 2024, 3), member=None) == (
        "月度清单-2024年3月-全部.pdf"
    )
    name = save_places.document_name(
        "checklist", ".pdf", period=Period(Kind.MONTH, 2024, 3), member='王/小\\明:*?"<>|\t '
    )
    assert name == "月度清单-2024年3月-王小明.pdf"
    assert save_places.bundle_name("办公室/A:B", dt.date(2024, 3, 5)) == "交换包-办公室AB-2024-03-05.hdbundle"
    assert save_places.bundle_name(' <>"|. ', dt.date(2024, 3, 5)) == "交换包-hdrectify-2024-03-05.hdbundle"
    for ch in '/\\:*?"<>|':
        assert ch not in save_places.file_safe(f"a{ch}b")


def test_the_save_dialog_starts_in_the_folder_last_used_also_in_a_new_window(
    qtbot, window: MainWindow, save_dialogs: SaveDialogs
) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = open_print(qtbot, window)
    with qtbot.waitSignal(first.saved, timeout=30_000) as saved:
        qtbot.mouseClick(first.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_dialogs.offered[0].parent in {Path(documents), Path.home()}  # nothing remembered yet
    assert save_dialogs.offered[0].name == "月度清单-2026年3月-全部.pdf"
    assert Path(saved.args[0]) == save_dialogs.folder / "月度清单-2026年3月-全部.pdf"
    first.reject()

    second = open_print(qtbot, window)
    assert second.suggested_path().parent == save_dialogs.folder
    second.reject()
    ctx = window.ctx
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    ledger = again.open_print("ledger")
    assert isinstance(ledger, PrintDialog)
    assert ledger.suggested_path().parent == save_dialogs.folder  # another kind: the folder last used at all
    ledger.reject()


def test_the_status_bar_says_where_it_saved_and_opens_the_folder(
    qtbot, window: MainWindow, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    dialog = open_print(qtbot, window)
    out = tmp_path / "月度" / "清单.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_to(out)
    dialog.reject()
    bar = window.statusBar()
    assert str(out) in bar.currentMessage()
    link = bar.findChild(QLabel, save_places.OPEN_FOLDER)
    assert link is not None and link.isVisible()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(4, link.height() // 2))
    assert opened_urls == [QUrl.fromLocalFile(str(out.parent))]

    bar.showMessage("另一条消息")  # the link belongs to the message that says where
    assert not link.isVisible()


def test_an_exported_bundle_is_announced_with_its_folder(
    qtbot, window: MainWindow, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    dialog = open_export(qtbot, window)
    out = tmp_path / "交换" / "本周.hdbundle"
    out.parent.mkdir()
    dialog.ui.pathEdit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert str(out) in window.statusBar().currentMessage()
    link = window.statusBar().findChild(QLabel, save_places.OPEN_FOLDER)
    assert link is not None and link.isVisible()
    link.linkActivated.emit(link.text())
    assert opened_urls == [QUrl.fromLocalFile(str(out.parent))]
    qtbot.waitUntil(lambda: not window.findChildren(ExportBundleDialog))  # closed once written
    export = open_export(qtbot, window)  # the next bundle is offered in the same folder
    assert Path(export.ui.pathEdit.text()).parent == out.parent


def test_a_name_typed_without_its_type_is_saved_with_it(qtbot, window: MainWindow, save_dialogs: SaveDialogs) -> None:
    save_dialogs.typed = "三月清单"
    dialog = open_print(qtbot, window)
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert saved.args == [str(save_dialogs.folder / "三月清单.pdf")]
    assert len(PdfReader(save_dialogs.folder / "三月清单.pdf").pages) > 0
