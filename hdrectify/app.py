"""Start-up of the window: the application, its font and language, the database, the main window."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hdrectify.domain.errors import InputError
from hdrectify.paths import ICONS
from hdrectify.store.base import Store
from hdrectify.store.db import resolve_db_path
from hdrectify.ui import fonts, i18n
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with hdrectify's names, font and saved language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("hdrectify")
    app.setApplicationName("hdrectify")
    app.setApplicationDisplayName("整改台账与挂钩联系")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("hdrectify")  # matches packaging's hdrectify.desktop (menu entry and icon)
    fonts.install(app)
    i18n.install(i18n.saved_language())
    return app


def app_icon() -> QIcon:
    """The application icon, from its PNG sizes (no SVG icon plugin needed)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("hdrectify-*.png")):
        icon.addFile(str(png))
    return icon


def open_context(path: Path, *, create: bool = False, seed: bool = False) -> AppContext:
    """Open (or create) a database for the window and note when it was last opened."""
    store = Store.open(path, create=create)
    try:
        previous = store.setting("last_opened")
        with store.transaction():
            if create:
                store.initialise_settings()
            if seed:
                from hdrectify.store.ledger import load_seed

                load_seed(store)
            store.set_setting("last_opened", dt.date.today().isoformat())
    except sqlite3.Error as e:
        store.close()
        raise InputError(f"无法写入数据库 {path}（{e}）：文件可能只读，或正被其他程序占用") from None
    except BaseException:
        store.close()
        raise
    ctx = AppContext(store)
    ctx.previous_open = previous
    return ctx


class Launcher:
    """Keeps one main window open on one database, and swaps both when asked."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def open(self, path: Path, *, create: bool = False, seed: bool = False) -> MainWindow | None:
        try:
            ctx = open_context(path, create=create, seed=seed)
        except InputError as e:
            QMessageBox.critical(self.window, QApplication.translate("Launcher", "无法打开数据库"), str(e))
            return None
        old = self.window
        self.window = MainWindow(ctx)
        self.window.database_requested.connect(lambda p, c: self.open(Path(p), create=c))
        self.window.show()
        if old is not None:
            old.close()
            old.ctx.close()
            old.deleteLater()
        return self.window


def main(db: str | None = None) -> int:
    app = create_application()
    path = resolve_db_path(db)
    launcher = Launcher()
    if path.exists():
        window = launcher.open(path)
    else:
        from hdrectify.ui.welcome_dialog import WelcomeDialog

        welcome = WelcomeDialog(path)
        if not welcome.exec() or welcome.choice is None:
            return 0
        choice = welcome.choice
        window = launcher.open(choice.path, create=choice.create, seed=choice.seed)
    if window is None:
        return 1
    smoke = os.environ.get("HDRECTIFY_SMOKE_SCREENSHOT")
    if smoke:  # packaging/check_frozen.py: show the window, save what it shows, quit
        QTimer.singleShot(2000, lambda: (window.grab().save(smoke), app.quit()))
    return app.exec()
