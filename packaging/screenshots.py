"""Take the user guide's screenshots of the real window on a fresh demo database, offscreen.

Run: python packaging/screenshots.py    (writes resources/help/images/*.png, the English window's in
images/en/, and the README's two in resources/screenshots/; they are committed)

Each picture is the widget's own rendering (QWidget.grab) with the shipped Noto Sans SC, so
it looks like the app on a Chinese desktop minus the window frame. Dialogs that do not exist
in this checkout (looked up by the menu action's name) are skipped and reported.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "help" / "images"
README_SHOTS = ROOT / "resources" / "screenshots"


def wait(app, condition: Callable[[], bool], seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def laptop_bundle(db: Path, tmp: Path, name: str) -> Path:
    """A member's laptop set up from ``db`` with one on-site visit logged on it; its bundle for the office."""
    from hdrectify.exchange.export import export_bundle
    from hdrectify.exchange.merge import import_bundle
    from hdrectify.store.base import Store
    from hdrectify.store.records import log_contact

    folder = tmp / name
    folder.mkdir()
    setup = folder / "交换包-办公室-全部.hdbundle"
    with Store.open(db) as office:
        export_bundle(office, setup, whole=True)
    pairing = "SELECT member_id, centre_id FROM pairings WHERE end_on IS NULL ORDER BY start_on, id LIMIT 1"
    with Store.open(folder / "laptop.db", create=True, actor="陈志强") as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", name)
        import_bundle(store, setup)
        row = store.rows(pairing)[0]
        with store.transaction():
            member, centre = store.get("members", row["member_id"]), store.get("centres", row["centre_id"])
            log_contact(store, member, centre, dt.date.today(), "onsite", "到岗查看康复训练开展情况")
        out = tmp / f"{'交换包' if name.isascii() is False else 'bundle'}-{name}.hdbundle"
        export_bundle(store, out)
    return out


def main() -> int:
    # a short, stable folder: its path shows in some dialogs
    tmp = Path(tempfile.gettempdir()) / "hdrectify-guide"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    os.environ.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"))
    os.environ.update(XDG_DATA_HOME=str(tmp / "data"), HDRECTIFY_USER="办公室")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from hdrectify.app import create_application, open_context
    from hdrectify.store.demo import build_demo
    from hdrectify.ui import i18n
    from hdrectify.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qsettings"))
    app = create_application()
    db = tmp / "演示数据.db"
    build_demo(db, dt.date.today())
    ctx = open_context(db)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    made: list[str] = []
    missing: set[str] = set()

    def save(widget: QWidget, path: Path) -> None:
        for _ in range(20):
            app.processEvents()
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))
        made.append(str(path.relative_to(ROOT)))

    def top_dialog(kind: type = QDialog) -> QDialog:
        wait(app, lambda: any(w.isVisible() for w in app.topLevelWidgets() if isinstance(w, kind)))
        return next(w for w in app.topLevelWidgets() if isinstance(w, kind) and w.isVisible())

    def close_dialogs() -> None:
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        app.processEvents()

    def window_and_dialogs(out: Path, note: str, problem: str, laptop: str) -> None:
        """Every picture of the guide but the printed page, in the language installed now."""
        window.statusBar().clearMessage()
        window.show_page("records")  # away and back: the pages refresh in the new language
        dashboard = window.show_page("dashboard")
        wait(app, dashboard.is_loaded)  # type: ignore[attr-defined]
        save(window, out / "dashboard.png")
        grid = window.show_page("cadence")
        wait(app, lambda: not grid.is_busy())  # type: ignore[attr-defined]
        save(window, out / "cadence-grid.png")

        # 登记联系: an on-site visit, filled in as a member would
        window.ui.actionLogContact.trigger()
        log = top_dialog()
        log.ui.methodCombo.setCurrentIndex(log.ui.methodCombo.findData("onsite"))  # type: ignore[attr-defined]
        log.ui.noteEdit.setPlainText(note)  # type: ignore[attr-defined]
        log.ui.problemsEdit.setPlainText(problem)  # type: ignore[attr-defined]
        save(log, out / "log-dialog.png")
        close_dialogs()

        for document, name in (("checklist", "print-checklist"), ("summary", "print-summary")):
            save(window.open_print(document), out / f"{name}.png")
            close_dialogs()

        # 导入交换包 on a bundle from a member's laptop (set up from this database, one visit logged there)
        if hasattr(window.ui, "actionImportBundle"):
            from hdrectify.ui.bundle_dialogs import ImportBundleDialog

            dialog = ImportBundleDialog(ctx, window, str(laptop_bundle(db, tmp, laptop)))
            dialog.show()
            wait(app, lambda: dialog.preview is not None)
            save(dialog, out / "bundle-import.png")
            dialog.import_()  # for real, so that 交换记录 shows the import
            wait(app, lambda: dialog.outcome is not None)
            close_dialogs()
        else:
            missing.add("bundle-import")
        for action_name, name in (
            ("actionExportBundle", "bundle-export"),
            ("actionBackup", "backup"),
            ("actionRestore", "restore"),
            ("actionVerify", "verify"),
            ("actionExchangeHistory", "exchange-history"),
        ):
            action = getattr(window.ui, action_name, None)
            if action is None:
                missing.add(name)
                continue
            action.trigger()
            try:
                save(top_dialog(), out / f"{name}.png")
            except SystemExit:
                missing.add(name)
            close_dialogs()

    window_and_dialogs(IMAGES, "查看康复训练开展情况，与中心负责人交流本月活动安排。",
                       "康复器材登记台账未及时更新", "党员笔记本")  # fmt: skip

    # a page of the checklist as printed (always Chinese), rendered from the PDF the app makes
    import pypdfium2

    from hdrectify import documents
    from hdrectify.domain.periods import Period
    from hdrectify.store.base import Store

    pdf = tmp / "清单.pdf"
    month = Period.month_of(dt.date.today().replace(day=1) - dt.timedelta(days=1))
    with Store.open(db) as store:
        documents.make_checklist(store, month, pdf)
    pypdfium2.PdfDocument(str(pdf))[0].render(scale=1.4).to_pil().save(IMAGES / "checklist-page.png")
    made.append(str((IMAGES / "checklist-page.png").relative_to(ROOT)))

    # for the README: the guide and the About dialog
    guide = window.open_guide()
    guide.resize(900, 640)
    save(guide, README_SHOTS / "help-guide.png")
    close_dialogs()
    window.ui.actionAbout.trigger()
    save(top_dialog(), README_SHOTS / "about.png")
    close_dialogs()

    # the English guide's pictures, of the English window
    i18n.install("en")
    window_and_dialogs(IMAGES / "en", "Looked at the rehabilitation training; talked over this month's activities.",
                       "The equipment register is not up to date", "Party member laptop")  # fmt: skip
    i18n.install(i18n.DEFAULT_LANGUAGE)

    window.close()
    ctx.close()
    print(f"wrote {len(made)} screenshots: {', '.join(made)}")
    if missing:
        print(f"not in this checkout (no screenshot): {', '.join(sorted(missing))}")
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
