# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_bundle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QTableView, QVBoxLayout

class Ui_ImportBundleDialog(object):
    def setupUi(self, ImportBundleDialog):
        if not ImportBundleDialog.objectName():
            ImportBundleDialog.setObjectName(u"ImportBundleDialog")
        ImportBundleDialog.resize(720, 560)
        self.layout = QVBoxLayout(ImportBundleDialog)
        self.layout.setObjectName(u"layout")
        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathLabel = QLabel(ImportBundleDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathRow.addWidget(self.pathLabel)

        self.pathEdit = QLineEdit(ImportBundleDialog)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportBundleDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.layout.addLayout(self.pathRow)

        self.bundleLabel = QLabel(ImportBundleDialog)
        self.bundleLabel.setObjectName(u"bundleLabel")
        self.bundleLabel.setWordWrap(True)
        self.bundleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.bundleLabel)

        self.changesView = QTableView(ImportBundleDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setTabKeyNavigation(False)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)

        self.layout.addWidget(self.changesView)

        self.notesLabel = QLabel(ImportBundleDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.layout.addWidget(self.notesLabel)

        self.notesList = QListWidget(ImportBundleDialog)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)

        self.layout.addWidget(self.notesList)

        self.formError = QLabel(ImportBundleDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ImportBundleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.notesLabel.setBuddy(self.notesList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportBundleDialog)
        self.buttonBox.rejected.connect(ImportBundleDialog.reject)

        QMetaObject.connectSlotsByName(ImportBundleDialog)
    # setupUi

    def retranslateUi(self, ImportBundleDialog):
        ImportBundleDialog.setWindowTitle(QCoreApplication.translate("ImportBundleDialog", u"\u5bfc\u5165\u4ea4\u6362\u5305", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"\u4ea4\u6362\u5305(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ImportBundleDialog", u"\u9009\u62e9\u6587\u4ef6(&B)\u2026", None))
#if QT_CONFIG(accessibility)
        self.bundleLabel.setAccessibleName(QCoreApplication.translate("ImportBundleDialog", u"\u4ea4\u6362\u5305", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changesView.setAccessibleName(QCoreApplication.translate("ImportBundleDialog", u"\u5c06\u8981\u53d1\u751f\u7684\u53d8\u5316", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ImportBundleDialog", u"\u8bf4\u660e(&N)\uff1a", None))
    # retranslateUi

