"""Helpers shared by the window's tests (importable: pytest puts this folder on the path)."""

from __future__ import annotations

import sqlite3
from typing import Any

from hdrectify.ui.context import AppContext


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
