"""Fixtures for the window's tests: the application as hdrectify sets it up, and real databases.

Every test gets its own QSettings folder (under its tmp_path) and a fresh database
file: an empty one, or a copy of a demo database built once per session.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hdrectify.app import Launcher, create_application, open_context
from hdrectify.store.demo import build_demo
from hdrectify.ui import i18n
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow

DEMO_TODAY = dt.date(2026, 11, 25)


@pytest.fixture(autouse=True)
def app(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """The QApplication with hdrectify's font and (Chinese) language, and settings in tmp_path."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings().clear()
    create_application()
    yield qapp
    i18n.install(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "hdrectify-demo.db"
    build_demo(path, DEMO_TODAY)
    return path


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A context on a fresh copy of the demo database."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    ctx = open_context(path)
    yield ctx
    ctx.close()


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """A context on a new database with the notice's ledger loaded and nothing else."""
    ctx = open_context(tmp_path / "hd.db", create=True, seed=True)
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, demo_ctx: AppContext) -> MainWindow:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.current_key() == "dashboard" and win.page("dashboard").isVisible())
    return win


def _type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events, Chinese included (QTest.keyClicks takes ASCII only).

    Each character arrives as a key press carrying the text, as an input method
    delivers a committed character.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            from PySide6.QtTest import QTest

            QTest.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def type_text():
    """``type_text(widget, "中文")``: key events for any text, Chinese included."""
    return _type_text


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database in a folder of its own (``data/hdrectify.db``), for a Launcher to open."""
    path = tmp_path / "data" / "hdrectify.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def launchers(qtbot) -> Iterator[Callable[[], Launcher]]:
    """``launchers() -> Launcher``: as many as a test needs; their windows closed and locks released after it."""
    made: list[Launcher] = []

    def make() -> Launcher:
        launcher = Launcher()
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        if launcher.window is not None:
            launcher.window.close()
            launcher.window.ctx.close()
        if launcher.lock is not None:
            launcher.lock.release()
