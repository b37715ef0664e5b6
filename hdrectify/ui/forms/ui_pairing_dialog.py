# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pairing_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PairingDialog(object):
    def setupUi(self, PairingDialog):
        if not PairingDialog.objectName():
            PairingDialog.setObjectName(u"PairingDialog")
        PairingDialog.resize(500, 320)
        self.dialogLayout = QVBoxLayout(PairingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(PairingDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.centreLabel = QLabel(PairingDialog)
        self.centreLabel.setObjectName(u"centreLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreBox = QVBoxLayout()
        self.centreBox.setSpacing(2)
        self.centreBox.setObjectName(u"centreBox")
        self.centreCombo = QComboBox(PairingDialog)
        self.centreCombo.setObjectName(u"centreCombo")
        self.centreCombo.setMinimumSize(QSize(300, 0))

        self.centreBox.addWidget(self.centreCombo)

        self.centreError = QLabel(PairingDialog)
        self.centreError.setObjectName(u"centreError")
        self.centreError.setStyleSheet(u"color: #c62828;")
        self.centreError.setWordWrap(True)

        self.centreBox.addWidget(self.centreError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.centreBox)

        self.currentLabel = QLabel(PairingDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentValue = QLabel(PairingDialog)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.memberLabel = QLabel(PairingDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberBox = QVBoxLayout()
        self.memberBox.setSpacing(2)
        self.memberBox.setObjectName(u"memberBox")
        self.memberCombo = QComboBox(PairingDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.memberBox.addWidget(self.memberCombo)

        self.memberError = QLabel(PairingDialog)
        self.memberError.setObjectName(u"memberError")
        self.memberError.setStyleSheet(u"color: #c62828;")
        self.memberError.setWordWrap(True)

        self.memberBox.addWidget(self.memberError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.memberBox)

        self.fromLabel = QLabel(PairingDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(PairingDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toCheck = QCheckBox(PairingDialog)
        self.toCheck.setObjectName(u"toCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.toCheck)

        self.toDate = QDateEdit(PairingDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setEnabled(False)
        self.toDate.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.toDate)

        self.datesError = QLabel(PairingDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setStyleSheet(u"color: #c62828;")
        self.datesError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.datesError)


        self.dialogLayout.addLayout(self.form)

        self.formError = QLabel(PairingDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(PairingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.centreLabel.setBuddy(self.centreCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.fromLabel.setBuddy(self.fromDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.centreCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)

        self.retranslateUi(PairingDialog)
        self.buttonBox.accepted.connect(PairingDialog.accept)
        self.buttonBox.rejected.connect(PairingDialog.reject)
        self.toCheck.toggled.connect(self.toDate.setEnabled)

        QMetaObject.connectSlotsByName(PairingDialog)
    # setupUi

    def retranslateUi(self, PairingDialog):
        PairingDialog.setWindowTitle(QCoreApplication.translate("PairingDialog", u"\u6302\u94a9", None))
        self.centreLabel.setText(QCoreApplication.translate("PairingDialog", u"\u5eb7\u56ed\u4e2d\u5fc3(&C)\uff1a", None))
        self.currentLabel.setText(QCoreApplication.translate("PairingDialog", u"\u73b0\u6302\u94a9\uff1a", None))
        self.memberLabel.setText(QCoreApplication.translate("PairingDialog", u"\u515a\u5458(&M)\uff1a", None))
        self.fromLabel.setText(QCoreApplication.translate("PairingDialog", u"\u5f00\u59cb\u65e5\u671f(&F)\uff1a", None))
        self.toCheck.setText(QCoreApplication.translate("PairingDialog", u"\u7ed3\u675f\u65e5\u671f(&T)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.toCheck.setToolTip(QCoreApplication.translate("PairingDialog", u"\u6302\u94a9\u7684\u6700\u540e\u4e00\u5929\uff1b\u4e0d\u52fe\u9009\u8868\u793a\u957f\u671f\u6302\u94a9", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

