# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prepare_bundle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PrepareBundleDialog(object):
    def setupUi(self, PrepareBundleDialog):
        if not PrepareBundleDialog.objectName():
            PrepareBundleDialog.setObjectName(u"PrepareBundleDialog")
        PrepareBundleDialog.resize(600, 280)
        self.layout = QVBoxLayout(PrepareBundleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PrepareBundleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberLabel = QLabel(PrepareBundleDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(PrepareBundleDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.pathLabel = QLabel(PrepareBundleDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(PrepareBundleDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(PrepareBundleDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.pathRow)


        self.layout.addLayout(self.form)

        self.infoLabel = QLabel(PrepareBundleDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.layout.addWidget(self.infoLabel)

        self.formError = QLabel(PrepareBundleDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PrepareBundleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.pathLabel.setBuddy(self.pathEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)

        self.retranslateUi(PrepareBundleDialog)
        self.buttonBox.rejected.connect(PrepareBundleDialog.reject)

        QMetaObject.connectSlotsByName(PrepareBundleDialog)
    # setupUi

    def retranslateUi(self, PrepareBundleDialog):
        PrepareBundleDialog.setWindowTitle(QCoreApplication.translate("PrepareBundleDialog", u"\u4e3a\u515a\u5458\u51c6\u5907\u4ea4\u6362\u5305", None))
        self.introLabel.setText(QCoreApplication.translate("PrepareBundleDialog", u"\u4e3a\u515a\u5458\u7684\u7b14\u8bb0\u672c\u51c6\u5907\u7b2c\u4e00\u4e2a\u4ea4\u6362\u5305\uff1a\u5168\u90e8\u5eb7\u56ed\u4e2d\u5fc3\u548c\u515a\u5458\u7684\u540d\u5355\u3001\u8be5\u515a\u5458\u7684\u6302\u94a9\u53ca\u5176\u8bb0\u5f55\u3001\u6574\u6539\u53f0\u8d26\uff0c\u4ee5\u53ca\u529e\u516c\u5ba4\u7684\u8bbe\u7f6e\uff08\u671f\u9650\u3001\u8865\u5f55\u5929\u6570\u3001\u5355\u4f4d\u540d\u79f0\uff09\u3002\u515a\u5458\u5728\u81ea\u5df1\u7684\u7b14\u8bb0\u672c\u4e0a\u9996\u6b21\u6253\u5f00\u672c\u8f6f\u4ef6\u65f6\u70b9\u201c\u4ece\u529e\u516c\u5ba4\u7684\u4ea4\u6362\u5305\u5f00\u59cb\u2026\u201d\uff0c\u9009\u8fd9\u4e2a\u4ea4\u6362\u5305\u548c\u81ea\u5df1\u7684\u59d3\u540d\u3002", None))
        self.memberLabel.setText(QCoreApplication.translate("PrepareBundleDialog", u"\u515a\u5458(&M)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("PrepareBundleDialog", u"\u515a\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.pathLabel.setText(QCoreApplication.translate("PrepareBundleDialog", u"\u4fdd\u5b58\u4e3a(&S)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("PrepareBundleDialog", u"\u4fdd\u5b58\u4e3a", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("PrepareBundleDialog", u"\u6d4f\u89c8(&B)\u2026", None))
    # retranslateUi

