# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(520, 640)
        self.layout = QVBoxLayout(ReviewDialog)
        self.layout.setObjectName(u"layout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.pairingComboLabel = QLabel(ReviewDialog)
        self.pairingComboLabel.setObjectName(u"pairingComboLabel")

        self.grid.addWidget(self.pairingComboLabel, 0, 0, 1, 1)

        self.pairingCombo = QComboBox(ReviewDialog)
        self.pairingCombo.setObjectName(u"pairingCombo")

        self.grid.addWidget(self.pairingCombo, 0, 1, 1, 1)

        self.pairingComboError = QLabel(ReviewDialog)
        self.pairingComboError.setObjectName(u"pairingComboError")
        self.pairingComboError.setStyleSheet(u"color: #b3261e;")
        self.pairingComboError.setWordWrap(True)

        self.grid.addWidget(self.pairingComboError, 1, 1, 1, 1)

        self.yearSpinLabel = QLabel(ReviewDialog)
        self.yearSpinLabel.setObjectName(u"yearSpinLabel")

        self.grid.addWidget(self.yearSpinLabel, 2, 0, 1, 1)

        self.yearSpin = QSpinBox(ReviewDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.grid.addWidget(self.yearSpin, 2, 1, 1, 1)

        self.yearSpinError = QLabel(ReviewDialog)
        self.yearSpinError.setObjectName(u"yearSpinError")
        self.yearSpinError.setStyleSheet(u"color: #b3261e;")
        self.yearSpinError.setWordWrap(True)

        self.grid.addWidget(self.yearSpinError, 3, 1, 1, 1)

        self.dateEditLabel = QLabel(ReviewDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 4, 0, 1, 1)

        self.dateEdit = QDateEdit(ReviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 4, 1, 1, 1)

        self.dateEditError = QLabel(ReviewDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 5, 1, 1, 1)

        self.itemsCheckLabel = QLabel(ReviewDialog)
        self.itemsCheckLabel.setObjectName(u"itemsCheckLabel")

        self.grid.addWidget(self.itemsCheckLabel, 6, 0, 1, 1)

        self.itemsCheck = QCheckBox(ReviewDialog)
        self.itemsCheck.setObjectName(u"itemsCheck")
        self.itemsCheck.setChecked(True)

        self.grid.addWidget(self.itemsCheck, 6, 1, 1, 1)

        self.itemsBox = QGroupBox(ReviewDialog)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsGrid = QGridLayout(self.itemsBox)
        self.itemsGrid.setObjectName(u"itemsGrid")

        self.grid.addWidget(self.itemsBox, 7, 1, 1, 1)

        self.totalLabel = QLabel(ReviewDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.grid.addWidget(self.totalLabel, 8, 1, 1, 1)

        self.itemsError = QLabel(ReviewDialog)
        self.itemsError.setObjectName(u"itemsError")
        self.itemsError.setStyleSheet(u"color: #b3261e;")
        self.itemsError.setWordWrap(True)

        self.grid.addWidget(self.itemsError, 9, 1, 1, 1)

        self.scoreEditLabel = QLabel(ReviewDialog)
        self.scoreEditLabel.setObjectName(u"scoreEditLabel")

        self.grid.addWidget(self.scoreEditLabel, 10, 0, 1, 1)

        self.scoreEdit = QLineEdit(ReviewDialog)
        self.scoreEdit.setObjectName(u"scoreEdit")
        self.scoreEdit.setMaximumSize(QSize(120, 16777215))

        self.grid.addWidget(self.scoreEdit, 10, 1, 1, 1)

        self.scoreEditError = QLabel(ReviewDialog)
        self.scoreEditError.setObjectName(u"scoreEditError")
        self.scoreEditError.setStyleSheet(u"color: #b3261e;")
        self.scoreEditError.setWordWrap(True)

        self.grid.addWidget(self.scoreEditError, 11, 1, 1, 1)

        self.criteriaEditLabel = QLabel(ReviewDialog)
        self.criteriaEditLabel.setObjectName(u"criteriaEditLabel")

        self.grid.addWidget(self.criteriaEditLabel, 12, 0, 1, 1)

        self.criteriaEdit = QPlainTextEdit(ReviewDialog)
        self.criteriaEdit.setObjectName(u"criteriaEdit")
        self.criteriaEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.criteriaEdit, 12, 1, 1, 1)

        self.criteriaEditError = QLabel(ReviewDialog)
        self.criteriaEditError.setObjectName(u"criteriaEditError")
        self.criteriaEditError.setStyleSheet(u"color: #b3261e;")
        self.criteriaEditError.setWordWrap(True)

        self.grid.addWidget(self.criteriaEditError, 13, 1, 1, 1)

        self.noteEditLabel = QLabel(ReviewDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.grid.addWidget(self.noteEditLabel, 14, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(ReviewDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.noteEdit, 14, 1, 1, 1)

        self.noteEditError = QLabel(ReviewDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.grid.addWidget(self.noteEditError, 15, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(ReviewDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.sheetButton = QPushButton(ReviewDialog)
        self.sheetButton.setObjectName(u"sheetButton")
        self.sheetButton.setAutoDefault(False)

        self.buttons.addWidget(self.sheetButton)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.pairingComboLabel.setBuddy(self.pairingCombo)
        self.yearSpinLabel.setBuddy(self.yearSpin)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.scoreEditLabel.setBuddy(self.scoreEdit)
        self.criteriaEditLabel.setBuddy(self.criteriaEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairingCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.itemsCheck)
        QWidget.setTabOrder(self.itemsCheck, self.scoreEdit)
        QWidget.setTabOrder(self.scoreEdit, self.criteriaEdit)
        QWidget.setTabOrder(self.criteriaEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.sheetButton)
        QWidget.setTabOrder(self.sheetButton, self.buttonBox)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.rejected.connect(ReviewDialog.reject)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"\u767b\u8bb0\u5e74\u5ea6\u8003\u8bc4", None))
        self.pairingComboLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u6302\u94a9(&P)\uff1a", None))
        self.yearSpinLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u5e74\u5ea6(&Y)\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8003\u8bc4\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.itemsCheckLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8bc4\u5206\u65b9\u5f0f\uff1a", None))
        self.itemsCheck.setText(QCoreApplication.translate("ReviewDialog", u"\u6309\u8003\u8bc4\u7ec6\u5219\u9010\u9879\u6253\u5206(&I)", None))
        self.itemsBox.setTitle(QCoreApplication.translate("ReviewDialog", u"\u8003\u8bc4\u7ec6\u5219", None))
        self.scoreEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u603b\u5206(&S)\uff1a", None))
        self.scoreEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"0\u2013100", None))
        self.criteriaEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8003\u8bc4\u6807\u51c6\u8bf4\u660e(&C)\uff1a", None))
        self.criteriaEdit.setPlaceholderText(QCoreApplication.translate("ReviewDialog", u"\u4f8b\u5982\uff1a\u6d3b\u52a8\u5f00\u5c55 30% / \u53f0\u8d26\u7ba1\u7406 20% / \u8bbe\u65bd\u5b89\u5168 20% / \u4f1a\u5458\u6ee1\u610f\u5ea6 30%", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"\u8003\u8bc4\u610f\u89c1(&N)\uff1a", None))
        self.sheetButton.setText(QCoreApplication.translate("ReviewDialog", u"\u6253\u5370\u8003\u8bc4\u8868(&T)\u2026", None))
    # retranslateUi

