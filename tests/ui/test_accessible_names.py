"""The dialogs added this round are read by a screen reader as they are seen: every focusable widget has a name.

Qt gives a widget the accessible name set on it, or the text of the label whose buddy it is, or
its own text (a button); AT-SPI (Linux) and UI Automation (Windows) read that name. A widget
without one is announced as a bare "edit" or "combo box".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from hdrectify.ui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog, PrepareBundleDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.ledger_dialogs import LedgerItemDialog, LedgerRemoveDialog
from hdrectify.ui.welcome_dialog import WelcomeDialog


def nameless(dialog: QWidget) -> list[str]:
    """The focusable, visible widgets of ``dialog`` that a screen reader would announce without a name."""
    dialog.show()
    out = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog) or w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isEnabled():
            continue
        if w.focusProxy() is not None:  # focus goes to its proxy (a spin box's own line edit), checked itself
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            out.append(f"{type(w).__name__} {w.objectName()!r}")
    return out


def first_id(ctx: AppContext, table: str) -> str:
    return str(ctx.store.rows(f"SELECT id FROM {table} ORDER BY rowid LIMIT 1")[0]["id"])


@pytest.mark.parametrize("kind", ["problem", "measure"])
def test_the_ledger_item_dialog_names_every_field(qtbot, demo_ctx: AppContext, kind: str) -> None:
    parent_table = {"problem": "ledger_areas", "measure": "ledger_problems"}[kind]
    dialog = LedgerItemDialog(demo_ctx, kind, parent_id=first_id(demo_ctx, parent_table))
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []


def test_the_removal_dialog_names_every_field(qtbot, demo_ctx: AppContext) -> None:
    problem = demo_ctx.store.rows("SELECT id, title FROM ledger_problems WHERE source = 'visit' LIMIT 1")[0]
    dialog = LedgerRemoveDialog(demo_ctx, "problem", problem["id"], problem["title"])
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []


@pytest.mark.parametrize("cls", [ExportBundleDialog, PrepareBundleDialog, ImportBundleDialog])
def test_the_bundle_dialogs_name_every_field(qtbot, demo_ctx: AppContext, cls: Callable[[AppContext], QWidget]) -> None:
    dialog = cls(demo_ctx)
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []


def test_the_welcome_dialog_names_every_field(qtbot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "new.db")
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []


def test_the_excel_import_dialog_names_every_field(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl

    from hdrectify.ui.sheet_import_dialog import SheetImportDialog

    wb = openpyxl.Workbook()
    wb.active.title = "联系记录"
    wb.active.append(["党员", "康园中心", "日期", "方式", "情况"])
    wb.active.append(["陈志强", "平山街道康园中心", "2026-11-02", "电话", "了解近况"])
    wb.save(tmp_path / "x.xlsx")
    dialog = SheetImportDialog(demo_ctx, path=str(tmp_path / "x.xlsx"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.panes) and dialog.ui.sheetTabs.isEnabled(), timeout=20_000)
    assert len(dialog.panes[0].combos) == 5
    assert nameless(dialog) == []
