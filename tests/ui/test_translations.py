"""The English translation: complete for the current sources, faithful to placeholders and
accelerators, compiled into the committed .qm, and shown by the real window at a language switch."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.domain.periods import Kind, Period
from hdrectify.paths import TRANSLATIONS
from hdrectify.ui import i18n
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.labels import period_text
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_display import period_label, zh_date
from hdrectify.ui.models.table_model import date_text
from hdrectify.ui.records import RecordsPage
from tests.ui.ui_helpers import of_type

ROOT = Path(__file__).resolve().parent.parent.parent
TS = TRANSLATIONS / "hdrectify_en.ts"
QM = TRANSLATIONS / "hdrectify_en.qm"
OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def unfinished(ts: Path) -> list[str]:
    return [
        f"{context}: {source!r}"
        for context, source, translation in messages(ts)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not translation.text
    ]


def fields(text: str) -> set[str]:
    """The str.format fields of ``text`` by index or name, without their format specs ({1:02d} is 1)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def accelerators(text: str) -> int:
    """How many single ``&`` mark a shortcut letter (``&&`` is a literal ampersand)."""
    return len(re.findall(r"(?<!&)&(?!&)", text))


def build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "packaging" / "build_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the .ts file ------------------------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 500
    assert unfinished(TS) == []


def test_translations_keep_the_placeholders_of_their_source() -> None:
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for context, source, translation in messages(TS)
        if fields(source) != fields(translation.text or "")
        or re.findall(r"%n|%\d", source) != re.findall(r"%n|%\d", translation.text or "")
    ]
    assert wrong == []


def test_translations_keep_exactly_one_accelerator_when_the_source_has_one() -> None:
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for context, source, translation in messages(TS)
        if accelerators(translation.text or "") != min(accelerators(source), 1) or "&&" in (translation.text or "")
    ]
    assert wrong == []


def test_the_ts_covers_every_string_of_the_current_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """lupdate on a copy, run as packaging/build_ui.py runs it: a new string would come out unfinished."""
    shutil.copy(TS, tmp_path / TS.name)
    module = build_ui()
    monkeypatch.setattr(module, "TRANSLATIONS", tmp_path)
    module.update_translations()
    refreshed = tmp_path / TS.name
    assert unfinished(refreshed) == [], "strings without English: run packaging/build_ui.py --translations"
    assert len(messages(refreshed)) == len(messages(TS)), "the .ts is stale: run packaging/build_ui.py --translations"


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    built = tmp_path / "hdrectify_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(built)], check=True)
    assert built.read_bytes() == QM.read_bytes(), "run packaging/build_ui.py --translations"


# -- English in the window ---------------------------------------------------------------------------


def test_dates_and_periods_read_as_english_where_the_code_formats_them() -> None:
    """The English date patterns use format specs ({1:02d}); the code hands them ints."""
    assert i18n.install("en") == ["qtbase_en", "hdrectify_en"]
    day = dt.date(2024, 3, 5)
    assert date_text(day) == "2024-03-05"
    assert zh_date(day) == "2024-03-05"
    assert zh_date(day, year=2024) == "03-05"
    assert period_text(Period(Kind.MONTH, 2026, 3)) == "2026-03"
    assert period_label(Period(Kind.WEEK, 2026, 10)) == "Week 10, 2026"
    assert period_label(Period(Kind.QUARTER, 2026, 2)) == "Q2 2026"


def test_switching_to_english_and_back_retranslates_the_window(qtbot, window: MainWindow) -> None:
    nav = window.ui.navList
    dashboard = window.page("dashboard")
    qtbot.waitUntil(dashboard.is_loaded, timeout=10_000)  # type: ignore[attr-defined]
    settings = window.open_dialog("hdrectify.ui.settings_dialog", "SettingsDialog")
    buttons = settings.ui.buttonBox  # type: ignore[attr-defined]
    ok, cancel = buttons.button(OK), buttons.button(CANCEL)
    assert (ok.text(), cancel.text()) == ("确定", "取消")

    i18n.install("en")
    # Qt posts LanguageChange to every widget: it arrives on the next turn of the event loop
    qtbot.waitUntil(lambda: nav.item(0).text() == "Dashboard")
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Dashboard",
        "Supervision",
        "Visit records",
        "Ledger",
        "Centres, members",
    ]
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.actionQuit.text() == "&Quit"
    header = dashboard.ui.headerLabel.text()  # type: ignore[attr-defined]
    assert "<h2>Dashboard</h2>" in header and "Today is" in header
    assert "Contacts this week" in dashboard.ui.weekCard.text()  # type: ignore[attr-defined]
    assert (ok.text(), cancel.text()) == ("OK", "Cancel")  # Qt's own buttons, from qtbase_en
    assert settings.windowTitle() == "Settings"

    i18n.install(i18n.DEFAULT_LANGUAGE)
    qtbot.waitUntil(lambda: nav.item(0).text() == "工作台")
    assert nav.item(nav.count() - 1).text() == "中心与党员"
    assert window.ui.menuFile.title() == "文件(&F)"
    assert "<h2>工作台</h2>" in dashboard.ui.headerLabel.text()  # type: ignore[attr-defined]
    assert (ok.text(), cancel.text()) == ("确定", "取消")
    assert settings.windowTitle() == "设置"
    settings.reject()


def test_every_page_follows_a_language_switch(qtbot, window: MainWindow) -> None:
    grid = of_type(window.page("cadence"), CadenceGridPage)
    records = of_type(window.page("records"), RecordsPage)
    ledger = of_type(window.page("ledger"), LedgerPage)
    window.page("people")
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15_000)
    chinese = (grid.ui.yearLabel.text(), records.ui.searchLabel.text(), ledger.ui.filterLabel.text())
    i18n.install("en")
    qtbot.waitUntil(lambda: records.ui.searchLabel.text() != chinese[1])
    english = (grid.ui.yearLabel.text(), records.ui.searchLabel.text(), ledger.ui.filterLabel.text())
    assert all(text.isascii() for text in english), english
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15_000)
    i18n.install(i18n.DEFAULT_LANGUAGE)
    qtbot.waitUntil(lambda: records.ui.searchLabel.text() == chinese[1])
    assert (grid.ui.yearLabel.text(), ledger.ui.filterLabel.text()) == (chinese[0], chinese[2])
    qtbot.waitUntil(lambda: not grid.is_busy(), timeout=15_000)
