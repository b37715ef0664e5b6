"""The window and encrypted bundles: the export dialog says whether and to whom the bundle is encrypted
(and lets a member laptop's user not encrypt), the office's import preview says it was."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from hdrectify.app import open_context
from hdrectify.exchange.export import export_bundle
from hdrectify.exchange.sealing import MAGIC, is_sealed
from hdrectify.exchange.trust import identity
from hdrectify.store.base import Store
from hdrectify.ui.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.main_window import MainWindow
from tests.exchange.exchange_helpers import trusting_import
from tests.ui.test_exchange_window import gone, open_dialog
from tests.ui.ui_helpers import answer_trust

CENTRE, MEMBER = "平山街道康园中心", "陈志强"


@pytest.fixture
def laptop_ctx(window: MainWindow, tmp_path: Path) -> Iterator[AppContext]:
    """陈志强's laptop (role member) set up from the office's bundle, one visit logged."""
    from hdrectify.store.people import find_centre, find_member
    from hdrectify.store.records import log_contact

    setup = tmp_path / "setup.hdbundle"
    export_bundle(window.ctx.store, setup, whole=True)
    path = tmp_path / "laptop" / "laptop.db"
    path.parent.mkdir()
    with Store.open(path, create=True, actor=MEMBER) as store:
        with store.transaction():
            store.initialise_settings()
            store.set_setting("installation_name", "陈志强的电脑")
            store.set_setting("role", "member")
        trusting_import(store, setup)  # the laptop trusts its first office bundle, and learns its key
        with store.transaction():
            m, c = find_member(store, MEMBER), find_centre(store, CENTRE)
            store.set_setting("me_member_id", m["id"])  # 我是: whose laptop (a member's bundle names its member)
            log_contact(store, m, c, dt.date(2026, 11, 20), "onsite", "到岗查看康复训练")
    ctx = open_context(path)
    yield ctx
    ctx.close()


def export_from(qtbot, ctx: AppContext, out: Path, *, untick: bool = False) -> ExportBundleDialog:
    dialog = ExportBundleDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    if untick:
        box = dialog.ui.encryptCheck  # clicked on its tick box (the widget spans the dialog, its text does not)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert not box.isChecked()
    dialog.ui.pathEdit.setText(str(out))
    return dialog


def test_a_member_laptop_encrypts_to_the_office_and_says_so(
    qtbot, window: MainWindow, laptop_ctx: AppContext, tmp_path: Path
) -> None:
    office = identity(window.ctx.store)
    out = tmp_path / "陈志强.hdbundle"
    dialog = export_from(qtbot, laptop_ctx, out)
    said = dialog.ui.encryptionLabel.text()
    assert dialog.ui.encryptCheck.isVisible() and dialog.ui.encryptCheck.isChecked()
    assert f"将加密发给办公室电脑“{office.name}”（指纹 {office.fingerprint}）" in said
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert out.read_bytes().startswith(MAGIC) and dialog.outcome is not None
    assert dialog.outcome.sealed_to is not None and dialog.outcome.sealed_to.fingerprint == office.fingerprint

    # the office's preview says the bundle came encrypted to it
    importing = open_dialog(qtbot, window, window.ui.actionImportBundle, ImportBundleDialog)
    importing.check(str(out))
    answer_trust(qtbot, importing, trust=True)
    qtbot.waitUntil(importing.ok.isEnabled, timeout=20_000)
    assert "交换包是加密发给本机的" in importing.ui.bundleLabel.text()
    qtbot.mouseClick(importing.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gone(importing), timeout=20_000)
    assert window.ctx.store.rows("SELECT 1 FROM contacts WHERE note = '到岗查看康复训练'")


def test_unticking_encryption_writes_a_plain_bundle_and_says_so(qtbot, laptop_ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "plain.hdbundle"
    dialog = export_from(qtbot, laptop_ctx, out, untick=True)
    assert "不加密" in dialog.ui.encryptionLabel.text() and "妥善保管" in dialog.ui.encryptionLabel.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
    assert zipfile.is_zipfile(out) and not is_sealed(out)


def test_the_office_is_told_its_bundles_are_not_encrypted(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window, window.ui.actionExportBundle, ExportBundleDialog)
    assert not dialog.ui.encryptCheck.isVisible()
    assert dialog.ui.encryptionLabel.text().startswith("不加密")
