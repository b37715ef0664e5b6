"""帮助 → 关于: the version, the database in use, and the third-party licences with their texts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from hdrectify import __version__
from hdrectify.paths import ICONS, LICENSES
from hdrectify.ui.forms.ui_about_dialog import Ui_AboutDialog


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str  # SPDX expression
    file: Path


def licences(folder: Path = LICENSES) -> list[Licence]:
    """The shipped components, from resources/licenses/licenses.json (made by packaging/collect_licenses.py)."""
    entries = json.loads((folder / "licenses.json").read_text(encoding="utf-8"))
    return [Licence(e["name"], e["version"], e["license"], folder / e["file"]) for e in entries]


class AboutDialog(QDialog):
    """Informational; shown with ``open()``. Selecting a component shows its licence text."""

    def __init__(self, database: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(QIcon(str(ICONS / "hdrectify-64.png")).pixmap(64, 64))
        self.ui.versionLabel.setText(self.tr("版本 {0}").format(__version__))
        if database is not None:
            self.ui.databaseLabel.setText(self.tr("当前数据库：{0}").format(database))
        self.ui.licenceText.setFont(QFont("monospace", 9))
        self.licences = licences()
        for entry in self.licences:
            self.ui.licenceList.addTopLevelItem(QTreeWidgetItem([entry.name, entry.version, entry.licence]))
        header = self.ui.licenceList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.licenceList.currentItemChanged.connect(self._show_text)
        self.ui.splitter.setSizes([260, 200])
        first = self.ui.licenceList.topLevelItem(0)
        if first is not None:
            self.ui.licenceList.setCurrentItem(first)

    def _show_text(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        entry = self.licences[self.ui.licenceList.indexOfTopLevelItem(item)]
        self.ui.licenceText.setPlainText(entry.file.read_text(encoding="utf-8"))
