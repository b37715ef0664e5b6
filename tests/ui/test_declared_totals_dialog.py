"""整改台账 → 通报所说的数字…: the figures the notice declares, edited in the window as a user does."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hdrectify.store.ledger import seed_id
from hdrectify.ui.context import AppContext
from hdrectify.ui.declared_totals_dialog import DeclaredTotalsDialog
from tests.ui.test_ledger import open_page

DECLARED = "SELECT declared_problems, declared_specific, declared_measures FROM ledger_sources WHERE id = ?"
SOURCE = seed_id("source", "2024-08-20")


def opened(qtbot, ctx: AppContext) -> DeclaredTotalsDialog:
    page = open_page(qtbot, ctx)
    page.actions_["declared"].trigger()  # the tree's context menu: 通报所说的数字…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), DeclaredTotalsDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, DeclaredTotalsDialog)
    return dialog


def test_the_notice_figures_are_shown_and_saved(qtbot, empty_ctx: AppContext) -> None:
    dialog = opened(qtbot, empty_ctx)
    ui = dialog.ui
    assert ui.sourceCombo.currentData() == SOURCE
    assert (ui.problemsSpin.value(), ui.specificSpin.value(), ui.measuresSpin.value()) == (13, 51, 72)
    assert "17 个问题、66 条整改措施" in ui.ledgerLabel.text()
    assert ui.problemsSpin.accessibleName() == "问题数" and ui.measuresSpin.accessibleName() == "整改措施数"
    ui.problemsSpin.selectAll()
    qtbot.keyClicks(ui.problemsSpin, "14")
    ui.specificSpin.setValue(ui.specificSpin.minimum())
    assert ui.specificSpin.text() == "通报未说明"
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert empty_ctx.store.rows(DECLARED, [SOURCE]) == [
        {"declared_problems": 14, "declared_specific": None, "declared_measures": 72}
    ]
    (entry,) = empty_ctx.store.rows(
        "SELECT after FROM audit_log WHERE table_name = 'ledger_sources' AND action = 'update'"
    )
    assert json.loads(entry["after"])["declared_problems"] == 14


def test_a_member_laptop_is_refused_and_nothing_changes(qtbot, empty_ctx: AppContext) -> None:
    with empty_ctx.store.transaction():
        empty_ctx.store.set_setting("role", "member")
    dialog = opened(qtbot, empty_ctx)
    dialog.ui.measuresSpin.setValue(70)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "办公室的电脑" in dialog.ui.formError.text()
    assert empty_ctx.store.rows(DECLARED, [SOURCE])[0]["declared_measures"] == 72
