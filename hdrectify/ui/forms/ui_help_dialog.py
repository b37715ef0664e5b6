# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(900, 720)
        self.layout = QVBoxLayout(HelpDialog)
        self.layout.setObjectName(u"layout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.backButton = QPushButton(HelpDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setEnabled(False)

        self.toolLayout.addWidget(self.backButton)

        self.homeButton = QPushButton(HelpDialog)
        self.homeButton.setObjectName(u"homeButton")

        self.toolLayout.addWidget(self.homeButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)


        self.layout.addLayout(self.toolLayout)

        self.browser = QTextBrowser(HelpDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.layout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(HelpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(HelpDialog)
        self.buttonBox.rejected.connect(HelpDialog.reject)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"\u7528\u6237\u6307\u5357", None))
        self.backButton.setText(QCoreApplication.translate("HelpDialog", u"\u540e\u9000(&B)", None))
        self.homeButton.setText(QCoreApplication.translate("HelpDialog", u"\u76ee\u5f55(&C)", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialog", u"\u4f7f\u7528\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

