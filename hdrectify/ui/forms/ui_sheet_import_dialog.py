# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheet_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

class Ui_SheetImportDialog(object):
    def setupUi(self, SheetImportDialog):
        if not SheetImportDialog.objectName():
            SheetImportDialog.setObjectName(u"SheetImportDialog")
        SheetImportDialog.resize(960, 640)
        self.layout = QVBoxLayout(SheetImportDialog)
        self.layout.setObjectName(u"layout")
        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathLabel = QLabel(SheetImportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathRow.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(SheetImportDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(SheetImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.layout.addLayout(self.pathRow)

        self.summaryLabel = QLabel(SheetImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.summaryLabel)

        self.legendLabel = QLabel(SheetImportDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        self.sheetTabs = QTabWidget(SheetImportDialog)
        self.sheetTabs.setObjectName(u"sheetTabs")

        self.layout.addWidget(self.sheetTabs)

        self.formError = QLabel(SheetImportDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(SheetImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetTabs)

        self.retranslateUi(SheetImportDialog)
        self.buttonBox.rejected.connect(SheetImportDialog.reject)

        QMetaObject.connectSlotsByName(SheetImportDialog)
    # setupUi

    def retranslateUi(self, SheetImportDialog):
        SheetImportDialog.setWindowTitle(QCoreApplication.translate("SheetImportDialog", u"\u4eceExcel\u5bfc\u5165", None))
        self.pathLabel.setText(QCoreApplication.translate("SheetImportDialog", u"\u6587\u4ef6(&F)\uff1a", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("SheetImportDialog", u"Excel \u5de5\u4f5c\u7c3f\uff08.xlsx\uff09\u6216 CSV \u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("SheetImportDialog", u"\u9009\u62e9\u6587\u4ef6(&B)\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"\u5bfc\u5165\u6982\u8981", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("SheetImportDialog", u"\u9009\u62e9\u4e00\u4e2a Excel \u5de5\u4f5c\u7c3f\u6216 CSV \u6587\u4ef6\uff1a\u5148\u68c0\u67e5\u6bcf\u4e00\u884c\u5e76\u663e\u793a\u5c06\u8981\u5bfc\u5165\u7684\u5185\u5bb9\uff0c\u786e\u8ba4\u540e\u518d\u5199\u5165\u3002\u53ef\u7528\u201c\u6587\u4ef6 \u2192 \u4e0b\u8f7d\u5bfc\u5165\u6a21\u677f\u2026\u201d\u5f97\u5230\u4e00\u4e2a\u586b\u5199\u7528\u7684\u5de5\u4f5c\u7c3f\u3002", None))
        self.legendLabel.setText(QCoreApplication.translate("SheetImportDialog", u"\u201c\u7ed3\u679c\u201d\u4e00\u5217\uff1a\u2713 \u65b0\u589e\uff08\u7eff\u8272\u884c\uff09\uff0c\uff1d \u5df2\u6709\uff08\u7070\u8272\u884c\uff0c\u4e0d\u4f1a\u91cd\u590d\u5bfc\u5165\uff09\uff0c\u2715 \u4e0d\u80fd\u5bfc\u5165\uff08\u7ea2\u8272\u884c\uff0c\u201c\u539f\u56e0\u201d\u4e00\u5217\u8bf4\u660e\uff09\u3002", None))
#if QT_CONFIG(accessibility)
        self.sheetTabs.setAccessibleName(QCoreApplication.translate("SheetImportDialog", u"\u5de5\u4f5c\u8868", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

