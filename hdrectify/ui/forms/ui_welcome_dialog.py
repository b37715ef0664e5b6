# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QCommandLinkButton, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(600, 640)
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.officeLabel = QLabel(WelcomeDialog)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)

        self.layout.addWidget(self.officeLabel)

        self.seedButton = QCommandLinkButton(WelcomeDialog)
        self.seedButton.setObjectName(u"seedButton")
        self.seedButton.setDefault(True)

        self.layout.addWidget(self.seedButton)

        self.emptyButton = QCommandLinkButton(WelcomeDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.layout.addWidget(self.emptyButton)

        self.memberLabel = QLabel(WelcomeDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.layout.addWidget(self.memberLabel)

        self.memberButton = QCommandLinkButton(WelcomeDialog)
        self.memberButton.setObjectName(u"memberButton")

        self.layout.addWidget(self.memberButton)

        self.memberBox = QWidget(WelcomeDialog)
        self.memberBox.setObjectName(u"memberBox")
        self.memberLayout = QHBoxLayout(self.memberBox)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberLayout.setContentsMargins(24, -1, -1, -1)
        self.meLabel = QLabel(self.memberBox)
        self.meLabel.setObjectName(u"meLabel")

        self.memberLayout.addWidget(self.meLabel)

        self.memberCombo = QComboBox(self.memberBox)
        self.memberCombo.setObjectName(u"memberCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.memberCombo.sizePolicy().hasHeightForWidth())
        self.memberCombo.setSizePolicy(sizePolicy)

        self.memberLayout.addWidget(self.memberCombo)

        self.memberStartButton = QPushButton(self.memberBox)
        self.memberStartButton.setObjectName(u"memberStartButton")

        self.memberLayout.addWidget(self.memberStartButton)


        self.layout.addWidget(self.memberBox)

        self.otherLabel = QLabel(WelcomeDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.layout.addWidget(self.otherLabel)

        self.demoButton = QCommandLinkButton(WelcomeDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.layout.addWidget(self.demoButton)

        self.openButton = QCommandLinkButton(WelcomeDialog)
        self.openButton.setObjectName(u"openButton")

        self.layout.addWidget(self.openButton)

        self.pathLabel = QLabel(WelcomeDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setWordWrap(True)
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.pathLabel)

        self.errorLabel = QLabel(WelcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WelcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seedButton, self.emptyButton)
        QWidget.setTabOrder(self.emptyButton, self.memberButton)
        QWidget.setTabOrder(self.memberButton, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.memberStartButton)
        QWidget.setTabOrder(self.memberStartButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.openButton)

        self.retranslateUi(WelcomeDialog)
        self.buttonBox.rejected.connect(WelcomeDialog.reject)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"\u6b22\u8fce\u4f7f\u7528\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>\u6b22\u8fce\u4f7f\u7528\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u8fd9\u53f0\u7535\u8111\u4e0a\u8fd8\u6ca1\u6709\u6570\u636e\u5e93\u3002\u6570\u636e\u53ea\u4fdd\u5b58\u5728\u672c\u673a\uff0c\u53ef\u968f\u65f6\u5907\u4efd\u3002\u8bf7\u9009\u62e9\u5982\u4f55\u5f00\u59cb\uff1a", None))
        self.officeLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<b>\u529e\u516c\u5ba4\u4f7f\u7528\u8fd9\u53f0\u7535\u8111</b>\uff08\u7ba1\u7406\u5eb7\u56ed\u4e2d\u5fc3\u3001\u515a\u5458\u548c\u6302\u94a9\uff0c\u6c47\u603b\u5404\u515a\u5458\u7684\u4ea4\u6362\u5305\uff09\uff1a", None))
        self.seedButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u65b0\u5efa\u6570\u636e\u5e93\u5e76\u8f7d\u5165\u901a\u62a5\u4e2d\u7684\u6574\u6539\u53f0\u8d26", None))
        self.seedButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u63a8\u8350\u3002\u8f7d\u5165\u53bf\u59d4\u5de1\u5bdf\u53cd\u9988\u7684 3 \u4e2a\u65b9\u9762\u300117 \u4e2a\u95ee\u9898\u53ca\u5176\u6574\u6539\u63aa\u65bd\uff0c\u518d\u6dfb\u52a0\u5eb7\u56ed\u4e2d\u5fc3\u548c\u515a\u5458\u3002", None))
        self.emptyButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u65b0\u5efa\u7a7a\u767d\u6570\u636e\u5e93", None))
        self.emptyButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u4ece\u96f6\u5f00\u59cb\uff0c\u4e0d\u8f7d\u5165\u4efb\u4f55\u95ee\u9898\u3002", None))
        self.memberLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<b>\u515a\u5458\u4f7f\u7528\u8fd9\u53f0\u7535\u8111</b>\uff08\u767b\u8bb0\u672c\u4eba\u6302\u94a9\u4e2d\u5fc3\u7684\u8054\u7cfb\u548c\u5230\u5c97\uff0c\u4ea4\u7ed9\u529e\u516c\u5ba4\uff09\uff1a", None))
        self.memberButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u4ece\u529e\u516c\u5ba4\u7684\u4ea4\u6362\u5305\u5f00\u59cb\u2026", None))
        self.memberButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u529e\u516c\u5ba4\u7528\u201c\u6587\u4ef6 \u2192 \u4e3a\u515a\u5458\u51c6\u5907\u4ea4\u6362\u5305\u2026\u201d\u5bfc\u51fa\uff0c\u91cc\u9762\u6709\u5168\u90e8\u5eb7\u56ed\u4e2d\u5fc3\u548c\u515a\u5458\u3001\u60a8\u7684\u6302\u94a9\u3001\u6574\u6539\u53f0\u8d26\u548c\u7edf\u4e00\u7684\u8bbe\u7f6e\u3002", None))
        self.meLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u6211\u662f\uff1a", None))
        self.memberStartButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u5f00\u59cb\u4f7f\u7528", None))
        self.otherLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<b>\u5176\u4ed6</b>\uff1a", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u6253\u5f00\u6f14\u793a\u6570\u636e", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"17 \u4e2a\u5eb7\u56ed\u4e2d\u5fc3\u300112 \u540d\u515a\u5458\u548c\u4e00\u5e74\u7684\u8bb0\u5f55\uff0c\u5168\u90e8\u4e3a\u865a\u6784\uff0c\u5355\u72ec\u4fdd\u5b58\uff0c\u4e0d\u4f1a\u6df7\u5165\u6b63\u5f0f\u6570\u636e\u3002", None))
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u6253\u5f00\u5df2\u6709\u7684\u6570\u636e\u5e93\u6587\u4ef6\u2026", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u4f8b\u5982\u4ece\u53e6\u4e00\u53f0\u7535\u8111\u62f7\u6765\u7684 .db \u6587\u4ef6\u3002", None))
    # retranslateUi

