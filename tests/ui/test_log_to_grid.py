"""End to end: log a contact through the dialog (Ctrl+N) and see its grid cell turn done."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.domain.cadence import Obligation
from hdrectify.domain.periods import Period
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.models.cadence_model import PAIRING_ROLE, PERIOD_ROLE, STATUS_ROLE
from tests.ui.ui_helpers import of_type


def test_logging_through_the_dialog_turns_the_grid_cell_done(qtbot, window: MainWindow) -> None:
    page = of_type(window.show_page("cadence"), CadenceGridPage)
    qtbot.waitUntil(lambda: not page.is_busy() and page.model.rowCount() > 0, timeout=15_000)
    model = page.model
    missed = next(
        (model.index(r, c), model.index(r, c).data(PERIOD_ROLE))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data(STATUS_ROLE) == "missed" and "-W" in str(model.index(r, c).data(PERIOD_ROLE))
    )
    cell, period_text = missed
    pairing_id = cell.data(PAIRING_ROLE)
    week = Period.parse(period_text)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(LogDialog)))
    dialog = next(d for d in window.findChildren(LogDialog) if d.isVisible())
    combo = dialog.ui.pairingCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i)[2] == pairing_id))
    monday = week.first_day
    dialog.ui.dateEdit.setDate(QDate(monday.year, monday.month, monday.day))
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("phone"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    def cell_status() -> str | None:
        index = page.model.find(pairing_id, Obligation.CONTACT, week)
        return index.data(STATUS_ROLE) if index.isValid() else None

    qtbot.waitUntil(lambda: not page.is_busy() and cell_status() == "done", timeout=15_000)
