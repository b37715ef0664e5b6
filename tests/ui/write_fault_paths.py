"""The write paths the window has, each driven as a user would: given the context and a folder, it opens
its dialog or page filled in with what a healthy database would save, and returns what clicks Save.

Used by test_write_faults.py (under each fault, and on a healthy database), whose ``PREPARE`` puts in the
database what a path needs before the window opens it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from hdrectify.ui.bulk_measures_dialog import BulkMeasuresDialog
from hdrectify.ui.bundle_dialogs import ImportBundleDialog
from hdrectify.ui.centre_dialog import CentreDialog
from hdrectify.ui.checklist_items_dialog import ChecklistItemsDialog
from hdrectify.ui.close_measure_dialog import CloseMeasureDialog
from hdrectify.ui.context import AppContext
from hdrectify.ui.declared_totals_dialog import DeclaredTotalsDialog
from hdrectify.ui.exemption_dialog import ExemptionDialog
from hdrectify.ui.ledger import LedgerPage
from hdrectify.ui.ledger_dialogs import LedgerItemDialog, LedgerRemoveDialog
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.main_window import MainWindow
from hdrectify.ui.member_dialog import MemberDialog
from hdrectify.ui.pairing_dialog import PairingDialog
from hdrectify.ui.photos import RecordPhotosDialog
from hdrectify.ui.progress_dialog import ProgressDialog
from hdrectify.ui.record_delete_dialog import RecordDeleteDialog
from hdrectify.ui.record_edit_dialog import RecordEditDialog
from hdrectify.ui.report_dialog import ReportDialog
from hdrectify.ui.review_dialog import ReviewDialog
from hdrectify.ui.scans_dialog import ScanVisitDialog, import_scan_files
from hdrectify.ui.settings_dialog import SettingsDialog
from hdrectify.ui.sheet_import_dialog import SheetImportDialog
from tests.photo_helpers import make_photo
from tests.ui.test_scans_window import signed_sheet
from tests.ui.test_sheet_import_window import roster_workbook, wait_idle
from tests.ui.ui_helpers import answer_trust, asking_trust, attach
from tests.ui.write_faults import shown_texts

Act = Callable[[], None]
# a write path: given the context and a folder, opens its dialog filled in; returns what clicks Save
Path_ = Callable[..., Act]
Shown = TypeVar("Shown", bound=QWidget)
OK = QDialogButtonBox.StandardButton.Ok


def shown(qtbot, widget: Shown) -> Shown:
    """``widget`` shown, and closed after the test."""
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click_save(
    qtbot, dialog: QWidget, button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
) -> Act:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None

    def act() -> None:
        assert dialog.isVisible()  # (held here: the test keeps the dialog alive)
        target = box.button(button)
        assert target is not None
        if target.isEnabled():
            qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    return act


def filled(
    qtbot,
    dialog: QWidget,
    button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
    **texts: str,
) -> Act:
    """``dialog`` shown, each of its form's fields named in ``texts`` given its text; returns what clicks ``button``."""
    shown(qtbot, dialog)
    form = dialog.ui  # type: ignore[attr-defined]
    for name, text in texts.items():
        field = getattr(form, name)
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        elif isinstance(field, QComboBox):
            field.setCurrentText(text)
        else:
            assert isinstance(field, QLineEdit), name
            field.setText(text)
    return click_save(qtbot, dialog, button)


def first(ctx: AppContext, sql: str) -> str:
    found = ctx.store.scalar(sql)
    assert found is not None, sql
    return str(found)


def open_measure(qtbot, ctx: AppContext) -> tuple[LedgerPage, str]:
    measure = first(ctx, "SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")
    page = LedgerPage(ctx)
    shown(qtbot, page)
    page.select_measure(measure)
    qtbot.waitUntil(lambda: page.current == ("measure", measure))
    return page, measure


def answer_reason(qtbot, reason: str) -> None:
    """Type the reason into the prompt the page opened and press OK."""
    prompts = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
    assert prompts, "no prompt for a reason"
    prompts[-1].setTextValue(reason)
    prompts[-1].accept()


# -- the write paths -----------------------------------------------------------------------------------
# A pairing active in November 2026 (the demo's today is 2026-11-25).
LIVE_CONTACT = "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY date DESC, rowid LIMIT 1"


def save_settings(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    return filled(qtbot, SettingsDialog(ctx), OK, federationEdit="某县残疾人联合会（改）")


def log_contact(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, LogDialog(ctx))
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.ui.noteEdit.setPlainText("到中心查看活动记录")
    return dialog.save


def report(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, ReportDialog(ctx))
    dialog.ui.quarterCombo.setCurrentIndex(0)  # this quarter's, not reported yet
    dialog.ui.noteEdit.setPlainText("本季度按时到岗")
    return click_save(qtbot, dialog)


def review(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, ReviewDialog(ctx))
    dialog.ui.yearSpin.setValue(dt.date.today().year)
    dialog.ui.itemsCheck.setChecked(False)  # a plain score (item by item is the default)
    dialog.ui.scoreEdit.setText("92")
    return click_save(qtbot, dialog)


def exemption(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    return filled(qtbot, ExemptionDialog(ctx), reasonEdit="中心装修停业")


def edit_record(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = RecordEditDialog(ctx, first(ctx, LIVE_CONTACT))
    return filled(qtbot, dialog, noteEdit="更正：查看了康复训练台账", reasonEdit="笔误")


def delete_record(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    return filled(qtbot, RecordDeleteDialog(ctx, first(ctx, LIVE_CONTACT)), OK, reasonEdit="重复录入")


def add_centre(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    return filled(qtbot, CentreDialog(ctx), nameEdit="新建康园中心", townCombo="平山街道")


def edit_centre(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    centre = first(ctx, "SELECT id FROM centres ORDER BY rowid LIMIT 1")
    return filled(qtbot, CentreDialog(ctx, centre_id=centre), addressEdit="新址：人民路 1 号")


def add_member(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    return filled(qtbot, MemberDialog(ctx), nameEdit="王新来")


def edit_member(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    member = first(ctx, "SELECT id FROM members ORDER BY rowid LIMIT 1")
    return filled(qtbot, MemberDialog(ctx, member_id=member), phoneEdit="13900000000")


def end_pairing(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    pairing = first(ctx, "SELECT id FROM pairings WHERE end_on IS NULL ORDER BY rowid LIMIT 1")
    dialog = shown(qtbot, PairingDialog(ctx, mode="end", pairing_id=pairing))
    dialog.ui.toDate.setDate(QDate(2026, 11, 30))
    return click_save(qtbot, dialog)


def new_pairing(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, PairingDialog(ctx))
    centre = dialog.ui.centreCombo.findData(first(ctx, "SELECT id FROM centres WHERE name = '新建康园中心'"))
    dialog.ui.centreCombo.setCurrentIndex(centre)
    dialog.ui.fromDate.setDate(QDate(2026, 11, 1))
    return click_save(qtbot, dialog)


def reassign_pairing(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    pairing = ctx.store.rows("SELECT centre_id, member_id FROM pairings WHERE end_on IS NULL ORDER BY rowid LIMIT 1")[0]
    dialog = shown(qtbot, PairingDialog(ctx, mode="reassign", centre_id=pairing["centre_id"]))
    other = first(ctx, f"SELECT id FROM members WHERE id != '{pairing['member_id']}' ORDER BY rowid LIMIT 1")
    dialog.ui.memberCombo.setCurrentIndex(dialog.ui.memberCombo.findData(other))
    dialog.ui.fromDate.setDate(QDate.currentDate())
    return click_save(qtbot, dialog)


def ledger_item(qtbot, ctx: AppContext, kind: str, title: str, *, parent: str = "", row: str = "") -> LedgerItemDialog:
    """The ledger's dialog for a ``kind``, titled ``title``: a new one under the row the query ``parent``
    finds, or the row the query ``row`` finds, edited."""
    dialog = LedgerItemDialog(
        ctx, kind, parent_id=first(ctx, parent) if parent else None, row_id=first(ctx, row) if row else None
    )
    shown(qtbot, dialog)
    dialog.ui.titleEdit.setPlainText(title)
    return dialog


def edit_area(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    not_the_notices = "SELECT id FROM ledger_areas WHERE source_id IS NULL ORDER BY rowid LIMIT 1"
    return click_save(qtbot, ledger_item(qtbot, ctx, "area", "挂钩联系走访中发现的问题（改）", row=not_the_notices))


def add_inspection(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = ledger_item(qtbot, ctx, "inspection", "2026年县委第二轮巡察反馈")
    dialog.ui.issuerEdit.setText("县委巡察办")
    return click_save(qtbot, dialog)


def add_problem(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    area = "SELECT id FROM ledger_areas ORDER BY rowid LIMIT 1"
    return click_save(qtbot, ledger_item(qtbot, ctx, "problem", "无障碍坡道破损", parent=area))


def add_measure(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    problem = "SELECT id FROM ledger_problems ORDER BY rowid LIMIT 1"
    return click_save(qtbot, ledger_item(qtbot, ctx, "measure", "修复坡道并加装扶手", parent=problem))


def remove_problem(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    problem = first(ctx, "SELECT id FROM ledger_problems WHERE source = 'visit' ORDER BY rowid LIMIT 1")
    dialog = shown(qtbot, LedgerRemoveDialog(ctx, "problem", problem, "问题"))
    dialog.ui.reasonEdit.setText("重复录入")
    dialog.ui.withRecordsCheck.setChecked(True)
    return click_save(qtbot, dialog, OK)


def save_measure(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    page, _measure = open_measure(qtbot, ctx)
    page.ui.personEdit.setText("陈志强")
    return lambda: qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)


def add_progress(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    measure = first(ctx, "SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")
    return filled(qtbot, ProgressDialog(ctx, measure), textEdit="已联系施工单位")


def close_measure(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    measure = first(ctx, "SELECT id FROM ledger_measures WHERE status != 'done' ORDER BY rowid LIMIT 1")
    return filled(qtbot, CloseMeasureDialog(ctx, measure), OK, reasonEdit="已整改完毕，现场核实")


def reopen_measure(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    measure = first(ctx, "SELECT id FROM ledger_measures WHERE status = 'done' ORDER BY rowid LIMIT 1")
    page = LedgerPage(ctx)
    shown(qtbot, page)
    page.select_measure(measure)
    qtbot.waitUntil(lambda: page.current == ("measure", measure))

    def act() -> None:
        page.measure._reopen_measure()
        answer_reason(qtbot, "复查发现仍有问题")

    return act


def extend_deadlines(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    measures = [
        r["id"]  # a deadline once set moves only by 延期: these (closed in the notice) have none yet
        for r in ctx.store.rows("SELECT id FROM ledger_measures WHERE deadline IS NULL LIMIT 3")
    ]
    assert measures
    dialog = shown(qtbot, BulkMeasuresDialog(ctx, measures))
    dialog.ui.deadlineCheck.setChecked(True)
    return click_save(qtbot, dialog, OK)


def declared_totals(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, DeclaredTotalsDialog(ctx))
    dialog.ui.problemsSpin.setValue(dialog.ui.problemsSpin.value() + 1)
    return click_save(qtbot, dialog)


def checklist_items(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, ChecklistItemsDialog(ctx))
    dialog.ui.itemsList.item(0).setText("查看无障碍设施（改）")
    return click_save(qtbot, dialog)


def attach_evidence(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    page, _measure = open_measure(qtbot, ctx)
    scan = tmp_path / "整改会议纪要.pdf"
    scan.write_bytes(b"%PDF minutes" * 100)

    def act() -> None:
        attach(qtbot, page, [scan])  # how many went in: the database says (the snapshot)

    return act


def attach_photo(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, RecordEditDialog(ctx, first(ctx, LIVE_CONTACT)))
    photo = make_photo(tmp_path / "相册" / "整改后.jpg", taken=dt.datetime(2026, 11, 3, 10, 21))

    def act() -> None:
        dialog.add_photos([photo])
        qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "photoResult") is not None, timeout=10_000)

    return act


def remove_photo(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, RecordPhotosDialog(ctx, first(ctx, LIVE_CONTACT)))
    dialog.reason_edit.setText("拍错了")

    def act() -> None:
        if dialog.remove_button.isEnabled():
            qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    return act


def remove_evidence(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    page, _measure = open_measure(qtbot, ctx)
    evidence = page.ui.evidenceList.topLevelItem(0)
    assert evidence is not None
    page.ui.evidenceList.setCurrentItem(evidence)

    def act() -> None:
        qtbot.mouseClick(page.ui.removeEvidenceButton, Qt.MouseButton.LeftButton)
        answer_reason(qtbot, "上传错了文件")

    return act


def trust_if_asked(qtbot, dialog: ImportBundleDialog) -> None:
    """Answer "trust this computer?" with yes (the fingerprints compared), if the dialog asks it."""
    qtbot.waitUntil(
        lambda: asking_trust(dialog) or dialog.ok.isEnabled() or bool(dialog.ui.formError.text()), timeout=20_000
    )
    if not asking_trust(dialog):
        qtbot.wait(200)  # the question comes right after the refusal's text
    if asking_trust(dialog):
        answer_trust(qtbot, dialog, trust=True)
        qtbot.waitUntil(lambda: not asking_trust(dialog), timeout=5_000)


def import_a_bundle(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, ImportBundleDialog(ctx))
    bundle = tmp_path / "陈志强.hdbundle"

    def act() -> None:
        if not dialog.ui.browseButton.isEnabled():
            return  # a read-only window: refused on opening, said in the dialog
        dialog.check(str(bundle))
        trust_if_asked(qtbot, dialog)  # the laptop is not on this office's trust list yet
        qtbot.waitUntil(lambda: dialog.ok.isEnabled() or bool(dialog.ui.formError.text()), timeout=20_000)
        if dialog.ok.isEnabled():
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.outcome is not None or bool(dialog.ui.formError.text()), timeout=20_000)

    return act


def import_a_sheet(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    dialog = shown(qtbot, SheetImportDialog(ctx))
    if not ctx.read_only:  # (a read-only window refuses on opening, in the dialog)
        dialog.load(str(roster_workbook(tmp_path)))
        wait_idle(qtbot, dialog)

    def act() -> None:
        if dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.finished.is_set(), timeout=20_000)
            qtbot.waitUntil(lambda: dialog.outcome is not None or bool(dialog.ui.formError.text()), timeout=10_000)

    return act


def import_scans(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    scan, *_ = signed_sheet(window, tmp_path)

    def act() -> None:
        task = import_scan_files(window, [str(scan)])
        if task is not None:
            qtbot.waitUntil(task.finished.is_set, timeout=20_000)
            qtbot.waitUntil(lambda: window.last_message is not None or bool(shown_texts()), timeout=10_000)

    return act


def visit_from_a_scan(qtbot, ctx: AppContext, tmp_path: Path) -> Act:
    scan = ctx.store.rows("SELECT * FROM checklist_scans WHERE contact_id IS NULL")[0]
    dialog = shown(qtbot, ScanVisitDialog(ctx, scan))
    dialog.date_edit.setDate(QDate(2026, 10, 15))
    dialog.note_edit.setText("据签字清单补登")
    return lambda: qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)


WRITE_PATHS: dict[str, Path_] = {
    "settings": save_settings,
    "log a contact": log_contact,
    "quarterly report": report,
    "annual review": review,
    "exemption": exemption,
    "correct a record": edit_record,
    "delete a record": delete_record,
    "add a centre": add_centre,
    "edit a centre": edit_centre,
    "add a member": add_member,
    "edit a member": edit_member,
    "end a pairing": end_pairing,
    "new pairing": new_pairing,
    "reassign a pairing": reassign_pairing,
    "edit an area": edit_area,
    "add an inspection": add_inspection,
    "add a problem": add_problem,
    "add a measure": add_measure,
    "remove a problem": remove_problem,
    "save a measure": save_measure,
    "add progress": add_progress,
    "close a measure": close_measure,
    "reopen a measure": reopen_measure,
    "extend deadlines": extend_deadlines,
    "declared totals": declared_totals,
    "checklist items": checklist_items,
    "attach evidence": attach_evidence,
    "remove evidence": remove_evidence,
    "attach a photo": attach_photo,
    "remove a photo": remove_photo,
    "import a bundle": import_a_bundle,
    "import a sheet": import_a_sheet,
    "import scans": import_scans,
    "visit from a pending scan": visit_from_a_scan,
}
