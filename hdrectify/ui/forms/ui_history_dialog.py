# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableView, QVBoxLayout

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(760, 420)
        self.layout = QVBoxLayout(HistoryDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(HistoryDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"font-weight: bold;")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.introLabel = QLabel(HistoryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.historyView = QTableView(HistoryDialog)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setTabKeyNavigation(False)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setWordWrap(True)
        self.historyView.setAlternatingRowColors(True)

        self.layout.addWidget(self.historyView)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(HistoryDialog)
        self.buttonBox.rejected.connect(HistoryDialog.reject)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"\u4fee\u6539\u5386\u53f2", None))
        self.introLabel.setText(QCoreApplication.translate("HistoryDialog", u"\u8fd9\u6761\u8bb0\u5f55\u7684\u6bcf\u4e00\u6b21\u767b\u8bb0\u3001\u66f4\u6b63\u548c\u5220\u9664\uff0c\u4ee5\u53ca\u7531\u8c01\u3001\u4f55\u65f6\u3001\u4e3a\u4ec0\u4e48\u3002\u4fee\u6539\u65e5\u5fd7\u53d7\u6821\u9a8c\u503c\u4fdd\u62a4\uff0c\u7ed5\u8fc7\u672c\u7a0b\u5e8f\u7684\u6539\u52a8\u53ef\u7528\u201c\u5de5\u5177 \u2192 \u6821\u9a8c\u6570\u636e\u201d\u67e5\u51fa\u3002", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("HistoryDialog", u"\u4fee\u6539\u5386\u53f2", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

