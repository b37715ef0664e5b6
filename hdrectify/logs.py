"""hdrectify's log: a file in the user's log folder, never the terminal or the window. No Qt.

What is logged is for whoever looks into a fault later — SQLite's or the system's own English words
beside the Chinese message the user was shown ("cannot write PATH: [Errno 28] No space left on
device"). Without a handler Python prints such lines on stderr, before the command line's
"错误：…", in a language the user did not choose; :func:`setup` sends them to ``hdrectify.log`` in
``platformdirs.user_log_path("hdrectify")`` (``~/.local/state/hdrectify/log`` on Linux,
``%LOCALAPPDATA%\\hdrectify\\Logs`` on Windows) instead.

The file is found and opened at the first line logged, so a start that logs nothing (nearly all)
pays nothing for it. A file over 1 MiB is moved to ``hdrectify.log.1`` (the one before is
dropped) when it is opened, and when it grows past that while open. A folder that cannot be
written drops the lines: the user has already been told, in Chinese.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import TextIO

KEEP_BYTES = 1 << 20
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    import platformdirs  # found at the first line logged: start-up time

    return platformdirs.user_log_path("hdrectify", appauthor=False) / "hdrectify.log"


class LogFile(logging.Handler):
    """Appends to :func:`log_file`, opened at the first record; a fault writing it drops the record."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(logging.Formatter(FORMAT))
        self.stream: TextIO | None = None
        self.failed = False

    def _open(self) -> TextIO:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            if path.stat().st_size > KEEP_BYTES:
                os.replace(path, path.with_name(path.name + ".1"))
        return path.open("a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        try:
            if self.stream is None:
                self.stream = self._open()
            self.stream.write(self.format(record) + "\n")
            self.stream.flush()
            if self.stream.tell() > KEEP_BYTES:  # a process that logs for weeks: moved aside at the next line
                stream, self.stream = self.stream, None
                stream.close()
        except (OSError, ValueError):  # a full disk, a read-only home: not the user's concern here
            self.failed = True
            self.close()

    def close(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
        super().close()


def setup() -> None:
    """Send warnings and errors to the log file (once per process)."""
    root = logging.getLogger()
    if not any(isinstance(handler, LogFile) for handler in root.handlers):
        root.addHandler(LogFile())
