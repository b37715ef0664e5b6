"""First run: no database yet. Who uses this computer? The office (start empty or with the notice's
ledger), or a Party member (start from the office's bundle and say which member); or the demo, or a file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.store.demo import build_demo, default_demo_path
from hdrectify.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from hdrectify.ui.i18n import error_text
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
        self.ui.memberButton.clicked.connect(self._pick_bundle)
        self.ui.memberStartButton.clicked.connect(self.start_as_member)
        self.ui.memberBox.setVisible(False)
        self.bundle_path: Path | None = None
        self.ui.seedButton.setFocus()

    # -- a member's laptop ------------------------------------------------------------------------
    def _pick_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择办公室的交换包"), str(Path.home()), self.tr("交换包 (*.hdbundle);;所有文件 (*)")
        )
        if path:
            self.choose_bundle(Path(path))

    def choose_bundle(self, path: Path) -> None:
        """Read the office's bundle (checked in full) and offer its members, the one it was made for first."""
        from hdrectify.exchange.laptop import bundle_members

        try:
            target, members = bundle_members(path)
        except InputError as e:
            self.ui.errorLabel.setText(error_text(e))
            self.ui.memberBox.setVisible(False)
            return
        self.bundle_path = path
        self.ui.errorLabel.clear()
        combo = self.ui.memberCombo
        combo.clear()
        for member_id, name in members:
            combo.addItem(name, member_id)
        combo.setCurrentIndex(max(0, combo.findData(target)) if target else 0)
        self.ui.memberBox.setVisible(True)
        self.ui.memberStartButton.setDefault(True)
        combo.setFocus()

    def start_as_member(self) -> None:
        """Create the database from the office's bundle as the chosen member's laptop, then open it."""
        from hdrectify.exchange.laptop import start_member_laptop

        bundle, member_id = self.bundle_path, self.ui.memberCombo.currentData()
        if bundle is None or not member_id:
            self.ui.errorLabel.setText(self.tr("请先选择办公室的交换包和您的姓名"))
            return
        path = self.default_path
        self.setEnabled(False)

        def work(progress: Progress) -> Path:
            progress(0, 0)
            start_member_laptop(path, bundle, str(member_id))
            return path

        def failed(message: str) -> None:
            self.setEnabled(True)
            self.ui.errorLabel.setText(message)

        def cancelled(made: Path) -> None:
            # not this member's laptop after all (the wrong name, say): nothing left for the next start to open
            for leftover in (made, *(made.with_name(made.name + s) for s in ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)
            self.setEnabled(True)

        label = self.tr("正在从办公室的交换包建立数据库…")
        run_with_progress(self, label, work, lambda p: self._choose(Choice(p)), failed, on_cancelled=cancelled)

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

        label = self.tr("正在生成演示数据…")
        run_with_progress(
            self, label, work, lambda p: self._choose(Choice(p)), failed, on_cancelled=lambda _: self.setEnabled(True)
        )

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
