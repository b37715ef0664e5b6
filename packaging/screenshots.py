"""Take the user guide's screenshots of the real window on a fresh demo database, offscreen.

Run: python packaging/screenshots.py    (writes resources/help/images/*.png; they are committed)

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
OUT = ROOT / "resources" / "help" / "images"


def wait(app, condition: Callable[[], bool], seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def laptop_bundle(db: Path, tmp: Path) -> Path:
    """A member's laptop set up from ``db`` with one on-site visit logged on it; its bundle for the office."""
    from hdrectify.exchange.export import export_bundle
    from hdrectify.exchange.merge import import_bundle
    from hdrectify.store.base import Store
    from hdrectify.store.records import log_contact

    setup = tmp / "交换包-办公室-全部.hdbundle"
    with Store.open(db) as office:
        export_bundle(office, setup, whole=True)
    pairing = "SELECT member_id, centre_id FROM pairings WHERE end_on IS NULL ORDER BY start_on, id LIMIT 1"
    with Store.open(tmp / "laptop.db", create=True, actor="陈志强") as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", "党员笔记本")
        import_bundle(store, setup)
        row = store.rows(pairing)[0]
        with store.transaction():
            member, centre = store.get("members", row["member_id"]), store.get("centres", row["centre_id"])
            log_contact(store, member, centre, dt.date.today(), "onsite", "到岗查看康复训练开展情况")
        out = tmp / "交换包-党员笔记本.hdbundle"
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
    OUT.mkdir(parents=True, exist_ok=True)
    made, missing = [], []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))
        made.append(name)

    def top_dialog(kind: type = QDialog) -> QDialog:
        wait(app, lambda: any(w.isVisible() for w in app.topLevelWidgets() if isinstance(w, kind)))
        return next(w for w in app.topLevelWidgets() if isinstance(w, kind) and w.isVisible())

    def close_dialogs() -> None:
        for w in app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        app.processEvents()

    dashboard = window.page("dashboard")
    wait(app, dashboard.is_loaded)  # type: ignore[attr-defined]
    save(window, "dashboard")
    grid = window.show_page("cadence")
    wait(app, lambda: not grid.is_busy())  # type: ignore[attr-defined]
    save(window, "cadence-grid")

    # 登记联系: an on-site visit, filled in as a member would
    window.ui.actionLogContact.trigger()
    log = top_dialog()
    log.ui.methodCombo.setCurrentIndex(log.ui.methodCombo.findData("onsite"))  # type: ignore[attr-defined]
    log.ui.noteEdit.setPlainText("查看康复训练开展情况，与中心负责人交流本月活动安排。")  # type: ignore[attr-defined]
    log.ui.problemsEdit.setPlainText("康复器材登记台账未及时更新")  # type: ignore[attr-defined]
    save(log, "log-dialog")
    close_dialogs()

    for document, name in (("checklist", "print-checklist"), ("summary", "print-summary")):
        dialog = window.open_print(document)
        save(dialog, name)
        close_dialogs()

    # a page of the checklist as printed, rendered from the PDF the app makes
    from hdrectify import documents
    from hdrectify.domain.periods import Period
    from hdrectify.store.base import Store

    pdf = tmp / "清单.pdf"
    month = Period.month_of(dt.date.today().replace(day=1) - dt.timedelta(days=1))
    with Store.open(db) as store:
        documents.make_checklist(store, month, pdf)
    import pypdfium2

    page = pypdfium2.PdfDocument(str(pdf))[0]
    page.render(scale=1.4).to_pil().save(OUT / "checklist-page.png")
    made.append("checklist-page")

    # the dialogs of the exchange and backup features, when this checkout has them
    # 导入交换包 on a bundle from a member's laptop (set up from this database, one visit logged there)
    if hasattr(window.ui, "actionImportBundle"):
        from hdrectify.ui.bundle_dialogs import ImportBundleDialog

        bundle = laptop_bundle(db, tmp)
        dialog = ImportBundleDialog(ctx, window, str(bundle))
        dialog.show()
        wait(app, lambda: dialog.preview is not None)
        save(dialog, "bundle-import")
        dialog.import_()  # for real, so that 交换记录 shows the import
        wait(app, lambda: dialog.outcome is not None)
        close_dialogs()
    else:
        missing.append("bundle-import")
    for action_name, name in (
        ("actionExportBundle", "bundle-export"),
        ("actionBackup", "backup"),
        ("actionRestore", "restore"),
        ("actionVerify", "verify"),
        ("actionExchangeHistory", "exchange-history"),
    ):
        action = getattr(window.ui, action_name, None)
        if action is None:
            missing.append(name)
            continue
        action.trigger()
        try:
            save(top_dialog(), name)
        except SystemExit:
            missing.append(name)
        close_dialogs()

    # for the README: the guide and the About dialog
    readme = ROOT / "resources" / "screenshots"
    guide = window.open_guide()
    guide.resize(900, 640)
    save(guide, "../../screenshots/help-guide")
    close_dialogs()
    window.ui.actionAbout.trigger()
    save(top_dialog(), "../../screenshots/about")
    close_dialogs()
    made[-2:] = [str(readme / "help-guide.png"), str(readme / "about.png")]
    window.close()
    ctx.close()
    print(f"wrote {len(made)} screenshots to {OUT.relative_to(ROOT)}: {', '.join(made)}")
    if missing:
        print(f"not in this checkout (no screenshot): {', '.join(missing)}")
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
