"""打印与导出 in the window: make each document in the background, preview it, print it to a file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from hdrectify.ui import pdf_pages
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.print_dialog import PrintDialog


def open_print(qtbot, window: MainWindow, document: str) -> PrintDialog:
    dialog = window.open_print(document)
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, PrintDialog)
    return dialog


def test_ctrl_p_opens_the_monthly_checklist(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PrintDialog)))
    dialog = next(d for d in window.findChildren(PrintDialog) if d.isVisible())
    assert dialog.document() == "checklist"
    assert dialog.ui.monthEdit.isVisible() and dialog.ui.memberCombo.isVisible()
    assert not dialog.ui.quarterCombo.isVisible()


def test_save_a_checklist_for_one_member(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_print(qtbot, window, "checklist")
    dialog.ui.monthEdit.setDate(QDate(2026, 3, 1))
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findText("陈志强"))
    out = tmp_path / "清单.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.save_to(out)
    assert saved.args == [str(out)]
    text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "陈志强" in text and "黄伟明" not in text


def test_save_the_quarterly_summary_as_a_spreadsheet(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_print(qtbot, window, "summary")
    assert dialog.ui.quarterCombo.isVisible() and not dialog.ui.monthEdit.isVisible()
    dialog.ui.quarterCombo.setCurrentIndex(dialog.ui.quarterCombo.findData("2026-Q1"))
    out = tmp_path / "汇总.xlsx"
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_to(out)
    assert openpyxl.load_workbook(out).sheetnames[:3] == ["汇总", "统计", "挂钩"]


def test_save_the_annual_summary(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_print(qtbot, window, "summary")
    combo = dialog.ui.quarterCombo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the years come after the quarters
    while combo.currentData() != "2026":
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText() == "2026年（全年）"
    assert dialog.suggested_path().name == f"年度汇总-2026年{dialog.suffix()}"
    out = tmp_path / "年度汇总.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.save_to(out)
    text = "".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "2026年" in text and "年度考评" in text


def test_a_month_without_pairings_says_so_and_writes_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_print(qtbot, window, "checklist")
    dialog.ui.monthEdit.setDate(QDate(2019, 3, 1))
    out = tmp_path / "none.pdf"
    dialog.save_to(out)
    qtbot.waitUntil(lambda: dialog.ui.formError.text() != "", timeout=30_000)
    assert "2019" in dialog.ui.formError.text()
    assert not out.exists()


def test_preview_shows_the_ledger(qtbot, window: MainWindow) -> None:
    dialog = open_print(qtbot, window, "ledger")
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "preview_dialog", None) is not None, timeout=30_000)
    assert dialog.preview_dialog.isVisible()
    assert dialog.preview_pdf().exists()
    dialog.preview_dialog.reject()


def test_the_evidence_zip_cannot_be_previewed(qtbot, window: MainWindow) -> None:
    dialog = open_print(qtbot, window, "evidence")
    assert not dialog.ui.previewButton.isEnabled() and not dialog.ui.printButton.isEnabled()
    assert dialog.ui.saveButton.isEnabled()


def test_printing_puts_every_pdf_page_on_the_printer(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_print(qtbot, window, "ledger")
    source = tmp_path / "ledger.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_to(source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    pages = pdf_pages.paint(source, printer)
    assert pages == len(PdfReader(source).pages) == len(PdfReader(tmp_path / "printed.pdf").pages)


def test_a_notice_can_be_chosen_before_the_ledger_has_problems(qtbot, tmp_path: Path) -> None:
    """A new office with its roster entered and the ledger still empty: 督办提醒单 lists whom it may go to
    (every member, for the contacts and visits to chase; no responsible unit yet) instead of failing."""
    import datetime as dt

    from hdrectify.app import open_context
    from hdrectify.store.people import add_centre, add_member, add_pairing

    ctx = open_context(tmp_path / "new.db", create=True, seed=False)
    try:
        with ctx.store.transaction():
            add_pairing(
                ctx.store,
                add_member(ctx.store, "陈志强"),
                add_centre(ctx.store, "安墩镇康园中心", "安墩镇"),
                dt.date(2026, 1, 5),
            )
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        with qtbot.waitExposed(win):
            win.show()
        dialog = open_print(qtbot, win, "notice")
        combo = dialog.ui.memberCombo
        assert dialog.document() == "notice" and combo.isVisible()
        assert [combo.itemText(i) for i in range(combo.count())][1:] == ["党员：陈志强"]
        win.close()
    finally:
        ctx.close()
