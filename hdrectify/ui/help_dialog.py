"""帮助 → 用户指南: the Chinese user guide (resources/help/guide.html and its screenshots), offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QWidget

from hdrectify.paths import HELP
from hdrectify.ui.forms.ui_help_dialog import Ui_HelpDialog

GUIDE = "guide.html"


class HelpDialog(QDialog):
    """A non-modal window on the guide; links inside it stay inside it."""

    def __init__(self, parent: QWidget | None = None, folder: Path = HELP) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.folder = folder
        browser = self.ui.browser
        browser.setSearchPaths([str(folder)])
        browser.backwardAvailable.connect(self.ui.backButton.setEnabled)
        self.ui.backButton.clicked.connect(browser.backward)
        self.ui.homeButton.clicked.connect(self.home)
        self.home()

    def home(self) -> None:
        self.ui.browser.setSource(QUrl.fromLocalFile(str(self.folder / GUIDE)))

    def show_section(self, anchor: str) -> None:
        """Scroll to a section of the guide (its ``id``), e.g. ``backup``."""
        self.ui.browser.scrollToAnchor(anchor)
