"""hdrectify's log file (hdrectify/logs.py): English for the developer goes there, never to the user's terminal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hdrectify import logs


@pytest.fixture()
def logger(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    found = logging.getLogger("hdrectify.test_logs")
    handler = logs.LogFile()
    found.addHandler(handler)
    found.propagate = False
    yield found, handler
    found.removeHandler(handler)
    handler.close()


def test_a_line_goes_to_the_file_in_the_users_log_folder(logger, tmp_path: Path) -> None:
    found, _handler = logger
    found.info("not kept: below a warning")
    found.warning("cannot write %s: %s", "/x/台账.pdf", "[Errno 28] No space left on device")
    text = (tmp_path / "state" / "hdrectify" / "log" / "hdrectify.log").read_text(encoding="utf-8")
    assert "WARNING hdrectify.test_logs: cannot write /x/台账.pdf: [Errno 28] No space left on device" in text
    assert "not kept" not in text


def test_a_long_log_is_moved_aside_when_opened(logger, tmp_path: Path) -> None:
    found, _handler = logger
    folder = tmp_path / "state" / "hdrectify" / "log"
    folder.mkdir(parents=True)
    (folder / "hdrectify.log").write_text("old\n" * (logs.KEEP_BYTES // 4 + 1), encoding="utf-8")
    found.warning("new line")
    assert (folder / "hdrectify.log").read_text(encoding="utf-8").endswith("new line\n")
    assert (folder / "hdrectify.log").stat().st_size < 200
    assert (folder / "hdrectify.log.1").read_text(encoding="utf-8").startswith("old\n")


def test_a_log_folder_that_cannot_be_made_drops_the_lines_quietly(
    logger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, handler = logger
    (tmp_path / "state").write_text("a file where the folder would be", encoding="utf-8")
    found.warning("first")
    found.error("second")
    assert handler.failed
    assert capsys.readouterr().err == ""  # no "--- Logging error ---" and traceback for the user


def test_setup_adds_one_handler_however_often_it_is_called() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.setup()
        logs.setup()
        assert sum(isinstance(h, logs.LogFile) for h in root.handlers) == 1
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_a_process_that_logs_much_keeps_the_file_bounded(logger, tmp_path: Path) -> None:
    found, _handler = logger
    folder = tmp_path / "state" / "hdrectify" / "log"
    line = "x" * 1000
    for n in range(3 * logs.KEEP_BYTES // len(line)):  # a window left open for weeks, one fault a minute
        found.warning("%d %s", n, line)
    sizes = [p.stat().st_size for p in folder.iterdir()]
    assert sorted(p.name for p in folder.iterdir()) == ["hdrectify.log", "hdrectify.log.1"]
    assert max(sizes) <= logs.KEEP_BYTES + 2 * len(line)
    assert (folder / "hdrectify.log").read_text(encoding="utf-8").rstrip().endswith(line)


def test_the_tests_log_into_their_own_home(tmp_path: Path) -> None:
    """Whatever the developer's XDG_STATE_HOME, a test's log (and a subprocess's) stays under tmp_path."""
    assert logs.log_file().is_relative_to(tmp_path)
