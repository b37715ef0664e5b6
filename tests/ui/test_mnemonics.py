"""Alt+letter reaches one field only: no dialog gives the same mnemonic to two of its visible labels,
buttons, group boxes or tabs, in Chinese or in English (设置 had 审核人(&V) and 年度考评时限(&V); its
English had four letters twice; 审阅 had Mark as &read beside &Return)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QTabWidget, QWidget

from hdrectify.ui import i18n
from hdrectify.ui.main_window import MainWindow
from tests.ui.test_every_screen_named import _dialogs

_MNEMONIC = re.compile(r"&([^&\s])")


def doubled(dialog: QDialog) -> dict[str, list[str]]:
    """Mnemonic letters that more than one visible widget of ``dialog`` answers to: letter → widgets."""
    found: dict[str, list[str]] = {}

    def add(text: str, widget: QWidget) -> None:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).upper(), []).append(widget.objectName() or text)

    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.buddy() is not None:
            add(label.text(), label)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            add(button.text(), button)
    for box in dialog.findChildren(QGroupBox):
        if box.isVisibleTo(dialog):
            add(box.title(), box)
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            for i in range(tabs.count()):
                add(tabs.tabText(i), tabs)
    return {letter: names for letter, names in found.items() if len(names) > 1}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_dialog_doubles_a_mnemonic(qtbot, window: MainWindow, tmp_path: Path, language: str) -> None:
    i18n.install(language)
    problems = {}
    for name, make in _dialogs(qtbot, window.ctx, window, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if found := doubled(dialog):
            problems[name] = found
        dialog.close()
    assert problems == {}
