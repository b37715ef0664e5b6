# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_LogDialog(object):
    def setupUi(self, LogDialog):
        if not LogDialog.objectName():
            LogDialog.setObjectName(u"LogDialog")
        LogDialog.resize(520, 520)
        self.layout = QVBoxLayout(LogDialog)
        self.layout.setObjectName(u"layout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.pairingComboLabel = QLabel(LogDialog)
        self.pairingComboLabel.setObjectName(u"pairingComboLabel")

        self.grid.addWidget(self.pairingComboLabel, 0, 0, 1, 1)

        self.pairingCombo = QComboBox(LogDialog)
        self.pairingCombo.setObjectName(u"pairingCombo")

        self.grid.addWidget(self.pairingCombo, 0, 1, 1, 1)

        self.pairingComboError = QLabel(LogDialog)
        self.pairingComboError.setObjectName(u"pairingComboError")
        self.pairingComboError.setStyleSheet(u"color: #b3261e;")
        self.pairingComboError.setWordWrap(True)

        self.grid.addWidget(self.pairingComboError, 1, 1, 1, 1)

        self.dateEditLabel = QLabel(LogDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 2, 0, 1, 1)

        self.dateEdit = QDateEdit(LogDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.dateEditError = QLabel(LogDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 3, 1, 1, 1)

        self.methodComboLabel = QLabel(LogDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.grid.addWidget(self.methodComboLabel, 4, 0, 1, 1)

        self.methodCombo = QComboBox(LogDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.grid.addWidget(self.methodCombo, 4, 1, 1, 1)

        self.methodComboError = QLabel(LogDialog)
        self.methodComboError.setObjectName(u"methodComboError")
        self.methodComboError.setStyleSheet(u"color: #b3261e;")
        self.methodComboError.setWordWrap(True)

        self.grid.addWidget(self.methodComboError, 5, 1, 1, 1)

        self.noteEditLabel = QLabel(LogDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.grid.addWidget(self.noteEditLabel, 6, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(LogDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.noteEdit, 6, 1, 1, 1)

        self.noteEditError = QLabel(LogDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.grid.addWidget(self.noteEditError, 7, 1, 1, 1)

        self.problemsEditLabel = QLabel(LogDialog)
        self.problemsEditLabel.setObjectName(u"problemsEditLabel")

        self.grid.addWidget(self.problemsEditLabel, 8, 0, 1, 1)

        self.problemsEdit = QPlainTextEdit(LogDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.problemsEdit, 8, 1, 1, 1)

        self.problemsEditError = QLabel(LogDialog)
        self.problemsEditError.setObjectName(u"problemsEditError")
        self.problemsEditError.setStyleSheet(u"color: #b3261e;")
        self.problemsEditError.setWordWrap(True)

        self.grid.addWidget(self.problemsEditError, 9, 1, 1, 1)

        self.toLedgerCheck = QCheckBox(LogDialog)
        self.toLedgerCheck.setObjectName(u"toLedgerCheck")
        self.toLedgerCheck.setChecked(True)

        self.grid.addWidget(self.toLedgerCheck, 10, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(LogDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(LogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairingComboLabel.setBuddy(self.pairingCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.problemsEditLabel.setBuddy(self.problemsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairingCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.problemsEdit)
        QWidget.setTabOrder(self.problemsEdit, self.toLedgerCheck)
        QWidget.setTabOrder(self.toLedgerCheck, self.buttonBox)

        self.retranslateUi(LogDialog)
        self.buttonBox.rejected.connect(LogDialog.reject)

        QMetaObject.connectSlotsByName(LogDialog)
    # setupUi

    def retranslateUi(self, LogDialog):
        LogDialog.setWindowTitle(QCoreApplication.translate("LogDialog", u"\u767b\u8bb0\u8054\u7cfb", None))
        self.pairingComboLabel.setText(QCoreApplication.translate("LogDialog", u"\u6302\u94a9(&P)\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("LogDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("LogDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.methodComboLabel.setText(QCoreApplication.translate("LogDialog", u"\u65b9\u5f0f(&M)\uff1a", None))
        self.noteEditLabel.setText(QCoreApplication.translate("LogDialog", u"\u60c5\u51b5\u8bb0\u5f55(&N)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("LogDialog", u"\u8054\u7cfb\u6216\u5230\u5c97\u65f6\u4e86\u89e3\u5230\u7684\u60c5\u51b5", None))
        self.problemsEditLabel.setText(QCoreApplication.translate("LogDialog", u"\u53d1\u73b0\u7684\u95ee\u9898(&W)\uff1a", None))
        self.problemsEdit.setPlaceholderText(QCoreApplication.translate("LogDialog", u"\u6bcf\u884c\u4e00\u4e2a\u95ee\u9898\uff1b\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.toLedgerCheck.setText(QCoreApplication.translate("LogDialog", u"\u628a\u53d1\u73b0\u7684\u95ee\u9898\u5217\u5165\u6574\u6539\u53f0\u8d26\uff08\u6765\u6e90\uff1a\u8d70\u8bbf\uff09\uff0c\u6bcf\u884c\u4e00\u4e2a\u95ee\u9898", None))
    # retranslateUi

