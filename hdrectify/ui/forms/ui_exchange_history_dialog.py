# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

class Ui_ExchangeHistoryDialog(object):
    def setupUi(self, ExchangeHistoryDialog):
        if not ExchangeHistoryDialog.objectName():
            ExchangeHistoryDialog.setObjectName(u"ExchangeHistoryDialog")
        ExchangeHistoryDialog.resize(860, 460)
        self.layout = QVBoxLayout(ExchangeHistoryDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ExchangeHistoryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.historyView = QTableView(ExchangeHistoryDialog)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setTabKeyNavigation(False)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setAlternatingRowColors(True)

        self.layout.addWidget(self.historyView)

        self.buttonBox = QDialogButtonBox(ExchangeHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ExchangeHistoryDialog)
        self.buttonBox.rejected.connect(ExchangeHistoryDialog.reject)

        QMetaObject.connectSlotsByName(ExchangeHistoryDialog)
    # setupUi

    def retranslateUi(self, ExchangeHistoryDialog):
        ExchangeHistoryDialog.setWindowTitle(QCoreApplication.translate("ExchangeHistoryDialog", u"\u4ea4\u6362\u8bb0\u5f55", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("ExchangeHistoryDialog", u"\u4ea4\u6362\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

