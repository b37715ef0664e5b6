# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger_remove_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LedgerRemoveDialog(object):
    def setupUi(self, LedgerRemoveDialog):
        if not LedgerRemoveDialog.objectName():
            LedgerRemoveDialog.setObjectName(u"LedgerRemoveDialog")
        LedgerRemoveDialog.resize(520, 300)
        self.layout = QVBoxLayout(LedgerRemoveDialog)
        self.layout.setObjectName(u"layout")
        self.whatLabel = QLabel(LedgerRemoveDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setWordWrap(True)
        self.whatLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.whatLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.reasonEditLabel = QLabel(LedgerRemoveDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.grid.addWidget(self.reasonEditLabel, 0, 0, 1, 1)

        self.reasonEdit = QLineEdit(LedgerRemoveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.grid.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.reasonError = QLabel(LedgerRemoveDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #b3261e;")
        self.reasonError.setWordWrap(True)

        self.grid.addWidget(self.reasonError, 1, 1, 1, 1)

        self.withRecordsCheck = QCheckBox(LedgerRemoveDialog)
        self.withRecordsCheck.setObjectName(u"withRecordsCheck")

        self.grid.addWidget(self.withRecordsCheck, 2, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.formError = QLabel(LedgerRemoveDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(LedgerRemoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.withRecordsCheck)
        QWidget.setTabOrder(self.withRecordsCheck, self.buttonBox)

        self.retranslateUi(LedgerRemoveDialog)
        self.buttonBox.rejected.connect(LedgerRemoveDialog.reject)

        QMetaObject.connectSlotsByName(LedgerRemoveDialog)
    # setupUi

    def retranslateUi(self, LedgerRemoveDialog):
        LedgerRemoveDialog.setWindowTitle(QCoreApplication.translate("LedgerRemoveDialog", u"\u5220\u9664", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("LedgerRemoveDialog", u"\u5220\u9664\u539f\u56e0(&R)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("LedgerRemoveDialog", u"\u5220\u9664\u539f\u56e0", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LedgerRemoveDialog", u"\u5fc5\u586b\uff0c\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.withRecordsCheck.setText(QCoreApplication.translate("LedgerRemoveDialog", u"\u540c\u65f6\u5220\u9664\u6574\u6539\u8fdb\u5c55\u3001\u4f50\u8bc1\u6750\u6599\u3001\u5ef6\u671f\u548c\u9500\u53f7\u7533\u8bf7(&W)", None))
#if QT_CONFIG(accessibility)
        self.withRecordsCheck.setAccessibleName(QCoreApplication.translate("LedgerRemoveDialog", u"\u540c\u65f6\u5220\u9664\u6574\u6539\u8fdb\u5c55\u3001\u4f50\u8bc1\u6750\u6599\u3001\u5ef6\u671f\u548c\u9500\u53f7\u7533\u8bf7", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

