# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QVBoxLayout

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(920, 560)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.conflictsList = QListWidget(self.splitter)
        self.conflictsList.setObjectName(u"conflictsList")
        self.splitter.addWidget(self.conflictsList)
        self.versionsTable = QTableWidget(self.splitter)
        self.versionsTable.setObjectName(u"versionsTable")
        self.versionsTable.setTabKeyNavigation(False)
        self.versionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.versionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versionsTable.setWordWrap(True)
        self.splitter.addWidget(self.versionsTable)

        self.layout.addWidget(self.splitter)

        self.choiceRow = QHBoxLayout()
        self.choiceRow.setObjectName(u"choiceRow")
        self.choiceLabel = QLabel(ConflictsDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")
        self.choiceLabel.setWordWrap(True)

        self.choiceRow.addWidget(self.choiceLabel)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceSpacer)

        self.takeButton = QPushButton(ConflictsDialog)
        self.takeButton.setObjectName(u"takeButton")

        self.choiceRow.addWidget(self.takeButton)


        self.layout.addLayout(self.choiceRow)

        self.formError = QLabel(ConflictsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ConflictsDialog)
        self.buttonBox.rejected.connect(ConflictsDialog.reject)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"\u51b2\u7a81\u5904\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"\u4e0b\u5217\u8bb0\u5f55\u5728\u4e24\u53f0\uff08\u6216\u591a\u53f0\uff09\u7535\u8111\u4e0a\u90fd\u6539\u8fc7\u3002\u4e24\u4e2a\u7248\u672c\u90fd\u4fdd\u7559\u7740\uff0c\u76ee\u524d\u6682\u7528\u8f83\u65b0\u7684\u4e00\u4e2a\u3002\u8bf7\u9010\u6761\u6bd4\u8f83\uff0c\u9009\u5b9a\u8981\u4fdd\u7559\u7684\u7248\u672c\uff1b\u786e\u5b9a\u540e\u7684\u7248\u672c\u4f1a\u968f\u4e0b\u4e00\u6b21\u4ea4\u6362\u5305\u53d1\u7ed9\u5176\u4ed6\u7535\u8111\u3002", None))
#if QT_CONFIG(accessibility)
        self.conflictsList.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"\u5f85\u5904\u7406\u7684\u51b2\u7a81", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionsTable.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"\u4e24\u4e2a\u7248\u672c\u7684\u5bf9\u6bd4", None))
#endif // QT_CONFIG(accessibility)
        self.takeButton.setText(QCoreApplication.translate("ConflictsDialog", u"\u91c7\u7528\u6240\u9009\u7248\u672c(&T)", None))
    # retranslateUi

