# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 460)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.backupsView = QTableView(RestoreDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setTabKeyNavigation(False)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsView.setAlternatingRowColors(True)

        self.layout.addWidget(self.backupsView)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.chooseFileButton = QPushButton(RestoreDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)


        self.layout.addLayout(self.fileRow)

        self.detailsBox = QGroupBox(RestoreDialog)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.detailsBox)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailsLabel)


        self.layout.addWidget(self.detailsBox)

        self.formError = QLabel(RestoreDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)
        self.buttonBox.rejected.connect(RestoreDialog.reject)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u6062\u590d\u5907\u4efd", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u8981\u6062\u590d\u7684\u5907\u4efd\u3002\u6062\u590d\u4f1a\u7528\u5907\u4efd\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93\uff1b\u6062\u590d\u4e4b\u524d\uff0c\u5f53\u524d\u6570\u636e\u5e93\u4f1a\u5148\u53e6\u5b58\u4e3a\u4e00\u4efd\u5907\u4efd\uff0c\u968f\u65f6\u53ef\u4ee5\u518d\u6062\u590d\u56de\u6765\u3002", None))
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFileButton.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u5176\u4ed6\u5907\u4efd\u6587\u4ef6(&F)\u2026", None))
        self.detailsBox.setTitle(QCoreApplication.translate("RestoreDialog", u"\u6240\u9009\u5907\u4efd", None))
    # retranslateUi

