# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        RecordsPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(RecordsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(RecordsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(RecordsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(RecordsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.memberLabel = QLabel(RecordsPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.searchRow.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(RecordsPage)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setMinimumSize(QSize(110, 0))

        self.searchRow.addWidget(self.memberCombo)

        self.centreLabel = QLabel(RecordsPage)
        self.centreLabel.setObjectName(u"centreLabel")

        self.searchRow.addWidget(self.centreLabel)

        self.centreCombo = QComboBox(RecordsPage)
        self.centreCombo.setObjectName(u"centreCombo")
        self.centreCombo.setMinimumSize(QSize(170, 0))

        self.searchRow.addWidget(self.centreCombo)

        self.methodLabel = QLabel(RecordsPage)
        self.methodLabel.setObjectName(u"methodLabel")

        self.searchRow.addWidget(self.methodLabel)

        self.methodCombo = QComboBox(RecordsPage)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setMinimumSize(QSize(90, 0))

        self.searchRow.addWidget(self.methodCombo)


        self.pageLayout.addLayout(self.searchRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.fromCheck = QCheckBox(RecordsPage)
        self.fromCheck.setObjectName(u"fromCheck")

        self.dateRow.addWidget(self.fromCheck)

        self.dateFrom = QDateEdit(RecordsPage)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setEnabled(False)
        self.dateFrom.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateFrom)

        self.toCheck = QCheckBox(RecordsPage)
        self.toCheck.setObjectName(u"toCheck")

        self.dateRow.addWidget(self.toCheck)

        self.dateTo = QDateEdit(RecordsPage)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setEnabled(False)
        self.dateTo.setCalendarPopup(True)

        self.dateRow.addWidget(self.dateTo)

        self.dateSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)

        self.deletedCheck = QCheckBox(RecordsPage)
        self.deletedCheck.setObjectName(u"deletedCheck")

        self.dateRow.addWidget(self.deletedCheck)

        self.resetButton = QPushButton(RecordsPage)
        self.resetButton.setObjectName(u"resetButton")

        self.dateRow.addWidget(self.resetButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(RecordsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.dateRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.dateRow)

        self.recordsView = QTableView(RecordsPage)
        self.recordsView.setObjectName(u"recordsView")
        self.recordsView.setTabKeyNavigation(False)
        self.recordsView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recordsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsView.setAlternatingRowColors(True)
        self.recordsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsView.setWordWrap(False)
        self.recordsView.horizontalHeader().setHighlightSections(False)
        self.recordsView.horizontalHeader().setStretchLastSection(False)
        self.recordsView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.recordsView)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.hintLabel = QLabel(RecordsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #5f6b7a;")

        self.actionRow.addWidget(self.hintLabel)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)

        self.correctButton = QPushButton(RecordsPage)
        self.correctButton.setObjectName(u"correctButton")

        self.actionRow.addWidget(self.correctButton)

        self.deleteButton = QPushButton(RecordsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionRow.addWidget(self.deleteButton)


        self.pageLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.memberLabel.setBuddy(self.memberCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.centreCombo)
        QWidget.setTabOrder(self.centreCombo, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.deletedCheck)
        QWidget.setTabOrder(self.deletedCheck, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.recordsView)
        QWidget.setTabOrder(self.recordsView, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.deleteButton)

        self.retranslateUi(RecordsPage)
        self.fromCheck.toggled.connect(self.dateFrom.setEnabled)
        self.toCheck.toggled.connect(self.dateTo.setEnabled)

        QMetaObject.connectSlotsByName(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        self.titleLabel.setText(QCoreApplication.translate("RecordsPage", u"\u8d70\u8bbf\u8bb0\u5f55", None))
        self.searchLabel.setText(QCoreApplication.translate("RecordsPage", u"\u641c\u7d22(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"\u60c5\u51b5\u8bb0\u5f55\u3001\u53d1\u73b0\u7684\u95ee\u9898\u3001\u515a\u5458\u3001\u4e2d\u5fc3\u6216\u9547\uff1b\u591a\u4e2a\u8bcd\u7528\u7a7a\u683c\u5206\u5f00", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RecordsPage", u"\u8f93\u5165\u5373\u67e5\u627e\uff08Ctrl+F \u56de\u5230\u8fd9\u91cc\uff09\uff1b\u6bcf\u4e2a\u8bcd\u90fd\u8981\u51fa\u73b0", None))
#endif // QT_CONFIG(tooltip)
        self.memberLabel.setText(QCoreApplication.translate("RecordsPage", u"\u515a\u5458(&M)\uff1a", None))
        self.centreLabel.setText(QCoreApplication.translate("RecordsPage", u"\u4e2d\u5fc3(&C)\uff1a", None))
        self.methodLabel.setText(QCoreApplication.translate("RecordsPage", u"\u65b9\u5f0f(&W)\uff1a", None))
        self.fromCheck.setText(QCoreApplication.translate("RecordsPage", u"\u8d77\u59cb\u65e5\u671f(&B)", None))
#if QT_CONFIG(tooltip)
        self.fromCheck.setToolTip(QCoreApplication.translate("RecordsPage", u"\u53ea\u770b\u8fd9\u4e00\u5929\u53ca\u4ee5\u540e\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("RecordsPage", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.toCheck.setText(QCoreApplication.translate("RecordsPage", u"\u622a\u6b62\u65e5\u671f(&U)", None))
#if QT_CONFIG(tooltip)
        self.toCheck.setToolTip(QCoreApplication.translate("RecordsPage", u"\u53ea\u770b\u8fd9\u4e00\u5929\u53ca\u4ee5\u524d\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.dateTo.setDisplayFormat(QCoreApplication.translate("RecordsPage", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.deletedCheck.setText(QCoreApplication.translate("RecordsPage", u"\u663e\u793a\u5df2\u5220\u9664(&L)", None))
#if QT_CONFIG(tooltip)
        self.deletedCheck.setToolTip(QCoreApplication.translate("RecordsPage", u"\u5df2\u5220\u9664\u7684\u8bb0\u5f55\u4ee5\u7070\u8272\u663e\u793a\uff0c\u5e76\u6ce8\u660e\u5220\u9664\u539f\u56e0", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("RecordsPage", u"\u6e05\u9664\u7b5b\u9009(&Q)", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("RecordsPage", u"\u6e05\u7a7a\u641c\u7d22\u8bcd\u548c\u5168\u90e8\u7b5b\u9009\u6761\u4ef6", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordsView.setAccessibleName(QCoreApplication.translate("RecordsPage", u"\u8d70\u8bbf\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("RecordsPage", u"\u53cc\u51fb\u6216\u6309 Enter \u66f4\u6b63\u6240\u9009\u8bb0\u5f55\uff0c\u6309 Delete \u5220\u9664\uff1b\u66f4\u6b63\u548c\u5220\u9664\u90fd\u8981\u5199\u660e\u539f\u56e0\uff0c\u539f\u8bb0\u5f55\u4fdd\u7559\u5728\u4fee\u6539\u65e5\u5fd7\u4e2d\u3002", None))
        self.correctButton.setText(QCoreApplication.translate("RecordsPage", u"\u66f4\u6b63(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("RecordsPage", u"\u66f4\u6b63\u6240\u9009\u8bb0\u5f55\u7684\u65e5\u671f\u3001\u65b9\u5f0f\u3001\u60c5\u51b5\u8bb0\u5f55\u6216\u95ee\u9898\uff08Enter\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("RecordsPage", u"\u5220\u9664(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("RecordsPage", u"\u5220\u9664\u6240\u9009\u8bb0\u5f55\uff08Delete\uff09\uff1b\u8bb0\u5f55\u4e0d\u4f1a\u771f\u6b63\u62b9\u53bb\uff0c\u5220\u9664\u539f\u56e0\u4f1a\u88ab\u4fdd\u7559", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

