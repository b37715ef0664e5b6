# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PrintDialog(object):
    def setupUi(self, PrintDialog):
        if not PrintDialog.objectName():
            PrintDialog.setObjectName(u"PrintDialog")
        PrintDialog.resize(520, 330)
        self.layout = QVBoxLayout(PrintDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.documentLabel = QLabel(PrintDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.documentCombo = QComboBox(PrintDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.documentCombo)

        self.monthLabel = QLabel(PrintDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = QDateEdit(PrintDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.memberLabel = QLabel(PrintDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(PrintDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.quarterLabel = QLabel(PrintDialog)
        self.quarterLabel.setObjectName(u"quarterLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.quarterLabel)

        self.quarterCombo = QComboBox(PrintDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.quarterCombo)

        self.formatLabel = QLabel(PrintDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(PrintDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(PrintDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.layout.addWidget(self.hintLabel)

        self.formError = QLabel(PrintDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.formError)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previewButton = QPushButton(PrintDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.printButton = QPushButton(PrintDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.saveButton = QPushButton(PrintDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(PrintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
        self.monthLabel.setBuddy(self.monthEdit)
        self.memberLabel.setBuddy(self.memberCombo)
        self.quarterLabel.setBuddy(self.quarterCombo)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentCombo, self.monthEdit)
        QWidget.setTabOrder(self.monthEdit, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PrintDialog)
        self.closeButton.clicked.connect(PrintDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintDialog)
    # setupUi

    def retranslateUi(self, PrintDialog):
        PrintDialog.setWindowTitle(QCoreApplication.translate("PrintDialog", u"\u6253\u5370\u4e0e\u5bfc\u51fa", None))
        self.documentLabel.setText(QCoreApplication.translate("PrintDialog", u"\u6587\u6863(&D)\uff1a", None))
        self.monthLabel.setText(QCoreApplication.translate("PrintDialog", u"\u6708\u4efd(&M)\uff1a", None))
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("PrintDialog", u"yyyy\u5e74M\u6708", None))
        self.memberLabel.setText(QCoreApplication.translate("PrintDialog", u"\u515a\u5458(&E)\uff1a", None))
        self.quarterLabel.setText(QCoreApplication.translate("PrintDialog", u"\u671f\u95f4(&Q)\uff1a", None))
        self.formatLabel.setText(QCoreApplication.translate("PrintDialog", u"\u683c\u5f0f(&F)\uff1a", None))
        self.previewButton.setText(QCoreApplication.translate("PrintDialog", u"\u9884\u89c8(&V)\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PrintDialog", u"\u6253\u5370(&P)\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PrintDialog", u"\u53e6\u5b58\u4e3a(&S)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintDialog", u"\u5173\u95ed", None))
    # retranslateUi

