# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_grid.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_CadenceGridPage(object):
    def setupUi(self, CadenceGridPage):
        if not CadenceGridPage.objectName():
            CadenceGridPage.setObjectName(u"CadenceGridPage")
        CadenceGridPage.resize(1100, 760)
        self.rootLayout = QVBoxLayout(CadenceGridPage)
        self.rootLayout.setSpacing(8)
        self.rootLayout.setObjectName(u"rootLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.headerLabel = QLabel(CadenceGridPage)
        self.headerLabel.setObjectName(u"headerLabel")

        self.filterLayout.addWidget(self.headerLabel)

        self.headerGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.headerGap)

        self.yearLabel = QLabel(CadenceGridPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CadenceGridPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setKeyboardTracking(False)

        self.filterLayout.addWidget(self.yearSpin)

        self.townLabel = QLabel(CadenceGridPage)
        self.townLabel.setObjectName(u"townLabel")

        self.filterLayout.addWidget(self.townLabel)

        self.townCombo = QComboBox(CadenceGridPage)
        self.townCombo.setObjectName(u"townCombo")
        self.townCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.townCombo)

        self.memberLabel = QLabel(CadenceGridPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.filterLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(CadenceGridPage)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.memberCombo)

        self.thisWeekButton = QPushButton(CadenceGridPage)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.filterLayout.addWidget(self.thisWeekButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.busyLabel = QLabel(CadenceGridPage)
        self.busyLabel.setObjectName(u"busyLabel")

        self.filterLayout.addWidget(self.busyLabel)

        self.busyBar = QProgressBar(CadenceGridPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(120, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.filterLayout.addWidget(self.busyBar)


        self.rootLayout.addLayout(self.filterLayout)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setSpacing(14)
        self.legendLayout.setObjectName(u"legendLayout")

        self.rootLayout.addLayout(self.legendLayout)

        self.gridFrame = QFrame(CadenceGridPage)
        self.gridFrame.setObjectName(u"gridFrame")
        self.gridFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.gridLayout = QHBoxLayout(self.gridFrame)
        self.gridLayout.setSpacing(0)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(1, 1, 1, 1)
        self.factsLayout = QVBoxLayout()
        self.factsLayout.setSpacing(0)
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsView = QTableView(self.gridFrame)
        self.factsView.setObjectName(u"factsView")
        self.factsView.setTabKeyNavigation(False)
        self.factsView.setFrameShape(QFrame.Shape.NoFrame)
        self.factsView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.factsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.factsView.setShowGrid(False)
        self.factsView.setWordWrap(False)
        self.factsView.setSortingEnabled(False)

        self.factsLayout.addWidget(self.factsView)

        self.factsFooter = QWidget(self.gridFrame)
        self.factsFooter.setObjectName(u"factsFooter")

        self.factsLayout.addWidget(self.factsFooter)


        self.gridLayout.addLayout(self.factsLayout)

        self.frozenLine = QFrame(self.gridFrame)
        self.frozenLine.setObjectName(u"frozenLine")
        self.frozenLine.setFrameShape(QFrame.Shape.VLine)
        self.frozenLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.gridLayout.addWidget(self.frozenLine)

        self.periodsView = QTableView(self.gridFrame)
        self.periodsView.setObjectName(u"periodsView")
        self.periodsView.setTabKeyNavigation(False)
        self.periodsView.setFrameShape(QFrame.Shape.NoFrame)
        self.periodsView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.periodsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periodsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.periodsView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.periodsView.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.periodsView.setShowGrid(False)
        self.periodsView.setWordWrap(False)

        self.gridLayout.addWidget(self.periodsView)

        self.summaryLine = QFrame(self.gridFrame)
        self.summaryLine.setObjectName(u"summaryLine")
        self.summaryLine.setFrameShape(QFrame.Shape.VLine)
        self.summaryLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.gridLayout.addWidget(self.summaryLine)

        self.summaryLayout = QVBoxLayout()
        self.summaryLayout.setSpacing(0)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryView = QTableView(self.gridFrame)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setTabKeyNavigation(False)
        self.summaryView.setFrameShape(QFrame.Shape.NoFrame)
        self.summaryView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summaryView.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summaryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summaryView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.summaryView.setShowGrid(False)
        self.summaryView.setWordWrap(False)

        self.summaryLayout.addWidget(self.summaryView)

        self.summaryFooter = QWidget(self.gridFrame)
        self.summaryFooter.setObjectName(u"summaryFooter")

        self.summaryLayout.addWidget(self.summaryFooter)


        self.gridLayout.addLayout(self.summaryLayout)

        self.gridLayout.setStretch(2, 1)

        self.rootLayout.addWidget(self.gridFrame)

        self.totalsLabel = QLabel(CadenceGridPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rootLayout.addWidget(self.totalsLabel)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.townLabel.setBuddy(self.townCombo)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.townCombo)
        QWidget.setTabOrder(self.townCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.periodsView)
        QWidget.setTabOrder(self.periodsView, self.summaryView)
        QWidget.setTabOrder(self.summaryView, self.factsView)

        self.retranslateUi(CadenceGridPage)

        QMetaObject.connectSlotsByName(CadenceGridPage)
    # setupUi

    def retranslateUi(self, CadenceGridPage):
        self.headerLabel.setText(QCoreApplication.translate("CadenceGridPage", u"\u6302\u94a9\u8054\u7cfb", None))
        self.yearLabel.setText(QCoreApplication.translate("CadenceGridPage", u"\u5e74\u4efd(&Y)", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("CadenceGridPage", u"\u9009\u62e9\u8981\u67e5\u770b\u7684\u5e74\u4efd\uff08\u5468\u6309\u5468\u56db\u6240\u5728\u5e74\u4efd\u5f52\u5c5e\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.yearSpin.setSuffix(QCoreApplication.translate("CadenceGridPage", u" \u5e74", None))
        self.townLabel.setText(QCoreApplication.translate("CadenceGridPage", u"\u9547\uff08\u8857\u9053\uff09(&T)", None))
#if QT_CONFIG(tooltip)
        self.townCombo.setToolTip(QCoreApplication.translate("CadenceGridPage", u"\u53ea\u770b\u67d0\u4e2a\u9547\uff08\u8857\u9053\uff09\u7684\u5eb7\u56ed\u4e2d\u5fc3", None))
#endif // QT_CONFIG(tooltip)
        self.memberLabel.setText(QCoreApplication.translate("CadenceGridPage", u"\u515a\u5458(&M)", None))
#if QT_CONFIG(tooltip)
        self.memberCombo.setToolTip(QCoreApplication.translate("CadenceGridPage", u"\u53ea\u770b\u67d0\u4f4d\u515a\u5458\u7684\u6302\u94a9", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.thisWeekButton.setToolTip(QCoreApplication.translate("CadenceGridPage", u"\u8df3\u5230\u672c\u5468\uff08Ctrl+T\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.thisWeekButton.setText(QCoreApplication.translate("CadenceGridPage", u"\u672c\u5468(&W)", None))
        self.busyLabel.setText(QCoreApplication.translate("CadenceGridPage", u"\u6b63\u5728\u8ba1\u7b97\u2026", None))
#if QT_CONFIG(accessibility)
        self.factsView.setAccessibleName(QCoreApplication.translate("CadenceGridPage", u"\u6302\u94a9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.periodsView.setAccessibleName(QCoreApplication.translate("CadenceGridPage", u"\u5404\u671f\u5b8c\u6210\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryView.setAccessibleName(QCoreApplication.translate("CadenceGridPage", u"\u6bcf\u6708\u3001\u6bcf\u5b63\u5ea6\u3001\u6bcf\u5e74", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

