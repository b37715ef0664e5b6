# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rubric_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_RubricDialog(object):
    def setupUi(self, RubricDialog):
        if not RubricDialog.objectName():
            RubricDialog.setObjectName(u"RubricDialog")
        RubricDialog.resize(720, 460)
        self.layout = QVBoxLayout(RubricDialog)
        self.layout.setObjectName(u"layout")
        self.helpLabel = QLabel(RubricDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.layout.addWidget(self.helpLabel)

        self.itemsLabel = QLabel(RubricDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.layout.addWidget(self.itemsLabel)

        self.tableBox = QHBoxLayout()
        self.tableBox.setObjectName(u"tableBox")
        self.itemsTable = QTableWidget(RubricDialog)
        if (self.itemsTable.columnCount() < 3):
            self.itemsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.itemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setColumnCount(3)

        self.tableBox.addWidget(self.itemsTable)

        self.buttonsBox = QVBoxLayout()
        self.buttonsBox.setObjectName(u"buttonsBox")
        self.addButton = QPushButton(RubricDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsBox.addWidget(self.addButton)

        self.removeButton = QPushButton(RubricDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsBox.addWidget(self.removeButton)

        self.upButton = QPushButton(RubricDialog)
        self.upButton.setObjectName(u"upButton")

        self.buttonsBox.addWidget(self.upButton)

        self.downButton = QPushButton(RubricDialog)
        self.downButton.setObjectName(u"downButton")

        self.buttonsBox.addWidget(self.downButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsBox.addItem(self.buttonsSpacer)


        self.tableBox.addLayout(self.buttonsBox)


        self.layout.addLayout(self.tableBox)

        self.totalLabel = QLabel(RubricDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.layout.addWidget(self.totalLabel)

        self.noteLabel = QLabel(RubricDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #666666;")

        self.layout.addWidget(self.noteLabel)

        self.formError = QLabel(RubricDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setStyleSheet(u"color: #c62828;")
        self.formError.setWordWrap(True)

        self.layout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RubricDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.itemsLabel.setBuddy(self.itemsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.buttonBox)

        self.retranslateUi(RubricDialog)
        self.buttonBox.rejected.connect(RubricDialog.reject)

        QMetaObject.connectSlotsByName(RubricDialog)
    # setupUi

    def retranslateUi(self, RubricDialog):
        RubricDialog.setWindowTitle(QCoreApplication.translate("RubricDialog", u"\u5e74\u5ea6\u8003\u8bc4\u7ec6\u5219", None))
        self.helpLabel.setText(QCoreApplication.translate("RubricDialog", u"\u5e74\u5ea6\u8003\u8bc4\u6309\u8fd9\u4e9b\u9879\u76ee\u9010\u9879\u6253\u5206\uff0c\u603b\u5206\u4e3a\u5404\u9879\u5f97\u5206\u4e4b\u548c\uff1b\u5404\u9879\u6ee1\u5206\u5408\u8ba1\u987b\u4e3a 100 \u5206\u3002\u53cc\u51fb\u6216\u6309 F2 \u4fee\u6539\u9879\u76ee\u540d\u79f0\u548c\u8bc4\u5206\u8981\u70b9\u3002", None))
        self.itemsLabel.setText(QCoreApplication.translate("RubricDialog", u"\u8003\u8bc4\u9879\u76ee(&L)\uff1a", None))
        ___qtablewidgetitem = self.itemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RubricDialog", u"\u8003\u8bc4\u9879\u76ee", None))
        ___qtablewidgetitem1 = self.itemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RubricDialog", u"\u6ee1\u5206", None))
        ___qtablewidgetitem2 = self.itemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RubricDialog", u"\u8bc4\u5206\u8981\u70b9", None))
#if QT_CONFIG(accessibility)
        self.itemsTable.setAccessibleName(QCoreApplication.translate("RubricDialog", u"\u8003\u8bc4\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("RubricDialog", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("RubricDialog", u"\u6dfb\u52a0\u8003\u8bc4\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("RubricDialog", u"\u5220\u9664(&D)", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("RubricDialog", u"\u5220\u9664\u9009\u4e2d\u7684\u8003\u8bc4\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("RubricDialog", u"\u4e0a\u79fb(&U)", None))
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("RubricDialog", u"\u4e0a\u79fb\u9009\u4e2d\u7684\u8003\u8bc4\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.downButton.setText(QCoreApplication.translate("RubricDialog", u"\u4e0b\u79fb(&N)", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("RubricDialog", u"\u4e0b\u79fb\u9009\u4e2d\u7684\u8003\u8bc4\u9879\u76ee", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("RubricDialog", u"\u5df2\u7528\u4e8e\u8003\u8bc4\u7684\u7ec6\u5219\u4e0d\u4f1a\u88ab\u6539\u52a8\uff1a\u4fdd\u5b58\u65f6\u53e6\u5b58\u4e3a\u65b0\u7684\u4e00\u7248\uff0c\u5df2\u767b\u8bb0\u7684\u8003\u8bc4\u4fdd\u7559\u539f\u6765\u7684\u9879\u76ee\u548c\u5206\u6570", None))
    # retranslateUi

