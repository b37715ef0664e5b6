# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_bundle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ExportBundleDialog(object):
    def setupUi(self, ExportBundleDialog):
        if not ExportBundleDialog.objectName():
            ExportBundleDialog.setObjectName(u"ExportBundleDialog")
        ExportBundleDialog.resize(560, 300)
        self.layout = QVBoxLayout(ExportBundleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ExportBundleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.infoLabel = QLabel(ExportBundleDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.wholeCheck = QCheckBox(ExportBundleDialog)
        self.wholeCheck.setObjectName(u"wholeCheck")

        self.layout.addWidget(self.wholeCheck)

        self.encryptCheck = QCheckBox(ExportBundleDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")
        self.encryptCheck.setChecked(True)

        self.layout.addWidget(self.encryptCheck)

        self.encryptionLabel = QLabel(ExportBundleDialog)
        self.encryptionLabel.setObjectName(u"encryptionLabel")
        self.encryptionLabel.setWordWrap(True)

        self.layout.addWidget(self.encryptionLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathLabel = QLabel(ExportBundleDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathRow.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(ExportBundleDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ExportBundleDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.layout.addLayout(self.pathRow)

        self.formError = QLabel(ExportBundleDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportBundleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportBundleDialog)
        self.buttonBox.rejected.connect(ExportBundleDialog.reject)

        QMetaObject.connectSlotsByName(ExportBundleDialog)
    # setupUi

    def retranslateUi(self, ExportBundleDialog):
        ExportBundleDialog.setWindowTitle(QCoreApplication.translate("ExportBundleDialog", u"\u5bfc\u51fa\u4ea4\u6362\u5305", None))
        self.introLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"\u4ea4\u6362\u5305\u662f\u4e00\u4e2a\u6587\u4ef6\uff0c\u88c5\u7740\u672c\u673a\u65b0\u589e\u548c\u6539\u52a8\u7684\u8bb0\u5f55\u53ca\u5176\u4f50\u8bc1\u6750\u6599\u3002\u7528 U \u76d8\u6216\u5171\u4eab\u6587\u4ef6\u5939\u4ea4\u7ed9\u529e\u516c\u5ba4\uff08\u6216\u53e6\u4e00\u53f0\u7535\u8111\uff09\uff0c\u5bf9\u65b9\u5728\u201c\u6587\u4ef6 \u2192 \u5bfc\u5165\u4ea4\u6362\u5305\u201d\u4e2d\u5bfc\u5165\u3002", None))
        self.wholeCheck.setText(QCoreApplication.translate("ExportBundleDialog", u"\u5bfc\u51fa\u5168\u90e8\u6570\u636e\uff08\u7ed9\u65b0\u7535\u8111\u9996\u6b21\u4f7f\u7528\uff0c\u6216\u5bf9\u65b9\u4e22\u5931\u4e86\u4ee5\u524d\u7684\u4ea4\u6362\u5305\uff09(&A)", None))
        self.encryptCheck.setText(QCoreApplication.translate("ExportBundleDialog", u"\u52a0\u5bc6(&E)", None))
        self.pathLabel.setText(QCoreApplication.translate("ExportBundleDialog", u"\u4fdd\u5b58\u4e3a(&S)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ExportBundleDialog", u"\u6d4f\u89c8(&B)\u2026", None))
    # retranslateUi

