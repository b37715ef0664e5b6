# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(520, 440)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.pairingComboLabel = QLabel(ReportDialog)
        self.pairingComboLabel.setObjectName(u"pairingComboLabel")

        self.grid.addWidget(self.pairingComboLabel, 0, 0, 1, 1)

        self.pairingCombo = QComboBox(ReportDialog)
        self.pairingCombo.setObjectName(u"pairingCombo")

        self.grid.addWidget(self.pairingCombo, 0, 1, 1, 1)

        self.pairingComboError = QLabel(ReportDialog)
        self.pairingComboError.setObjectName(u"pairingComboError")
        self.pairingComboError.setStyleSheet(u"color: #b3261e;")
        self.pairingComboError.setWordWrap(True)

        self.grid.addWidget(self.pairingComboError, 1, 1, 1, 1)

        self.quarterComboLabel = QLabel(ReportDialog)
        self.quarterComboLabel.setObjectName(u"quarterComboLabel")

        self.grid.addWidget(self.quarterComboLabel, 2, 0, 1, 1)

        self.quarterCombo = QComboBox(ReportDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.grid.addWidget(self.quarterCombo, 2, 1, 1, 1)

        self.quarterComboError = QLabel(ReportDialog)
        self.quarterComboError.setObjectName(u"quarterComboError")
        self.quarterComboError.setStyleSheet(u"color: #b3261e;")
        self.quarterComboError.setWordWrap(True)

        self.grid.addWidget(self.quarterComboError, 3, 1, 1, 1)

        self.dateEditLabel = QLabel(ReportDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 4, 0, 1, 1)

        self.dateEdit = QDateEdit(ReportDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 4, 1, 1, 1)

        self.dateEditError = QLabel(ReportDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 5, 1, 1, 1)

        self.noteEditLabel = QLabel(ReportDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.grid.addWidget(self.noteEditLabel, 6, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(ReportDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.noteEdit, 6, 1, 1, 1)

        self.noteEditError = QLabel(ReportDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.grid.addWidget(self.noteEditError, 7, 1, 1, 1)

        self.fileEditLabel = QLabel(ReportDialog)
        self.fileEditLabel.setObjectName(u"fileEditLabel")

        self.grid.addWidget(self.fileEditLabel, 8, 0, 1, 1)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ReportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.fileEdit)

        self.fileButton = QPushButton(ReportDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)


        self.grid.addLayout(self.fileRow, 8, 1, 1, 1)

        self.fileEditError = QLabel(ReportDialog)
        self.fileEditError.setObjectName(u"fileEditError")
        self.fileEditError.setStyleSheet(u"color: #b3261e;")
        self.fileEditError.setWordWrap(True)

        self.grid.addWidget(self.fileEditError, 9, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.draftRow = QHBoxLayout()
        self.draftRow.setObjectName(u"draftRow")
        self.draftButton = QPushButton(ReportDialog)
        self.draftButton.setObjectName(u"draftButton")

        self.draftRow.addWidget(self.draftButton)

        self.draftStatus = QLabel(ReportDialog)
        self.draftStatus.setObjectName(u"draftStatus")
        self.draftStatus.setWordWrap(True)
        self.draftStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.draftRow.addWidget(self.draftStatus)

        self.draftRow.setStretch(1, 1)

        self.layout.addLayout(self.draftRow)

        self.formError = QLabel(ReportDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pairingComboLabel.setBuddy(self.pairingCombo)
        self.quarterComboLabel.setBuddy(self.quarterCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.fileEditLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pairingCombo, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.fileButton)
        QWidget.setTabOrder(self.fileButton, self.draftButton)
        QWidget.setTabOrder(self.draftButton, self.buttonBox)

        self.retranslateUi(ReportDialog)
        self.buttonBox.rejected.connect(ReportDialog.reject)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"\u767b\u8bb0\u5b63\u5ea6\u6c47\u62a5", None))
        self.pairingComboLabel.setText(QCoreApplication.translate("ReportDialog", u"\u6302\u94a9(&P)\uff1a", None))
        self.quarterComboLabel.setText(QCoreApplication.translate("ReportDialog", u"\u5b63\u5ea6(&Q)\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ReportDialog", u"\u63d0\u4ea4\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReportDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.noteEditLabel.setText(QCoreApplication.translate("ReportDialog", u"\u6c47\u62a5\u5185\u5bb9(&N)\uff1a", None))
        self.fileEditLabel.setText(QCoreApplication.translate("ReportDialog", u"\u6c47\u62a5\u6587\u4ef6(&F)\uff1a", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ReportDialog", u"\u53ef\u9009\uff1a\u4fee\u6539\u5b9a\u7a3f\u540e\u7684\u6c47\u62a5\u6587\u4ef6\uff0c\u4f5c\u4e3a\u4f50\u8bc1\u5b58\u6863", None))
        self.fileButton.setText(QCoreApplication.translate("ReportDialog", u"\u9009\u62e9(&B)\u2026", None))
        self.draftButton.setText(QCoreApplication.translate("ReportDialog", u"\u751f\u6210\u8349\u7a3f(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("ReportDialog", u"\u6309\u6240\u9009\u6302\u94a9\u548c\u5b63\u5ea6\u7684\u8054\u7cfb\u8bb0\u5f55\u3001\u8d70\u8bbf\u53d1\u73b0\u7684\u95ee\u9898\u548c\u5b8c\u6210\u60c5\u51b5\u751f\u6210 Word \u6c47\u62a5\u8349\u7a3f\uff0c\u4fee\u6539\u5b9a\u7a3f\u540e\u518d\u63d0\u4ea4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.draftStatus.setAccessibleName(QCoreApplication.translate("ReportDialog", u"\u751f\u6210\u8349\u7a3f\u7684\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

