"""The main window: navigation between the screens, the menus, and the database in use."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QListWidgetItem, QMessageBox, QWidget

from hdrectify.store.roles import is_office, office_only_error
from hdrectify.ui import safety_actions, text_size
from hdrectify.ui.context import AppContext, Changes
from hdrectify.ui.forms.ui_main_window import Ui_MainWindow
from hdrectify.ui.i18n import error_text
from hdrectify.ui.pages import PAGES, Page, PageSpec
from hdrectify.ui.safety_actions import SafetyHost
from hdrectify.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from hdrectify.ui.help_dialog import HelpDialog
    from hdrectify.ui.tray import Tray

NAV_STYLE = """
QListWidget { background: #eef2f7; font-size: %(size)s; padding-top: 8px; }
QListWidget::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }
QListWidget::item:selected { background: #2f6fb0; color: white; }
QListWidget::item:hover:!selected { background: #dde5ef; }
QListWidget:focus { border: 2px solid #1f5fa8; }
"""
# a dark or high-contrast system palette: the system's colours, only the sizes
NAV_STYLE_SYSTEM = "QListWidget { font-size: %(size)s; padding-top: 8px; } QListWidget::item { padding: 9px 14px; }"
CHECKPOINT_DELAY_MS = 2000
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(SafetyHost):
    """Holds the pages; builds each the first time it is shown, so start-up stays quick."""

    database_requested = Signal(str, bool)  # path, create
    password_requested = Signal(object, object)  # (current, new password or None): the launcher rewrites the file
    restore_requested = Signal(str)  # a backup file to restore over this database (the launcher does it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._built: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.last_message: QWidget | None = None  # the last non-blocking message of 备份/恢复/校验
        self._holders: list[QWidget] = []
        self._view_actions: list[QAction] = []
        self._guide: HelpDialog | None = None
        self.tray: Tray | None = None  # the system tray's icon, where there is a system tray (start_tray)
        self._closing_for_good = False
        for n, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.ui.navList.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder_{spec.key}")
            self._holders.append(holder)
            self.ui.pages.addWidget(holder)
            action = QAction(spec.title(), self)
            self._view_actions.append(action)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, i=n - 1: self.ui.navList.setCurrentRow(i))
            self.ui.menuView.addAction(action)
        style = NAV_STYLE_SYSTEM if text_size.system_colours_rule() else NAV_STYLE
        self.ui.navList.setStyleSheet(style % {"size": text_size.pt(11)})
        self.ui.navList.setMinimumWidth(text_size.px(150))  # the form's sizes are for 字号 100%
        self.ui.navList.setMaximumWidth(text_size.px(190))
        self.ui.navList.currentRowChanged.connect(self._show_page)
        self._connect_actions()
        ctx.changed.connect(self._on_changed)
        # A copy of the database file alone must hold what was written: 2 s after the last write
        # of a burst, the write-ahead log is moved into the file (store/db.py checkpoint).
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(CHECKPOINT_DELAY_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        ctx.changed.connect(self._checkpoint_timer.start)
        self._checkpoint_timer.start()  # opening it wrote the day it was opened
        self.conflicts_label = QLabel()  # shown while bundles left conflicts to settle; a link to them
        self.conflicts_label.linkActivated.connect(lambda _: self.ui.actionConflicts.trigger())
        self.ui.statusbar.addPermanentWidget(self.conflicts_label)
        self.db_label = QLabel()
        self.ui.statusbar.addPermanentWidget(self.db_label)
        from hdrectify.ui.save_places import SavedNotice

        self.saved_notice = SavedNotice(self.ui.statusbar)  # 打开所在文件夹, beside "已保存：…"
        # what the first paint does not need runs once the first page is shown (start-up time)
        self.after_first_page: list[Callable[[], None]] = [self._update_conflicts, self.start_tray]
        self._update_title(conflicts=False)
        geometry = QSettings().value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, DEFAULT_SIZE, centre=True)  # 1280×800 where it fits, else the screen's room
        else:
            fit_to_screen(self)  # saved on a bigger screen (or a projector): never larger than this one
        # The first page is built right after the window appears, so the window shows at once.
        QTimer.singleShot(0, self._show_first_page)

    # -- pages --------------------------------------------------------------
    def _show_first_page(self) -> None:
        if not self.ctx.closed and self.ui.navList.currentRow() < 0:
            self.ui.navList.setCurrentRow(0)
        QTimer.singleShot(0, self._after_first_page)

    def _after_first_page(self) -> None:
        """Run the work queued in :attr:`after_first_page` (once): the window is up by now."""
        work, self.after_first_page = self.after_first_page, []
        for job in work:
            if self.ctx.closed:
                return
            job()

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        if key not in self._built:
            index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
            widget = PAGES[index].build(self.ctx)
            widget.setObjectName(f"page_{key}")
            holder = self._holders[index]
            from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout

            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            # the page fills the window; only a window smaller than the page needs (a large 字号 on a
            # small screen) scrolls it, instead of cutting it off
            area = QScrollArea(holder)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            # not a Tab stop of its own (Tab goes to the page's fields, and the area keeps the focused
            # one in view); named after the page for a screen reader all the same
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.setAccessibleName(self.ui.navList.item(index).text())
            area.setWidget(widget)
            layout.addWidget(area)
            self._built[key] = widget
        return self._built[key]

    def show_page(self, key: str) -> QWidget:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        self.ui.navList.setCurrentRow(index)
        return self.page(key)

    def current_key(self) -> str:
        return PAGES[self.ui.pages.currentIndex()].key

    def _show_page(self, row: int) -> None:
        if row < 0 or self.ctx.closed:  # a window on its way out (its database closed) shows nothing new
            return
        spec: PageSpec = PAGES[row]
        fresh = spec.key not in self._built
        widget = self.page(spec.key)
        self.ui.pages.setCurrentIndex(row)
        if not fresh and spec.key in self._stale:
            self._stale.discard(spec.key)
            _refresh(widget)

    def _on_changed(self, what: Changes) -> None:
        """Refresh the page shown if the write concerns it; mark the others that it concerns."""
        if self.ctx.closed:
            return
        current = self.current_key()
        for key, widget in self._built.items():
            spec = next(spec for spec in PAGES if spec.key == key)
            if not what.touches(spec.concerns):
                continue
            if key == current:
                _refresh(widget)
            else:
                self._stale.add(key)
        self._update_title()

    # -- actions ------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close_for_good)
        ui.actionLogContact.triggered.connect(lambda: self.open_dialog("hdrectify.ui.log_dialog", "LogDialog"))
        ui.actionReport.triggered.connect(lambda: self.open_dialog("hdrectify.ui.report_dialog", "ReportDialog"))
        ui.actionReview.triggered.connect(lambda: self.open_dialog("hdrectify.ui.review_dialog", "ReviewDialog"))
        ui.actionExempt.triggered.connect(lambda: self.open_dialog("hdrectify.ui.exemption_dialog", "ExemptionDialog"))
        if not is_office(self.ctx.store):  # 免除 are the office's: disabled on a member's laptop, saying why
            ui.actionExempt.setEnabled(False)
            why = error_text(office_only_error("exemption"))
            ui.actionExempt.setToolTip(why)
            ui.actionExempt.setStatusTip(why)
        ui.actionSettings.triggered.connect(self._open_settings)
        for action, document in (
            (ui.actionPrintChecklist, "checklist"),
            (ui.actionPrintSummary, "summary"),
            (ui.actionPrintLedger, "ledger"),
            (ui.actionEvidenceZip, "evidence"),
        ):
            action.triggered.connect(lambda _=False, d=document: self.open_print(d))
        ui.actionOpenDatabase.triggered.connect(self._open_database)
        ui.actionNewDatabase.triggered.connect(self._new_database)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionBackup.triggered.connect(lambda: safety_actions.backup_now(self))
        ui.actionRestore.triggered.connect(lambda: safety_actions.open_restore(self))
        ui.actionVerify.triggered.connect(lambda: safety_actions.verify_now(self))
        ui.actionBackup.setEnabled(not self.ctx.read_only)
        ui.actionRestore.setEnabled(not self.ctx.read_only)
        ui.actionGuide.triggered.connect(self.open_guide)
        for action, cls in (
            (ui.actionExportBundle, "ExportBundleDialog"),
            (ui.actionPrepareMemberBundle, "PrepareBundleDialog"),
            (ui.actionImportBundle, "ImportBundleDialog"),
        ):
            action.triggered.connect(lambda _=False, c=cls: self.open_dialog("hdrectify.ui.bundle_dialogs", c))
        for action, cls in (
            (ui.actionConflicts, "ConflictsDialog"),
            (ui.actionExchangeHistory, "ExchangeHistoryDialog"),
        ):
            action.triggered.connect(lambda _=False, c=cls: self.open_dialog("hdrectify.ui.conflicts_dialog", c))
        ui.actionImportBundle.setEnabled(not self.ctx.read_only)
        ui.actionImportSheet.triggered.connect(
            lambda: self.open_dialog("hdrectify.ui.sheet_import_dialog", "SheetImportDialog")
        )
        ui.actionImportSheet.setEnabled(not self.ctx.read_only)
        ui.actionSaveImportTemplate.triggered.connect(self._save_import_template)
        ui.actionImportScans.triggered.connect(self._choose_scans)
        ui.actionImportScans.setEnabled(not self.ctx.read_only)
        self.setAcceptDrops(not self.ctx.read_only)

    def _choose_scans(self) -> None:
        from hdrectify.ui import scans_dialog  # imported on use: start-up time

        scans_dialog.choose_scan_files(self)

    # -- signed checklists dropped on the window ------------------------------------------------
    def _dropped_scans(self, event: QDragEnterEvent | QDropEvent) -> list[str]:
        from hdrectify.ui.scans_dialog import is_scan

        if not event.mimeData().hasUrls():
            return []
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        return files if files and all(is_scan(f) for f in files) else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_scans(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_scans(event)
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        from hdrectify.ui.scans_dialog import import_scan_files

        import_scan_files(self, files)

    def _open_settings(self) -> None:
        dialog = self.open_dialog("hdrectify.ui.settings_dialog", "SettingsDialog")
        dialog.password_requested.connect(self.password_requested)  # type: ignore[attr-defined]

    def open_dialog(self, module: str, cls: str) -> QDialog:
        """Open one of the dialogs (non-blocking); it writes through the context itself."""
        dialog: QDialog = getattr(importlib.import_module(module), cls)(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_print(self, document: str) -> QDialog:
        """打印与导出, with ``document`` chosen (checklist, summary, ledger or evidence)."""
        from hdrectify.ui.print_dialog import PrintDialog

        dialog = PrintDialog(self.ctx, self, document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda path: self.announce_saved(Path(path)))
        dialog.open()
        return dialog

    def announce_saved(self, path: Path, message: str | None = None) -> None:
        """Say in the status bar where a file was saved (``message``, else 已保存：<path>) until
        another message, with a link that opens its folder."""
        self.saved_notice.announce(path, message or self.tr("已保存：{0}").format(path))

    def _open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), str(self.ctx.path.parent), self.tr("hdrectify 数据库 (*.db);;所有文件 (*)")
        )
        if path:
            self.database_requested.emit(path, False)

    def _new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("新建数据库"), str(self.ctx.path.parent / "hdrectify.db"), self.tr("hdrectify 数据库 (*.db)")
        )
        if path:
            from hdrectify.outputs import protected

            refused = protected(Path(path), self.ctx.path)  # e.g. a new database inside this one's backups
            if refused is not None:
                QMessageBox.warning(self, self.tr("新建数据库"), refused)
                return
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("新建数据库"), self.tr("该文件已存在，请换一个文件名。"))
                return
            self.database_requested.emit(path, True)

    def _save_import_template(self) -> None:
        from hdrectify.ui.sheet_import_dialog import save_template

        save_template(self, self.ctx)

    def _about(self) -> QDialog:
        from hdrectify.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_guide(self, anchor: str = "") -> QDialog:
        """帮助 → 用户指南 (F1): one guide window, raised if already open; ``anchor`` picks a section."""
        from hdrectify.ui.help_dialog import HelpDialog

        if self._guide is None:
            self._guide = HelpDialog(self)
        self._guide.show()
        self._guide.raise_()
        if anchor:
            self._guide.show_section(anchor)
        return self._guide

    def _update_title(self, *, conflicts: bool = True) -> None:
        demo = self.ctx.store.setting("demo")
        federation = self.ctx.store.setting("federation_name")
        if demo:  # the demo's federation is named "…（演示数据）": said once, in the user's language
            federation = str(federation or "").replace("（演示数据）", "")
        title = self.tr("整改台账与挂钩联系") + f" — {federation}"
        if demo:
            title += self.tr("（演示数据）")
        if self.ctx.read_only:
            title += self.tr("（只读）")
        elif self.ctx.damage is not None:
            title += self.tr("（已损坏，不能修改）")
        self.setWindowTitle(title)
        self.db_label.setText(self.tr("数据库：{0}").format(self.ctx.path))
        if conflicts:
            self._update_conflicts()

    def _update_conflicts(self) -> None:
        """The status bar's link to the exchange conflicts waiting, if any."""
        from hdrectify.exchange.conflicts import open_count

        waiting = open_count(self.ctx.store)
        self.conflicts_label.setVisible(waiting > 0)
        self.conflicts_label.setText(self.tr('<a href="conflicts">{0} 条交换冲突待处理</a>').format(waiting))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self.ctx.closed:
            self.ui.retranslateUi(self)
            for n, spec in enumerate(PAGES):
                self.ui.navList.item(n).setText(spec.title())
                self._view_actions[n].setText(spec.title())
            self._update_title()
            if self.tray is not None:
                self.tray.retranslate()
        super().changeEvent(event)

    def database_damaged(self) -> None:
        """The file failed its integrity check after the window opened: say so in the title; every
        write is refused (AppContext.check_writable), the write-ahead log is not moved into it."""
        self._update_title()

    def checkpoint(self) -> None:
        """Move the write-ahead log into the database file (never blocks: see store/db.py); never into a
        file not yet checked, or damaged."""
        if not self.ctx.closed and self.ctx.may_write:
            from hdrectify.store.db import checkpoint

            checkpoint(self.ctx.store.conn)

    def start_tray(self, clock: Callable[[], dt.datetime] | None = None, *, available: bool | None = None) -> None:
        """The tray icon and its reminders (ui/tray.py), where the desktop has a system tray."""
        from hdrectify.ui import tray

        if self.tray is None and not self.ctx.closed:
            self.tray = (
                tray.install(self, clock, available=available) if clock else tray.install(self, available=available)
            )

    def close_for_good(self) -> None:
        """Close the window, not into the tray (文件 → 退出, the tray's 退出, another database opened)."""
        self._closing_for_good = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.tray is not None:
            if not self._closing_for_good and self.tray.keeps(event):
                return
            self.tray.close()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._checkpoint_timer.stop()
        self.ctx.stop_work()  # nothing keeps reading (or writing) this database once its window is gone
        self.checkpoint()
        super().closeEvent(event)


def _refresh(widget: QWidget) -> None:
    assert isinstance(widget, Page)  # every page is checked to be one when built (PageSpec.build)
    widget.refresh()
