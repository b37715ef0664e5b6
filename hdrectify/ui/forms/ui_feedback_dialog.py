# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(600, 620)
        self.layout = QVBoxLayout(FeedbackDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(FeedbackDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold;")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.stateLabel = QLabel(FeedbackDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.stateLabel)

        self.historyViewLabel = QLabel(FeedbackDialog)
        self.historyViewLabel.setObjectName(u"historyViewLabel")

        self.layout.addWidget(self.historyViewLabel)

        self.historyView = QTextBrowser(FeedbackDialog)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setTabChangesFocus(True)
        self.historyView.setOpenLinks(False)

        self.layout.addWidget(self.historyView)

        self.noteEditLabel = QLabel(FeedbackDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.layout.addWidget(self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(FeedbackDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.noteEdit)

        self.noteEditError = QLabel(FeedbackDialog)
        self.noteEditError.setObjectName(u"noteEditError")
        self.noteEditError.setStyleSheet(u"color: #b3261e;")
        self.noteEditError.setWordWrap(True)

        self.layout.addWidget(self.noteEditError)

        self.commentEditLabel = QLabel(FeedbackDialog)
        self.commentEditLabel.setObjectName(u"commentEditLabel")

        self.layout.addWidget(self.commentEditLabel)

        self.commentEdit = QPlainTextEdit(FeedbackDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.commentEdit)

        self.commentEditError = QLabel(FeedbackDialog)
        self.commentEditError.setObjectName(u"commentEditError")
        self.commentEditError.setStyleSheet(u"color: #b3261e;")
        self.commentEditError.setWordWrap(True)

        self.layout.addWidget(self.commentEditError)

        self.formError = QLabel(FeedbackDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FeedbackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.historyViewLabel.setBuddy(self.historyView)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.commentEditLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.historyView, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.buttonBox)

        self.retranslateUi(FeedbackDialog)
        self.buttonBox.rejected.connect(FeedbackDialog.reject)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"\u6c47\u62a5\u5ba1\u9605", None))
        self.historyViewLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u5ba1\u9605\u8bb0\u5f55(&H)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u5ba1\u9605\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleDescription(QCoreApplication.translate("FeedbackDialog", u"\u529e\u516c\u5ba4\u6bcf\u6b21\u5ba1\u9605\u7684\u65e5\u671f\u3001\u7ed3\u8bba\u3001\u610f\u89c1\u548c\u5f53\u65f6\u7684\u6c47\u62a5\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u73b0\u5728\u7684\u5185\u5bb9(&N)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u73b0\u5728\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.commentEditLabel.setText(QCoreApplication.translate("FeedbackDialog", u"\u9000\u56de\u610f\u89c1(&C)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.commentEdit.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"\u9000\u56de\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("FeedbackDialog", u"\u9000\u56de\u65f6\u5fc5\u586b\uff1a\u8bf4\u660e\u9700\u8981\u4fee\u6539\u6216\u8865\u5145\u4ec0\u4e48", None))
    # retranslateUi

