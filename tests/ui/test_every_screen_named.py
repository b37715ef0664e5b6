"""Every screen and every dialog is read by a screen reader as it is seen.

The main window's pages are walked through its sidebar, each face of their tabs and stacked
panels shown in turn; every dialog class of ``hdrectify.ui`` is built on the demo database
(a test fails when a new one is added and not walked here). Each focusable, visible, enabled
widget must have an accessible name (``nameless``); each filled table/list/tree view names
its cells (``mute_cells``): a cell painted with a colour or an icon says in words what it shows.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QListWidget, QTabWidget, QTreeView, QWidget

import hdrectify.ui
from hdrectify.domain.scans import ScanResult
from hdrectify.exchange.scans import PageOutcome
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.pages import PAGES
from tests.ui.test_accessible_names import nameless

# painted roles: a cell that sets one of these says with colour or a picture what it holds (a text
# colour on no text paints nothing)
PAINTED = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole)


def _words(index: QModelIndex) -> str:
    return str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "").strip()


def mute_cells(root: QWidget, rows: int = 40) -> list[str]:
    """Cells of the visible item views under ``root`` that are painted but give no words.

    A screen reader reads a cell's AccessibleTextRole, or else its DisplayRole; a cell that has
    neither but a colour, or an icon, tells its meaning to the eye only — unless its whole row
    wears the colour and another cell of the row says it in words (an import's row coloured by
    its outcome, the outcome written in its own column).
    """
    out = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root) or isinstance(view, QHeaderView):
            continue
        out += _mute_in(view, model, rows)
    return out


def _mute_in(view: QAbstractItemView, model: QAbstractItemModel, rows: int) -> list[str]:
    out: list[str] = []
    flat = isinstance(model, (QAbstractTableModel, QAbstractListModel))  # their counts take no parent
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount() if flat else 0

    def walk(parent: QModelIndex, depth: int = 0) -> None:
        count = model.rowCount() if flat else model.rowCount(parent)
        for r in range(min(count, rows)):
            for c in range(columns or model.columnCount(parent)):
                if view.inherits("QTableView") and view.isColumnHidden(c):  # type: ignore[attr-defined]
                    continue
                index = model.index(r, c, parent)
                painted = [index.data(role) for role in PAINTED]
                if any(p is not None for p in painted) and not _words(index):
                    row = [model.index(r, k, parent) for k in range(columns or model.columnCount(parent))]
                    if painted[0] is not None and any(
                        _words(i) and i.data(Qt.ItemDataRole.BackgroundRole) == painted[0] for i in row
                    ):
                        continue
                    out.append(f"{view.objectName() or type(view).__name__}[{r},{c}]")
            if not flat and depth < 2:
                walk(model.index(r, 0, parent), depth + 1)

    walk(QModelIndex())
    return out


def every_face(root: QWidget) -> list[str]:
    """``nameless`` and ``mute_cells`` of ``root`` with each tab of each tab widget shown in turn.

    (Panels that follow a selection, as the ledger's, are shown by selecting rows: see the page test.)
    """
    found = set(nameless(root)) | set(mute_cells(root))
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found |= set(nameless(root)) | set(mute_cells(root))
        tabs.setCurrentIndex(before)
    return sorted(found)


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_every_page_names_its_widgets_and_cells(qtbot, window: MainWindow, key: str) -> None:
    nav = window.findChild(QListWidget, "navList")
    assert nav is not None and nameless(nav) == []
    row = [spec.key for spec in PAGES].index(key)
    nav.setFocus()
    nav.setCurrentRow(row)
    page = window.page(key)
    qtbot.waitUntil(lambda: page.isVisible())
    busy = getattr(page, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=20_000)
    problems = set(every_face(window))
    for view in page.findChildren(QAbstractItemView):  # a selection opens the detail panels
        model = view.model()
        if not view.isVisible() or model is None or isinstance(view, QHeaderView) or not model.rowCount():
            continue
        index = model.index(0, 0)
        view.setCurrentIndex(index)
        problems |= set(every_face(window))
        while isinstance(view, QTreeView) and model.hasChildren(index):  # area, problem, measure of the ledger
            view.expand(index)
            index = model.index(0, 0, index)
            view.setCurrentIndex(index)
            problems |= set(every_face(window))
    assert sorted(problems) == [], "\n".join(problems)


def sheet(folder: Path) -> Path:
    """A small workbook of contacts, as the Excel import reads it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "联系记录"
    ws.append(["党员", "康园中心", "日期", "方式", "情况"])
    ws.append(["陈志强", "平山街道康园中心", "2026-11-02", "电话", "了解近况"])
    wb.save(folder / "x.xlsx")
    return folder / "x.xlsx"


def _first(ctx: AppContext, sql: str) -> str:
    return str(ctx.store.rows(sql)[0]["id"])


def _dialogs(qtbot, ctx: AppContext, window: MainWindow, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    """One way to build each dialog class of hdrectify.ui on the demo database, by class name."""
    from hdrectify.ui import (
        about_dialog,
        bulk_measures_dialog,
        bundle_dialogs,
        centre_dialog,
        checklist_items_dialog,
        close_measure_dialog,
        conflicts_dialog,
        declared_totals_dialog,
        exemption_dialog,
        extend_measure_dialog,
        feedback_dialog,
        help_dialog,
        history_dialog,
        ledger_dialogs,
        log_dialog,
        member_dialog,
        pairing_dialog,
        password_dialog,
        photo_suggestions,
        photos,
        print_dialog,
        progress_dialog,
        record_delete_dialog,
        record_edit_dialog,
        report_dialog,
        report_files_dialog,
        request_close_dialog,
        restore_dialog,
        review_dialog,
        rubric_dialog,
        scans_dialog,
        settings_dialog,
        sheet_import_dialog,
        welcome_dialog,
    )
    from hdrectify.ui.cadence_grid import CadenceGridPage

    measure = _first(ctx, "SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")
    contact = _first(ctx, "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY date DESC LIMIT 1")
    pairing = _first(ctx, "SELECT pairing_id AS id FROM contacts WHERE id = '" + contact + "'")
    centre = _first(ctx, "SELECT id FROM centres ORDER BY rowid LIMIT 1")
    member = _first(ctx, "SELECT id FROM members ORDER BY rowid LIMIT 1")
    visit_problem = ctx.store.rows("SELECT id, title FROM ledger_problems WHERE source = 'visit' LIMIT 1")[0]

    def cell_records() -> QDialog:
        grid = window.show_page("cadence")
        assert isinstance(grid, CadenceGridPage)
        qtbot.waitUntil(lambda: not grid.is_busy(), timeout=20_000)
        for r in range(grid.model.rowCount()):
            for c in range(grid.model.columnCount()):
                dialog = grid.open_records(grid.model.index(r, c))
                if dialog is not None:
                    assert isinstance(dialog, QDialog)
                    return dialog
        raise AssertionError("no cell with records")

    def report_files() -> QDialog:
        from hdrectify.store.evidence import stage_evidence
        from hdrectify.store.report_files import record_report_file

        report = _first(ctx, "SELECT id FROM reports WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1")
        source = tmp_path / "汇报定稿.docx"
        source.write_bytes(b"PK\x03\x04 a report")
        staged = stage_evidence(ctx.path, source)
        with ctx.write() as store:
            record_report_file(store, report, staged)
        return report_files_dialog.ReportFilesDialog(ctx, report, "陈志强 — 平山街道康园中心")

    outcomes = [
        PageOutcome("签字清单.png", 1, None, ScanResult.NO_QR),
    ]
    return {
        "AboutDialog": lambda: about_dialog.AboutDialog(ctx.path),
        "BulkMeasuresDialog": lambda: bulk_measures_dialog.BulkMeasuresDialog(ctx, [measure]),
        "ExportBundleDialog": lambda: bundle_dialogs.ExportBundleDialog(ctx),
        "PrepareBundleDialog": lambda: bundle_dialogs.PrepareBundleDialog(ctx),
        "ImportBundleDialog": lambda: bundle_dialogs.ImportBundleDialog(ctx),
        "CellRecordsDialog": cell_records,
        "CentreDialog": lambda: centre_dialog.CentreDialog(ctx, None, centre),
        "ChecklistItemsDialog": lambda: checklist_items_dialog.ChecklistItemsDialog(ctx, today=dt.date(2026, 11, 25)),
        "CloseMeasureDialog": lambda: close_measure_dialog.CloseMeasureDialog(ctx, measure),
        "ExtendMeasureDialog": lambda: extend_measure_dialog.ExtendMeasureDialog(ctx, measure),
        "ConflictsDialog": lambda: conflicts_dialog.ConflictsDialog(ctx),
        "ExchangeHistoryDialog": lambda: conflicts_dialog.ExchangeHistoryDialog(ctx),
        "DeclaredTotalsDialog": lambda: declared_totals_dialog.DeclaredTotalsDialog(ctx),
        "ExemptionDialog": lambda: exemption_dialog.ExemptionDialog(ctx),
        "FeedbackDialog": lambda: feedback_dialog.FeedbackDialog(
            ctx, "reports", _first(ctx, "SELECT id FROM reports WHERE deleted_at IS NULL LIMIT 1")
        ),
        "HelpDialog": lambda: help_dialog.HelpDialog(),
        "HistoryDialog": lambda: history_dialog.HistoryDialog(ctx, "contacts", contact, "记录"),
        "LedgerItemDialog": lambda: ledger_dialogs.LedgerItemDialog(
            ctx, "measure", parent_id=_first(ctx, "SELECT id FROM ledger_problems LIMIT 1")
        ),
        "LedgerRemoveDialog": lambda: ledger_dialogs.LedgerRemoveDialog(
            ctx, "problem", visit_problem["id"], visit_problem["title"]
        ),
        "LogDialog": lambda: log_dialog.LogDialog(ctx),
        "MemberDialog": lambda: member_dialog.MemberDialog(ctx, None, member),
        "PairingDialog": lambda: pairing_dialog.PairingDialog(ctx),
        "PhotoSuggestionDialog": lambda: photo_suggestions.PhotoSuggestionDialog(
            ctx, pairing, [photo_suggestions.Suggestion(tmp_path / "a.jpg", None, "无法读取拍摄日期")]
        ),
        "RecordPhotosDialog": lambda: photos.RecordPhotosDialog(ctx, contact),
        "PrintDialog": lambda: print_dialog.PrintDialog(ctx),
        "ProgressDialog": lambda: progress_dialog.ProgressDialog(ctx, measure),
        "RecordDeleteDialog": lambda: record_delete_dialog.RecordDeleteDialog(ctx, contact),
        "RecordEditDialog": lambda: record_edit_dialog.RecordEditDialog(ctx, contact),
        "ReportDialog": lambda: report_dialog.ReportDialog(ctx),
        "ReportFilesDialog": report_files,
        "RequestCloseDialog": lambda: request_close_dialog.RequestCloseDialog(window),
        "RestoreDialog": lambda: restore_dialog.RestoreDialog(ctx),
        "ReviewDialog": lambda: review_dialog.ReviewDialog(ctx),
        "RubricDialog": lambda: rubric_dialog.RubricDialog(ctx),
        "ScanResultsDialog": lambda: scans_dialog.ScanResultsDialog(window, outcomes),
        "ScanVisitDialog": lambda: scans_dialog.ScanVisitDialog(
            ctx, {"id": "x", "month": "2026-10", "pairing_id": pairing}
        ),
        "SettingsDialog": lambda: settings_dialog.SettingsDialog(ctx),
        "AskPasswordDialog": lambda: password_dialog.AskPasswordDialog(tmp_path / "secret.db", "密码不对"),
        "PasswordDialog": lambda: password_dialog.PasswordDialog(True),
        "SheetImportDialog": lambda: sheet_import_dialog.SheetImportDialog(ctx, path=str(sheet(tmp_path))),
        "WelcomeDialog": lambda: welcome_dialog.WelcomeDialog(tmp_path / "new.db"),
    }


def dialog_classes() -> set[str]:
    """Every concrete QDialog subclass defined in hdrectify.ui (private bases left out)."""
    found = set()
    for info in pkgutil.iter_modules(hdrectify.ui.__path__, "hdrectify.ui."):
        if info.name.endswith((".forms", ".models")):
            continue
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == info.name and not name.startswith("_"):
                found.add(name)
    return found


def test_every_dialog_class_is_walked(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert dialog_classes() - {"RecordDialog"} == set(_dialogs(qtbot, window.ctx, window, tmp_path))


@pytest.mark.parametrize("name", sorted(dialog_classes() - {"RecordDialog"}))
def test_every_dialog_names_its_widgets_and_cells(qtbot, window: MainWindow, tmp_path: Path, name: str) -> None:
    dialog = _dialogs(qtbot, window.ctx, window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    if name == "SheetImportDialog":  # the workbook is read in the background
        tabs = dialog.findChild(QWidget, "sheetTabs")
        assert tabs is not None
        qtbot.waitUntil(tabs.isEnabled, timeout=20_000)
    qtbot.wait(50)
    problems = every_face(dialog)
    assert problems == [], "\n".join(problems)
