"""Start-up of the window: the application, its font and language, the database, the main window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from hdrectify.domain.errors import InputError
from hdrectify.paths import ICONS
from hdrectify.store import dbapi
from hdrectify.store.base import Store
from hdrectify.store.db import resolve_db_path
from hdrectify.ui import accessibility, fonts, i18n, input_method, safety, text_size
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with hdrectify's names, font and saved language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        input_method.apply()  # QT_IM_MODULE is read when the application is made
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("hdrectify")
    app.setApplicationName("hdrectify")
    app.setApplicationDisplayName("整改台账与挂钩联系")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("hdrectify")  # matches packaging's hdrectify.desktop (menu entry and icon)
    fonts.install(app)
    accessibility.install(app)
    text_size.apply(text_size.saved())
    i18n.install(i18n.saved_language())
    return app


def app_icon() -> QIcon:
    """The application icon, from its PNG sizes (no SVG icon plugin needed)."""
    icon = QIcon()
    for png in sorted(ICONS.glob("hdrectify-*.png")):
        icon.addFile(str(png))
    return icon


def open_context(
    path: Path, *, create: bool = False, seed: bool = False, read_only: bool = False, check_later: bool = False
) -> AppContext:
    """Open (or create) a database for the window and note when it was last opened.

    The file is checked first (``PRAGMA quick_check``): a damaged one raises
    :class:`~hdrectify.store.backup.DamagedDatabase` before anything is written to it.
    ``check_later`` (an existing file opened in the window): the check is left for
    :meth:`AppContext.check_in_background` once the window is shown, and until it has passed the
    context refuses every write ("last opened" is noted by :func:`note_opened` after it). A file
    that needs a migration is still checked here, first (store/db.py).
    """
    later = check_later and not create and not seed
    store = Store.open(path, create=create, check=not later, read_only=read_only)
    if read_only or later:
        try:
            previous = store.setting("last_opened")
            if later and not read_only:
                _probe_writable(store, path)
        except BaseException:
            store.close()
            raise
        ctx = AppContext(store, checked=not later)
        ctx.read_only = read_only
        ctx.previous_open = previous
        return ctx
    try:
        previous = store.setting("last_opened")
        with store.transaction():
            if create:
                store.initialise_settings()
            if seed:
                from hdrectify.store.ledger import load_seed

                load_seed(store)
            store.set_setting("last_opened", dt.date.today().isoformat())
    except dbapi.Error as e:
        store.close()
        log.warning("cannot write %s: %s", path, e)  # SQLite's English stays in the log
        raise InputError("app.database_not_writable", None, path=str(path)) from None
    except BaseException:
        store.close()
        raise
    ctx = AppContext(store)
    ctx.previous_open = previous
    return ctx


def _probe_writable(store: Store, path: Path) -> None:
    """Refuse at once a file the window could not write (a read-only folder or medium), as opening
    did when it wrote "last opened" there: an empty write transaction, which changes nothing."""
    try:
        with store.transaction():
            pass
    except dbapi.Error as e:
        from hdrectify.store.backup import check_file

        damage = check_file(path)  # a damaged file is said as such, not as "cannot write"
        if damage is not None:
            raise damage from None
        log.warning("cannot write %s: %s", path, e)
        raise InputError("app.database_not_writable", None, path=str(path)) from None


def _open_window(path: Path, *, create: bool, seed: bool, read_only: bool) -> MainWindow:
    """The context and its window, the file's check left for later (see :func:`open_context`).

    A read that fails while the window is built, on damage the check has not yet seen, raises the
    :class:`~hdrectify.store.backup.DamagedDatabase` that the check then finds.
    """
    from hdrectify.store.backup import DamagedDatabase, check_file

    ctx: AppContext | None = None
    try:
        ctx = open_context(path, create=create, seed=seed, read_only=read_only, check_later=True)
        return MainWindow(ctx)
    except dbapi.DatabaseError:
        if ctx is not None:
            ctx.close()
        try:
            found = check_file(path)
        except InputError as e:  # not even readable as the database it was
            found = DamagedDatabase(path, str(e))
        if found is None:
            raise  # not damage: the error as it was
        raise found from None


def note_opened(ctx: AppContext) -> None:
    """Note today as when the database was last opened (after its check passed)."""
    try:
        with ctx.write() as store:
            store.set_setting("last_opened", dt.date.today().isoformat())
    except InputError as e:
        log.warning("cannot note the opening of %s: %s", ctx.path, e)


class Launcher:
    """Keeps one main window open on one database, and swaps both when asked.

    It holds the database's lock file while the window may write (a second window on the
    same file is offered read-only instead), refuses a damaged file and offers its newest
    good backup, restores backups, and starts the day's automatic backup.
    """

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.lock: safety.DatabaseLock | None = None
        self.prompt: QMessageBox | None = None  # the last question asked (non-blocking)
        self.asking: QDialog | None = None  # the password of an encrypted database, when asked
        self.beacon: safety.WindowBeacon | None = None

    def open(
        self, path: Path, *, create: bool = False, seed: bool = False, read_only: bool = False
    ) -> MainWindow | None:
        from hdrectify.store.backup import DamagedDatabase

        path = Path(path)
        lock = self.lock if self.lock is not None and self.lock.path == path else None
        if lock is None and not read_only:
            lock = safety.DatabaseLock(path)
            if not lock.acquire():
                self._offer_read_only(path, lock.held_by(), safety.WindowBeacon.ask_to_raise(path))
                return None
        fresh = lock is not None and lock is not self.lock
        try:
            window = _open_window(path, create=create, seed=seed, read_only=read_only)
        except DamagedDatabase:
            if fresh and lock is not None:
                lock.release()
            self._offer_backup(path)
            return None
        except InputError as e:
            if fresh and lock is not None:
                lock.release()
            if e.code in ("db.password_needed", "db.wrong_password"):
                self._ask_password(path, e, create=create, seed=seed, read_only=read_only)
                return None
            self.prompt = safety.tell(
                self.window,
                QApplication.translate("Launcher", "无法打开数据库"),
                i18n.error_text(e),
                QMessageBox.Icon.Critical,
            )
            return None
        old, old_lock = self.window, self.lock
        self.window, self.lock = window, (None if read_only else lock)
        self.window.database_requested.connect(lambda p, c: self.open(Path(p), create=c))
        # the window checked the backup and showed what it found before asking: restore it as asked
        self.window.password_requested.connect(lambda current, new, db=path: self.change_password(db, current, new))
        self.window.restore_requested.connect(lambda p, db=path: self.restore(db, Path(p), force=True))
        self.window.show()
        if old is not None:
            old.close_for_good()
            old.ctx.close()
            old.deleteLater()
        if old_lock is not None and old_lock is not self.lock:
            old_lock.release()
        if self.beacon is not None:
            self.beacon.close()
            self.beacon = None
        if not read_only:  # listening for a second start waits until the first page is up (start-up time)
            window.after_first_page.append(lambda: self._listen(window, path))
        ctx = window.ctx
        if ctx.checking:  # the file's check runs once the first page is up (or at the first write)
            ctx.check_in_background(
                lambda: self._checked(window, path), lambda _damage: self._damaged(window, path), start=False
            )
            window.after_first_page.append(ctx.start_check)
        elif not read_only:  # checked and noted on opening (a new file)
            safety.start_daily_backup(window, path)
        return self.window

    def _ask_password(self, path: Path, error: InputError, **how: bool) -> None:
        """An encrypted database: its password asked (again, saying so, after a wrong one), then opened."""
        from hdrectify.ui.password_dialog import AskPasswordDialog

        wrong = i18n.error_text(error) if error.code == "db.wrong_password" else ""

        def given(password: str) -> None:
            dbapi.give_password(password)
            self.open(path, **how)

        dialog = AskPasswordDialog(path, wrong, self.window)
        dialog.given.connect(given)
        dialog.open()
        self.asking = dialog

    def change_password(self, path: Path, current: str | None, new: str | None) -> MainWindow | None:
        """Set, change or remove the password of the open database (store/password.py): the window's
        connections are closed first, and the window is opened again on the file, rewritten or not."""
        from hdrectify.store.password import set_password

        if self.window is not None and self.window.ctx.path == path:
            self.window.ctx.stop_work()
            self.window.ctx.close()
        problem: InputError | None = None
        try:
            set_password(path, new, current=current)
        except InputError as e:
            problem = e
        window = self.open(path)
        if window is not None:
            self.prompt = safety.tell(
                window,
                QApplication.translate("Launcher", "数据库密码"),
                i18n.error_text(problem)
                if problem is not None
                else QApplication.translate("Launcher", "已取消数据库密码。")
                if new is None
                else QApplication.translate("Launcher", "已设置数据库密码。请记住它：忘记了就无法打开数据库。"),
                QMessageBox.Icon.Warning if problem is not None else QMessageBox.Icon.Information,
            )
        return window

    def _listen(self, window: MainWindow, path: Path) -> None:
        """Let a second start on ``path`` bring ``window`` to the front (see safety.WindowBeacon)."""
        if self.window is window and self.beacon is None:
            self.beacon = safety.WindowBeacon(path, window)

    def _checked(self, window: MainWindow, path: Path) -> None:
        """The file passed its check: note the opening and make the day's first backup."""
        if window.ctx.read_only or window.ctx.closed:
            return
        note_opened(window.ctx)
        safety.start_daily_backup(window, path)

    def _damaged(self, window: MainWindow, path: Path) -> None:
        """The file failed its check with the window open: it stays open to read (every write is
        refused, see AppContext.check_writable), and its newest good backup is offered."""
        log.warning("damaged database %s: %s", path, window.ctx.damage)  # SQLite's words in the log
        window.database_damaged()
        self._offer_backup(path)

    def _offer_read_only(self, path: Path, holder: str, raised: bool) -> None:
        raised_text = QApplication.translate("Launcher", "已把那个窗口切换到前面。")
        switch_text = QApplication.translate(
            "Launcher", "两个窗口同时修改同一个数据库容易出错：请切换到已打开的那个窗口。"
        )
        self.prompt = safety.ask(
            self.window,
            QApplication.translate("Launcher", "数据库已在另一个窗口中打开"),
            QApplication.translate("Launcher", "{0}\n已由 {1} 打开。").format(path, holder)
            + (raised_text if raised else switch_text)
            + "\n"
            + QApplication.translate("Launcher", "也可以只读打开，只查看、打印，不修改。"),
            [
                (
                    QApplication.translate("Launcher", "只读打开"),
                    QMessageBox.ButtonRole.AcceptRole,
                    lambda: self.open(path, read_only=True),
                ),
                (QApplication.translate("Launcher", "取消"), QMessageBox.ButtonRole.RejectRole, None),
            ],
        )

    def _offer_backup(self, path: Path) -> None:
        from hdrectify.store.backup import newest_good_backup

        good = newest_good_backup(path)  # SQLite's own words on the damage are in the log, not in the message
        text = QApplication.translate("Launcher", "数据库文件 {0} 已损坏。为保护数据，程序不会写入这个文件。").format(
            path
        )
        if good is None:
            text += QApplication.translate("Launcher", "\n没有找到可用的备份：请联系技术人员，不要删除这个文件。")
            self.prompt = safety.tell(
                self.window, QApplication.translate("Launcher", "数据库已损坏"), text, QMessageBox.Icon.Critical
            )
            return
        text += QApplication.translate(
            "Launcher", "\n最新的完好备份：{0}（{1}）。\n是否恢复这个备份？损坏的文件会原样保留在旁边。"
        ).format(good.when_text(), good.counts_text())
        self.prompt = safety.ask(
            self.window,
            QApplication.translate("Launcher", "数据库已损坏"),
            text,
            [
                (
                    QApplication.translate("Launcher", "恢复此备份"),
                    QMessageBox.ButtonRole.AcceptRole,
                    lambda: self.restore(path, good.path),
                ),
                (QApplication.translate("Launcher", "取消"), QMessageBox.ButtonRole.RejectRole, None),
            ],
            QMessageBox.Icon.Critical,
        )

    def restore(self, path: Path, backup: Path, *, force: bool = False) -> MainWindow | None:
        """Replace the database with ``backup`` (the current file is kept first) and reopen it.

        A backup that does not verify is not restored unless ``force``: what was found is shown, and asked.
        """
        from hdrectify.store.backup import BackupFailsVerify
        from hdrectify.store.restore import restore
        from hdrectify.ui.safety_actions import findings_text

        if self.window is not None and self.window.ctx.path == path:
            self.window.ctx.stop_work()  # nothing may still read the file being replaced
        try:
            result = restore(path, backup, force=force)
        except BackupFailsVerify as e:
            self.prompt = safety.ask(
                self.window,
                QApplication.translate("Launcher", "恢复备份"),
                QApplication.translate(
                    "Launcher", "备份校验未通过：\n{0}\n\n{1}\n\n建议选择其他备份。仍要恢复这个备份吗？"
                ).format(backup, findings_text(e.report, path)),
                [
                    (
                        QApplication.translate("Launcher", "仍要恢复"),
                        QMessageBox.ButtonRole.AcceptRole,
                        lambda: self.restore(path, backup, force=True),
                    ),
                    (QApplication.translate("Launcher", "取消"), QMessageBox.ButtonRole.RejectRole, None),
                ],
                QMessageBox.Icon.Critical,
            )
            return None
        except (InputError, OSError) + dbapi.Error as e:  # noqa: RUF005 (mypy refuses * in except)
            message = i18n.error_text(e) if isinstance(e, InputError) else safety.explain(e)
            self.prompt = safety.tell(
                self.window, QApplication.translate("Launcher", "无法恢复备份"), message, QMessageBox.Icon.Critical
            )
            return None
        if self.window is not None and self.window.ctx.path == path:
            self.window.ctx.close()  # its view of the file is gone; the window is replaced below
        window = self.open(path)
        if window is not None:
            kept = (
                QApplication.translate("Launcher", "损坏的文件已原样保留为 {0}。")
                if result.damaged
                else QApplication.translate("Launcher", "恢复前的数据库已另存为 {0}。")
            ).format(result.kept)
            self.prompt = safety.tell(
                window,
                QApplication.translate("Launcher", "已恢复备份"),
                QApplication.translate("Launcher", "已恢复 {0} 的备份（{1}）。").format(
                    result.info.when_text(), result.info.counts_text()
                )
                + "\n"
                + kept,
                QMessageBox.Icon.Information,
            )
        return window


def _print_clocks() -> None:
    """For tests/benchmarks/bench_startup.py: the clocks when the window is first shown and idle, and
    (with HDRECTIFY_SHOWN_MODULES=FILE) the modules loaded by then, from which it builds its floor."""
    print(time.time(), time.process_time(), time.thread_time(), flush=True)
    modules = os.environ.get("HDRECTIFY_SHOWN_MODULES")
    if modules:
        Path(modules).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")


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
    if window is None and launcher.prompt is None:
        return 1
    if os.environ.get("HDRECTIFY_QUIT_WHEN_SHOWN") and window is not None:  # tests/benchmarks/bench_startup.py

        def shown() -> None:
            _print_clocks()
            app.quit()

        QTimer.singleShot(0, shown)
    smoke = os.environ.get("HDRECTIFY_SMOKE_SCREENSHOT")
    if smoke and window is not None:  # packaging/check_frozen.py: show the window, save what it shows, quit
        QTimer.singleShot(2000, lambda: (window.grab().save(smoke), app.quit()))
    return app.exec()
