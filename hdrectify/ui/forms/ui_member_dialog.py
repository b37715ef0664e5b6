# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(420, 220)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(MemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(260, 0))
        self.nameEdit.setMaxLength(40)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(MemberDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.noteLabel = QLabel(MemberDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MemberDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(MemberDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.noteEdit)

        self.retranslateUi(MemberDialog)
        self.buttonBox.accepted.connect(MemberDialog.accept)
        self.buttonBox.rejected.connect(MemberDialog.reject)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u515a\u5458", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d(&M)\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"\u7535\u8bdd(&H)\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5907\u6ce8(&N)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\u5982 \u6240\u5728\u652f\u90e8\u3001\u804c\u52a1", None))
    # retranslateUi

