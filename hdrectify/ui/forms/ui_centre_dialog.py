# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CentreDialog(object):
    def setupUi(self, CentreDialog):
        if not CentreDialog.objectName():
            CentreDialog.setObjectName(u"CentreDialog")
        CentreDialog.resize(480, 380)
        self.dialogLayout = QVBoxLayout(CentreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(CentreDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CentreDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(CentreDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMinimumSize(QSize(320, 0))
        self.nameEdit.setMaxLength(60)

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(CentreDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.townLabel = QLabel(CentreDialog)
        self.townLabel.setObjectName(u"townLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townBox = QVBoxLayout()
        self.townBox.setSpacing(2)
        self.townBox.setObjectName(u"townBox")
        self.townCombo = QComboBox(CentreDialog)
        self.townCombo.setObjectName(u"townCombo")
        self.townCombo.setEditable(True)
        self.townCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.townBox.addWidget(self.townCombo)

        self.townError = QLabel(CentreDialog)
        self.townError.setObjectName(u"townError")
        self.townError.setStyleSheet(u"color: #c62828;")
        self.townError.setWordWrap(True)

        self.townBox.addWidget(self.townError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.townBox)

        self.addressLabel = QLabel(CentreDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(CentreDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.contactLabel = QLabel(CentreDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(CentreDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(CentreDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CentreDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.noteLabel = QLabel(CentreDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(CentreDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.closedCheck = QCheckBox(CentreDialog)
        self.closedCheck.setObjectName(u"closedCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closedCheck)

        self.closedBox = QVBoxLayout()
        self.closedBox.setSpacing(2)
        self.closedBox.setObjectName(u"closedBox")
        self.closedDate = QDateEdit(CentreDialog)
        self.closedDate.setObjectName(u"closedDate")
        self.closedDate.setEnabled(False)
        self.closedDate.setCalendarPopup(True)

        self.closedBox.addWidget(self.closedDate)

        self.closedError = QLabel(CentreDialog)
        self.closedError.setObjectName(u"closedError")
        self.closedError.setStyleSheet(u"color: #c62828;")
        self.closedError.setWordWrap(True)

        self.closedBox.addWidget(self.closedError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.closedBox)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(CentreDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(CentreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.townLabel.setBuddy(self.townCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.townCombo)
        QWidget.setTabOrder(self.townCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.closedCheck)
        QWidget.setTabOrder(self.closedCheck, self.closedDate)

        self.retranslateUi(CentreDialog)
        self.buttonBox.accepted.connect(CentreDialog.accept)
        self.buttonBox.rejected.connect(CentreDialog.reject)
        self.closedCheck.toggled.connect(self.closedDate.setEnabled)

        QMetaObject.connectSlotsByName(CentreDialog)
    # setupUi

    def retranslateUi(self, CentreDialog):
        CentreDialog.setWindowTitle(QCoreApplication.translate("CentreDialog", u"\u5eb7\u56ed\u4e2d\u5fc3", None))
        self.nameLabel.setText(QCoreApplication.translate("CentreDialog", u"\u540d\u79f0(&M)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"\u4f8b\u5982 \u5b89\u58a9\u9547\u5eb7\u56ed\u4e2d\u5fc3", None))
        self.townLabel.setText(QCoreApplication.translate("CentreDialog", u"\u6240\u5728\u9547\uff08\u8857\u9053\uff09(&T)\uff1a", None))
        self.addressLabel.setText(QCoreApplication.translate("CentreDialog", u"\u5730\u5740(&A)\uff1a", None))
        self.contactLabel.setText(QCoreApplication.translate("CentreDialog", u"\u8054\u7cfb\u4eba(&P)\uff1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("CentreDialog", u"\u8054\u7cfb\u7535\u8bdd(&H)\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("CentreDialog", u"\u5907\u6ce8(&N)\uff1a", None))
        self.closedCheck.setText(QCoreApplication.translate("CentreDialog", u"\u5df2\u64a4\u9500\uff0c\u64a4\u9500\u65e5\u671f(&C)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.closedCheck.setToolTip(QCoreApplication.translate("CentreDialog", u"\u539f\u6302\u94a9\u5728\u64a4\u9500\u65e5\u671f\u5f53\u5929\u7ed3\u675f\uff0c\u6b64\u540e\u4e0d\u80fd\u518d\u6302\u94a9", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

