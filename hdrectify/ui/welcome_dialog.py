"""First run: no database yet. Start empty, load the notice's ledger, open the demo, or open a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hdrectify.store.demo import build_demo, default_demo_path
from hdrectify.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from hdrectify.ui.worker import Progress, run_with_progress


@dataclass(frozen=True)
class Choice:
    path: Path
    create: bool = False
    seed: bool = False


class WelcomeDialog(QDialog):
    """Emits :attr:`chosen` with a :class:`Choice`, and accepts, once the user has picked."""

    chosen = Signal(object)

    def __init__(self, default_path: Path, parent: QWidget | None = None, demo_path: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.default_path = default_path
        self.demo_path = demo_path or default_demo_path()
        self.choice: Choice | None = None
        self.ui.pathLabel.setText(self.tr("新数据库将保存在：{0}").format(default_path))
        self.ui.seedButton.clicked.connect(lambda: self._choose(Choice(default_path, create=True, seed=True)))
        self.ui.emptyButton.clicked.connect(lambda: self._choose(Choice(default_path, create=True)))
        self.ui.demoButton.clicked.connect(self._open_demo)
        self.ui.openButton.clicked.connect(self._open_file)
        self.ui.seedButton.setFocus()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.chosen.emit(choice)
        self.accept()

    def _open_demo(self) -> None:
        """Build the demo (in the background: it writes a year of records), then open it."""
        path = self.demo_path
        self.setEnabled(False)

        def work(progress: Progress) -> Path:
            progress(0, 0)
            build_demo(path, dt.date.today())
            return path

        def failed(message: str) -> None:
            self.setEnabled(True)
            self.ui.errorLabel.setText(message)

        run_with_progress(self, self.tr("正在生成演示数据…"), work, lambda p: self._choose(Choice(p)), failed)

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), str(Path.home()), self.tr("hdrectify 数据库 (*.db);;所有文件 (*)")
        )
        if path:
            self.open_existing(Path(path))

    def open_existing(self, path: Path) -> None:
        if not path.is_file():
            self.ui.errorLabel.setText(self.tr("找不到文件：{0}").format(path))
            return
        self._choose(Choice(path))
