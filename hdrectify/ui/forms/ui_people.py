# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(PeoplePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(PeoplePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(PeoplePage)
        self.tabs.setObjectName(u"tabs")
        self.centresTab = QWidget()
        self.centresTab.setObjectName(u"centresTab")
        self.centresLayout = QVBoxLayout(self.centresTab)
        self.centresLayout.setObjectName(u"centresLayout")
        self.centresButtons = QHBoxLayout()
        self.centresButtons.setObjectName(u"centresButtons")
        self.addCentreButton = QPushButton(self.centresTab)
        self.addCentreButton.setObjectName(u"addCentreButton")

        self.centresButtons.addWidget(self.addCentreButton)

        self.editCentreButton = QPushButton(self.centresTab)
        self.editCentreButton.setObjectName(u"editCentreButton")

        self.centresButtons.addWidget(self.editCentreButton)

        self.closeCentreButton = QPushButton(self.centresTab)
        self.closeCentreButton.setObjectName(u"closeCentreButton")

        self.centresButtons.addWidget(self.closeCentreButton)

        self.centresSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centresButtons.addItem(self.centresSpacer)

        self.centresSummary = QLabel(self.centresTab)
        self.centresSummary.setObjectName(u"centresSummary")

        self.centresButtons.addWidget(self.centresSummary)


        self.centresLayout.addLayout(self.centresButtons)

        self.centresView = QTableView(self.centresTab)
        self.centresView.setObjectName(u"centresView")
        self.centresView.setTabKeyNavigation(False)
        self.centresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.centresView.setAlternatingRowColors(True)
        self.centresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.centresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.centresView.setSortingEnabled(True)
        self.centresView.setWordWrap(False)
        self.centresView.horizontalHeader().setStretchLastSection(True)
        self.centresView.verticalHeader().setVisible(False)

        self.centresLayout.addWidget(self.centresView)

        self.tabs.addTab(self.centresTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersButtons = QHBoxLayout()
        self.membersButtons.setObjectName(u"membersButtons")
        self.addMemberButton = QPushButton(self.membersTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.membersButtons.addWidget(self.addMemberButton)

        self.editMemberButton = QPushButton(self.membersTab)
        self.editMemberButton.setObjectName(u"editMemberButton")

        self.membersButtons.addWidget(self.editMemberButton)

        self.membersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersButtons.addItem(self.membersSpacer)

        self.membersSummary = QLabel(self.membersTab)
        self.membersSummary.setObjectName(u"membersSummary")

        self.membersButtons.addWidget(self.membersSummary)


        self.membersLayout.addLayout(self.membersButtons)

        self.membersView = QTableView(self.membersTab)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setTabKeyNavigation(False)
        self.membersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersView.setAlternatingRowColors(True)
        self.membersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersView.setSortingEnabled(True)
        self.membersView.setWordWrap(False)
        self.membersView.horizontalHeader().setStretchLastSection(True)
        self.membersView.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.membersView)

        self.tabs.addTab(self.membersTab, "")
        self.pairingsTab = QWidget()
        self.pairingsTab.setObjectName(u"pairingsTab")
        self.pairingsLayout = QVBoxLayout(self.pairingsTab)
        self.pairingsLayout.setObjectName(u"pairingsLayout")
        self.pairingsButtons = QHBoxLayout()
        self.pairingsButtons.setObjectName(u"pairingsButtons")
        self.newPairingButton = QPushButton(self.pairingsTab)
        self.newPairingButton.setObjectName(u"newPairingButton")

        self.pairingsButtons.addWidget(self.newPairingButton)

        self.endPairingButton = QPushButton(self.pairingsTab)
        self.endPairingButton.setObjectName(u"endPairingButton")

        self.pairingsButtons.addWidget(self.endPairingButton)

        self.reassignButton = QPushButton(self.pairingsTab)
        self.reassignButton.setObjectName(u"reassignButton")

        self.pairingsButtons.addWidget(self.reassignButton)

        self.showEndedCheck = QCheckBox(self.pairingsTab)
        self.showEndedCheck.setObjectName(u"showEndedCheck")
        self.showEndedCheck.setChecked(True)

        self.pairingsButtons.addWidget(self.showEndedCheck)

        self.pairingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairingsButtons.addItem(self.pairingsSpacer)

        self.pairingsSummary = QLabel(self.pairingsTab)
        self.pairingsSummary.setObjectName(u"pairingsSummary")

        self.pairingsButtons.addWidget(self.pairingsSummary)


        self.pairingsLayout.addLayout(self.pairingsButtons)

        self.pairingsView = QTableView(self.pairingsTab)
        self.pairingsView.setObjectName(u"pairingsView")
        self.pairingsView.setTabKeyNavigation(False)
        self.pairingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairingsView.setAlternatingRowColors(True)
        self.pairingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairingsView.setSortingEnabled(True)
        self.pairingsView.setWordWrap(False)
        self.pairingsView.horizontalHeader().setStretchLastSection(True)
        self.pairingsView.verticalHeader().setVisible(False)

        self.pairingsLayout.addWidget(self.pairingsView)

        self.tabs.addTab(self.pairingsTab, "")

        self.pageLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.tabs, self.addCentreButton)
        QWidget.setTabOrder(self.addCentreButton, self.editCentreButton)
        QWidget.setTabOrder(self.editCentreButton, self.closeCentreButton)
        QWidget.setTabOrder(self.closeCentreButton, self.centresView)
        QWidget.setTabOrder(self.centresView, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.editMemberButton)
        QWidget.setTabOrder(self.editMemberButton, self.membersView)
        QWidget.setTabOrder(self.membersView, self.newPairingButton)
        QWidget.setTabOrder(self.newPairingButton, self.endPairingButton)
        QWidget.setTabOrder(self.endPairingButton, self.reassignButton)
        QWidget.setTabOrder(self.reassignButton, self.showEndedCheck)
        QWidget.setTabOrder(self.showEndedCheck, self.pairingsView)

        self.retranslateUi(PeoplePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.titleLabel.setText(QCoreApplication.translate("PeoplePage", u"\u5eb7\u56ed\u4e2d\u5fc3\u3001\u515a\u5458\u4e0e\u6302\u94a9", None))
        self.addCentreButton.setText(QCoreApplication.translate("PeoplePage", u"\u65b0\u589e(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.addCentreButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u65b0\u589e\u4e00\u4e2a\u5eb7\u56ed\u4e2d\u5fc3", None))
#endif // QT_CONFIG(tooltip)
        self.editCentreButton.setText(QCoreApplication.translate("PeoplePage", u"\u7f16\u8f91(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCentreButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u4fee\u6539\u6240\u9009\u4e2d\u5fc3\u7684\u540d\u79f0\u3001\u5730\u5740\u548c\u8054\u7cfb\u4eba\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.closeCentreButton.setText(QCoreApplication.translate("PeoplePage", u"\u64a4\u9500(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeCentreButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u64a4\u9500\u6240\u9009\u4e2d\u5fc3\uff1a\u4ece\u64a4\u9500\u65e5\u671f\u8d77\u4e0d\u518d\u6302\u94a9\uff0c\u539f\u6302\u94a9\u5728\u5f53\u5929\u7ed3\u675f", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.centresView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"\u5eb7\u56ed\u4e2d\u5fc3", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.centresTab), QCoreApplication.translate("PeoplePage", u"\u5eb7\u56ed\u4e2d\u5fc3", None))
        self.addMemberButton.setText(QCoreApplication.translate("PeoplePage", u"\u65b0\u589e(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMemberButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u65b0\u589e\u4e00\u540d\u515a\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.editMemberButton.setText(QCoreApplication.translate("PeoplePage", u"\u7f16\u8f91(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editMemberButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u4fee\u6539\u6240\u9009\u515a\u5458\u7684\u59d3\u540d\u3001\u7535\u8bdd\u548c\u5907\u6ce8\uff08\u4e5f\u53ef\u53cc\u51fb\u8be5\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.membersView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"\u515a\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("PeoplePage", u"\u515a\u5458", None))
        self.newPairingButton.setText(QCoreApplication.translate("PeoplePage", u"\u65b0\u5efa\u6302\u94a9(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.newPairingButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u8ba9\u4e00\u540d\u515a\u5458\u4ece\u67d0\u65e5\u8d77\u6302\u94a9\u4e00\u4e2a\u5eb7\u56ed\u4e2d\u5fc3", None))
#endif // QT_CONFIG(tooltip)
        self.endPairingButton.setText(QCoreApplication.translate("PeoplePage", u"\u7ed3\u675f(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.endPairingButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u7ed3\u675f\u6240\u9009\u6302\u94a9\uff1a\u9009\u62e9\u6700\u540e\u4e00\u5929", None))
#endif // QT_CONFIG(tooltip)
        self.reassignButton.setText(QCoreApplication.translate("PeoplePage", u"\u6539\u6d3e(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.reassignButton.setToolTip(QCoreApplication.translate("PeoplePage", u"\u628a\u4e2d\u5fc3\u6539\u7531\u53e6\u4e00\u540d\u515a\u5458\u6302\u94a9\uff1a\u539f\u6302\u94a9\u5728\u65b0\u6302\u94a9\u5f00\u59cb\u7684\u524d\u4e00\u5929\u7ed3\u675f", None))
#endif // QT_CONFIG(tooltip)
        self.showEndedCheck.setText(QCoreApplication.translate("PeoplePage", u"\u663e\u793a\u5df2\u7ed3\u675f\u7684\u6302\u94a9(&S)", None))
#if QT_CONFIG(accessibility)
        self.pairingsView.setAccessibleName(QCoreApplication.translate("PeoplePage", u"\u6302\u94a9\u5173\u7cfb", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.pairingsTab), QCoreApplication.translate("PeoplePage", u"\u6302\u94a9", None))
        pass
    # retranslateUi

