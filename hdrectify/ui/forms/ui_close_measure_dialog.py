# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_measure_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_CloseMeasureDialog(object):
    def setupUi(self, CloseMeasureDialog):
        if not CloseMeasureDialog.objectName():
            CloseMeasureDialog.setObjectName(u"CloseMeasureDialog")
        CloseMeasureDialog.resize(560, 520)
        self.layout = QVBoxLayout(CloseMeasureDialog)
        self.layout.setObjectName(u"layout")
        self.measureLabel = QLabel(CloseMeasureDialog)
        self.measureLabel.setObjectName(u"measureLabel")
        self.measureLabel.setWordWrap(True)
        self.measureLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.measureLabel)

        self.evidenceLabel = QLabel(CloseMeasureDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)

        self.layout.addWidget(self.evidenceLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.dateEditLabel = QLabel(CloseMeasureDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.grid.addWidget(self.dateEditLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(CloseMeasureDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.dateEditError = QLabel(CloseMeasureDialog)
        self.dateEditError.setObjectName(u"dateEditError")
        self.dateEditError.setStyleSheet(u"color: #b3261e;")
        self.dateEditError.setWordWrap(True)

        self.grid.addWidget(self.dateEditError, 1, 1, 1, 1)

        self.reasonEditLabel = QLabel(CloseMeasureDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")
        self.reasonEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.reasonEditLabel, 2, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(CloseMeasureDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.reasonEdit, 2, 1, 1, 1)

        self.reasonEditError = QLabel(CloseMeasureDialog)
        self.reasonEditError.setObjectName(u"reasonEditError")
        self.reasonEditError.setStyleSheet(u"color: #b3261e;")
        self.reasonEditError.setWordWrap(True)

        self.grid.addWidget(self.reasonEditError, 3, 1, 1, 1)

        self.acceptedByEditLabel = QLabel(CloseMeasureDialog)
        self.acceptedByEditLabel.setObjectName(u"acceptedByEditLabel")

        self.grid.addWidget(self.acceptedByEditLabel, 4, 0, 1, 1)

        self.acceptedByEdit = QLineEdit(CloseMeasureDialog)
        self.acceptedByEdit.setObjectName(u"acceptedByEdit")
        self.acceptedByEdit.setMaxLength(100)

        self.grid.addWidget(self.acceptedByEdit, 4, 1, 1, 1)

        self.acceptedByEditError = QLabel(CloseMeasureDialog)
        self.acceptedByEditError.setObjectName(u"acceptedByEditError")
        self.acceptedByEditError.setStyleSheet(u"color: #b3261e;")
        self.acceptedByEditError.setWordWrap(True)

        self.grid.addWidget(self.acceptedByEditError, 5, 1, 1, 1)

        self.opinionEditLabel = QLabel(CloseMeasureDialog)
        self.opinionEditLabel.setObjectName(u"opinionEditLabel")
        self.opinionEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.opinionEditLabel, 6, 0, 1, 1)

        self.opinionEdit = QPlainTextEdit(CloseMeasureDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.opinionEdit, 6, 1, 1, 1)

        self.opinionEditError = QLabel(CloseMeasureDialog)
        self.opinionEditError.setObjectName(u"opinionEditError")
        self.opinionEditError.setStyleSheet(u"color: #b3261e;")
        self.opinionEditError.setWordWrap(True)

        self.grid.addWidget(self.opinionEditError, 7, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(CloseMeasureDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(CloseMeasureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.acceptedByEditLabel.setBuddy(self.acceptedByEdit)
        self.opinionEditLabel.setBuddy(self.opinionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.acceptedByEdit)
        QWidget.setTabOrder(self.acceptedByEdit, self.opinionEdit)
        QWidget.setTabOrder(self.opinionEdit, self.buttonBox)

        self.retranslateUi(CloseMeasureDialog)
        self.buttonBox.rejected.connect(CloseMeasureDialog.reject)

        QMetaObject.connectSlotsByName(CloseMeasureDialog)
    # setupUi

    def retranslateUi(self, CloseMeasureDialog):
        CloseMeasureDialog.setWindowTitle(QCoreApplication.translate("CloseMeasureDialog", u"\u9500\u53f7", None))
        self.dateEditLabel.setText(QCoreApplication.translate("CloseMeasureDialog", u"\u9500\u53f7\u65e5\u671f(&D)\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CloseMeasureDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("CloseMeasureDialog", u"\u9500\u53f7\u8bf4\u660e(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CloseMeasureDialog", u"\u6574\u6539\u5b8c\u6210\u60c5\u51b5\uff1b\u6ca1\u6709\u4f50\u8bc1\u6750\u6599\u65f6\u5fc5\u987b\u586b\u5199\uff08Ctrl+\u56de\u8f66 \u9500\u53f7\uff09", None))
        self.acceptedByEditLabel.setText(QCoreApplication.translate("CloseMeasureDialog", u"\u9a8c\u6536\u4eba(&A)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.acceptedByEdit.setToolTip(QCoreApplication.translate("CloseMeasureDialog", u"\u8c01\u9a8c\u6536\u4e86\u8fd9\u9879\u63aa\u65bd\uff08\u9ed8\u8ba4\uff1a\u672c\u673a\u540d\u79f0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.opinionEditLabel.setText(QCoreApplication.translate("CloseMeasureDialog", u"\u9a8c\u6536\u610f\u89c1(&O)\uff1a", None))
        self.opinionEdit.setPlaceholderText(QCoreApplication.translate("CloseMeasureDialog", u"\u4f8b\u5982\uff1a\u6750\u6599\u9f50\u5168\uff0c\u73b0\u573a\u590d\u67e5\u5408\u683c\uff0c\u540c\u610f\u9500\u53f7", None))
    # retranslateUi

