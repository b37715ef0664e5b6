# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCommandLinkButton, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(560, 420)
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(WelcomeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.seedButton = QCommandLinkButton(WelcomeDialog)
        self.seedButton.setObjectName(u"seedButton")
        self.seedButton.setDefault(True)

        self.layout.addWidget(self.seedButton)

        self.emptyButton = QCommandLinkButton(WelcomeDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.layout.addWidget(self.emptyButton)

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

        QWidget.setTabOrder(self.seedButton, self.emptyButton)
        QWidget.setTabOrder(self.emptyButton, self.demoButton)
        QWidget.setTabOrder(self.demoButton, self.openButton)

        self.retranslateUi(WelcomeDialog)
        self.buttonBox.rejected.connect(WelcomeDialog.reject)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"\u6b22\u8fce\u4f7f\u7528\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb", None))
        self.titleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"<h2>\u6b22\u8fce\u4f7f\u7528\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb</h2>", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"\u8fd9\u53f0\u7535\u8111\u4e0a\u8fd8\u6ca1\u6709\u6570\u636e\u5e93\u3002\u6570\u636e\u53ea\u4fdd\u5b58\u5728\u672c\u673a\uff0c\u53ef\u968f\u65f6\u5907\u4efd\u3002\u8bf7\u9009\u62e9\u5982\u4f55\u5f00\u59cb\uff1a", None))
        self.seedButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u65b0\u5efa\u6570\u636e\u5e93\u5e76\u8f7d\u5165\u901a\u62a5\u4e2d\u7684\u6574\u6539\u53f0\u8d26", None))
        self.seedButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u63a8\u8350\u3002\u8f7d\u5165\u53bf\u59d4\u5de1\u5bdf\u53cd\u9988\u7684 3 \u4e2a\u65b9\u9762\u300117 \u4e2a\u95ee\u9898\u53ca\u5176\u6574\u6539\u63aa\u65bd\uff0c\u518d\u6dfb\u52a0\u5eb7\u56ed\u4e2d\u5fc3\u548c\u515a\u5458\u3002", None))
        self.emptyButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u65b0\u5efa\u7a7a\u767d\u6570\u636e\u5e93", None))
        self.emptyButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u4ece\u96f6\u5f00\u59cb\uff0c\u4e0d\u8f7d\u5165\u4efb\u4f55\u95ee\u9898\u3002", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u6253\u5f00\u6f14\u793a\u6570\u636e", None))
        self.demoButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"17 \u4e2a\u5eb7\u56ed\u4e2d\u5fc3\u300112 \u540d\u515a\u5458\u548c\u4e00\u5e74\u7684\u8bb0\u5f55\uff0c\u5168\u90e8\u4e3a\u865a\u6784\uff0c\u5355\u72ec\u4fdd\u5b58\uff0c\u4e0d\u4f1a\u6df7\u5165\u6b63\u5f0f\u6570\u636e\u3002", None))
        self.openButton.setText(QCoreApplication.translate("WelcomeDialog", u"\u6253\u5f00\u5df2\u6709\u7684\u6570\u636e\u5e93\u6587\u4ef6\u2026", None))
        self.openButton.setDescription(QCoreApplication.translate("WelcomeDialog", u"\u4f8b\u5982\u4ece\u53e6\u4e00\u53f0\u7535\u8111\u62f7\u6765\u7684 .db \u6587\u4ef6\u3002", None))
    # retranslateUi

