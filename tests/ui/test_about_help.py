"""帮助 menu: the user guide (F1) with its screenshots, and 关于 with the version and the licences."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from hdrectify.paths import HELP, ICONS
from hdrectify.ui import i18n
from hdrectify.ui.about_dialog import AboutDialog
from hdrectify.ui.help_dialog import HelpDialog
from hdrectify.ui.main_window import MainWindow
from tests.ui.ui_helpers import of_type, top_items

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _images_in(document: QTextDocument) -> list[str]:
    """The src of every image the browser laid out."""
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_help_menu_lists_the_guide_then_about(window: MainWindow) -> None:
    texts = [a.text() for a in window.ui.menuHelp.actions() if not a.isSeparator()]
    assert texts == ["用户指南(&G)", "关于(&A)"]
    assert window.ui.actionGuide.shortcut().toString() == "F1"


def test_f1_opens_the_guide_with_every_screenshot_showing(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guides = [w for w in window.findChildren(HelpDialog) if w.isVisible()]
    assert len(guides) == 1
    browser = guides[0].ui.browser
    text = browser.toPlainText()
    for heading in ("登记一次走访", "打印本月的月度清单", "导出季度汇总", "把交换包发给办公室", "备份与恢复"):
        assert heading in text
    images = _images_in(browser.document())
    assert len(images) >= 6
    for name in images:
        data = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        image = QImage.fromData(data)  # found through the browser's search path, as it shows it
        assert not image.isNull(), name
        assert image.width() >= 200, name
    # the same window comes back, not a second one
    window.ui.actionGuide.trigger()
    assert len([w for w in window.findChildren(HelpDialog) if w.isVisible()]) == 1


def test_the_guides_table_of_contents_links_to_its_sections(qtbot) -> None:
    shown = []
    for guide in ("guide.html", "guide_en.html"):
        html = (HELP / guide).read_text(encoding="utf-8")
        links = re.findall(r'<a href="#([a-z]+)">', html)
        sections = ["start", "visit", "progress", "checklist", "summary", "ledger", "bundle", "backup", "reader", "faq"]
        assert links == sections
        for anchor in links:
            assert f'<a name="{anchor}"></a>' in html, (guide, anchor)
        for src in re.findall(r'<img src="([^"]+)"', html):
            assert (HELP / src).is_file(), (guide, src)
            shown.append(src)
    on_disk = {str(p.relative_to(HELP)) for p in (HELP / "images").rglob("*.png")}
    assert on_disk == set(shown)  # none left over
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.ui.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    dialog.show_section("backup")
    assert bar.value() > bar.maximum() // 2


@pytest.mark.parametrize(
    ("guide", "title", "cannot"),
    [
        ("guide.html", "用屏幕阅读器使用本软件", "目前做不到或不方便的"),
        ("guide_en.html", "Using hdrectify with a screen reader", "What does not work yet"),
    ],
)
def test_the_guide_tells_a_screen_reader_user_what_works_and_what_does_not(
    qtbot, guide: str, title: str, cannot: str
) -> None:
    html = (HELP / guide).read_text(encoding="utf-8")
    section = html.split('<a name="reader"></a>', 1)[1].split("<h2", 1)[0]
    assert section.startswith(f"9. {title}</h2>")
    for said in ("AT-SPI", "UI Automation", "Orca", "NVDA", "Ctrl+N", "Tab", "Esc", cannot):
        assert said in section, (guide, said)


def test_in_english_the_guide_is_the_english_one_and_follows_a_switch(qtbot, window: MainWindow) -> None:
    guide = of_type(window.open_guide(), HelpDialog)
    assert "打印本月的月度清单" in guide.ui.browser.toPlainText()
    i18n.install("en")
    qtbot.waitUntil(lambda: "Printing the month's checklist" in guide.ui.browser.toPlainText())
    assert guide.windowTitle() == "User guide"
    assert guide.ui.homeButton.text() == "&Contents"
    images = _images_in(guide.ui.browser.document())
    assert sum(name.startswith("images/en/") for name in images) >= 10
    for name in images:
        data = guide.ui.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert not QImage.fromData(data).isNull(), name
    i18n.install(i18n.DEFAULT_LANGUAGE)
    qtbot.waitUntil(lambda: "打印本月的月度清单" in guide.ui.browser.toPlainText())


def test_about_shows_the_version_the_database_and_the_licences(qtbot, window: MainWindow) -> None:
    window.ui.actionAbout.trigger()
    dialogs = [w for w in window.findChildren(AboutDialog) if w.isVisible()]
    assert len(dialogs) == 1
    about = dialogs[0]
    assert about.ui.versionLabel.text() == f"版本 {VERSION}"
    assert str(window.ctx.path) in about.ui.databaseLabel.text()
    assert not about.ui.iconLabel.pixmap().isNull()
    rows = {item.text(0): item.text(2) for item in top_items(about.ui.licenceList)}
    assert rows["Qt 6"] == "LGPL-3.0-only"
    assert rows["PySide6 / Shiboken6"] == "LGPL-3.0-only"
    assert rows["Noto Sans SC"] == "OFL-1.1"
    assert rows["ReportLab"] == "BSD-3-Clause"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.ui.licenceText.toPlainText()  # Qt's, shown first
    noto = next(item for item in top_items(about.ui.licenceList) if item.text(0) == "Noto Sans SC")
    about.ui.licenceList.setCurrentItem(noto)
    assert "SIL OPEN FONT LICENSE" in about.ui.licenceText.toPlainText()
    about.close()


def test_the_application_has_the_icon(window: MainWindow) -> None:
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert (ICONS / "hdrectify.svg").is_file()
