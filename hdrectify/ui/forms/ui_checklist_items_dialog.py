# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_items_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ChecklistItemsDialog(object):
    def setupUi(self, ChecklistItemsDialog):
        if not ChecklistItemsDialog.objectName():
            ChecklistItemsDialog.setObjectName(u"ChecklistItemsDialog")
        ChecklistItemsDialog.resize(520, 420)
        self.layout = QVBoxLayout(ChecklistItemsDialog)
        self.layout.setObjectName(u"layout")
        self.helpLabel = QLabel(ChecklistItemsDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.layout.addWidget(self.helpLabel)

        self.itemsLabel = QLabel(ChecklistItemsDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.layout.addWidget(self.itemsLabel)

        self.listBox = QHBoxLayout()
        self.listBox.setObjectName(u"listBox")
        self.itemsList = QListWidget(ChecklistItemsDialog)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.itemsList.setAlternatingRowColors(True)

        self.listBox.addWidget(self.itemsList)

        self.buttonsBox = QVBoxLayout()
        self.buttonsBox.setObjectName(u"buttonsBox")
        self.addButton = QPushButton(ChecklistItemsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsBox.addWidget(self.addButton)

        self.removeButton = QPushButton(ChecklistItemsDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsBox.addWidget(self.removeButton)

        self.upButton = QPushButton(ChecklistItemsDialog)
        self.upButton.setObjectName(u"upButton")

        self.buttonsBox.addWidget(self.upButton)

        self.downButton = QPushButton(ChecklistItemsDialog)
        self.downButton.setObjectName(u"downButton")

        self.buttonsBox.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsBox.addItem(self.buttonsSpacer)


        self.listBox.addLayout(self.buttonsBox)


        self.layout.addLayout(self.listBox)

        self.noteLabel = QLabel(ChecklistItemsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #666666;")

        self.layout.addWidget(self.noteLabel)

        self.formError = QLabel(ChecklistItemsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ChecklistItemsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemsLabel.setBuddy(self.itemsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.buttonBox)

        self.retranslateUi(ChecklistItemsDialog)
        self.buttonBox.rejected.connect(ChecklistItemsDialog.reject)

        QMetaObject.connectSlotsByName(ChecklistItemsDialog)
    # setupUi

    def retranslateUi(self, ChecklistItemsDialog):
        ChecklistItemsDialog.setWindowTitle(QCoreApplication.translate("ChecklistItemsDialog", u"\u73b0\u573a\u68c0\u67e5\u9879\u76ee", None))
        self.helpLabel.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u6708\u5ea6\u6e05\u5355\u201c\u5230\u5c97\u68c0\u67e5\u201d\u4e00\u680f\u9010\u9879\u6253\u5370\u8fd9\u4e9b\u9879\u76ee\uff0c\u515a\u5458\u5230\u4e2d\u5fc3\u540e\u9010\u9879\u586b\u5199\u662f/\u5426\u548c\u53d1\u73b0\u60c5\u51b5\u3002\u53cc\u51fb\u6216\u6309 F2 \u4fee\u6539\u4e00\u9879\u3002", None))
        self.itemsLabel.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u68c0\u67e5\u9879\u76ee(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.itemsList.setAccessibleName(QCoreApplication.translate("ChecklistItemsDialog", u"\u73b0\u573a\u68c0\u67e5\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ChecklistItemsDialog", u"\u5728\u672b\u5c3e\u6dfb\u52a0\u4e00\u9879\uff08Insert\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ChecklistItemsDialog", u"\u6dfb\u52a0\u68c0\u67e5\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u5220\u9664(&D)", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ChecklistItemsDialog", u"\u5220\u9664\u9009\u4e2d\u7684\u4e00\u9879\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ChecklistItemsDialog", u"\u5220\u9664\u9009\u4e2d\u7684\u68c0\u67e5\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u4e0a\u79fb(&U)", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ChecklistItemsDialog", u"\u628a\u9009\u4e2d\u7684\u4e00\u9879\u4e0a\u79fb\uff08Ctrl+\u4e0a\u7bad\u5934\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("ChecklistItemsDialog", u"\u4e0a\u79fb\u9009\u4e2d\u7684\u68c0\u67e5\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u4e0b\u79fb(&N)", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ChecklistItemsDialog", u"\u628a\u9009\u4e2d\u7684\u4e00\u9879\u4e0b\u79fb\uff08Ctrl+\u4e0b\u7bad\u5934\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("ChecklistItemsDialog", u"\u4e0b\u79fb\u9009\u4e2d\u7684\u68c0\u67e5\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ChecklistItemsDialog", u"\u4fee\u6539\u4ece\u4e0b\u4e2a\u6708\uff08\u6216\u4eca\u5929\u662f1\u65e5\u5219\u672c\u6708\uff09\u8d77\u751f\u6548\uff1b\u5df2\u6253\u5370\u8fc7\u7684\u6708\u4efd\u4fdd\u6301\u539f\u6e05\u5355", None))
    # retranslateUi

