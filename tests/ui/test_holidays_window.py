"""Holidays in the window: 登记免除's 节假日建议 (offered, filled in, saved only by the office), the grid's marks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from hdrectify.domain.cadence import Obligation, Status
from hdrectify.domain.periods import Kind, Period
from hdrectify.store.cadence import cadence_view
from hdrectify.store.people import add_centre, add_member, add_pairing
from hdrectify.ui.cadence_grid import CadenceGridPage
from hdrectify.ui.context import AppContext
from hdrectify.ui.exemption_dialog import ExemptionDialog
from hdrectify.ui.models.cadence_model import (
    FIRST_PERIOD,
    HOLIDAY_ROLE,
    OBLIGATION_ROLE,
    PERIOD_ROLE,
    CadenceModel,
)
from tests.ui.ui_helpers import grid_at, snapshot, wait_filled

SPRING_2025 = "2025年春节假期（1月28日—2月4日）"


def _paired(ctx: AppContext) -> str:
    with ctx.write() as store:
        centre = add_centre(store, "平山街道康园中心", "平山街道")
        pairing = add_pairing(store, add_member(store, "陈志强"), centre, dt.date(2024, 1, 1))
    return str(pairing["id"])


def _week_status(ctx: AppContext, pairing_id: str, week: str) -> Status:
    view = cadence_view(ctx.store, Period.parse("2025-01", Kind.MONTH), dt.date(2025, 3, 1))
    period = Period.parse(week, Kind.WEEK)
    return next(
        r.status
        for r in view.rows()
        if (r.pairing_id, r.obligation, r.period) == (pairing_id, Obligation.CONTACT, period)
    )


def _dialog(qtbot, ctx: AppContext, year: int) -> Any:
    dialog = ExemptionDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    dialog.ui.holidayYearSpin.setValue(year)
    return dialog


def _offered(dialog: Any, text: str) -> int:
    """The row of the suggestion that mentions ``text``."""
    combo = dialog.ui.suggestionCombo
    return next(i for i in range(combo.count()) if text in combo.itemText(i))


def _choose(dialog: Any, text: str) -> None:
    dialog.ui.suggestionCombo.setCurrentIndex(_offered(dialog, text))


def _grid(qtbot, ctx: AppContext) -> CadenceGridPage:
    """The cadence grid, shown at 2026 and filled in."""
    return grid_at(qtbot, ctx, 2026)


def _header_tip(model: CadenceModel, column: int) -> Any:
    return model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_accepting_a_suggestion_writes_one_exemption(qtbot, empty_ctx: AppContext) -> None:
    pairing_id = _paired(empty_ctx)
    assert _week_status(empty_ctx, pairing_id, "2025-W05") is Status.MISSED
    dialog = _dialog(qtbot, empty_ctx, 2025)
    combo = dialog.ui.suggestionCombo
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    assert any(SPRING_2025 in t and "第5周" in t for t in offered), offered
    _choose(dialog, SPRING_2025)
    ui = dialog.ui
    assert ui.allCheck.isChecked() and ui.obligationCombo.currentData() == "contact"
    assert (ui.fromEdit.date().toPython(), ui.toEdit.date().toPython()) == (dt.date(2025, 1, 27), dt.date(2025, 2, 2))
    assert ui.reasonEdit.text() == SPRING_2025
    assert empty_ctx.store.scalar("SELECT count(*) FROM exemptions") == 0  # filled in, not applied
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert saved.args == [1]
    rows = empty_ctx.store.rows("SELECT pairing_id, obligation, start_on, end_on, reason FROM exemptions")
    assert rows == [
        {
            "pairing_id": None,
            "obligation": "contact",
            "start_on": "2025-01-27",
            "end_on": "2025-02-02",
            "reason": SPRING_2025,
        }
    ]
    assert _week_status(empty_ctx, pairing_id, "2025-W05") is Status.EXEMPT
    again = _dialog(qtbot, empty_ctx, 2025)  # offered again, said recorded
    assert "已登记" in again.ui.suggestionCombo.itemText(_offered(again, SPRING_2025))


def test_declining_writes_nothing(qtbot, empty_ctx: AppContext) -> None:
    _paired(empty_ctx)
    before = snapshot(empty_ctx)
    dialog = _dialog(qtbot, empty_ctx, 2025)
    _choose(dialog, SPRING_2025)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert snapshot(empty_ctx) == before


def test_an_unknown_year_is_said(qtbot, empty_ctx: AppContext) -> None:
    dialog = _dialog(qtbot, empty_ctx, 2027)
    assert dialog.ui.suggestionCombo.count() == 1  # only 不使用建议
    assert dialog.ui.suggestionComboError.isVisible()
    assert dialog.ui.suggestionComboError.text().startswith("2027年的法定节假日尚未收录，请更新本软件")
    dialog.ui.holidayYearSpin.setValue(2026)
    assert not dialog.ui.suggestionComboError.isVisible() and dialog.ui.suggestionCombo.count() > 1


def test_grid_names_the_holiday(qtbot, demo_ctx: AppContext) -> None:
    page = _grid(qtbot, demo_ctx)
    model = page.model
    w08 = FIRST_PERIOD + 7  # 2026-W08, 16–22 February: 春节
    assert "春节放假：2月15日—2月23日" in _header_tip(model, w08)
    cell_tip = model.index(0, w08).data(Qt.ItemDataRole.ToolTipRole)
    assert "春节" in cell_tip
    w07 = FIRST_PERIOD + 6  # 9–15 February: 14 February (Saturday) is worked
    assert "调休上班：2月14日" in _header_tip(model, w07)
    w10 = FIRST_PERIOD + 9  # an ordinary week
    assert "放假" not in _header_tip(model, w10)
    page.ui.yearSpin.setValue(2027)
    wait_filled(qtbot, page, 2027)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "法定节假日（2027年尚未收录，请更新本软件）" in texts
    assert not any("放假" in str(_header_tip(model, c)) for c in range(FIRST_PERIOD, FIRST_PERIOD + 52))


def test_grid_marks_the_months_of_long_closures(qtbot, demo_ctx: AppContext) -> None:
    """每月一到岗: a month losing three weekdays or more to one closure is tinted as a holiday week is, and its
    header and cells say which closure and its days (the tint is never alone); a 3-day weekend is not marked."""
    page = _grid(qtbot, demo_ctx)
    model = page.model
    horizontal = Qt.Orientation.Horizontal
    months = {
        str(model.headerData(c, horizontal, PERIOD_ROLE)): c
        for c in range(FIRST_PERIOD, model.columnCount())
        if model.headerData(c, horizontal, OBLIGATION_ROLE) == Obligation.VISIT.value
    }
    assert len(months) == 12
    marked = sorted(p for p, c in months.items() if model.headerData(c, horizontal, HOLIDAY_ROLE))
    assert marked == ["2026-02", "2026-05", "2026-10"]  # 春节, 劳动节, 国庆节
    february = months["2026-02"]
    header = _header_tip(model, february)
    assert "春节放假：2月15日—2月23日" in header and "调休上班：2月14日、2月28日" in header
    row = next(r for r in range(model.rowCount()) if model.index(r, february).data(Qt.ItemDataRole.DisplayRole))
    cell = model.index(row, february)
    assert cell.data(HOLIDAY_ROLE) and model.paint_info(row, february)[4]  # the delegate tints it
    assert "春节放假：2月15日—2月23日" in cell.data(Qt.ItemDataRole.ToolTipRole)
    october = _header_tip(model, months["2026-10"])
    assert "国庆节放假：10月1日—10月7日" in october
    april = months["2026-04"]  # 清明节 4–6 April: Saturday to Monday, one weekday
    assert not model.headerData(april, horizontal, HOLIDAY_ROLE)
    assert "放假" not in _header_tip(model, april)
    assert "放假" not in model.index(row, april).data(Qt.ItemDataRole.ToolTipRole)
    page.ui.yearSpin.setValue(2027)  # a year the holiday data does not list: no month marked, none guessed
    wait_filled(qtbot, page, 2027)
    assert not any(model.headerData(c, horizontal, HOLIDAY_ROLE) for c in range(FIRST_PERIOD, model.columnCount()))
