# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extend_measure_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_ExtendMeasureDialog(object):
    def setupUi(self, ExtendMeasureDialog):
        if not ExtendMeasureDialog.objectName():
            ExtendMeasureDialog.setObjectName(u"ExtendMeasureDialog")
        ExtendMeasureDialog.resize(520, 380)
        self.layout = QVBoxLayout(ExtendMeasureDialog)
        self.layout.setObjectName(u"layout")
        self.measureLabel = QLabel(ExtendMeasureDialog)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setWordWrap(True)
        self.measureLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.measureLabel)

        self.currentLabel = QLabel(ExtendMeasureDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.currentLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.toEditLabel = QLabel(ExtendMeasureDialog)
        self.toEditLabel.setObjectName(u"toEditLabel")

        self.grid.addWidget(self.toEditLabel, 0, 0, 1, 1)

        self.toEdit = QDateEdit(ExtendMeasureDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.grid.addWidget(self.toEdit, 0, 1, 1, 1)

        self.toEditError = QLabel(ExtendMeasureDialog)
        self.toEditError.setObjectName(u"toEditError")
        self.toEditError.setStyleSheet(u"color: #b3261e;")
        self.toEditError.setWordWrap(True)

        self.grid.addWidget(self.toEditError, 1, 1, 1, 1)

        self.reasonEditLabel = QLabel(ExtendMeasureDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")
        self.reasonEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.reasonEditLabel, 2, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(ExtendMeasureDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.reasonEdit, 2, 1, 1, 1)

        self.reasonEditError = QLabel(ExtendMeasureDialog)
        self.reasonEditError.setObjectName(u"reasonEditError")
        self.reasonEditError.setStyleSheet(u"color: #b3261e;")
        self.reasonEditError.setWordWrap(True)

        self.grid.addWidget(self.reasonEditError, 3, 1, 1, 1)

        self.approvedByEditLabel = QLabel(ExtendMeasureDialog)
        self.approvedByEditLabel.setObjectName(u"approvedByEditLabel")

        self.grid.addWidget(self.approvedByEditLabel, 4, 0, 1, 1)

        self.approvedByEdit = QLineEdit(ExtendMeasureDialog)
        self.approvedByEdit.setObjectName(u"approvedByEdit")
        self.approvedByEdit.setMaxLength(100)

        self.grid.addWidget(self.approvedByEdit, 4, 1, 1, 1)

        self.approvedByEditError = QLabel(ExtendMeasureDialog)
        self.approvedByEditError.setObjectName(u"approvedByEditError")
        self.approvedByEditError.setStyleSheet(u"color: #b3261e;")
        self.approvedByEditError.setWordWrap(True)

        self.grid.addWidget(self.approvedByEditError, 5, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(ExtendMeasureDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ExtendMeasureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toEditLabel.setBuddy(self.toEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.approvedByEditLabel.setBuddy(self.approvedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.approvedByEdit)
        QWidget.setTabOrder(self.approvedByEdit, self.buttonBox)

        self.retranslateUi(ExtendMeasureDialog)
        self.buttonBox.rejected.connect(ExtendMeasureDialog.reject)

        QMetaObject.connectSlotsByName(ExtendMeasureDialog)
    # setupUi

    def retranslateUi(self, ExtendMeasureDialog):
        ExtendMeasureDialog.setWindowTitle(QCoreApplication.translate("ExtendMeasureDialog", u"\u5ef6\u671f", None))
        self.toEditLabel.setText(QCoreApplication.translate("ExtendMeasureDialog", u"\u5ef6\u671f\u81f3(&T)\uff1a", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("ExtendMeasureDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ExtendMeasureDialog", u"\u5ef6\u671f\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExtendMeasureDialog", u"\u4e3a\u4ec0\u4e48\u4e0d\u80fd\u6309\u539f\u65f6\u9650\u5b8c\u6210\uff08\u5fc5\u586b\uff09", None))
        self.approvedByEditLabel.setText(QCoreApplication.translate("ExtendMeasureDialog", u"\u6279\u51c6\u4eba(&A)\uff1a", None))
    # retranslateUi

