"""What a screen reader finds in a running application, read over AT-SPI: run by the SYSTEM python3.

``/usr/bin/python3 tests/ui/atspi_walk.py NAME [SECONDS]`` finds the application called NAME on the
AT-SPI bus of the D-Bus session in the environment (waiting up to SECONDS for it to register), walks
every top-level object (the main window, open dialogs) and prints JSON: ``{"windows": [{"role",
"name", "nodes": [...]}]}``, each node ``{"role", "name", "description", "path", "focusable",
"showing"}``. Tables, trees and lists give their first ``ROWS_CELLS`` children only (a year of the
grid is thousands of cells). Exits 2 when the application never appears.

pyatspi comes with the system (python3-pyatspi), not with the project's virtual environment, so
this is a script of its own, started by tests/ui/test_atspi.py; it imports nothing of hdrectify.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi

ROWS_CELLS = 300  # the grid: its headers (a column a week) and its first rows


def find_application(name: str, seconds: float) -> Any:
    end = time.monotonic() + seconds
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount:
                return app
        if time.monotonic() > end:
            return None
        time.sleep(0.3)


def walk(acc: Any, path: str, out: list[dict[str, Any]]) -> None:
    try:
        states = acc.getState()
        node = {
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "path": path,
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
        }
        count = acc.childCount
        many = acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST)
    except Exception:  # an object gone while walked (a page refreshed) is left out
        return
    out.append(node)
    for i in range(min(count, ROWS_CELLS) if many else count):
        try:
            child = acc.getChildAtIndex(i)
            role = child.getRoleName() if child is not None else ""
        except Exception:
            continue
        if child is not None:
            walk(child, f"{path}/{role}[{i}]", out)


def main() -> int:
    app = find_application(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 30.0)
    if app is None:
        print(json.dumps({"error": f"no application {sys.argv[1]!r} on the AT-SPI bus"}))
        return 2
    windows = []
    for i in range(app.childCount):
        top = app.getChildAtIndex(i)
        if top is None:
            continue
        nodes: list[dict[str, Any]] = []
        walk(top, f"{top.getRoleName()}[{i}]", nodes)
        if nodes:
            windows.append({"role": nodes[0]["role"], "name": nodes[0]["name"], "nodes": nodes})
    print(json.dumps({"windows": windows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
