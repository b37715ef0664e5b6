"""Qt's own dialogs (the file chooser, print preview) speak Chinese when the interface is Chinese,
also where Qt's own zh_CN catalogue has gaps; and English when it is English."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from hdrectify.paths import TRANSLATIONS
from hdrectify.ui import i18n

ROOT = Path(__file__).resolve().parent.parent.parent


def _labels(qtbot) -> list[str]:
    dialog = QFileDialog(None, "打开数据库")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Qt shows on UOS / Kylin without a portal
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel) if label.text()]


def test_the_file_dialog_is_chinese(qtbot) -> None:
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    labels = _labels(qtbot)
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    english = [t for t in labels if any(ch.isascii() and ch.isalpha() for ch in re.sub(r"\(&\w\)", "", t))]
    assert not english, labels


def test_english_keeps_qt_english(qtbot) -> None:
    i18n.install("en")
    assert "&Look in:" in _labels(qtbot)


def test_the_frozen_app_carries_the_catalogues() -> None:
    # packaging/hdrectify.spec ships resources/translations; PyInstaller's Qt hook ships qtbase_*.qm
    spec = (ROOT / "packaging" / "hdrectify.spec").read_text(encoding="utf-8")
    assert '"translations"' in spec
    assert (TRANSLATIONS / "qtbase_extra_zh_CN.qm").is_file()
