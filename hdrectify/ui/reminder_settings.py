"""设置's rows for the reminders of this computer: the weekly reminder's day and hour, keeping the app
in the tray when the window is closed, and starting with the system (hdrectify/autostart.py).

They are this user's settings on this computer (QSettings, and the autostart entry itself), not the
database's, like the language beside them.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from hdrectify import autostart
from hdrectify.domain.reminders import Prefs
from hdrectify.ui import labels, tray


class ReminderSettings(QObject):
    """The rows added to a form (设置 → 本机), filled from the saved settings; :meth:`save` on OK."""

    def __init__(self, form: QFormLayout, parent: QWidget, after: QWidget) -> None:
        super().__init__(parent)
        self.weekday_combo = QComboBox(parent)
        self.weekday_combo.setObjectName("remindWeekdayCombo")
        for day in range(1, 8):
            self.weekday_combo.addItem(labels.weekday_text(day), day)
        self.hour_spin = QSpinBox(parent)
        self.hour_spin.setObjectName("remindHourSpin")
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setSuffix(":00")
        when = QHBoxLayout()
        when.addWidget(self.weekday_combo)
        when.addWidget(self.hour_spin)
        when.addStretch(1)
        self.when_label = QLabel(parent)
        self.when_label.setBuddy(self.weekday_combo)
        form.addRow(self.when_label, when)
        self.keep_check = QCheckBox(parent)
        self.keep_check.setObjectName("keepInTrayCheck")
        form.addRow(self.keep_check)
        self.autostart_check = QCheckBox(parent)
        self.autostart_check.setObjectName("autostartCheck")
        form.addRow(self.autostart_check)
        # the keyboard goes through these rows after ``after`` (the widget above them), not at the end
        chain = [after, self.weekday_combo, self.hour_spin, self.keep_check, self.autostart_check]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        prefs = tray.saved_prefs()
        self.weekday_combo.setCurrentIndex(prefs.weekday - 1)
        self.hour_spin.setValue(prefs.hour)
        self._keep = tray.keep_in_tray()
        self.keep_check.setChecked(bool(self._keep))
        self._autostart = autostart.is_enabled()
        self.autostart_check.setChecked(self._autostart)
        self.retranslate()

    def retranslate(self) -> None:
        for day in range(1, 8):
            self.weekday_combo.setItemText(day - 1, labels.weekday_text(day))
        self.when_label.setText(self.tr("每周联系提醒(&W)："))
        self.weekday_combo.setAccessibleName(self.tr("每周联系提醒：星期几"))
        self.hour_spin.setAccessibleName(self.tr("每周联系提醒：几点"))
        self.weekday_combo.setToolTip(
            self.tr("到这一天的这个时间，本周还没有登记联系时，在系统托盘提醒（程序需在运行）")
        )
        self.keep_check.setText(self.tr("关闭窗口时保留在系统托盘，继续提醒(&K)"))
        self.keep_check.setAccessibleName(self.tr("关闭窗口时保留在系统托盘"))
        self.autostart_check.setText(self.tr("开机时自动启动(&A)"))
        self.autostart_check.setAccessibleName(self.tr("开机时自动启动"))

    def prefs(self) -> Prefs:
        return Prefs(self.weekday_combo.currentIndex() + 1, self.hour_spin.value())

    def save_autostart(self, db: Path) -> str | None:
        """Write or remove the autostart entry if the box was changed; the error's text if that failed
        (nothing else is saved then)."""
        wanted = self.autostart_check.isChecked()
        if wanted == self._autostart:
            return None
        try:
            if wanted:
                autostart.enable(db)
            else:
                autostart.disable()
        except OSError:
            return (
                self.tr("无法写入开机启动设置（{0}）：请检查该文件夹的权限。")
                if wanted
                else self.tr("无法删除开机启动设置（{0}）：请检查该文件夹的权限。")
            ).format(autostart.entry_path())
        self._autostart = wanted
        return None

    def save(self) -> None:
        """The reminder's moment, and keeping in the tray (only once chosen: unset, it is asked on closing)."""
        tray.save_prefs(self.prefs())
        keep = self.keep_check.isChecked()
        if self._keep is not None or keep:
            tray.set_keep_in_tray(keep)
