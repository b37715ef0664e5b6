# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1100, 760)
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(DashboardPage)
        self.headerLabel.setObjectName(u"headerLabel")

        self.headerLayout.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.logButton = QPushButton(DashboardPage)
        self.logButton.setObjectName(u"logButton")

        self.headerLayout.addWidget(self.logButton)


        self.layout.addLayout(self.headerLayout)

        self.countsLayout = QHBoxLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.weekCard = QLabel(DashboardPage)
        self.weekCard.setObjectName(u"weekCard")

        self.countsLayout.addWidget(self.weekCard)

        self.monthCard = QLabel(DashboardPage)
        self.monthCard.setObjectName(u"monthCard")

        self.countsLayout.addWidget(self.monthCard)

        self.missedCard = QLabel(DashboardPage)
        self.missedCard.setObjectName(u"missedCard")

        self.countsLayout.addWidget(self.missedCard)

        self.measuresCard = QLabel(DashboardPage)
        self.measuresCard.setObjectName(u"measuresCard")

        self.countsLayout.addWidget(self.measuresCard)

        self.rateCard = QLabel(DashboardPage)
        self.rateCard.setObjectName(u"rateCard")

        self.countsLayout.addWidget(self.rateCard)


        self.layout.addLayout(self.countsLayout)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.dueLabel = QLabel(DashboardPage)
        self.dueLabel.setObjectName(u"dueLabel")

        self.leftColumn.addWidget(self.dueLabel)

        self.dueTable = QTableView(DashboardPage)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setTabKeyNavigation(False)

        self.leftColumn.addWidget(self.dueTable)

        self.missedLabel = QLabel(DashboardPage)
        self.missedLabel.setObjectName(u"missedLabel")

        self.leftColumn.addWidget(self.missedLabel)

        self.missedTable = QTableView(DashboardPage)
        self.missedTable.setObjectName(u"missedTable")
        self.missedTable.setTabKeyNavigation(False)

        self.leftColumn.addWidget(self.missedTable)

        self.soonLabel = QLabel(DashboardPage)
        self.soonLabel.setObjectName(u"soonLabel")

        self.leftColumn.addWidget(self.soonLabel)

        self.soonTable = QTableView(DashboardPage)
        self.soonTable.setObjectName(u"soonTable")
        self.soonTable.setTabKeyNavigation(False)

        self.leftColumn.addWidget(self.soonTable)

        self.sendersLabel = QLabel(DashboardPage)
        self.sendersLabel.setObjectName(u"sendersLabel")

        self.leftColumn.addWidget(self.sendersLabel)

        self.sendersTable = QTableView(DashboardPage)
        self.sendersTable.setObjectName(u"sendersTable")
        self.sendersTable.setTabKeyNavigation(False)

        self.leftColumn.addWidget(self.sendersTable)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.deadlineLabel = QLabel(DashboardPage)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.rightColumn.addWidget(self.deadlineLabel)

        self.deadlineTable = QTableView(DashboardPage)
        self.deadlineTable.setObjectName(u"deadlineTable")
        self.deadlineTable.setTabKeyNavigation(False)

        self.rightColumn.addWidget(self.deadlineTable)

        self.memberLabel = QLabel(DashboardPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.rightColumn.addWidget(self.memberLabel)

        self.memberTable = QTableView(DashboardPage)
        self.memberTable.setObjectName(u"memberTable")
        self.memberTable.setTabKeyNavigation(False)

        self.rightColumn.addWidget(self.memberTable)

        self.unvisitedLabel = QLabel(DashboardPage)
        self.unvisitedLabel.setObjectName(u"unvisitedLabel")

        self.rightColumn.addWidget(self.unvisitedLabel)

        self.unvisitedTable = QTableView(DashboardPage)
        self.unvisitedTable.setObjectName(u"unvisitedTable")
        self.unvisitedTable.setTabKeyNavigation(False)

        self.rightColumn.addWidget(self.unvisitedTable)


        self.columns.addLayout(self.rightColumn)


        self.layout.addLayout(self.columns)

        self.statusLabel = QLabel(DashboardPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.layout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.logButton, self.dueTable)
        QWidget.setTabOrder(self.dueTable, self.missedTable)
        QWidget.setTabOrder(self.missedTable, self.deadlineTable)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.headerLabel.setText(QCoreApplication.translate("DashboardPage", u"\u5de5\u4f5c\u53f0", None))
        self.logButton.setText(QCoreApplication.translate("DashboardPage", u"\u767b\u8bb0\u8054\u7cfb\u2026", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Ctrl+N", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u672c\u5468\u3001\u672c\u6708\u5f85\u529e</b>\uff08\u53cc\u51fb\u767b\u8bb0\uff09", None))
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u672c\u5468\u3001\u672c\u6708\u5f85\u529e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"\u53cc\u51fb\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
        self.missedLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u4e0a\u6b21\u6253\u5f00\u4ee5\u6765\u672a\u5b8c\u6210</b>", None))
#if QT_CONFIG(accessibility)
        self.missedTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u4e0a\u6b21\u6253\u5f00\u4ee5\u6765\u672a\u5b8c\u6210", None))
#endif // QT_CONFIG(accessibility)
        self.soonLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>3 \u5929\u5185\u5230\u671f</b>", None))
#if QT_CONFIG(accessibility)
        self.soonTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"3 \u5929\u5185\u5230\u671f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.soonTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"\u6302\u94a9\u8054\u7cfb\u548c\u6574\u6539\u63aa\u65bd\uff0c\u6bcf\u884c\u5199\u660e\u622a\u6b62\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.sendersLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u4ea4\u6362\u72b6\u6001</b>\uff08\u5404\u515a\u5458\u7535\u8111\u6700\u8fd1\u63d0\u4ea4\u7684\u4ea4\u6362\u5305\uff09", None))
#if QT_CONFIG(accessibility)
        self.sendersTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u4ea4\u6362\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sendersTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"\u6bcf\u53f0\u515a\u5458\u7535\u8111\u6700\u8fd1\u7684\u4ea4\u6362\u5305\u3001\u6570\u636e\u622a\u81f3\u65e5\u671f\uff0c\u4ee5\u53ca\u662f\u5426\u5df2\u6536\u5230\u529e\u516c\u5ba4\u53d1\u51fa\u7684\u4ea4\u6362\u5305", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u6574\u6539\u63aa\u65bd\u65f6\u9650</b>", None))
#if QT_CONFIG(accessibility)
        self.deadlineTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u6574\u6539\u63aa\u65bd\u65f6\u9650", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlineTable.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"\u6bcf\u884c\u5199\u660e\u5269\u4f59\u5929\u6570\u6216\u5df2\u903e\u671f\u5929\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.memberLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u6309\u515a\u5458</b>\uff08\u4eca\u5e74\u81f3\u4eca\uff0c\u5b8c\u6210\u7387\u4f4e\u7684\u5728\u524d\uff09", None))
#if QT_CONFIG(accessibility)
        self.memberTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u6309\u515a\u5458\u7684\u5b8c\u6210\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.unvisitedLabel.setText(QCoreApplication.translate("DashboardPage", u"<b>\u672c\u6708\u5c1a\u672a\u5230\u5c97\u7684\u4e2d\u5fc3</b>", None))
#if QT_CONFIG(accessibility)
        self.unvisitedTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"\u672c\u6708\u5c1a\u672a\u5230\u5c97\u7684\u4e2d\u5fc3", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

