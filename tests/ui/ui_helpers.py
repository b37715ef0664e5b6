"""Helpers shared by the window's tests (imported as tests.ui.ui_helpers)."""

from __future__ import annotations

import sqlite3
from typing import Any, TypeVar

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from hdrectify.ui.context import AppContext

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
