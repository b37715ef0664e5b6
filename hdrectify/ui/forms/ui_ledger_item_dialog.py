# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger_item_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LedgerItemDialog(object):
    def setupUi(self, LedgerItemDialog):
        if not LedgerItemDialog.objectName():
            LedgerItemDialog.setObjectName(u"LedgerItemDialog")
        LedgerItemDialog.resize(580, 460)
        self.layout = QVBoxLayout(LedgerItemDialog)
        self.layout.setObjectName(u"layout")
        self.contextLabel = QLabel(LedgerItemDialog)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.contextLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.titleEditLabel = QLabel(LedgerItemDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")
        self.titleEditLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.grid.addWidget(self.titleEditLabel, 0, 0, 1, 1)

        self.titleEdit = QPlainTextEdit(LedgerItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleEditError = QLabel(LedgerItemDialog)
        self.titleEditError.setObjectName(u"titleEditError")
        self.titleEditError.setStyleSheet(u"color: #b3261e;")
        self.titleEditError.setWordWrap(True)

        self.grid.addWidget(self.titleEditError, 1, 1, 1, 1)

        self.sourceComboLabel = QLabel(LedgerItemDialog)
        self.sourceComboLabel.setObjectName(u"sourceComboLabel")

        self.grid.addWidget(self.sourceComboLabel, 2, 0, 1, 1)

        self.sourceCombo = QComboBox(LedgerItemDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.grid.addWidget(self.sourceCombo, 2, 1, 1, 1)

        self.issuerEditLabel = QLabel(LedgerItemDialog)
        self.issuerEditLabel.setObjectName(u"issuerEditLabel")

        self.grid.addWidget(self.issuerEditLabel, 3, 0, 1, 1)

        self.issuerEdit = QLineEdit(LedgerItemDialog)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.grid.addWidget(self.issuerEdit, 3, 1, 1, 1)

        self.noticeDateEditLabel = QLabel(LedgerItemDialog)
        self.noticeDateEditLabel.setObjectName(u"noticeDateEditLabel")

        self.grid.addWidget(self.noticeDateEditLabel, 4, 0, 1, 1)

        self.noticeDateEdit = QDateEdit(LedgerItemDialog)
        self.noticeDateEdit.setObjectName(u"noticeDateEdit")
        self.noticeDateEdit.setCalendarPopup(True)

        self.grid.addWidget(self.noticeDateEdit, 4, 1, 1, 1)

        self.leaderEditLabel = QLabel(LedgerItemDialog)
        self.leaderEditLabel.setObjectName(u"leaderEditLabel")

        self.grid.addWidget(self.leaderEditLabel, 5, 0, 1, 1)

        self.leaderEdit = QLineEdit(LedgerItemDialog)
        self.leaderEdit.setObjectName(u"leaderEdit")
        self.leaderEdit.setMaxLength(100)

        self.grid.addWidget(self.leaderEdit, 5, 1, 1, 1)

        self.leaderEditError = QLabel(LedgerItemDialog)
        self.leaderEditError.setObjectName(u"leaderEditError")
        self.leaderEditError.setStyleSheet(u"color: #b3261e;")
        self.leaderEditError.setWordWrap(True)

        self.grid.addWidget(self.leaderEditError, 6, 1, 1, 1)

        self.unitEditLabel = QLabel(LedgerItemDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.grid.addWidget(self.unitEditLabel, 7, 0, 1, 1)

        self.unitEdit = QLineEdit(LedgerItemDialog)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaxLength(100)

        self.grid.addWidget(self.unitEdit, 7, 1, 1, 1)

        self.personEditLabel = QLabel(LedgerItemDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.grid.addWidget(self.personEditLabel, 8, 0, 1, 1)

        self.personEdit = QLineEdit(LedgerItemDialog)
        self.personEdit.setObjectName(u"personEdit")
        self.personEdit.setMaxLength(100)

        self.grid.addWidget(self.personEdit, 8, 1, 1, 1)

        self.deadlineEditLabel = QLabel(LedgerItemDialog)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.grid.addWidget(self.deadlineEditLabel, 9, 0, 1, 1)

        self.deadlineRow = QHBoxLayout()
        self.deadlineRow.setObjectName(u"deadlineRow")
        self.deadlineEdit = QDateEdit(LedgerItemDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.deadlineRow.addWidget(self.deadlineEdit)

        self.noDeadlineCheck = QCheckBox(LedgerItemDialog)
        self.noDeadlineCheck.setObjectName(u"noDeadlineCheck")

        self.deadlineRow.addWidget(self.noDeadlineCheck)


        self.grid.addLayout(self.deadlineRow, 9, 1, 1, 1)

        self.deadlineEditError = QLabel(LedgerItemDialog)
        self.deadlineEditError.setObjectName(u"deadlineEditError")
        self.deadlineEditError.setStyleSheet(u"color: #b3261e;")
        self.deadlineEditError.setWordWrap(True)

        self.grid.addWidget(self.deadlineEditError, 10, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.formError = QLabel(LedgerItemDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(LedgerItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.sourceComboLabel.setBuddy(self.sourceCombo)
        self.issuerEditLabel.setBuddy(self.issuerEdit)
        self.noticeDateEditLabel.setBuddy(self.noticeDateEdit)
        self.leaderEditLabel.setBuddy(self.leaderEdit)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.noticeDateEdit)
        QWidget.setTabOrder(self.noticeDateEdit, self.leaderEdit)
        QWidget.setTabOrder(self.leaderEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.noDeadlineCheck)
        QWidget.setTabOrder(self.noDeadlineCheck, self.buttonBox)

        self.retranslateUi(LedgerItemDialog)
        self.buttonBox.rejected.connect(LedgerItemDialog.reject)

        QMetaObject.connectSlotsByName(LedgerItemDialog)
    # setupUi

    def retranslateUi(self, LedgerItemDialog):
        LedgerItemDialog.setWindowTitle(QCoreApplication.translate("LedgerItemDialog", u"\u6574\u6539\u53f0\u8d26", None))
        self.titleEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u6807\u9898(&T)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u6807\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("LedgerItemDialog", u"\uff08Ctrl+\u56de\u8f66 \u4fdd\u5b58\uff09", None))
        self.sourceComboLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u6765\u6e90(&S)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u95ee\u9898\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        self.issuerEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u53d1\u5e03\u5355\u4f4d(&I)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.issuerEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u53d1\u5e03\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.noticeDateEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u901a\u62a5\u65e5\u671f(&N)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.noticeDateEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u901a\u62a5\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.noticeDateEdit.setDisplayFormat(QCoreApplication.translate("LedgerItemDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.leaderEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leaderEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.unitEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u5355\u4f4d(&U)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.personEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u4eba(&P)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u8d23\u4efb\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineEditLabel.setText(QCoreApplication.translate("LedgerItemDialog", u"\u6574\u6539\u65f6\u9650(&D)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.deadlineEdit.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u6574\u6539\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("LedgerItemDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.noDeadlineCheck.setText(QCoreApplication.translate("LedgerItemDialog", u"\u65e0\u65f6\u9650", None))
#if QT_CONFIG(accessibility)
        self.noDeadlineCheck.setAccessibleName(QCoreApplication.translate("LedgerItemDialog", u"\u65e0\u6574\u6539\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

