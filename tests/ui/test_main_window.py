"""The main window: pages, keyboard shortcuts from anywhere, the welcome dialog, start-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from hdrectify.app import Launcher, open_context
from hdrectify.domain.ledger import DeadlineWarning
from hdrectify.store.demo import build_demo
from hdrectify.ui.dashboard import DashboardPage
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.pages import PAGES
from hdrectify.ui.welcome_dialog import WelcomeDialog
from tests.ui.ui_helpers import of_type


def test_every_page_opens_and_the_title_says_demo(qtbot, window: MainWindow) -> None:
    assert "演示数据" in window.windowTitle()
    assert [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())] == [
        "工作台",
        "挂钩联系",
        "走访记录",
        "整改台账",
        "中心与党员",
    ]
    for n, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.page(spec.key).isVisible()


def test_ctrl_n_opens_the_log_dialog_from_any_page(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def open_dialogs() -> list[LogDialog]:
        return [d for d in window.findChildren(LogDialog) if d.isVisible()]

    for key in ("records", "ledger", "people"):
        page = window.show_page(key)
        page.setFocus()
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
        dialog = open_dialogs()[0]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not open_dialogs())
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def test_dashboard_lists_what_is_due_and_missed(qtbot, tmp_path: Path) -> None:
    # The dashboard reads today's date, and the demo sets its deadlines from the day it is built:
    # a demo built today (not the shared fixture, built for a fixed day) shows all three colours.
    build_demo(tmp_path / "today-demo.db", dt.date.today())
    ctx = open_context(tmp_path / "today-demo.db")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = of_type(window.page("dashboard"), DashboardPage)
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    board = page.board
    assert board is not None
    assert page.due_model.rowCount() == len(board.due) > 0
    assert all(item.status.value == "due" for item in board.due)
    assert page.deadline_model.rowCount() == len(board.measures) == 3
    assert {m.level for m in board.measures} == {DeadlineWarning.RED, DeadlineWarning.YELLOW, DeadlineWarning.GREEN}
    assert "本周联系" in page.ui.weekCard.text()
    window.close()
    ctx.close()


def test_dashboard_models_pass_the_model_tester(qtbot, qtmodeltester, window: MainWindow) -> None:
    page = of_type(window.page("dashboard"), DashboardPage)
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    for model in (page.due_model, page.missed_model, page.deadline_model):
        qtmodeltester.check(model)


def test_welcome_dialog_creates_a_seeded_database(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "hdrectify.db"
    dialog = WelcomeDialog(path, demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.ui.seedButton, Qt.MouseButton.LeftButton)
    choice = chosen.args[0]
    assert (choice.path, choice.create, choice.seed) == (path, True, True)
    assert dialog.result() == QDialog.DialogCode.Accepted
    launcher = Launcher()
    window = launcher.open(choice.path, create=choice.create, seed=choice.seed)
    assert window is not None
    qtbot.addWidget(window)
    assert window.ctx.store.scalar("SELECT count(*) FROM ledger_problems") == 17


def test_welcome_dialog_builds_the_demo_in_the_background(qtbot, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    dialog = WelcomeDialog(tmp_path / "hdrectify.db", demo_path=demo)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.waitSignal(dialog.chosen, timeout=20_000) as chosen:
        qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    assert chosen.args[0].path == demo and not chosen.args[0].create
    assert demo.exists() and not (tmp_path / "hdrectify.db").exists()


def test_welcome_dialog_refuses_a_missing_file(qtbot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "hdrectify.db", demo_path=tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.open_existing(tmp_path / "nowhere.db")
    assert "找不到文件" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()


def test_launcher_switches_databases(qtbot, tmp_path: Path, window: MainWindow) -> None:
    launcher = Launcher()
    first = launcher.open(tmp_path / "a.db", create=True)
    assert first is not None
    second = launcher.open(tmp_path / "b.db", create=True)
    assert second is not None and second is not first
    qtbot.addWidget(second)
    QApplication.processEvents()
    assert not first.isVisible()
    assert second.ctx.path == tmp_path / "b.db"
