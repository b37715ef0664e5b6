"""Screenshots of every screen and the main dialogs at 字号 100 %, 150 % and 200 %, the window sized
for a 1366×768 screen (less a 40-pixel panel), on a fresh demo database, to look at for anything cut off.

Run: QT_QPA_PLATFORM=offscreen python packaging/text_size_shots.py [OUT_DIR]   (default /tmp/hdrectify-text-size)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

DIALOGS = [
    ("hdrectify.ui.log_dialog", "LogDialog"),
    ("hdrectify.ui.review_dialog", "ReviewDialog"),
    ("hdrectify.ui.settings_dialog", "SettingsDialog"),
    ("hdrectify.ui.bundle_dialogs", "ImportBundleDialog"),
    ("hdrectify.ui.conflicts_dialog", "ConflictsDialog"),
]


def settle(app, seconds: float = 0.6) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/hdrectify-text-size")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings

    from hdrectify.app import create_application, open_context
    from hdrectify.store.demo import build_demo
    from hdrectify.ui import text_size
    from hdrectify.ui.main_window import MainWindow
    from hdrectify.ui.pages import PAGES

    tmp = Path(tempfile.mkdtemp(prefix="hdrectify-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = create_application()
    db = tmp / "demo.db"
    build_demo(db, dt.date.today())
    ctx = open_context(db)
    for percent in (100, 150, 200):
        text_size.apply(percent)
        window = MainWindow(ctx)
        window.resize(1366, 768 - 40 - 30)  # the panel and the title bar
        window.show()
        settle(app, 1.5)
        for spec in PAGES:
            window.show_page(spec.key)
            settle(app, 1.5)
            window.grab().save(str(out / f"{percent}-{spec.key}.png"))
        for module, cls in DIALOGS:
            dialog = window.open_dialog(module, cls)
            settle(app)
            dialog.grab().save(str(out / f"{percent}-{cls}.png"))
            dialog.close()
        dialog = window.open_print("checklist")
        settle(app)
        dialog.grab().save(str(out / f"{percent}-PrintDialog.png"))
        dialog.close()
        window.close_for_good()
        settle(app)
    ctx.close()
    print(out)


if __name__ == "__main__":
    main()
