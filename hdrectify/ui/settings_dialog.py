"""设置: deadlines and reminders, the language, who "me" is, and the database file in use.

The language takes effect as soon as it is chosen, so the user sees it at once;
Cancel puts the previous one back. Everything else is saved on OK, in one
transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QPushButton, QWidget

from hdrectify.domain.errors import InputError
from hdrectify.domain.notice import Thresholds
from hdrectify.exchange.trust import identity
from hdrectify.store.people import members
from hdrectify.store.roles import is_office, office_only_error
from hdrectify.ui import i18n, labels, text_size
from hdrectify.ui.checklist_items_dialog import ChecklistItemsDialog
from hdrectify.ui.context import SETTINGS, AppContext
from hdrectify.ui.form_support import FieldErrors, select_data
from hdrectify.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from hdrectify.ui.models.table_model import date_text
from hdrectify.ui.reminder_settings import ReminderSettings
from hdrectify.ui.rubric_dialog import RubricDialog
from hdrectify.ui.screen_fit import scroll_when_tall
from hdrectify.ui.worker import failure_text

# settings key -> spin box in the form
SPINS = {
    "report_deadline_days": "reportDeadlineSpin",
    "review_deadline_days": "reviewDeadlineSpin",
    "backfill_days": "backfillSpin",
    "warn_yellow_days": "warnYellowSpin",
    "warn_green_days": "warnGreenSpin",
    "notice_remind_days": "noticeRemindSpin",
    "notice_urge_days": "noticeUrgeSpin",
    "notice_warn_days": "noticeWarnSpin",
    "notice_reply_days": "noticeReplySpin",
}


# the 落款 of the summaries (填报单位, 制表人, 审核人): field → setting
_SIGNATURE = {
    "summaryUnitEdit": "summary_unit",
    "summaryPreparerEdit": "summary_preparer",
    "summaryReviewerEdit": "summary_reviewer",
}


class SettingsDialog(QDialog):
    saved = Signal()
    password_requested = Signal(object, object)  # (current, new): new None removes it; the launcher does it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.errors = FieldErrors(
            ui,
            ui.formError,
            fields={
                "federationEdit": ui.federationNameError,
                "warnGreenSpin": ui.warnGreenError,
                "noticeWarnSpin": ui.noticeError,
            },
        )
        store = ctx.store
        ui.federationEdit.setText(str(store.setting("federation_name") or ""))
        for edit, key in _SIGNATURE.items():  # the summaries' 落款
            getattr(ui, edit).setText(str(store.setting(key) or ""))
        for key, name in SPINS.items():
            getattr(ui, name).setValue(int(store.setting(key)))
        self._language = i18n.saved_language()
        for code, label in i18n.LANGUAGES.items():
            ui.languageCombo.addItem(label, code)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(self._language))
        ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self._fill_me(ctx.me())
        # 字号: this computer's text size, below the language (kept in QSettings as the language is)
        self.text_size_label, self.text_size_combo = QLabel(self), QComboBox(self)
        self.text_size_combo.setObjectName("textSizeCombo")
        self.text_size_label.setBuddy(self.text_size_combo)
        for percent in text_size.SIZES:
            self.text_size_combo.addItem(f"{percent}%", percent)
        self.text_size_combo.setCurrentIndex(self.text_size_combo.findData(text_size.saved()))
        ui.computerForm.insertRow(1, self.text_size_label, self.text_size_combo)
        QWidget.setTabOrder(ui.languageCombo, self.text_size_combo)
        QWidget.setTabOrder(self.text_size_combo, ui.meCombo)
        self.reminders = ReminderSettings(ui.computerForm, ui.computerGroup, ui.meCombo)  # this computer's reminders
        self.identity = identity(store)  # what another computer compares before trusting this one's bundles
        self._show_identity()
        ui.databaseEdit.setText(str(ctx.path))
        ui.databaseEdit.setCursorPosition(0)
        ui.openFolderButton.clicked.connect(self._open_folder)
        # on its own row above OK/Cancel: it opens a dialog and does not close this one
        self.items_button = QPushButton(self)
        ui.dialogLayout.insertWidget(
            ui.dialogLayout.indexOf(ui.buttonBox), self.items_button, 0, Qt.AlignmentFlag.AlignLeft
        )
        self.items_button.clicked.connect(lambda: ChecklistItemsDialog(self.ctx, self).open())
        self.rubric_button = QPushButton(self)
        self.rubric_button.setObjectName("rubricButton")
        ui.dialogLayout.insertWidget(
            ui.dialogLayout.indexOf(ui.buttonBox), self.rubric_button, 0, Qt.AlignmentFlag.AlignLeft
        )
        self.rubric_button.clicked.connect(lambda: RubricDialog(self.ctx, self).open())
        if not is_office(store):  # the rubric is the office's: disabled on a member's laptop, saying why
            self.rubric_button.setEnabled(False)
            self.rubric_button.setToolTip(i18n.error_text(office_only_error("rubric")))
        # the database's password: the file rewritten encrypted (or plain) by the launcher, the window reopened
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("passwordButton")
        ui.dialogLayout.insertWidget(
            ui.dialogLayout.indexOf(ui.buttonBox), self.password_button, 0, Qt.AlignmentFlag.AlignLeft
        )
        self.password_button.clicked.connect(self._password)
        self.password_button.setEnabled(not ctx.read_only)
        # photos attached to records: their location taken out (exchange/photos.py)
        self.strip_gps_check = QCheckBox(self)
        self.strip_gps_check.setObjectName("stripGpsCheck")
        self.strip_gps_check.setChecked(bool(store.setting("strip_photo_gps")))
        ui.dialogLayout.insertWidget(ui.dialogLayout.indexOf(self.items_button), self.strip_gps_check)
        self._name_items_button()
        ui.reportDeadlineSpin.valueChanged.connect(self._show_hint)
        ui.reviewDeadlineSpin.valueChanged.connect(self._show_hint)
        scroll_when_tall(self, ui.buttonBox)  # at 字号 200% the form is taller than a laptop's screen
        ui.federationEdit.setFocus()
        self._show_hint()

    def _name_items_button(self) -> None:
        self.items_button.setText(self.tr("现场检查项目…"))
        if hasattr(self, "text_size_label"):
            self.text_size_label.setText(self.tr("字号(&Z)："))
            self.text_size_combo.setToolTip(self.tr("整个窗口的文字大小，本机有效"))
        self.items_button.setAccessibleName(self.tr("编辑月度清单的现场检查项目"))
        if hasattr(self, "rubric_button"):
            self.rubric_button.setText(self.tr("年度考评细则…"))
            self.rubric_button.setAccessibleName(self.tr("编辑年度考评的考评项目和满分"))
        if hasattr(self, "password_button"):
            self.password_button.setText(self.tr("数据库密码…"))
            self.password_button.setAccessibleName(self.tr("设置、更换或取消数据库密码"))
        if hasattr(self, "strip_gps_check"):
            self.strip_gps_check.setText(self.tr("去除照片中的位置信息"))
            self.strip_gps_check.setToolTip(
                self.tr("添加到记录的照片不保存拍摄地点（GPS）：中心的位置和照片中的人都属个人信息")
            )

    def _password(self) -> None:
        from hdrectify.store.dbapi import is_encrypted
        from hdrectify.ui.password_dialog import PasswordDialog

        dialog = PasswordDialog(is_encrypted(self.ctx.path), self)
        dialog.chosen.connect(self._password_chosen)
        dialog.open()

    def _password_chosen(self, current: str | None, new: str | None) -> None:
        self.reject()  # the window is opened again on the rewritten file: what was typed here is not saved
        self.password_requested.emit(current, new)

    def _show_identity(self) -> None:
        me = self.identity
        self.ui.fingerprintEdit.setText(labels.aside(me.fingerprint, labels.role_text(me.role)))

    def _fill_me(self, selected: str | None) -> None:
        combo = self.ui.meCombo
        combo.clear()
        combo.addItem(self.tr("办公室（全部）"), "")
        for row in members(self.ctx.store):
            combo.addItem(row["name"], row["id"])
        select_data(combo, selected)

    def _show_hint(self) -> None:
        """The deadlines as dates, for the first quarter and the year: what the numbers mean."""
        report = dt.date(2025, 3, 31) + dt.timedelta(days=self.ui.reportDeadlineSpin.value())
        review = dt.date(2025, 12, 31) + dt.timedelta(days=self.ui.reviewDeadlineSpin.value())
        self.ui.deadlinesHint.setText(
            self.tr("即：2025年第1季度汇报截止{0}；\n2025年考评截止{1}").format(date_text(report), date_text(review))
        )

    def _language_chosen(self) -> None:
        i18n.install(self.ui.languageCombo.currentData())

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.path.parent)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_items_button()
            self.ui.meCombo.setItemText(0, self.tr("办公室（全部）"))
            self.reminders.retranslate()
            self._show_identity()
            self._show_hint()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {key: getattr(ui, name).value() for key, name in SPINS.items()}
        values["federation_name"] = ui.federationEdit.text().strip()
        for edit, key in _SIGNATURE.items():
            values[key] = getattr(ui, edit).text().strip()
        values["me_member_id"] = ui.meCombo.currentData() or None
        values["strip_photo_gps"] = self.strip_gps_check.isChecked()
        return values

    def accept(self) -> None:
        ui = self.ui
        self.errors.clear()
        values = self.values()
        if not values["federation_name"]:
            self.errors.show("federationEdit", self.tr("请填写单位名称：它印在清单和汇总表上"))
            return
        if values["warn_yellow_days"] > values["warn_green_days"]:
            self.errors.show("warnGreenSpin", self.tr("青色的天数不能少于黄色的天数"))
            return
        try:  # the 督办提醒单's levels in order (domain/notice.py says which)
            Thresholds(
                values["notice_remind_days"],
                values["notice_urge_days"],
                values["notice_warn_days"],
                values["notice_reply_days"],
            ).check()
        except InputError as e:
            self.errors.show_error(e, {"notice_levels": "noticeWarnSpin", "notice_reply_days": "noticeReplySpin"})
            return
        refused = self.reminders.save_autostart(self.ctx.path)
        if refused is not None:
            self.errors.show(None, refused)
            return
        store = self.ctx.store
        changed = {key: value for key, value in values.items() if store.setting(key) != value}
        if changed:
            try:
                with self.ctx.write() as store:
                    for key, value in changed.items():
                        store.set_setting(key, value)
            except InputError as e:  # read-only, a full disk, a locked database: said, nothing saved
                self.errors.show(None, failure_text(e))
                return
        self.reminders.save()
        size = int(self.text_size_combo.currentData())
        if size != text_size.saved():
            text_size.save(size)
            text_size.apply(size)
        language = ui.languageCombo.currentData()
        i18n.save_language(language)
        self._language = language
        if changed:
            self.ctx.notify(SETTINGS)
        self.saved.emit()
        super().accept()

    def reject(self) -> None:
        if self.ui.languageCombo.currentData() != self._language:
            i18n.install(self._language)
        super().reject()
