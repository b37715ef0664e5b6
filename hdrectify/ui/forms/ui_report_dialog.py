# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(520, 380)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.pairingComboLabel = QLabel(ReportDialog)
        self.pairingComboLabel.setObjectName(u"pairingComboLabel")

        self.grid.addWidget(self.pairingComboLabel, 0, 0, 1, 1)

        self.pairingCombo = QComboBox(ReportDialog)
        self.pairingCombo.setObjectName(u"pairingCombo")

        self.grid.addWidget(self.pairingCombo, 0, 1, 1, 1)

        self.pairingComboError = QLabel(ReportDialog)
        self.pairingComboError.setObjectName(u"pairingComboError")
        self.pairingComboError.setStyleSheet(u"color: #b3261e;")
        self.pairingComboError.setWordWrap(True)

        self.grid.addWidget(self.pairingComboError, 1, 1, 1, 1)

        self.quarterComboLabel = QLabel(ReportDialog)
        self.quarterComboLabel.setObjectName(u"quarterComboLabel")

        self.grid.addWidget(self.quarterComboLabel, 2, 0, 1, 1)

        self.quarterCombo = QComboBox(ReportDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.grid.addWidget(self.quarterCombo, 2, 1, 1, 1)

        self.quarterComboError = QLabel(ReportDialog)
        self.quarterComboError.setObjectName(u"quarterComboError")
        self.quarterComboError.setStyleSheet(u"color: #b3261e;")
        self.quarterComboError.setWordWrap(True)

        self.grid.addWidget(self.quarterComboError, 3, 1, 1, 1)

        self.dateEditLabel = QLabel(ReportDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 4, 0, 1, 1)

        self.dateEdit = QDateEdit(ReportDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 4, 1, 1, 1)

        self.dateEditError = QLabel(ReportDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 5, 1, 1, 1)

        self.noteEditLabel = QLabel(ReportDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.grid.addWidget(self.noteEditLabel, 6, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(ReportDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.noteEdit, 6, 1, 1, 1)

        self.noteEditError = QLabel(ReportDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.grid.addWidget(self.noteEditError, 7, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(ReportDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairingComboLabel.setBuddy(self.pairingCombo)
        self.quarterComboLabel.setBuddy(self.quarterCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairingCombo, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(ReportDialog)
        self.buttonBox.rejected.connect(ReportDialog.reject)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"\u767b\u8bb0\u5b63\u5ea6\u6c47\u62a5", None))
        self.pairingComboLabel.setText(QCoreApplication.translate("ReportDialog", u"\u6302\u94a9(&P)\uff1a", None))
        self.quarterComboLabel.setText(QCoreApplication.translate("ReportDialog", u"\u5b63\u5ea6(&Q)\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ReportDialog", u"\u63d0\u4ea4\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReportDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ReportDialog", u"\u6c47\u62a5\u5185\u5bb9(&N)\uff1a", None))
    # retranslateUi

