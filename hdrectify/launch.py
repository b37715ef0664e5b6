"""``hdrectify``'s entry point: the window straight away, or the command line.

Opening the window is what most starts are, so it does not pay for the command line: with no
arguments, or only ``--db PATH``, the window is started without importing click or the commands
(``hdrectify.cli`` and what it imports). Anything else — a command, ``--help``, ``--version``, a
mistyped option — goes to the command line, which parses it and answers as it always has.
"""

from __future__ import annotations

import sys

_NOT_THE_WINDOW = object()


def window_database(args: list[str]) -> object:
    """The ``--db`` value (or None) when ``args`` only open the window, else ``_NOT_THE_WINDOW``."""
    if not args:
        return None
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return args[0][len("--db=") :]
    if len(args) == 2 and args[0] == "--db" and args[1] and not args[1].startswith("-"):
        return args[1]
    return _NOT_THE_WINDOW


def main(argv: list[str] | None = None) -> None:
    from hdrectify import logs

    logs.setup()  # the developer's English (SQLite's, the system's) to a file, not before the user's Chinese
    args = sys.argv[1:] if argv is None else argv
    db = window_database(args)
    if db is _NOT_THE_WINDOW:
        from hdrectify.cli import main as command_line

        command_line(argv)
        return
    from hdrectify.ui.qt_first import import_qt

    import_qt()  # before the window's modules: see hdrectify/ui/qt_first.py
    from hdrectify.app import main as window

    assert db is None or isinstance(db, str)
    sys.exit(window(db))
