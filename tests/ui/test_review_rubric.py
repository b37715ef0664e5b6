"""登记年度考评 scored item by item: spin boxes to each item's maximum, the total live, the 考评表 saved."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSpinBox

from hdrectify.store.rubric import current_rubric
from hdrectify.ui.context import AppContext
from hdrectify.ui.review_dialog import ReviewDialog
from tests.ui.test_record_dialogs import choose_pairing, open_dialog, save
from tests.ui.ui_helpers import snapshot

POINTS = (18, 25, 13, 15, 19)


def spins(dialog: ReviewDialog) -> list[QSpinBox]:
    return [dialog.findChild(QSpinBox, f"itemSpin{n}") for n in range(1, 6)]  # type: ignore[misc]


def score_with_keys(qtbot, spin: QSpinBox, points: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(points))


def test_each_item_has_its_maximum_and_guidance_and_the_total_follows(qtbot, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    assert dialog.ui.itemsCheck.isChecked() and not dialog.ui.scoreEdit.isEnabled()
    items = current_rubric(demo_ctx.store).items
    for spin, item in zip(spins(dialog), items, strict=True):
        assert spin.maximum() == item.max_points and spin.toolTip() == item.guidance
        assert spin.text() == "未打分"
        # a screen reader names the box by its item (inside the box, where the focus is)
        assert QAccessible.queryAccessibleInterface(spin.lineEdit()).text(QAccessible.Text.Name) == item.name
    score_with_keys(qtbot, spins(dialog)[1], 99)  # over the maximum: the box keeps to 30
    assert spins(dialog)[1].value() <= 30
    for spin, points in zip(spins(dialog), POINTS, strict=True):
        score_with_keys(qtbot, spin, points)
    assert "90" in dialog.ui.totalLabel.text() and "未打分" not in dialog.ui.totalLabel.text()
    assert dialog.ui.scoreEdit.text() == "90"


def test_an_item_left_unscored_is_refused_and_nothing_written(qtbot, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.yearSpin.setValue(2026)
    for spin, points in zip(spins(dialog)[:4], POINTS[:4], strict=True):
        score_with_keys(qtbot, spin, points)
    assert "1 项未打分" in dialog.ui.totalLabel.text()
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.itemsError.isVisible()
    assert "会员满意度" in dialog.ui.itemsError.text()
    assert snapshot(demo_ctx) == before


def test_scored_review_is_saved_and_its_sheet_prints_the_points(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.yearSpin.setValue(2026)
    for spin, points in zip(spins(dialog), POINTS, strict=True):
        score_with_keys(qtbot, spin, points)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(spins(dialog)[4], Qt.Key.Key_Return)
    row = demo_ctx.store.get("reviews", saved.args[0])
    assert row is not None and row["score"] == 90
    assert demo_ctx.store.scalar("SELECT count(*) FROM review_items WHERE review_id = ?", [row["id"]]) == 5

    again = open_dialog(qtbot, ReviewDialog, demo_ctx)
    choose_pairing(again, "陈志强", "平山街道康园中心")
    again.ui.yearSpin.setValue(2026)
    out = tmp_path / "考评表.pdf"
    with qtbot.waitSignal(again.sheet_saved, timeout=30_000):
        again.save_sheet(out)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
    assert "康园中心年度考评表" in text and "平山街道康园中心" in text and "18 分" in text and "90 分" in text
    # the database is never a place to save to
    again.save_sheet(demo_ctx.path)
    assert again.ui.formError.isVisible()
