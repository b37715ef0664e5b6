"""登记 → 季度汇报: 生成草稿 writes the Word draft where the user chooses; 汇报文件 keeps the final file
with the report. Driven by clicks and typing on the real dialog; the save and open dialogs answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from hdrectify.domain.periods import Period
from hdrectify.ui.context import AppContext
from hdrectify.ui.report_dialog import ReportDialog
from tests.ui.test_record_dialogs import choose_pairing, open_dialog, save
from tests.ui.ui_helpers import snapshot

MEMBER, CENTRE = "陈志强", "平山街道康园中心"


@pytest.fixture
def dialog(qtbot: Any, demo_ctx: AppContext) -> ReportDialog:
    opened: ReportDialog = open_dialog(qtbot, ReportDialog, demo_ctx)
    choose_pairing(opened, MEMBER, CENTRE)
    return opened


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the names it was offered."""
    offered: list[str] = []

    def fake(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return offered


def test_the_draft_button_writes_the_draft_where_the_user_chooses(
    qtbot: Any, dialog: ReportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quarter = Period.parse(str(dialog.ui.quarterCombo.currentData()))
    out = tmp_path / "我的草稿.docx"
    offered = answer_save_dialog(monkeypatch, out)
    with qtbot.waitSignal(dialog.drafted, timeout=30_000) as written:
        qtbot.mouseClick(dialog.ui.draftButton, Qt.MouseButton.LeftButton)
    assert written.args == [str(out)]
    assert Path(offered[0]).name == f"季度汇报草稿-{quarter.label_zh()}-{CENTRE}-{MEMBER}.docx"
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    assert paragraphs[0] == f"关于{CENTRE}{quarter.label_zh()}联系督导情况的汇报"
    assert str(out) in dialog.ui.draftStatus.text()
    assert dialog.isVisible()  # the draft is made; the report is still to be saved


def test_a_draft_onto_the_database_is_refused_under_the_form(
    qtbot: Any, dialog: ReportDialog, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = demo_ctx.path.read_bytes()
    dialog.save_draft_to(demo_ctx.path, confirmed=True)
    assert "数据库" in dialog.ui.formError.text()
    assert demo_ctx.path.read_bytes() == before


def this_quarter(dialog: ReportDialog) -> None:
    combo = dialog.ui.quarterCombo
    combo.setCurrentIndex(combo.findData(str(Period.quarter_of(dt.date.today()))))


def test_the_final_file_is_kept_with_the_report(
    qtbot: Any, type_text: Any, dialog: ReportDialog, demo_ctx: AppContext, tmp_path: Path
) -> None:
    final = tmp_path / "汇报定稿.docx"
    final.write_bytes(b"PK\x03\x04 the final report")
    this_quarter(dialog)
    type_text(dialog.ui.fileEdit, str(final))
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        save(qtbot, dialog)
    rows = demo_ctx.store.rows("SELECT * FROM report_files WHERE report_id = ?", [saved.args[0]])
    assert [(r["file_name"], r["size"]) for r in rows] == [(final.name, final.stat().st_size)]


@pytest.mark.parametrize("case", ["missing", "folder"])
def test_a_bad_file_is_said_next_to_it_and_nothing_is_saved(
    qtbot: Any, type_text: Any, dialog: ReportDialog, demo_ctx: AppContext, tmp_path: Path, case: str
) -> None:
    bad = tmp_path / "汇报.docx"
    if case == "folder":
        bad.mkdir()
    this_quarter(dialog)
    type_text(dialog.ui.fileEdit, str(bad))
    before = snapshot(demo_ctx)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ui.fileEditError.isVisible(), timeout=30_000)
    assert ("找不到文件" if case == "missing" else "不是文件") in dialog.ui.fileEditError.text()
    assert snapshot(demo_ctx) == before
    assert dialog.isVisible()
