# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QTextEdit, QTreeWidget, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(720, 560)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.databaseLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.layout.addLayout(self.headerLayout)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")
        self.licencesLabel.setWordWrap(True)

        self.layout.addWidget(self.licencesLabel)

        self.splitter = QSplitter(AboutDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.licenceList = QTreeWidget(self.splitter)
        self.licenceList.setObjectName(u"licenceList")
        self.licenceList.setRootIsDecorated(False)
        self.licenceList.setUniformRowHeights(True)
        self.splitter.addWidget(self.licenceList)
        self.licenceText = QTextBrowser(self.splitter)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.splitter.addWidget(self.licenceText)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"<h2>\u6574\u6539\u53f0\u8d26\u4e0e\u6302\u94a9\u8054\u7cfb</h2>", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"\u53bf\u6b8b\u8054\u7684\u6574\u6539\u53f0\u8d26\u4e0e\u515a\u5458\u6302\u94a9\u8054\u7cfb\u5eb7\u56ed\u4e2d\u5fc3\uff08\u6bcf\u5468\u4e00\u8054\u7cfb\u3001\u6bcf\u6708\u4e00\u5230\u5c97\u3001\u6bcf\u5b63\u5ea6\u4e00\u6c47\u62a5\u3001\u6bcf\u5e74\u4e00\u8003\u8bc4\uff09\u3002\u6570\u636e\u53ea\u4fdd\u5b58\u5728\u672c\u673a\uff0c\u4e0d\u9700\u8981\u8054\u7f51\u3002", None))
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"\u672c\u8f6f\u4ef6\u4ee5 MIT \u8bb8\u53ef\u8bc1\u53d1\u5e03\uff0c\u5e76\u4f7f\u7528\u4e86\u4e0b\u5217\u7b2c\u4e09\u65b9\u8f6f\u4ef6\uff08\u70b9\u9009\u4e00\u9879\u67e5\u770b\u5176\u8bb8\u53ef\u8bc1\u5168\u6587\uff09\uff1a", None))
        ___qtreewidgetitem = self.licenceList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AboutDialog", u"\u8bb8\u53ef\u8bc1", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AboutDialog", u"\u7248\u672c", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AboutDialog", u"\u7ec4\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.licenceList.setAccessibleName(QCoreApplication.translate("AboutDialog", u"\u4f7f\u7528\u7684\u7b2c\u4e09\u65b9\u7ec4\u4ef6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licenceText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"\u8bb8\u53ef\u8bc1\u5168\u6587", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

