"""The record dialogs (登记联系, 季度汇报, 年度考评, 免除) driven like a user drives them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hdrectify.domain.errors import InputError
from hdrectify.domain.periods import Kind, Period
from hdrectify.domain.text import clean_name
from hdrectify.ui import i18n
from hdrectify.ui.context import AppContext
from hdrectify.ui.exemption_dialog import ExemptionDialog
from hdrectify.ui.log_dialog import LogDialog
from hdrectify.ui.report_dialog import ReportDialog
from hdrectify.ui.review_dialog import ReviewDialog
from tests.ui.ui_helpers import snapshot


def choose_pairing(dialog: Any, member: str, centre: str) -> None:
    combo = dialog.ui.pairingCombo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(f"{member} — {centre}"))
    combo.setCurrentIndex(index)


def save(qtbot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def plain_score(qtbot, dialog: ReviewDialog) -> None:
    """Untick 按考评细则逐项打分: a plain score 0–100, as before the rubric."""
    qtbot.mouseClick(dialog.ui.itemsCheck, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.ui.itemsCheck.height() // 2))
    assert not dialog.ui.itemsCheck.isChecked() and dialog.ui.scoreEdit.isEnabled()


def open_dialog(qtbot, cls: type, ctx: AppContext) -> Any:
    dialog = cls(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    return dialog


def test_log_a_contact_with_the_keyboard(qtbot, type_text, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 3))
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("wechat"))
    type_text(dialog.ui.noteEdit, "微信了解活动安排")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    row = demo_ctx.store.get("contacts", saved.args[0])
    assert row is not None
    assert (row["date"], row["method"], row["note"]) == ("2026-11-03", "wechat", "微信了解活动安排")
    assert not dialog.isVisible()


def test_problems_found_on_a_visit_become_ledger_problems(qtbot, demo_ctx: AppContext) -> None:
    before = demo_ctx.store.scalar("SELECT count(*) FROM ledger_problems WHERE source = 'visit'")
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("onsite"))
    dialog.ui.problemsEdit.setPlainText("卫生间扶手缺失\n\n活动记录不全")
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    problems = demo_ctx.store.rows(
        "SELECT title, source, contact_id FROM ledger_problems WHERE source = 'visit' ORDER BY no"
    )
    assert len(problems) == before + 2
    assert [p["title"] for p in problems[-2:]] == ["卫生间扶手缺失", "活动记录不全"]
    assert all(p["contact_id"] == saved.args[0] for p in problems[-2:])


def test_unticked_problems_stay_on_the_record_only(qtbot, demo_ctx: AppContext) -> None:
    before = demo_ctx.store.scalar("SELECT count(*) FROM ledger_problems")
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    dialog.ui.problemsEdit.setPlainText("门口台阶破损")
    dialog.ui.toLedgerCheck.setChecked(False)
    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)
    assert demo_ctx.store.scalar("SELECT count(*) FROM ledger_problems") == before
    contact = demo_ctx.store.get("contacts", saved.args[0])
    assert contact is not None and contact["problems"] == "门口台阶破损"


def test_a_date_outside_the_pairing_is_refused_next_to_the_date(qtbot, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")  # paired from 1 October 2025
    dialog.ui.dateEdit.setDate(QDate(2025, 6, 1))
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.dateEditError.isVisible()
    assert "没有挂钩关系" in dialog.ui.dateEditError.text()
    assert snapshot(demo_ctx) == before


def test_log_cannot_pick_a_future_date(qtbot, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    assert dialog.ui.dateEdit.maximumDate() == QDate.currentDate()
    assert dialog.ui.dateEdit.calendarPopup()


def test_my_pairing_comes_first(qtbot, demo_ctx: AppContext) -> None:
    me = demo_ctx.store.scalar("SELECT id FROM members WHERE name = '叶国平'")
    with demo_ctx.write() as store:
        store.set_setting("me_member_id", me)
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    assert dialog.ui.pairingCombo.currentText().startswith("叶国平 — ")


def test_a_members_laptop_offers_only_its_members_pairings(qtbot, demo_ctx: AppContext) -> None:
    """On 叶国平's laptop 登记联系 lists 叶国平's pairings alone: the laptop may not record another member's
    (and the office keeps every pairing, its own first)."""
    me = demo_ctx.store.scalar("SELECT id FROM members WHERE name = '叶国平'")
    mine = demo_ctx.store.scalar("SELECT count(*) FROM pairings WHERE member_id = ?", [me])
    with demo_ctx.write() as store:
        store.set_setting("me_member_id", me)
    office = open_dialog(qtbot, LogDialog, demo_ctx)
    assert office.ui.pairingCombo.count() == demo_ctx.store.scalar("SELECT count(*) FROM pairings") > mine
    with demo_ctx.write() as store:
        store.set_setting("role", "member")
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    combo = dialog.ui.pairingCombo
    assert combo.count() == mine >= 1
    assert all(combo.itemText(i).startswith("叶国平 — ") for i in range(combo.count()))


def test_report_on_time_and_duplicate_refused(qtbot, type_text, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    pairing = store.rows(
        "SELECT p.id FROM pairings p JOIN members m ON m.id = p.member_id JOIN centres c ON c.id = p.centre_id"
        " WHERE m.name = '陈志强' AND c.name = '平山街道康园中心'"
    )[0]["id"]
    quarter = str(Period.quarter_of(dt.date.today()))
    store_before = store.scalar("SELECT count(*) FROM reports WHERE pairing_id = ? AND quarter = ?", [pairing, quarter])
    dialog = open_dialog(qtbot, ReportDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.quarterCombo.setCurrentIndex(dialog.ui.quarterCombo.findData(quarter))
    type_text(dialog.ui.noteEdit, "本季度联系到位")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert store.scalar("SELECT count(*) FROM reports WHERE pairing_id = ? AND quarter = ?", [pairing, quarter]) == (
        store_before + 1
    )
    again = open_dialog(qtbot, ReportDialog, demo_ctx)
    choose_pairing(again, "陈志强", "平山街道康园中心")
    again.ui.quarterCombo.setCurrentIndex(again.ui.quarterCombo.findData(quarter))
    before = snapshot(demo_ctx)
    save(qtbot, again)
    assert again.ui.quarterComboError.isVisible() and "重复" in again.ui.quarterComboError.text()
    assert snapshot(demo_ctx) == before


@pytest.mark.parametrize(
    ("score", "message"), [("150", "超出范围"), ("-1", "超出范围"), ("九十", "不是整数"), ("", "请填写")]
)
def test_review_score_is_checked_next_to_the_field(
    qtbot, type_text, demo_ctx: AppContext, score: str, message: str
) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    plain_score(qtbot, dialog)
    type_text(dialog.ui.scoreEdit, score)
    qtbot.keyClick(dialog.ui.scoreEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.scoreEditError.isVisible() and message in dialog.ui.scoreEditError.text()
    assert snapshot(demo_ctx) == before


def test_review_saved_with_criteria(qtbot, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.yearSpin.setValue(2026)
    dialog.ui.criteriaEdit.setPlainText("活动开展 30%")
    plain_score(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.scoreEdit, "88")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.ui.scoreEdit, Qt.Key.Key_Return)
    row = demo_ctx.store.get("reviews", saved.args[0])
    assert row is not None
    assert (row["year"], row["score"], row["criteria_notes"]) == (2026, 88, "活动开展 30%")


def test_exemption_needs_a_reason(qtbot, type_text, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, ExemptionDialog, demo_ctx)
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.ui.reasonEditError.isVisible()
    dialog.ui.fromEdit.setDate(QDate(2026, 3, 10))
    dialog.ui.toEdit.setDate(QDate(2026, 3, 1))
    type_text(dialog.ui.reasonEdit, "中心维修")
    save(qtbot, dialog)
    assert dialog.ui.toEditError.isVisible() and not dialog.ui.reasonEditError.isVisible()
    assert snapshot(demo_ctx) == before


def test_exemption_for_every_pairing(qtbot, type_text, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ExemptionDialog, demo_ctx)
    qtbot.mouseClick(dialog.ui.allCheck, Qt.MouseButton.LeftButton)
    assert not dialog.ui.pairingCombo.isEnabled()
    dialog.ui.obligationCombo.setCurrentIndex(dialog.ui.obligationCombo.findData("contact"))
    dialog.ui.fromEdit.setDate(QDate(2026, 10, 1))
    dialog.ui.toEdit.setDate(QDate(2026, 10, 7))
    type_text(dialog.ui.reasonEdit, "国庆假期")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    row = demo_ctx.store.rows("SELECT * FROM exemptions WHERE reason = '国庆假期'")[0]
    assert (row["pairing_id"], row["obligation"], row["start_on"], row["end_on"]) == (
        None,
        "contact",
        "2026-10-01",
        "2026-10-07",
    )


def test_escape_cancels_without_saving(qtbot, type_text, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    type_text(dialog.ui.noteEdit, "不保存")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert snapshot(demo_ctx) == before


# -- refusals of the core: in the user's language, next to the field the error names ---------------------


@pytest.fixture
def english():
    assert "hdrectify_en" in i18n.install("en")
    yield
    i18n.install(i18n.DEFAULT_LANGUAGE)


def test_a_refused_date_is_said_in_english_next_to_the_date(qtbot, english, demo_ctx: AppContext) -> None:
    before = snapshot(demo_ctx)
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")  # paired from 1 October 2025
    dialog.ui.dateEdit.setDate(QDate(2025, 6, 1))
    save(qtbot, dialog)
    text = dialog.ui.dateEditError.text()
    assert dialog.ui.dateEditError.isVisible() and not dialog.ui.formError.isVisible()
    assert "not paired" in text and "2025-06-01" in text and "陈志强" in text
    assert "没有挂钩关系" not in text
    assert snapshot(demo_ctx) == before


def test_the_field_marked_is_the_one_the_error_names_not_a_word_in_its_text(qtbot, demo_ctx: AppContext) -> None:
    # The refusal quotes the text before the bad character, here "会议日期": the note is marked, not the date.
    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    dialog.ui.noteEdit.setPlainText("会议日期\x07改了")
    save(qtbot, dialog)
    assert dialog.ui.noteEditError.isVisible() and "不可见字符" in dialog.ui.noteEditError.text()
    assert not dialog.ui.dateEditError.isVisible() and not dialog.ui.formError.isVisible()


def test_a_refusal_names_its_field_in_every_language(qtbot, english, demo_ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ReviewDialog, demo_ctx)
    choose_pairing(dialog, "陈志强", "平山街道康园中心")
    dialog.ui.noteEdit.setPlainText("\u202e")
    plain_score(qtbot, dialog)
    qtbot.keyClicks(dialog.ui.scoreEdit, "88")
    save(qtbot, dialog)
    assert dialog.ui.noteEditError.isVisible() and not dialog.ui.yearSpinError.isVisible()
    assert "invisible" in dialog.ui.noteEditError.text()


def test_an_invisible_character_is_named_in_english(english) -> None:
    with pytest.raises(InputError) as caught:
        clean_name("安墩镇\u200b康园中心", "康园中心名称")
    text = i18n.error_text(caught.value)
    assert "(U+200B zero width space, character 4" in text
    assert re.sub("[“”]安墩镇[“”]", "", text).isascii(), text  # the typed text quoted, nothing else Chinese
    assert "U+200B 零宽空格" in str(caught.value)  # the command line's Chinese as before


def test_values_of_a_refusal_are_said_in_english_too(english) -> None:
    quarter = InputError("records.already_filed", "period", period=Period(Kind.QUARTER, 2026, 2))
    assert i18n.error_text(quarter).startswith("This pairing already has a record for Q2 2026")
    label = InputError("text.invisible_at_start", "note", what="考评意见", code="U+202E", char="从右到左强制")
    assert i18n.error_text(label).startswith(
        "Review comments contains an invisible character (U+202E right-to-left override"
    )
    inner = InputError("ledger.name_too_long", "person", what="责任人", most=100)
    bulk = InputError("ledger.bulk_refused", "person", problem=3, no=2, error=inner)
    assert i18n.error_text(bulk) == "Measure 3.2: Person responsible cannot be longer than 100 characters"
    assert str(bulk) == "措施 3.2：责任人不能超过100个字"  # the command line's Chinese


def test_the_methods_to_log_are_named_as_the_records_name_them(qtbot, english, demo_ctx: AppContext) -> None:
    from hdrectify.ui import labels

    dialog = open_dialog(qtbot, LogDialog, demo_ctx)
    combo = dialog.ui.methodCombo
    names = {combo.itemData(n): combo.itemText(n) for n in range(combo.count())}
    assert names["phone"] == labels.method_text("phone") == "Phone"
    assert names["onsite"] == f"{labels.method_text('onsite')} (at the centre)"
