"""The window in English shows no Chinese but the data's own: every page's labels, buttons, tooltips,
headers and cells, and the menus, on the demo database.

What the data says (a centre's name, a member's, a measure's text, a note) stays as it was typed; every
text around it comes from a translation. A text passes when, with every value of the database taken
out, no CJK character is left.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from hdrectify.ui import i18n
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from tests.before_the_lock import before_the_lock
from tests.ui.ui_helpers import answer_trust

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
TAG = re.compile(r"<[^>]+>")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
DATA_TABLES = {
    "centres": ("name", "town", "address", "contact_person", "note"),
    "members": ("name", "note"),
    "contacts": ("note", "problems", "author", "delete_reason"),
    "reports": ("note", "author"),
    "reviews": ("note", "criteria_notes", "author"),
    "exemptions": ("reason", "author"),
    "ledger_sources": ("title", "issuer", "inspected_by", "summary"),
    "ledger_areas": ("title",),
    "ledger_problems": ("title", "detail"),
    "ledger_measures": ("text", "leader", "unit", "person", "close_reason"),
    "ledger_progress": ("text", "author"),
}


def data_values(path: Path) -> list[str]:
    """Every text value the demo database holds, the longest first (a name inside a longer note)."""
    values: set[str] = set()
    with sqlite3.connect(path) as db:
        for table, columns in DATA_TABLES.items():
            for column in columns:
                for (value,) in db.execute(f"SELECT DISTINCT [{column}] FROM [{table}]"):
                    if isinstance(value, str) and value.strip():
                        values.update(line.strip() for line in value.splitlines() if line.strip())
                        values.add(value)
    return sorted(values, key=len, reverse=True)


class Data:
    """Takes the database's values out of a text, a note cut short with … included."""

    def __init__(self, values: list[str]) -> None:
        self.whole = re.compile("|".join(re.escape(v) for v in values))
        self.blob = "\n".join(values)

    def strip(self, text: str) -> str:
        text = self.whole.sub("", text)
        while "…" in text:
            end = text.index("…")
            line_start = text.rfind("\n", 0, end) + 1
            start = next((i for i in range(line_start, end) if text[i:end] in self.blob), end)
            text = text[:start] + text[end + 1 :]
        return text


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list's model (a QListWidget's) has one column, and hides columnCount from Python."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def model_texts(model: QAbstractItemModel, parent: QModelIndex, limit: int = 60) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if model.rowCount(first) > 0:
            yield from model_texts(model, first, limit)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a user reads in ``root``: labels, buttons, tooltips, headers, cells."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()}"
        yield name, widget.toolTip()
        yield name, widget.windowTitle() if widget.isWindow() else ""
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield name, widget.tabText(i)
                yield name, widget.tabToolTip(i)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for orientation in (Qt.Orientation.Horizontal,):
                for section in range(columns(model, QModelIndex())):
                    for role in ROLES:
                        value = model.headerData(section, orientation, role)
                        if isinstance(value, str):
                            yield f"{name} header", value
            for text in model_texts(model, QModelIndex()):
                yield f"{name} cell", text
        for action in widget.actions():
            yield f"{name} action", action.text()
            yield f"{name} action", action.toolTip()


def chinese_left(texts: Iterator[tuple[str, str]], data: Data) -> list[str]:
    found = set()
    for where, text in texts:
        plain = data.strip(TAG.sub("", text))
        if CJK.search(plain):
            found.add(f"{where}: {plain!r}")
    return sorted(found)


@pytest.fixture
def english_window(qtbot, demo_ctx: AppContext) -> MainWindow:
    i18n.install("en")
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.current_key() == "dashboard" and win.page("dashboard").isVisible())
    return win


@pytest.mark.slow
def test_every_page_of_the_english_window_shows_only_the_datas_chinese(
    qtbot, english_window: MainWindow, demo_ctx: AppContext
) -> None:
    data = Data(data_values(demo_ctx.path))
    window = english_window
    dashboard = window.page("dashboard")
    qtbot.waitUntil(dashboard.is_loaded, timeout=15_000)  # type: ignore[attr-defined]
    left = chinese_left(visible_texts(dashboard), data)
    for key in ("cadence", "records", "ledger", "people"):
        page = window.show_page(key)
        if key == "cadence":
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=20_000)
        qtbot.wait(200)
        left += chinese_left(visible_texts(page), data)
    menus = window.menuBar().findChildren(QMenu)
    left += chinese_left(((f"menu {menu.title()}", action.text()) for menu in menus for action in menu.actions()), data)
    assert left == []


# -- what the core says of a merge, a pairing and a fault, in English -------------------------------------


def english_errors(dialog: QWidget, data: Data) -> list[str]:
    return chinese_left(visible_texts(dialog), data)


@pytest.mark.slow
def test_a_bundle_that_breaks_the_rules_is_explained_in_english(
    qtbot, english_window: MainWindow, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from hdrectify.store.people import end_pairing
    from hdrectify.ui.bundle_dialogs import ImportBundleDialog
    from tests.ui.test_exchange_window import CENTRE, laptop_bundle

    bundle = laptop_bundle(demo_ctx.store, tmp_path, day="2026-11-28")
    pairing = demo_ctx.store.scalar(
        "SELECT p.id FROM pairings p JOIN centres c ON c.id = p.centre_id WHERE c.name = ? AND p.end_on IS NULL",
        [CENTRE],
    )
    with demo_ctx.write() as store:
        end_pairing(store, pairing, dt.date(2026, 11, 26))
    data = Data(sorted([*data_values(demo_ctx.path), "陈志强的电脑"], key=len, reverse=True))
    dialog = ImportBundleDialog(demo_ctx, english_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(str(bundle))
    # the laptop is not trusted yet: the question is asked in English; the fingerprints match
    box = answer_trust(qtbot, dialog, trust=True)
    assert "Trust" in box.windowTitle() and not CJK.search(box.windowTitle())
    qtbot.waitUntil(lambda: dialog.ui.notesList.count() > 0, timeout=20_000)
    notes = [dialog.ui.notesList.item(n).text() for n in range(dialog.ui.notesList.count())]
    assert any("2026-11-28" in n and "2025-10-01" in n for n in notes), notes  # the facts, in English words
    assert english_errors(dialog, data) == []


def test_a_contact_outside_the_pairing_names_its_dates_in_english(
    qtbot, english_window: MainWindow, demo_ctx: AppContext
) -> None:
    from hdrectify.ui.log_dialog import LogDialog

    dialog = LogDialog(demo_ctx, english_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setMinimumDate(QDate(2020, 1, 1))
    dialog.ui.dateEdit.setDate(QDate(2024, 3, 5))  # before every pairing of the demo
    dialog.ui.noteEdit.setPlainText("note")
    dialog.save()
    said = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.objectName().endswith("Error"))
    assert "2025-10-01" in said, said
    assert english_errors(dialog, Data(data_values(demo_ctx.path))) == []


def test_a_conflict_that_cannot_be_taken_on_a_locked_database_is_said_in_english(
    qtbot, english_window: MainWindow, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from hdrectify.ui.conflicts_dialog import ConflictsDialog
    from tests.exchange.exchange_helpers import trusting_import
    from tests.ui.test_exchange_window import CENTRE, laptop_bundle
    from tests.ui.write_faults import make_locked

    bundle = laptop_bundle(demo_ctx.store, tmp_path, edit_centre="平山街道 88 号（陈）")
    centre = demo_ctx.store.rows("SELECT id FROM centres WHERE name = ?", [CENTRE])[0]["id"]
    with demo_ctx.write() as store:
        store.update("centres", centre, {"address": "平山街道 1 号（办公室）"})
    trusting_import(demo_ctx.store, bundle)
    dialog = ConflictsDialog(demo_ctx, english_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.versionsTable.selectColumn(1)
    own = str(demo_ctx.store.setting("installation_name") or "")  # this computer's name, as typed in 设置
    typed = [*data_values(demo_ctx.path), "平山街道 88 号（陈）", "陈志强的电脑", own]
    data = Data(sorted(typed, key=len, reverse=True))
    undo = make_locked(demo_ctx, pytest.MonkeyPatch())
    try:
        dialog.take()
    finally:
        undo()
    assert dialog.ui.formError.text()
    assert english_errors(dialog, data) == []


def test_what_verify_finds_is_said_in_english(qtbot, english_window: MainWindow, demo_ctx: AppContext) -> None:
    from hdrectify.ui import safety_actions

    with sqlite3.connect(demo_ctx.path) as other:  # another program changes a row behind the audit's back
        (was,) = other.execute("SELECT address FROM centres WHERE rowid = 1").fetchone()
        other.execute("UPDATE centres SET address = 'changed outside' WHERE rowid = 1")
    other.close()
    english_window.last_message = None
    safety_actions.verify_now(english_window)
    qtbot.waitUntil(
        lambda: english_window.last_message is not None and english_window.last_message.isVisible(), timeout=30_000
    )
    box = english_window.last_message
    assert box is not None and "changed outside" in box.text() and "centres" in box.text()
    data = Data(sorted([*data_values(demo_ctx.path), was], key=len, reverse=True))  # the audited value is data too
    assert chinese_left(iter([("verify", box.text())]), data) == []


def test_what_verify_finds_of_the_files_is_said_in_english(
    qtbot, english_window: MainWindow, demo_ctx: AppContext, tmp_path: Path
) -> None:
    from hdrectify.exchange.photos import prepare_photo
    from hdrectify.store.evidence import add_evidence, stored_path
    from hdrectify.store.photos import record_photo
    from hdrectify.ui import safety_actions
    from tests.photo_helpers import make_photo

    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF minutes" * 100)
    measure = demo_ctx.store.scalar("SELECT id FROM ledger_measures ORDER BY rowid LIMIT 1")
    contact = demo_ctx.store.scalar("SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1")
    prepared = prepare_photo(demo_ctx.path, make_photo(tmp_path / "site.jpg", taken=dt.datetime(2026, 11, 3)), True)
    with demo_ctx.write() as store:
        with before_the_lock(store, str(measure)):  # closed in the seed
            evidence = add_evidence(store, str(measure), minutes)
        photo = record_photo(store, str(contact), prepared.staged, dt.date(2026, 11, 3), "exif", True)
    prepared.staged.discard()
    assert photo is not None
    for row, change in ((evidence, None), (photo, b"edited")):
        stored = stored_path(demo_ctx.store, row["sha256"])
        stored.chmod(0o644)
        if change is None:
            stored.unlink()  # the measure's evidence is missing
        else:
            stored.write_bytes(change)  # the record's photo is altered
    english_window.last_message = None
    safety_actions.verify_now(english_window)
    qtbot.waitUntil(
        lambda: english_window.last_message is not None and english_window.last_message.isVisible(), timeout=30_000
    )
    box = english_window.last_message
    assert box is not None and "minutes.pdf" in box.text() and "site.jpg" in box.text()
    data = Data(data_values(demo_ctx.path))
    assert chinese_left(iter([("verify", box.text())]), data) == []


# -- the dialogs in English: the office's loop (验收, 延期, 审阅), the database password, the bundles -----------

NEW_DIALOGS = (
    "CloseMeasureDialog",
    "ExtendMeasureDialog",
    "FeedbackDialog",
    "PasswordDialog",
    "AskPasswordDialog",
    "PrintDialog",
    "SettingsDialog",
    "ExportBundleDialog",
    "ImportBundleDialog",
)


@pytest.mark.slow
@pytest.mark.parametrize("name", NEW_DIALOGS)
def test_the_new_dialogs_show_only_the_datas_chinese(
    qtbot, english_window: MainWindow, demo_ctx: AppContext, tmp_path: Path, name: str
) -> None:
    from hdrectify.domain.errors import InputError
    from hdrectify.exchange.identity import installation_name
    from hdrectify.ui.password_dialog import AskPasswordDialog
    from tests.ui.test_every_screen_named import _dialogs

    # the data's own words here: this computer's name, and each language offered in its own name
    words = [*data_values(demo_ctx.path), installation_name(demo_ctx.store), *i18n.LANGUAGES.values()]
    data = Data(sorted(words, key=len, reverse=True))
    if name == "AskPasswordDialog":  # as the launcher opens it after a wrong password, the error in words
        wrong = i18n.error_text(InputError("db.wrong_password", path="secret.db"))
        dialog: QDialog = AskPasswordDialog(tmp_path / "secret.db", wrong, english_window)
    else:
        dialog = _dialogs(qtbot, demo_ctx, english_window, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    left = chinese_left(visible_texts(dialog), data)
    if name == "PrintDialog":  # the 督办提醒单 and its choices of whom to chase
        combo = dialog.findChild(QComboBox, "documentCombo")
        assert combo is not None
        combo.setCurrentIndex(combo.findData("notice"))
        left += chinese_left(visible_texts(dialog), data)
    assert left == []
