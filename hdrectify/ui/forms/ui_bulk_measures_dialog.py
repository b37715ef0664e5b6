# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_measures_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_BulkMeasuresDialog(object):
    def setupUi(self, BulkMeasuresDialog):
        if not BulkMeasuresDialog.objectName():
            BulkMeasuresDialog.setObjectName(u"BulkMeasuresDialog")
        BulkMeasuresDialog.resize(520, 340)
        self.layout = QVBoxLayout(BulkMeasuresDialog)
        self.layout.setObjectName(u"layout")
        self.countLabel = QLabel(BulkMeasuresDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"font-weight: bold;")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.countLabel)

        self.helpLabel = QLabel(BulkMeasuresDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.layout.addWidget(self.helpLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.leaderEditLabel = QLabel(BulkMeasuresDialog)
        self.leaderEditLabel.setObjectName(u"leaderEditLabel")

        self.grid.addWidget(self.leaderEditLabel, 0, 0, 1, 1)

        self.leaderEdit = QLineEdit(BulkMeasuresDialog)
        self.leaderEdit.setObjectName(u"leaderEdit")

        self.grid.addWidget(self.leaderEdit, 0, 1, 1, 1)

        self.leaderEditError = QLabel(BulkMeasuresDialog)
        self.leaderEditError.setObjectName(u"leaderEditError")
        self.leaderEditError.setStyleSheet(u"color: #b3261e;")
        self.leaderEditError.setWordWrap(True)

        self.grid.addWidget(self.leaderEditError, 1, 1, 1, 1)

        self.unitEditLabel = QLabel(BulkMeasuresDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.grid.addWidget(self.unitEditLabel, 2, 0, 1, 1)

        self.unitEdit = QLineEdit(BulkMeasuresDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.grid.addWidget(self.unitEdit, 2, 1, 1, 1)

        self.unitEditError = QLabel(BulkMeasuresDialog)
        self.unitEditError.setObjectName(u"unitEditError")
        self.unitEditError.setStyleSheet(u"color: #b3261e;")
        self.unitEditError.setWordWrap(True)

        self.grid.addWidget(self.unitEditError, 3, 1, 1, 1)

        self.personEditLabel = QLabel(BulkMeasuresDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.grid.addWidget(self.personEditLabel, 4, 0, 1, 1)

        self.personEdit = QLineEdit(BulkMeasuresDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.grid.addWidget(self.personEdit, 4, 1, 1, 1)

        self.personEditError = QLabel(BulkMeasuresDialog)
        self.personEditError.setObjectName(u"personEditError")
        self.personEditError.setStyleSheet(u"color: #b3261e;")
        self.personEditError.setWordWrap(True)

        self.grid.addWidget(self.personEditError, 5, 1, 1, 1)

        self.deadlineCheck = QCheckBox(BulkMeasuresDialog)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.grid.addWidget(self.deadlineCheck, 6, 0, 1, 1)

        self.deadlineEdit = QDateEdit(BulkMeasuresDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setEnabled(False)
        self.deadlineEdit.setCalendarPopup(True)

        self.grid.addWidget(self.deadlineEdit, 6, 1, 1, 1)

        self.deadlineEditError = QLabel(BulkMeasuresDialog)
        self.deadlineEditError.setObjectName(u"deadlineEditError")
        self.deadlineEditError.setStyleSheet(u"color: #b3261e;")
        self.deadlineEditError.setWordWrap(True)

        self.grid.addWidget(self.deadlineEditError, 7, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.formError = QLabel(BulkMeasuresDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(BulkMeasuresDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leaderEditLabel.setBuddy(self.leaderEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.personEditLabel.setBuddy(self.personEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leaderEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.deadlineCheck)
        QWidget.setTabOrder(self.deadlineCheck, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.buttonBox)

        self.retranslateUi(BulkMeasuresDialog)
        self.buttonBox.rejected.connect(BulkMeasuresDialog.reject)
        self.deadlineCheck.toggled.connect(self.deadlineEdit.setEnabled)

        QMetaObject.connectSlotsByName(BulkMeasuresDialog)
    # setupUi

    def retranslateUi(self, BulkMeasuresDialog):
        BulkMeasuresDialog.setWindowTitle(QCoreApplication.translate("BulkMeasuresDialog", u"\u6279\u91cf\u8bbe\u7f6e\u8d23\u4efb\u548c\u65f6\u9650", None))
        self.helpLabel.setText(QCoreApplication.translate("BulkMeasuresDialog", u"\u53ea\u4fee\u6539\u586b\u5199\u7684\u9879\u76ee\uff1b\u7559\u7a7a\u7684\u9879\u76ee\u4fdd\u6301\u539f\u6837\u3002", None))
        self.leaderEditLabel.setText(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leaderEdit.setAccessibleName(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.leaderEdit.setPlaceholderText(QCoreApplication.translate("BulkMeasuresDialog", u"\u4e0d\u4fee\u6539", None))
        self.unitEditLabel.setText(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u5355\u4f4d(&U)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("BulkMeasuresDialog", u"\u4e0d\u4fee\u6539", None))
        self.personEditLabel.setText(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u4eba(&R)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("BulkMeasuresDialog", u"\u8d23\u4efb\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.personEdit.setPlaceholderText(QCoreApplication.translate("BulkMeasuresDialog", u"\u4e0d\u4fee\u6539", None))
        self.deadlineCheck.setText(QCoreApplication.translate("BulkMeasuresDialog", u"\u8bbe\u7f6e\u6574\u6539\u65f6\u9650(&D)", None))
#if QT_CONFIG(accessibility)
        self.deadlineCheck.setAccessibleName(QCoreApplication.translate("BulkMeasuresDialog", u"\u8bbe\u7f6e\u6574\u6539\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlineEdit.setAccessibleName(QCoreApplication.translate("BulkMeasuresDialog", u"\u6574\u6539\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("BulkMeasuresDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
    # retranslateUi

