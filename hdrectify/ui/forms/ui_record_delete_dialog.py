# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_delete_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_RecordDeleteDialog(object):
    def setupUi(self, RecordDeleteDialog):
        if not RecordDeleteDialog.objectName():
            RecordDeleteDialog.setObjectName(u"RecordDeleteDialog")
        RecordDeleteDialog.resize(500, 300)
        self.layout = QVBoxLayout(RecordDeleteDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(RecordDeleteDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"font-weight: bold;")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.noteLabel = QLabel(RecordDeleteDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.warningLabel = QLabel(RecordDeleteDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.linkedLabel = QLabel(RecordDeleteDialog)
        self.linkedLabel.setObjectName(u"linkedLabel")
        self.linkedLabel.setStyleSheet(u"color: #a15c00;")
        self.linkedLabel.setWordWrap(True)

        self.layout.addWidget(self.linkedLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.reasonEditLabel = QLabel(RecordDeleteDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.grid.addWidget(self.reasonEditLabel, 0, 0, 1, 1)

        self.reasonEdit = QLineEdit(RecordDeleteDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.grid.addWidget(self.reasonEdit, 0, 1, 1, 1)

        self.reasonEditError = QLabel(RecordDeleteDialog)
        self.reasonEditError.setObjectName(u"reasonEditError")
        self.reasonEditError.setStyleSheet(u"color: #b3261e;")
        self.reasonEditError.setWordWrap(True)

        self.grid.addWidget(self.reasonEditError, 1, 1, 1, 1)


        self.layout.addLayout(self.grid)

        self.formError = QLabel(RecordDeleteDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #b3261e;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RecordDeleteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(RecordDeleteDialog)
        self.buttonBox.rejected.connect(RecordDeleteDialog.reject)

        QMetaObject.connectSlotsByName(RecordDeleteDialog)
    # setupUi

    def retranslateUi(self, RecordDeleteDialog):
        RecordDeleteDialog.setWindowTitle(QCoreApplication.translate("RecordDeleteDialog", u"\u5220\u9664\u8d70\u8bbf\u8bb0\u5f55", None))
        self.warningLabel.setText(QCoreApplication.translate("RecordDeleteDialog", u"\u5220\u9664\u540e\uff0c\u8fd9\u6761\u8bb0\u5f55\u4e0d\u518d\u8ba1\u5165\u6302\u94a9\u8054\u7cfb\u7684\u5b8c\u6210\u60c5\u51b5\u3002\u8bb0\u5f55\u4e0d\u4f1a\u88ab\u62b9\u53bb\uff1a\u5220\u9664\u65f6\u95f4\u548c\u539f\u56e0\u4fdd\u7559\u5728\u4fee\u6539\u65e5\u5fd7\u4e2d\uff0c\u52fe\u9009\u201c\u663e\u793a\u5df2\u5220\u9664\u201d\u4ecd\u53ef\u67e5\u770b\u3002", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("RecordDeleteDialog", u"\u5220\u9664\u539f\u56e0(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RecordDeleteDialog", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u91cd\u590d\u5f55\u5165", None))
    # retranslateUi

