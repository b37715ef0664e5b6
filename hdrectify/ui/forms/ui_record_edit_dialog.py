# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_edit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_RecordEditDialog(object):
    def setupUi(self, RecordEditDialog):
        if not RecordEditDialog.objectName():
            RecordEditDialog.setObjectName(u"RecordEditDialog")
        RecordEditDialog.resize(540, 560)
        self.layout = QVBoxLayout(RecordEditDialog)
        self.layout.setObjectName(u"layout")
        self.pairingLabel = QLabel(RecordEditDialog)
        self.pairingLabel.setObjectName(u"pairingLabel")
        self.pairingLabel.setStyleSheet(u"font-weight: bold;")
        self.pairingLabel.setWordWrap(True)

        self.layout.addWidget(self.pairingLabel)

        self.enteredLabel = QLabel(RecordEditDialog)
        self.enteredLabel.setObjectName(u"enteredLabel")
        self.enteredLabel.setStyleSheet(u"color: #5f6b7a;")
        self.enteredLabel.setWordWrap(True)

        self.layout.addWidget(self.enteredLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.dateEditLabel = QLabel(RecordEditDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(RecordEditDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.dateEditError = QLabel(RecordEditDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 1, 1, 1, 1)

        self.methodComboLabel = QLabel(RecordEditDialog)
        self.methodComboLabel.setObjectName(u"methodComboLabel")

        self.grid.addWidget(self.methodComboLabel, 2, 0, 1, 1)

        self.methodCombo = QComboBox(RecordEditDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.grid.addWidget(self.methodCombo, 2, 1, 1, 1)

        self.methodComboError = QLabel(RecordEditDialog)
        self.methodComboError.setObjectName(u"methodComboError")
        self.methodComboError.setStyleSheet(u"color: #b3261e;")
        self.methodComboError.setWordWrap(True)

        self.grid.addWidget(self.methodComboError, 3, 1, 1, 1)

        self.noteEditLabel = QLabel(RecordEditDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.grid.addWidget(self.noteEditLabel, 4, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(RecordEditDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.noteEdit, 4, 1, 1, 1)

        self.noteEditError = QLabel(RecordEditDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.grid.addWidget(self.noteEditError, 5, 1, 1, 1)

        self.problemsEditLabel = QLabel(RecordEditDialog)
        self.problemsEditLabel.setObjectName(u"problemsEditLabel")

        self.grid.addWidget(self.problemsEditLabel, 6, 0, 1, 1)

        self.problemsEdit = QPlainTextEdit(RecordEditDialog)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.problemsEdit, 6, 1, 1, 1)

        self.problemsEditError = QLabel(RecordEditDialog)
        self.problemsEditError.setObjectName(u"problemsEditError")
        self.problemsEditError.setStyleSheet(u"color: #b3261e;")
        self.problemsEditError.setWordWrap(True)

        self.grid.addWidget(self.problemsEditError, 7, 1, 1, 1)

        self.reasonEditLabel = QLabel(RecordEditDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.grid.addWidget(self.reasonEditLabel, 8, 0, 1, 1)

        self.reasonEdit = QLineEdit(RecordEditDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.grid.addWidget(self.reasonEdit, 8, 1, 1, 1)

        self.reasonEditError = QLabel(RecordEditDialog)
        self.reasonEditError.setObjectName(u"reasonEditError")
        self.reasonEditError.setStyleSheet(u"color: #b3261e;")
        self.reasonEditError.setWordWrap(True)

        self.grid.addWidget(self.reasonEditError, 9, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.auditNote = QLabel(RecordEditDialog)
        self.auditNote.setObjectName(u"auditNote")
        self.auditNote.setStyleSheet(u"color: #5f6b7a;")
        self.auditNote.setWordWrap(True)

        self.layout.addWidget(self.auditNote)

        self.formError = QLabel(RecordEditDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RecordEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.methodComboLabel.setBuddy(self.methodCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.problemsEditLabel.setBuddy(self.problemsEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.problemsEdit)
        QWidget.setTabOrder(self.problemsEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(RecordEditDialog)
        self.buttonBox.rejected.connect(RecordEditDialog.reject)

        QMetaObject.connectSlotsByName(RecordEditDialog)
    # setupUi

    def retranslateUi(self, RecordEditDialog):
        RecordEditDialog.setWindowTitle(QCoreApplication.translate("RecordEditDialog", u"\u66f4\u6b63\u8d70\u8bbf\u8bb0\u5f55", None))
        self.dateEditLabel.setText(QCoreApplication.translate("RecordEditDialog", u"\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("RecordEditDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.methodComboLabel.setText(QCoreApplication.translate("RecordEditDialog", u"\u65b9\u5f0f(&M)\uff1a", None))
        self.noteEditLabel.setText(QCoreApplication.translate("RecordEditDialog", u"\u60c5\u51b5\u8bb0\u5f55(&N)\uff1a", None))
        self.problemsEditLabel.setText(QCoreApplication.translate("RecordEditDialog", u"\u53d1\u73b0\u7684\u95ee\u9898(&W)\uff1a", None))
        self.problemsEdit.setPlaceholderText(QCoreApplication.translate("RecordEditDialog", u"\u6bcf\u884c\u4e00\u4e2a\u95ee\u9898\uff1b\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("RecordEditDialog", u"\u66f4\u6b63\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RecordEditDialog", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u65e5\u671f\u5f55\u9519\uff0c\u5e94\u4e3a 3 \u6708 5 \u65e5", None))
        self.auditNote.setText(QCoreApplication.translate("RecordEditDialog", u"\u539f\u8bb0\u5f55\u548c\u66f4\u6b63\u539f\u56e0\u4f1a\u4fdd\u7559\u5728\u4fee\u6539\u65e5\u5fd7\u4e2d\u3002", None))
    # retranslateUi

