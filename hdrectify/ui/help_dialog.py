"""帮助 → 用户指南: the user guide (resources/help/guide.html and its screenshots), offline.

The guide is written in Chinese; ``guide_en.html`` is its English version, with pictures of
the English window, shown when the interface is in English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QUrl
from PySide6.QtWidgets import QDialog, QWidget

from hdrectify.paths import HELP
from hdrectify.ui import i18n
from hdrectify.ui.forms.ui_help_dialog import Ui_HelpDialog

GUIDES = {"zh_CN": "guide.html", "en": "guide_en.html"}


def guide_file(language: str, folder: Path = HELP) -> Path:
    """The guide in ``language``, else the Chinese one."""
    path = folder / GUIDES.get(language, GUIDES[i18n.DEFAULT_LANGUAGE])
    return path if path.exists() else folder / GUIDES[i18n.DEFAULT_LANGUAGE]


class HelpDialog(QDialog):
    """A non-modal window on the guide; links inside it stay inside it. Follows a language switch."""

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

    def guide(self) -> Path:
        # i18n.install sets the default locale with the language, so it says which one is in use
        english = QLocale().language() == QLocale.Language.English
        return guide_file("en" if english else i18n.DEFAULT_LANGUAGE, self.folder)

    def home(self) -> None:
        self.ui.browser.setSource(QUrl.fromLocalFile(str(self.guide())))

    def show_section(self, anchor: str) -> None:
        """Scroll to a section of the guide (its ``id``), e.g. ``backup``."""
        self.ui.browser.scrollToAnchor(anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.browser.clearHistory()
            self.home()
        super().changeEvent(event)
