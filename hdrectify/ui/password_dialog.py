"""The database's password in the window: asked when an encrypted file is opened, and set, changed or
removed from 设置. The rewrite itself is the launcher's (it closes the window's connections first,
store/password.py rewrites the file, and the window is opened again on it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hdrectify.domain.errors import InputError
from hdrectify.store.password import check_new_password
from hdrectify.ui import i18n


def _secret(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class AskPasswordDialog(QDialog):
    """输入数据库密码: shown when an encrypted database is opened; ``message``: why asked again."""

    given = Signal(str)

    def __init__(self, path: Path, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AskPasswordDialog")
        self.setWindowTitle(self.tr("输入数据库密码"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("数据库 {0} 设有密码。请输入密码打开它：").format(path), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password_edit = _secret(self, "passwordEdit")
        self.password_edit.setAccessibleName(self.tr("数据库密码"))
        layout.addWidget(self.password_edit)
        self.error = _error_label(self)
        if message:
            self.error.setText(message)
            self.error.show()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    def accept(self) -> None:
        if not self.password_edit.text():
            self.error.setText(self.tr("请输入密码"))
            self.error.show()
            return
        super().accept()
        self.given.emit(self.password_edit.text())


class PasswordDialog(QDialog):
    """数据库密码 (from 设置): a new password, a changed one, or none (``chosen(current, new)``,
    ``new`` None to remove it). Nothing is written here."""

    chosen = Signal(object, object)

    def __init__(self, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.encrypted = encrypted
        self.setWindowTitle(self.tr("数据库密码"))
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("设置密码后，数据库文件和以后的备份都加密保存，打开时要输入密码。忘记密码就无法打开数据库。")
            if not encrypted
            else self.tr("数据库已设有密码。可以更换密码，或取消密码（数据库文件改为不加密保存）。"),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.current_edit = _secret(self, "currentPasswordEdit")
        self.new_edit = _secret(self, "newPasswordEdit")
        self.repeat_edit = _secret(self, "repeatPasswordEdit")
        self.remove_check = QCheckBox(self.tr("取消密码"), self)
        self.remove_check.setObjectName("removePasswordCheck")
        if encrypted:
            form.addRow(self.tr("现在的密码(&C)："), self.current_edit)
        else:
            self.current_edit.hide()
            self.remove_check.hide()
        form.addRow(self.tr("新密码(&N)："), self.new_edit)
        form.addRow(self.tr("再输入一次(&R)："), self.repeat_edit)
        layout.addLayout(form)
        layout.addWidget(self.remove_check)
        self.remove_check.toggled.connect(self._removing)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.current_edit if encrypted else self.new_edit).setFocus()

    def _removing(self, removing: bool) -> None:
        self.new_edit.setEnabled(not removing)
        self.repeat_edit.setEnabled(not removing)

    def _refuse(self, text: str, edit: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        edit.setFocus()

    def accept(self) -> None:
        current = self.current_edit.text() if self.encrypted else None
        if self.encrypted and not current:
            self._refuse(self.tr("请输入现在的密码"), self.current_edit)
            return
        new: str | None = None
        if not self.remove_check.isChecked():
            new = self.new_edit.text()
            try:
                check_new_password(new)
            except InputError as e:
                self._refuse(i18n.error_text(e), self.new_edit)
                return
            if self.repeat_edit.text() != new:
                self._refuse(i18n.error_text(InputError("password.mismatch", "password")), self.repeat_edit)
                return
        super().accept()
        self.chosen.emit(current, new)
