# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_ProgressDialog(object):
    def setupUi(self, ProgressDialog):
        if not ProgressDialog.objectName():
            ProgressDialog.setObjectName(u"ProgressDialog")
        ProgressDialog.resize(560, 380)
        self.layout = QVBoxLayout(ProgressDialog)
        self.layout.setObjectName(u"layout")
        self.measureLabel = QLabel(ProgressDialog)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setWordWrap(True)
        self.measureLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.measureLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.dateEditLabel = QLabel(ProgressDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(ProgressDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.dateEditError = QLabel(ProgressDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 1, 1, 1, 1)

        self.textEditLabel = QLabel(ProgressDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")
        self.textEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.textEditLabel, 2, 0, 1, 1)

        self.textEdit = QPlainTextEdit(ProgressDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.textEdit, 2, 1, 1, 1)

        self.textEditError = QLabel(ProgressDialog)
        self.textEditError.setObjectName(u"textEditError")
        self.textEditError.setStyleSheet(u"color: #b3261e;")
        self.textEditError.setWordWrap(True)

        self.grid.addWidget(self.textEditError, 3, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(ProgressDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.textEditLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.buttonBox)

        self.retranslateUi(ProgressDialog)
        self.buttonBox.rejected.connect(ProgressDialog.reject)

        QMetaObject.connectSlotsByName(ProgressDialog)
    # setupUi

    def retranslateUi(self, ProgressDialog):
        ProgressDialog.setWindowTitle(QCoreApplication.translate("ProgressDialog", u"\u6dfb\u52a0\u6574\u6539\u8fdb\u5c55", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ProgressDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.textEditLabel.setText(QCoreApplication.translate("ProgressDialog", u"\u8fdb\u5c55(&T)\uff1a", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ProgressDialog", u"\u505a\u4e86\u4ec0\u4e48\u3001\u5230\u4e86\u54ea\u4e00\u6b65\uff08Ctrl+\u56de\u8f66 \u4fdd\u5b58\uff09", None))
    # retranslateUi

